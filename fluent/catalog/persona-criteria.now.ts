import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * The user criteria that grant each reference persona's offerings (set as the persona's
 * user_criteria). Scripted criteria are never cached by the platform, so the script does one
 * indexed read through x_psm_persona.PersonaCriteria. The name, description and script follow
 * src/server/catalog/criteria-text.ts, which makes the same record for personas created later.
 */

export const technologySupportCriteria = Record({
    $id: Now.ID['uc_persona_technology_support'],
    $meta: { installMethod: 'first install' },
    table: 'user_criteria',
    data: {
        name: 'Persona: Technology Support',
        short_description: 'Users whose persona is Technology Support. Grants the persona\'s catalog offerings; maintained by Persona Service Management.',
        active: true,
        match_all: false,
        advanced: true,
        script: `answer = new x_psm_persona.PersonaCriteria().matches(user_id, '${Now.ref('x_psm_persona_persona', 'persona_technology_support')}');`,
    },
})

export const knowledgeWorkerCriteria = Record({
    $id: Now.ID['uc_persona_knowledge_worker'],
    $meta: { installMethod: 'first install' },
    table: 'user_criteria',
    data: {
        name: 'Persona: Knowledge Worker',
        short_description: 'Users whose persona is Knowledge Worker. Grants the persona\'s catalog offerings; maintained by Persona Service Management.',
        active: true,
        match_all: false,
        advanced: true,
        script: `answer = new x_psm_persona.PersonaCriteria().matches(user_id, '${Now.ref('x_psm_persona_persona', 'persona_knowledge_worker')}');`,
    },
})

export const businessAnalystCriteria = Record({
    $id: Now.ID['uc_persona_business_analyst'],
    $meta: { installMethod: 'first install' },
    table: 'user_criteria',
    data: {
        name: 'Persona: Business Analyst',
        short_description: 'Users whose persona is Business Analyst. Grants the persona\'s catalog offerings; maintained by Persona Service Management.',
        active: true,
        match_all: false,
        advanced: true,
        script: `answer = new x_psm_persona.PersonaCriteria().matches(user_id, '${Now.ref('x_psm_persona_persona', 'persona_business_analyst')}');`,
    },
})

export const telecommuterCriteria = Record({
    $id: Now.ID['uc_persona_telecommuter'],
    $meta: { installMethod: 'first install' },
    table: 'user_criteria',
    data: {
        name: 'Persona: Telecommuter',
        short_description: 'Users whose persona is Telecommuter. Grants the persona\'s catalog offerings; maintained by Persona Service Management.',
        active: true,
        match_all: false,
        advanced: true,
        script: `answer = new x_psm_persona.PersonaCriteria().matches(user_id, '${Now.ref('x_psm_persona_persona', 'persona_telecommuter')}');`,
    },
})

export const virtualExecutiveCriteria = Record({
    $id: Now.ID['uc_persona_virtual_executive'],
    $meta: { installMethod: 'first install' },
    table: 'user_criteria',
    data: {
        name: 'Persona: Virtual Executive',
        short_description: 'Users whose persona is Virtual Executive. Grants the persona\'s catalog offerings; maintained by Persona Service Management.',
        active: true,
        match_all: false,
        advanced: true,
        script: `answer = new x_psm_persona.PersonaCriteria().matches(user_id, '${Now.ref('x_psm_persona_persona', 'persona_virtual_executive')}');`,
    },
})
