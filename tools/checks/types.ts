import type { BuildRecord } from '../../src/local/install/read-build'
import type { ServerSources } from './server-sources'

/** The platform rules checked on the build output and the instance code (tools/checks/platform-rules.ts). */
export type CheckName =
    | 'user-criteria-session'
    | 'before-rule-update'
    | 'event-registered'
    | 'notification-event'
    | 'persona-criteria'
    | 'script-references'
    | 'es2021-engine'

export interface Violation {
    check: CheckName
    /** The record or source location at fault: "user_criteria 'Persona: X' (update/user_criteria_….xml)", "src/server/a.ts:12". */
    where: string
    message: string
}

export interface CheckInput {
    /** Every record of the build (readBuild of dist/app). */
    records: readonly BuildRecord[]
    /** The instance code the build was made from (src/server), for checks that follow module functions. */
    sources: ServerSources
}

export type Check = (input: CheckInput) => Violation[]

/** The build's INSERT_OR_UPDATE records of a table. */
export function recordsOf(records: readonly BuildRecord[], table: string): BuildRecord[] {
    return records.filter((r) => r.table === table && r.action.toUpperCase() === 'INSERT_OR_UPDATE')
}

/** "sys_script 'Validate persona rankings' (update/sys_script_….xml)". */
export function describeRecord(r: BuildRecord, label = r.fields.name || r.fields.event_name || r.sysId): string {
    return `${r.table} '${label}' (${r.file})`
}
