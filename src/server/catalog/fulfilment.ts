import { gs, GlideRecord } from '@servicenow/glide'
import { ITEM_DISPLAY_FIELD } from './display-names.ts'
import { isPersonaService } from './requested-item.ts'

/*
 * Fulfilment of persona services (issue 17, item 6), the app's own small "workflow" on the
 * platform's records: an approved requested item gets one Catalog Task [sc_task] ("Catalog tasks
 * are used to source items and fulfill requests"; "If a request requires approval, a catalog task
 * is created automatically when the request is approved. If a request doesn't require approval, a
 * catalog task is created automatically when the request is created", View and edit a catalog task).
 * When every task of the item closes the item closes (its stage Completed) and the requester gets
 * the completion email with a feedback link; when every item closes the request closes.
 */

export const ORDER_CONFIRMED_EVENT = 'x_psm_persona.order.confirmed'
export const ITEM_FULFILLED_EVENT = 'x_psm_persona.item.fulfilled'

const CLOSED_STATES = ['3', '4', '7']
const STATE = { open: '1', workInProgress: '2', closedComplete: '3', closedIncomplete: '4' } as const

/**
 * Starts an approved item's fulfilment: its one task, the item in progress, the request approved.
 * `request`: the item's request when the caller has it read already.
 */
function startFulfilment(ritm: GlideRecord, request?: GlideRecord | null): void {
    const existing = new GlideRecord('sc_task')
    existing.addQuery('request_item', ritm.getUniqueValue())
    existing.setLimit(1)
    existing.query()
    if (existing.hasNext()) return
    // The item read once: its name (what getDisplayValue('cat_item') shows) and its fulfilment group.
    const item = new GlideRecord('sc_cat_item')
    const hasItem = item.get(ritm.getValue('cat_item') || '')
    const task = new GlideRecord('sc_task')
    task.initialize()
    task.setValue('request_item', ritm.getUniqueValue())
    task.setValue('request', ritm.getValue('request') || '')
    task.setValue('short_description', `Fulfil ${hasItem ? item.getDisplayValue(ITEM_DISPLAY_FIELD) : ''} for ${ritm.getDisplayValue('requested_for')}`)
    task.setValue('sc_catalog', ritm.getValue('sc_catalog') || '')
    if (hasItem && item.getValue('group')) task.setValue('assignment_group', item.getValue('group') || '')
    task.insert()
    ritm.setValue('state', STATE.workInProgress)
    ritm.setValue('stage', 'fulfillment')
    ritm.update()
    let req = request
    if (!req) {
        req = new GlideRecord('sc_request')
        if (!req.get(ritm.getValue('request') || '')) return
    }
    if (req.getValue('request_state') === 'requested') {
        req.setValue('request_state', 'in_process')
        req.setValue('stage', 'fulfillment')
        req.update()
    }
}

/** What an item's request holds: its items' one-time total, and what its other items say of being persona services. */
interface RequestItems {
    /** The items' one-time prices (the items record the price the user saw), rounded to cents. */
    total: number
    /** The catalog items of the request's other items that recorded a price shown (priced by personaRecurringCost). */
    othersPriced: string[]
    /** Whether one of the other items recorded its persona: personaRecurringCost found that persona's offering of it. */
    otherOffered: boolean
}

/** The request's items in one query (the price and the confirmation both need them). */
function requestItems(requestId: string, ritmId: string): RequestItems {
    const items = new GlideRecord('sc_req_item')
    items.addQuery('request', requestId)
    items.query()
    let total = 0
    const othersPriced: string[] = []
    let otherOffered = false
    while (items.next()) {
        total += (Number(items.getValue('price')) || 0) * (Number(items.getValue('quantity')) || 1)
        if (items.getUniqueValue() === ritmId) continue
        if (items.getValue('x_psm_persona_price_shown') && items.getValue('cat_item')) othersPriced.push(items.getValue('cat_item') || '')
        if (items.getValue('x_psm_persona_persona')) otherOffered = true
    }
    return { total: Math.round(total * 100) / 100, othersPriced, otherOffered }
}

/** Whether this is the request's first persona service (the confirmation goes out once per request). */
function firstPersonaItem(siblings: RequestItems): boolean {
    // An item that recorded its persona is a persona service (its persona offers it): no need to ask.
    if (siblings.otherOffered) return false
    const othersPriced = siblings.othersPriced
    if (!othersPriced.length) return true
    // One question for all of them: does any persona offer one of the other items?
    const offered = new GlideRecord('x_psm_persona_offering')
    offered.addQuery('catalog_item', 'IN', othersPriced.join(','))
    offered.setLimit(1)
    offered.query()
    return !offered.hasNext()
}

/**
 * After insert of a requested item: the request's price follows its items; the manager's approval,
 * or the fulfilment task; the order confirmation once per request.
 */
export function requestedItemInserted(current: GlideRecord, _previous: GlideRecord | null): void {
    // An item that recorded its persona is one that persona offers (personaRecurringCost found the offering
    // before the insert): a persona service without asking again; any other item is asked about.
    if (!current.getValue('x_psm_persona_persona') && !isPersonaService(current.getValue('cat_item') || '')) return
    const ritmId = current.getUniqueValue()
    const request = new GlideRecord('sc_request')
    const requestId = current.getValue('request') || ''
    const hasRequest = !!requestId && request.get(requestId)
    const siblings = hasRequest ? requestItems(requestId, ritmId) : null
    // The request's price: its items' one-time prices.
    if (siblings && Number(request.getValue('price') || 0) !== siblings.total) {
        request.setValue('price', siblings.total)
        request.update()
    }
    // The item is read (as a record of its own, `current` is not updated in an after rule) only to be updated:
    // when its fulfilment starts. Asking the manager only reads it, and `current` holds what was just inserted.
    const approval = current.getValue('approval')
    if (approval === 'requested') askManager(current)
    else if (approval === 'approved') {
        const ritm = new GlideRecord('sc_req_item')
        if (ritm.get(ritmId)) startFulfilment(ritm, hasRequest ? request : null)
    }
    if (siblings && firstPersonaItem(siblings)) gs.eventQueue(ORDER_CONFIRMED_EVENT, request, current.getValue('requested_for') || '', '')
}

function askManager(ritm: GlideRecord): void {
    const user = new GlideRecord('sys_user')
    const manager = user.get(ritm.getValue('requested_for') || '') ? user.getValue('manager') || '' : ''
    if (!manager) return
    const approval = new GlideRecord('sysapproval_approver')
    approval.initialize()
    approval.setValue('approver', manager)
    approval.setValue('sysapproval', ritm.getUniqueValue())
    approval.setValue('source_table', 'sc_req_item')
    approval.setValue('document_id', ritm.getUniqueValue())
    approval.setValue('state', 'requested')
    approval.insert()
}

/** After update of an approval of a requested persona service: approved starts fulfilment; rejected closes the item. */
export function itemApprovalDecided(current: GlideRecord, _previous: GlideRecord | null): void {
    const state = current.getValue('state') || ''
    if (state !== 'approved' && state !== 'rejected') return
    const ritm = new GlideRecord('sc_req_item')
    if (!ritm.get(current.getValue('sysapproval') || '') || ritm.getValue('approval') !== 'requested') return
    if (!isPersonaService(ritm.getValue('cat_item') || '')) return
    ritm.setValue('approval', state)
    if (state === 'approved') {
        ritm.update()
        startFulfilment(ritm)
        return
    }
    ritm.setValue('state', STATE.closedIncomplete)
    ritm.setValue('stage', 'Request Cancelled')
    ritm.setValue('active', false)
    ritm.update()
    closeRequestIfDone(ritm.getValue('request') || '')
}

/** After update of a catalog task that closed: the item closes once all its tasks are closed. */
export function catalogTaskClosed(current: GlideRecord, _previous: GlideRecord | null): void {
    // Closed: a closed state (Closed Complete, Incomplete, Skipped), or made inactive.
    if (current.getValue('active') === '1' && !CLOSED_STATES.includes(current.getValue('state') || '')) return
    const ritm = new GlideRecord('sc_req_item')
    if (!ritm.get(current.getValue('request_item') || '') || ritm.getValue('active') !== '1') return
    const open = new GlideRecord('sc_task')
    open.addQuery('request_item', ritm.getUniqueValue())
    open.addQuery('active', true)
    open.addQuery('state', 'NOT IN', CLOSED_STATES.join(','))
    open.setLimit(1)
    open.query()
    if (open.hasNext()) return
    const allComplete = !hasTask(ritm.getUniqueValue(), 'state!=3')
    ritm.setValue('state', allComplete ? STATE.closedComplete : STATE.closedIncomplete)
    ritm.setValue('stage', allComplete ? 'complete' : 'Request Cancelled')
    ritm.setValue('active', false)
    ritm.update()
    if (allComplete) gs.eventQueue(ITEM_FULFILLED_EVENT, ritm, ritm.getValue('requested_for') || '', '')
    closeRequestIfDone(ritm.getValue('request') || '')
}

function hasTask(ritmId: string, query: string): boolean {
    const gr = new GlideRecord('sc_task')
    gr.addQuery('request_item', ritmId)
    gr.addEncodedQuery(query)
    gr.setLimit(1)
    gr.query()
    return gr.hasNext()
}

function closeRequestIfDone(requestId: string): void {
    const request = new GlideRecord('sc_request')
    if (!requestId || !request.get(requestId) || request.getValue('active') !== '1') return
    const open = new GlideRecord('sc_req_item')
    open.addQuery('request', requestId)
    open.addQuery('active', true)
    open.setLimit(1)
    open.query()
    if (open.hasNext()) return
    const done = new GlideRecord('sc_req_item')
    done.addQuery('request', requestId)
    done.addQuery('state', STATE.closedComplete)
    done.setLimit(1)
    done.query()
    const complete = done.hasNext()
    request.setValue('request_state', complete ? 'closed_complete' : 'closed_incomplete')
    request.setValue('state', complete ? STATE.closedComplete : STATE.closedIncomplete)
    request.setValue('stage', complete ? 'closed_complete' : 'closed_incomplete')
    request.setValue('active', false)
    request.update()
}
