import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { GlideRecord } from '../glide/GlideRecord'

/*
 * The base portal of the local instance: the "sp" portal and generic stand-ins for the base pages
 * apps link to (login, index, sc_category, sc_cat_item, requests, ticket, approvals, approval), each a page with
 * one widget written in the platform's widget conventions (base/<widget>.html, .server.js,
 * .client.js, .scss) and rendered by the same runtime as the apps' pages. docs/differences.md says
 * how they differ from the platform's own pages. Records keep fixed sys_ids and are brought up to
 * date at every boot, as an upgrade replaces base widgets; an app's page or portal with the same id
 * or suffix wins over these (records.ts).
 */

// platform-difference: sp-base-pages-generic

interface BaseWidget {
    id: string
    name: string
    /** File stem under base/. */
    file: string
    public?: boolean
    description: string
}

interface BasePage {
    id: string
    title: string
    widget: string
    public?: boolean
}

const BASE_WIDGETS: readonly BaseWidget[] = [
    { id: 'login', name: 'Login', file: 'login', public: true, description: 'The portal login form.' },
    { id: 'sp-homepage', name: 'Homepage links', file: 'homepage', description: 'Greets the user and links to the catalog, requests and approvals.' },
    { id: 'sc-category', name: 'SC Category Page', file: 'sc-category', description: 'Catalog categories and the items the user may order in them.' },
    { id: 'sc-cat-item', name: 'SC Catalog Item', file: 'sc-cat-item', description: 'One catalog item, ordered through the Service Catalog API.' },
    { id: 'my-requests', name: 'My Requests', file: 'my-requests', description: "The user's requests." },
    { id: 'ticket-fields', name: 'Ticket Fields', file: 'ticket', description: 'A task record the user may read: its number, description and state.' },
    { id: 'approvals', name: 'Approvals', file: 'approvals', description: "The user's pending approvals, with approve and reject." },
    { id: 'approval', name: 'Approval Record', file: 'approval', description: 'One approval with a summary of what it approves; its approver approves or rejects it.' },
]

const BASE_PAGES: readonly BasePage[] = [
    { id: 'login', title: 'Login', widget: 'login', public: true },
    { id: 'index', title: 'Home', widget: 'sp-homepage' },
    { id: 'sc_category', title: 'Catalog', widget: 'sc-category' },
    { id: 'sc_cat_item', title: 'Catalog item', widget: 'sc-cat-item' },
    { id: 'requests', title: 'My requests', widget: 'my-requests' },
    { id: 'ticket', title: 'Ticket', widget: 'ticket-fields' },
    { id: 'approvals', title: 'My approvals', widget: 'approvals' },
    { id: 'approval', title: 'Approval', widget: 'approval' },
]

/** A fixed sys_id for a base record: the same on every instance. */
export function baseSysId(key: string): string {
    return createHash('md5').update(`service-portal-base:${key}`).digest('hex')
}

function read(file: string): string {
    const p = path.join(__dirname, 'base', file)
    return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : ''
}

/** Inserts the record with that sys_id, or brings its fields up to date; business rules do not run. */
function upsert(table: string, sysId: string, values: Record<string, string | number | boolean>): void {
    const gr = new GlideRecord(table)
    gr.setWorkflow(false)
    if (gr.get(sysId)) {
        let changed = false
        for (const [k, v] of Object.entries(values)) {
            if ((gr.getValue(k) ?? '') !== String(v)) {
                gr.setValue(k, v)
                changed = true
            }
        }
        if (changed) gr.update()
        return
    }
    gr.initialize()
    gr.setValue('sys_id', sysId)
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    gr.insert()
}

/** The base portal, pages and widgets. Idempotent; run inside the boot transaction. */
export function seedServicePortal(): void {
    for (const w of BASE_WIDGETS) {
        upsert('sp_widget', baseSysId(`widget:${w.id}`), {
            id: w.id,
            name: w.name,
            description: w.description,
            template: read(`${w.file}.html`),
            script: read(`${w.file}.server.js`),
            client_script: read(`${w.file}.client.js`),
            css: read(`${w.file}.scss`),
            public: !!w.public,
            category: 'sp_platform',
            servicenow: true,
        })
    }
    for (const p of BASE_PAGES) {
        const page = baseSysId(`page:${p.id}`)
        upsert('sp_page', page, { id: p.id, title: p.title, public: !!p.public, category: 'sp_platform' })
        const container = baseSysId(`container:${p.id}`)
        const row = baseSysId(`row:${p.id}`)
        const column = baseSysId(`column:${p.id}`)
        upsert('sp_container', container, { sp_page: page, name: p.title, order: 1, width: 'container' })
        upsert('sp_row', row, { sp_container: container, order: 1 })
        upsert('sp_column', column, { sp_row: row, order: 1, size: 12 })
        upsert('sp_instance', baseSysId(`instance:${p.id}`), { sp_column: column, sp_widget: baseSysId(`widget:${p.widget}`), order: 1, active: true })
    }
    const existing = new GlideRecord('sp_portal')
    existing.addQuery('url_suffix', 'sp')
    existing.setLimit(1)
    existing.query()
    if (existing.hasNext() && existing.next() && existing.getUniqueValue() !== baseSysId('portal:sp')) return
    upsert('sp_portal', baseSysId('portal:sp'), {
        title: 'Service Portal',
        url_suffix: 'sp',
        homepage: baseSysId('page:index'),
        login_page: baseSysId('page:login'),
        default: true,
    })
}
