import { gs, GlideRecord } from '@servicenow/glide'
import { readFacts } from '../change/change-record.ts'
import { STATE, stateLabel, toInt } from '../change/model.ts'
import { assessChange } from '../change/summaries.ts'

/*
 * The requester's change form, /sp?id=psm_change_form (widget "PSM Change Form"): submit a change
 * with guidance beside every field, and, with &sys_id=<change>, fill the gaps the submission email
 * pointed out on one's own change while it is New or in Assess. A Service Portal form rather than a
 * record producer: a producer only creates records ("A record producer is a specific type of
 * catalog item that allows end users to create task-based records", Record producers), and the gaps
 * are filled on the existing change, so one form does both with the same guidance and checks.
 * Like a record producer, it writes the change for users who hold no change_request ACL (requesters
 * are rarely itil), so it writes only the fields listed here, only on the user's own change
 * (requested_by), and checks every value before anything is written.
 */

export interface FieldSpec {
    name: string
    label: string
    /** Guidance shown under the field. */
    hint: string
    kind: 'line' | 'text' | 'datetime'
    max: number
    required: boolean
    /** The concern assessChange reports while this field is empty (the email's "gaps"), if any. */
    gap: string
}

/** What a requester fills in, in the order a change is thought through. */
export const FIELDS: readonly FieldSpec[] = [
    { name: 'short_description', label: 'What changes?', hint: 'One line approvers and users recognise, e.g. "Upgrade the mail gateway".', kind: 'line', max: 160, required: true, gap: '' },
    { name: 'justification', label: 'Why?', hint: 'The business reason: what happens if this change is not made.', kind: 'text', max: 4000, required: false, gap: '' },
    { name: 'start_date', label: 'Planned start (UTC)', hint: 'YYYY-MM-DD HH:MM, when the work may begin.', kind: 'datetime', max: 16, required: false, gap: 'planned window not set' },
    { name: 'end_date', label: 'Planned end (UTC)', hint: 'YYYY-MM-DD HH:MM, when everything is back to normal.', kind: 'datetime', max: 16, required: false, gap: 'planned window not set' },
    { name: 'implementation_plan', label: 'Implementation plan', hint: 'The steps, in order, with who does each.', kind: 'text', max: 4000, required: false, gap: 'implementation plan missing' },
    { name: 'backout_plan', label: 'Backout plan', hint: 'How to go back if something fails, and how long it takes.', kind: 'text', max: 4000, required: false, gap: 'backout plan missing' },
    { name: 'test_plan', label: 'Test plan', hint: 'How you will know it worked.', kind: 'text', max: 4000, required: false, gap: 'test plan missing' },
    { name: 'x_psm_persona_test_results', label: 'Test results', hint: 'What the tests showed so far (e.g. in staging).', kind: 'text', max: 4000, required: false, gap: '' },
    { name: 'x_psm_persona_rollout_plan', label: 'What changes for the people affected', hint: 'In their words: what they will notice, and what they need to do.', kind: 'text', max: 4000, required: false, gap: '' },
    { name: 'x_psm_persona_training', label: 'Training', hint: 'Guides or sessions the affected users need (links welcome).', kind: 'text', max: 4000, required: false, gap: '' },
    { name: 'x_psm_persona_support_contact', label: 'Support contact', hint: 'Who affected users call during the rollout.', kind: 'line', max: 255, required: false, gap: '' },
    { name: 'x_psm_persona_phases', label: 'Phasing notes', hint: 'Free text: who goes first, and when. The change team turns it into the phase schedule.', kind: 'text', max: 4000, required: false, gap: '' },
]

/** States in which the requester may still edit: before the CAB is asked. */
export const EDITABLE_STATES: readonly number[] = [STATE.NEW, STATE.ASSESS]

export interface ChangeFormView {
    /** 200 the form; 403 not the user's change or no longer editable; 404 no such change. */
    status: 200 | 403 | 404
    title: string
    message: string
    change: { sysId: string; number: string; state: string } | null
    fields: Array<FieldSpec & { value: string; missing: boolean }>
    /** What the approvers will ask about, as the submission email said it. */
    gaps: string[]
}

export interface ChangeFormResult {
    ok: boolean
    errors: string[]
    notice: string
    sysId: string
}

type Values = Record<string, string>

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::\d{2})?$/

/** A stored date-time (YYYY-MM-DD HH:MM:SS) from what was typed, or null when it is not a real instant. */
export function parseDateTime(raw: string): string | null {
    const m = DATE_TIME.exec(raw.trim())
    if (!m) return null
    const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])]
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi))
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59) return null
    return `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:00`
}

/** Checks what was sent; returns the values to write (stored form) or every problem at once. Pure. */
export function checkValues(input: Record<string, unknown>): { ok: true; values: Values } | { ok: false; errors: string[] } {
    const errors: string[] = []
    const values: Values = {}
    for (const f of FIELDS) {
        const raw = text(input[f.name])
        const value = f.kind === 'line' ? raw.trim() : raw.replace(/\s+$/, '')
        if (f.required && !value.trim()) errors.push(`${f.label} is required.`)
        if (value.length > f.max && f.kind !== 'datetime') errors.push(`${f.label} is ${value.length} characters long; at most ${f.max} are allowed.`)
        if (f.kind === 'datetime' && value.trim()) {
            const stored = parseDateTime(value)
            if (!stored) errors.push(`${f.label} "${value.trim().slice(0, 40)}" is not a date and time (YYYY-MM-DD HH:MM).`)
            else values[f.name] = stored
            continue
        }
        values[f.name] = value
    }
    if (values.start_date && values.end_date && values.end_date < values.start_date) errors.push('Planned end is before the planned start.')
    return errors.length ? { ok: false, errors } : { ok: true, values }
}

function shown(f: FieldSpec, gr: GlideRecord | null): string {
    const value = gr ? gr.getValue(f.name) || '' : ''
    return f.kind === 'datetime' ? value.slice(0, 16) : value
}

/** The user's own change, or why not. */
function ownChange(changeId: string): { gr: GlideRecord | null; status: 200 | 403 | 404; message: string } {
    const gr = new GlideRecord('change_request')
    if (!gr.get(changeId)) return { gr: null, status: 404, message: 'This change does not exist. Your changes are listed on the My changes page.' }
    // Said without the change's number: someone else's change is not theirs to see.
    if (gr.getValue('requested_by') !== gs.getUserID()) return { gr: null, status: 403, message: 'You can only complete the changes you requested.' }
    const state = toInt(gr.getValue('state'))
    if (state === null || EDITABLE_STATES.indexOf(state) < 0) {
        return { gr, status: 403, message: `${gr.getValue('number')} is ${stateLabel(state)}: it can no longer be edited here. Ask the change manager to add what is missing.` }
    }
    return { gr, status: 200, message: '' }
}

/** The gaps the submission email lists, for a change as stored. */
function gapsOf(gr: GlideRecord): string[] {
    return assessChange(readFacts(gr)).concerns.filter((x) => x !== 'risk not assessed' && x !== 'no test results recorded')
}

/** The form for the session user: empty for a new change, or their change with its gaps. */
export function changeForm(changeId: unknown): ChangeFormView {
    const id = text(changeId).trim()
    if (!id) {
        return {
            status: 200,
            title: 'Request a change',
            message: '',
            change: null,
            fields: FIELDS.map((f) => ({ ...f, value: '', missing: false })),
            gaps: [],
        }
    }
    const own = ownChange(id)
    if (!own.gr || own.status !== 200) {
        return { status: own.status, title: own.status === 404 ? 'Change not found' : 'Not editable here', message: own.message, change: null, fields: [], gaps: [] }
    }
    const gr = own.gr
    const gaps = gapsOf(gr)
    return {
        status: 200,
        title: `Complete ${gr.getValue('number')}`,
        message: '',
        change: { sysId: gr.getUniqueValue(), number: gr.getValue('number') || '', state: stateLabel(toInt(gr.getValue('state'))) },
        fields: FIELDS.map((f) => ({ ...f, value: shown(f, gr), missing: !!f.gap && gaps.indexOf(f.gap) >= 0 && !shown(f, gr) })),
        gaps,
    }
}

/** Submits a new change, or saves the gaps filled on the user's own change. Nothing is written when anything is wrong. */
export function saveChange(changeId: unknown, input: Record<string, unknown>): ChangeFormResult {
    const checked = checkValues(input)
    if (!checked.ok) return { ok: false, errors: checked.errors, notice: '', sysId: '' }
    const id = text(changeId).trim()
    if (!id) {
        const gr = new GlideRecord('change_request')
        gr.initialize()
        for (const name of Object.keys(checked.values)) if (checked.values[name]) gr.setValue(name, checked.values[name])
        gr.setValue('requested_by', gs.getUserID())
        gr.setValue('state', STATE.NEW)
        const created = gr.insert()
        if (!created) return { ok: false, errors: ['The change could not be submitted; nothing was saved. Please try again.'], notice: '', sysId: '' }
        const saved = new GlideRecord('change_request')
        saved.get(created)
        return { ok: true, errors: [], notice: `Submitted as ${saved.getValue('number')}. You will get an email confirming it, with anything still missing.`, sysId: created }
    }
    const own = ownChange(id)
    if (!own.gr || own.status !== 200) return { ok: false, errors: [own.message], notice: '', sysId: '' }
    const gr = own.gr
    for (const name of Object.keys(checked.values)) {
        const stored = gr.getValue(name) || ''
        if (stored !== checked.values[name]) gr.setValue(name, checked.values[name])
    }
    if (!gr.update()) return { ok: false, errors: ['Your changes could not be saved; nothing was changed. Please try again.'], notice: '', sysId: id }
    const left = gapsOf(gr)
    return { ok: true, errors: [], notice: left.length ? `Saved. Still missing: ${left.join('; ')}.` : 'Saved. Nothing is missing any more.', sysId: id }
}
