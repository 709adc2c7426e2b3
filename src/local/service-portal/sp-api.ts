import { GlideRecord } from '../glide/GlideRecord'
import { runtime } from '../glide/runtime'
import { canSee, hasOneRole, type Viewer } from './access'
import type { InstanceRow, PortalRecords, PortalRow } from './records'

/*
 * $sp, the GlideSPScriptable API of widget server scripts (ServiceNowDocs, "GlideSPScriptable -
 * Scoped": "You access GlideSPScriptable methods by using the global $sp object"). One object per
 * widget run, holding that run's request: the page's URL parameters, the JSON body the client sent
 * (`input`), the widget's sp_instance and the portal. Scripts see only its methods (the sandbox hides
 * an instance's own state).
 */

/** What a widget run knows about its request. */
export interface SpRequest {
    /** The page's URL parameters (id, sys_id, table ...). */
    params: ReadonlyMap<string, string>
    /** The client's JSON body (host view), undefined on page load. */
    input: Record<string, unknown> | undefined
    instance: InstanceRow | null
    portal: PortalRow | null
    viewer: Viewer
}

/** Renders an embedded widget (`$sp.getWidget`): the page runtime supplies it. */
export type EmbedWidget = (idOrSysId: string, options: Record<string, unknown>) => Record<string, unknown> | null

const INSTANCE_FIELDS = new Set(['title', 'short_description', 'widget_parameters', 'css', 'class_name', 'color', 'size', 'glyph', 'url'])

/** A comma-separated list of names as an array (blank entries dropped). */
function names(list: unknown): string[] {
    return String(list ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
}

function isRecord(value: unknown): value is GlideRecord {
    return value instanceof GlideRecord
}

export class GlideSPScriptable {
    constructor(
        private readonly request: SpRequest,
        private readonly records: PortalRecords,
        private readonly embed: EmbedWidget,
    ) {}

    /**
     * "Returns the value of the specified parameter", "the name of the key from the query string or
     * post body"; null when there is none.
     */
    getParameter(name: unknown): unknown {
        const key = String(name)
        const fromUrl = this.request.params.get(key)
        if (fromUrl !== undefined) return fromUrl
        const input = this.request.input
        if (input && Object.prototype.hasOwnProperty.call(input, key)) return input[key]
        return null
    }

    /**
     * "If parameters are provided, returns the GlideRecord identified by the provided table and Sys ID.
     * If no parameters are provided, returns the record identified by the current URL." Null when not
     * found. Like the platform's, it does not check ACLs: widgets call canReadRecord.
     */
    getRecord(table?: unknown, sysId?: unknown): GlideRecord | null {
        const t = table === undefined || table === null ? this.request.params.get('table') : String(table)
        const id = sysId === undefined || sysId === null ? this.request.params.get('sys_id') : String(sysId)
        if (!t || !id) return null
        let gr: GlideRecord
        try {
            gr = new GlideRecord(t)
        } catch {
            return null
        }
        if (!gr.isValid() || !gr.get(id)) return null
        return gr
    }

    /**
     * "Returns true if the user can read the specified GlideRecord. If the record type is
     * kb_knowledge, sc_cat_item, or sc_category, the method checks if the user can view the item."
     * Catalog items and categories are decided by what decides their visibility on the platform,
     * whose base read ACLs on them are open: an item by its user criteria (and active), a category
     * by its active flag and roles. Any other record by its read ACLs.
     */
    // platform-difference: sp-catalog-visibility
    canReadRecord(recordOrTable: unknown, sysId?: unknown): boolean {
        let gr: GlideRecord
        if (isRecord(recordOrTable)) gr = recordOrTable
        else {
            try {
                gr = new GlideRecord(String(recordOrTable))
            } catch {
                return false
            }
            if (!gr.isValid() || !gr.get(String(sysId ?? ''))) return false
        }
        if (!gr.isValidRecord()) return false
        const table = gr.getRecordClassName() || gr.getTableName()
        if (table === 'sc_cat_item' || gr.getTableName() === 'sc_cat_item') return gr.getValue('active') !== '0' && gr.getValue('active') !== 'false' && this.canSeeItem(gr.getUniqueValue())
        if (table === 'sc_category') return gr.getValue('active') !== '0' && gr.getValue('active') !== 'false' && hasOneRole(this.request.viewer, gr.getValue('roles'))
        return gr.canRead()
    }

    private canSeeItem(itemId: string): boolean {
        const uc = runtime().userCriteria as { canSeeItem?: (userId: string, itemId: string) => boolean }
        return typeof uc.canSeeItem === 'function' ? uc.canSeeItem(this.request.viewer.userId, itemId) : false
    }

    /** "Returns true if the currently logged in user has permission to view the specified page." */
    canSeePage(pageId: unknown): boolean {
        const page = this.records.pageById(String(pageId))
        return !!page && canSee(this.request.viewer, page)
    }

    /** "Returns the named value of the JSON request, instance, or portal." Null when none has it. */
    getValue(name: unknown): unknown {
        const key = String(name)
        const input = this.request.input
        if (input && Object.prototype.hasOwnProperty.call(input, key)) return input[key]
        const fromInstance = this.instanceValue(key)
        if (fromInstance !== null) return fromInstance
        return this.portalField(key, false)
    }

    /** "Returns the display value of the specified field (if it exists and has a value) from either the widget's sp_instance or the sp_portal record." */
    getDisplayValue(name: unknown): string | null {
        const key = String(name)
        const fromInstance = this.instanceValue(key)
        if (fromInstance !== null && fromInstance !== '') return String(fromInstance)
        const fromPortal = this.portalField(key, true)
        return fromPortal === null ? null : String(fromPortal)
    }

    /** "Copies values from the request or instance to the data parameter." */
    getValues(data: Record<string, unknown>, fieldNames?: unknown): void {
        const list = fieldNames === undefined ? [...INSTANCE_FIELDS] : names(fieldNames)
        for (const n of list) {
            const v = this.getValue(n)
            if (v !== null && v !== undefined) data[n] = v
        }
    }

    /** "Copies values for the specified field names from the GlideRecord into the data parameter." */
    getRecordValues(data: Record<string, unknown>, from: unknown, fieldNames: unknown): void {
        if (!isRecord(from)) return
        for (const n of names(fieldNames)) if (from.isValidField(n)) data[n] = from.getValue(n) ?? ''
    }

    /** "Copies display values for the specified fields into the data parameter." */
    getRecordDisplayValues(data: Record<string, unknown>, from: unknown, fieldNames: unknown): void {
        if (!isRecord(from)) return
        for (const n of names(fieldNames)) if (from.isValidField(n)) data[n] = from.getDisplayValue(n)
    }

    /** "For the specified fields, copies the element's name, display value, and value into the data parameter." */
    getRecordElements(data: Record<string, unknown>, from: unknown, fieldNames: unknown): void {
        if (!isRecord(from)) return
        for (const n of names(fieldNames)) {
            if (!from.isValidField(n)) continue
            data[n] = { name: n, value: from.getValue(n) ?? '', display_value: from.getDisplayValue(n) }
        }
    }

    /**
     * "An object containing the field's label, value, displayValue, and type. Returns null if the
     * GlideRecord of field name are not valid, or if the field is not readable."
     */
    getField(from: unknown, fieldName: unknown): Record<string, unknown> | null {
        if (!isRecord(from) || !from.isValidRecord()) return null
        const n = String(fieldName)
        const column = from.isValidField(n) ? from.tableInfo().columns.get(n) : undefined
        if (!column || !runtime().acl.can('read', from.getTableName(), from, n)) return null
        return { label: column.label, value: from.getValue(n) ?? '', display_value: from.getDisplayValue(n), displayValue: from.getDisplayValue(n), type: column.type, name: n }
    }

    /** "Checks the specified list of field names, and returns an array of valid field names." */
    getFields(from: unknown, fieldNames: unknown): Array<Record<string, unknown>> {
        const out: Array<Record<string, unknown>> = []
        for (const n of names(fieldNames)) {
            const f = this.getField(from, n)
            if (f) out.push(f)
        }
        return out
    }

    /** "Checks the specified list of field names and returns an object of valid field names." */
    getFieldsObject(from: unknown, fieldNames: unknown): Record<string, Record<string, unknown>> {
        const out: Record<string, Record<string, unknown>> = {}
        for (const n of names(fieldNames)) {
            const f = this.getField(from, n)
            if (f) out[n] = f
        }
        return out
    }

    /** "Returns the portal record from the Service Portals [sp_portal] table." */
    getPortalRecord(): GlideRecord | null {
        if (!this.request.portal) return null
        const gr = new GlideRecord('sp_portal')
        return gr.get(this.request.portal.sys_id) ? gr : null
    }

    /** "Gets a widget by id or sys_id, executes that widget's server script using the provided options, then returns the widget model." */
    getWidget(idOrSysId: unknown, options?: unknown): Record<string, unknown> | null {
        const opts = options && typeof options === 'object' ? (JSON.parse(JSON.stringify(options)) as Record<string, unknown>) : {}
        return this.embed(String(idOrSysId), opts)
    }

    /** "Returns the user's initials." */
    getUserInitials(): string {
        const row = runtime().store.prepare('SELECT first_name, last_name, name FROM sys_user WHERE sys_id = ?').get(this.request.viewer.userId) as
            | { first_name: string | null; last_name: string | null; name: string | null }
            | undefined
        if (!row) return ''
        const parts = row.first_name || row.last_name ? [row.first_name ?? '', row.last_name ?? ''] : (row.name ?? '').split(/\s+/)
        return parts
            .filter(Boolean)
            .map((p) => p.charAt(0).toUpperCase())
            .join('')
    }

    /**
     * "Returns true if user criteria is enabled": the glide.service_portal.user_criteria_enabled
     * property (the plugin is part of this instance).
     */
    isUserCriteriaEnabled(): boolean {
        return runtime().properties.get('glide.service_portal.user_criteria_enabled') === 'true'
    }

    /** "Logs output to the Service Portal Log Entries [sp_log] table": here, the instance log. */
    // platform-difference: sp-log-to-instance-log
    log(message: unknown): void {
        runtime().log('info', `$sp.log: ${typeof message === 'string' ? message : JSON.stringify(message)}`)
    }

    private instanceValue(key: string): unknown {
        const instance = this.request.instance
        if (!instance) return null
        if (INSTANCE_FIELDS.has(key)) {
            const v = instance[key as keyof InstanceRow]
            return v === null || v === undefined ? null : v
        }
        try {
            const params = JSON.parse(instance.widget_parameters || '{}') as Record<string, unknown>
            if (params && Object.prototype.hasOwnProperty.call(params, key)) {
                const p = params[key]
                return p && typeof p === 'object' && 'value' in (p as object) ? (p as { value: unknown }).value : p
            }
        } catch {
            // Malformed parameters: nothing from them.
        }
        return null
    }

    private portalField(key: string, display: boolean): unknown {
        const portal = this.getPortalRecord()
        if (!portal || !portal.isValidField(key)) return null
        const v = display ? portal.getDisplayValue(key) : portal.getValue(key)
        return v === '' ? null : v
    }
}
