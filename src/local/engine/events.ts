import { runtime, type EventSink } from '../glide/runtime'
import type { Store } from '../store/store'

export interface SysEvent {
    sysId: string
    name: string
    table: string
    instance: string
    parm1: string
    parm2: string
    queue: string
    userId: string
    userName: string
    createdOn: string
}

export type EventHandler = (event: SysEvent) => void

interface EventRow {
    sys_id: string
    name: string
    table: string | null
    instance: string | null
    parm1: string | null
    parm2: string | null
    queue: string | null
    user_id: string | null
    user_name: string | null
    sys_created_on: string
}

/**
 * gs.eventQueue writes a `sysevent` row inside the caller's transaction (so a rolled-back write
 * leaves no event, and a committed one is never lost); the processor later hands ready events to
 * subscribers (notifications, script actions) and marks them processed.
 */
export class EventQueue implements EventSink {
    private readonly handlers: EventHandler[] = []

    constructor(private readonly store: Store) {}

    subscribe(handler: EventHandler): void {
        this.handlers.push(handler)
    }

    queue(name: string, table: string, instance: string, parm1: string, parm2: string, queue: string): void {
        const now = this.store.clock()
        const session = runtime().session
        this.store.insertRow('sysevent', {
            sys_id: this.store.newSysId(),
            sys_class_name: 'sysevent',
            sys_created_on: now,
            sys_created_by: session.userName,
            sys_updated_on: now,
            sys_updated_by: session.userName,
            sys_mod_count: 0,
            name,
            table: table || null,
            instance: instance || null,
            parm1: parm1 || null,
            parm2: parm2 || null,
            queue: queue || null,
            state: 'ready',
            process_on: now,
            user_id: session.userId,
            user_name: session.userName,
        })
    }

    pending(): number {
        return (this.store.prepare("SELECT COUNT(*) AS n FROM sysevent WHERE state = 'ready'").get() as { n: number }).n
    }

    /** Processes up to `limit` ready events in the order they were queued; returns how many. */
    process(limit = 500): number {
        const rows = this.store
            .prepare("SELECT sys_id, name, \"table\", instance, parm1, parm2, queue, user_id, user_name, sys_created_on FROM sysevent WHERE state = 'ready' AND (process_on IS NULL OR process_on <= ?) ORDER BY sys_created_on, rowid LIMIT ?")
            .all(this.store.clock(), limit) as EventRow[]
        for (const r of rows) {
            const event: SysEvent = {
                sysId: r.sys_id,
                name: r.name,
                table: r.table ?? '',
                instance: r.instance ?? '',
                parm1: r.parm1 ?? '',
                parm2: r.parm2 ?? '',
                queue: r.queue ?? '',
                userId: r.user_id ?? '',
                userName: r.user_name ?? '',
                createdOn: r.sys_created_on,
            }
            let state = 'processed'
            // Each event and everything its subscribers write commit together: a crash never half-processes one.
            this.store.transaction(() => {
                for (const h of this.handlers) {
                    try {
                        h(event)
                    } catch (e) {
                        state = 'error'
                        runtime().log('error', `Event ${event.name} handler failed: ${e instanceof Error ? e.message : String(e)}`)
                    }
                }
                this.store.prepare('UPDATE sysevent SET state = ?, processed = ?, sys_updated_on = ? WHERE sys_id = ?').run(state, this.store.clock(), this.store.clock(), r.sys_id)
            })
        }
        return rows.length
    }
}
