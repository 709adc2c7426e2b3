import '@servicenow/sdk/global'
import { BooleanColumn, DateTimeColumn, IntegerColumn, ReferenceColumn, ScheduledScript, StringColumn, Table } from '@servicenow/sdk/core'
import { sendHeldUpdates } from '../../src/server/change/update-budget'

/**
 * What each reader was last told about a high-risk change (src/server/change/update-budget.ts): the
 * message budget keeps at most one update per reader per interval, each a diff since the last one.
 */
export const x_psm_persona_change_notice = Table({
    name: 'x_psm_persona_change_notice',
    label: 'Change Update Notice',
    display: 'change_request',
    schema: {
        change_request: ReferenceColumn({ label: 'Change request', referenceTable: 'change_request', mandatory: true, cascadeRule: 'delete' }),
        user: ReferenceColumn({ label: 'Reader', referenceTable: 'sys_user', mandatory: true, cascadeRule: 'delete' }),
        role: StringColumn({ label: 'Role', maxLength: 40 }),
        sent_on: DateTimeColumn({ label: 'Last update sent' }),
        sent_count: IntegerColumn({ label: 'Updates sent' }),
        held: BooleanColumn({ label: 'Update held', default: false }),
        snapshot: StringColumn({ label: 'Values last told', maxLength: 65000 }),
        changes: StringColumn({ label: 'Changes in the last update', maxLength: 65000 }),
    },
})

ScheduledScript({
    $id: Now.ID['job_change_held_updates'],
    name: 'Persona: send held change updates',
    active: true,
    frequency: 'periodically',
    executionInterval: { hours: 0, minutes: 15, seconds: 0 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: sendHeldUpdates,
})
