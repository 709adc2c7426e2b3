import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { formatDateTime, parseDateTime } from '../xla/time.ts'
import { CHANGE_EVENTS } from './model.ts'
import { formatUpdateParm, TRACKED_FIELDS, type UpdateParm } from './transitions.ts'

/*
 * The message budget for high-risk updates (issue 18.1): at most one update per reader and change
 * per interval (property x_psm_persona.change.update_interval_minutes), each saying what changed
 * since the reader's last message (a diff of the tracked fields, before and now), numbered so no two
 * subjects are alike. A change made within the interval is held; the next update after the interval
 * carries it, or the job "Persona: send held change updates" does when nothing else changes.
 * One x_psm_persona_change_notice per reader and change remembers what they were last told.
 */

export const NOTICE_TABLE = 'x_psm_persona_change_notice'
export const UPDATE_INTERVAL = { name: 'x_psm_persona.change.update_interval_minutes', fallback: '60' } as const

export interface FieldChange {
    field: string
    label: string
    from: string
    to: string
}

export type Snapshot = Record<string, string>

/** The tracked fields' display values: what a reader was (or is to be) told. */
export function snapshotOf(gr: GlideRecord): Snapshot {
    const out: Snapshot = {}
    for (const field of Object.keys(TRACKED_FIELDS)) out[field] = gr.isValidField(field) ? gr.getDisplayValue(field) || '' : ''
    return out
}

/** What differs between what the reader knew and now, in TRACKED_FIELDS order. Pure. */
export function diffSnapshots(before: Snapshot, after: Snapshot): FieldChange[] {
    const out: FieldChange[] = []
    for (const field of Object.keys(TRACKED_FIELDS)) {
        const from = before[field] ?? ''
        const to = after[field] ?? ''
        if (from !== to) out.push({ field, label: TRACKED_FIELDS[field], from, to })
    }
    return out
}

export function intervalMinutes(): number {
    const n = Number(gs.getProperty(UPDATE_INTERVAL.name, UPDATE_INTERVAL.fallback))
    return isFinite(n) && n >= 0 ? n : Number(UPDATE_INTERVAL.fallback)
}

function parseSnapshot(text: string | null): Snapshot {
    try {
        const value = JSON.parse(text || '{}') as unknown
        return value && typeof value === 'object' ? (value as Snapshot) : {}
    } catch {
        return {}
    }
}

function nowMs(): number {
    return parseDateTime(new GlideDateTime().getValue()) ?? 0
}

function findNotice(changeId: string, userId: string): GlideRecord | null {
    const notice = new GlideRecord(NOTICE_TABLE)
    notice.addQuery('change_request', changeId)
    notice.addQuery('user', userId)
    notice.setLimit(1)
    notice.query()
    return notice.next() ? notice : null
}

/** Whether the reader's interval since their last update has passed. */
function due(notice: GlideRecord, now: number): boolean {
    const last = parseDateTime(notice.getValue('sent_on'))
    return last === null || now - last >= intervalMinutes() * 60000
}

/** Records the update as told: the diff the message shows, the values now known, when, and its number. */
function markSent(notice: GlideRecord, diff: FieldChange[], now: Snapshot, at: number): void {
    notice.setValue('changes', JSON.stringify(diff))
    notice.setValue('snapshot', JSON.stringify(now))
    notice.setValue('sent_on', formatDateTime(at))
    notice.setValue('sent_count', Number(notice.getValue('sent_count') || 0) + 1)
    notice.setValue('held', false)
    notice.update()
}

/**
 * One reader's share of a high-risk update: true when an update is to be sent now (the notice then
 * holds its diff), false when it is held for the interval or nothing they were told has changed.
 * `before` is the change as it was before this save: what a first-time reader was last told about
 * it (their approval request or the manager's alert showed it).
 */
export function admitUpdate(changeId: string, userId: string, role: UpdateParm['role'], before: Snapshot, now: Snapshot): boolean {
    const at = nowMs()
    let notice = findNotice(changeId, userId)
    if (!notice) {
        const created = new GlideRecord(NOTICE_TABLE)
        created.initialize()
        created.setValue('change_request', changeId)
        created.setValue('user', userId)
        created.setValue('role', role)
        created.setValue('snapshot', JSON.stringify(before))
        created.setValue('sent_count', 0)
        if (!created.insert()) return true
        notice = findNotice(changeId, userId)
        if (!notice) return true
    }
    if (!due(notice, at)) {
        notice.setValue('held', true)
        notice.update()
        return false
    }
    const diff = diffSnapshots(parseSnapshot(notice.getValue('snapshot')), now)
    if (!diff.length) return false
    markSent(notice, diff, now, at)
    return true
}

/** What the reader's latest update message says: its diff and its number (for a subject no other update shares). */
export function latestNotice(changeId: string, userId: string): { changes: FieldChange[]; count: number } {
    const notice = userId ? findNotice(changeId, userId) : null
    if (!notice) return { changes: [], count: 0 }
    let changes: FieldChange[] = []
    try {
        changes = JSON.parse(notice.getValue('changes') || '[]') as FieldChange[]
    } catch {
        changes = []
    }
    return { changes, count: Number(notice.getValue('sent_count') || 0) }
}

/**
 * The job: held updates whose interval has passed go out now, with everything since the reader's
 * last message, as long as the change is still open.
 */
export function sendHeldUpdates(): number {
    const at = nowMs()
    const notice = new GlideRecord(NOTICE_TABLE)
    notice.addQuery('held', true)
    notice.query()
    const dueIds: string[] = []
    const changeIds: string[] = []
    while (notice.next()) {
        if (!due(notice, at)) continue
        dueIds.push(notice.getUniqueValue())
        const changeId = notice.getValue('change_request') || ''
        if (changeId && changeIds.indexOf(changeId) < 0) changeIds.push(changeId)
    }
    if (!dueIds.length) return 0
    // The changes of the due notices, read once.
    const changes: Record<string, { gr: GlideRecord; open: boolean; now: Snapshot }> = {}
    const change = new GlideRecord('change_request')
    change.addQuery('sys_id', 'IN', changeIds.join(','))
    change.query()
    while (change.next()) {
        const gr = new GlideRecord('change_request')
        // psm-allow-query-in-loop: a handful of changes with held updates; the event needs the record itself.
        gr.get(change.getUniqueValue())
        const state = Number(change.getValue('state'))
        changes[change.getUniqueValue()] = { gr, open: state !== 3 && state !== 4, now: snapshotOf(change) }
    }
    let sent = 0
    const held = new GlideRecord(NOTICE_TABLE)
    held.addQuery('sys_id', 'IN', dueIds.join(','))
    held.query()
    while (held.next()) {
        const c = changes[held.getValue('change_request') || '']
        const diff = c ? diffSnapshots(parseSnapshot(held.getValue('snapshot')), c.now) : []
        if (!c || !c.open || !diff.length) {
            held.setValue('held', false)
            held.update()
            continue
        }
        markSent(held, diff, c.now, at)
        const role: UpdateParm['role'] = held.getValue('role') === 'change_manager' ? 'change_manager' : 'approver'
        gs.eventQueue(CHANGE_EVENTS.highRiskUpdate, c.gr, held.getValue('user') || '', formatUpdateParm({ role, fields: diff.map((d) => d.field) }))
        sent++
    }
    return sent
}
