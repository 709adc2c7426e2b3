import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import {
    guardPersonaDeactivation,
    guardPersonaDelete,
    offeringChanged,
    personaDeactivated,
    personaDeleted,
    personaSaved,
    validateOffering,
} from '../../src/server/catalog/catalog-rules'
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
    $id: Now.ID['br_persona_delete_guard'],
    name: 'Refuse deleting a persona users have',
    description: 'A persona that users still have is not deleted: deactivate it first so scoring moves them, then delete it.',
    table: 'x_psm_persona_persona',
    when: 'before',
    action: ['delete'],
    order: 100,
    active: true,
    script: guardPersonaDelete,
})

BusinessRule({
    $id: Now.ID['br_persona_deactivate_guard'],
    name: 'Check persona deactivation',
    description:
        'Refuses deactivating a persona users are pinned to; otherwise records what the deactivation does (offerings deactivated, items visible to everyone again).',
    table: 'x_psm_persona_persona',
    when: 'before',
    action: ['update'],
    order: 110,
    active: true,
    condition: "current.active.changes()",
    script: guardPersonaDeactivation,
})

BusinessRule({
    $id: Now.ID['br_persona_deactivated'],
    name: 'Deactivate offerings of a deactivated persona',
    description: "A deactivated persona's active offerings are deactivated, so its items' Available For rows follow.",
    table: 'x_psm_persona_persona',
    when: 'after',
    action: ['update'],
    order: 160,
    active: true,
    condition: "current.active.changes()",
    script: personaDeactivated,
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
