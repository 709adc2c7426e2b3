import { GlideDateTime } from '../glide/GlideDateTime'
import { GlideRecord } from '../glide/GlideRecord'
import { asPlatform, runtime } from '../glide/runtime'
import type { Store } from '../store/store'
import { BASE_PLUGINS, PLUGIN_NAMESPACES, pluginSysId } from './registry'

/** The plugin's sys_plugins record, by its ID (source) or sys_id; null when the instance has no such plugin. */
function pluginRecord(idOrSysId: string): GlideRecord | null {
    const gr = new GlideRecord('sys_plugins')
    gr.addQuery('source', idOrSysId)
    gr.setLimit(1)
    gr.query()
    if (gr.next()) return gr
    const bySysId = new GlideRecord('sys_plugins')
    return /^[0-9a-f]{32}$/.test(idOrSysId) && bySysId.get(idOrSysId) ? bySysId : null
}

/**
 * Each store's answers so far, by plugin ID or sys_id. Scoring asks for every qualifier check, so without it
 * a 100,000-profile import read sys_plugins twice per row. The instance forgets them whenever sys_plugins
 * changes (forgetPluginStates from its change listener, which also fires when a write is rolled back), so an
 * activation or deactivation is seen by the next call, as on the platform.
 */
const statesByStore = new WeakMap<Store, Map<string, boolean>>()

/** Drops the cached plugin states of a store: called when sys_plugins is written or metadata is installed. */
export function forgetPluginStates(store: Store): void {
    statesByStore.delete(store)
}

/** GlidePluginManager.isActive: "Determines if the specified plugin has been activated." */
export function isPluginActive(id: string): boolean {
    const key = String(id ?? '')
    const store = runtime().store
    let states = statesByStore.get(store)
    if (!states) statesByStore.set(store, (states = new Map()))
    const known = states.get(key)
    if (known !== undefined) return known
    // The platform answers from its plugin registry: the caller's scope needs no read access to sys_plugins.
    const active = asPlatform(() => {
        const gr = pluginRecord(key)
        return !!gr && gr.getValue('active') === '1'
    })
    states.set(key, active)
    return active
}

/** Whether a plugin-provided script namespace (sn_uc…) exists now; namespaces no plugin provides always do. */
export function namespaceAvailable(namespace: string): boolean {
    const plugin = PLUGIN_NAMESPACES[namespace]
    return !plugin || isPluginActive(plugin)
}

/**
 * Activates or deactivates a plugin the instance has (as an administrator does from the plugin
 * list). Script namespaces follow: the script engine is reset when sys_plugins changes.
 */
export function setPluginActive(id: string, active: boolean): void {
    const gr = pluginRecord(id)
    if (!gr) throw new Error(`No plugin with ID ${id} on this instance`)
    gr.setValue('active', active)
    gr.setWorkflow(false)
    gr.update()
}

/** The plugins every local instance starts with, active (BASE_PLUGINS). Idempotent: an existing record is left as it is. */
export function seedPlugins(): void {
    for (const p of BASE_PLUGINS) {
        if (pluginRecord(p.id)) continue
        const gr = new GlideRecord('sys_plugins')
        gr.initialize()
        gr.setValue('sys_id', pluginSysId(p.id))
        gr.setValue('source', p.id)
        gr.setValue('name', p.name)
        gr.setValue('version', p.version)
        gr.setValue('active', true)
        gr.setValue('install_date', new GlideDateTime().getValue())
        gr.setWorkflow(false)
        gr.insert()
    }
}
