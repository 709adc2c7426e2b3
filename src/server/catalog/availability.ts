import { GlideRecord } from '@servicenow/glide'
import { AVAILABLE_FOR } from './available-for.ts'
import { APP_SCOPE, criteriaDescription, criteriaName, criteriaScript } from './criteria-text.ts'
import { grantedCriteriaByItem } from './exceptions.ts'

/*
 * Keeps each catalog item's Available For list (sc_cat_item_user_criteria_mtom) in step with the
 * persona offerings: an item with at least one active offering is available exactly to the criteria
 * of the personas offering it; an item with none carries no persona rows, so it is visible to
 * everyone (platform semantics: no Available For criteria means no restriction).
 * The rows the app manages are those whose criterion is some persona's `user_criteria`; any other
 * row (an admin's own criteria on the item) is never touched.
 */

const PERSONA = 'x_psm_persona_persona'
const OFFERING = 'x_psm_persona_offering'

export interface SyncResult {
    added: number
    removed: number
}

/** An existing criterion the app made for this persona earlier (e.g. before the reference was cleared), or ''. */
function findOwnCriterion(personaId: string, personaName: string): string {
    const uc = new GlideRecord('user_criteria')
    uc.addQuery('name', criteriaName(personaName))
    uc.addQuery('script', criteriaScript(personaId))
    uc.setLimit(1)
    uc.query()
    return uc.next() ? uc.getUniqueValue() : ''
}

/**
 * The app's scope record. A record a script inserts takes the session's current application, not
 * the script's, so a criterion made while an administrator works in Global would be Global's, and
 * its script would call x_psm_persona.PersonaCriteria from another scope; it is set explicitly.
 */
function appScopeId(): string {
    const scope = new GlideRecord('sys_scope')
    return scope.get('scope', APP_SCOPE) ? scope.getUniqueValue() : ''
}

function createCriterion(personaId: string, personaName: string): string {
    const uc = new GlideRecord('user_criteria')
    uc.initialize()
    const scope = appScopeId()
    if (scope) uc.setValue('sys_scope', scope)
    uc.setValue('name', criteriaName(personaName))
    uc.setValue('short_description', criteriaDescription(personaName))
    // The record API applies no defaults: an unset active is null and the criterion would be skipped.
    uc.setValue('active', true)
    uc.setValue('match_all', false)
    uc.setValue('advanced', true)
    uc.setValue('script', criteriaScript(personaId))
    return uc.insert() || ''
}

/**
 * The persona's criterion: the one it references, else one made for it before, else a new one;
 * set on the persona when it changed. '' for an unknown persona.
 */
export function ensurePersonaCriteria(personaId: string): string {
    const persona = new GlideRecord(PERSONA)
    if (!personaId || !persona.get(personaId)) return ''
    const current = persona.getValue('user_criteria') || ''
    if (current) {
        const uc = new GlideRecord('user_criteria')
        if (uc.get(current)) return current
    }
    const name = persona.getValue('name') || ''
    const id = findOwnCriterion(personaId, name) || createCriterion(personaId, name)
    if (!id) return ''
    persona.setValue('user_criteria', id)
    // Only the app-maintained reference changes: validation and rescoring have nothing to do.
    persona.setWorkflow(false)
    persona.update()
    return id
}

/** Each persona's sys_id → the criterion it references ('' for none), for those of these personas that exist. */
function referencedCriteria(personaIds: readonly string[]): Map<string, string> {
    const refs = new Map<string, string>()
    if (!personaIds.length) return refs
    const persona = new GlideRecord(PERSONA)
    persona.addQuery('sys_id', 'IN', personaIds.join(','))
    persona.query()
    while (persona.next()) refs.set(persona.getUniqueValue(), persona.getValue('user_criteria') || '')
    return refs
}

/** Which of these user criteria exist. */
function existingCriteria(criteriaIds: readonly string[]): Set<string> {
    const existing = new Set<string>()
    if (!criteriaIds.length) return existing
    const uc = new GlideRecord('user_criteria')
    uc.addQuery('sys_id', 'IN', criteriaIds.join(','))
    uc.query()
    while (uc.next()) existing.add(uc.getUniqueValue())
    return existing
}

/**
 * Each persona's criterion, as ensurePersonaCriteria gives it; unknown personas are left out.
 * Personas whose reference is sound (all of them, normally) cost two queries however many there are.
 */
function criteriaOfPersonas(personaIds: readonly string[]): Map<string, string> {
    const refs = referencedCriteria(personaIds)
    const referenced: string[] = []
    refs.forEach((ref) => {
        if (ref && referenced.indexOf(ref) < 0) referenced.push(ref)
    })
    const existing = existingCriteria(referenced)
    const criteria = new Map<string, string>()
    for (const personaId of personaIds) {
        const ref = refs.get(personaId)
        if (ref === undefined) continue
        if (ref && existing.has(ref)) {
            criteria.set(personaId, ref)
            continue
        }
        // The repair the persona rule also uses, kept in one place rather than batched: it writes the
        // persona, so each broken reference is repaired once, never on later syncs.
        // psm-allow-query-in-loop: only personas whose criterion reference is empty or dangling get here, each once (the call re-links it for good)
        const repaired = ensurePersonaCriteria(personaId)
        if (repaired) criteria.set(personaId, repaired)
    }
    return criteria
}

/** Every criterion some persona references: the rows with one of these on an item are the app's. */
function personaCriteriaInUse(): Set<string> {
    const inUse = new Set<string>()
    const persona = new GlideRecord(PERSONA)
    persona.addNotNullQuery('user_criteria')
    persona.query()
    while (persona.next()) {
        const criteriaId = persona.getValue('user_criteria') || ''
        if (criteriaId) inUse.add(criteriaId)
    }
    return inUse
}

/**
 * The criteria each item should be available to: those of the personas with an active offering
 * for it, in offering order (items without one map to an empty set).
 */
function desiredCriteria(itemIds: readonly string[]): Map<string, Set<string>> {
    const personasOf = new Map<string, string[]>()
    for (const item of itemIds) personasOf.set(item, [])
    const offering = new GlideRecord(OFFERING)
    offering.addQuery('catalog_item', 'IN', itemIds.join(','))
    offering.addQuery('active', true)
    offering.query()
    while (offering.next()) {
        const personas = personasOf.get(offering.getValue('catalog_item') || '')
        const persona = offering.getValue('persona') || ''
        if (personas && persona && personas.indexOf(persona) < 0) personas.push(persona)
    }
    // Item by item, so repairs happen in the order a sync of one item after the other would make them.
    const allPersonas: string[] = []
    personasOf.forEach((personas) => {
        for (const persona of personas) if (allPersonas.indexOf(persona) < 0) allPersonas.push(persona)
    })
    const criteriaOf = criteriaOfPersonas(allPersonas)
    const desired = new Map<string, Set<string>>()
    personasOf.forEach((personas, item) => {
        const criteria = new Set<string>()
        for (const persona of personas) {
            const id = criteriaOf.get(persona)
            if (id) criteria.add(id)
        }
        desired.set(item, criteria)
    })
    return desired
}

/**
 * Brings one item's persona rows in line with its offerings: adds what is missing, removes
 * duplicates and rows of personas no longer offering it. `alsoRemove` names criteria that no
 * longer belong to a persona (its reference changed, or it was deleted) but whose rows are the app's.
 */
export function syncItemAvailability(itemId: string, alsoRemove: readonly string[] = []): SyncResult {
    if (!itemId) return { added: 0, removed: 0 }
    return syncItemsAvailability([itemId], alsoRemove)
}

/**
 * syncItemAvailability for several items at once, with one query per table for all of them rather
 * than per item.
 */
export function syncItemsAvailability(itemIds: readonly string[], alsoRemove: readonly string[] = []): SyncResult {
    const result: SyncResult = { added: 0, removed: 0 }
    const items: string[] = []
    for (const item of itemIds) if (item && items.indexOf(item) < 0) items.push(item)
    if (!items.length) return result
    const desired = desiredCriteria(items)
    // Read after the repairs above, so a criterion a persona was just given counts as the app's.
    const inUse = personaCriteriaInUse()
    // A granted exception's personal row is the app's too: it stays while personas restrict the item,
    // and goes when none does (the item is then everyone's, and a lone personal row would hide it from all others).
    const granted = grantedCriteriaByItem(items)
    granted.forEach((criteria, item) => {
        const want = desired.get(item)
        if (want && want.size) for (const c of criteria) want.add(c)
        for (const c of criteria) inUse.add(c)
    })
    const kept = new Map<string, Set<string>>()
    for (const item of items) kept.set(item, new Set<string>())
    const rows = new GlideRecord(AVAILABLE_FOR)
    rows.addQuery('sc_cat_item', 'IN', items.join(','))
    rows.query()
    while (rows.next()) {
        const item = rows.getValue('sc_cat_item') || ''
        const criteriaId = rows.getValue('user_criteria') || ''
        const want = desired.get(item)
        const have = kept.get(item)
        if (!want || !have || !criteriaId) continue
        const managed = want.has(criteriaId) || alsoRemove.indexOf(criteriaId) >= 0 || inUse.has(criteriaId)
        if (!managed) continue
        if (want.has(criteriaId) && !have.has(criteriaId)) have.add(criteriaId)
        else if (rows.deleteRecord()) result.removed++
    }
    for (const item of items) {
        const have = kept.get(item) as Set<string>
        const want = desired.get(item) as Set<string>
        want.forEach((criteriaId) => {
            if (have.has(criteriaId)) return
            const row = new GlideRecord(AVAILABLE_FOR)
            row.initialize()
            row.setValue('sc_cat_item', item)
            row.setValue('user_criteria', criteriaId)
            if (row.insert()) result.added++
        })
    }
    return result
}

/** The catalog items a persona offers (active or not). */
export function itemsOfferedBy(personaId: string): string[] {
    const items: string[] = []
    const offering = new GlideRecord(OFFERING)
    offering.addQuery('persona', personaId)
    offering.query()
    while (offering.next()) {
        const item = offering.getValue('catalog_item') || ''
        if (item && items.indexOf(item) < 0) items.push(item)
    }
    return items
}

/**
 * Re-derives every item's persona rows from the offerings (a repair tool, and the proof that the
 * shipped rows agree with the shipped offerings): items with an offering, and items that still
 * carry a persona row without one.
 */
export function resyncAllItems(): SyncResult {
    const items: string[] = []
    const add = (id: string) => {
        if (id && items.indexOf(id) < 0) items.push(id)
    }
    const offering = new GlideRecord(OFFERING)
    offering.query()
    while (offering.next()) add(offering.getValue('catalog_item') || '')
    const criteria: string[] = []
    personaCriteriaInUse().forEach((id) => criteria.push(id))
    if (criteria.length) {
        const rows = new GlideRecord(AVAILABLE_FOR)
        rows.addQuery('user_criteria', 'IN', criteria.join(','))
        rows.query()
        while (rows.next()) add(rows.getValue('sc_cat_item') || '')
    }
    return syncItemsAvailability(items)
}
