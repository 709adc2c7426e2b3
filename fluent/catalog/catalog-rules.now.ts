import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { offeringChanged, personaDeleted, personaSaved, validateOffering } from '../../src/server/catalog/catalog-rules'
import { personaRecurringCost } from '../../src/server/catalog/requested-item'

BusinessRule({
    $id: Now.ID['br_offering_validate'],
    name: 'Validate persona offering',
    description: 'Refuses an offering without persona or catalog item, with a negative or non-numeric monthly cost, or a second offering for the same persona and item.',
    table: 'x_psm_persona_offering',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: validateOffering,
})

BusinessRule({
    $id: Now.ID['br_offering_availability'],
    name: 'Keep catalog availability in step with offerings',
    description:
        'An item with active offerings is available exactly to the criteria of the personas offering it; an item with none has no persona criteria (visible to all). Rows the app did not create are never touched.',
    table: 'x_psm_persona_offering',
    when: 'after',
    action: ['insert', 'update', 'delete'],
    order: 200,
    active: true,
    condition: "current.operation() != 'update' || current.persona.changes() || current.catalog_item.changes() || current.active.changes()",
    script: offeringChanged,
})

BusinessRule({
    $id: Now.ID['br_persona_criteria'],
    name: 'Maintain persona user criteria',
    description:
        'A new persona gets its "Persona: <name>" user criteria (unless it references one); a rename renames it; a changed criteria reference moves the persona\'s catalog availability to the new criteria.',
    table: 'x_psm_persona_persona',
    when: 'after',
    action: ['insert', 'update'],
    order: 150,
    active: true,
    condition: "current.operation() == 'insert' || current.name.changes() || current.user_criteria.changes()",
    script: personaSaved,
})

BusinessRule({
    $id: Now.ID['br_persona_offerings_delete'],
    name: 'Remove offerings of a deleted persona',
    description: 'Deletes the persona\'s offerings and their catalog availability rows; items left with no offering become visible to everyone.',
    table: 'x_psm_persona_persona',
    when: 'after',
    action: ['delete'],
    order: 150,
    active: true,
    script: personaDeleted,
})

BusinessRule({
    $id: Now.ID['br_requested_item_persona_cost'],
    name: 'Requested item recurs at the persona cost',
    description: "A requested item the requested-for user's persona offers recurs monthly at the offering's cost, however it was ordered.",
    table: 'sc_req_item',
    when: 'before',
    action: ['insert'],
    order: 100,
    active: true,
    script: personaRecurringCost,
})
