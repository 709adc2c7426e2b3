import { gs, GlidePluginManager } from '@servicenow/glide'
import { UserCriteriaLoader } from '@servicenow/glide/sn_uc'

/**
 * The plugin that provides sn_uc: "The User Criteria Scoped API plugin (ID:
 * com.glideapp.user_criteria.scoped.api) must be enabled to access this API" (UserCriteria -
 * Scoped). The app declares it as a dependency (fluent/app/dependencies.now.ts); should it be
 * deactivated after install, the app degrades instead of failing.
 */
export const USER_CRITERIA_PLUGIN = 'com.glideapp.user_criteria.scoped.api'

export type CriteriaLoader = typeof UserCriteriaLoader

let warned = false

/**
 * sn_uc.UserCriteriaLoader while its plugin is active; otherwise null, after logging once (per
 * module load) what is degraded and how to fix it.
 */
export function userCriteriaLoader(): CriteriaLoader | null {
    if (GlidePluginManager.isActive(USER_CRITERIA_PLUGIN) && typeof UserCriteriaLoader !== 'undefined' && UserCriteriaLoader) return UserCriteriaLoader
    if (!warned) {
        warned = true
        gs.warn(
            'Persona Service Management: the plugin {0} (User Criteria Scoped API) is not active, so sn_uc is unavailable. ' +
                'Personas with a qualifier are not assigned and catalog items restricted by user criteria are shown as unavailable until an administrator activates the plugin.',
            USER_CRITERIA_PLUGIN,
        )
    }
    return null
}
