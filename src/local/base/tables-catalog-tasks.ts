import type { TableDecl } from './table-decl'

/*
 * Catalog Task [sc_task], from the product documentation:
 * - "Create Catalog Task action: Creates a record in the Catalog Task [sc_task] table associated to a
 *   requested item in the Requested Items [sc_req_item] table" (Workflow Studio, Create Catalog Task).
 * - "Catalog tasks are used to source items and fulfill requests" (View and edit a catalog task):
 *   a task (it extends Task, so it has the task's state, assignment and journal fields) whose
 *   Request item and Request name the order it fulfils.
 * Creating the tasks is a workflow's or flow's job, not the table's: the table has no behaviour of its own.
 */
export const CATALOG_TASK_TABLES: readonly TableDecl[] = [
    {
        name: 'sc_task',
        label: 'Catalog Task',
        extends: 'task',
        numberPrefix: 'SCTASK',
        columns: {
            request_item: { type: 'reference', label: 'Request item', reference: 'sc_req_item' },
            request: { type: 'reference', label: 'Request', reference: 'sc_request' },
            sc_catalog: { type: 'reference', label: 'Catalog', reference: 'sc_catalog' },
        },
    },
]
