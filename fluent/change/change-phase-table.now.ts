import '@servicenow/sdk/global'
import { DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * The phased deployment schedule of a change as records (issue 18.5): one row per phase and
 * audience, edited in the change form's "Phases" related list. A phase that reaches several
 * audiences is several rows with the same name and dates. The audience is a reference, so "Your
 * phase" matches the reader's own group, department, location or persona by record, not by spelling.
 * Validation (src/server/change/phase-records.ts, before rule) refuses with a message naming the field.
 */
export const x_psm_persona_change_phase = Table({
    name: 'x_psm_persona_change_phase',
    label: 'Change Phase',
    display: 'name',
    allowWebServiceAccess: true,
    actions: ['read', 'create', 'update', 'delete'],
    schema: {
        change: ReferenceColumn({ label: 'Change request', referenceTable: 'change_request', mandatory: true, cascadeRule: 'delete' }),
        name: StringColumn({ label: 'Phase', maxLength: 100, mandatory: true, hint: 'e.g. Pilot, Wave 1' }),
        start: DateTimeColumn({ label: 'Start', mandatory: true }),
        end: DateTimeColumn({ label: 'End', mandatory: true }),
        audience_type: StringColumn({
            label: 'Audience',
            maxLength: 40,
            mandatory: true,
            hint: 'Who this phase reaches: then pick the group, department, location or persona',
            choices: {
                group: { label: 'Group', sequence: 1 },
                department: { label: 'Department', sequence: 2 },
                location: { label: 'Location', sequence: 3 },
                persona: { label: 'Persona', sequence: 4 },
                everyone: { label: 'Everyone', sequence: 5 },
            },
        }),
        audience_group: ReferenceColumn({ label: 'Audience group', referenceTable: 'sys_user_group' }),
        audience_department: ReferenceColumn({ label: 'Audience department', referenceTable: 'cmn_department' }),
        audience_location: ReferenceColumn({ label: 'Audience location', referenceTable: 'cmn_location' }),
        audience_persona: ReferenceColumn({ label: 'Audience persona', referenceTable: 'x_psm_persona_persona' }),
        order: IntegerColumn({ label: 'Order', default: 100 }),
    },
})
