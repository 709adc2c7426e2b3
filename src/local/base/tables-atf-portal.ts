import type { ColumnDecl, TableDecl } from './table-decl'

/*
 * The platform tables that hold the app's Automated Test Framework tests and its Service Portal
 * widget and page, as `now-sdk build` writes them (fluent/tests, fluent/portal). The local instance
 * installs these records like any other; the Service Portal runtime (src/local/service-portal) renders
 * them at /sp. ATF steps are interpreted by tests/build/atf-runner.ts only.
 * Real names; only the columns the build output carries. The platform types its script, template
 * and CSS fields script_server, script_client, html_template and css; here they are the nearest
 * types this instance knows (script_plain, html, string), which store the same text.
 */

// platform-difference: atf-steps-not-run
const appScope = (): ColumnDecl => ({ type: 'reference', reference: 'sys_scope', label: 'Application' })

// platform-difference: script-field-types
const SP_CATEGORIES: Record<string, string> = {
    standard: 'Standard',
    custom: 'Custom',
    sample: 'Sample',
    otherApplications: 'Other Applications',
    knowledgeBase: 'Knowledge Base',
    servicePortal: 'Service Portal',
    serviceCatalog: 'Service Catalog',
    sp_platform: 'Service Portal Platform',
    kb: 'Knowledge Base',
    other: 'Other',
    sc: 'Service Catalog',
}

const atfTables: TableDecl[] = [
    {
        name: 'sys_atf_test',
        label: 'Test',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, mandatory: true, display: true },
            description: { type: 'string', label: 'Description', maxLength: 4000 },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            fail_on_server_error: { type: 'boolean', label: 'Fail on server error', default: 'true' },
            sys_scope: appScope(),
        },
    },
    {
        // What a step does (Record Insert, Impersonate, ...): the platform ships these; the build only references them.
        name: 'sys_atf_step_config',
        label: 'Test Step Config',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            description: { type: 'string', label: 'Description', maxLength: 4000 },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_atf_step',
        label: 'Test Step',
        columns: {
            test: { type: 'reference', label: 'Test', reference: 'sys_atf_test', mandatory: true },
            step_config: { type: 'reference', label: 'Step config', reference: 'sys_atf_step_config', mandatory: true },
            order: { type: 'integer', label: 'Execution order' },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            display_name: { type: 'string', label: 'Display name', maxLength: 100, display: true },
            description: { type: 'string', label: 'Description', maxLength: 4000 },
            notes: { type: 'string', label: 'Notes', maxLength: 4000 },
            table: { type: 'table_name', label: 'Table', maxLength: 80 },
            timeout: { type: 'glide_duration', label: 'Timeout', maxLength: 40 },
            warning_message: { type: 'string', label: 'Warning message', maxLength: 4000 },
            sys_scope: appScope(),
        },
    },
    {
        // A step's input values, one row per input variable (variable holds the var_dictionary sys_id, not declared here).
        name: 'sys_variable_value',
        label: 'Variable Value',
        columns: {
            document: { type: 'table_name', label: 'Document', maxLength: 80 },
            document_key: { type: 'document_id', label: 'Document key', maxLength: 32 },
            variable: { type: 'string', label: 'Variable', maxLength: 32 },
            value: { type: 'string', label: 'Value', maxLength: 4000 },
            order: { type: 'integer', label: 'Order' },
        },
    },
    {
        // A step input that refers to an earlier step's output ({{step['<sys_id>'].<output>}}).
        name: 'sys_element_mapping',
        label: 'Element Mapping',
        columns: {
            id: { type: 'string', label: 'ID', maxLength: 32 },
            table: { type: 'string', label: 'Table', maxLength: 80 },
            field: { type: 'string', label: 'Field', maxLength: 80 },
            value: { type: 'string', label: 'Value', maxLength: 4000 },
        },
    },
]

const portalTables: TableDecl[] = [
    {
        name: 'sp_widget',
        label: 'Widget',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, mandatory: true, display: true },
            id: { type: 'string', label: 'ID', maxLength: 100, unique: true },
            script: { type: 'script_plain', label: 'Server script' },
            client_script: { type: 'script_plain', label: 'Client controller' },
            template: { type: 'html', label: 'Body HTML template' },
            css: { type: 'string', label: 'CSS', maxLength: 65000 },
            link: { type: 'script_plain', label: 'Link function' },
            controller_as: { type: 'string', label: 'controllerAs', maxLength: 40, default: 'c' },
            data_table: { type: 'table_name', label: 'Data table', maxLength: 80, default: 'sp_instance' },
            demo_data: { type: 'string', label: 'Demo data', maxLength: 4000 },
            description: { type: 'string', label: 'Description', maxLength: 4000 },
            docs: { type: 'string', label: 'Documentation', maxLength: 32 },
            field_list: { type: 'string', label: 'Fields', maxLength: 4000 },
            option_schema: { type: 'string', label: 'Option schema', maxLength: 8000 },
            category: { type: 'string', label: 'Category', maxLength: 40, default: 'custom', choices: SP_CATEGORIES },
            has_preview: { type: 'boolean', label: 'Has preview', default: 'false' },
            internal: { type: 'boolean', label: 'Internal', default: 'false' },
            public: { type: 'boolean', label: 'Public', default: 'false' },
            servicenow: { type: 'boolean', label: 'ServiceNow', default: 'false' },
            roles: { type: 'user_roles', label: 'Roles' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sp_page',
        label: 'Page',
        columns: {
            id: { type: 'string', label: 'ID', maxLength: 100, unique: true, display: true },
            title: { type: 'string', label: 'Title', maxLength: 100 },
            short_description: { type: 'string', label: 'Short description', maxLength: 1000 },
            category: { type: 'string', label: 'Category', maxLength: 40, default: 'custom', choices: SP_CATEGORIES },
            css: { type: 'string', label: 'Page specific CSS', maxLength: 65000 },
            draft: { type: 'boolean', label: 'Draft', default: 'false' },
            dynamic_title_structure: { type: 'string', label: 'Dynamic title structure', maxLength: 255 },
            human_readable_url_structure: { type: 'string', label: 'Human readable URL structure', maxLength: 255 },
            internal: { type: 'boolean', label: 'Internal', default: 'false' },
            omit_watcher: { type: 'boolean', label: 'Omit watcher', default: 'false' },
            public: { type: 'boolean', label: 'Public', default: 'false' },
            roles: { type: 'user_roles', label: 'Roles' },
            seo_script: { type: 'reference', label: 'SEO script', reference: 'sys_script_include' },
            use_seo_script: { type: 'boolean', label: 'Use SEO script', default: 'false' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sp_container',
        label: 'Container',
        columns: {
            sp_page: { type: 'reference', label: 'Page', reference: 'sp_page' },
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            title: { type: 'string', label: 'Title', maxLength: 100 },
            order: { type: 'integer', label: 'Order' },
            width: { type: 'string', label: 'Width', maxLength: 40, default: 'container', choices: { container: 'Fixed', 'container-fluid': 'Fluid' } },
            background_color: { type: 'string', label: 'Background color', maxLength: 40 },
            background_image: { type: 'string', label: 'Background image', maxLength: 255 },
            background_style: { type: 'string', label: 'Background style', maxLength: 40, default: 'default' },
            bootstrap_alt: { type: 'boolean', label: 'Bootstrap alternative', default: 'false' },
            class_name: { type: 'string', label: 'Move to header', maxLength: 255 },
            container_class_name: { type: 'string', label: 'Container class name', maxLength: 255 },
            semantic_tag: { type: 'string', label: 'Semantic tag', maxLength: 40 },
            subheader: { type: 'boolean', label: 'Subheader', default: 'false' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sp_row',
        label: 'Row',
        columns: {
            sp_container: { type: 'reference', label: 'Container', reference: 'sp_container' },
            // A row nested inside a column (declared below).
            sp_column: { type: 'reference', label: 'Column', reference: 'sp_column' },
            order: { type: 'integer', label: 'Order' },
            class_name: { type: 'string', label: 'CSS class', maxLength: 255 },
            semantic_tag: { type: 'string', label: 'Semantic tag', maxLength: 40 },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sp_column',
        label: 'Column',
        columns: {
            sp_row: { type: 'reference', label: 'Row', reference: 'sp_row' },
            order: { type: 'integer', label: 'Order' },
            size: { type: 'integer', label: 'Size (md)', default: '12' },
            size_lg: { type: 'integer', label: 'Size (lg)' },
            size_sm: { type: 'integer', label: 'Size (sm)' },
            size_xs: { type: 'integer', label: 'Size (xs)' },
            class_name: { type: 'string', label: 'CSS class', maxLength: 255 },
            semantic_tag: { type: 'string', label: 'Semantic tag', maxLength: 40 },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sp_instance',
        label: 'Instance',
        columns: {
            sp_column: { type: 'reference', label: 'Column', reference: 'sp_column' },
            sp_widget: { type: 'reference', label: 'Widget', reference: 'sp_widget' },
            order: { type: 'integer', label: 'Order' },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            id: { type: 'string', label: 'ID', maxLength: 100 },
            title: { type: 'string', label: 'Title', maxLength: 100, display: true },
            short_description: { type: 'string', label: 'Short description', maxLength: 1000 },
            widget_parameters: { type: 'string', label: 'Additional options, JSON format', maxLength: 8000 },
            css: { type: 'string', label: 'CSS', maxLength: 65000 },
            class_name: { type: 'string', label: 'Bootstrap class', maxLength: 255 },
            color: { type: 'string', label: 'Bootstrap color', maxLength: 40, default: 'default' },
            size: { type: 'string', label: 'Size', maxLength: 40, default: 'md' },
            glyph: { type: 'string', label: 'Glyph', maxLength: 100 },
            url: { type: 'string', label: 'URL', maxLength: 1024 },
            roles: { type: 'user_roles', label: 'Roles' },
            async_load: { type: 'boolean', label: 'Async load', default: 'false' },
            async_load_device_type: { type: 'string', label: 'Async load device type', maxLength: 100 },
            async_load_trigger: { type: 'string', label: 'Async load trigger', maxLength: 40 },
            advanced_placeholder_dimensions: { type: 'boolean', label: 'Advanced placeholder dimensions', default: 'false' },
            placeholder_dimensions: { type: 'string', label: 'Placeholder dimensions', maxLength: 4000 },
            placeholder_dimensions_script: { type: 'script_plain', label: 'Placeholder dimensions script' },
            placeholder_template: { type: 'html', label: 'Placeholder template' },
            preserve_placeholder_size: { type: 'boolean', label: 'Preserve placeholder size', default: 'false' },
            sys_scope: appScope(),
        },
    },
]

/*
 * The rest of the Service Portal's own tables, as the platform names them ("Service Portal tables":
 * sp_portal, sp_dependency with its JS and CSS includes, sp_css, the UI scripts a local JS include
 * points at, and the widgets' Angular ng-templates). Only the columns the local runtime reads or the build may write.
 */
const portalRuntimeTables: TableDecl[] = [
    {
        name: 'sp_portal',
        label: 'Service Portal',
        columns: {
            title: { type: 'string', label: 'Title', maxLength: 100, display: true },
            url_suffix: { type: 'string', label: 'URL suffix', maxLength: 100, unique: true },
            homepage: { type: 'reference', label: 'Homepage', reference: 'sp_page' },
            login_page: { type: 'reference', label: 'Login page', reference: 'sp_page' },
            notfound_page: { type: 'reference', label: '404 page', reference: 'sp_page' },
            sc_catalog_page: { type: 'reference', label: 'Catalog home page', reference: 'sp_page' },
            sc_catalog: { type: 'reference', label: 'Catalog', reference: 'sc_catalog' },
            default: { type: 'boolean', label: 'Default', default: 'false' },
            inactive: { type: 'boolean', label: 'Inactive', default: 'false' },
            logo: { type: 'string', label: 'Logo', maxLength: 255 },
            css_variables: { type: 'string', label: 'Theme CSS variables', maxLength: 8000 },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sp_css',
        label: 'Style Sheet',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            css: { type: 'string', label: 'CSS', maxLength: 65000 },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ui_script',
        label: 'UI Script',
        columns: {
            name: { type: 'string', label: 'API Name', maxLength: 100, display: true },
            script: { type: 'script_plain', label: 'Script' },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            global: { type: 'boolean', label: 'Global', default: 'false' },
            ui_type: { type: 'integer', label: 'UI Type', default: '0', choices: { '0': 'Desktop', '1': 'Mobile / Service Portal', '10': 'All' } },
            description: { type: 'string', label: 'Description', maxLength: 4000 },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sp_dependency',
        label: 'Widget Dependency',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            module: { type: 'string', label: 'Angular module name', maxLength: 100 },
            include_on_page_load: { type: 'boolean', label: 'Include on page load', default: 'true' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sp_js_include',
        label: 'JS Include',
        columns: {
            display_name: { type: 'string', label: 'Display name', maxLength: 100, display: true },
            source: { type: 'string', label: 'Source', maxLength: 40, default: 'url', choices: { url: 'URL', local: 'UI Script' } },
            url: { type: 'string', label: 'JS file URL', maxLength: 1024 },
            sys_ui_script: { type: 'reference', label: 'UI Script', reference: 'sys_ui_script' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sp_css_include',
        label: 'CSS Include',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 100, display: true },
            source: { type: 'string', label: 'Source', maxLength: 40, default: 'url', choices: { url: 'URL', local: 'Style Sheet' } },
            url: { type: 'string', label: 'CSS file URL', maxLength: 1024 },
            sp_css: { type: 'reference', label: 'Style Sheet', reference: 'sp_css' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'm2m_sp_widget_dependency',
        label: 'Widget Dependency Map',
        columns: {
            sp_widget: { type: 'reference', label: 'Widget', reference: 'sp_widget' },
            sp_dependency: { type: 'reference', label: 'Dependency', reference: 'sp_dependency' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'm2m_sp_dependency_js_include',
        label: 'Dependency JS Include',
        columns: {
            sp_dependency: { type: 'reference', label: 'Dependency', reference: 'sp_dependency' },
            sp_js_include: { type: 'reference', label: 'JS Include', reference: 'sp_js_include' },
            order: { type: 'integer', label: 'Order', default: '100' },
            sys_scope: appScope(),
        },
    },
    {
        // "Angular ng-templates": a widget's extra HTML templates, each used by its ID (ng-include, a directive's templateUrl).
        name: 'sp_ng_template',
        label: 'Angular ng-template',
        columns: {
            id: { type: 'string', label: 'ID', maxLength: 100, display: true },
            sp_widget: { type: 'reference', label: 'Widget', reference: 'sp_widget' },
            template: { type: 'html', label: 'Template' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'm2m_sp_dependency_css_include',
        label: 'Dependency CSS Include',
        columns: {
            sp_dependency: { type: 'reference', label: 'Dependency', reference: 'sp_dependency' },
            sp_css_include: { type: 'reference', label: 'CSS Include', reference: 'sp_css_include' },
            order: { type: 'integer', label: 'Order', default: '100' },
            sys_scope: appScope(),
        },
    },
]

/** ATF and Service Portal tables, in dependency order. */
export const ATF_PORTAL_TABLES: readonly TableDecl[] = [...atfTables, ...portalTables, ...portalRuntimeTables]
