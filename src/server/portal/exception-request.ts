import { gs, GlideRecord } from '@servicenow/glide'
import { requestException, EXCEPTION, type CanView, type ExceptionOutcome } from '../catalog/exceptions.ts'

/*
 * The portal's "Request a service outside my persona" (widget PSM Service Exception, on psm_item and
 * psm_catalog). The offer appears on an item page the user may not see, named only "the service you
 * opened", and under a search, named by the words the user typed; the form asks why. The user's own
 * requests are listed, each named by what the user gave, the item's name only once it is granted.
 */

export interface ExceptionOffer {
    /** The item page's sys_id, or '' when the offer comes from a search. */
    itemId: string
    searchText: string
    /** How the page names the service to the user. */
    named: string
}

export interface MyException {
    named: string
    state: string
    stateLabel: string
    expiresOn: string
    itemId: string
}

export interface ExceptionWidgetData {
    offer: ExceptionOffer | null
    mine: MyException[]
}

const SYS_ID = /^[0-9a-f]{32}$/

/** The offer for this page: an item the user may not see, or a search; null otherwise. */
export function exceptionOffer(itemParam: unknown, searchParam: unknown, canView: CanView): ExceptionOffer | null {
    const itemId = String(itemParam || '').trim()
    if (itemId) {
        if (!SYS_ID.test(itemId)) return null
        const item = new GlideRecord('sc_cat_item')
        if (!item.get(itemId) || item.getValue('active') !== '1' || canView(item)) return null
        return { itemId, searchText: '', named: 'the service you opened' }
    }
    const text = String(searchParam || '').replace(/\s+/g, ' ').trim().slice(0, 200)
    return text ? { itemId: '', searchText: text, named: `a service matching "${text}"` } : null
}

/** The session user's requests, newest first (at most 20). */
export function myExceptions(canView: CanView): MyException[] {
    const gr = new GlideRecord(EXCEPTION)
    gr.addQuery('user', gs.getUserID())
    gr.orderByDesc('sys_created_on')
    gr.setLimit(20)
    gr.query()
    const out: MyException[] = []
    while (gr.next()) {
        const state = gr.getValue('state') || ''
        const text = gr.getValue('requested_text') || ''
        // The item is named once the user may see it (granted and visible); before, only by their own words.
        const item = new GlideRecord('sc_cat_item')
        // psm-allow-query-in-loop: at most 20 of the user's own requests, one item each
        const visible = state === 'granted' && item.get(gr.getValue('catalog_item') || '') && canView(item)
        out.push({
            named: visible ? item.getValue('name') || '' : text ? `"${text}"` : 'a service you opened',
            state,
            stateLabel: gr.getDisplayValue('state'),
            expiresOn: state === 'granted' ? (gr.getValue('expires_on') || '').slice(0, 10) : '',
            itemId: visible ? item.getUniqueValue() : '',
        })
    }
    return out
}

export function exceptionWidget(itemParam: unknown, searchParam: unknown, canView: CanView): ExceptionWidgetData {
    return { offer: exceptionOffer(itemParam, searchParam, canView), mine: myExceptions(canView) }
}

/** The form's submission: the input as the client sent it. */
export function submitException(input: { sys_id?: unknown; q?: unknown; justification?: unknown }, canView: CanView): ExceptionOutcome {
    return requestException({ itemId: String(input.sys_id || ''), searchText: String(input.q || ''), justification: String(input.justification || '') }, canView)
}
