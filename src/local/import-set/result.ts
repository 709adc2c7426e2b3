import { GlideRecord } from '../glide/GlideRecord'
import type { RowResult } from './transform'

/*
 * The Import Set API's per-map result ("Response body parameters"): transform_map, table, display_name
 * ("Display name of the specific column in the table for which the display value is true"),
 * display_value, record_link ("Table API GET request for the imported record"), status, sys_id, and the
 * scripts' status_message and error_message ("processed and returned in response").
 */
export interface ImportResultEntry {
    transform_map: string
    table: string
    display_name: string
    display_value: string
    record_link: string
    status: string
    sys_id: string
    status_message?: string
    error_message?: string
}

export interface StoredRowResult {
    mapName: string
    table: string
    status: string
    targetSysId: string
    comment: string
}

function entry(baseUrl: string, mapName: string, table: string, status: string, targetSysId: string): ImportResultEntry {
    const target = new GlideRecord(table)
    const found = targetSysId !== '' && target.isValid() && target.get(targetSysId)
    const displayField = target.tableInfo()?.displayField ?? ''
    return {
        transform_map: mapName,
        table,
        display_name: found ? displayField : '',
        display_value: found ? target.getDisplayValue() : '',
        record_link: found ? `${baseUrl}/api/now/table/${table}/${targetSysId}` : '',
        status,
        sys_id: targetSysId,
    }
}

/** The entry for a transform just run. */
export function resultEntry(baseUrl: string, r: RowResult): ImportResultEntry {
    const out = entry(baseUrl, r.map.name, r.map.targetTable, r.status, r.targetSysId)
    if (r.statusMessage) out.status_message = r.statusMessage
    if (r.errorMessage) out.error_message = r.errorMessage
    return out
}

/** The entry for a staging row transformed earlier (GET /now/import/{table}/{sys_id}), from what the row recorded. */
export function storedEntry(baseUrl: string, r: StoredRowResult): ImportResultEntry {
    const out = entry(baseUrl, r.mapName, r.table, r.status, r.targetSysId)
    if (r.comment) out[r.status === 'error' ? 'error_message' : 'status_message'] = r.comment
    return out
}
