import '@servicenow/sdk/global'
import { Acl, RestApi } from '@servicenow/sdk/core'
import { analystRole } from '../security/roles.now'
import { getChanges, getCosts, getDistribution, getProfiles, getXla } from '../../src/server/xla/insight-api'

/*
 * The admin's figures for the instance: GET /api/x_psm_persona/insight/{distribution, profiles,
 * costs, changes, xla}. Analysts of the app (and its admins, whose role contains analyst) only:
 * the endpoint ACL below, and each handler checks the role again.
 */

export const insightApiAcl = Acl({
    $id: Now.ID['acl_insight_api'],
    name: 'x_psm_persona.insight',
    type: 'rest_endpoint',
    operation: 'execute',
    roles: [analystRole],
    adminOverrides: true,
    description: 'The persona insight REST API: analysts and administrators of the app.',
})

RestApi({
    $id: Now.ID['rest_insight'],
    name: 'Persona insight',
    serviceId: 'insight',
    shortDescription: 'Persona demand, projected cost, recent persona changes and XLA attainment.',
    produces: 'application/json',
    enforceAcl: [insightApiAcl],
    routes: [
        {
            $id: Now.ID['rest_insight_distribution'],
            name: 'distribution',
            method: 'GET',
            path: '/distribution',
            shortDescription: 'Active users per persona, by department.',
            authentication: true,
            authorization: true,
            enforceAcl: [insightApiAcl],
            script: getDistribution,
        },
        {
            $id: Now.ID['rest_insight_profiles'],
            name: 'profiles',
            method: 'GET',
            path: '/profiles',
            shortDescription: 'Each persona\'s five rankings (1–4).',
            authentication: true,
            authorization: true,
            enforceAcl: [insightApiAcl],
            script: getProfiles,
        },
        {
            $id: Now.ID['rest_insight_costs'],
            name: 'costs',
            method: 'GET',
            path: '/costs',
            shortDescription: 'Projected monthly cost per persona and department: members × (persona cost + bundled offerings).',
            authentication: true,
            authorization: true,
            enforceAcl: [insightApiAcl],
            script: getCosts,
        },
        {
            $id: Now.ID['rest_insight_changes'],
            name: 'changes',
            method: 'GET',
            path: '/changes',
            shortDescription: 'Recent persona changes with their explanations (limit, default 50).',
            authentication: true,
            authorization: true,
            enforceAcl: [insightApiAcl],
            parameters: [{ $id: Now.ID['rest_insight_changes_limit'], name: 'limit', shortDescription: 'How many changes, 1 to 500', exampleValue: '50' }],
            script: getChanges,
        },
        {
            $id: Now.ID['rest_insight_xla'],
            name: 'xla',
            method: 'GET',
            path: '/xla',
            shortDescription: 'XLA attainment over [start, end) (default the last seven days) and week by week.',
            authentication: true,
            authorization: true,
            enforceAcl: [insightApiAcl],
            parameters: [
                { $id: Now.ID['rest_insight_xla_start'], name: 'start', shortDescription: 'Period start, YYYY-MM-DD HH:MM:SS (UTC)', exampleValue: '2026-11-16 00:00:00' },
                { $id: Now.ID['rest_insight_xla_end'], name: 'end', shortDescription: 'Period end (excluded), YYYY-MM-DD HH:MM:SS (UTC)', exampleValue: '2026-11-23 00:00:00' },
                { $id: Now.ID['rest_insight_xla_weeks'], name: 'weeks', shortDescription: 'Weeks of history, 1 to 52', exampleValue: '8' },
            ],
            script: getXla,
        },
    ],
})
