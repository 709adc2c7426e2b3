import { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import type { ScriptRuntime } from './scripts'

export interface JobRow {
    sysId: string
    name: string
    runType: string
    runTime: string
    script: string
}

const DAY_MS = 86_400_000

/**
 * Scheduled jobs (`sysauto_script`): run on demand, or when due — daily/weekly/monthly at their
 * run time, periodically every run_period — checked by the server's timer. The last run is kept
 * in sys_properties so a restart does not run a job twice in one period.
 */
export class ScheduledJobs {
    constructor(private readonly scripts: ScriptRuntime) {}

    list(): JobRow[] {
        const gr = new GlideRecord('sysauto_script')
        gr.addQuery('active', true)
        gr.query()
        const out: JobRow[] = []
        while (gr.next()) {
            out.push({
                sysId: gr.getUniqueValue(),
                name: gr.getValue('name') ?? '',
                runType: gr.getValue('run_type') ?? 'on_demand',
                runTime: gr.getValue('run_time') ?? '',
                script: gr.getValue('script') ?? '',
            })
        }
        return out
    }

    /** Runs one job now, by name or sys_id; throws when there is no such active job. */
    run(nameOrId: string): void {
        const job = this.list().find((j) => j.name === nameOrId || j.sysId === nameOrId)
        if (!job) throw new Error(`No active scheduled job named ${nameOrId}`)
        this.execute(job)
    }

    private execute(job: JobRow): void {
        const fn = this.scripts.compile([], job.script, `sysauto_script:${job.name}`)
        fn()
        runtime().properties.set(`glide.local.job.${job.sysId}.last_run`, String(Date.now()))
    }

    /** Runs the jobs that are due at `now` (epoch ms); returns their names. */
    runDue(now = Date.now()): string[] {
        const ran: string[] = []
        for (const job of this.list()) {
            const last = Number(runtime().properties.get(`glide.local.job.${job.sysId}.last_run`) ?? 0)
            if (!this.due(job, last, now)) continue
            try {
                this.execute(job)
                ran.push(job.name)
            } catch (e) {
                runtime().log('error', `Scheduled job "${job.name}" failed: ${e instanceof Error ? e.message : String(e)}`)
            }
        }
        return ran
    }

    private due(job: JobRow, last: number, now: number): boolean {
        const period = job.runType === 'weekly' ? 7 * DAY_MS : job.runType === 'monthly' ? 30 * DAY_MS : job.runType === 'daily' ? DAY_MS : 0
        if (!period) return false
        // run_time is a date-time whose time of day is when the job runs (UTC on the local instance).
        const m = /(\d{2}):(\d{2}):(\d{2})$/.exec(job.runTime)
        const today = new Date(now)
        const slot = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), m ? +m[1] : 0, m ? +m[2] : 0, m ? +m[3] : 0)
        const latestSlot = slot <= now ? slot : slot - DAY_MS
        return last < latestSlot && now - last >= period - DAY_MS + 1
    }
}
