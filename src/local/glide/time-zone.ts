import { isTimeZone, setTimeZoneSource } from '../query/time-zone'
import { activeRuntime, runtime } from './runtime'

/*
 * The session's time zone. "The ServiceNow AI Platform stores time values in Universal Coordinated Time. Times
 * appear globally based on the system time zone (glide.sys.default.tz), or if specified, based on user
 * settings"; the property "System timezone for all users unless overridden in the user's record ... By default,
 * the field is empty. If you have not defined a time zone for this property, America/Los Angeles is the
 * default" (Set a system time zone). A user's zone is sys_user.time_zone. The built-in system session (jobs,
 * events, installs) has no user: it runs on the system zone. A name Intl does not know counts as unset.
 */

export const SYSTEM_TIME_ZONE_PROPERTY = 'glide.sys.default.tz'
export const PLATFORM_DEFAULT_TIME_ZONE = 'America/Los_Angeles'

/** glide.sys.default.tz, or America/Los_Angeles when it is empty or names no zone. */
export function systemTimeZone(): string {
    const value = runtime().properties.get(SYSTEM_TIME_ZONE_PROPERTY)?.trim() ?? ''
    return isTimeZone(value) ? value : PLATFORM_DEFAULT_TIME_ZONE
}

/** The time zone of `userId` (sys_user.time_zone), else the system's. */
export function userTimeZone(userId: string): string {
    const store = runtime().store
    if (userId && userId !== 'system' && store.schema.column('sys_user', 'time_zone')) {
        const row = store.prepare('SELECT time_zone FROM sys_user WHERE sys_id = ?').get(userId) as { time_zone: string | null } | undefined
        const zone = row?.time_zone?.trim() ?? ''
        if (isTimeZone(zone)) return zone
    }
    return systemTimeZone()
}

/** The running session user's time zone; UTC outside any instance (pure query code in unit tests). */
export function sessionTimeZone(): string {
    const rt = activeRuntime()
    return rt ? userTimeZone(rt.session.userId) : 'UTC'
}

setTimeZoneSource(sessionTimeZone)
