import { X509Certificate, createPrivateKey } from 'node:crypto'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as path from 'node:path'
import { generate } from 'selfsigned'

/*
 * https for the local instance: a certificate authority made on this machine, and a server certificate it
 * signs for the addresses the instance answers on. Clients that insist on https trust the authority
 * (NODE_EXTRA_CA_CERTS for Node, REQUESTS_CA_BUNDLE for Python requests/pysnc) and then work unmodified.
 * Keys are made by the `selfsigned` library (node-forge), never by hand; they stay in the directory given,
 * readable by this user only. Both are reused while valid, so a trust set up once keeps working.
 */

export interface TlsMaterial {
    key: string
    cert: string
    /** The authority's certificate: the file clients are told to trust. */
    caPath: string
    /** Whether the authority was made now (clients must be told to trust it). */
    caCreated: boolean
}

const DAY = 24 * 60 * 60 * 1000
const CA_DAYS = 3650
/** Browsers refuse server certificates valid for more than 398 days. */
const SERVER_DAYS = 397
/** Renewed this long before they expire. */
const RENEW_DAYS = 30

function readIf(file: string): string | null {
    try {
        return fs.readFileSync(file, 'utf8')
    } catch {
        return null
    }
}

function writePrivate(file: string, text: string): void {
    fs.writeFileSync(file, text, { mode: 0o600 })
    fs.chmodSync(file, 0o600)
}

function lasting(cert: X509Certificate, now: number): boolean {
    return new Date(cert.validTo).getTime() - now > RENEW_DAYS * DAY && new Date(cert.validFrom).getTime() <= now + DAY
}

/** The names and addresses a server certificate must cover: this machine's, and the bound host's. */
export function certificateHosts(host: string): string[] {
    const hosts = ['localhost', '127.0.0.1', '::1']
    if (host && host !== '0.0.0.0' && host !== '::' && !hosts.includes(host)) hosts.push(host)
    return hosts
}

function covers(cert: X509Certificate, hosts: string[]): boolean {
    return hosts.every((h) => (net.isIP(h) ? cert.checkIP(h) !== undefined : cert.checkHost(h) !== undefined))
}

async function makeAuthority(now: number): Promise<{ key: string; cert: string }> {
    const pems = await generate([{ name: 'commonName', value: 'PSM local instance CA' }], {
        keyType: 'ec',
        curve: 'P-256',
        algorithm: 'sha256',
        notBeforeDate: new Date(now - DAY),
        notAfterDate: new Date(now + CA_DAYS * DAY),
        extensions: [
            { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
            { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
        ],
    })
    return { key: pems.private, cert: pems.cert }
}

async function makeServer(ca: { key: string; cert: string }, hosts: string[], now: number): Promise<{ key: string; cert: string }> {
    const pems = await generate([{ name: 'commonName', value: hosts[0] }], {
        keyType: 'ec',
        curve: 'P-256',
        algorithm: 'sha256',
        notBeforeDate: new Date(now - DAY),
        notAfterDate: new Date(now + SERVER_DAYS * DAY),
        ca,
        extensions: [
            { name: 'basicConstraints', cA: false, critical: true },
            { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
            { name: 'extKeyUsage', serverAuth: true },
            { name: 'subjectAltName', altNames: hosts.map((h) => (net.isIP(h) ? { type: 7 as const, ip: h } : { type: 2 as const, value: h })) },
        ],
    })
    return { key: pems.private, cert: pems.cert }
}

/** The authority and server certificate in `dir`, made (or renewed) when missing, expiring or not covering `hosts`. */
export async function ensureCertificates(dir: string, hosts: string[], now = Date.now()): Promise<TlsMaterial> {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
    const caPath = path.join(dir, 'ca.pem')
    const caKeyPath = path.join(dir, 'ca-key.pem')
    const certPath = path.join(dir, 'server.pem')
    const keyPath = path.join(dir, 'server-key.pem')
    let ca: { key: string; cert: string } | null = null
    const caCert = readIf(caPath)
    const caKey = readIf(caKeyPath)
    if (caCert && caKey) {
        try {
            const x = new X509Certificate(caCert)
            if (x.ca && lasting(x, now) && x.checkPrivateKey(createPrivateKey(caKey))) ca = { key: caKey, cert: caCert }
        } catch {
            ca = null
        }
    }
    let caCreated = false
    if (!ca) {
        ca = await makeAuthority(now)
        writePrivate(caKeyPath, ca.key)
        fs.writeFileSync(caPath, ca.cert)
        caCreated = true
    }
    const authority = new X509Certificate(ca.cert)
    const serverCert = readIf(certPath)
    const serverKey = readIf(keyPath)
    if (!caCreated && serverCert && serverKey) {
        try {
            const x = new X509Certificate(serverCert)
            if (lasting(x, now) && covers(x, hosts) && x.verify(authority.publicKey) && x.checkPrivateKey(createPrivateKey(serverKey))) {
                return { key: serverKey, cert: serverCert, caPath, caCreated }
            }
        } catch {
            // An unreadable certificate is replaced below.
        }
    }
    const server = await makeServer(ca, hosts, now)
    writePrivate(keyPath, server.key)
    fs.writeFileSync(certPath, server.cert)
    return { key: server.key, cert: server.cert, caPath, caCreated }
}
