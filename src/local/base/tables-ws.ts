import type { ColumnDecl, TableDecl } from './table-decl'

/*
 * The platform tables that hold a scripted REST API (scripted-rest-api-guide, restapi-api), as
 * `now-sdk build` writes a Fluent RestApi: the service (sys_ws_definition), its versions, its
 * resources (sys_ws_operation) and their query parameters and headers. The local instance serves
 * them generically (src/local/scripted-rest/routes.ts). Real names and internal types; only the
 * columns the build output carries.
 */

const appScope = (): ColumnDecl => ({ type: 'reference', reference: 'sys_scope', label: 'Application' })

const POLICY = { read: 'Read-only', protected: 'Protected' }

export const WS_TABLES: readonly TableDecl[] = [
    {
        name: 'sys_ws_definition',
        label: 'Scripted REST Service',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            service_id: { type: 'string', label: 'API ID', maxLength: 100 },
            namespace: { type: 'string', label: 'API namespace', maxLength: 100 },
            base_uri: { type: 'string', label: 'Base API path', maxLength: 255 },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            is_versioned: { type: 'boolean', label: 'Is versioned', default: 'false' },
            default_version: { type: 'string', label: 'Default version', maxLength: 100 },
            consumes: { type: 'string', label: 'Default supported request formats', maxLength: 1000 },
            consumes_customized: { type: 'boolean', label: 'Override default supported request formats', default: 'false' },
            produces: { type: 'string', label: 'Default supported response formats', maxLength: 1000 },
            produces_customized: { type: 'boolean', label: 'Override default supported response formats', default: 'false' },
            enforce_acl: { type: 'glide_list', label: 'Default ACLs', reference: 'sys_security_acl', maxLength: 4000 },
            doc_link: { type: 'url', label: 'Documentation link', maxLength: 1024 },
            short_description: { type: 'string', label: 'Short description', maxLength: 1000 },
            sys_policy: { type: 'string', label: 'Protection policy', maxLength: 40, choices: POLICY },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ws_version',
        label: 'Scripted REST Version',
        columns: {
            web_service_definition: { type: 'reference', label: 'Web service definition', reference: 'sys_ws_definition' },
            version: { type: 'integer', label: 'Version' },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            is_default: { type: 'boolean', label: 'Default', default: 'false' },
            deprecated: { type: 'boolean', label: 'Deprecated', default: 'false' },
            short_description: { type: 'string', label: 'Short description', maxLength: 1000 },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ws_operation',
        label: 'Scripted REST Resource',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            web_service_definition: { type: 'reference', label: 'Web service definition', reference: 'sys_ws_definition' },
            web_service_version: { type: 'reference', label: 'Web service version', reference: 'sys_ws_version' },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            http_method: {
                type: 'string',
                label: 'HTTP method',
                maxLength: 40,
                default: 'GET',
                choices: { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE' },
            },
            relative_path: { type: 'string', label: 'Relative path', maxLength: 255 },
            operation_uri: { type: 'string', label: 'Resource path', maxLength: 255 },
            default_operation_uri: { type: 'string', label: 'Default resource path', maxLength: 255 },
            operation_script: { type: 'script_plain', label: 'Script' },
            requires_authentication: { type: 'boolean', label: 'Requires authentication', default: 'true' },
            requires_acl_authorization: { type: 'boolean', label: 'Requires ACL authorization', default: 'true' },
            requires_snc_internal_role: { type: 'boolean', label: 'Requires SNC internal role', default: 'true' },
            enforce_acl: { type: 'glide_list', label: 'ACLs', reference: 'sys_security_acl', maxLength: 4000 },
            consumes: { type: 'string', label: 'Supported request formats', maxLength: 1000 },
            consumes_customized: { type: 'boolean', label: 'Override supported request formats', default: 'false' },
            produces: { type: 'string', label: 'Supported response formats', maxLength: 1000 },
            produces_customized: { type: 'boolean', label: 'Override supported response formats', default: 'false' },
            request_example: { type: 'string', label: 'Request example', maxLength: 4000 },
            short_description: { type: 'string', label: 'Short description', maxLength: 1000 },
            sys_policy: { type: 'string', label: 'Protection policy', maxLength: 40, choices: POLICY },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ws_query_parameter',
        label: 'Scripted REST Query Parameter',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            web_service_definition: { type: 'reference', label: 'Web service definition', reference: 'sys_ws_definition' },
            required: { type: 'boolean', label: 'Is required', default: 'false' },
            example_value: { type: 'string', label: 'Example value', maxLength: 1000 },
            short_description: { type: 'string', label: 'Short description', maxLength: 1000 },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ws_query_parameter_map',
        label: 'Scripted REST Query Parameter Association',
        columns: {
            web_service_operation: { type: 'reference', label: 'Web service operation', reference: 'sys_ws_operation' },
            web_service_query_parameter: { type: 'reference', label: 'Web service query parameter', reference: 'sys_ws_query_parameter' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ws_header',
        label: 'Scripted REST Header',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            web_service_definition: { type: 'reference', label: 'Web service definition', reference: 'sys_ws_definition' },
            required: { type: 'boolean', label: 'Is required', default: 'false' },
            example_value: { type: 'string', label: 'Example value', maxLength: 1000 },
            short_description: { type: 'string', label: 'Short description', maxLength: 1000 },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ws_header_map',
        label: 'Scripted REST Header Association',
        columns: {
            web_service_operation: { type: 'reference', label: 'Web service operation', reference: 'sys_ws_operation' },
            web_service_header: { type: 'reference', label: 'Web service header', reference: 'sys_ws_header' },
            sys_scope: appScope(),
        },
    },
]
