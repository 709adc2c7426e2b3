import { namespaceAvailable, USER_CRITERIA_SCOPED_API } from '../plugins'
import { runtime } from './runtime'

/**
 * "The User Criteria Scoped API plugin (ID: com.glideapp.user_criteria.scoped.api) must be enabled
 * to access this API" (UserCriteria - Scoped). Scripts do not see sn_uc at all while it is inactive
 * (engine/scripts.ts); host code importing this module directly (unit tests of the app) gets this error.
 */
function requirePlugin(): void {
    if (!namespaceAvailable('sn_uc')) throw new Error(`sn_uc is not available: the plugin ${USER_CRITERIA_SCOPED_API} (User Criteria Scoped API) is not active`)
}

/**
 * `@servicenow/glide/sn_uc` in the local instance: the platform's UserCriteriaLoader, evaluating
 * user criteria on the active instance (src/local/engine/user-criteria.ts). As on the platform,
 * the user is always given explicitly; only getAllUserCriteria defaults to the session user.
 */
export const UserCriteriaLoader = {
    /** Whether the user matches any of the criteria (sys_ids; a comma-separated list counts as several). */
    userMatches(userId: string, criteriaIds: string[]): boolean {
        requirePlugin()
        return runtime().userCriteria.userMatches(String(userId ?? ''), criteriaIds ?? [])
    },

    /** The criteria among criteriaIds the user matches. */
    getMatchingCriteria(userId: string, criteriaIds: string[]): string[] {
        requirePlugin()
        return runtime().userCriteria.matchingCriteria(String(userId ?? ''), criteriaIds ?? [])
    },

    /** Every active criterion the user (default: the session user) matches. */
    getAllUserCriteria(userId?: string): string[] {
        requirePlugin()
        const rt = runtime()
        return rt.userCriteria.matchingCriteria(userId ? String(userId) : rt.session.userId)
    },
}
