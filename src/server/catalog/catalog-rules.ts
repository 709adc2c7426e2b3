import { gs, GlideAggregate, GlideRecord } from '@servicenow/glide'
import { AVAILABLE_FOR } from './available-for.ts'
import { ensurePersonaCriteria, itemsOfferedBy, syncItemAvailability } from './availability.ts'
import { criteriaName, criteriaScript } from './criteria-text.ts'
import {
    deactivateRefusal,
    deactivationNotice,
    deleteRefusal,
    deletionNotice,
    firstOfferingNotice,
    firstOfferingQuestion,
} from './edit-warnings.ts'
import { duplicateOfferingProblem, offeringProblems } from './offering-validation.ts'

const OFFERING = 'x_psm_persona_offering'

function changed(current: GlideRecord, field: string): boolean {
    const el = current.getElement(field)
    return !!el && el.changes()
}

/** Before insert/update of an offering: refuse a missing persona or item, a bad cost, or a second offering for the same pair. */
export function validateOffering(current: GlideRecord, _previous: GlideRecord | null): void {
    const problems = offeringProblems({
        persona: current.getValue('persona'),
        catalogItem: current.getValue('catalog_item'),
        monthlyCost: current.getValue('monthly_cost'),
    })
    if (!problems.length) {
        const twin = new GlideRecord(OFFERING)
        twin.addQuery('persona', current.getValue('persona'))
        twin.addQuery('catalog_item', current.getValue('catalog_item'))
        twin.addQuery('sys_id', '!=', current.getUniqueValue())
        twin.setLimit(1)
        twin.query()
        if (twin.hasNext()) problems.push(duplicateOfferingProblem(current.getDisplayValue('persona'), current.getDisplayValue('catalog_item')))
    }
    if (problems.length) {
        gs.addErrorMessage(`Offering not saved: ${problems.join(' ')}`)
        current.setAbortAction(true)
        return
    }
    confirmFirstRestriction(current)
}

/** Whether the item has no Available For criteria and no other active offering: everyone sees it today. */
function availableToEveryone(itemId: string, offeringId: string): boolean {
    const rows = new GlideRecord(AVAILABLE_FOR)
    rows.addQuery('sc_cat_item', itemId)
    rows.setLimit(1)
    rows.query()
    if (rows.hasNext()) return false
    const others = new GlideRecord(OFFERING)
    others.addQuery('catalog_item', itemId)
    others.addQuery('active', true)
    others.addQuery('sys_id', '!=', offeringId)
    others.setLimit(1)
    others.query()
    return !others.hasNext()
}

/**
 * An offering that would be the first restriction on an item everyone can see (it is added, moved
 * to such an item, or reactivated there) is refused with the question, unless the admin confirmed it
 * with restrict_item; then they are told what changed. The message also lands in validation_message,
 * which the Table API returns with the record ("the duplicate-rankings warning never reaches a REST
 * client": info messages are session messages, which REST responses do not carry).
 */
function confirmFirstRestriction(current: GlideRecord): void {
    current.setValue('validation_message', '')
    if (current.getValue('active') !== '1') return
    const relevant = current.isNewRecord() || changed(current, 'catalog_item') || changed(current, 'active')
    const itemId = current.getValue('catalog_item') || ''
    if (!relevant || !availableToEveryone(itemId, current.getUniqueValue())) return
    const itemName = current.getDisplayValue('catalog_item')
    const personaName = current.getDisplayValue('persona')
    if (current.getValue('restrict_item') !== '1') {
        gs.addErrorMessage(firstOfferingQuestion(itemName, personaName))
        current.setAbortAction(true)
        return
    }
    const notice = firstOfferingNotice(itemName, personaName)
    current.setValue('validation_message', notice)
    gs.addInfoMessage(notice)
}

/**
 * After an offering is added, changed (persona, item or active; filtered in Fluent) or removed:
 * the items it was and is on get their Available For rows re-derived.
 */
export function offeringChanged(current: GlideRecord, previous: GlideRecord | null): void {
    const items: string[] = []
    const now = current.getValue('catalog_item') || ''
    if (now) items.push(now)
    if (previous && previous.isValidRecord()) {
        const before = previous.getValue('catalog_item') || ''
        if (before && before !== now) items.push(before)
    }
    for (const item of items) syncItemAvailability(item)
}

/**
 * After a persona is created: it gets its "Persona: <name>" criterion (unless it references one).
 * After an update: a rename renames the app's criterion; a changed criterion reference moves the
 * persona's Available For rows from the old criterion to the new one.
 */
export function personaSaved(current: GlideRecord, previous: GlideRecord | null): void {
    const personaId = current.getUniqueValue()
    if (current.operation() === 'insert') {
        ensurePersonaCriteria(personaId)
        return
    }
    if (changed(current, 'name') && previous) renameCriterion(current, previous)
    if (changed(current, 'user_criteria')) {
        const before = previous ? previous.getValue('user_criteria') || '' : ''
        ensurePersonaCriteria(personaId)
        for (const item of itemsOfferedBy(personaId)) syncItemAvailability(item, before ? [before] : [])
    }
}

function renameCriterion(current: GlideRecord, previous: GlideRecord): void {
    const criteriaId = current.getValue('user_criteria') || ''
    const uc = new GlideRecord('user_criteria')
    if (!criteriaId || !uc.get(criteriaId)) return
    // Only the name the app gave it follows the persona; a criterion an admin named stays as it is.
    if (uc.getValue('name') !== criteriaName(previous.getValue('name') || '')) return
    uc.setValue('name', criteriaName(current.getValue('name') || ''))
    uc.update()
}

/**
 * After a persona is deleted: its offerings go, and the items they were on lose the persona's
 * rows (an item left with no offering becomes visible to everyone again).
 */
export function personaDeleted(current: GlideRecord, _previous: GlideRecord | null): void {
    const personaId = current.getUniqueValue()
    const criteriaId = current.getValue('user_criteria') || ''
    const items = itemsOfferedBy(personaId)
    const offering = new GlideRecord(OFFERING)
    offering.addQuery('persona', personaId)
    offering.query()
    const count = offering.getRowCount()
    const gone = new GlideRecord(OFFERING)
    gone.addQuery('persona', personaId)
    // The offerings' own rule could no longer tell the deleted persona's rows apart: sync here instead.
    gone.setWorkflow(false)
    gone.deleteMultiple()
    for (const item of items) syncItemAvailability(item, criteriaId ? [criteriaId] : [])
    const removed = removeOwnCriterion(personaId, criteriaId)
    gs.addInfoMessage(deletionNotice(current.getValue('name') || '', count, removed, unrestrictedItemNames(items)))
}

/**
 * The persona's criterion goes with it when the app made it (its script is the persona's) and
 * nothing else uses it: no Available For / Not Available For row and no persona qualifier. A
 * criterion an admin wrote, or reused elsewhere, is left alone.
 */
function removeOwnCriterion(personaId: string, criteriaId: string): boolean {
    const uc = new GlideRecord('user_criteria')
    if (!criteriaId || !uc.get(criteriaId) || uc.getValue('script') !== criteriaScript(personaId)) return false
    for (const [table, field] of [
        [AVAILABLE_FOR, 'user_criteria'],
        ['sc_cat_item_user_criteria_no_mtom', 'user_criteria'],
        [PERSONA, 'qualifier'],
        [PERSONA, 'user_criteria'],
    ]) {
        const use = new GlideRecord(table)
        use.addQuery(field, criteriaId)
        use.setLimit(1)
        // psm-allow-query-in-loop: four fixed tables, one existence check each
        use.query()
        if (use.hasNext()) return false
    }
    return uc.deleteRecord()
}

/** Names of these items that now carry no Available For criteria at all (everyone sees them). */
function unrestrictedItemNames(items: readonly string[]): string[] {
    if (!items.length) return []
    const restricted: string[] = []
    const rows = new GlideRecord(AVAILABLE_FOR)
    rows.addQuery('sc_cat_item', 'IN', items.join(','))
    rows.query()
    while (rows.next()) restricted.push(rows.getValue('sc_cat_item') || '')
    const names: string[] = []
    const item = new GlideRecord('sc_cat_item')
    item.addQuery('sys_id', 'IN', items.join(','))
    item.orderBy('name')
    item.query()
    while (item.next()) if (restricted.indexOf(item.getUniqueValue()) < 0) names.push(item.getValue('name') || '')
    return names
}

const PERSONA = 'x_psm_persona_persona'

function countOf(table: string, query: string): number {
    const agg = new GlideAggregate(table)
    agg.addEncodedQuery(query)
    agg.addAggregate('COUNT', '')
    agg.query()
    return agg.next() ? Number(agg.getAggregate('COUNT', '')) || 0 : 0
}

function pinnedCount(personaId: string): number {
    return countOf('x_psm_persona_profile', `persona=${personaId}^locked=true`)
}

/**
 * Before delete of a persona: refused while users have it. Deleting it would leave their
 * sys_user reference and profile pointing at nothing (and their catalog unexplained); deactivating
 * first lets scoring move them, as the message says.
 */
export function guardPersonaDelete(current: GlideRecord, _previous: GlideRecord | null): void {
    const personaId = current.getUniqueValue()
    const members = countOf('sys_user', `x_psm_persona_persona=${personaId}`)
    if (!members) return
    gs.addErrorMessage(deleteRefusal(current.getValue('name') || '', members, pinnedCount(personaId)))
    current.setAbortAction(true)
}

/**
 * Before an update that deactivates a persona: refused while users are pinned to it (scoring would
 * leave them on an inactive persona). Otherwise the record says what the deactivation does.
 */
export function guardPersonaDeactivation(current: GlideRecord, _previous: GlideRecord | null): void {
    if (!changed(current, 'active') || current.getValue('active') !== '0') return
    const personaId = current.getUniqueValue()
    const name = current.getValue('name') || ''
    const pinned = pinnedCount(personaId)
    if (pinned) {
        gs.addErrorMessage(deactivateRefusal(name, pinned))
        current.setAbortAction(true)
        return
    }
    const items = activeOfferingItems(personaId)
    const notice = deactivationNotice(name, items.length, itemsOnlyThisPersonaRestricts(items, current.getValue('user_criteria') || ''))
    current.setValue('validation_message', notice)
    gs.addInfoMessage(notice)
}

function activeOfferingItems(personaId: string): string[] {
    const items: string[] = []
    const offering = new GlideRecord(OFFERING)
    offering.addQuery('persona', personaId)
    offering.addQuery('active', true)
    offering.query()
    while (offering.next()) items.push(offering.getValue('catalog_item') || '')
    return items
}

/** Items whose only Available For criterion is this persona's: everyone sees them once it goes. */
function itemsOnlyThisPersonaRestricts(items: readonly string[], criteriaId: string): string[] {
    if (!items.length) return []
    const others: string[] = []
    const rows = new GlideRecord(AVAILABLE_FOR)
    rows.addQuery('sc_cat_item', 'IN', items.join(','))
    rows.addQuery('user_criteria', '!=', criteriaId)
    rows.query()
    while (rows.next()) others.push(rows.getValue('sc_cat_item') || '')
    const names: string[] = []
    const item = new GlideRecord('sc_cat_item')
    item.addQuery('sys_id', 'IN', items.join(','))
    item.orderBy('name')
    item.query()
    while (item.next()) if (others.indexOf(item.getUniqueValue()) < 0) names.push(item.getValue('name') || '')
    return names
}

/** After a persona is deactivated: its active offerings are deactivated (their rule re-derives each item's rows). */
export function personaDeactivated(current: GlideRecord, _previous: GlideRecord | null): void {
    if (current.getValue('active') !== '0') return
    const offering = new GlideRecord(OFFERING)
    offering.addQuery('persona', current.getUniqueValue())
    offering.addQuery('active', true)
    offering.query()
    while (offering.next()) {
        offering.setValue('active', false)
        // psm-allow-query-in-loop: one update per offering of the persona, each re-deriving its item's rows through the offering rule
        offering.update()
    }
}
