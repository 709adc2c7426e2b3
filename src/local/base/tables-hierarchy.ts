import type { TableDecl } from './table-decl'

/*
 * Record hierarchies ("Create a record hierarchy": Label, Name, Table, Reference Field; "Hierarchical filters
 * support only the hierarchies defined in the Record Hierarchy [sys_record_hierarchy] table"), which the
 * "is in hierarchy" operators name by sys_id (src/local/query/record-hierarchy.ts).
 */
export const HIERARCHY_TABLES: readonly TableDecl[] = [
    {
        name: 'sys_record_hierarchy',
        label: 'Record Hierarchy',
        columns: {
            label: { type: 'string', label: 'Label', maxLength: 100, display: true },
            name: { type: 'string', label: 'Name', maxLength: 100, mandatory: true, unique: true },
            table: { type: 'table_name', label: 'Table', maxLength: 80, mandatory: true },
            reference_field: { type: 'field_name', label: 'Reference Field', maxLength: 80, mandatory: true },
        },
    },
]

/**
 * The hierarchies an instance ships ("Department Hierarchy … Parent", "Location Hierarchy … Parent", "Manager
 * Hierarchy … Manager"). The Manager Hierarchy keeps the sys_id the operators reference's examples use
 * (`managerIN_HIERARCHYfdd0fa0f93f5d2505bd0bd886cba1015@…`).
 */
export const BASE_HIERARCHIES: ReadonlyArray<{ name: string; label: string; table: string; referenceField: string; sysId?: string }> = [
    { name: 'manager_hierarchy', label: 'Manager Hierarchy', table: 'sys_user', referenceField: 'manager', sysId: 'fdd0fa0f93f5d2505bd0bd886cba1015' },
    { name: 'department_hierarchy', label: 'Department Hierarchy', table: 'cmn_department', referenceField: 'parent' },
    { name: 'location_hierarchy', label: 'Location Hierarchy', table: 'cmn_location', referenceField: 'parent' },
]
