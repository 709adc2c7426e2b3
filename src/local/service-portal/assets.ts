import * as fs from 'node:fs'
import * as path from 'node:path'
import type { WidgetRow } from './records'

/*
 * The files a portal page loads: AngularJS and ngSanitize from the `angular` and `angular-sanitize`
 * packages, the runtime and base styles (client/), and each widget's client controller and link
 * function as a script (a widget's client code is a script file, not a string the page compiles:
 * the pages' Content-Security-Policy forbids 'unsafe-eval').
 */

export interface Asset {
    type: string
    body: string | Buffer
}

const JS = 'application/javascript; charset=utf-8'
const CSS = 'text/css; charset=utf-8'

function packageFile(pkg: string, file: string): string {
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file)
}

/** The fixed files, by name, read once. */
const FILES: Readonly<Record<string, { file: () => string; type: string }>> = {
    'scripts/angular.min.js': { file: () => packageFile('angular', 'angular.min.js'), type: JS },
    'scripts/angular-sanitize.min.js': { file: () => packageFile('angular-sanitize', 'angular-sanitize.min.js'), type: JS },
    'scripts/sp-runtime.js': { file: () => path.join(__dirname, 'client', 'sp-runtime.js'), type: JS },
    'styles/angular-csp.css': { file: () => packageFile('angular', 'angular-csp.css'), type: CSS },
    'styles/portal.css': { file: () => path.join(__dirname, 'client', 'portal.css'), type: CSS },
}

const loaded = new Map<string, Asset>()

/** A fixed asset by its path under /scripts/sp or /styles/sp ("scripts/angular.min.js"); undefined when unknown. */
export function fixedAsset(name: string): Asset | undefined {
    const spec = FILES[name]
    if (!spec) return undefined
    let asset = loaded.get(name)
    if (!asset) {
        asset = { type: spec.type, body: fs.readFileSync(spec.file()) }
        loaded.set(name, asset)
    }
    return asset
}

/** The text of a script with its comments blanked, to see what its first statement is. */
function leadingCode(script: string): string {
    return script.replace(/^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*/, '').trimStart()
}

/**
 * A function expression from a widget field. The platform takes two forms of client controller:
 * `function ($scope, spUtil) { ... }` and `api.controller = function () { ... };` (what the SDK's
 * SPWidget writes); a link function is `function link(scope, element, attrs, controller) { ... }`.
 */
function functionExpression(script: string | null | undefined, apiForm: boolean): string {
    const text = (script ?? '').trim()
    if (!text) return 'null'
    if (apiForm && /^api\.controller\s*=/.test(leadingCode(text))) return `(function () { var api = {};\n${text}\n;\nreturn api.controller; })()`
    return `(\n${text.replace(/;\s*$/, '')}\n)`
}

/** The script that registers a widget's controller and link function with the runtime. */
export function widgetScript(widget: WidgetRow): string {
    return (
        `/* ${String(widget.name).replace(/\*\//g, '* /')} (sp_widget ${widget.sys_id}) */\n` +
        `(window.spWidgets = window.spWidgets || {})[${JSON.stringify(widget.sys_id)}] = {\n` +
        `controller: ${functionExpression(widget.client_script, true)},\n` +
        `link: ${functionExpression(widget.link, false)}\n};\n`
    )
}
