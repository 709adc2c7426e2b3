import { zipSync } from 'fflate'

/*
 * A hand-made application package, as `now-sdk build` writes its records and `now-sdk pack` zips them:
 * scope/sys_app_<id>.xml (the application) and update/ (its records), entry names with a leading "/".
 */

export const APP_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
export const OTHER_APP_ID = 'f0e1d2c3b4a5968778695a4b3c2d1e0f'
export const SCOPE = 'x_upl_demo'
export const INCLUDE_ID = '0123456789abcdef0123456789abcdef'

export const text = (s: string) => new TextEncoder().encode(s)

export function appXml(sysId = APP_ID, scope = SCOPE): string {
    return `<?xml version="1.0"?><record_update table="sys_app"><sys_app action="INSERT_OR_UPDATE"><sys_id>${sysId}</sys_id><sys_scope display_value="${scope}">${sysId}</sys_scope><name>Upload demo</name><scope>${scope}</scope><source>${scope}</source><version>1.0.0</version><active>true</active></sys_app></record_update>`
}

export function includeXml(scopeId = APP_ID, sysId = INCLUDE_ID): string {
    return `<?xml version="1.0"?><record_update table="sys_script_include"><sys_script_include action="INSERT_OR_UPDATE"><sys_id>${sysId}</sys_id><sys_scope display_value="${SCOPE}">${scopeId}</sys_scope><name>Greeter</name><api_name>${SCOPE}.Greeter</api_name><active>true</active><access>package_private</access><script><![CDATA[var Greeter = Class.create(); Greeter.prototype = { initialize: function () {}, hello: function () { return 'hello'; }, type: 'Greeter' };]]></script></sys_script_include></record_update>`
}

/** A package as `now-sdk pack` zips it: entry names with a leading "/", plus package_inventory.csv. */
export function appPackage(extra: Record<string, string> = {}, app = appXml(), include = includeXml()): Uint8Array {
    const files: Record<string, Uint8Array> = {
        [`/scope/sys_app_${APP_ID}.xml`]: text(app),
        [`/update/sys_script_include_${INCLUDE_ID}.xml`]: text(include),
        '/package_inventory.csv': text('path,sha256\n'),
    }
    for (const [name, content] of Object.entries(extra)) files[name] = text(content)
    return zipSync(files)
}

/** The same records as a build output folder (dist/app), for what installs a build directly. */
export function appBuildFiles(extra: Record<string, string> = {}, include = includeXml()): Record<string, string> {
    return { [`scope/sys_app_${APP_ID}.xml`]: appXml(), [`update/sys_script_include_${INCLUDE_ID}.xml`]: include, ...extra }
}
