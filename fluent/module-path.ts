import { name, version } from '../package.json'

/**
 * The sys_module path prefix of the app's server modules, from package.json: scripts kept as text
 * (mail scripts, script includes, the widget's server script) require modules by this path, and
 * the platform resolves it by the package name and version, so a hand-written copy breaks on the
 * first version bump. The SDK evaluates this template at build time.
 */
export const MODULE_ROOT = `x_psm_persona/${name}/${version}/src/server`
