import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { decisionOf, releaseOtherApprovals, requestApprovals } from '../persona/app-approvals.ts'
import { AVAILABLE_FOR } from './available-for.ts'
import { APP_SCOPE } from './criteria-text.ts'

/*
 * A service outside the user's persona (issue 17, item 4). The user names it only by what they already
 * have: the item page they opened (its sys_id in the link) or the words they searched for; the answer
 * never tells them more about a hidden item than that a request was sent. Their manager approves; an
 * approval grants that one user that one item through a personal Available For entry (a user criterion
 * whose Users list holds only them) until it expires, when the job "Persona: service exception
 * reminders and expiry" removes it (exception-expiry.ts). The platform caches user criteria per
 * session: the user sees the item in their next session ("any change in the evaluation requires you
 * to logout and login", Create a user criteria record in Service Catalog).
 */

export const EXCEPTION = 'x_psm_persona_exception'
export const EXCEPTION_DAYS_PROPERTY = 'x_psm_persona.exception.days'
export const DEFAULT_EXCEPTION_DAYS = 90
const MAX_JUSTIFICATION = 1000
const MAX_TEXT = 200

export interface ExceptionRequest {
    /** The item page's sys_id (from the link the user opened). */
    itemId?: string
    /** The words the user searched for. */
    searchText?: string
    justification: string
}

export type ExceptionOutcome = { ok: true; exceptionId: string; message: string } | { ok: false; message: string }

/** Whether the session user may see an item (the widget passes $sp.canReadRecord: the item's user criteria). */
export type CanView = (item: GlideRecord) => boolean

export function exceptionDays(): number {
    const n = Number(gs.getProperty(EXCEPTION_DAYS_PROPERTY, String(DEFAULT_EXCEPTION_DAYS)))
    return n >= 1 && n <= 3650 ? Math.floor(n) : DEFAULT_EXCEPTION_DAYS
}

const SYS_ID = /^[0-9a-f]{32}$/

/** How the request names the item to the user: only what they gave. */
function namedAs(text: string): string {
    return text ? `the service matching "${text}"` : 'the service you opened'
}

/** Active items matching every search word by name that the user cannot see, best (shortest name) first. */
function hiddenMatch(text: string, canView: CanView): GlideRecord | null {
    const words = text.split(/\s+/).filter((w) => w.length > 0).slice(0, 5)
    if (!words.length) return null
    const item = new GlideRecord('sc_cat_item')
    item.addActiveQuery()
    for (const w of words) item.addQuery('name', 'CONTAINS', w)
    item.orderBy('name')
    item.setLimit(20)
    item.query()
    let best: GlideRecord | null = null
    let bestLength = Infinity
    while (item.next()) {
        if (canView(item)) continue
        const length = (item.getValue('name') || '').length
        if (length < bestLength) {
            best = new GlideRecord('sc_cat_item')
            best.get(item.getUniqueValue())
            bestLength = length
        }
    }
    return best
}

function openException(userId: string, itemId: string): GlideRecord | null {
    const gr = new GlideRecord(EXCEPTION)
    gr.addQuery('user', userId)
    gr.addQuery('catalog_item', itemId)
    gr.addQuery('state', 'IN', 'requested,granted')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr : null
}

/** Files the request for the session user and asks their manager. Nothing is written when it is refused. */
export function requestException(request: ExceptionRequest, canView: CanView): ExceptionOutcome {
    const userId = gs.getUserID()
    const justification = String(request.justification || '').trim()
    const text = String(request.searchText || '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT)
    const itemId = String(request.itemId || '').trim()
    if (justification.length < 10) return { ok: false, message: 'Say why you need this service (at least 10 characters): your manager decides on it.' }
    if (justification.length > MAX_JUSTIFICATION) return { ok: false, message: `The reason is too long: at most ${MAX_JUSTIFICATION} characters.` }
    let item: GlideRecord | null = null
    if (itemId) {
        if (!SYS_ID.test(itemId)) return { ok: false, message: 'There is no such service in the catalog.' }
        item = new GlideRecord('sc_cat_item')
        if (!item.get(itemId) || item.getValue('active') !== '1') return { ok: false, message: 'There is no such service in the catalog.' }
        if (canView(item)) return { ok: false, message: 'This service is already available to you: order it from its page.' }
    } else if (text) {
        item = hiddenMatch(text, canView)
        if (!item) return { ok: false, message: `No service outside your persona matches "${text}". Check the spelling, or ask the service desk.` }
    } else return { ok: false, message: 'Name the service you need: open its page, or search for it first.' }
    const named = namedAs(itemId ? '' : text)
    const open = openException(userId, item.getUniqueValue())
    if (open) {
        const state = open.getValue('state') === 'granted' ? 'was already granted (log out and in again to see it)' : 'is already waiting for your manager'
        return { ok: false, message: `Your request for ${named} ${state}.` }
    }
    const user = new GlideRecord('sys_user')
    const manager = user.get(userId) ? user.getValue('manager') || '' : ''
    if (!manager) return { ok: false, message: 'Nobody can approve this request: no manager is recorded for you. Ask the service desk.' }
    const gr = new GlideRecord(EXCEPTION)
    gr.initialize()
    gr.setValue('user', userId)
    gr.setValue('catalog_item', item.getUniqueValue())
    gr.setValue('requested_text', text)
    gr.setValue('justification', justification)
    gr.setValue('state', 'requested')
    gr.setValue('approver', manager)
    gr.setValue('duration_days', exceptionDays())
    gr.setValue('short_description', `Service outside ${user.getValue('name') || 'a user'}'s persona: ${item.getValue('name') || ''}`.slice(0, 160))
    const id = gr.insert()
    if (!id) return { ok: false, message: 'The request could not be saved. Please try again later.' }
    requestApprovals(EXCEPTION, id, [manager])
    return { ok: true, exceptionId: id, message: `Your request for ${named} was sent to your manager for approval.` }
}

function appScopeId(): string {
    const scope = new GlideRecord('sys_scope')
    return scope.get('scope', APP_SCOPE) ? scope.getUniqueValue() : ''
}

/** The personal criterion (Users = this user only) and the item's Available For row. */
function grant(exception: GlideRecord): string {
    const uc = new GlideRecord('user_criteria')
    uc.initialize()
    const scope = appScopeId()
    if (scope) uc.setValue('sys_scope', scope)
    uc.setValue('name', `Exception: ${exception.getDisplayValue('user')} - ${exception.getDisplayValue('catalog_item')}`.slice(0, 100))
    uc.setValue('short_description', 'A service outside the persona, granted to one user until it expires; maintained by Persona Service Management.')
    uc.setValue('user', exception.getValue('user'))
    uc.setValue('active', true)
    uc.setValue('match_all', false)
    uc.setValue('advanced', false)
    const criterion = uc.insert() || ''
    if (!criterion) return ''
    // An item no criterion restricts any more is everyone's: a lone personal row would hide it from all
    // others. The criterion is kept, so the availability sync adds the row if personas restrict it again.
    const restricted = new GlideRecord(AVAILABLE_FOR)
    restricted.addQuery('sc_cat_item', exception.getValue('catalog_item'))
    restricted.setLimit(1)
    restricted.query()
    if (!restricted.hasNext()) return criterion
    const row = new GlideRecord(AVAILABLE_FOR)
    row.initialize()
    row.setValue('sc_cat_item', exception.getValue('catalog_item'))
    row.setValue('user_criteria', criterion)
    row.insert()
    return criterion
}

/** After the manager decided (the approval rule): grant with an expiry, or record the rejection. */
export function decideException(approval: GlideRecord): void {
    const decision = decisionOf(approval)
    if (!decision) return
    const exception = new GlideRecord(EXCEPTION)
    if (!exception.get(decision.documentId) || exception.getValue('state') !== 'requested') return
    releaseOtherApprovals(approval)
    const now = new GlideDateTime()
    exception.setValue('decided_by', decision.approverId)
    exception.setValue('decided_on', now.getValue())
    exception.setValue('decision_comment', decision.comment.slice(0, 1000))
    if (decision.approved) {
        const expires = new GlideDateTime()
        expires.addDaysUTC(Number(exception.getValue('duration_days')) || exceptionDays())
        exception.setValue('user_criteria', grant(exception))
        exception.setValue('expires_on', expires.getValue())
        exception.setValue('state', 'granted')
    } else exception.setValue('state', 'rejected')
    exception.update()
}

/** Granted exceptions' criteria per item, for the availability sync (their rows are the app's too). */
export function grantedCriteriaByItem(itemIds: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>()
    if (!itemIds.length) return out
    const gr = new GlideRecord(EXCEPTION)
    gr.addQuery('state', 'granted')
    gr.addQuery('catalog_item', 'IN', itemIds.join(','))
    gr.query()
    while (gr.next()) {
        const item = gr.getValue('catalog_item') || ''
        const criterion = gr.getValue('user_criteria') || ''
        if (!criterion) continue
        const list = out.get(item) || []
        list.push(criterion)
        out.set(item, list)
    }
    return out
}
