import { randomBytes } from 'node:crypto'
import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'

export interface AdminAccount {
    userName: string
    /** The plain password, only when this call set it (generated or from the environment); never stored plain. */
    password: string | null
    created: boolean
}

/** A password people can type: 20 characters from a URL-safe alphabet (~120 bits). */
export function generatePassword(): string {
    return randomBytes(15).toString('base64url')
}

/**
 * The `admin` user with role admin. Created on first start with a generated password (or the
 * given one); an explicitly given password also replaces an existing one. There is no fixed password.
 */
export function ensureAdmin(instance: Instance, explicitPassword: string | undefined): AdminAccount {
    return instance.run(() => {
        const user = new GlideRecord('sys_user')
        const exists = user.get('user_name', 'admin')
        if (exists && !explicitPassword) return { userName: 'admin', password: null, created: false }
        const password = explicitPassword || generatePassword()
        if (!exists) {
            user.initialize()
            user.setValue('user_name', 'admin')
            user.setValue('first_name', 'System')
            user.setValue('last_name', 'Administrator')
            user.setValue('name', 'System Administrator')
            user.setValue('email', 'admin@example.com')
        }
        user.setValue('user_password', password)
        user.setWorkflow(false)
        const id = exists ? user.update() : user.insert()
        if (!id) throw new Error('Could not write the admin user')
        const role = new GlideRecord('sys_user_role')
        if (!role.get('name', 'admin')) throw new Error('The base system lacks the admin role')
        const has = new GlideRecord('sys_user_has_role')
        has.addQuery('user', id)
        has.addQuery('role', role.getUniqueValue())
        has.query()
        if (!has.next()) {
            has.initialize()
            has.setValue('user', id)
            has.setValue('role', role.getUniqueValue())
            has.insert()
        }
        return { userName: 'admin', password, created: !exists }
    })
}
