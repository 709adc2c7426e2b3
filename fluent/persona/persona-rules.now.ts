import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { validatePersona } from '../../src/server/persona/validate-persona-rule'

BusinessRule({
    $id: Now.ID['br_persona_validate'],
    name: 'Validate persona rankings',
    description:
        'Rejects a ranking outside 1-4 or a non-integer (nothing is written) and warns when another active persona has the same five rankings.',
    table: 'x_psm_persona_persona',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    script: validatePersona,
})
