import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/**
 * Qualifier of Technology Support: users with the platform's itil role. It is what tells
 * Technology Support from Knowledge Worker, whose rankings are identical.
 * 282bf1fac6112285017366cb5f867469 is the itil role's sys_id on every ServiceNow instance.
 */
export const itilUsers = Record({
    $id: Now.ID['uc_itil_users'],
    $meta: { installMethod: 'first install' },
    table: 'user_criteria',
    data: {
        name: 'Persona qualifier: ITIL users',
        active: true,
        match_all: false,
        advanced: false,
        role: '282bf1fac6112285017366cb5f867469',
        short_description: 'Users with the itil role: qualifies them for the Technology Support persona.',
    },
})
