import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, analystRole } from '../security/roles.now'

Property({
    $id: Now.ID['prop_change_cab_group'],
    name: 'x_psm_persona.change.cab_group',
    type: 'string',
    value: 'Change Advisory Board',
    description: 'Name of the group whose active members approve a change when it enters Authorize.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_change_support_channel'],
    name: 'x_psm_persona.change.support_channel',
    type: 'string',
    value: 'Service Desk: +1 555 0100 (24x7)',
    description: 'The support line requesters are given when a change names no support contact of its own.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_change_implementer_support'],
    name: 'x_psm_persona.change.implementer_support',
    type: 'string',
    value: 'Change bridge: #change-implementation, on-call +1 555 0199',
    description: 'The support channel implementers are given in their action plan and when implementation starts.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_change_runbook_url'],
    name: 'x_psm_persona.change.runbook_url',
    type: 'string',
    value: '/sp?id=kb_search&query=change%20troubleshooting',
    description: 'Troubleshooting resources for implementers: a web address, or a path on this instance.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_change_feedback_path'],
    name: 'x_psm_persona.change.feedback_path',
    type: 'string',
    value: '/sp?id=psm_feedback',
    description:
        'Where stakeholders give feedback on a change: the portal page psm_feedback, or a path or web address of your own. The emails add task=<change sys_id>&role=<stakeholder> (after & when the value has a query, else after ?). The retired value /sp/feedback reads as the portal page.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_change_update_interval'],
    name: 'x_psm_persona.change.update_interval_minutes',
    type: 'integer',
    value: '60',
    description:
        'High-risk updates: at most one per approver or change manager and change within this many minutes; changes made in between are sent together, as a diff, when it has passed.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop_change_personal_requests_max'],
    name: 'x_psm_persona.change.personal_requests_max',
    type: 'integer',
    value: '50',
    description:
        'A CAB of up to this many active members gets one approval request each, greeted by name with a button to their own approval; a larger CAB gets one request per reader variant (up to 100 readers each), linking to their approvals on the portal.',
    roles: { read: [adminRole, analystRole], write: [adminRole] },
})
