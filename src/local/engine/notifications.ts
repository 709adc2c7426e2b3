import { GlideRecord } from '../glide/GlideRecord'
import { runtime, withScope } from '../glide/runtime'
import { matchesRecord, type EncodedQuery, type RecordView } from '../query'
import type { TableInfo } from '../store/schema'
import { quoteIdent, type Row, type Store } from '../store/store'
import { fromStorage } from '../store/values'
import { recordView, type Operation } from './business-rules'
import type { SysEvent } from './events'
import { errorMessage } from './notifications/errors'
import { loadDefinitions, type NotificationDef } from './notifications/definitions'
import { EmailOutbound } from './notifications/mail-script'
import { writeMessages, type Message } from './notifications/outbox'
import { resolveRecipients } from './notifications/recipients'
import { eventRecord, renderEmail, type MailScript } from './notifications/render'
import type { Scheduler } from './scheduler'
import type { ScriptRuntime } from './scripts'
import { answerBody } from '../scripts/source'

/** Tables whose changes make compiled notifications, templates or email scripts stale. */
const SOURCE_TABLES = new Set(['sysevent_email_action', 'sysevent_email_template', 'sys_script_email', 'sys_script', 'sys_script_include', 'sys_module'])

const MAIL_SCRIPT_PARAMS = ['current', 'template', 'email', 'email_action', 'event'] as const
const CONDITION_PARAMS = ['current', 'previous', 'event', 'email', 'email_action'] as const
/*
 * An advanced condition "sets answer" (`answer = current.risk == 2;`, what the SDK writes from
 * triggerConditions.advancedCondition); one written as a bare expression is read by its value, as the
 * platform reads condition scripts (answerBody: the completion value, since scripts have no eval).
 */

/** What triggered a notification: the record, its previous version (record-triggered), the event, who caused it. */
interface Trigger {
    current: GlideRecord
    previous: GlideRecord | null
    event: SysEvent | null
    creatorId: string
}

export type EmailsWrittenListener = (ready: number) => void

/**
 * How handleEvent reads the fields the conditions of one set of event notifications test, when every one of
 * them has a condition: those columns of the record only (`columns`), by sys_id, restricted to the table's
 * family as Store.getRow restricts it. Per notification list (lookup's cache, rebuilt on every dictionary or
 * notification change) and TableInfo (replaced by a dictionary change).
 */
interface ConditionRead {
    info: TableInfo
    sql: string
    /** The parameters after the sys_id: the family's classes when the physical table holds others too. */
    classes: readonly string[]
    columns: ReadonlySet<string>
}

/** Thrown by the stored-columns view when a condition asks for a field it did not read: the whole record decides. */
const NEEDS_RECORD = new (class NeedsRecord {})()

/**
 * The notification engine (email-notification-guide): event-triggered notifications (`generation_type`
 * event) run for each processed event of their name on their table; record-triggered ones (engine,
 * `action_insert` / `action_update`) are queued when a record is written and sent after the write, by
 * the scheduler, like the platform's event-based send. Each passes its `condition` and
 * `advanced_condition`, resolves its recipients, renders its content once, and writes one `sys_email`
 * per send (up to glide.email.smtp.max_recipients recipients each) with its `sys_email_log` row.
 */
export class NotificationEngine {
    private defs: NotificationDef[] | null = null
    private readonly forEventCache = new Map<string, NotificationDef[]>()
    private readonly forTableCache = new Map<string, NotificationDef[]>()
    private schemaVersion = -1
    private readonly mailScripts = new Map<string, MailScript | null>()
    private readonly listeners: EmailsWrittenListener[] = []
    private readonly conditionReads = new WeakMap<NotificationDef[], { info: TableInfo; read: ConditionRead | null }>()

    constructor(
        private readonly store: Store,
        private readonly scripts: ScriptRuntime,
        private readonly scheduler: Scheduler,
    ) {}

    /** Called (inside the writing transaction) after emails are written, with how many are ready to send. */
    onEmailsWritten(listener: EmailsWrittenListener): void {
        this.listeners.push(listener)
    }

    invalidate(): void {
        this.defs = null
        this.forEventCache.clear()
        this.forTableCache.clear()
        this.mailScripts.clear()
    }

    /** Change listener: notifications, templates, email scripts or the scripts they call changed. */
    tableChanged(table: string): void {
        if (SOURCE_TABLES.has(table)) this.invalidate()
    }

    /** EventQueue subscriber: the event-triggered notifications of this event and its record's table. */
    handleEvent(event: SysEvent): void {
        const defs = this.lookup(this.forEventCache, `${event.name}\u0000${event.table}`, (d) => d.generationType === 'event' && d.eventName === event.name, event.table)
        if (!defs.length || !event.instance) return
        const known = this.store.schema.has(event.table)
        if (known && this.conditionsFail(defs, event.table, event.instance)) return
        const row = known ? this.store.getRow(event.table, event.instance) : undefined
        if (!row) {
            runtime().log('warn', `Event ${event.name}: its record ${event.table} ${event.instance} no longer exists; no notification sent`)
            return
        }
        const current = new GlideRecord(event.table)
        current.load(row)
        this.fire(defs, { current, previous: null, event, creatorId: event.userId })
    }

    /**
     * Whether none of `defs` can send for this record because each has a condition and it fails on the record as
     * stored: what fire() would decide (evaluate returns null for a failed condition or a condition that cannot
     * be used, before anything else is read, run or written), from the columns the conditions test instead of the
     * whole record and a GlideRecord. A CAB's 200 approvals each queue approval.inserted, which the base Approval
     * Request notification weighs and declines ("These emails come only from task-based approvals",
     * `sysapprovalISNOTEMPTY`). false whenever this cannot tell: a notification without a condition, no such
     * record (handleEvent logs it), a field it did not read (a dot-walk, another table's column) or a condition
     * that throws (fire logs it); the whole record then decides, as before.
     */
    private conditionsFail(defs: NotificationDef[], table: string, sysId: string): boolean {
        const read = this.conditionRead(defs, table)
        if (!read) return false
        let row: Row | undefined
        try {
            row = this.store.row(read.sql, [sysId, ...read.classes])
        } catch {
            // Whatever failed here, the whole record's read decides (and reports it) as before.
            return false
        }
        if (!row) return false
        // As recordView(current, null) of the record loaded from the row: a plain field's value as getValue reads
        // it (fromStorage of the stored value), its type from the table's dictionary; no previous version.
        const view: RecordView = {
            current: (path) => {
                const col = read.columns.has(path) ? read.info.columns.get(path) : undefined
                if (!col) throw NEEDS_RECORD
                return { value: fromStorage(row[path]), type: col.type }
            },
            previous: () => null,
            shape: { dictionary: this.store.schema, table: read.info },
        }
        for (const def of defs) {
            if (def.conditionError) continue
            try {
                if (matchesRecord(def.condition as EncodedQuery, view)) return false
            } catch {
                return false
            }
        }
        return true
    }

    /** The read conditionsFail makes for these notifications, or null when every one of them must see the record. */
    private conditionRead(defs: NotificationDef[], table: string): ConditionRead | null {
        const info = this.store.schema.table(table)
        const cached = this.conditionReads.get(defs)
        if (cached && cached.info === info) return cached.read
        let read: ConditionRead | null = null
        // A notification without a condition goes on to its recipients whatever the record holds.
        if (defs.every((d) => d.conditionError || d.condition)) {
            const columns = new Set<string>()
            for (const def of defs) {
                for (const query of def.condition?.queries ?? []) {
                    for (const group of query) {
                        for (const c of group) {
                            // A term's field, and the other field a field operator (SAMEAS, GT_FIELD ...) names; any other
                            // value that happens to be a column's name costs a column read, nothing more.
                            if (info.columns.has(c.field)) columns.add(c.field)
                            if (info.columns.has(c.value)) columns.add(c.value)
                        }
                    }
                }
            }
            if (columns.size) {
                const byClass = info.family.length !== this.store.schema.membersOf(info.root).length
                const restrict = byClass ? ` AND sys_class_name IN (${info.family.map(() => '?').join(', ')})` : ''
                read = {
                    info,
                    sql: `SELECT ${[...columns].map(quoteIdent).join(', ')} FROM ${quoteIdent(info.root)} WHERE sys_id = ?${restrict}`,
                    classes: byClass ? info.family : [],
                    columns,
                }
            }
        }
        this.conditionReads.set(defs, { info, read })
        return read
    }

    /**
     * RecordWriter listener, inside the write: record-triggered notifications for this table and action
     * are queued with the record as written and its previous version. Nothing is rendered or sent here.
     */
    recordWritten(op: Operation, current: GlideRecord, previous: GlideRecord | null): void {
        if (op !== 'insert' && op !== 'update') return
        try {
            this.queueForWrite(op, current, previous)
        } catch (e) {
            // A notification problem must never refuse the write that triggered it.
            runtime().log('error', `Notifications for ${op} of ${current.getRecordClassName()} not queued: ${errorMessage(e)}`)
        }
    }

    private queueForWrite(op: 'insert' | 'update', current: GlideRecord, previous: GlideRecord | null): void {
        const table = current.getRecordClassName()
        const defs = this.lookup(this.forTableCache, table, (d) => d.generationType === 'engine' && (d.actionInsert || d.actionUpdate), table).filter((d) =>
            op === 'insert' ? d.actionInsert : d.actionUpdate,
        )
        if (!defs.length || !current.row) return
        const row: Row = { ...current.row }
        const previousRow: Row | null = op === 'update' && previous?.row ? { ...previous.row } : null
        const creatorId = runtime().session.userId
        this.scheduler.enqueue({
            name: `notifications on ${op} of ${table} ${String(row.sys_id)}`,
            run: () => this.sendForWrite(defs, table, row, previousRow, creatorId),
        })
    }

    private sendForWrite(defs: NotificationDef[], table: string, row: Row, previousRow: Row | null, creatorId: string): void {
        // A write rolled back after it was queued leaves no row, or one with a lower modification count.
        const stored = this.store.schema.has(table) ? this.store.getRow(table, String(row.sys_id)) : undefined
        if (!stored || Number(stored.sys_mod_count ?? 0) < Number(row.sys_mod_count ?? 0)) return
        const current = new GlideRecord(table)
        current.load(row)
        // changes() in an advanced condition or mail script still compares with the previous version.
        current.markWritten(row, writtenValues(row, previousRow), previousRow)
        let previous: GlideRecord | null = null
        if (previousRow) {
            previous = new GlideRecord(table)
            previous.load(previousRow)
        }
        this.fire(defs, { current, previous, event: null, creatorId })
    }

    private fire(defs: NotificationDef[], trigger: Trigger): void {
        const messages: Message[] = []
        for (const def of defs) {
            try {
                const message = this.evaluate(def, trigger)
                if (message) messages.push(message)
            } catch (e) {
                runtime().log('error', `Notification "${def.name}" on ${trigger.current.getRecordClassName()} ${trigger.current.getUniqueValue()} failed: ${errorMessage(e)}`)
            }
        }
        if (!messages.length) return
        const ready = writeMessages(this.store, messages)
        for (const l of this.listeners) l(ready)
    }

    private evaluate(def: NotificationDef, t: Trigger): Message | null {
        if (def.conditionError) return null
        if (def.condition && !matchesRecord(def.condition, recordView(t.current, t.previous))) return null
        const email = new EmailOutbound('', def.from, def.replyTo)
        if (def.advancedCondition && !this.advancedCondition(def, t, email)) return null
        const recipients = resolveRecipients(this.store, def, {
            current: t.current,
            parm1: t.event ? t.event.parm1 : null,
            parm2: t.event ? t.event.parm2 : null,
            creatorId: t.creatorId,
        })
        if (!recipients.length) return null
        const rendered = renderEmail({ def, current: t.current, event: t.event, email, mailScript: (name) => this.mailScript(name) })
        return { def, rendered, recipients, target: { table: t.current.getRecordClassName(), sysId: t.current.getUniqueValue() }, eventId: t.event ? t.event.sysId : null }
    }

    private advancedCondition(def: NotificationDef, t: Trigger, email: EmailOutbound): boolean {
        const action = new GlideRecord('sysevent_email_action')
        action.load({ ...def.row })
        try {
            const fn = this.scripts.compile(CONDITION_PARAMS, answerBody(def.advancedCondition), `sysevent_email_action:${def.name} advanced condition`)
            // The condition runs in the scope of the application that owns the notification.
            return withScope(this.scripts.scopeOf(fromStorage(def.row.sys_scope)), () => !!fn(t.current, t.previous, eventRecord(t.event), email, action))
        } catch (e) {
            runtime().log('error', `Notification "${def.name}": advanced condition failed (${errorMessage(e)}); not sent`)
            return false
        }
    }

    /** An email script by name, compiled once (until email scripts change). */
    private mailScript(name: string): MailScript | null {
        if (this.mailScripts.has(name)) return this.mailScripts.get(name) ?? null
        const gr = new GlideRecord('sys_script_email')
        gr.setWorkflow(false)
        gr.addQuery('name', name)
        gr.setLimit(1)
        gr.query()
        let script: MailScript | null = null
        if (gr.next()) {
            const source = gr.getValue('script') ?? ''
            const newLinesToHtml = gr.getValue('new_lines_to_html') === '1'
            try {
                const fn = this.scripts.compile(MAIL_SCRIPT_PARAMS, source, `sys_script_email:${name}`)
                // A mail script runs in the scope of the application that owns the email script record.
                const scope = this.scripts.scopeOf(gr.getValue('sys_scope'))
                script = { name, newLinesToHtml, run: (...args) => withScope(scope, () => fn(...args)) }
            } catch (e) {
                const message = errorMessage(e)
                script = {
                    name,
                    newLinesToHtml,
                    run: () => {
                        throw new Error(message)
                    },
                }
            }
        }
        this.mailScripts.set(name, script)
        return script
    }

    /** The active notifications matching `accept` whose table is `table` or one it extends; cached per key. */
    private lookup(cache: Map<string, NotificationDef[]>, key: string, accept: (d: NotificationDef) => boolean, table: string): NotificationDef[] {
        if (this.schemaVersion !== this.store.schemaVersion) {
            this.schemaVersion = this.store.schemaVersion
            this.forEventCache.clear()
            this.forTableCache.clear()
        }
        let defs = cache.get(key)
        if (defs) return defs
        this.defs ??= loadDefinitions()
        const ancestry = table && this.store.schema.has(table) ? this.store.schema.ancestry(table) : []
        defs = this.defs.filter((d) => accept(d) && ancestry.includes(d.table))
        cache.set(key, defs)
        return defs
    }
}

/** The values a write changed (all set values for an insert), as after rules see them. */
function writtenValues(row: Row, previous: Row | null): Map<string, string | null> {
    const out = new Map<string, string | null>()
    for (const [k, v] of Object.entries(row)) {
        const now = fromStorage(v)
        if (previous ? now !== fromStorage(previous[k]) : now !== null) out.set(k, now)
    }
    return out
}
