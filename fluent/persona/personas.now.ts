import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { itilUsers } from './qualifiers.now'
import {
    businessAnalystCriteria,
    knowledgeWorkerCriteria,
    technologySupportCriteria,
    telecommuterCriteria,
    virtualExecutiveCriteria,
} from '../catalog/persona-criteria.now'

/**
 * The reference personas (technology/network/interaction/communication/mobility).
 * Technology Support and Knowledge Worker share one profile on purpose: usage alone
 * cannot tell them apart, so the app has to cope with indistinguishable personas.
 */
Record({
    $id: Now.ID['persona_technology_support'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_persona',
    data: {
        name: 'Technology Support',
        description:
            'Keeps other people\'s technology running: a moderate spread of tools, heavy network use, mostly solo hands-on work and a great deal of communication with the people they support, from a fixed site.',
        technology: 2,
        network: 3,
        interaction: 1,
        communication: 4,
        mobility: 1,
        active: true,
        order: 100,
        monthly_cost: 180,
        qualifier: itilUsers,
        user_criteria: technologySupportCriteria,
    },
})

Record({
    $id: Now.ID['persona_knowledge_worker'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_persona',
    data: {
        name: 'Knowledge Worker',
        description:
            'Creates and shares information at a desk: standard productivity tools, heavy network and cloud use, individual work and constant communication with colleagues and customers.',
        technology: 2,
        network: 3,
        interaction: 1,
        communication: 4,
        mobility: 1,
        active: true,
        order: 200,
        monthly_cost: 120,
        user_criteria: knowledgeWorkerCriteria,
    },
})

Record({
    $id: Now.ID['persona_business_analyst'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_persona',
    data: {
        name: 'Business Analyst',
        description:
            'Turns data into decisions: analytics and reporting tools, moderate network use, regular teamwork in workshops and frequent communication with stakeholders, mostly on site.',
        technology: 2,
        network: 2,
        interaction: 2,
        communication: 3,
        mobility: 1,
        active: true,
        order: 300,
        monthly_cost: 150,
        user_criteria: businessAnalystCriteria,
    },
})

Record({
    $id: Now.ID['persona_telecommuter'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_persona',
    data: {
        name: 'Telecommuter',
        description:
            'Works from home or on the road: many devices and apps, heavy reliance on VPN and collaboration services, regular online teamwork and mostly away from an office desk.',
        technology: 3,
        network: 3,
        interaction: 2,
        communication: 2,
        mobility: 4,
        active: true,
        order: 400,
        monthly_cost: 160,
        user_criteria: telecommuterCriteria,
    },
})

Record({
    $id: Now.ID['persona_virtual_executive'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_persona',
    data: {
        name: 'Virtual Executive',
        description:
            'Leads on the move: a small set of premium mobile devices, moderate network use, meetings with their teams and partners, and almost always away from a desk.',
        technology: 2,
        network: 2,
        interaction: 2,
        communication: 2,
        mobility: 4,
        active: true,
        order: 500,
        monthly_cost: 220,
        user_criteria: virtualExecutiveCriteria,
    },
})
