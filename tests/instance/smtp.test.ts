import * as net from 'node:net'
import type { AddressInfo } from 'node:net'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'
import { gs } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { parseSmtpUrl, SmtpSender } from '../../src/local/mail/smtp-sender'
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
                received.push({ mailFrom: mailFrom ? mailFrom.address : '', rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') })
                callback()
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

test('each send-ready sys_email arrives at the SMTP server with its recipient, subject and bodies, and is marked sent', async () => {
    setUpNotification(['ann@example.com', 'bob@example.com'])
    const number = rows('change_request')[0].getValue('number') as string
    sender = new SmtpSender(instance, `smtp://127.0.0.1:${port}?from=changes@psm.example`)
    expect(await sender.sendPending()).toEqual({ sent: 2, failed: 0 })

    expect(received.map((r) => r.rcptTo)).toEqual([['ann@example.com'], ['bob@example.com']])
    for (const r of received) {
        expect(r.mailFrom).toBe('changes@psm.example')
        expect(header(r.raw, 'Subject')).toBe(`Change ${number} scheduled`)
        expect(header(r.raw, 'To')).toBe(r.rcptTo[0])
        expect(header(r.raw, 'Content-Type')).toMatch(/^multipart\/alternative/)
        const body = decodeQuotedPrintable(r.raw)
        expect(body).toContain(`<p>Change <b>${number}</b>: Replace &lt;core&gt; switch – weekend window</p>`)
        expect(body).toContain(`Change ${number}: Replace <core> switch – weekend window`)
    }
    const sent = outbox()
    expect(sent.map((e) => [e.recipients, e.type, e.error])).toEqual([
        ['ann@example.com', 'sent', ''],
        ['bob@example.com', 'sent', ''],
    ])
    expect(sent.every((e) => /^<.+@.+>$/.test(e.messageId))).toBe(true)
    // Nothing is sent twice.
    expect(await sender.sendPending()).toEqual({ sent: 0, failed: 0 })
    expect(received).toHaveLength(2)
})

test('a recipient the server rejects: send-failed with the server\'s reason; the others are still sent', async () => {
    setUpNotification(['ann@example.com', 'nobody@example.com'])
    sender = new SmtpSender(instance, `smtp://127.0.0.1:${port}`)
    expect(await sender.sendPending()).toEqual({ sent: 1, failed: 1 })
    const [ann, nobody] = outbox()
    expect(ann).toMatchObject({ type: 'sent', error: '' })
    expect(nobody.type).toBe('send-failed')
    expect(nobody.error).toMatch(/550/)
    expect(nobody.error).toContain('No such mailbox here')
    expect(received.map((r) => r.rcptTo)).toEqual([['ann@example.com']])
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
