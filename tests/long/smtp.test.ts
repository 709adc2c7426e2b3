import { spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import type { AddressInfo } from 'node:net'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'
import { gs } from '../../src/local/glide'
import { Instance } from '../../src/local/instance'
import { INTERRUPTED_DELIVERY, parseSmtpUrl, SmtpSender } from '../../src/local/mail/smtp-sender'
import { freshInstance } from '../support/instance'
import { get, insert, rows } from '../support/records'

/**
 * Real delivery: the notification engine's sys_email records sent by SmtpSender (nodemailer) to a real
 * SMTP server (the smtp-server package) listening on 127.0.0.1, and marked sent, or send-failed with the reason.
 */
interface Received {
    mailFrom: string
    rcptTo: string[]
    raw: string
}

let instance: Instance
let server: SMTPServer
let port: number
let received: Received[]
let sender: SmtpSender | null
/** Runs once the server has a message and before it answers 250 (the crash test kills the client there). */
let onAccepted: ((r: Received) => Promise<void>) | null = null

beforeAll(async () => {
    server = new SMTPServer({
        disabledCommands: ['AUTH', 'STARTTLS'],
        logger: false,
        onRcptTo(address: SMTPServerAddress, _session, callback) {
            if (address.address.startsWith('nobody@')) {
                const err = new Error('5.1.1 No such mailbox here') as Error & { responseCode: number }
                err.responseCode = 550
                callback(err)
                return
            }
            callback()
        },
        onData(stream, session, callback) {
            const chunks: Buffer[] = []
            stream.on('data', (c: Buffer) => chunks.push(c))
            stream.on('end', () => {
                const mailFrom = session.envelope.mailFrom
                const r = { mailFrom: mailFrom ? mailFrom.address : '', rcptTo: session.envelope.rcptTo.map((a) => a.address), raw: Buffer.concat(chunks).toString('utf8') }
                received.push(r)
                void Promise.resolve(onAccepted?.(r)).then(() => callback())
            })
        },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    port = (server.server.address() as AddressInfo).port
})
afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
})

beforeEach(() => {
    instance = freshInstance()
    received = []
    sender = null
    onAccepted = null
})
afterEach(async () => {
    await sender?.stop()
    instance.close()
})

/** Quoted-printable as nodemailer writes long or non-ASCII lines: soft breaks and =XX bytes. */
function decodeQuotedPrintable(text: string): string {
    const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
}

function header(raw: string, name: string): string {
    const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
    return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? ''
}

function setUpNotification(recipients: string[]): string {
    const users = recipients.map((address) => insert('sys_user', { user_name: address.split('@')[0], email: address }))
    const gr = insert('sysevent_email_action', {
        name: 'Delivery test',
        collection: 'change_request',
        generation_type: 'event',
        event_name: 'test.delivery',
        send_self: false,
        content_type: 'multipart/mixed',
        recipient_users: users.join(','),
        subject: 'Change ${number} scheduled',
        message_html: '<p>Change <b>${number}</b>: ${short_description}</p>',
        message_text: 'Change ${number}: ${short_description}',
    })
    const change = insert('change_request', { short_description: 'Replace <core> switch – weekend window' })
    gs.eventQueue('test.delivery', get('change_request', change))
    instance.drain()
    return gr
}

function outbox(): Array<{ recipients: string; type: string; error: string; messageId: string }> {
    return rows('sys_email', 'ORDERBYrecipients').map((gr) => ({
        recipients: gr.getValue('recipients') ?? '',
        type: gr.getValue('type') ?? '',
        error: gr.getValue('error_string') ?? '',
        messageId: gr.getValue('message_id') ?? '',
    }))
}

test('each send-ready sys_email arrives at the SMTP server with its recipients on the To: line, subject and bodies, and is marked sent', async () => {
    setUpNotification(['ann@example.com', 'bob@example.com'])
    const number = rows('change_request')[0].getValue('number') as string
    sender = new SmtpSender(instance, `smtp://127.0.0.1:${port}?from=changes@psm.example`)
    // One notification send is one email "addressed to" its recipients, up to glide.email.smtp.max_recipients
    // ("Minimize SMTP Recipient Quantity": "the maximum number of recipients the instance can list in the To: line").
    expect(await sender.sendPending()).toEqual({ sent: 1, failed: 0 })

    expect(received.map((r) => r.rcptTo)).toEqual([['ann@example.com', 'bob@example.com']])
    const [r] = received
    expect(r.mailFrom).toBe('changes@psm.example')
    expect(header(r.raw, 'Subject')).toBe(`Change ${number} scheduled`)
    expect(header(r.raw, 'To')).toBe('ann@example.com, bob@example.com')
    expect(header(r.raw, 'Content-Type')).toMatch(/^multipart\/alternative/)
    const body = decodeQuotedPrintable(r.raw)
    expect(body).toContain(`<p>Change <b>${number}</b>: Replace &lt;core&gt; switch – weekend window</p>`)
    expect(body).toContain(`Change ${number}: Replace <core> switch – weekend window`)
    const sent = outbox()
    expect(sent.map((e) => [e.recipients, e.type, e.error])).toEqual([['ann@example.com,bob@example.com', 'sent', '']])
    expect(sent.every((e) => /^<.+@.+>$/.test(e.messageId))).toBe(true)
    // Nothing is sent twice.
    expect(await sender.sendPending()).toEqual({ sent: 0, failed: 0 })
    expect(received).toHaveLength(1)
})

test('a recipient the server rejects: the email goes to the others, is marked sent, and records the server\'s refusal', async () => {
    setUpNotification(['ann@example.com', 'nobody@example.com'])
    sender = new SmtpSender(instance, `smtp://127.0.0.1:${port}`)
    expect(await sender.sendPending()).toEqual({ sent: 1, failed: 0 })
    const [email] = outbox()
    expect(email).toMatchObject({ recipients: 'ann@example.com,nobody@example.com', type: 'sent', error: 'Rejected by the server: nobody@example.com' })
    expect(received.map((r) => r.rcptTo)).toEqual([['ann@example.com']])
    expect(instance.logs.some((l) => l.level === 'error' && l.message.includes('refused nobody@example.com'))).toBe(true)
})

test('every recipient rejected: send-failed with the server\'s reason', async () => {
    setUpNotification(['nobody@example.com'])
    sender = new SmtpSender(instance, `smtp://127.0.0.1:${port}`)
    expect(await sender.sendPending()).toEqual({ sent: 0, failed: 1 })
    const [nobody] = outbox()
    expect(nobody.type).toBe('send-failed')
    expect(nobody.error).toMatch(/550/)
    expect(nobody.error).toContain('No such mailbox here')
    expect(received).toEqual([])
    expect(instance.logs.some((l) => l.level === 'error' && l.message.includes('nobody@example.com not sent'))).toBe(true)
})

test('no server listening: every message send-failed with the connection error', async () => {
    const closedPort = await new Promise<number>((resolve) => {
        const probe = net.createServer()
        probe.listen(0, '127.0.0.1', () => {
            const p = (probe.address() as AddressInfo).port
            probe.close(() => resolve(p))
        })
    })
    setUpNotification(['ann@example.com'])
    sender = new SmtpSender(instance, `smtp://127.0.0.1:${closedPort}`)
    expect(await sender.sendPending()).toEqual({ sent: 0, failed: 1 })
    expect(outbox()[0].type).toBe('send-failed')
    expect(outbox()[0].error).toMatch(/ECONNREFUSED/)
})

test('as `npm start -- --smtp` wires it: emails written by the engine are sent soon after, without a manual call', async () => {
    sender = new SmtpSender(instance, `smtp://127.0.0.1:${port}`)
    const s = sender
    instance.notifications.onEmailsWritten(() => s.sendSoon())
    setUpNotification(['ann@example.com'])
    for (let i = 0; i < 100 && outbox()[0]?.type !== 'sent'; i++) await new Promise((r) => setTimeout(r, 20))
    expect(outbox()[0].type).toBe('sent')
    expect(received.map((r) => r.rcptTo)).toEqual([['ann@example.com']])
})

test('the SMTP URL is checked before anything is sent; the password never appears in what is shown', () => {
    expect(() => parseSmtpUrl('http://mail.example:25')).toThrow('the scheme must be smtp: or smtps:')
    expect(() => parseSmtpUrl('smtp://mail.example:25?tls=off')).toThrow('unknown parameter "tls"')
    expect(() => parseSmtpUrl('smtp://mail.example:25?from=not-an-address')).toThrow('is not an email address')
    expect(() => parseSmtpUrl('mail.example:25')).toThrow()
    const e = parseSmtpUrl('smtps://relay%40corp:s3cret@mail.example')
    expect(e.display).toBe('smtps://relay@corp@mail.example')
    expect(e.options).toMatchObject({ host: 'mail.example', port: 465, secure: true, auth: { user: 'relay@corp', pass: 's3cret' } })
    expect(parseSmtpUrl('smtp://127.0.0.1:2525').options).toMatchObject({ host: '127.0.0.1', port: 2525, secure: false })
})

test('each email has a stable Message-ID from its sys_id and the instance host, the same on every attempt', async () => {
    instance.properties.set('glide.servlet.uri', 'https://psm.example:8443/')
    setUpNotification(['ann@example.com'])
    const id = rows('sys_email')[0].getUniqueValue()
    // A first attempt fails (nothing listening): nothing was delivered, so the email may be sent again.
    const closedPort = await new Promise<number>((resolve) => {
        const probe = net.createServer()
        probe.listen(0, '127.0.0.1', () => {
            const p = (probe.address() as AddressInfo).port
            probe.close(() => resolve(p))
        })
    })
    const failing = new SmtpSender(instance, `smtp://127.0.0.1:${closedPort}`)
    expect(await failing.sendPending()).toEqual({ sent: 0, failed: 1 })
    await failing.stop()
    const email = get('sys_email', id)
    email.setValue('type', 'send-ready')
    email.update()

    sender = new SmtpSender(instance, `smtp://127.0.0.1:${port}`)
    expect(await sender.sendPending()).toEqual({ sent: 1, failed: 0 })
    expect(received).toHaveLength(1)
    expect(header(received[0].raw, 'Message-ID')).toBe(`<${id}@psm.example>`)
    expect(outbox()[0]).toMatchObject({ type: 'sent', messageId: `<${id}@psm.example>` })
})

describe('a crash between the SMTP server accepting a message and the email being marked sent', () => {
    const ROOT = path.resolve(__dirname, '../..')
    let dir: string
    const children: ChildProcess[] = []
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-smtp-crash-'))
    })
    afterEach(() => {
        for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
        fs.rmSync(dir, { recursive: true, force: true })
    })

    /** The sender in a child process (tests/support/smtp-child.ts): resolves with how it ended and what it printed. */
    function deliver(db: string): { child: ChildProcess; ended: Promise<{ code: number | null; signal: string | null; out: string }> } {
        const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'tests/support/smtp-child.ts'), db, `smtp://127.0.0.1:${port}`], {
            cwd: ROOT,
            stdio: ['ignore', 'pipe', 'pipe'],
        })
        children.push(child)
        let out = ''
        child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
        child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
        return { child, ended: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out }))) }
    }

    function email(db: string): { type: string; message_id: string | null; error_string: string | null } {
        const seen = Instance.create({ db })
        try {
            return seen.store.db.prepare('SELECT type, message_id, error_string FROM sys_email').get() as { type: string; message_id: string | null; error_string: string | null }
        } finally {
            seen.close()
            instance.activate()
        }
    }

    test('after a restart the server has received the message exactly once', async () => {
        const db = path.join(dir, 'psm.db')
        const seeded = Instance.create({ db })
        let id = ''
        seeded.run(() => {
            seeded.properties.set('glide.servlet.uri', 'https://psm.example/')
            id = insert('sys_email', { type: 'send-ready', recipients: 'ann@example.com', subject: 'Crash test', body: '<p>once</p>', body_text: 'once', content_type: 'multipart/mixed' })
        })
        seeded.close()
        instance.activate()

        // The server takes the message, then the sender is killed before it hears the 250 and marks the email sent.
        const first = deliver(db)
        onAccepted = async () => {
            first.child.kill('SIGKILL')
            await first.ended
        }
        const crashed = await first.ended
        expect(crashed.signal).toBe('SIGKILL')
        expect(received).toHaveLength(1)
        expect(header(received[0].raw, 'Message-ID')).toBe(`<${id}@psm.example>`)
        // The delivery record was committed before the SMTP transaction: the email is still send-ready, with its Message-ID.
        expect(email(db)).toMatchObject({ type: 'send-ready', message_id: `<${id}@psm.example>` })

        onAccepted = null
        const restarted = await deliver(db).ended
        expect(restarted.code).toBe(0)
        expect(restarted.out).toContain('report {"sent":0,"failed":1}')
        expect(received).toHaveLength(1)
        expect(email(db)).toEqual({ type: 'send-failed', message_id: `<${id}@psm.example>`, error_string: INTERRUPTED_DELIVERY })
    }, 60_000)
})
