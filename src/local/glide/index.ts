/**
 * What `@servicenow/glide` resolves to in the local instance: the same names the platform
 * provides to server modules, acting on the active local instance.
 */
export { GlideRecord, QueryCondition } from './GlideRecord'
export { GlideRecordSecure } from './GlideRecordSecure'
export { GlideAggregate } from './GlideAggregate'
export { GlideElement } from './GlideElement'
export { GlideDateTime } from './GlideDateTime'
export { gs } from './gs'
export { GlidePluginManager } from './GlidePluginManager'
export { GlideScriptableInputStream, GlideSysAttachment } from './GlideSysAttachment'
export type { GlideSystem, GlideUser } from './gs'
