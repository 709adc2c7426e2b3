import { GlideRecord } from '../glide/GlideRecord'
import type { Store } from '../store/store'
import type { Operation } from './business-rules'

/**
 * Inherited roles written as `sys_user_has_role` rows, as the platform keeps them: "A user inherits
 * roles from all groups to which they belong" and "Add a user to a group so that the user inherits all
 * the roles assigned to the group" (Managing roles / Add a user to a group); "Roles inherited from
 * other roles are added as individual entries in the User Roles table [sys_user_has_role]" (Role
 * Management V2); the audit of a role change names the "Granted by group: If the role was inherited,
 * the group that the role was inherited from" (Audit user roles).
 *
 * After each membership, group role, contained role or direct grant is written (with business rules,
 * so after its after rules), the affected users' inherited rows are brought in line: missing ones
 * inserted (inherited = true, granted_by = the group, included_in_role = the containing role), stale
 * ones deleted, each through GlideRecord so the rules of sys_user_has_role fire.
 */
const AFFECTING = new Set(['sys_user_grmember', 'sys_user_has_role', 'sys_group_has_role', 'sys_user_role_contains'])

export class RoleInheritance {
    constructor(private readonly store: Store) {}

    /** Whether a write to `table` makes this engine write inherited rows. */
    static writesFor(table: string): boolean {
        return AFFECTING.has(table)
    }

    /** Called for every write with rules (RecordWriter.onWrite). */
    written(op: Operation, current: GlideRecord, previous: GlideRecord | null): void {
        if (op === 'query') return
        const table = current.getRecordClassName()
        if (!AFFECTING.has(table)) return
        const users = new Set<string>()
        // An update may move the row (another user, group or role): both sides are brought in line.
        for (const gr of previous?.isValidRecord() ? [current, previous] : [current]) {
            const value = (f: string) => gr.getValue(f) ?? ''
            if (table === 'sys_user_grmember') users.add(value('user'))
            // Rows this engine writes are inherited: they never cascade again.
            else if (table === 'sys_user_has_role' && value('inherited') !== '1') users.add(value('user'))
            else if (table === 'sys_group_has_role') for (const u of this.membersOf(value('group'))) users.add(u)
            else if (table === 'sys_user_role_contains') for (const u of this.holdersOf(value('role'))) users.add(u)
        }
        for (const user of users) this.sync(user)
    }

    private membersOf(group: string): string[] {
        if (!group) return []
        return (this.store.prepare('SELECT DISTINCT "user" AS u FROM sys_user_grmember WHERE "group" = ?').all(group) as Array<{ u: string | null }>).map((r) => r.u ?? '').filter(Boolean)
    }

    /** Users who hold a role directly, through a group, or inherited. */
    private holdersOf(role: string): string[] {
        if (!role) return []
        const rows = this.store
            .prepare(
                `SELECT "user" AS u FROM sys_user_has_role WHERE role = ?
                 UNION SELECT m."user" AS u FROM sys_user_grmember m JOIN sys_group_has_role g ON g."group" = m."group" WHERE g.role = ?`,
            )
            .all(role, role) as Array<{ u: string | null }>
        return rows.map((r) => r.u ?? '').filter(Boolean)
    }

    /** Brings one user's inherited rows in line with their groups and the roles their roles contain. */
    sync(userId: string): void {
        if (!userId) return
        const contains = new Map<string, string[]>()
        for (const r of this.store.prepare('SELECT role, contains FROM sys_user_role_contains').all() as Array<{ role: string | null; contains: string | null }>) {
            if (r.role && r.contains) contains.set(r.role, [...(contains.get(r.role) ?? []), r.contains])
        }
        const wanted = new Map<string, { role: string; grantedBy: string; includedIn: string }>()
        const add = (role: string, grantedBy: string, includedIn: string): void => {
            const key = `${role}|${grantedBy}|${includedIn}`
            if (wanted.has(key)) return
            wanted.set(key, { role, grantedBy, includedIn })
            for (const c of contains.get(role) ?? []) add(c, grantedBy, role)
        }
        const direct = this.store
            .prepare(`SELECT role FROM sys_user_has_role WHERE "user" = ? AND inherited IS NOT 1 AND (state IS NULL OR state = 'active')`)
            .all(userId) as Array<{ role: string | null }>
        for (const d of direct) for (const c of d.role ? (contains.get(d.role) ?? []) : []) add(c, '', d.role as string)
        const viaGroups = this.store
            .prepare('SELECT m."group" AS grp, g.role AS role FROM sys_user_grmember m JOIN sys_group_has_role g ON g."group" = m."group" WHERE m."user" = ?')
            .all(userId) as Array<{ grp: string | null; role: string | null }>
        for (const g of viaGroups) if (g.role && g.grp) add(g.role, g.grp, '')

        const existing = this.store
            .prepare('SELECT sys_id, role, granted_by, included_in_role FROM sys_user_has_role WHERE "user" = ? AND inherited = 1')
            .all(userId) as Array<{ sys_id: string; role: string | null; granted_by: string | null; included_in_role: string | null }>
        for (const row of existing) {
            const key = `${row.role ?? ''}|${row.granted_by ?? ''}|${row.included_in_role ?? ''}`
            if (wanted.delete(key)) continue
            const gr = new GlideRecord('sys_user_has_role')
            if (gr.get(row.sys_id)) gr.deleteRecord()
        }
        for (const w of wanted.values()) {
            const gr = new GlideRecord('sys_user_has_role')
            gr.initialize()
            gr.setValue('user', userId)
            gr.setValue('role', w.role)
            gr.setValue('inherited', true)
            if (w.grantedBy) gr.setValue('granted_by', w.grantedBy)
            if (w.includedIn) gr.setValue('included_in_role', w.includedIn)
            gr.insert()
        }
    }
}
