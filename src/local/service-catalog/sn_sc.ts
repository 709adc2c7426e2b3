/**
 * `sn_sc` in the local instance: the Service Catalog Scoped API namespace scripts see (and what
 * `require('@servicenow/glide/sn_sc')` returns), present while its plugin is active
 * (com.glideapp.servicecatalog.scoped.api, plugins/registry.ts PLUGIN_NAMESPACES).
 */
export { CartJS } from './cart-js'
