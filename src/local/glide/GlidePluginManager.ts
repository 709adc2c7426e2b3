import { isPluginActive } from '../plugins/plugins'

/**
 * GlidePluginManager - Scoped: "provides a method for determining if a plugin has been activated".
 * The documentation's example calls it on an instance (`new GlidePluginManager().isActive(id)`);
 * the SDK's typings declare it static: both work.
 */
export class GlidePluginManager {
    static isActive(pluginId: string): boolean {
        return isPluginActive(String(pluginId ?? ''))
    }

    isActive(pluginId: string): boolean {
        return GlidePluginManager.isActive(pluginId)
    }
}
