import * as nodemailer from 'nodemailer'
import type SMTPPool from 'nodemailer/lib/smtp-pool'
import type { LogLevel } from '../glide/runtime'
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
}

/**
 * Delivers `sys_email` records of type send-ready over SMTP (nodemailer) and marks each `sent`, or
 * `send-failed` with the server's or the connection's reason in `error_string`. Runs are serialised,
 * so a message is never handed to the server twice by this process.
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
        while (!this.stopped) {
            const batch = this.host.store
                .prepare(
                    `SELECT sys_id, recipients, copied, blind_copied, subject, body, body_text, content_type, headers, reply_to, importance FROM ${this.table()} WHERE type = 'send-ready' ORDER BY sys_created_on, rowid LIMIT ?`,
                )
                .all(this.batchSize) as OutgoingRow[]
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
        try {
            if (!row.recipients?.trim()) throw new Error('No recipients')
            const info = await this.transport.sendMail({
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
            this.mark(row.sys_id, 'sent', rejected.length ? `Rejected by the server: ${rejected.join(', ')}` : null, info.messageId ?? null)
            report.sent++
        } catch (e) {
            const reason = e instanceof Error ? e.message : String(e)
            if (this.stopped && !this.host.store.db.open) return
            this.mark(row.sys_id, 'send-failed', reason, null)
            this.host.log('error', `Email ${row.sys_id} to ${row.recipients ?? ''} not sent: ${reason}`)
            report.failed++
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
