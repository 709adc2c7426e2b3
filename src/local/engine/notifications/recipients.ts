import type { GlideRecord } from '../../glide/GlideRecord'
import { runtime } from '../../glide/runtime'
import type { Store } from '../../store/store'
import type { NotificationDef } from './definitions'

/** One address a message goes to, and the user it belongs to (null for a plain address or a group's address). */
export interface Recipient {
    address: string
    userId: string | null
    userName: string | null
}

/** Who caused the notification and what the event carried (null parameters for record-triggered ones). */
export interface RecipientContext {
    current: GlideRecord
    parm1: string | null
    parm2: string | null
    /** The user who caused it: sysevent.user_id, or the session user of the write. */
    creatorId: string
}

interface UserRow {
    sys_id: string
    user_name: string | null
    email: string | null
    active: number | null
}

interface GroupRow {
    sys_id: string
    email: string | null
    include_members: number | null
}

/** One place a recipient came from, kept in order so messages are written in a stable order. */
type Source = { kind: 'user'; id: string } | { kind: 'lookup'; key: string } | { kind: 'group'; id: string } | { kind: 'address'; address: string }

const SYS_ID = /^[0-9a-f]{32}$/i
/** SQLite's bound-parameter limit is far above this; chunks keep each statement small and cacheable. */
const CHUNK = 400

function chunks<T>(items: readonly T[]): T[][] {
    const out: T[][] = []
    for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
    return out
}

/** `?, ?, ...` for n parameters, built once per n: a CAB's request names 100 users, in every send. */
const IN_LISTS = new Map<number, string>()
function inList(n: number): string {
    let list = IN_LISTS.get(n)
    if (list === undefined) {
        list = new Array(n).fill('?').join(', ')
        if (n <= CHUNK) IN_LISTS.set(n, list)
    }
    return list
}

/** The statement reading users by sys_id for n of them, its text built once per n (the statement cache is keyed by it). */
const USERS_BY_ID = new Map<number, string>()
function usersByIdSql(n: number): string {
    let sql = USERS_BY_ID.get(n)
    if (sql === undefined) {
        sql = `SELECT sys_id, user_name, email, active FROM sys_user WHERE sys_id IN (${inList(n)})`
        if (n <= CHUNK) USERS_BY_ID.set(n, sql)
    }
    return sql
}

function isA(store: Store, table: string, base: string): boolean {
    return table === base || store.schema.ancestry(table).includes(base)
}

function splitList(value: string): string[] {
    return value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
}

/** Where the notification says to look: its users and groups, the record's fields, the event's parameters. */
function sources(store: Store, def: NotificationDef, ctx: RecipientContext): Source[] {
    const out: Source[] = []
    for (const u of def.users) out.push(u.includes('@') ? { kind: 'address', address: u } : { kind: 'user', id: u })
    for (const g of def.groups) out.push({ kind: 'group', id: g })
    for (const path of def.fields) {
        const el = ctx.current.getElement(path)
        if (!el) {
            runtime().log('warn', `Notification "${def.name}": recipient field ${path} does not exist on ${ctx.current.getRecordClassName()}`)
            continue
        }
        const value = el.getValue()
        if (!value) continue
        const type = el.getED().getInternalType()
        if (type === 'reference' || type === 'glide_list') {
            const target = el.getReferenceTable()
            const group = !!target && isA(store, target, 'sys_user_group')
            const user = !!target && isA(store, target, 'sys_user')
            for (const item of type === 'glide_list' ? splitList(value) : [value]) {
                // A list field (a watch list) may hold plain addresses next to user sys_ids.
                if (item.includes('@')) out.push({ kind: 'address', address: item })
                else if (group) out.push({ kind: 'group', id: item })
                else if (user) out.push({ kind: 'user', id: item })
            }
        } else if (value.includes('@')) out.push({ kind: 'address', address: value.trim() })
    }
    for (const [enabled, parm] of [
        [def.parm1, ctx.parm1],
        [def.parm2, ctx.parm2],
    ] as const) {
        if (!enabled || !parm) continue
        for (const item of splitList(parm)) out.push(item.includes('@') ? { kind: 'address', address: item } : { kind: 'lookup', key: item })
    }
    return out
}

/**
 * The recipients of one notification for one record, deduplicated by address. Every lookup is one
 * query for all of them (groups, their members, the users), never one per recipient.
 * Rules: inactive users and users without an email address never receive; the user who caused the
 * notification receives it only when `send_self` ("Send to event creator") is set; a group with its
 * own email address receives at that address, its members too only when the group's "Include members"
 * is set (the platform's sys_user_group fields); a group without one reaches each member.
 */
export function resolveRecipients(store: Store, def: NotificationDef, ctx: RecipientContext): Recipient[] {
    const found = sources(store, def, ctx)
    if (!found.length) return []

    const byId = new Map<string, UserRow>()
    const byName = new Map<string, UserRow>()
    const asked = new Set<string>()
    const readUsers = (ids: Iterable<string>) => {
        const wanted: string[] = []
        for (const id of ids) {
            if (asked.has(id)) continue
            asked.add(id)
            wanted.push(id)
        }
        // Read as arrays into one generated class (Store.rows), not as objects better-sqlite3 builds key by key.
        for (const chunk of chunks(wanted)) for (const u of store.rows(usersByIdSql(chunk.length), chunk) as unknown as UserRow[]) byId.set(u.sys_id, u)
    }
    const creator = !def.sendSelf && ctx.creatorId ? [ctx.creatorId] : []
    // Sorted by kind in one pass (a CAB's request holds 100 lookups: no array per source).
    const lookups: string[] = []
    const userSources: string[] = []
    const plainSources = new Set<string>()
    for (const s of found) {
        if (s.kind === 'lookup') lookups.push(s.key)
        else if (s.kind === 'user') userSources.push(s.id)
        else if (s.kind === 'address') plainSources.add(s.address.trim().toLowerCase())
    }
    // An event parameter names users far more often than groups (an approval request for 100 approvers): its
    // sys_ids are looked up as users first, and only those that are no user's as groups. A sys_id names one
    // record of the whole instance, so which table is asked first changes no answer, only the queries.
    if (lookups.length) readUsers([...userSources, ...lookups, ...creator])

    const groupIds = new Set<string>()
    for (const s of found) {
        if (s.kind === 'group') groupIds.add(s.id)
        else if (s.kind === 'lookup' && !byId.has(s.key) && SYS_ID.test(s.key)) groupIds.add(s.key)
    }
    const groups = new Map<string, GroupRow>()
    const members = new Map<string, string[]>()
    for (const ids of chunks([...groupIds])) {
        for (const g of store.prepare(`SELECT sys_id, email, include_members FROM sys_user_group WHERE sys_id IN (${inList(ids.length)})`).all(...ids) as GroupRow[]) {
            groups.set(g.sys_id, g)
        }
    }
    const expand = [...groups.values()].filter((g) => !g.email || g.include_members === 1).map((g) => g.sys_id)
    for (const ids of chunks(expand)) {
        const rows = store.prepare(`SELECT "group" AS g, "user" AS u FROM sys_user_grmember WHERE "group" IN (${inList(ids.length)}) ORDER BY rowid`).all(...ids) as Array<{ g: string; u: string | null }>
        for (const r of rows) {
            if (!r.u) continue
            const list = members.get(r.g) ?? []
            list.push(r.u)
            members.set(r.g, list)
        }
    }

    const userIds: string[] = [...creator, ...userSources]
    for (const list of members.values()) userIds.push(...list)
    readUsers(userIds)
    const userNames = [...new Set(lookups.filter((key) => !groups.has(key) && !byId.has(key)))]
    for (const names of chunks(userNames)) {
        for (const u of store.prepare(`SELECT sys_id, user_name, email, active FROM sys_user WHERE user_name IN (${inList(names.length)})`).all(...names) as UserRow[]) {
            if (u.user_name) byName.set(u.user_name, u)
        }
    }

    // A plain address that is a user's is that user's: it inherits their active flag (and counts as the creator's).
    const byAddress = new Map<string, UserRow>()
    const plain = [...plainSources]
    for (const addresses of chunks(plain)) {
        const rows = store.prepare(`SELECT sys_id, user_name, email, active FROM sys_user WHERE lower(email) IN (${inList(addresses.length)}) ORDER BY (active IS NOT 0) DESC`).all(...addresses) as UserRow[]
        for (const u of rows) {
            const key = (u.email ?? '').trim().toLowerCase()
            if (!byAddress.has(key)) byAddress.set(key, u)
        }
    }
    const creatorRow = !def.sendSelf ? byId.get(ctx.creatorId) : undefined
    const creatorAddress = creatorRow?.email?.trim().toLowerCase() ?? ''
    const out: Recipient[] = []
    const seen = new Set<string>()
    const add = (address: string | null, user: UserRow | null) => {
        const clean = (address ?? '').trim()
        if (!clean) return
        const key = clean.toLowerCase()
        if (seen.has(key)) return
        if (!def.sendSelf && (user ? user.sys_id === ctx.creatorId : key === creatorAddress)) return
        seen.add(key)
        out.push({ address: clean, userId: user?.sys_id ?? null, userName: user?.user_name ?? null })
    }
    const addUser = (user: UserRow | undefined) => {
        if (!user || user.active === 0) return
        add(user.email, user)
    }
    for (const s of found) {
        if (s.kind === 'address') {
            const owner = byAddress.get(s.address.trim().toLowerCase())
            if (owner) addUser(owner)
            else add(s.address, null)
        } else if (s.kind === 'user') addUser(byId.get(s.id))
        else if (s.kind === 'lookup') {
            const group = groups.get(s.key)
            if (group) addGroup(group)
            else addUser(byId.get(s.key) ?? byName.get(s.key))
        } else {
            const group = groups.get(s.id)
            if (group) addGroup(group)
        }
    }
    return out

    function addGroup(group: GroupRow): void {
        if (group.email) add(group.email, null)
        for (const id of members.get(group.sys_id) ?? []) addUser(byId.get(id))
    }
}
