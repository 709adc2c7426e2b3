import type { Store } from '../store/store'

/*
 * The Service Portal's records as the runtime reads them: a portal, its pages, a page's layout
 * (containers > rows > columns > widget instances, a row possibly nested in a column) and widgets.
 * Plain reads of the store: what a page shows is decided in access.ts and page.ts.
 */

export interface PortalRow {
    sys_id: string
    title: string
    url_suffix: string
    homepage: string | null
    login_page: string | null
    notfound_page: string | null
    sc_catalog: string | null
    css_variables: string | null
}

export interface PageRow {
    sys_id: string
    id: string
    title: string | null
    css: string | null
    public: number | null
    roles: string | null
    draft: number | null
    sys_scope: string | null
}

export interface WidgetRow {
    sys_id: string
    id: string | null
    name: string
    script: string | null
    client_script: string | null
    template: string | null
    css: string | null
    link: string | null
    controller_as: string | null
    option_schema: string | null
    public: number | null
    roles: string | null
    sys_scope: string | null
    sys_updated_on: string | null
}

export interface InstanceRow {
    sys_id: string
    sp_widget: string | null
    sp_column: string | null
    title: string | null
    short_description: string | null
    widget_parameters: string | null
    css: string | null
    class_name: string | null
    color: string | null
    size: string | null
    glyph: string | null
    url: string | null
    roles: string | null
    active: number | null
}

export interface ColumnLayout {
    sys_id: string
    size: number
    size_sm: number | null
    size_lg: number | null
    size_xs: number | null
    class_name: string
    /** Widget instances then nested rows, each in its order. */
    instances: InstanceRow[]
    rows: RowLayout[]
}

export interface RowLayout {
    sys_id: string
    class_name: string
    columns: ColumnLayout[]
}

export interface ContainerLayout {
    sys_id: string
    width: string
    class_name: string
    background_color: string
    rows: RowLayout[]
}

/** Nested rows deeper than this are not followed: a column that contains its own row is a loop. */
const MAX_NESTING = 8

export class PortalRecords {
    constructor(private readonly store: Store) {}

    /** The portal at a URL suffix (the default one for "sp"), or any active default portal. */
    portal(urlSuffix: string): PortalRow | undefined {
        const cols = 'sys_id, title, url_suffix, homepage, login_page, notfound_page, sc_catalog, css_variables'
        return (this.store.prepare(`SELECT ${cols} FROM sp_portal WHERE url_suffix = ? AND inactive IS NOT 1 LIMIT 1`).get(urlSuffix) ??
            this.store.prepare(`SELECT ${cols} FROM sp_portal WHERE "default" = 1 AND inactive IS NOT 1 LIMIT 1`).get()) as PortalRow | undefined
    }

    /** The active portal with exactly this URL suffix (/<suffix>?id=...). */
    portalBySuffix(urlSuffix: string): PortalRow | undefined {
        return this.store
            .prepare('SELECT sys_id, title, url_suffix, homepage, login_page, notfound_page, sc_catalog, css_variables FROM sp_portal WHERE url_suffix = ? AND inactive IS NOT 1 LIMIT 1')
            .get(urlSuffix) as PortalRow | undefined
    }

    portalBySysId(sysId: string): PortalRow | undefined {
        return this.store
            .prepare('SELECT sys_id, title, url_suffix, homepage, login_page, notfound_page, sc_catalog, css_variables FROM sp_portal WHERE sys_id = ? AND inactive IS NOT 1')
            .get(sysId) as PortalRow | undefined
    }

    pageById(id: string): PageRow | undefined {
        // An app's page with a base page's id replaces it (base pages are global).
        return this.store
            .prepare("SELECT sys_id, id, title, css, public, roles, draft, sys_scope FROM sp_page WHERE id = ? ORDER BY CASE WHEN sys_scope IS NULL OR sys_scope IN ('', 'global') THEN 1 ELSE 0 END, sys_id LIMIT 1")
            .get(id) as PageRow | undefined
    }

    pageBySysId(sysId: string | null): PageRow | undefined {
        if (!sysId) return undefined
        return this.store.prepare('SELECT sys_id, id, title, css, public, roles, draft, sys_scope FROM sp_page WHERE sys_id = ?').get(sysId) as PageRow | undefined
    }

    /** A widget by sys_id or by its id, as $sp.getWidget and the widget API take either. */
    widget(idOrSysId: string): WidgetRow | undefined {
        const cols = 'sys_id, id, name, script, client_script, template, css, link, controller_as, option_schema, public, roles, sys_scope, sys_updated_on'
        return (this.store.prepare(`SELECT ${cols} FROM sp_widget WHERE sys_id = ?`).get(idOrSysId) ??
            this.store.prepare(`SELECT ${cols} FROM sp_widget WHERE id = ? LIMIT 1`).get(idOrSysId)) as WidgetRow | undefined
    }

    instance(sysId: string): InstanceRow | undefined {
        return this.store.prepare(`SELECT ${INSTANCE_COLS} FROM sp_instance WHERE sys_id = ?`).get(sysId) as InstanceRow | undefined
    }

    /** The page an instance sits on (through column, row, container; nested rows followed up). */
    pageOfInstance(instance: InstanceRow): PageRow | undefined {
        let column = instance.sp_column
        for (let depth = 0; column && depth < MAX_NESTING; depth++) {
            const row = this.store.prepare('SELECT r.sp_container AS container, r.sp_column AS parent FROM sp_column c JOIN sp_row r ON r.sys_id = c.sp_row WHERE c.sys_id = ?').get(column) as
                | { container: string | null; parent: string | null }
                | undefined
            if (!row) return undefined
            if (row.container) {
                const page = this.store.prepare('SELECT sp_page FROM sp_container WHERE sys_id = ?').get(row.container) as { sp_page: string | null } | undefined
                return this.pageBySysId(page?.sp_page ?? null)
            }
            column = row.parent
        }
        return undefined
    }

    /** The page's containers, rows, columns and active widget instances, each level in its order. */
    layout(pageSysId: string): ContainerLayout[] {
        const containers = this.store
            .prepare('SELECT sys_id, width, class_name, background_color FROM sp_container WHERE sp_page = ? ORDER BY "order", sys_id')
            .all(pageSysId) as Array<{ sys_id: string; width: string | null; class_name: string | null; background_color: string | null }>
        return containers.map((c) => ({
            sys_id: c.sys_id,
            width: c.width === 'container-fluid' ? 'container-fluid' : 'container',
            class_name: c.class_name ?? '',
            background_color: c.background_color ?? '',
            rows: this.rows('sp_container', c.sys_id, 0),
        }))
    }

    private rows(parentField: 'sp_container' | 'sp_column', parent: string, depth: number): RowLayout[] {
        if (depth > MAX_NESTING) return []
        const rows = this.store.prepare(`SELECT sys_id, class_name FROM sp_row WHERE ${parentField} = ? ORDER BY "order", sys_id`).all(parent) as Array<{ sys_id: string; class_name: string | null }>
        return rows.map((r) => ({ sys_id: r.sys_id, class_name: r.class_name ?? '', columns: this.columns(r.sys_id, depth) }))
    }

    private columns(rowSysId: string, depth: number): ColumnLayout[] {
        const cols = this.store
            .prepare('SELECT sys_id, size, size_sm, size_lg, size_xs, class_name FROM sp_column WHERE sp_row = ? ORDER BY "order", sys_id')
            .all(rowSysId) as Array<{ sys_id: string; size: number | null; size_sm: number | null; size_lg: number | null; size_xs: number | null; class_name: string | null }>
        return cols.map((c) => ({
            sys_id: c.sys_id,
            size: c.size ?? 12,
            size_sm: c.size_sm,
            size_lg: c.size_lg,
            size_xs: c.size_xs,
            class_name: c.class_name ?? '',
            instances: this.store.prepare(`SELECT ${INSTANCE_COLS} FROM sp_instance WHERE sp_column = ? AND active IS NOT 0 ORDER BY "order", sys_id`).all(c.sys_id) as InstanceRow[],
            rows: this.rows('sp_column', c.sys_id, depth + 1),
        }))
    }

    /** The scope name (sys_scope.scope) of a record's sys_scope reference; global when none. */
    scopeName(scopeSysId: string | null): string {
        if (!scopeSysId || scopeSysId === 'global') return 'global'
        // sys_scope extends sys_package: its rows live in the hierarchy's table.
        const root = this.store.schema.maybeTable('sys_scope')?.root ?? 'sys_scope'
        const row = this.store.prepare(`SELECT scope FROM "${root}" WHERE sys_id = ?`).get(scopeSysId) as { scope: string | null } | undefined
        return row?.scope || 'global'
    }

    /** The Angular modules and JS/CSS include addresses of a widget's dependencies, in order. */
    dependencies(widgetSysId: string): Array<{ module: string; js: Array<{ id: string; source: string; url: string }>; css: Array<{ id: string; source: string; url: string }> }> {
        const deps = this.store
            .prepare('SELECT d.sys_id, d.module FROM m2m_sp_widget_dependency m JOIN sp_dependency d ON d.sys_id = m.sp_dependency WHERE m.sp_widget = ? ORDER BY d.name, d.sys_id')
            .all(widgetSysId) as Array<{ sys_id: string; module: string | null }>
        return deps.map((d) => ({
            module: d.module ?? '',
            js: this.store
                .prepare(
                    'SELECT j.sys_id AS id, j.source AS source, j.url AS url FROM m2m_sp_dependency_js_include m JOIN sp_js_include j ON j.sys_id = m.sp_js_include WHERE m.sp_dependency = ? ORDER BY m."order", j.sys_id',
                )
                .all(d.sys_id) as Array<{ id: string; source: string; url: string }>,
            css: this.store
                .prepare(
                    'SELECT c.sys_id AS id, c.source AS source, c.url AS url FROM m2m_sp_dependency_css_include m JOIN sp_css_include c ON c.sys_id = m.sp_css_include WHERE m.sp_dependency = ? ORDER BY m."order", c.sys_id',
                )
                .all(d.sys_id) as Array<{ id: string; source: string; url: string }>,
        }))
    }

    /** A widget's Angular ng-templates (sp_ng_template), by ID; the first of two with one ID wins. */
    ngTemplates(widgetSysId: string): Array<{ id: string; template: string }> {
        const rows = this.store.prepare('SELECT id, template FROM sp_ng_template WHERE sp_widget = ? ORDER BY id, sys_id').all(widgetSysId) as Array<{ id: string | null; template: string | null }>
        const out: Array<{ id: string; template: string }> = []
        for (const r of rows) if (r.id && !out.some((t) => t.id === r.id)) out.push({ id: r.id, template: r.template ?? '' })
        return out
    }

    /** A local JS include's UI script text (active scripts only). */
    uiScript(jsIncludeSysId: string): string | undefined {
        const row = this.store
            .prepare("SELECT s.script FROM sp_js_include j JOIN sys_ui_script s ON s.sys_id = j.sys_ui_script WHERE j.sys_id = ? AND j.source = 'local' AND s.active IS NOT 0")
            .get(jsIncludeSysId) as { script: string | null } | undefined
        return row ? (row.script ?? '') : undefined
    }

    /** A local CSS include's style sheet text. */
    styleSheet(cssIncludeSysId: string): string | undefined {
        const row = this.store.prepare("SELECT s.css FROM sp_css_include c JOIN sp_css s ON s.sys_id = c.sp_css WHERE c.sys_id = ? AND c.source = 'local'").get(cssIncludeSysId) as
            | { css: string | null }
            | undefined
        return row ? (row.css ?? '') : undefined
    }
}

const INSTANCE_COLS = 'sys_id, sp_widget, sp_column, title, short_description, widget_parameters, css, class_name, color, size, glyph, url, roles, active'
