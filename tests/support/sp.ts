import { insert } from './records'

/*
 * Service Portal fixtures and helpers: a page built from records as the build writes them
 * (sp_page > sp_container > sp_row > sp_column > sp_instance > sp_widget), the page model a portal
 * page embeds, and logging in through the portal's own login call. Call the fixture builders inside
 * instance.run().
 */

export interface WidgetFixture {
    id: string
    name?: string
    script?: string
    client_script?: string
    template?: string
    css?: string
    link?: string
    option_schema?: string
    public?: boolean
    roles?: string
    sys_scope?: string
}

export interface InstanceFixture {
    widget: string
    widget_parameters?: string
    title?: string
    roles?: string
    css?: string
    order?: number
}

/** A widget record; returns its sys_id. */
export function widget(w: WidgetFixture): string {
    return insert('sp_widget', { name: w.name ?? w.id, ...w, public: !!w.public } as Record<string, string | number | boolean>)
}

/** A page with one container and one row; each column (its size) holds the instances listed for it. */
export function page(id: string, columns: Array<{ size: number; instances: InstanceFixture[] }>, extra: Record<string, string | boolean> = {}): { page: string; instances: string[] } {
    const pageId = insert('sp_page', { id, title: extra.title ?? id, ...extra })
    const container = insert('sp_container', { sp_page: pageId, order: 1, width: 'container' })
    const row = insert('sp_row', { sp_container: container, order: 1 })
    const instances: string[] = []
    columns.forEach((c, i) => {
        const column = insert('sp_column', { sp_row: row, order: i + 1, size: c.size })
        c.instances.forEach((inst, j) => {
            const { widget: widgetId, order, ...rest } = inst
            instances.push(insert('sp_instance', { sp_column: column, sp_widget: widgetId, order: order ?? j + 1, active: true, ...rest }))
        })
    })
    return { page: pageId, instances }
}

export interface PageModelJson {
    page: { id: string; title: string }
    user: { sys_id: string; user_name: string; logged_in: boolean }
    g_ck: string
    modules: string[]
    widgets: Array<{ sys_id: string; id: string; data: Record<string, unknown>; options: Record<string, unknown>; template: string; css: string; instance_id: string | null; script_url: string }>
}

/** The page model a portal page embeds for its client runtime. */
export function pageModel(html: string): PageModelJson {
    const m = /<script type="application\/json" id="sp-page-model">([\s\S]*?)<\/script>/.exec(html)
    if (!m) throw new Error(`No page model in: ${html.slice(0, 300)}`)
    return JSON.parse(m[1]) as PageModelJson
}

/** The cookies a response sets, as `name=value`. */
export function setCookies(res: Response): string[] {
    return res.headers.getSetCookie().map((c) => c.split(';')[0])
}

/**
 * Logs in through the portal's login page and its login call (the guest token from the page, the
 * credentials as JSON); returns the session cookie and the session token (the page's g_ck).
 */
export async function spLogin(baseUrl: string, userName: string, password: string): Promise<{ cookie: string; token: string }> {
    const loginPage = await fetch(`${baseUrl}/sp?id=login`)
    const guest = setCookies(loginPage).find((c) => c.startsWith('sp_guest_token=')) ?? ''
    const res = await fetch(`${baseUrl}/api/now/sp/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: guest, 'X-UserToken': pageModel(await loginPage.text()).g_ck },
        body: JSON.stringify({ user_name: userName, password }),
    })
    const cookie = setCookies(res).find((c) => c.startsWith('psm_session=') && c.length > 'psm_session='.length)
    if (res.status !== 200 || !cookie) throw new Error(`portal login of ${userName} failed: ${res.status} ${await res.text()}`)
    const home = await fetch(`${baseUrl}/sp`, { headers: { Cookie: cookie } })
    return { cookie, token: pageModel(await home.text()).g_ck }
}
