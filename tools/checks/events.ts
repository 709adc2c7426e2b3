import * as ts from 'typescript'
import { stringScripts, withoutComments, lineAt } from './script-text'
import { walk } from './server-sources'
import { describeRecord, recordsOf, type Check, type CheckInput, type Violation } from './types'

/*
 * Events: queueing a name no sysevent_register record registers "fails silently in scoped apps"
 * (registering-events-guide: "Never fire an event before registering it"), and a notification
 * listening for an unregistered event never fires. Both fail without an error on an instance.
 */

const QUEUE_METHODS = new Set(['eventQueue', 'eventQueueScheduled'])

export interface QueuedEvent {
    name: string
    where: string
}

/** The registered event names of the build. */
export function registeredEvents(input: Pick<CheckInput, 'records'>): Set<string> {
    return new Set(recordsOf(input.records, 'sysevent_register').map((r) => r.fields.event_name).filter((n) => !!n))
}

/**
 * Every event the app queues: in src/server, the literal type of gs.eventQueue's first argument
 * (a constant, a member of an `as const` map, or a union of them); in the build's text scripts,
 * the quoted name. A name the check cannot resolve is itself a violation.
 */
export function queuedEvents({ records, sources }: CheckInput): { events: QueuedEvent[]; unresolved: Violation[] } {
    const events: QueuedEvent[] = []
    const unresolved: Violation[] = []
    for (const file of sources.files()) {
        walk(file, (n) => {
            if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression)) return
            const target = n.expression
            if (!QUEUE_METHODS.has(target.name.text) || !ts.isIdentifier(target.expression) || target.expression.text !== 'gs') return
            const where = sources.location(n)
            const arg = n.arguments[0]
            const names = arg ? sources.stringValues(arg) : null
            if (!names) {
                unresolved.push({
                    check: 'event-registered',
                    where,
                    message: `gs.${target.name.text}(${arg ? arg.getText() : ''}, …): the event name is not a string constant, so nobody can tell whether it is registered. Queue a constant (export const NAME = 'x_psm_persona.…', or an 'as const' map).`,
                })
                return
            }
            for (const name of names) events.push({ name, where })
        })
    }
    for (const s of stringScripts(records)) {
        const text = withoutComments(s.script)
        const re = /\bgs\s*\.\s*eventQueue(?:Scheduled)?\s*\(\s*(['"])([^'"]+)\1/g
        for (let m = re.exec(text); m; m = re.exec(text)) events.push({ name: m[2], where: `${describeRecord(s.record)} ${s.field} line ${lineAt(text, m.index)}` })
    }
    return { events, unresolved }
}

export const eventsRegistered: Check = (input) => {
    const registered = registeredEvents(input)
    const { events, unresolved } = queuedEvents(input)
    const out = [...unresolved]
    for (const e of events) {
        if (!registered.has(e.name)) {
            out.push({
                check: 'event-registered',
                where: e.where,
                message: `queues event '${e.name}', which no sysevent_register record in the build registers: the platform drops it. Register it (Record table 'sysevent_register', event_name '${e.name}').`,
            })
        }
    }
    return out
}

export const notificationEvents: Check = (input) => {
    const registered = registeredEvents(input)
    const out: Violation[] = []
    const listeners = [
        ...recordsOf(input.records, 'sysevent_email_action').filter((r) => r.fields.generation_type === 'event' || !!r.fields.event_name),
        ...recordsOf(input.records, 'sysevent_script_action'),
    ]
    for (const r of listeners) {
        const event = r.fields.event_name ?? ''
        if (!event) {
            out.push({ check: 'notification-event', where: describeRecord(r), message: 'is triggered by an event but names none (event_name is empty): it can never fire.' })
        } else if (!registered.has(event)) {
            out.push({
                check: 'notification-event',
                where: describeRecord(r),
                message: `fires on event '${event}', which no sysevent_register record in the build registers: it can never fire.`,
            })
        }
    }
    return out
}
