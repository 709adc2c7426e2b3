import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { formatDateTime, parseDateTime } from '../xla/time.ts'
import { CHANGE_EVENTS } from './model.ts'
import { phasesOfChange } from './phase-records.ts'
import type { Phase } from './phases.ts'
import { formatUpdateParm, PHASES_FIELD, TRACKED_FIELDS, type UpdateParm } from './transitions.ts'

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

/**
 * The phased schedule is part of what a reader is told (issue 18.1 and 18.5): its phases are records
 * of the Phases related list, not fields of the change, so the snapshot holds one entry per phase,
 * `phase:<name>` = "start to end; audiences", beside the marker PHASES_KNOWN. A snapshot written
 * before phases were tracked has no marker: its phases are unknown, not absent, and are not compared
 * (an upgrade tells nobody that every phase was "added").
 */
export const PHASE_KEY_PREFIX = 'phase:'
export const PHASES_KNOWN = 'phases'
export { PHASES_FIELD }

/** One phase as a reader reads it in a diff. Pure. */
export function phaseText(p: Phase): string {
    const sameDay = p.start.slice(0, 10) === p.end.slice(0, 10)
    const end = sameDay && p.end.length > 10 ? p.end.slice(11) : p.end
    return `${p.start} to ${end}; ${p.audiences.join(', ') || 'no audience'}`
}

/** The schedule's entries of a snapshot. Pure. */
export function phaseEntries(phases: readonly Phase[]): Snapshot {
    const out: Snapshot = { [PHASES_KNOWN]: '1' }
    for (const p of phases) out[PHASE_KEY_PREFIX + p.name] = phaseText(p)
    return out
}

/**
 * The tracked fields' display values and the phases: what a reader was (or is to be) told. `phases`
 * when the caller has the schedule already (a phase rule knows it as it was before the edit).
 */
export function snapshotOf(gr: GlideRecord, phases?: readonly Phase[]): Snapshot {
    const out: Snapshot = {}
    for (const field of Object.keys(TRACKED_FIELDS)) out[field] = gr.isValidField(field) ? gr.getDisplayValue(field) || '' : ''
    return { ...out, ...phaseEntries(phases ?? phasesOfChange(gr.getUniqueValue() || '')) }
}

/** Phase names of both snapshots: the schedule's order now, then phases since removed. Pure. */
function phaseKeys(before: Snapshot, after: Snapshot): string[] {
    const keys = Object.keys(after).filter((k) => k.indexOf(PHASE_KEY_PREFIX) === 0)
    for (const k of Object.keys(before)) if (k.indexOf(PHASE_KEY_PREFIX) === 0 && keys.indexOf(k) < 0) keys.push(k)
    return keys
}

/** What differs between what the reader knew and now: the tracked fields in TRACKED_FIELDS order, then each phase added, moved or removed. Pure. */
export function diffSnapshots(before: Snapshot, after: Snapshot): FieldChange[] {
    const out: FieldChange[] = []
    for (const field of Object.keys(TRACKED_FIELDS)) {
        const from = before[field] ?? ''
        const to = after[field] ?? ''
        if (from !== to) out.push({ field, label: TRACKED_FIELDS[field], from, to })
    }
    if (before[PHASES_KNOWN] && after[PHASES_KNOWN]) {
        for (const key of phaseKeys(before, after)) {
            const from = before[key] ?? ''
            const to = after[key] ?? ''
            if (from !== to) out.push({ field: PHASES_FIELD, label: `Phase ${key.slice(PHASE_KEY_PREFIX.length)}`, from, to })
        }
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
