import type { ColumnDecl, TableDecl } from './table-decl'

/*
 * The platform's import set tables (Import sets key concepts; Create a transform map; Create a field map;
 * Map with transformation event scripts; Import Set API), with their real names and the columns the
 * import engine (src/local/import-set) and the build's sys_transform_* records use:
 * - a staging ("import set") table is any table extending Import Set Row [sys_import_set_row];
 * - Import Sets [sys_import_set] group the rows of one load; Transform History [sys_import_set_run]
 *   counts a transform's outcome; Import Log [import_log] keeps its messages;
 * - Transform Maps [sys_transform_map], their Field Maps [sys_transform_entry] and Transform Scripts
 *   [sys_transform_script]; Data Sources [sys_data_source] say where a load comes from.
 */

const appScope = (): ColumnDecl => ({ type: 'reference', reference: 'sys_scope', label: 'Application' })

/** sys_import_set_row.sys_import_state: what the transform did with the row. */
export const IMPORT_ROW_STATES: Record<string, string> = {
    pending: 'Pending',
    inserted: 'Inserted',
    updated: 'Updated',
    ignored: 'Ignored',
    skipped: 'Skipped',
    error: 'Error',
}

export const IMPORT_TABLES: readonly TableDecl[] = [
    {
        name: 'sys_data_source',
        label: 'Data Source',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            type: {
                type: 'string',
                label: 'Type',
                maxLength: 40,
                default: 'File',
                choices: { File: 'File', JDBC: 'JDBC', LDAP: 'LDAP', REST: 'REST (IntegrationHub)', OIDC: 'OIDC', Custom: 'Custom (Load by Script)', 'Data Stream': 'Data Stream (IntegrationHub)' },
            },
            format: { type: 'string', label: 'Format', maxLength: 40, choices: { CSV: 'CSV', 'Excel': 'Excel', JSON: 'JSON', XML: 'XML', 'Custom (Parse by Script)': 'Custom (Parse by Script)' } },
            file_retrieval_method: {
                type: 'string',
                label: 'File retrieval method',
                maxLength: 40,
                choices: { Attachment: 'Attachment', FTP: 'FTP', FTPS: 'FTPS', SFTP: 'SFTP', SCP: 'SCP', HTTP: 'HTTP', HTTPS: 'HTTPS', File: 'File' },
            },
            file_path: { type: 'string', label: 'File path', maxLength: 1000 },
            csv_delimiter: { type: 'string', label: 'CSV delimiter', maxLength: 40, default: ',' },
            header_row: { type: 'integer', label: 'Header row', default: '1' },
            sheet_number: { type: 'integer', label: 'Sheet number', default: '1' },
            import_set_table_name: { type: 'string', label: 'Import set table name', maxLength: 80 },
            import_set_table_label: { type: 'string', label: 'Import set table label', maxLength: 80 },
            batch_size: { type: 'integer', label: 'Batch size' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_multi_import_set',
        label: 'Multi Import Set',
        columns: {
            state: { type: 'string', label: 'State', maxLength: 40, default: 'loaded', choices: { loaded: 'Loaded', processing: 'Processing', complete: 'Complete' } },
        },
    },
    {
        name: 'sys_import_set',
        label: 'Import Set',
        numberPrefix: 'ISET',
        columns: {
            number: { type: 'string', label: 'Number', maxLength: 40, default: 'javascript:getNextObjNumberPadded();', display: true },
            table_name: { type: 'string', label: 'Import set table', maxLength: 80 },
            data_source: { type: 'reference', label: 'Data source', reference: 'sys_data_source' },
            multi_import_set: { type: 'reference', label: 'Multi import set', reference: 'sys_multi_import_set' },
            mode: { type: 'string', label: 'Mode', maxLength: 40, default: 'synchronous', choices: { synchronous: 'Synchronous', asynchronous: 'Asynchronous' } },
            state: {
                type: 'string',
                label: 'State',
                maxLength: 40,
                default: 'loading',
                choices: { loading: 'Loading', loaded: 'Loaded', processed: 'Processed', cancelled: 'Cancelled' },
            },
            short_description: { type: 'string', label: 'Short description', maxLength: 160 },
            load_completed: { type: 'glide_date_time', label: 'Load completed' },
        },
    },
    {
        name: 'sys_transform_map',
        label: 'Table Transform Map',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 80, display: true },
            source_table: { type: 'string', label: 'Source table', maxLength: 80 },
            target_table: { type: 'string', label: 'Target table', maxLength: 80 },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            run_business_rules: { type: 'boolean', label: 'Run business rules', default: 'true' },
            enforce_mandatory_fields: {
                type: 'string',
                label: 'Enforce mandatory fields',
                maxLength: 40,
                default: 'No',
                choices: { No: 'No', 'Only Mapped Fields': 'Only Mapped Fields', 'All Fields': 'All Fields' },
            },
            copy_empty_fields: { type: 'boolean', label: 'Copy empty fields', default: 'false' },
            create_new_record_on_empty_coalesce_fields: { type: 'boolean', label: 'Create new record on empty coalesce fields', default: 'false' },
            coalesce: { type: 'boolean', label: 'Coalesce', default: 'false' },
            order: { type: 'integer', label: 'Order', default: '100' },
            run_script: { type: 'boolean', label: 'Run script', default: 'false' },
            script: { type: 'script_plain', label: 'Script' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_transform_entry',
        label: 'Field Map',
        columns: {
            map: { type: 'reference', label: 'Map', reference: 'sys_transform_map' },
            source_table: { type: 'string', label: 'Source table', maxLength: 80 },
            source_field: { type: 'string', label: 'Source field', maxLength: 80 },
            target_table: { type: 'string', label: 'Target table', maxLength: 80 },
            target_field: { type: 'string', label: 'Target field', maxLength: 80, display: true },
            coalesce: { type: 'boolean', label: 'Coalesce', default: 'false' },
            coalesce_case_sensitive: { type: 'boolean', label: 'Coalesce case sensitive', default: 'false' },
            coalesce_empty_fields: { type: 'boolean', label: 'Coalesce empty fields', default: 'false' },
            choice_action: { type: 'string', label: 'Choice action', maxLength: 40, default: 'create', choices: { create: 'create', ignore: 'ignore', reject: 'reject' } },
            date_format: { type: 'string', label: 'Date format', maxLength: 40 },
            reference_value_field: { type: 'string', label: 'Referenced value field name', maxLength: 80 },
            use_source_script: { type: 'boolean', label: 'Use source script', default: 'false' },
            source_script: { type: 'script_plain', label: 'Source script' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_transform_script',
        label: 'Transform Script',
        columns: {
            map: { type: 'reference', label: 'Map', reference: 'sys_transform_map' },
            when: {
                type: 'string',
                label: 'When',
                maxLength: 40,
                default: 'onBefore',
                choices: {
                    onStart: 'onStart',
                    onBefore: 'onBefore',
                    onAfter: 'onAfter',
                    onComplete: 'onComplete',
                    onForeignInsert: 'onForeignInsert',
                    onChoiceCreate: 'onChoiceCreate',
                    onReject: 'onReject',
                },
            },
            order: { type: 'integer', label: 'Order', default: '100' },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            script: { type: 'script_plain', label: 'Script' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_import_set_run',
        label: 'Transform History',
        columns: {
            set: { type: 'reference', label: 'Set', reference: 'sys_import_set', display: true },
            sys_transform_map: { type: 'reference', label: 'Transform map', reference: 'sys_transform_map' },
            state: {
                type: 'string',
                label: 'State',
                maxLength: 40,
                default: 'running',
                choices: { running: 'Running', complete: 'Complete', complete_with_errors: 'Complete with errors', cancelled: 'Cancelled' },
            },
            total: { type: 'integer', label: 'Total', default: '0' },
            processed: { type: 'integer', label: 'Processed', default: '0' },
            inserts: { type: 'integer', label: 'Inserts', default: '0' },
            updates: { type: 'integer', label: 'Updates', default: '0' },
            ignored: { type: 'integer', label: 'Ignored', default: '0' },
            skipped: { type: 'integer', label: 'Skipped', default: '0' },
            errors: { type: 'integer', label: 'Errors', default: '0' },
            completed: { type: 'glide_date_time', label: 'Completed' },
        },
    },
    {
        name: 'import_log',
        label: 'Import Log',
        columns: {
            level: { type: 'string', label: 'Level', maxLength: 40, choices: { info: 'Info', warn: 'Warning', error: 'Error' } },
            message: { type: 'string', label: 'Message', maxLength: 4000, display: true },
            source: { type: 'string', label: 'Source', maxLength: 100 },
            import_set: { type: 'reference', label: 'Import set', reference: 'sys_import_set' },
            run_history: { type: 'reference', label: 'Transform history', reference: 'sys_import_set_run' },
        },
    },
    {
        name: 'sys_import_set_row',
        label: 'Import Set Row',
        extensible: true,
        columns: {
            sys_import_set: { type: 'reference', label: 'Set', reference: 'sys_import_set' },
            sys_import_row: { type: 'integer', label: 'Row' },
            sys_import_state: { type: 'string', label: 'State', maxLength: 40, default: 'pending', choices: IMPORT_ROW_STATES },
            sys_import_state_comment: { type: 'string', label: 'Comment', maxLength: 4000 },
            sys_target_table: { type: 'string', label: 'Target table', maxLength: 80 },
            sys_target_sys_id: { type: 'string', label: 'Target record', maxLength: 32 },
            sys_transform_map: { type: 'reference', label: 'Transform map', reference: 'sys_transform_map' },
            sys_row_error: { type: 'reference', label: 'Row error', reference: 'import_log' },
        },
    },
]
