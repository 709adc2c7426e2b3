import type { TableDecl } from '../base/table-decl'

/*
 * The platform tables behind an app upload (`now-sdk install`): the execution tracker the CI/CD
 * progress API reads ("status_detail … Corresponds to the detailed_message field in the Execution
 * Tracker [sys_execution_tracker] table", cicd-api), the rollback context an install reports, the
 * upgrade history and the update mutex the SDK polls. Real names and internal types; only the
 * columns the upload and the SDK read or write.
 */

/** sys_execution_tracker.state, as the progress API's `status` ("0: Pending, 1: Running, 2: Successful, 3: Failed, 4: Canceled"). */
export const TRACKER_STATES: Record<string, string> = { '0': 'Pending', '1': 'Running', '2': 'Successful', '3': 'Failed', '4': 'Canceled' }

export const CICD_TABLES: readonly TableDecl[] = [
    {
        name: 'sys_execution_tracker',
        label: 'Execution Tracker',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 255, display: true },
            state: { type: 'integer', label: 'State', default: '0', choices: TRACKER_STATES },
            percent_complete: { type: 'integer', label: 'Percent complete', default: '0' },
            message: { type: 'string', label: 'Message', maxLength: 1000 },
            detailed_message: { type: 'string', label: 'Detailed message', maxLength: 65000 },
            result: { type: 'string', label: 'Result', maxLength: 4000 },
            source: { type: 'string', label: 'Source', maxLength: 32 },
            source_table: { type: 'table_name', label: 'Source table', maxLength: 80 },
            start_time: { type: 'glide_date_time', label: 'Start time' },
            completion_time: { type: 'glide_date_time', label: 'Completion time' },
        },
    },
    {
        name: 'sys_rollback_context',
        label: 'Rollback Context',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 255, display: true },
            state: { type: 'string', label: 'State', maxLength: 40, choices: { open: 'Open', closed: 'Closed', rolled_back: 'Rolled back' } },
            source: { type: 'string', label: 'Source', maxLength: 32 },
            source_table: { type: 'table_name', label: 'Source table', maxLength: 80 },
        },
    },
    {
        name: 'sys_upgrade_history',
        label: 'Upgrade History',
        columns: {
            from_version: { type: 'string', label: 'From version', maxLength: 255 },
            to_version: { type: 'string', label: 'To version', maxLength: 255, display: true },
            upgrade_started: { type: 'glide_date_time', label: 'Upgrade started' },
            upgrade_finished: { type: 'glide_date_time', label: 'Upgrade finished' },
        },
    },
    {
        name: 'sys_mutex',
        label: 'Mutex',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            acquired: { type: 'glide_date_time', label: 'Acquired' },
            acquired_by: { type: 'string', label: 'Acquired by', maxLength: 255 },
        },
    },
]
