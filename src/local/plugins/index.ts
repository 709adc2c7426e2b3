export { PLUGIN_TABLES } from './tables'
export { BASE_PLUGINS, PLUGIN_NAMESPACES, USER_CRITERIA_SCOPED_API, pluginSysId, type PluginDecl } from './registry'
export { forgetPluginStates, isPluginActive, namespaceAvailable, setPluginActive, seedPlugins } from './plugins'
