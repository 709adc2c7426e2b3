import '@servicenow/sdk/global'
import { Acl, Role } from '@servicenow/sdk/core'

/*
 * Who may feed usage data through the Import Set API (issue 17, item 1). The Import Set API (REST API
 * reference, "Import Set API", Security): "Access to tables via the REST API is restricted by BasicAuth
 * ... ACLs defined on tables are still enforced". Posting a row creates a staging record, and
 * GET /now/import/{stagingTableName}/{sys_id} reads it back with its transformation result, so an
 * integration user (endpoint management, network, collaboration or survey tools) needs create and read on
 * the staging table: this role grants exactly that, and nothing else of the app. The transform itself
 * writes the profiles as the platform does (GlideRecord, with the profile's rules), not as the user.
 * Posting a CSV file to sys_import.do is the platform's own role, import_set_loader (README).
 */

export const usageLoaderRole = Role({
    name: 'x_psm_persona.usage_loader',
    description: 'Integration users that feed usage metrics through the Import Set API into the Persona Usage Import staging table.',
})

Acl({
    $id: Now.ID['acl_usage_import_create'],
    type: 'record',
    table: 'x_psm_persona_usage_import',
    operation: 'create',
    roles: [usageLoaderRole],
    adminOverrides: true,
    description: 'Integration users post usage rows (Import Set API).',
})
Acl({
    $id: Now.ID['acl_usage_import_read'],
    type: 'record',
    table: 'x_psm_persona_usage_import',
    operation: 'read',
    roles: [usageLoaderRole],
    adminOverrides: true,
    description: 'Integration users read back the rows they posted and their transformation result.',
})
