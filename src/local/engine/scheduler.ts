import { runtime } from '../glide/runtime'

export interface Job {
    name: string
    run(): void
}

// platform-difference: async-queue-in-memory
/**
 * In-process scheduler for async business rules and on-demand jobs. Work is queued, never run
 * inside the transaction that queued it; tests call drain() to run everything deterministically.
 */
export class Scheduler {
    private readonly queue: Job[] = []

    enqueue(job: Job): void {
        this.queue.push(job)
    }

    pending(): number {
        return this.queue.length
    }

    /** Runs up to `limit` queued jobs in order; returns how many ran. */
    runPending(limit = Infinity): number {
        let ran = 0
        while (this.queue.length && ran < limit) {
            const job = this.queue.shift() as Job
            ran++
            try {
                job.run()
            } catch (e) {
                runtime().log('error', `Job "${job.name}" failed: ${e instanceof Error ? e.message : String(e)}`)
            }
        }
        return ran
    }
}
