import { GlideDateTime } from './GlideDateTime'
import { dateHelpers } from '../query/date-helpers'
import type { GlideRecord } from './GlideRecord'
import { currentScope, runtime } from './runtime'
import { scopedApiObject } from './scoped-api'

function hasRoleIn(roles: ReadonlySet<string>, role: string): boolean {
    // The platform: admin passes every role check; several roles comma-separated mean any of them.
    if (roles.has('admin')) return true
    return String(role)
        .split(',')
        .map((r) => r.trim())
        .some((r) => r !== '' && roles.has(r))
}

function text(message: unknown, args: unknown[]): string {
    let out = String(message)
    args.forEach((a, i) => (out = out.replace(new RegExp(`\\{${i}\\}`, 'g'), String(a))))
    return out
}

/** The logged-in user, as gs.getUser() returns it. */
export interface GlideUser {
    getID(): string
    getName(): string
    getUserName(): string
    hasRole(role: string): boolean
    getRoles(): string[]
    isMemberOf(group: string): boolean
}

/**
 * GlideSystem: the session's user, properties, events, logging and messages. The global surface;
 * a scoped script reaches only the members the scoped reference documents (scoped-api.ts).
 */
const globalGs = {
    getUserID(): string {
        return runtime().session.userId
    },
    getUserName(): string {
        return runtime().session.userName
    },
    /** "Gets the name of the current scope" (GlideSystem - Scoped): the scope the running script executes in. */
    getCurrentScopeName(): string {
        return currentScope()
    },
    /** "Returns the name field of the current user (e.g. John Smith, as opposed to jsmith)" (GlideSystem - Scoped). */
    getUserDisplayName(): string {
        const rt = runtime()
        const row = rt.store.prepare('SELECT name, first_name, last_name FROM sys_user WHERE sys_id = ?').get(rt.session.userId) as
            | { name: string | null; first_name: string | null; last_name: string | null }
            | undefined
        return row?.name || [row?.first_name, row?.last_name].filter(Boolean).join(' ') || rt.session.userName
    },
    getUser(): GlideUser {
        const rt = runtime()
        const { userId, userName, roles } = rt.session
        // The scoped GlideUser (c_GlideUserScopedAPI.md) is a subset of the global one.
        return scopedApiObject<GlideUser>({
            getID: () => userId,
            getName: () => userName,
            getUserName: () => userName,
            hasRole: (role: string) => hasRoleIn(roles, role),
            getRoles: () => [...roles],
            isMemberOf: (group: string) => {
                const stmt = rt.store.prepare(
                    'SELECT 1 FROM sys_user_grmember m JOIN sys_user_group g ON g.sys_id = m."group" WHERE m."user" = ? AND (g.sys_id = ? OR g.name = ?) LIMIT 1',
                )
                return !!stmt.get(userId, group, group)
            },
        }, 'GlideUser')
    },
    hasRole(role: string): boolean {
        return hasRoleIn(runtime().session.roles, role)
    },
    getProperty(name: string, alt?: unknown): string {
        const v = runtime().properties.get(name)
        return v === undefined ? (alt === undefined ? (undefined as unknown as string) : String(alt)) : v
    },
    setProperty(name: string, value: unknown): void {
        runtime().properties.set(name, String(value))
    },
    /** Queues an event on the default queue; the processor hands it to notifications and script actions. */
    eventQueue(name: string, record: GlideRecord | null, parm1?: unknown, parm2?: unknown, queue?: string): void {
        const table = record ? record.getRecordClassName() : ''
        const instance = record ? record.getUniqueValue() : ''
        runtime().events.queue(name, table, instance, parm1 == null ? '' : String(parm1), parm2 == null ? '' : String(parm2), queue ?? '')
    },
    info(message: unknown, ...args: unknown[]): void {
        runtime().log('info', text(message, args))
    },
    warn(message: unknown, ...args: unknown[]): void {
        runtime().log('warn', text(message, args))
    },
    error(message: unknown, ...args: unknown[]): void {
        runtime().log('error', text(message, args))
    },
    debug(message: unknown, ...args: unknown[]): void {
        runtime().log('debug', text(message, args))
    },
    /** Global only ("Function log is not allowed in scope …"): scoped scripts use gs.info()/gs.debug(). */
    log(message: unknown, source?: string): void {
        runtime().log('info', source ? `${source}: ${String(message)}` : String(message))
    },
    /** Global only: writes the message to the system log. */
    print(message: unknown): void {
        runtime().log('info', String(message))
    },
    addInfoMessage(message: unknown): void {
        runtime().messages.info.push(String(message))
    },
    addErrorMessage(message: unknown): void {
        runtime().messages.error.push(String(message))
    },
    getMessage(message: string, args?: unknown[] | unknown): string {
        return text(message, Array.isArray(args) ? args : args === undefined ? [] : [args])
    },
    // platform-difference: utc-time-zone
    nowDateTime(): string {
        return new GlideDateTime().getValue()
    },
    nowNoTZ(): string {
        return new GlideDateTime().getValue()
    },
    generateGUID(): string {
        return runtime().store.newSysId()
    },
    nil(value: unknown): boolean {
        return value === null || value === undefined || String(value) === ''
    },
    daysAgo(days: number): string {
        const d = new GlideDateTime()
        d.addDaysUTC(-days)
        return d.getValue()
    },
    isInteractive(): boolean {
        return runtime().session.userId !== 'system'
    },
}

export const gs = scopedApiObject(globalGs, 'GlideSystem')

export type GlideSystem = typeof gs

// The date helpers filters and integrations write into `javascript:` query values (gs.beginningOfToday(),
// gs.daysAgoStart(7), …): one definition, shared with the query engine's named ranges (query/date-helpers.ts).
Object.assign(gs, dateHelpers())
