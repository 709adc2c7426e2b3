import { GlideRecord } from '../glide/GlideRecord'
import { runtime, withScope } from '../glide/runtime'
import type { ScriptRuntime } from './scripts'

export interface JobRow {
    sysId: string
    name: string
    runType: string
    runTime: string
    /** 1 (Monday) to 7 (Sunday), for weekly jobs. */
    dayOfWeek: number
    /** 1 to 31, for monthly jobs (clamped to the month's last day). */
    dayOfMonth: number
    script: string
    /** The application scope the script runs in (the job record's sys_scope). */
    scope: string
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
                dayOfWeek: Number(gr.getValue('run_dayofweek') ?? 1) || 1,
                dayOfMonth: Number(gr.getValue('run_dayofmonth') ?? 1) || 1,
                script: gr.getValue('script') ?? '',
                scope: this.scripts.scopeOf(gr.getValue('sys_scope')),
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
        // platform-difference: group-commit
        // A job is a batch: its writes are committed in groups (each still atomic), see Store.batched.
        // The job's script runs in the scope of the application that owns the job.
        runtime().store.batched(() => withScope(job.scope, () => fn()))
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
        const slot = latestSlot(job, now)
        return slot !== null && last < slot
    }
}

/**
 * The most recent time at or before `now` when the job was scheduled to run (UTC on the local
 * instance): daily at run_time, weekly on run_dayofweek (1 = Monday), monthly on run_dayofmonth.
 * null for jobs that only run on demand.
 */
export function latestSlot(job: Pick<JobRow, 'runType' | 'runTime' | 'dayOfWeek' | 'dayOfMonth'>, now: number): number | null {
    const m = /(\d{2}):(\d{2}):(\d{2})$/.exec(job.runTime)
    const [h, min, s] = m ? [+m[1], +m[2], +m[3]] : [0, 0, 0]
    const d = new Date(now)
    const at = (y: number, mo: number, day: number) => Date.UTC(y, mo, day, h, min, s)
    if (job.runType === 'daily') {
        const today = at(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
        return today <= now ? today : today - DAY_MS
    }
    if (job.runType === 'weekly') {
        const isoToday = ((d.getUTCDay() + 6) % 7) + 1
        const back = (isoToday - job.dayOfWeek + 7) % 7
        const candidate = at(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back)
        return candidate <= now ? candidate : candidate - 7 * DAY_MS
    }
    if (job.runType === 'monthly') {
        const inMonth = (y: number, mo: number) => at(y, mo, Math.min(job.dayOfMonth, new Date(Date.UTC(y, mo + 1, 0)).getUTCDate()))
        const candidate = inMonth(d.getUTCFullYear(), d.getUTCMonth())
        return candidate <= now ? candidate : inMonth(d.getUTCFullYear(), d.getUTCMonth() - 1)
    }
    return null
}
