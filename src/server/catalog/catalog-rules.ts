import { gs, GlideRecord } from '@servicenow/glide'
import { ensurePersonaCriteria, itemsOfferedBy, syncItemAvailability } from './availability.ts'
import { criteriaName } from './criteria-text.ts'
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
    }
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
    // The offerings' own rule could no longer tell the deleted persona's rows apart: sync here instead.
    offering.setWorkflow(false)
    offering.deleteMultiple()
    for (const item of items) syncItemAvailability(item, criteriaId ? [criteriaId] : [])
}
