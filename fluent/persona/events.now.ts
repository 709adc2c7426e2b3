import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

Record({
    $id: Now.ID['event_persona_changed'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.persona.changed',
        suffix: 'persona.changed',
        table: 'sys_user',
        description: 'A user\'s persona changed from one persona to another. parm1: the user\'s sys_id; parm2: the previous persona\'s sys_id.',
        fired_by: 'Persona Service Management: profile scoring',
    },
})

Record({
    $id: Now.ID['event_persona_assigned'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.persona.assigned',
        suffix: 'persona.assigned',
        table: 'sys_user',
        description: 'A user got their first persona (their usage data was scored, or an admin chose one). parm1: the user\'s sys_id.',
        fired_by: 'Persona Service Management: profile scoring',
    },
})
