import { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import { cartWritesOf, type CartWrites } from './cart-writes'
import { addItem, addLine, cartFor, cartJsonOf, cartLines, CartError, checkedAdd, checkout, checkoutSummary, checkoutWithin, DEFAULT_CART, itemNames, platform, quantityOf, twoStep, type CartJson, type CheckedAdd, type OrderJson } from './cart'

/*
 * sn_sc.CartJS, the Service Catalog Scoped API's cart ("CartJS - Scoped": "The CartJS API provides
 * methods that enable you to access a user's shopping cart. This API runs in the sn_sc namespace.
 * The Service Catalog Scoped API plugin (ID: com.glideapp.servicecatalog.scoped.api) ... is
 * required"). Every method acts for the session user on their cart of the given name ("Creates an
 * instance of the CartJS class with the name of a defined cart for the user who is currently logged
 * in"), and every item is checked against its user criteria on the server (cart.ts).
 */

const NAME = /^[\w .-]{1,100}$/


/**
 * The lines of the cart a CartJS holds, as read or as it wrote them, and their items' names: right while
 * no sc_cart_item or sc_cat_item record is written by anything else (or rolled back) and the dictionary
 * (display fields, choice labels) is the one they were read under.
 */
interface HeldLines {
    cartId: string
    lines: GlideRecord[]
    names: Map<string, string>
    /** The catalog items this object read to add lines (addItem checks each), by sys_id: checkout need not read them again. */
    items: Map<string, GlideRecord>
    writes: CartWrites
    lines_seen: number
    items_seen: number
    schema: number
}

/** Whether `line` sorts after every held line in the cart's order (sys_created_on, then order): it can be appended. */
function sortsLast(held: readonly GlideRecord[], line: GlideRecord): boolean {
    const last = held[held.length - 1]
    if (!last) return true
    const a = last.getValue('sys_created_on') ?? ''
    const b = line.getValue('sys_created_on') ?? ''
    if (a !== b) return a < b
    // Equal times: ordered by `order` (an empty one first, as SQLite sorts NULL); equal ones stay in insertion order.
    const x = last.getValue('order')
    const y = line.getValue('order')
    return x === null || x === '' || (y !== null && y !== '' && Number(x) <= Number(y))
}

/** Whether a query of sc_cart_item may run a before-query rule (which may hide lines): lines held are not used then. */
function mayQueryRule(): boolean {
    const ops = runtime().operations
    return ops.hasQueryRules ? ops.hasQueryRules('sc_cart_item') : true
}

/** Roles that may order for someone else (the Request for field). */
// platform-difference: cartjs-request-for-roles
const REQUEST_FOR_ROLES = ['itil', 'catalog_admin', 'catalog_manager']

function canOrderForOthers(): boolean {
    const roles = runtime().session.roles
    return roles.has('admin') || REQUEST_FOR_ROLES.some((r) => roles.has(r))
}

function mapOf(request: unknown, method: string): Record<string, unknown> {
    if (!request || typeof request !== 'object') throw new CartError('invalid', `CartJS.${method}: the request must be an object such as { sysparm_id: '<sc_cat_item sys_id>' }`)
    return request as Record<string, unknown>
}

function text(value: unknown, max = 4000): string {
    return value === undefined || value === null ? '' : String(value).slice(0, max)
}

export class CartJS {
    private readonly cartName: string
    /**
     * The cart this object found, kept while no sc_cart record is written (by anyone, or rolled back) and the
     * session user is the same: a script's calls on one CartJS (set Request for, add items, submit) find the
     * user's cart once, as the platform's cart object holds it, instead of querying sc_cart on every call.
     */
    private found: { userId: string; cart: GlideRecord; writes: CartWrites; seen: number } | null = null
    /**
     * The requested-for user this object last found (checkedRequestedFor), kept while no sys_user record is
     * written (or rolled back): setRequestedFor and submitOrder name the same user, who need not be read twice.
     */
    private checkedUser: { userId: string; writes: CartWrites; seen: number } | null = null
    /** The held cart's lines (see HeldLines), kept only with the cart: another cart (user, or a new one) has its own. */
    private held: HeldLines | null = null

    constructor(cartName?: string) {
        const name = cartName === undefined || cartName === null || cartName === '' ? DEFAULT_CART : String(cartName)
        if (!NAME.test(name)) throw new CartError('invalid', 'CartJS: a cart name is 1-100 letters, digits, spaces, dots, dashes or underscores')
        this.cartName = name
    }

    /** "Specifies if the current user has the required role to edit the Request for field." */
    static canViewRF(): boolean {
        return canOrderForOthers()
    }

    canViewRF(): boolean {
        return canOrderForOthers()
    }

    /** The cart this object holds, while still right (no sc_cart write since, the same session user); else null. */
    private heldCart(): GlideRecord | null {
        const writes = cartWritesOf()
        const f = this.found
        return f && writes && f.writes === writes && f.seen === writes.n && f.userId === runtime().session.userId ? f.cart : null
    }

    private cart(create = true): GlideRecord | null {
        const held = this.heldCart()
        if (held) return held
        const userId = runtime().session.userId
        const writes = cartWritesOf()
        const cart = cartFor(userId, this.cartName, create)
        this.found = cart && writes ? { userId, cart, writes, seen: writes.n } : null
        return cart
    }

    /**
     * Saves the cart this object holds; it stays held only when that save was the one sc_cart write since
     * (a rule writing the cart again, or a refused save, makes the next call read it anew).
     */
    private save(cart: GlideRecord): void {
        const f = this.found
        const before = f && f.cart === cart ? f.writes.n : -1
        const saved = !!cart.update()
        if (f && f.cart === cart) this.found = saved && before >= 0 && f.writes.n === before + 1 ? { ...f, seen: f.writes.n } : null
    }

    private field(name: string, value?: string): string {
        return platform(() => {
            const cart = this.cart(value !== undefined)
            if (!cart) return ''
            if (value === undefined) return cart.getValue(name) ?? ''
            cart.setValue(name, value)
            this.save(cart)
            return value
        })
    }

    /**
     * "Adds the request for a catalog item to the current cart." Returns the cart. All or nothing: a refused add
     * leaves nothing it wrote. Its one write, the line, is all or nothing by itself inside the open transaction
     * (record-ops); a savepoint of the add's own undid besides only a cart it created, what a before-insert rule
     * wrote before aborting the line, and what a criterion script wrote before the item was refused. So with the
     * cart held (none created), no before-insert rule on sc_cart_item, and the checks in a savepoint opened only
     * if they write (Store.joinedWork), the add opens none: two statements less an item. One case differs: a
     * criterion script's write stays when the line then fails all the same (an after rule throws); the platform
     * keeps every write there, having no transaction to roll back.
     */
    addToCart(request: unknown): CartJson {
        const map = mapOf(request, 'addToCart')
        return platform(() => {
            const store = runtime().store
            const cart = this.heldCart()
            if (cart && store.joinable && runtime().operations.hasBeforeInsertRules?.('sc_cart_item') === false) {
                return this.add(cart, store.joinedWork(() => checkedAdd(cart, map)))
            }
            return store.transaction(() => {
                const found = this.cart() as GlideRecord
                return this.add(found, checkedAdd(found, map))
            })
        })
    }

    /** Writes the checked item's line to the cart and returns the cart. */
    private add(cart: GlideRecord, checked: CheckedAdd): CartJson {
        const held = this.heldLines(cart)
        const added = addLine(cart, checked)
        // The line just written joins the lines held (still right before it: heldLines) when it was the one
        // sc_cart_item write since: a rule writing it or another line again, or a rollback, makes the cart read
        // anew. An item or the dictionary written meanwhile is seen by heldLines when the cart is returned.
        const line = added.line
        if (held && held.writes.lines === held.lines_seen + 1 && line.getValue('active') === '1' && sortsLast(held.lines, line)) {
            held.lines.push(line.snapshot())
            held.names.set(added.item.getUniqueValue(), added.item.getDisplayValue())
            held.items.set(added.item.getUniqueValue(), added.item)
            held.lines_seen = held.writes.lines
        } else this.held = null
        return this.json(cart)
    }

    /**
     * The cart's lines and names: those held when still right (heldLines), else read (its lines in one query, their
     * names in another) and held. addToCart returns the cart after every add, and read afresh each add cost two
     * queries whose rows grow with the cart, for lines this object has just written.
     */
    private json(cart: GlideRecord): CartJson {
        const cartId = cart.getUniqueValue()
        const held = this.heldLines(cart)
        if (held) return cartJsonOf(cartId, held.lines, held.names)
        const lines = cartLines(cartId)
        const names = itemNames(lines.map((l) => l.getValue('cat_item') ?? ''))
        const writes = cartWritesOf()
        const store = runtime().store
        this.held = writes ? { cartId, lines, names, items: new Map(), writes, lines_seen: writes.lines, items_seen: writes.items, schema: store.schemaVersion } : null
        return cartJsonOf(cartId, lines, names)
    }

    /** The lines held for this cart, when nothing they show was written since they were read or written. */
    private heldLines(cart: GlideRecord): HeldLines | null {
        const h = this.held
        const writes = cartWritesOf()
        if (!h || !writes || h.writes !== writes || h.cartId !== cart.getUniqueValue()) return null
        if (h.lines_seen !== writes.lines || h.items_seen !== writes.items || h.schema !== runtime().store.schemaVersion) return (this.held = null)
        return h
    }

    /** "Updates an item in the cart": its quantity. */
    updateItem(request: unknown, cartItemId: unknown): CartJson {
        const map = mapOf(request, 'updateItem')
        return platform(() => {
            const cart = this.cart() as GlideRecord
            const line = new GlideRecord('sc_cart_item')
            if (!line.get(text(cartItemId, 64)) || line.getValue('cart') !== cart.getUniqueValue()) throw new CartError('not_found', 'No such item in this cart')
            const item = new GlideRecord('sc_cat_item')
            item.get(line.getValue('cat_item') ?? '')
            line.setValue('quantity', quantityOf(map.sysparm_quantity, item))
            line.update()
            return this.json(cart)
        })
    }

    /**
     * "Orders a single item. If two-step checkout is enabled, the method adds the specified item to
     * the cart and returns the sys_id of the cart. If two-step checkout is disabled, the method
     * completes the purchase of the specified item and returns the sys_id of the generated request."
     * Without two-step checkout the user's cart is left as it was: the item goes through a cart of its own.
     */
    orderNow(request: unknown): { cart_id: string } | OrderJson {
        const map = mapOf(request, 'orderNow')
        return platform(() =>
            runtime().store.transaction(() => {
                if (twoStep()) {
                    const cart = this.cart() as GlideRecord
                    addItem(cart, map)
                    return { cart_id: cart.getUniqueValue() }
                }
                const userId = runtime().session.userId
                const cart = cartFor(userId, `order_now_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`, true) as GlideRecord
                this.applyOrderFields(cart, map, 'sysparm_requested_for')
                addItem(cart, map)
                const order = checkoutWithin(cart)
                cart.deleteRecord()
                return order
            }),
        )
    }

    /** "Performs the cart checkout": the order summary with two-step checkout, else the generated request. */
    checkoutCart(): OrderJson | Record<string, unknown> {
        return platform(() => {
            const cart = this.cart() as GlideRecord
            return twoStep() ? checkoutSummary(cart) : checkout(cart)
        })
    }

    /** "Updates special instructions, requested for, and delivery address from the request parameter and performs the cart checkout." */
    submitOrder(request: unknown): OrderJson {
        const map = request === undefined || request === null ? {} : mapOf(request, 'submitOrder')
        return platform(() =>
            runtime().store.transaction(() => {
                const cart = this.cart() as GlideRecord
                this.applyOrderFields(cart, map, 'requested_for')
                // The lines (and their items) this object read or wrote, when nothing has written any since: what
                // checkout would read again. Checkout still checks every item against the user's criteria.
                const held = this.heldLines(cart)
                return checkoutWithin(cart, held && !mayQueryRule() ? held : undefined)
            }),
        )
    }

    /** Missing parameters take their defaults: the session user, no instructions, no address. */
    private applyOrderFields(cart: GlideRecord, map: Record<string, unknown>, requestedForKey: string): void {
        const userId = runtime().session.userId
        const requestedFor = text(map[requestedForKey], 64) || userId
        cart.setValue('requested_for', this.checkedRequestedFor(requestedFor))
        cart.setValue('special_instructions', text(map.special_instructions))
        cart.setValue('delivery_address', text(map.delivery_address))
        this.save(cart)
    }

    private checkedRequestedFor(userId: string): string {
        if (userId === runtime().session.userId) return userId
        if (!canOrderForOthers()) throw new CartError('forbidden', 'You may not order for another user (the Request for field needs a catalog fulfiller role)')
        const writes = cartWritesOf()
        const c = this.checkedUser
        if (c && writes && c.writes === writes && c.seen === writes.users && c.userId === userId) return userId
        const user = new GlideRecord('sys_user')
        if (!/^[0-9a-f]{32}$/.test(userId) || !user.get(userId)) throw new CartError('invalid', `No user with sys_id ${userId.slice(0, 64)}`)
        this.checkedUser = writes ? { userId, writes, seen: writes.users } : null
        return userId
    }

    /** "Deletes the current cart." */
    empty(): void {
        platform(() => {
            const cart = this.cart(false)
            if (!cart) return
            const lines = new GlideRecord('sc_cart_item')
            lines.addQuery('cart', cart.getUniqueValue())
            lines.query()
            while (lines.next()) lines.deleteRecord()
            cart.deleteRecord()
        })
    }

    getCartID(): string {
        return platform(() => (this.cart() as GlideRecord).getUniqueValue())
    }

    getCartDetails(): Record<string, string> {
        return platform(() => {
            const cart = this.cart() as GlideRecord
            return {
                sys_id: cart.getUniqueValue(),
                name: cart.getValue('name') ?? '',
                requested_for: cart.getValue('requested_for') ?? '',
                requested_for_display_name: cart.getDisplayValue('requested_for'),
                special_instructions: cart.getValue('special_instructions') ?? '',
                delivery_address: cart.getValue('delivery_address') ?? '',
            }
        })
    }

    /** "Returns a GlideRecord object containing records for items in the current cart." */
    getCartItems(): GlideRecord {
        const cartId = this.getCartID()
        const gr = new GlideRecord('sc_cart_item')
        gr.addQuery('cart', cartId)
        gr.addQuery('active', true)
        gr.orderBy('sys_created_on')
        const writes = cartWritesOf()
        const seen = writes ? { lines: writes.lines, items: writes.items } : null
        platform(() => gr.query())
        // An empty cart is held as read (the order of no lines is no matter): the adds that follow append to it
        // instead of the first one reading the cart's lines and their names back. Not when a query rule may
        // have hidden lines from this query, or something wrote a line or an item while it ran.
        if (writes && seen && !gr.hasNext() && !mayQueryRule() && writes.lines === seen.lines && writes.items === seen.items) {
            this.held = { cartId, lines: [], names: new Map(), items: new Map(), writes, lines_seen: seen.lines, items_seen: seen.items, schema: runtime().store.schemaVersion }
        }
        return gr
    }

    getDeliveryAddress(): string {
        return this.field('delivery_address')
    }

    setDeliveryAddress(address: unknown): void {
        this.field('delivery_address', text(address))
    }

    getSpecialInstructions(): string {
        return this.field('special_instructions')
    }

    setSpecialInstructions(instructions: unknown): void {
        this.field('special_instructions', text(instructions))
    }

    getRequestedFor(): string {
        return this.field('requested_for') || runtime().session.userId
    }

    getRequestedForDisplayName(): string {
        return platform(() => {
            const user = new GlideRecord('sys_user')
            return user.get(this.getRequestedFor()) ? user.getDisplayValue() : ''
        })
    }

    setRequestedFor(userId: unknown): void {
        const id = this.checkedRequestedFor(text(userId, 64))
        this.field('requested_for', id)
    }
}
