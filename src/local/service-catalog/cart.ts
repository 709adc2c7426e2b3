import { GlideRecord } from '../glide/GlideRecord'
import { asPlatform, inScript, runtime } from '../glide/runtime'
import { cartWritesOf, type CartWrites } from './cart-writes'
import { amountOf, checkQuantity, priceText } from './text'

/*
 * The Service Catalog's cart, as CartJS (cart-js.ts) and the REST order_now (catalog-service.ts)
 * use it: a named cart per user in sc_cart, its items in sc_cart_item, and checkout turning the
 * cart into one sc_request with one sc_req_item per cart item, in one transaction.
 *
 * Availability is the server's decision at every step ("Available For / Not Available For user
 * criteria ... determine who can view and order a catalog item", Service Catalog, user criteria):
 * an item the session user may not see is refused when added and again at checkout (criteria may
 * have changed in between), whatever a page showed. Refusals name no item: its name is itself
 * something the user may not see.
 *
 * The platform's cart is its own code, not a script: the records are written as the platform
 * (asPlatform), whatever scope the calling widget runs in, with the session user as who acted.
 */

export const DEFAULT_CART = 'DEFAULT'
/** "Two-step checkout": orderNow and checkoutCart stop at the cart / its summary when it is true. */
export const TWO_STEP_PROPERTY = 'glide.sc.checkout.twostep'

const SYS_ID = /^[0-9a-f]{32}$/

/** Why the cart refused a call; scripts see it as an Error with this message. */
export class CartError extends Error {
    constructor(
        readonly code: 'not_found' | 'forbidden' | 'invalid' | 'refused',
        message: string,
    ) {
        super(message)
        this.name = 'CartError'
    }
}

export const NOT_AVAILABLE = 'The catalog item is not available to you: its user criteria do not include you, so it can be neither viewed nor ordered.'

export interface CartItemJson {
    cart_item_id: string
    catalog_item_id: string
    item_name: string
    quantity: string
    price: string
    localized_price: string
    recurring_price: string
    localized_recurring_price: string
    recurring_frequency: string
}

export interface CartJson {
    cart_id: string
    subtotal: string
    items: CartItemJson[]
}

export interface OrderJson {
    request_id: string
    request_number: string
}

function sessionUser(): string {
    return runtime().session.userId
}

/**
 * An active item that may be ordered for `forUser` (the session user unless the order is for someone
 * else), or the refusal. Ordering for another user checks that user's access: "You can submit the
 * request for a user based on access to a catalog item" (Service Catalog, Requested for; the item's
 * Access Type defaults to restricted: only for users who have access).
 */
export function orderableItem(itemId: unknown, forUser: string = sessionUser(), visible?: ReadonlySet<string>): GlideRecord {
    const id = typeof itemId === 'string' ? itemId.trim() : ''
    return checkedItem(id, SYS_ID.test(id) ? catalogItem(id) : null, forUser, visible)
}

/** Catalog items the cart read by sys_id, per instance, and the sc_cat_item writes and dictionary they were read under. */
const itemReads = new WeakMap<CartWrites, { items: number; schema: number; byId: Map<string, GlideRecord> }>()
const MAX_ITEM_READS = 1000

/**
 * The catalog item, as a read by sys_id gives it (null: none). Every order reads its items to check them, and
 * a provisioning run orders the same few bundled items for user after user: the rows read are kept (each
 * caller gets a copy of its own) while no record of sc_cat_item or a table extending it is written or rolled
 * back and the dictionary is the same. Only as the platform reads them (the cart's own code, not a script
 * subject to its scope's access) and with no before-query rule on sc_cat_item (one may hide an item from
 * some sessions): read each time otherwise.
 */
function catalogItem(id: string): GlideRecord | null {
    const writes = cartWritesOf()
    const store = runtime().store
    const ops = runtime().operations
    const keep = !!writes && !inScript() && ops.hasQueryRules?.('sc_cat_item') === false
    let kept = keep && writes ? itemReads.get(writes) : undefined
    if (keep && writes && (!kept || kept.items !== writes.items || kept.schema !== store.schemaVersion)) {
        itemReads.set(writes, (kept = { items: writes.items, schema: store.schemaVersion, byId: new Map() }))
    }
    const hit = kept?.byId.get(id)
    if (hit) return hit.snapshot()
    const item = new GlideRecord('sc_cat_item')
    if (!item.get(id)) return null
    // Kept only when nothing wrote an item while it was read (a before-query rule's write, say).
    if (kept && writes && kept.items === writes.items && kept.schema === store.schemaVersion) {
        if (kept.byId.size >= MAX_ITEM_READS) kept.byId.clear()
        kept.byId.set(id, item.snapshot())
    }
    return item
}

/** The checks of orderableItem on an item read already (null: no such item). */
function checkedItem(id: string, item: GlideRecord | null, forUser: string, visible?: ReadonlySet<string>): GlideRecord {
    if (!item || item.getValue('active') !== '1') {
        throw new CartError('not_found', `No active catalog item with sys_id ${id.slice(0, 64) || '(none)'}`)
    }
    const allowed = visible ? visible.has(id) : runtime().userCriteria.canSeeItem(forUser || sessionUser(), id)
    if (!allowed) throw new CartError('forbidden', NOT_AVAILABLE)
    if (item.getValue('no_order') === '1') throw new CartError('refused', 'This catalog item cannot be ordered (No order is set)')
    return item
}

/**
 * orderableItem for each of `itemIds`, in order (the first refusal is thrown), the items read in one
 * query: checkout checks every line of the cart, and reading them one by one cost a read per line.
 * `known`: items the caller read already and that are still as read (no sc_cat_item write since): not read again.
 */
export function orderableItems(itemIds: readonly string[], forUser: string, visible: ReadonlySet<string>, known?: ReadonlyMap<string, GlideRecord>): GlideRecord[] {
    const found = new Map<string, GlideRecord>(known ?? [])
    const wanted = [...new Set(itemIds.filter((id) => SYS_ID.test(id) && !found.has(id)))]
    if (wanted.length) {
        const gr = new GlideRecord('sc_cat_item')
        gr.addQuery('sys_id', 'IN', wanted.join(','))
        gr.query()
        while (gr.next()) found.set(gr.getUniqueValue(), gr.snapshot())
    }
    return itemIds.map((id) => checkedItem(id, found.get(id) ?? null, forUser, visible))
}

/** sysparm_quantity: 1 when absent; a whole number 1-99 otherwise; items with No quantity take 1 only. */
export function quantityOf(raw: unknown, item: GlideRecord): number {
    const check = checkQuantity(raw)
    if (!check.ok) throw new CartError('invalid', check.message)
    if (item.getValue('no_quantity') === '1' && check.quantity !== 1) throw new CartError('invalid', 'This catalog item is ordered one at a time (No quantity is set)')
    return check.quantity
}

/** The user's cart of that name: found, or created on first use (as the platform does). */
export function cartFor(userId: string, name: string, create: boolean): GlideRecord | null {
    const cart = new GlideRecord('sc_cart')
    cart.addQuery('user', userId)
    cart.addQuery('name', name)
    cart.setLimit(1)
    cart.query()
    if (cart.next()) return cart
    if (!create) return null
    cart.initialize()
    cart.setValue('name', name)
    cart.setValue('user', userId)
    cart.setValue('requested_for', userId)
    const id = cart.insert()
    if (!id) throw refused('sc_cart')
    return cart
}

function refused(table: string): CartError {
    const refusal = runtime().operations as { lastRefusal?: { message?: string } }
    return new CartError('refused', `The ${table} record was refused: ${refusal.lastRefusal?.message ?? 'a business rule aborted it'}`)
}

function cartItems(cartId: string): GlideRecord {
    const gr = new GlideRecord('sc_cart_item')
    gr.addQuery('cart', cartId)
    gr.addQuery('active', true)
    gr.orderBy('sys_created_on')
    gr.orderBy('order')
    gr.query()
    return gr
}

/** A line just added to a cart: the sc_cart_item as written, and the catalog item it orders (read to check it). */
export interface AddedLine {
    line: GlideRecord
    item: GlideRecord
}

/** An item checked for a cart (orderableItem) and the quantity asked for it (quantityOf): what addLine writes. */
export interface CheckedAdd {
    item: GlideRecord
    quantity: number
}

/** addItem's checks, which write nothing of their own: the item may be ordered for the cart's requested-for user, in that quantity. */
export function checkedAdd(cart: GlideRecord, request: Record<string, unknown>): CheckedAdd {
    const item = orderableItem(request.sysparm_id, cart.getValue('requested_for') || sessionUser())
    return { item, quantity: quantityOf(request.sysparm_quantity, item) }
}

/** Adds one item to the cart (a new cart item each time, as the platform does). */
export function addItem(cart: GlideRecord, request: Record<string, unknown>): AddedLine {
    return addLine(cart, checkedAdd(cart, request))
}

/** addItem's one write: the cart line of an item checked already. */
export function addLine(cart: GlideRecord, { item, quantity }: CheckedAdd): AddedLine {
    const line = new GlideRecord('sc_cart_item')
    line.initialize()
    line.setValue('cart', cart.getUniqueValue())
    line.setValue('cat_item', item.getUniqueValue())
    line.setValue('quantity', quantity)
    line.setValue('price', amountOf(item.getValue('price')))
    line.setValue('recurring_price', amountOf(item.getValue('recurring_price')))
    const frequency = item.getValue('recurring_frequency') ?? ''
    if (frequency) line.setValue('recurring_frequency', frequency)
    if (!line.insert()) throw refused('sc_cart_item')
    return { line, item }
}

/** Catalog items' display values by sys_id, in one query (a sys_id with no item is absent). */
export function itemNames(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>()
    const wanted = [...new Set(ids.filter((id) => SYS_ID.test(id)))]
    if (!wanted.length) return out
    const gr = new GlideRecord('sc_cat_item')
    gr.addQuery('sys_id', 'IN', wanted.join(','))
    gr.query()
    while (gr.next()) out.set(gr.getUniqueValue(), gr.getDisplayValue())
    return out
}

/** The cart's active lines as they are read (snapshots), in the cart's order. */
export function cartLines(cartId: string): GlideRecord[] {
    const gr = cartItems(cartId)
    const lines: GlideRecord[] = []
    while (gr.next()) lines.push(gr.snapshot())
    return lines
}

/** The cart as addToCart and updateItem return it. */
export function cartJson(cart: GlideRecord): CartJson {
    const lines = cartLines(cart.getUniqueValue())
    // The items' names (each line's cat_item display value) in one read: the cart is returned after
    // every addToCart, so reading them line by line cost a read per line per add.
    return cartJsonOf(cart.getUniqueValue(), lines, itemNames(lines.map((l) => l.getValue('cat_item') ?? '')))
}

/** The cart's JSON from its lines (in the cart's order) and their items' names (a missing name is ''). */
export function cartJsonOf(cartId: string, lines: readonly GlideRecord[], names: ReadonlyMap<string, string>): CartJson {
    const items: CartItemJson[] = []
    let subtotal = 0
    for (const line of lines) {
        const quantity = Number(line.getValue('quantity') ?? 1) || 1
        const price = amountOf(line.getValue('price'))
        const recurring = amountOf(line.getValue('recurring_price'))
        subtotal += price * quantity
        items.push({
            cart_item_id: line.getUniqueValue(),
            catalog_item_id: line.getValue('cat_item') ?? '',
            item_name: names.get(line.getValue('cat_item') ?? '') ?? '',
            quantity: String(quantity),
            price: priceText(price),
            localized_price: priceText(price),
            recurring_price: priceText(recurring),
            localized_recurring_price: priceText(recurring),
            recurring_frequency: line.getDisplayValue('recurring_frequency'),
        })
    }
    return { cart_id: cartId, subtotal: priceText(subtotal), items }
}

/**
 * Checkout: one sc_request for the cart's requested-for user, one sc_req_item per cart item, the
 * cart emptied; all or nothing (a refusal rolls every record back). Each item is checked again.
 */
export function checkout(cart: GlideRecord): OrderJson {
    return runtime().store.transaction(() => checkoutWithin(cart))
}

/**
 * A cart's active lines in the cart's order, and catalog items among theirs, as a CartJS holds them: exactly
 * what checkout would read (the caller holds them only while no sc_cart_item or sc_cat_item record was written
 * since they were read or written, under the same dictionary, with no query rule on sc_cart_item).
 */
export interface HeldCart {
    lines: readonly GlideRecord[]
    items: ReadonlyMap<string, GlideRecord>
}

/**
 * checkout's work, for a caller that runs it inside a transaction of its own already (submitOrder,
 * orderNow): a refusal throws through that transaction and rolls everything back with it, so a
 * savepoint of checkout's own would only be opened and released for nothing.
 */
export function checkoutWithin(cart: GlideRecord, held?: HeldCart): OrderJson {
    const snapshots: GlideRecord[] = held ? [...held.lines] : []
    if (!held) {
        const lines = cartItems(cart.getUniqueValue())
        while (lines.next()) snapshots.push(lines.snapshot())
    }
    const forUser = cart.getValue('requested_for') || sessionUser()
    // The whole cart is checked in one evaluation: the checkout is one request, and a criterion's
    // script is evaluated once per user for it, whatever number of items share the criterion.
    const visible = runtime().userCriteria.visibleItems(
        forUser,
        snapshots.map((l) => l.getValue('cat_item') ?? ''),
    )
    const items = orderableItems(
        snapshots.map((l) => l.getValue('cat_item') ?? ''),
        forUser,
        visible,
        held?.items,
    )
    const rows = snapshots.map((line, i) => ({ line, item: items[i], quantity: Number(line.getValue('quantity') ?? 1) || 1 }))
    if (!rows.length) throw new CartError('invalid', 'The cart is empty: add an item before checking out')
    const userId = sessionUser()
    const requestedFor = cart.getValue('requested_for') || userId
    let total = 0
    for (const r of rows) total += amountOf(r.line.getValue('price')) * r.quantity
    const request = new GlideRecord('sc_request')
    request.initialize()
    request.setValue('requested_for', requestedFor)
    request.setValue('opened_by', userId)
    const first = rows[0].item.getValue('name') ?? ''
    request.setValue('short_description', rows.length === 1 && rows[0].quantity === 1 ? first : rows.length === 1 ? `${rows[0].quantity} x ${first}` : `${rows.length} items`)
    request.setValue('price', Math.round(total * 100) / 100)
    request.setValue('special_instructions', cart.getValue('special_instructions') ?? '')
    request.setValue('delivery_address', cart.getValue('delivery_address') ?? '')
    const requestId = request.insert()
    if (!requestId) throw refused('sc_request')
    for (const r of rows) {
        const ritm = new GlideRecord('sc_req_item')
        ritm.initialize()
        ritm.setValue('request', requestId)
        ritm.setValue('cat_item', r.item.getUniqueValue())
        const catalog = (r.item.getValue('sc_catalogs') ?? '').split(',')[0]
        if (catalog) ritm.setValue('sc_catalog', catalog)
        ritm.setValue('quantity', r.quantity)
        ritm.setValue('price', amountOf(r.line.getValue('price')))
        ritm.setValue('recurring_price', amountOf(r.line.getValue('recurring_price')))
        const frequency = r.line.getValue('recurring_frequency') ?? ''
        if (frequency) ritm.setValue('recurring_frequency', frequency)
        ritm.setValue('requested_for', requestedFor)
        ritm.setValue('opened_by', userId)
        ritm.setValue('short_description', r.item.getValue('name') ?? '')
        if (!ritm.insert()) throw refused('sc_req_item')
    }
    // "Once the cart is submitted, the cart items are removed": the cart itself stays for the next order.
    for (const r of rows) r.line.deleteRecord()
    return { request_id: requestId, request_number: request.getValue('number') ?? '' }
}

/** The two-step checkout summary (checkoutCart with glide.sc.checkout.twostep true). */
export function checkoutSummary(cart: GlideRecord): Record<string, unknown> {
    const json = cartJson(cart)
    return {
        cart_id: json.cart_id,
        subtotal_price: json.subtotal,
        delivery_address: cart.getValue('delivery_address') ?? '',
        special_instructions: cart.getValue('special_instructions') ?? '',
        total_title: 'Total',
        requested_for: cart.getValue('requested_for') ?? '',
        requested_for_user: cart.getDisplayValue('requested_for'),
        items: json.items,
    }
}

export function twoStep(): boolean {
    return (runtime().properties.get(TWO_STEP_PROPERTY) ?? 'false') === 'true'
}

/** Runs the cart's work as the platform (not subject to the calling script's cross-scope rules). */
export function platform<T>(fn: () => T): T {
    return asPlatform(fn)
}
