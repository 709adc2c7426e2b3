import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * Default scoring rules: one per dimension. Thresholds spread a typical office population
 * across 1-4 (see README, "Scoring"): each threshold is where a noticeably different way of
 * working starts, not a statistical quantile, so admins can reason about them.
 */
Record({
    $id: Now.ID['rule_devices'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_scoring_rule',
    data: {
        dimension: 'technology',
        metric: 'devices',
        weight: 1,
        threshold_2: 4,
        threshold_3: 8,
        threshold_4: 14,
        active: true,
        description: 'Devices and apps in regular use: a laptop, phone and office suite is 3-4; engineers and power users run 14 or more.',
    },
})

Record({
    $id: Now.ID['rule_network'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_scoring_rule',
    data: {
        dimension: 'network',
        metric: 'network_gb_month',
        weight: 1,
        threshold_2: 20,
        threshold_3: 60,
        threshold_4: 150,
        active: true,
        description: 'Network use per month: email and web stay under 20 GB; video calls and cloud files reach 60; large data or remote desktops 150 or more.',
    },
})

Record({
    $id: Now.ID['rule_team'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_scoring_rule',
    data: {
        dimension: 'interaction',
        metric: 'team_hours_week',
        weight: 1,
        threshold_2: 5,
        threshold_3: 12,
        threshold_4: 20,
        active: true,
        description: 'Hours a week of teamwork (meetings, pairing, workshops): an hour a day is 2, half the week or more is 4.',
    },
})

Record({
    $id: Now.ID['rule_contacts'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_scoring_rule',
    data: {
        dimension: 'communication',
        metric: 'contacts_per_day',
        weight: 1,
        threshold_2: 5,
        threshold_3: 15,
        threshold_4: 30,
        active: true,
        description: 'Distinct people contacted a day (customers or colleagues): support desks and sales reach 30 or more.',
    },
})

Record({
    $id: Now.ID['rule_remote'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_scoring_rule',
    data: {
        dimension: 'mobility',
        metric: 'remote_pct',
        weight: 1,
        threshold_2: 20,
        threshold_3: 50,
        threshold_4: 80,
        active: true,
        description: 'Share of working time away from an office desk: a home day a week is 20%, mostly remote or travelling is 80% or more.',
    },
})
