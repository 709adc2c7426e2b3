import { withScope } from '../glide/runtime'
import type { Instance } from '../instance'
import { escapeHtml } from '../http/respond'
import { canSee, hasOneRole, type Viewer } from './access'
import type { InstanceRow, PortalRecords, PortalRow, WidgetRow } from './records'
import { GlideSPScriptable } from './sp-api'
import type { StyleCompiler } from './styles'

/*
 * Runs a widget's server script as the platform does ("Widget server script": "data: an object
 * containing properties set during server-side execution; input: an object containing client-side
 * properties ... undefined until the client-side controller calls c.server.update(); options: the
 * widget's options; $sp: GlideSPScriptable"): in the script sandbox, in the scope of the application
 * that owns the widget (withScope), as the session user, and returns the widget model the client
 * renders: its template (messages resolved), compiled CSS, options and the JSON of `data`.
 */

/** What the client needs to render one widget (also what $sp.getWidget returns). */
export interface WidgetModel {
    sys_id: string
    id: string
    name: string
    controller_as: string
    template: string
    /**
     * The widget's Angular ng-templates (sp_ng_template), ID → HTML with its messages resolved as the
     * template's: the client puts them in $templateCache before it compiles the widget, so
     * `ng-include="'<id>'"` finds them without a request.
     */
    ngTemplates: Record<string, string>
    css: string
    options: Record<string, unknown>
    data: unknown
    /** The sp_instance it was rendered for (null for an embedded widget). */
    instance_id: string | null
    /** Where the client controller and link function are served from (cache-busted by the widget's update time). */
    script_url: string
    /** Messages the script added (gs.addInfoMessage / addErrorMessage), as the platform's $$uiNotification. */
    $$uiNotification?: Array<{ type: 'info' | 'error'; message: string }>
}

export interface RunContext {
    viewer: Viewer
    params: ReadonlyMap<string, string>
    /** The client's JSON body on a widget call; undefined on page load. */
    input: unknown
    instance: InstanceRow | null
    portal: PortalRow | null
    /** Options given by an embedding widget ($sp.getWidget). */
    options?: Record<string, unknown>
}

/** Embedded widgets deeper than this are refused: a widget that embeds itself would never end. */
const MAX_EMBED_DEPTH = 5

type ScriptFn = (...args: unknown[]) => unknown

/** The widget's `${message}` strings, as the platform translates them when it serves the template (escaped: they become HTML). */
export function resolveMessages(template: string, translate: (key: string) => string): string {
    return template.replace(/\$\{([^{}]+)\}/g, (_whole, key: string) => escapeHtml(translate(key.trim())))
}

/** The widget's options: its option schema's defaults, the instance's fields and parameters, then any given. */
export function widgetOptions(widget: WidgetRow, instance: InstanceRow | null, given: Record<string, unknown> = {}): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    try {
        const schema = JSON.parse(widget.option_schema || '[]') as Array<{ name?: unknown; default_value?: unknown }>
        if (Array.isArray(schema)) for (const o of schema) if (o && typeof o.name === 'string' && o.default_value !== undefined && o.default_value !== '') out[o.name] = o.default_value
    } catch {
        // A malformed schema gives no defaults.
    }
    if (instance) {
        for (const f of ['title', 'short_description', 'class_name', 'color', 'size', 'glyph', 'url'] as const) if (instance[f]) out[f] = instance[f]
        try {
            const params = JSON.parse(instance.widget_parameters || '{}') as Record<string, unknown>
            if (params && typeof params === 'object' && !Array.isArray(params)) {
                for (const [k, v] of Object.entries(params)) out[k] = v && typeof v === 'object' && 'value' in (v as object) ? (v as { value: unknown }).value : v
            }
        } catch {
            // Malformed parameters: none.
        }
    }
    return { ...out, ...given }
}

export class WidgetRunner {
    constructor(
        private readonly instance: Instance,
        private readonly records: PortalRecords,
        private readonly styles: StyleCompiler,
    ) {}

    /** Whether the viewer may run this widget (and this instance of it). */
    allowed(viewer: Viewer, widget: WidgetRow, instance: InstanceRow | null): boolean {
        return canSee(viewer, widget) && (!instance || hasOneRole(viewer, instance.roles))
    }

    /**
     * Runs the widget's server script and returns its model. Must be called inside instance.run with
     * the viewer's session. A script that throws is logged; the widget keeps the data set before it threw.
     */
    run(widget: WidgetRow, ctx: RunContext, depth = 0): WidgetModel {
        const options = widgetOptions(widget, ctx.instance, ctx.options)
        const { data, messages } = this.serverScript(widget, ctx, options, depth)
        const css = this.styles.compile(widget.css, `.v${widget.sys_id}`, ctx.portal?.css_variables ?? '')
        if (css.error) this.instance.log('warn', `Widget ${widget.name}: its SCSS did not compile: ${css.error}`)
        const instanceCss = ctx.instance ? this.styles.compile(ctx.instance.css, `.v${widget.sys_id}`, ctx.portal?.css_variables ?? '') : { css: '' }
        const model: WidgetModel = {
            sys_id: widget.sys_id,
            id: widget.id ?? '',
            name: widget.name,
            controller_as: /^[A-Za-z_$][\w$]*$/.test(widget.controller_as ?? '') ? (widget.controller_as as string) : 'c',
            template: resolveMessages(widget.template ?? '', (key) => this.translate(key)),
            ngTemplates: Object.fromEntries(this.records.ngTemplates(widget.sys_id).map((t) => [t.id, resolveMessages(t.template, (key) => this.translate(key))])),
            css: css.css + instanceCss.css,
            options,
            data,
            instance_id: ctx.instance?.sys_id ?? null,
            script_url: `/scripts/sp/widget/${widget.sys_id}.js?v=${encodeURIComponent(widget.sys_updated_on ?? '')}`,
        }
        if (messages.length) model.$$uiNotification = messages
        return model
    }

    private serverScript(widget: WidgetRow, ctx: RunContext, options: Record<string, unknown>, depth: number): { data: unknown; messages: Array<{ type: 'info' | 'error'; message: string }> } {
        const scripts = this.instance.scripts
        // JSON crosses into the script context as context objects (the script may change them freely) and back as text.
        const parse = scripts.compile(['text'], 'return JSON.parse(text);', 'sp_widget (data)', 'checked') as ScriptFn
        const stringify = scripts.compile(['value'], 'return JSON.stringify(value === undefined ? null : value);', 'sp_widget (data)', 'checked') as ScriptFn
        const data = parse('{}')
        const input = ctx.input === undefined ? undefined : parse(JSON.stringify(ctx.input))
        const hostInput = ctx.input && typeof ctx.input === 'object' && !Array.isArray(ctx.input) ? (ctx.input as Record<string, unknown>) : undefined
        const sp = new GlideSPScriptable({ params: ctx.params, input: hostInput, instance: ctx.instance, portal: ctx.portal, viewer: ctx.viewer }, this.records, (id, embedOptions) => {
            if (depth + 1 > MAX_EMBED_DEPTH) throw new Error(`$sp.getWidget: widgets are embedded more than ${MAX_EMBED_DEPTH} deep`)
            const embedded = this.records.widget(id)
            if (!embedded || !this.allowed(ctx.viewer, embedded, null)) return null
            const model = this.run(embedded, { ...ctx, input: undefined, instance: null, options: embedOptions }, depth + 1)
            return parse(JSON.stringify(model)) as Record<string, unknown>
        })
        const messagesBefore = this.instance.messages
        const added = { info: [] as string[], error: [] as string[] }
        this.instance.messages = added
        const label = `sp_widget:${widget.id || widget.sys_id}`
        try {
            if ((widget.script ?? '').trim()) {
                const fn = scripts.compile(['data', 'input', 'options', '$sp'], widget.script ?? '', label) as ScriptFn
                withScope(this.records.scopeName(widget.sys_scope), () => fn(data, input, parse(JSON.stringify(options)), sp))
            }
        } catch (e) {
            this.instance.log('error', `${label} server script failed: ${e instanceof Error ? e.message : String(e)}`)
        } finally {
            this.instance.messages = messagesBefore
        }
        const messages = [...added.info.map((m) => ({ type: 'info' as const, message: m })), ...added.error.map((m) => ({ type: 'error' as const, message: m }))]
        return { data: this.json(stringify, data, label), messages }
    }

    private json(stringify: ScriptFn, data: unknown, label: string): unknown {
        try {
            return JSON.parse(String(stringify(data)))
        } catch (e) {
            this.instance.log('error', `${label}: its data is not JSON: ${e instanceof Error ? e.message : String(e)}`)
            return {}
        }
    }

    /** A message key in the session's language: the key itself (no translations are installed). */
    // platform-difference: sp-messages-untranslated
    private translate(key: string): string {
        return key
    }
}
