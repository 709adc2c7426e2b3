import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * First-install defaults for capacity by persona (README, "Personas across service management"): three business
 * services that carry persona load, their capacity, and the demand one user of each ranking puts on them. Loaded
 * once, on a new install; administrators then point them at their own services and change every figure.
 *
 * Why these factors (demand at the busy hour, per user):
 * - Remote Access (VPN), concurrent seats, from Virtual/Mobile: a 1 works at a desk and connects now and then
 *   (0.05 of a seat), a 2 is remote a day or so a week (0.25), a 3 most days (0.6), a 4 almost always away from
 *   an office network (0.9: nearly every one of them is connected at the busy hour).
 * - Corporate Network, Mbit/s, from Network: roughly the busy-hour share of a user's monthly volume, from light
 *   mail and web (0.5) through daily video calls (4) to large data and media (10).
 * - Collaboration Suite, licences, from Interaction and Communication, the largest of the two (a licence is
 *   needed once): a 1 on both needs none, anyone ranked 2 or more on either needs one.
 */

const remoteAccess = Record({
    $id: Now.ID['svc_remote_access'],
    $meta: { installMethod: 'first install' },
    table: 'cmdb_ci_service',
    data: { name: 'Remote Access (VPN)', short_description: 'VPN access to the corporate network from anywhere', service_classification: 'Business Service' },
})
const network = Record({
    $id: Now.ID['svc_corporate_network'],
    $meta: { installMethod: 'first install' },
    table: 'cmdb_ci_service',
    data: { name: 'Corporate Network', short_description: 'Office LAN, Wi-Fi and internet breakout', service_classification: 'Business Service' },
})
const collaboration = Record({
    $id: Now.ID['svc_collaboration'],
    $meta: { installMethod: 'first install' },
    table: 'cmdb_ci_service',
    data: { name: 'Collaboration Suite', short_description: 'Chat, meetings and shared workspaces', service_classification: 'Business Service' },
})

Record({
    $id: Now.ID['cap_remote_access'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_service_capacity',
    data: { service: remoteAccess, capacity: 300, unit: 'concurrent VPN seats', threshold_pct: 85, combine: 'sum', active: true },
})
Record({
    $id: Now.ID['cap_corporate_network'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_service_capacity',
    data: { service: network, capacity: 2000, unit: 'Mbit/s at the busy hour', threshold_pct: 80, combine: 'sum', active: true },
})
Record({
    $id: Now.ID['cap_collaboration'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_service_capacity',
    data: { service: collaboration, capacity: 500, unit: 'licences', threshold_pct: 90, combine: 'max', active: true },
})

Record({
    $id: Now.ID['factor_vpn_m1'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: remoteAccess, dimension: 'mobility', ranking: 1, per_user: 0.05, description: 'Desk-based: connects now and then' },
})
Record({
    $id: Now.ID['factor_vpn_m2'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: remoteAccess, dimension: 'mobility', ranking: 2, per_user: 0.25, description: 'Remote about a day a week' },
})
Record({
    $id: Now.ID['factor_vpn_m3'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: remoteAccess, dimension: 'mobility', ranking: 3, per_user: 0.6, description: 'Remote most days' },
})
Record({
    $id: Now.ID['factor_vpn_m4'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: remoteAccess, dimension: 'mobility', ranking: 4, per_user: 0.9, description: 'Almost always away from an office network' },
})
Record({
    $id: Now.ID['factor_net_n1'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: network, dimension: 'network', ranking: 1, per_user: 0.5, description: 'Light mail and web' },
})
Record({
    $id: Now.ID['factor_net_n2'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: network, dimension: 'network', ranking: 2, per_user: 1.5, description: 'Regular cloud apps and some calls' },
})
Record({
    $id: Now.ID['factor_net_n3'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: network, dimension: 'network', ranking: 3, per_user: 4, description: 'Daily video calls and file syncs' },
})
Record({
    $id: Now.ID['factor_net_n4'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: network, dimension: 'network', ranking: 4, per_user: 10, description: 'Large data and media' },
})
Record({
    $id: Now.ID['factor_collab_i2'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: collaboration, dimension: 'interaction', ranking: 2, per_user: 1, description: 'Works with a team online: one licence' },
})
Record({
    $id: Now.ID['factor_collab_i3'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: collaboration, dimension: 'interaction', ranking: 3, per_user: 1, description: 'One licence' },
})
Record({
    $id: Now.ID['factor_collab_i4'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: collaboration, dimension: 'interaction', ranking: 4, per_user: 1, description: 'One licence' },
})
Record({
    $id: Now.ID['factor_collab_c2'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: collaboration, dimension: 'communication', ranking: 2, per_user: 1, description: 'Meets others online: one licence' },
})
Record({
    $id: Now.ID['factor_collab_c3'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: collaboration, dimension: 'communication', ranking: 3, per_user: 1, description: 'One licence' },
})
Record({
    $id: Now.ID['factor_collab_c4'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_demand_factor',
    data: { service: collaboration, dimension: 'communication', ranking: 4, per_user: 1, description: 'One licence' },
})

Record({
    $id: Now.ID['incident_rule_mobile_vpn'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_incident_rule',
    data: {
        name: 'Mobile worker without VPN',
        dimension: 'mobility',
        min_ranking: 4,
        category: 'network',
        subcategory: 'vpn',
        urgency: '1',
        reason: 'a Virtual/Mobile 4 caller cannot work at all without VPN',
        order: 100,
        active: true,
    },
})
