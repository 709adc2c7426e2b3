import { gs, GlideRecord } from '@servicenow/glide'
import { DIMENSIONS, type Rankings } from '../persona/dimensions.ts'
import { userCriteriaLoader } from '../persona/user-criteria-api.ts'
import { dimensionRows, rankingsFrom, type DimensionRow, type RawRankings } from './card.ts'
import { monthlyText, parseAmount } from './money.ts'
import { visibilityText, type VisibilityReason } from './visibility-text.ts'

/*
 * What the portal shows a user about their persona and catalog: used by the local portal now and
 * by a Service Portal widget's server script later. Plain data out; the caller renders and escapes.
 */

export interface PersonaRef {
    sysId: string
    name: string
}

export interface PersonaSummary extends PersonaRef {
    description: string
    rankings: Rankings
    /** Base monthly cost of the persona bundle. */
    monthlyCost: number
}

export interface PersonaCard {
    userId: string
    userName: string
    /** null when the user has no persona (or it was deleted). */
    persona: PersonaSummary | null
    /** The user's own rankings from their profile; null when it was never scored. */
    userRankings: Rankings | null
    /** The five axes, persona and user side by side, in the app's order. */
    dimensions: DimensionRow[]
    explanation: string
    /** Distance between the user's rankings and the persona's profile (0 = exact fit). */
    distance: number | null
    runnerUp: PersonaRef | null
    /** How much further the runner-up is. */
    margin: number | null
    /** An administrator pinned the persona; scoring does not change it. */
    locked: boolean
    scoredOn: string
}

export interface PersonaService {
    offeringId: string
    itemId: string
    name: string
    shortDescription: string
    categoryId: string
    category: string
    /** The catalog item's one-off price. */
    price: number
    monthlyCost: number
    /** "$12.00/month". */
    monthlyCostText: string
    /** Provisioned with the persona by default: ready to order. */
    bundled: boolean
    description: string
}

export interface PersonaServices {
    persona: PersonaRef | null
    services: PersonaService[]
    /** Sum of the bundled offerings' monthly costs. */
    bundledMonthlyCost: number
}

function rankingsOf(gr: GlideRecord): Rankings | null {
    const raw: RawRankings = {}
    for (const d of DIMENSIONS) raw[d] = gr.getValue(d)
    return rankingsFrom(raw)
}

function amount(gr: GlideRecord, field: string): number {
    return parseAmount(gr.getValue(field)) ?? 0
}

function nullableAmount(gr: GlideRecord, field: string): number | null {
    return parseAmount(gr.getValue(field))
}

/** The user's persona as sys_user records it (the field user criteria read); null when none. */
function personaOfUser(userId: string): GlideRecord | null {
    const user = new GlideRecord('sys_user')
    if (!userId || !user.get(userId)) return null
    const personaId = user.getValue('x_psm_persona_persona') || ''
    const persona = new GlideRecord('x_psm_persona_persona')
    return personaId && persona.get(personaId) ? persona : null
}

function refOf(gr: GlideRecord, field: string): PersonaRef | null {
    const id = gr.getValue(field) || ''
    return id ? { sysId: id, name: gr.getDisplayValue(field) } : null
}

/** The persona card of a user: their persona, both sets of rankings, and why scoring chose it. */
export function personaCard(userId: string): PersonaCard {
    const user = new GlideRecord('sys_user')
    const known = !!userId && user.get(userId)
    const persona = known ? personaOfUser(userId) : null
    const profile = new GlideRecord('x_psm_persona_profile')
    const hasProfile = known && profile.get('user', userId)
    const personaRankings = persona ? rankingsOf(persona) : null
    const summary: PersonaSummary | null =
        persona && personaRankings
            ? {
                  sysId: persona.getUniqueValue(),
                  name: persona.getValue('name') || '',
                  description: persona.getValue('description') || '',
                  rankings: personaRankings,
                  monthlyCost: amount(persona, 'monthly_cost'),
              }
            : null
    const userRankings = hasProfile ? rankingsOf(profile) : null
    return {
        userId,
        userName: known ? user.getValue('name') || user.getValue('user_name') || '' : '',
        persona: summary,
        userRankings,
        dimensions: dimensionRows(summary ? summary.rankings : null, userRankings),
        explanation: hasProfile ? profile.getValue('explanation') || '' : '',
        distance: hasProfile ? nullableAmount(profile, 'distance') : null,
        runnerUp: hasProfile ? refOf(profile, 'runner_up') : null,
        margin: hasProfile ? nullableAmount(profile, 'margin') : null,
        locked: hasProfile && profile.getValue('locked') === '1',
        scoredOn: hasProfile ? profile.getValue('scored_on') || '' : '',
    }
}

interface ItemFacts {
    name: string
    shortDescription: string
    categoryId: string
    category: string
    price: number
}

function itemFacts(itemIds: readonly string[]): Map<string, ItemFacts> {
    const out = new Map<string, ItemFacts>()
    if (!itemIds.length) return out
    const item = new GlideRecord('sc_cat_item')
    item.addQuery('sys_id', 'IN', itemIds.join(','))
    item.addQuery('active', true)
    item.query()
    while (item.next()) {
        out.set(item.getUniqueValue(), {
            name: item.getValue('name') || '',
            shortDescription: item.getValue('short_description') || '',
            categoryId: item.getValue('category') || '',
            category: item.getDisplayValue('category'),
            price: amount(item, 'price'),
        })
    }
    return out
}

/** The active offerings of the user's persona on active items: bundled first, then by order and name. */
export function personaServices(userId: string): PersonaServices {
    const persona = personaOfUser(userId)
    if (!persona) return { persona: null, services: [], bundledMonthlyCost: 0 }
    const offering = new GlideRecord('x_psm_persona_offering')
    offering.addQuery('persona', persona.getUniqueValue())
    offering.addQuery('active', true)
    offering.orderBy('order')
    offering.query()
    const rows: Array<{ id: string; item: string; cost: number; bundled: boolean; description: string; order: number }> = []
    while (offering.next()) {
        rows.push({
            id: offering.getUniqueValue(),
            item: offering.getValue('catalog_item') || '',
            cost: amount(offering, 'monthly_cost'),
            bundled: offering.getValue('bundled') === '1',
            description: offering.getValue('description') || '',
            order: parseAmount(offering.getValue('order')) ?? 0,
        })
    }
    const facts = itemFacts(rows.map((r) => r.item))
    const services: PersonaService[] = []
    for (const r of rows) {
        const f = facts.get(r.item)
        if (!f) continue
        services.push({
            offeringId: r.id,
            itemId: r.item,
            name: f.name,
            shortDescription: f.shortDescription,
            categoryId: f.categoryId,
            category: f.category,
            price: f.price,
            monthlyCost: r.cost,
            monthlyCostText: monthlyText(r.cost),
            bundled: r.bundled,
            description: r.description,
        })
    }
    const order = new Map(rows.map((r) => [r.id, r.order]))
    services.sort((a, b) => Number(b.bundled) - Number(a.bundled) || (order.get(a.offeringId) ?? 0) - (order.get(b.offeringId) ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    let bundled = 0
    for (const s of services) if (s.bundled) bundled += s.monthlyCost
    return {
        persona: { sysId: persona.getUniqueValue(), name: persona.getValue('name') || '' },
        services,
        bundledMonthlyCost: Math.round(bundled * 100) / 100,
    }
}

function linksOf(table: string, itemIds: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>()
    const gr = new GlideRecord(table)
    gr.addQuery('sc_cat_item', 'IN', itemIds.join(','))
    gr.query()
    while (gr.next()) {
        const item = gr.getValue('sc_cat_item') || ''
        const list = out.get(item) || []
        list.push(gr.getValue('user_criteria') || '')
        out.set(item, list)
    }
    return out
}

/** Whether the user holds the admin role (admins bypass user criteria). */
function isAdmin(userId: string): boolean {
    if (userId === gs.getUserID()) return gs.hasRole('admin')
    const role = new GlideRecord('sys_user_has_role')
    role.addQuery('user', userId)
    role.addQuery('role.name', 'admin')
    role.setLimit(1)
    role.query()
    return role.hasNext()
}

function criteriaNames(ids: readonly string[]): Map<string, string> {
    const names = new Map<string, string>()
    if (!ids.length) return names
    const uc = new GlideRecord('user_criteria')
    uc.addQuery('sys_id', 'IN', ids.join(','))
    uc.query()
    while (uc.next()) names.set(uc.getUniqueValue(), uc.getValue('name') || '')
    return names
}

/**
 * Why the user sees each item, following the platform's rules: Not Available For wins, no
 * Available For criteria means everyone, otherwise a matching criterion grants it, and admins see
 * everything. Every criterion involved is evaluated once for the whole list (scripts are not cached).
 */
export function visibilityReasons(userId: string, itemIds: readonly string[]): Map<string, VisibilityReason> {
    const out = new Map<string, VisibilityReason>()
    const ids = itemIds.filter((id) => !!id)
    if (!ids.length) return out
    const available = linksOf('sc_cat_item_user_criteria_mtom', ids)
    const excluded = linksOf('sc_cat_item_user_criteria_no_mtom', ids)
    const involved: string[] = []
    const note = (list: string[] | undefined) => {
        if (list) for (const c of list) if (c && involved.indexOf(c) < 0) involved.push(c)
    }
    ids.forEach((id) => {
        note(available.get(id))
        note(excluded.get(id))
    })
    // Without the User Criteria Scoped API no criterion can be evaluated: none counts as matched.
    const loader = involved.length ? userCriteriaLoader() : null
    const matched = new Set<string>(loader ? loader.getMatchingCriteria(userId, involved) : [])
    const admin = isAdmin(userId)
    const persona = personaOfUser(userId)
    const personaCriterion = persona ? persona.getValue('user_criteria') || '' : ''
    const offers = new Map<string, { cost: number; bundled: boolean }>()
    if (persona) {
        const offering = new GlideRecord('x_psm_persona_offering')
        offering.addQuery('persona', persona.getUniqueValue())
        offering.addQuery('catalog_item', 'IN', ids.join(','))
        offering.addQuery('active', true)
        offering.query()
        while (offering.next()) {
            offers.set(offering.getValue('catalog_item') || '', { cost: amount(offering, 'monthly_cost'), bundled: offering.getValue('bundled') === '1' })
        }
    }
    const names = criteriaNames(involved)
    for (const id of ids) {
        const denied = (excluded.get(id) || []).some((c) => matched.has(c))
        const grants = (available.get(id) || []).filter((c) => matched.has(c))
        const offer = offers.get(id)
        let reason: VisibilityReason
        if (denied) reason = admin ? { kind: 'admin' } : { kind: 'hidden' }
        else if (!available.has(id)) reason = { kind: 'everyone' }
        else if (offer && persona && grants.indexOf(personaCriterion) >= 0) {
            reason = { kind: 'offered', persona: persona.getValue('name') || '', monthlyCost: offer.cost, bundled: offer.bundled }
        } else if (grants.length) reason = { kind: 'criteria', names: grants.map((c) => names.get(c) || '').filter((n) => n !== '') }
        else reason = admin ? { kind: 'admin' } : { kind: 'hidden' }
        out.set(id, reason)
    }
    return out
}

/** The "why you see this" sentence for each item, keyed by item sys_id. */
export function whyVisibleAll(userId: string, itemIds: readonly string[]): { [itemId: string]: string } {
    const out: { [itemId: string]: string } = {}
    visibilityReasons(userId, itemIds).forEach((reason, id) => (out[id] = visibilityText(reason)))
    return out
}

/** "Offered to Telecommuters at $12.00/month", "Available to everyone", …: why the user sees the item. */
export function whyVisible(userId: string, itemId: string): string {
    const reason = visibilityReasons(userId, [itemId]).get(itemId)
    return visibilityText(reason || { kind: 'hidden' })
}
