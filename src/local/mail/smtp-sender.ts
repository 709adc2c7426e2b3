import * as os from 'node:os'
import * as nodemailer from 'nodemailer'
import type SMTPPool from 'nodemailer/lib/smtp-pool'
import type { LogLevel } from '../glide/runtime'
import { sqlLimit } from '../store/sql-limit'
import { quoteIdent, type Store } from '../store/store'

/** Where and how to deliver: nodemailer options, the URL without its password (for logs), the sender address. */
export interface SmtpEndpoint {
    options: SMTPPool.Options
    display: string
    from: string
}

export const DEFAULT_FROM = 'psm-instance@localhost'
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/

/**
 * Parses `smtp://[user:password@]host[:port][?from=address]` (or `smtps://` for implicit TLS).
 * Throws an Error naming the problem; nothing else is accepted, so a typo never sends mail elsewhere.
 */
export function parseSmtpUrl(text: string): SmtpEndpoint {
    let url: URL
    try {
        url = new URL(text)
    } catch {
        throw new Error(`Invalid SMTP URL "${text}": expected smtp://host:port`)
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`Invalid SMTP URL "${url.protocol}//…": the scheme must be smtp: or smtps:`)
    if (!url.hostname) throw new Error('Invalid SMTP URL: no host')
    if (url.pathname && url.pathname !== '/') throw new Error(`Invalid SMTP URL: unexpected path ${url.pathname}`)
    const secure = url.protocol === 'smtps:'
    const port = url.port ? Number(url.port) : secure ? 465 : 25
    let from = DEFAULT_FROM
    for (const [key, value] of url.searchParams) {
        if (key !== 'from') throw new Error(`Invalid SMTP URL: unknown parameter "${key}" (only from= is accepted)`)
        if (!ADDRESS.test(value)) throw new Error(`Invalid SMTP URL: from=${value} is not an email address`)
        from = value
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
    const options: SMTPPool.Options = {
        pool: true,
        maxConnections: 1,
        host,
        port,
        secure,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
    }
    if (url.username) options.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
    const display = `${url.protocol}//${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}`
    return { options, display, from }
}

export interface SendReport {
    sent: number
    failed: number
}

/** What the sender needs of the instance: its database and its log. */
export interface MailHost {
    store: Store
    log(level: LogLevel, message: string): void
}

interface OutgoingRow {
    sys_id: string
    recipients: string | null
    copied: string | null
    blind_copied: string | null
    subject: string | null
    body: string | null
    body_text: string | null
    content_type: string | null
    headers: string | null
    reply_to: string | null
    importance: string | null
    message_id: string | null
}

/**
 * The Message-ID of a sys_email: stable, from its sys_id and the instance's host (glide.servlet.uri, else
 * this machine's name), so every attempt to deliver one email carries the same identity.
 */
export function messageIdFor(sysId: string, instanceUri: string | undefined): string {
    let host = ''
    try {
        host = instanceUri ? new URL(instanceUri).hostname : ''
    } catch {
        host = ''
    }
    return `<${sysId}@${host.replace(/^\[|\]$/g, '') || os.hostname() || 'localhost'}>`
}

/** What an email whose delivery was interrupted is marked with (send-failed): whether the server took it is unknown. */
export const INTERRUPTED_DELIVERY =
    'Delivery was interrupted: the instance stopped after handing this email to the SMTP server and before recording the outcome, ' +
    'so the server may have accepted it. It is not sent again, to avoid a duplicate; to send it anyway, clear its Message ID and set its type to send-ready.'

/**
 * Delivers `sys_email` records of type send-ready over SMTP (nodemailer) and marks each `sent`, or
 * `send-failed` with the server's or the connection's reason in `error_string` (the platform's outbound
 * types: "send-ready: The email is ready to be sent", "sent", "send-failed: The server has attempted to send
 * the email and failed. See the Error String field", docs: System email log and mailboxes). Runs are
 * serialised, so a message is never handed to the server twice by this process.
 *
 * Nor by a later one: before the SMTP transaction starts, the email's stable Message-ID is written to its
 * `message_id` and committed (the delivery record). A send-ready email that already has one was being
 * delivered when the instance stopped (a crash between the server's acceptance and marking it sent): the
 * server may have it, so it is marked send-failed with INTERRUPTED_DELIVERY instead of being sent twice.
 */
export class SmtpSender {
    readonly endpoint: SmtpEndpoint
    private readonly transport: nodemailer.Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>
    private running: Promise<SendReport> | null = null
    private rerun = false
    private timer: NodeJS.Timeout | null = null
    private soon: NodeJS.Timeout | null = null
    private stopped = false

    constructor(
        private readonly host: MailHost,
        endpoint: SmtpEndpoint | string,
        private readonly batchSize = 50,
    ) {
        this.endpoint = typeof endpoint === 'string' ? parseSmtpUrl(endpoint) : endpoint
        this.transport = nodemailer.createTransport(this.endpoint.options)
    }

    /** Sends everything ready now; a call during a run joins that run and starts another after it. */
    sendPending(): Promise<SendReport> {
        if (this.stopped) return Promise.resolve({ sent: 0, failed: 0 })
        if (this.running) {
            this.rerun = true
            return this.running
        }
        this.running = this.run().finally(() => {
            this.running = null
            if (this.rerun && !this.stopped) {
                this.rerun = false
                this.sendSoon()
            }
        })
        return this.running
    }

    /** Sends shortly, once the writing transaction has committed (after the current tick). */
    sendSoon(): void {
        if (this.soon || this.stopped) return
        this.soon = setTimeout(() => {
            this.soon = null
            void this.sendPending()
        }, 0)
    }

    /** Sends periodically as well, for messages written by anything that does not call sendSoon. */
    start(intervalMs = 2000): void {
        if (this.timer || this.stopped) return
        this.timer = setInterval(() => void this.sendPending(), intervalMs)
        this.timer.unref()
    }

    /** Stops the timers, waits for a run in progress and closes the connection. */
    async stop(): Promise<void> {
        this.stopped = true
        if (this.timer) clearInterval(this.timer)
        if (this.soon) clearTimeout(this.soon)
        this.timer = this.soon = null
        if (this.running) await this.running.catch(() => undefined)
        this.transport.close()
    }

    private table(): string {
        return quoteIdent(this.host.store.schema.table('sys_email').root)
    }

    private async run(): Promise<SendReport> {
        const report: SendReport = { sent: 0, failed: 0 }
        // Start after the caller's synchronous work: a delivery record must commit on its own, never inside a caller's transaction.
        await Promise.resolve()
        while (!this.stopped) {
            const batch = this.host.store
                .prepare(
                    `SELECT sys_id, recipients, copied, blind_copied, subject, body, body_text, content_type, headers, reply_to, importance, message_id FROM ${this.table()} WHERE type = 'send-ready' ORDER BY sys_created_on, rowid${sqlLimit(this.batchSize)}`,
                )
                .all() as OutgoingRow[]
            for (const row of batch) {
                if (this.stopped) break
                await this.sendOne(row, report)
            }
            if (batch.length < this.batchSize) break
        }
        return report
    }

    private async sendOne(row: OutgoingRow, report: SendReport): Promise<void> {
        const from = /^From:\s*(.+)$/im.exec(row.headers ?? '')?.[1].trim() || this.endpoint.from
        const importance = (row.importance ?? '').toLowerCase()
        // platform-difference: smtp-interrupted-not-retried
        if (row.message_id) {
            this.mark(row.sys_id, 'send-failed', INTERRUPTED_DELIVERY, row.message_id)
            this.host.log('error', `Email ${row.sys_id} to ${row.recipients ?? ''} not sent again: its delivery ${row.message_id} was interrupted`)
            report.failed++
            return
        }
        try {
            if (!row.recipients?.trim()) throw new Error('No recipients')
            const messageId = this.recordDelivery(row.sys_id)
            if (!messageId) return
            const info = await this.transport.sendMail({
                messageId,
                from,
                to: row.recipients,
                cc: row.copied || undefined,
                bcc: row.blind_copied || undefined,
                replyTo: row.reply_to || undefined,
                subject: row.subject ?? '',
                text: row.body_text ?? '',
                html: row.content_type === 'text/plain' ? undefined : (row.body ?? ''),
                priority: importance === 'high' || importance === 'low' ? importance : 'normal',
            })
            const rejected = (info.rejected ?? []).map(String)
            // One email lists up to glide.email.smtp.max_recipients addresses: the server may refuse some and take the rest.
            if (rejected.length) this.host.log('error', `Email ${row.sys_id}: the server refused ${rejected.join(', ')}; sent to the other recipients`)
            this.mark(row.sys_id, 'sent', rejected.length ? `Rejected by the server: ${rejected.join(', ')}` : null, messageId)
            report.sent++
        } catch (e) {
            const reason = e instanceof Error ? e.message : String(e)
            if (this.stopped && !this.host.store.db.open) return
            // The server refused it or was never reached: nothing was delivered, so the delivery record is
            // cleared (set back to send-ready, the email is sent again).
            this.mark(row.sys_id, 'send-failed', reason, null)
            this.host.log('error', `Email ${row.sys_id} to ${row.recipients ?? ''} not sent: ${reason}`)
            report.failed++
        }
    }

    /**
     * The delivery record: the email's Message-ID, committed durably before the SMTP transaction starts
     * (synchronous = FULL for this one write: the normal WAL setting could lose it to a power cut).
     * Undefined when the email is no longer send-ready (someone changed it meanwhile): it is not sent.
     */
    private recordDelivery(sysId: string): string | undefined {
        const store = this.host.store
        const uri = (store.prepare('SELECT value FROM sys_properties WHERE name = ?').get('glide.servlet.uri') as { value: string | null } | undefined)?.value ?? undefined
        const messageId = messageIdFor(sysId, uri)
        const level = store.db.pragma('synchronous', { simple: true }) as number
        store.db.pragma('synchronous = FULL')
        try {
            const claimed = store
                .prepare(`UPDATE ${this.table()} SET message_id = ? WHERE sys_id = ? AND type = 'send-ready' AND (message_id IS NULL OR message_id = '')`)
                .run(messageId, sysId)
            return claimed.changes === 1 ? messageId : undefined
        } finally {
            store.db.pragma(`synchronous = ${Number(level)}`)
        }
    }

    private mark(sysId: string, type: 'sent' | 'send-failed', error: string | null, messageId: string | null): void {
        if (!this.host.store.db.open) return
        this.host.store
            .prepare(
                `UPDATE ${this.table()} SET type = ?, state = ?, error_string = ?, message_id = ?, sys_updated_on = ?, sys_updated_by = 'system', sys_mod_count = COALESCE(sys_mod_count, 0) + 1 WHERE sys_id = ? AND type = 'send-ready'`,
            )
            .run(type, type === 'sent' ? 'processed' : 'error', error ? error.slice(0, 1000) : null, messageId, this.host.store.clock(), sysId)
    }
}
