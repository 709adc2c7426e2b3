import { runtime } from './runtime'

/**
 * `@servicenow/glide/sn_uc` in the local instance: the platform's UserCriteriaLoader, evaluating
 * user criteria on the active instance (src/local/engine/user-criteria.ts). As on the platform,
 * the user is always given explicitly; only getAllUserCriteria defaults to the session user.
 */
export const UserCriteriaLoader = {
    /** Whether the user matches any of the criteria (sys_ids; a comma-separated list counts as several). */
    userMatches(userId: string, criteriaIds: string[]): boolean {
        return runtime().userCriteria.userMatches(String(userId ?? ''), criteriaIds ?? [])
    },

    /** The criteria among criteriaIds the user matches. */
    getMatchingCriteria(userId: string, criteriaIds: string[]): string[] {
        return runtime().userCriteria.matchingCriteria(String(userId ?? ''), criteriaIds ?? [])
    },

    /** Every active criterion the user (default: the session user) matches. */
    getAllUserCriteria(userId?: string): string[] {
        const rt = runtime()
        return rt.userCriteria.matchingCriteria(userId ? String(userId) : rt.session.userId)
    },
}
