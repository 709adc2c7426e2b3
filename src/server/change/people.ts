import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import type { MailRecipient } from './render-model.ts'

/**
 * Visits these users with a few of their columns, in one aggregate grouped by sys_id and those
 * columns: it reads the columns asked for, not 200 whole user records.
 */
function readUsers(userIds: readonly string[], columns: readonly string[], visit: (user: GlideAggregate) => void): void {
    if (!userIds.length) return
    const user = new GlideAggregate('sys_user')
    user.addQuery('sys_id', 'IN', userIds.join(','))
    user.addAggregate('COUNT', '')
    user.groupBy('sys_id')
    for (const column of columns) user.groupBy(column)
    user.query()
    while (user.next()) visit(user)
}

/**
 * The users among these that exist and are active. Only an explicit false ('0') makes a user
 * inactive: a user whose active is empty still counts, as it always did here.
 */
function activeUsersAmong(userIds: readonly string[]): Set<string> {
    const active = new Set<string>()
    readUsers(userIds, ['active'], (user) => {
        if (user.getValue('active') !== '0') active.add(user.getValue('sys_id') || '')
    })
    return active
}

/** Names of these users (name, else user_name). */
export function userNames(userIds: readonly string[]): Record<string, string> {
    const names: Record<string, string> = {}
    readUsers(userIds, ['name', 'user_name'], (user) => {
        names[user.getValue('sys_id') || ''] = user.getValue('name') || user.getValue('user_name') || ''
    })
    return names
}

/** Members of each of these groups, in membership order, without duplicates, in one query (inactive users included). */
function membersOfGroups(groupIds: readonly string[]): Map<string, string[]> {
    const byGroup = new Map<string, string[]>()
    if (!groupIds.length) return byGroup
    const members = new GlideRecord('sys_user_grmember')
    members.addQuery('group', 'IN', groupIds.join(','))
    members.orderBy('sys_created_on')
    members.query()
    while (members.next()) {
        const group = members.getValue('group') || ''
        const user = members.getValue('user') || ''
        if (!group || !user) continue
        const list = byGroup.get(group)
        if (!list) byGroup.set(group, [user])
        else if (list.indexOf(user) < 0) list.push(user)
    }
    return byGroup
}

/** sys_id of the group with this name, '' when there is none. */
export function groupIdByName(name: string): string {
    const group = new GlideRecord('sys_user_group')
    return group.get('name', name) ? group.getUniqueValue() : ''
}

/** Memberships of the group whose user exists and is active (active empty counts as active, as elsewhere here). */
function activeMembershipQuery(groupId: string): string {
    return `group=${groupId}^user.sys_idISNOTEMPTY^user.active!=false^ORuser.activeISEMPTY`
}

/**
 * Whether the group has at least one active member (other than `except`): the first such membership
 * answers, so the query stops there instead of counting every member of a CAB of 200.
 */
export function hasActiveMember(groupId: string, except = ''): boolean {
    if (!groupId) return false
    const members = new GlideRecord('sys_user_grmember')
    members.addEncodedQuery(activeMembershipQuery(groupId))
    if (except) members.addQuery('user', '!=', except)
    members.setLimit(1)
    members.query()
    return members.next()
}

/**
 * Active members of a group, each once, with their persona ('' for none), ordered by user sys_id
 * (stable), in one aggregate query over the memberships: no member list goes back to the database
 * as a 200-item IN.
 */
export function activeMembersWithPersona(groupId: string): Array<{ user: string; persona: string }> {
    if (!groupId) return []
    const members = new GlideAggregate('sys_user_grmember')
    members.addEncodedQuery(activeMembershipQuery(groupId))
    members.addAggregate('COUNT', '')
    members.groupBy('user')
    members.groupBy('user.x_psm_persona_persona')
    members.query()
    const out: Array<{ user: string; persona: string }> = []
    while (members.next()) {
        const user = members.getValue('user') || ''
        if (user) out.push({ user, persona: members.getValue('user.x_psm_persona_persona') || '' })
    }
    return out
}

/** Active users holding a role directly or through a group: direct holders first, then each group's members. */
export function usersWithRole(roleName: string): string[] {
    const role = new GlideRecord('sys_user_role')
    if (!role.get('name', roleName)) return []
    const roleId = role.getUniqueValue()
    const candidates: string[] = []
    const direct = new GlideRecord('sys_user_has_role')
    direct.addQuery('role', roleId)
    direct.query()
    while (direct.next()) {
        const user = direct.getValue('user') || ''
        const state = direct.getValue('state') || 'active'
        if (user && state === 'active' && candidates.indexOf(user) < 0) candidates.push(user)
    }
    const groups: string[] = []
    const viaGroup = new GlideRecord('sys_group_has_role')
    viaGroup.addQuery('role', roleId)
    viaGroup.query()
    while (viaGroup.next()) {
        const group = viaGroup.getValue('group') || ''
        if (group && groups.indexOf(group) < 0) groups.push(group)
    }
    const membersByGroup = membersOfGroups(groups)
    for (const group of groups) {
        for (const user of membersByGroup.get(group) || []) if (candidates.indexOf(user) < 0) candidates.push(user)
    }
    // Direct holders come first and each group's members follow in group order, so filtering the
    // ordered candidates keeps the order the per-user lookups used to produce.
    const active = activeUsersAmong(candidates)
    return candidates.filter((user) => active.has(user))
}

function groupNames(userId: string): string[] {
    const members = new GlideRecord('sys_user_grmember')
    members.addQuery('user', userId)
    members.query()
    const out: string[] = []
    while (members.next()) {
        const name = members.getDisplayValue('group')
        if (name) out.push(name)
    }
    return out
}

/** Mobility rank at which a reader gets the mobile-first variant (Virtual/Mobile 4). */
export const MOBILE_RANK = 4

/** The personas that rank Virtual/Mobile 4: their readers get the mobile-first variant. */
export function mobilePersonas(): Set<string> {
    const mobile = new Set<string>()
    const persona = new GlideRecord('x_psm_persona_persona')
    persona.addQuery('mobility', MOBILE_RANK)
    persona.query()
    while (persona.next()) mobile.add(persona.getUniqueValue())
    return mobile
}

/**
 * The reader of a message: name, whether their persona ranks Virtual/Mobile 4, and what a phase
 * audience may name for them. An unknown user reads the standard variant.
 */
export function recipientProfile(userId: string): MailRecipient {
    const user = new GlideRecord('sys_user')
    if (!userId || !user.get(userId)) return { sysId: '', name: '', mobile: false, attributes: [] }
    const mobility = user.getValue('x_psm_persona_persona') ? Number(user.getValue('x_psm_persona_persona.mobility')) : 0
    const groups = groupNames(userId)
    const audience = {
        person: [user.getValue('name') || '', user.getValue('user_name') || ''].filter((a) => !!a),
        groups,
        places: [user.getDisplayValue('department'), user.getDisplayValue('location')].filter((a) => !!a),
        persona: [user.getDisplayValue('x_psm_persona_persona')].filter((a) => !!a),
    }
    const attributes = [...audience.places, ...audience.persona, ...groups]
    return {
        sysId: userId,
        name: user.getValue('name') || user.getValue('user_name') || '',
        mobile: mobility === MOBILE_RANK,
        attributes,
        audience,
    }
}
