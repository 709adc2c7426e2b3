import '@servicenow/sdk/global'
import { ImportSet, Record, StringColumn, Table } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * Usage data in: the three-component import the SDK's importing-data-guide prescribes (staging table
 * extending sys_import_set_row, a File/CSV data source naming it, and an ImportSet transform map onto
 * the profile table). The same staging table takes rows from the Import Set REST API
 * (POST /api/now/import/x_psm_persona_usage_import). Every staging column is text, as an import set
 * row holds what the source sent; the onBefore script checks a row before anything is written.
 */

const USAGE_IMPORT = `${MODULE_ROOT}/persona/usage-import.ts`

export const x_psm_persona_usage_import = Table({
    name: 'x_psm_persona_usage_import',
    label: 'Persona Usage Import',
    extends: 'sys_import_set_row',
    schema: {
        user_name: StringColumn({ label: 'User name', maxLength: 100 }),
        email: StringColumn({ label: 'Email', maxLength: 100 }),
        devices: StringColumn({ label: 'Devices', maxLength: 40 }),
        network_gb_month: StringColumn({ label: 'Network GB month', maxLength: 40 }),
        team_hours_week: StringColumn({ label: 'Team hours week', maxLength: 40 }),
        contacts_per_day: StringColumn({ label: 'Contacts per day', maxLength: 40 }),
        remote_pct: StringColumn({ label: 'Remote pct', maxLength: 40 }),
        source: StringColumn({ label: 'Source', maxLength: 200 }),
        measured_on: StringColumn({ label: 'Measured on', maxLength: 40 }),
    },
})

export const usageDataSource = Record({
    $id: Now.ID['ds_usage_metrics_csv'],
    table: 'sys_data_source',
    data: {
        name: 'Persona usage metrics (CSV)',
        type: 'File',
        format: 'CSV',
        file_retrieval_method: 'Attachment',
        csv_delimiter: ',',
        header_row: 1,
        import_set_table_name: 'x_psm_persona_usage_import',
        import_set_table_label: 'Persona Usage Import',
        batch_size: 500,
    },
})

export const usageImport = ImportSet({
    $id: Now.ID['tm_usage_metrics'],
    name: 'Persona usage metrics to profiles',
    sourceTable: 'x_psm_persona_usage_import',
    targetTable: 'x_psm_persona_profile',
    active: true,
    // The profile's rules validate the metrics, stamp the load and score the user: they must run.
    runBusinessRules: true,
    enforceMandatoryFields: 'onlyMappedFields',
    // An empty cell means "not measured": it never clears a metric loaded before.
    copyEmptyFields: false,
    createOnEmptyCoalesce: false,
    fields: {
        // Coalesce on the user, named by user_name or else by email ("Conditional coalesce with an OR
        // condition", Updating records using coalesce): the script answers the user's sys_id.
        user: {
            sourceField: 'user_name',
            coalesce: true,
            useSourceScript: true,
            sourceScript: `answer = (function transformEntry(source) {
    return require('${USAGE_IMPORT}').usageUserId(source);
})(source);`,
            choiceAction: 'reject',
        },
        devices: 'devices',
        network_gb_month: 'network_gb_month',
        team_hours_week: 'team_hours_week',
        contacts_per_day: 'contacts_per_day',
        remote_pct: 'remote_pct',
        usage_source: {
            sourceField: 'source',
            useSourceScript: true,
            sourceScript: `answer = (function transformEntry(source) {
    return require('${USAGE_IMPORT}').usageSourceOf(source);
})(source);`,
        },
        usage_on: {
            sourceField: 'measured_on',
            useSourceScript: true,
            sourceScript: `answer = (function transformEntry(source) {
    return require('${USAGE_IMPORT}').usageDateOf(source);
})(source);`,
        },
    },
    scripts: [
        {
            $id: Now.ID['ts_usage_metrics_start'],
            when: 'onStart',
            order: 100,
            active: true,
            // The load scores its profiles with the scoring configuration of its start, read once (not per row).
            script: `(function runTransformScript(source, map, log, target) {
    require('${USAGE_IMPORT}').usageImportStarted();
})(source, map, log, target);`,
        },
        {
            $id: Now.ID['ts_usage_metrics_complete'],
            when: 'onComplete',
            order: 100,
            active: true,
            script: `(function runTransformScript(source, map, log, target) {
    require('${USAGE_IMPORT}').usageImportCompleted();
})(source, map, log, target);`,
        },
        {
            $id: Now.ID['ts_usage_metrics_check'],
            when: 'onBefore',
            order: 100,
            active: true,
            // A bad row is skipped with its reason (ignore: "only skips the current row being transformed"),
            // logged against the import set, and nothing of it is written.
            script: `(function runTransformScript(source, map, log, target) {
    var problem = require('${USAGE_IMPORT}').usageRowProblem(source, action == 'update');
    if (problem) {
        ignore = true;
        status_message = problem;
        log.error('Row ' + source.getValue('sys_import_row') + ': ' + problem);
    }
})(source, map, log, target);`,
        },
    ],
})
