import type { ColumnDecl, TableDecl } from './table-decl'

/*
 * The platform tables that hold list and form layouts, as `now-sdk build` writes a Fluent List
 * ("Each List() call generates one sys_ui_list record linking the table and view, one
 * sys_ui_list_element record per column entry", SDK list-api) and Form ("sys_ui_form — Main form
 * record linking table and view; sys_ui_form_section — Join table linking form to sections;
 * sys_ui_section — Section records with caption and layout; sys_ui_element — Individual field
 * elements within sections; sys_ui_annotation — Annotation records", SDK form-api). Real names and
 * internal types; only the columns the build output carries. The local instance has no back-office
 * UI: it stores these records so an app installs, upgrades and is queried as on an instance.
 */

const appScope = (): ColumnDecl => ({ type: 'reference', reference: 'sys_scope', label: 'Application' })
const domain = (): ColumnDecl => ({ type: 'string', label: 'Domain', maxLength: 32, default: 'global' })
const view = (): ColumnDecl => ({ type: 'reference', reference: 'sys_ui_view', label: 'View' })

/**
 * The default view's sys_ui_view record. Its sys_id is the words `Default view` on every instance
 * (the build writes `<view name="NULL">Default view</view>` for `default_view`), like the global
 * scope's `global`, and its name is `NULL`.
 */
export const DEFAULT_VIEW = { sysId: 'Default view', name: 'NULL', title: 'Default view' } as const

// platform-difference: navigator-and-layouts-not-rendered
export const UI_TABLES: readonly TableDecl[] = [
    {
        name: 'sys_ui_view',
        label: 'View',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 40 },
            title: { type: 'translated_field', label: 'Title', maxLength: 80, display: true },
            hidden: { type: 'boolean', label: 'Hidden', default: 'false' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ui_list',
        label: 'UI List',
        columns: {
            name: { type: 'table_name', label: 'Table', maxLength: 80, display: true },
            view: view(),
            view_name: { type: 'string', label: 'View name', maxLength: 40 },
            // A related list's layout: the parent table it is shown on, and how it relates.
            parent: { type: 'table_name', label: 'Parent', maxLength: 80 },
            relationship: { type: 'string', label: 'Relationship', maxLength: 80 },
            element: { type: 'string', label: 'Element', maxLength: 80 },
            sys_user: { type: 'reference', reference: 'sys_user', label: 'User' },
            sys_domain: domain(),
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ui_list_element',
        label: 'UI List Element',
        columns: {
            list_id: { type: 'reference', reference: 'sys_ui_list', label: 'List' },
            element: { type: 'string', label: 'Element', maxLength: 80, display: true },
            position: { type: 'integer', label: 'Position' },
            sum: { type: 'boolean', label: 'Sum', default: 'false' },
            average_value: { type: 'boolean', label: 'Average value', default: 'false' },
            max_value: { type: 'boolean', label: 'Max value', default: 'false' },
            min_value: { type: 'boolean', label: 'Min value', default: 'false' },
        },
    },
    {
        name: 'sys_ui_form',
        label: 'UI Form',
        columns: {
            name: { type: 'table_name', label: 'Table', maxLength: 80, display: true },
            view: view(),
            view_name: { type: 'string', label: 'View name', maxLength: 40 },
            roles: { type: 'user_roles', label: 'Roles' },
            sys_user: { type: 'reference', reference: 'sys_user', label: 'User' },
            sys_domain: domain(),
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ui_section',
        label: 'UI Section',
        columns: {
            name: { type: 'table_name', label: 'Table', maxLength: 80 },
            caption: { type: 'translated_field', label: 'Caption', maxLength: 80, display: true },
            header: { type: 'boolean', label: 'Header', default: 'false' },
            title: { type: 'boolean', label: 'Title', default: 'false' },
            view: view(),
            view_name: { type: 'string', label: 'View name', maxLength: 40 },
            roles: { type: 'user_roles', label: 'Roles' },
            sys_user: { type: 'reference', reference: 'sys_user', label: 'User' },
            sys_domain: domain(),
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ui_form_section',
        label: 'UI Form Section',
        columns: {
            sys_ui_form: { type: 'reference', reference: 'sys_ui_form', label: 'Form' },
            sys_ui_section: { type: 'reference', reference: 'sys_ui_section', label: 'Section', display: true },
            position: { type: 'integer', label: 'Position' },
        },
    },
    {
        name: 'sys_ui_formatter',
        label: 'UI Formatter',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 40, display: true },
            formatter: { type: 'string', label: 'Formatter', maxLength: 80 },
            table: { type: 'table_name', label: 'Table', maxLength: 80 },
            type: { type: 'string', label: 'Type', maxLength: 40, default: 'formatter' },
            active: { type: 'boolean', label: 'Active', default: 'true' },
            sys_scope: appScope(),
        },
    },
    {
        name: 'sys_ui_element',
        label: 'UI Element',
        columns: {
            sys_ui_section: { type: 'reference', reference: 'sys_ui_section', label: 'Section' },
            // A column name; `.begin_split`, `.split`, `.end_split`; an annotation's sys_id; an embedded
            // list as `12M.<parent>.<child>.<field>`; or a formatter's file name.
            element: { type: 'string', label: 'Element', maxLength: 255, display: true },
            position: { type: 'integer', label: 'Position' },
            type: { type: 'string', label: 'Type', maxLength: 40 },
            sys_ui_formatter: { type: 'reference', reference: 'sys_ui_formatter', label: 'Formatter' },
            sys_user: { type: 'reference', reference: 'sys_user', label: 'User' },
        },
    },
    {
        name: 'sys_ui_annotation_type',
        label: 'Annotation Type',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 80, display: true },
            style: { type: 'string', label: 'Style', maxLength: 4000 },
            active: { type: 'boolean', label: 'Active', default: 'true' },
        },
    },
    {
        name: 'sys_ui_annotation',
        label: 'Form Annotation',
        columns: {
            name: { type: 'string', label: 'Name', maxLength: 80 },
            text: { type: 'string', label: 'Text', maxLength: 4000, display: true },
            is_plain_text: { type: 'boolean', label: 'Is plain text', default: 'true' },
            type: { type: 'reference', reference: 'sys_ui_annotation_type', label: 'Type' },
            sys_scope: appScope(),
        },
    },
]
