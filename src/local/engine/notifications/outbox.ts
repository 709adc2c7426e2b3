import { runtime } from '../../glide/runtime'
import { quoteIdent, type Row, type Store } from '../../store/store'
import type { NotificationDef } from './definitions'
import type { Recipient } from './recipients'
import type { RenderedEmail } from './render'

/** One notification's message for one record, and who it goes to. */
export interface Message {
    def: NotificationDef
    rendered: RenderedEmail
    recipients: Recipient[]
    target: { table: string; sysId: string }
}

/**
 * Weight (KB0829694, "Email Notification - Weight"): "When multiple notifications generate outbound
 * emails with the same recipients and target table, the system sends only the notification with the
 * highest weight and moves the others to the Skipped mailbox with a state of Ignored"; "A weight of 0
 * (the default) causes the system to always send the notification". Messages here have one recipient
 * each, so the comparison is per recipient, among the messages one event (or one write) produces for
 * one record. Returns, per message, which of its recipients are outweighed.
 */
export function outweighed(messages: readonly Message[]): Array<Set<string>> {
    const best = new Map<string, number>()
    for (const m of messages) {
        if (m.def.weight <= 0) continue
        for (const r of m.recipients) {
            const key = `${m.target.table}|${m.target.sysId}|${r.address.toLowerCase()}`
            best.set(key, Math.max(best.get(key) ?? 0, m.def.weight))
        }
    }
    return messages.map((m) => {
        const lost = new Set<string>()
        if (m.def.weight <= 0) return lost
        for (const r of m.recipients) if (m.def.weight < (best.get(`${m.target.table}|${m.target.sysId}|${r.address.toLowerCase()}`) ?? 0)) lost.add(r.address)
        return lost
    })
}

const COLUMNS = [
    'sys_id', 'sys_class_name', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count',
    'type', 'state', 'notification_type', 'recipients', 'direct', 'copied', 'blind_copied', 'subject', 'body', 'body_text',
    'content_type', 'headers', 'importance', 'reply_to', 'weight', 'instance', 'target_table', 'notification', 'user', 'user_id',
] as const

// platform-difference: email-one-per-recipient
/**
 * Writes one `sys_email` per recipient (type send-ready, or send-ignored when outweighed). The
 * content is rendered once per notification and record; a separate message per recipient keeps
 * every address private and makes each person's message its own record. Copies a mail script
 * added (email.addAddress) ride on the first message sent, so each copy address receives it once.
 * Returns how many messages are ready to send.
 */
export function writeMessages(store: Store, messages: readonly Message[]): number {
    const lost = outweighed(messages)
    const now = store.clock()
    const by = runtime().session.userName
    const insert = store.prepare(insertSql(store.schema.table('sys_email').root))
    let ready = 0
    const write = () => {
        messages.forEach((m, i) => {
            const r = m.rendered
            const headers = r.from ? `From: ${r.from}` : null
            let copiesPlaced = !r.cc.length && !r.bcc.length
            const firstSent = m.recipients.find((x) => !lost[i].has(x.address)) ?? m.recipients[0]
            for (const to of m.recipients) {
                const ignored = lost[i].has(to.address)
                const withCopies = !copiesPlaced && to === firstSent
                if (withCopies) copiesPlaced = true
                const row: Row = {
                    sys_id: store.newSysId(),
                    sys_class_name: 'sys_email',
                    sys_created_on: now,
                    sys_created_by: by,
                    sys_updated_on: now,
                    sys_updated_by: by,
                    sys_mod_count: 0,
                    type: ignored ? 'send-ignored' : 'send-ready',
                    state: ignored ? 'ignored' : 'ready',
                    notification_type: 'SMTP',
                    recipients: to.address,
                    direct: to.address,
                    copied: withCopies && r.cc.length ? r.cc.join(',') : null,
                    blind_copied: withCopies && r.bcc.length ? r.bcc.join(',') : null,
                    subject: r.subject,
                    body: r.body,
                    body_text: r.bodyText,
                    content_type: r.contentType,
                    headers,
                    importance: r.importance || null,
                    reply_to: r.replyTo || null,
                    weight: m.def.weight,
                    instance: m.target.sysId,
                    target_table: m.target.table,
                    notification: m.def.sysId,
                    user: to.userName,
                    user_id: to.userId,
                }
                insert.run(...COLUMNS.map((c) => row[c] ?? null))
                if (!ignored) ready++
            }
        })
    }
    // All of one trigger's messages or none (a savepoint inside the event's transaction).
    store.transaction(write)
    return ready
}

const insertSqlByTable = new Map<string, string>()

function insertSql(root: string): string {
    let sql = insertSqlByTable.get(root)
    if (!sql) {
        sql = `INSERT INTO ${quoteIdent(root)} (${COLUMNS.map(quoteIdent).join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`
        insertSqlByTable.set(root, sql)
    }
    return sql
}

