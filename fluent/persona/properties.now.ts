import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'

Property({
    $id: Now.ID['prop_scoring_enabled'],
    name: 'x_psm_persona.scoring.enabled',
    type: 'boolean',
    value: 'true',
    description: 'Score user profiles into personas. When false, profiles keep their persona and no rescoring runs.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_scoring_switch_margin'],
    name: 'x_psm_persona.scoring.switch_margin',
    type: 'string',
    value: '0.5',
    description:
        'Hysteresis: a scored user moves to a new persona only when it is closer than the current one by at least this distance (0 switches on any improvement).',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_scoring_batch_size'],
    name: 'x_psm_persona.scoring.batch_size',
    type: 'integer',
    value: '500',
    description: 'Profiles rescored per chunk by the batch rescoring job.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_usage_max_age_days'],
    name: 'x_psm_persona.usage.max_age_days',
    type: 'integer',
    value: '45',
    description: 'Usage data older than this many days is flagged stale (the profile keeps its persona; the dashboard shows it for reloading).',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})
