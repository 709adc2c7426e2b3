import { runtime } from '../../glide/runtime'
import { quoteIdent, type Store } from '../../store/store'
import type { NotificationDef } from './definitions'
import type { Recipient } from './recipients'
import type { RenderedEmail } from './render'

/** One notification's message for one record, who it goes to, and the event that caused it (if any). */
export interface Message {
    def: NotificationDef
    rendered: RenderedEmail
    recipients: Recipient[]
    target: { table: string; sysId: string }
    /** The sysevent that triggered the send; null for a record-triggered notification. */
    eventId: string | null
}

/**
 * "By default, if a notification has more than 100 intended recipients, the system creates multiple
 * notification messages with up to 100 recipients each. If you want to change the recipient limit,
 * set the system property glide.email.smtp.max_recipients" ("Create an email notification");
 * "Notifications that would exceed this limit instead create duplicate email notifications addressed
 * to a subset of the recipient list" ("Minimize SMTP Recipient Quantity").
 */
export const MAX_RECIPIENTS_PROPERTY = 'glide.email.smtp.max_recipients'
export const DEFAULT_MAX_RECIPIENTS = 100

export function maxRecipients(): number {
    const raw = runtime().properties.get(MAX_RECIPIENTS_PROPERTY)
    const n = raw === undefined || raw === null ? NaN : Math.floor(Number(raw))
    return Number.isFinite(n) && n >= 1 ? n : DEFAULT_MAX_RECIPIENTS
}

/** One sys_email to write: a chunk of one message's recipients. */
interface Outgoing {
    message: Message
    to: Recipient[]
    /** The cc/bcc a mail script added ride on the first email of a send only, so each copy receives it once. */
    withCopies: boolean
    ignored: boolean
}

/** An email the weight rule compares against: already in the outbox (id set) or being written now. */
interface Candidate {
    id: string | null
    weight: number
    subject: string
    body: string
    outgoing: Outgoing | null
}

/** Target and recipient set: what makes two emails duplicates of each other. */
function dedupKey(table: string, instance: string, addresses: readonly string[]): string {
    return `${table}|${instance}|${[...new Set(addresses.map((a) => a.trim().toLowerCase()))].sort().join(',')}`
}

/**
 * Weight ("Create an email notification", Weight field): "Notifications that have the same target
 * table and recipients are considered duplicates if the weights are different. If weights are same,
 * an additional evaluation is done to check if the subject and the body (excluding watermark) are
 * same to qualify as duplicate notification. When there are duplicate notifications, the system only
 * sends the notification with the highest weight. All other notifications are moved from the Outbox
 * to the Skipped mailbox. The default value 0 causes the system to send the notification."
 * So the comparison is across the outbox (send-ready emails not yet being delivered), not only among
 * one trigger's messages: a heavier new email moves a lighter one already waiting to Skipped
 * (send-ignored). Same target means same table and record. Returns the outbox emails outweighed.
 */
function applyWeights(store: Store, table: string, outgoing: readonly Outgoing[]): string[] {
    const weighted = outgoing.filter((o) => o.message.def.weight > 0)
    if (!weighted.length) return []
    const byKey = new Map<string, Candidate[]>()
    const loaded = new Set<string>()
    const skipped = new Set<string>()
    const sql = `SELECT sys_id, weight, subject, body, recipients FROM ${quoteIdent(table)} WHERE type = 'send-ready' AND message_id IS NULL AND target_table = ? AND instance = ? AND weight > 0`
    for (const o of weighted) {
        const { table: target, sysId } = o.message.target
        const targetKey = `${target}|${sysId}`
        if (!loaded.has(targetKey)) {
            loaded.add(targetKey)
            const rows = store.prepare(sql).all(target, sysId) as Array<{ sys_id: string; weight: number | null; subject: string | null; body: string | null; recipients: string | null }>
            for (const r of rows) {
                const key = dedupKey(target, sysId, (r.recipients ?? '').split(','))
                const list = byKey.get(key) ?? []
                list.push({ id: r.sys_id, weight: Number(r.weight ?? 0), subject: r.subject ?? '', body: r.body ?? '', outgoing: null })
                byKey.set(key, list)
            }
        }
        const key = dedupKey(target, sysId, o.to.map((r) => r.address))
        const list = byKey.get(key) ?? []
        const mine: Candidate = { id: null, weight: o.message.def.weight, subject: o.message.rendered.subject, body: o.message.rendered.body, outgoing: o }
        for (const other of list) {
            const duplicate = other.weight !== mine.weight || (other.subject === mine.subject && other.body === mine.body)
            if (!duplicate) continue
            if (other.weight >= mine.weight) {
                // The heavier (or, at equal weight, the earlier) one is sent.
                o.ignored = true
                break
            }
            if (other.outgoing) other.outgoing.ignored = true
            else if (other.id) skipped.add(other.id)
        }
        if (!o.ignored) {
            byKey.set(
                key,
                list.filter((c) => !(c.outgoing?.ignored || (c.id && skipped.has(c.id)))),
            )
            byKey.get(key)?.push(mine)
        }
    }
    return [...skipped]
}

/** sys_email's columns as writeMessages binds them, in this order. */
const COLUMNS = [
    'sys_id', 'sys_class_name', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count',
    'type', 'state', 'notification_type', 'recipients', 'direct', 'copied', 'blind_copied', 'subject', 'body', 'body_text',
    'content_type', 'headers', 'importance', 'reply_to', 'weight', 'instance', 'target_table', 'notification',
] as const

const LOG_COLUMNS = ['sys_id', 'sys_class_name', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count', 'email', 'notification', 'event'] as const

/**
 * Writes the platform's outbox: one `sys_email` per notification send, its `recipients` (the To:
 * line) holding up to glide.email.smtp.max_recipients addresses, more emails beyond that (type
 * send-ready, or send-ignored when outweighed), and one `sys_email_log` row per email linking it to
 * its notification and event. Content is rendered once per notification and record, the same for
 * every recipient, as on the platform: a message personalised per person needs one send per person
 * (one event per recipient). Returns how many emails are ready to send.
 */
export function writeMessages(store: Store, messages: readonly Message[]): number {
    const limit = maxRecipients()
    const outgoing: Outgoing[] = []
    for (const m of messages) {
        for (let i = 0; i < m.recipients.length; i += limit) {
            outgoing.push({ message: m, to: m.recipients.slice(i, i + limit), withCopies: i === 0, ignored: false })
        }
    }
    const now = store.clock()
    const by = runtime().session.userName
    const emailTable = store.schema.table('sys_email').root
    const logTable = store.schema.table('sys_email_log').root
    const insert = store.prepare(insertSql(emailTable, COLUMNS))
    const insertLog = store.prepare(insertSql(logTable, LOG_COLUMNS))
    let ready = 0
    // Which emails already waiting are outweighed: reads only.
    const skipped = applyWeights(store, emailTable, outgoing)
    const written: Array<[table: string, sysId: string]> = []
    const write = () => {
        if (skipped.length) {
            const skip = store.prepare(
                `UPDATE ${quoteIdent(emailTable)} SET type = 'send-ignored', state = 'ignored', sys_updated_on = ?, sys_updated_by = ?, sys_mod_count = sys_mod_count + 1 WHERE sys_id = ? AND type = 'send-ready' AND message_id IS NULL`,
            )
            for (const id of skipped) skip.run(now, by, id)
        }
        for (const o of outgoing) {
            const m = o.message
            const r = m.rendered
            const addresses = o.to.map((x) => x.address).join(',')
            const emailId = store.newSysId()
            // The values in COLUMNS' order, bound as they are (no row object to read back column by column).
            insert.run(
                emailId, 'sys_email', now, by, now, by, 0,
                o.ignored ? 'send-ignored' : 'send-ready',
                o.ignored ? 'ignored' : 'ready',
                'SMTP',
                addresses,
                addresses,
                o.withCopies && r.cc.length ? r.cc.join(',') : null,
                o.withCopies && r.bcc.length ? r.bcc.join(',') : null,
                r.subject,
                r.body,
                r.bodyText,
                r.contentType ?? null,
                r.from ? `From: ${r.from}` : null,
                r.importance || null,
                r.replyTo || null,
                m.def.weight ?? null,
                m.target.sysId,
                m.target.table,
                m.def.sysId,
            )
            written.push(['sys_email', emailId])
            const logId = store.newSysId()
            // LOG_COLUMNS' order.
            insertLog.run(logId, 'sys_email_log', now, by, now, by, 0, emailId, m.def.sysId, m.eventId)
            written.push(['sys_email_log', logId])
            if (!o.ignored) ready++
        }
    }
    // All of one trigger's emails or none. Inside a transaction already (the event processor's batch), with
    // nothing to move to Skipped, they are only new rows nothing refers to yet: undone by their deletion, as
    // Store.appendRow undoes a queued event, without a savepoint (two statements per send). A failed statement
    // writes nothing itself (SQLite), so what is deleted is exactly what the send wrote before it.
    if (skipped.length || !store.inTransaction) {
        store.transaction(write)
        return ready
    }
    try {
        write()
    } catch (e) {
        for (let i = written.length - 1; i >= 0; i--) store.deleteRow(written[i][0], written[i][1])
        throw e
    }
    return ready
}

/** The INSERT of a column list (one of the two above, by identity) per physical table. */
const insertSqlByColumns = new Map<readonly string[], Map<string, string>>()

function insertSql(root: string, columns: readonly string[]): string {
    let byRoot = insertSqlByColumns.get(columns)
    if (!byRoot) insertSqlByColumns.set(columns, (byRoot = new Map()))
    let sql = byRoot.get(root)
    if (!sql) {
        sql = `INSERT INTO ${quoteIdent(root)} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
        byRoot.set(root, sql)
    }
    return sql
}
