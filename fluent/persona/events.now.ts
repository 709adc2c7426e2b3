import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

Record({
    $id: Now.ID['event_persona_changed'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_psm_persona.persona.changed',
        suffix: 'persona.changed',
        table: 'sys_user',
        description: 'A user\'s persona changed. parm1: the user\'s sys_id; parm2: the previous persona\'s sys_id (empty when the user had none).',
        fired_by: 'Persona Service Management: profile scoring',
    },
})
