import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'
import { TRACKER_STATES } from './tables'

/** sys_execution_tracker.state values (the progress API's `status`). */
export const TrackerState = { PENDING: '0', RUNNING: '1', SUCCESSFUL: '2', FAILED: '3', CANCELED: '4' } as const
export type TrackerStateValue = (typeof TrackerState)[keyof typeof TrackerState]

export interface TrackerRow {
    sys_id: string
    name: string | null
    state: number | string | null
    percent_complete: number | null
    message: string | null
    detailed_message: string | null
    source: string | null
    source_table: string | null
}

/**
 * Execution trackers, written outside the work they track (without business rules, as the platform's
 * own processors write them), so a failed install's tracker survives the install's rollback.
 */
export class Trackers {
    constructor(private readonly instance: Instance) {}

    start(name: string, source: { table: string; sysId: string } | null): string {
        return this.instance.run(() => {
            const gr = new GlideRecord('sys_execution_tracker')
            gr.initialize()
            gr.setWorkflow(false)
            gr.setValue('name', name)
            gr.setValue('state', TrackerState.RUNNING)
            gr.setValue('percent_complete', 0)
            gr.setValue('source', source?.sysId ?? '')
            gr.setValue('source_table', source?.table ?? '')
            gr.setValue('start_time', this.instance.store.clock())
            const id = gr.insert()
            if (!id) throw new Error('could not write sys_execution_tracker')
            return id
        })
    }

    finish(sysId: string, state: TrackerStateValue, message: string, detail = ''): void {
        this.instance.run(() => {
            const gr = new GlideRecord('sys_execution_tracker')
            if (!gr.get(sysId)) return
            gr.setWorkflow(false)
            gr.setValue('state', state)
            gr.setValue('percent_complete', state === TrackerState.SUCCESSFUL ? 100 : 0)
            gr.setValue('message', message.slice(0, 1000))
            gr.setValue('detailed_message', detail.slice(0, 65000))
            gr.setValue('completion_time', this.instance.store.clock())
            gr.update()
        })
    }

    get(sysId: string): TrackerRow | undefined {
        return this.instance.store
            .prepare('SELECT sys_id, name, state, percent_complete, message, detailed_message, source, source_table FROM sys_execution_tracker WHERE sys_id = ?')
            .get(sysId) as TrackerRow | undefined
    }
}

/** The body of GET /api/sn_cicd/progress/{id} (cicd-api: links, status, status_label, status_message, status_detail, error, percent_complete). */
export function progressBody(row: TrackerRow, baseUrl: string): Record<string, unknown> {
    const status = String(row.state ?? TrackerState.PENDING)
    const links: Record<string, { id: string; url: string }> = { progress: { id: row.sys_id, url: `${baseUrl}/api/sn_cicd/progress/${row.sys_id}` } }
    if (row.source && row.source_table) links.source = { id: row.source, url: `${baseUrl}/api/now/table/${row.source_table}/${row.source}` }
    return {
        links,
        status,
        status_label: TRACKER_STATES[status] ?? 'Pending',
        status_message: row.message ?? '',
        status_detail: row.detailed_message ?? '',
        error: status === TrackerState.FAILED ? (row.detailed_message || row.message || '') : '',
        percent_complete: Number(row.percent_complete ?? 0),
    }
}
