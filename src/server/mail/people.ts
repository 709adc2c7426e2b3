import { GlideRecord } from '@servicenow/glide'

/*
 * How an email names a user: the full name in facts ("Bea Boss approved…"), the first name in a
 * greeting where the user has one. A user with no name is named by their user ID rather than not at all.
 */

/** The sys_user fields a name is made of (null or '' when empty). */
export interface UserNameFields {
    first_name?: string | null
    name?: string | null
    user_name?: string | null
}

/** name, else user_name, else ''. Pure. */
export function displayNameOf(u: UserNameFields): string {
    return u.name || u.user_name || ''
}

/** first_name, else name, else user_name, else ''. Pure. */
export function greetingNameOf(u: UserNameFields): string {
    return u.first_name || displayNameOf(u)
}

/** The fields of a user record, read once. */
export function nameFieldsOf(user: GlideRecord): UserNameFields {
    return { first_name: user.getValue('first_name'), name: user.getValue('name'), user_name: user.getValue('user_name') }
}

function userFields(userId: string): UserNameFields {
    const u = new GlideRecord('sys_user')
    return userId && u.get(userId) ? nameFieldsOf(u) : {}
}

/** A user's full name by sys_id ('' when there is no such user). */
export function userDisplayName(userId: string): string {
    return displayNameOf(userFields(userId))
}

/** How a greeting addresses a user by sys_id ('' when there is no such user). */
export function userGreetingName(userId: string): string {
    return greetingNameOf(userFields(userId))
}
