import { CartJS } from '@servicenow/glide/sn_sc'

/*
 * Ordering from the portal pages: through the Service Catalog's scoped cart API, as a widget does
 * on an instance ("CartJS - orderNow(Map request): Orders a single item ... completes the purchase
 * of the specified item and returns the sys_id of the generated request"). The platform checks the
 * item's user criteria itself; a refusal comes back as a message for the page, never as the item.
 */

export interface OrderOutcome {
    ok: boolean
    requestId: string
    requestNumber: string
    /** Why the order was refused (plain text); '' when it went through. */
    message: string
    /** The item is not available to the user: the page says so and nothing else. */
    hidden: boolean
}

const NOT_AVAILABLE = /not available to you/i

/** Orders the item now for the session user; never throws. */
export function orderItem(itemId: unknown, quantity: unknown): OrderOutcome {
    const id = typeof itemId === 'string' ? itemId : ''
    const qty = typeof quantity === 'number' || typeof quantity === 'string' ? String(quantity) : '1'
    try {
        const result = new CartJS().orderNow({ sysparm_id: id, sysparm_quantity: qty }) as { request_id?: string; request_number?: string; cart_id?: string }
        if (!result || !result.request_id) {
            // Two-step checkout is on: the item waits in the cart.
            return { ok: true, requestId: '', requestNumber: '', message: 'The item was added to your cart.', hidden: false }
        }
        return { ok: true, requestId: String(result.request_id), requestNumber: String(result.request_number || ''), message: '', hidden: false }
    } catch (e) {
        const text = e instanceof Error ? e.message : String(e)
        if (NOT_AVAILABLE.test(text)) return { ok: false, requestId: '', requestNumber: '', message: 'This service is not available to you.', hidden: true }
        return { ok: false, requestId: '', requestNumber: '', message: `The order was not placed: ${text.slice(0, 300)}`, hidden: false }
    }
}
