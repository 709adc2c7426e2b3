import { X509Certificate } from 'node:crypto'
import * as fs from 'node:fs'
import * as https from 'node:https'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseArgs } from '../../src/local/cli'
import { startServer } from '../../src/local/http/server'
import { certificateHosts, ensureCertificates } from '../../src/local/tls/certificates'
import { freshInstance } from '../support/instance'

/*
 * `npm start -- --tls`: https with a certificate authority made on this machine (by the selfsigned library)
 * and a server certificate it signs for the instance's addresses, reused while valid, so that clients which
 * insist on https trust the authority once (NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE) and then work unmodified.
 */

const DAY = 24 * 60 * 60 * 1000
let dir: string

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-tls-'))
})
afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true })
})

function get(url: string, ca?: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
        https
            .get(url, { ca }, (res) => {
                let body = ''
                res.on('data', (c: Buffer) => (body += c.toString('utf8')))
                res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
            })
            .on('error', reject)
    })
}

test('the authority is a CA; the server certificate is signed by it for localhost, 127.0.0.1 and ::1; keys are private to the user', async () => {
    const m = await ensureCertificates(dir, certificateHosts('127.0.0.1'))
    expect(m.caCreated).toBe(true)
    const ca = new X509Certificate(fs.readFileSync(m.caPath))
    const server = new X509Certificate(m.cert)
    expect(ca.ca).toBe(true)
    expect(server.ca).toBe(false)
    expect(server.verify(ca.publicKey)).toBe(true)
    expect(server.checkHost('localhost')).toBe('localhost')
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1')
    expect(server.checkIP('::1')).toBeDefined()
    expect(server.checkHost('example.com')).toBeUndefined()
    // Browsers refuse server certificates valid for more than 398 days.
    expect(new Date(server.validTo).getTime() - Date.now()).toBeLessThan(399 * DAY)
    for (const key of ['ca-key.pem', 'server-key.pem']) expect(fs.statSync(path.join(dir, key)).mode & 0o077).toBe(0)
    expect(fs.statSync(dir).mode & 0o077).toBe(0)
})

test('reused while valid; a new host gets a new server certificate from the same authority; an expiring one is renewed', async () => {
    const first = await ensureCertificates(dir, certificateHosts('127.0.0.1'))
    const again = await ensureCertificates(dir, certificateHosts('127.0.0.1'))
    expect(again).toEqual({ ...first, caCreated: false })
    const caBefore = fs.readFileSync(first.caPath, 'utf8')
    const lan = await ensureCertificates(dir, certificateHosts('10.1.2.3'))
    expect(lan.cert).not.toBe(first.cert)
    expect(fs.readFileSync(first.caPath, 'utf8')).toBe(caBefore)
    expect(new X509Certificate(lan.cert).checkIP('10.1.2.3')).toBe('10.1.2.3')
    const later = await ensureCertificates(dir, certificateHosts('10.1.2.3'), Date.now() + 380 * DAY)
    expect(later.cert).not.toBe(lan.cert)
    expect(later.caCreated).toBe(false)
})

test('a damaged key or certificate is replaced, not served', async () => {
    await ensureCertificates(dir, certificateHosts('127.0.0.1'))
    fs.writeFileSync(path.join(dir, 'server.pem'), 'not a certificate')
    const m = await ensureCertificates(dir, certificateHosts('127.0.0.1'))
    expect(() => new X509Certificate(m.cert)).not.toThrow()
    fs.writeFileSync(path.join(dir, 'ca-key.pem'), 'not a key')
    const renewed = await ensureCertificates(dir, certificateHosts('127.0.0.1'))
    expect(renewed.caCreated).toBe(true)
})

test('the server speaks https with it: trusted through the authority, refused without it', async () => {
    const m = await ensureCertificates(dir, certificateHosts('127.0.0.1'))
    const instance = freshInstance()
    const server = await startServer(instance, { port: 0, tls: { key: m.key, cert: m.cert } })
    try {
        expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
        const r = await get(`${server.url}/api/now/table/sys_user`, fs.readFileSync(m.caPath, 'utf8'))
        expect(r.status).toBe(401)
        expect(JSON.parse(r.body)).toMatchObject({ status: 'failure' })
        const port = new URL(server.url).port
        expect((await get(`https://localhost:${port}/api/now/table/sys_user`, fs.readFileSync(m.caPath, 'utf8'))).status).toBe(401)
        await expect(get(`${server.url}/api/now/table/sys_user`)).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i)
    } finally {
        await server.close()
        instance.close()
    }
})

test('npm start takes --tls', () => {
    expect(parseArgs(['--tls']).tls).toBe(true)
    expect(parseArgs([]).tls).toBe(false)
})
