import type { Instance } from '../instance'
import { sqlLimit } from '../store/sql-limit'
import { quoteIdent } from '../store/store'
import { HttpError } from '../http/errors'
import { escapeHtml, sendHtml } from '../http/respond'
import { sessionOf, type RequestContext, type Route } from '../http/router'

/** Outbound email types, in the order the filter shows them. */
const OUTBOUND = ['send-ready', 'sent', 'send-failed', 'send-ignored'] as const
const PAGE_SIZE = 100
// The portal's login page, which returns to `next` once the user has logged in.
const LOGIN = '/sp?id=login'

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2433;background:#f6f7f9}
header{background:#1d2433;color:#fff;padding:12px 24px}header a{color:#fff}main{padding:16px 24px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e6eb;vertical-align:top}
th{background:#eef0f4}nav a{margin-right:12px}.t-sent{color:#1a7f37}.t-send-failed{color:#b42318}.t-send-ignored{color:#667085}
iframe{width:100%;height:60vh;border:1px solid #d0d5dd;background:#fff}pre{white-space:pre-wrap;background:#fff;padding:12px;border:1px solid #d0d5dd}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;padding:12px;border:1px solid #e3e6eb}dt{font-weight:600}dd{margin:0}`

function page(title: string, body: string): string {
    return (
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
        `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
        `<body><header><a href="/outbox">Email outbox</a></header><main>${body}</main></body></html>`
    )
}

/**
 * The outbox is for administrators, through their portal session: an unauthenticated browser is sent
 * to the login page (the router's loginRedirect). It never asks the browser for basic credentials:
 * a browser that cached them would send them with every later request to this site, cross-site
 * ones included.
 */
function requireAdmin(instance: Instance, ctx: RequestContext): void {
    const session = sessionOf(ctx)
    if (!instance.rolesOf(session.userId).has('admin')) throw new HttpError(403, 'Forbidden', 'The email outbox requires the admin role')
}

interface ListRow {
    sys_id: string
    sys_created_on: string | null
    type: string | null
    recipients: string | null
    subject: string | null
    target_table: string | null
    instance: string | null
    notification_name: string | null
    error_string: string | null
}

interface EmailRow extends ListRow {
    copied: string | null
    blind_copied: string | null
    reply_to: string | null
    body: string | null
    body_text: string | null
    content_type: string | null
    notification: string | null
}

function tables(instance: Instance): { email: string; notification: string } {
    const schema = instance.store.schema
    return { email: quoteIdent(schema.table('sys_email').root), notification: quoteIdent(schema.table('sysevent_email_action').root) }
}

function listPage(instance: Instance, type: string | null, offset: number): string {
    const t = tables(instance)
    const types = type ? [type] : [...OUTBOUND]
    const rows = instance.store
        .prepare(
            `SELECT e.sys_id, e.sys_created_on, e.type, e.recipients, e.subject, e.target_table, e.instance, e.error_string, n.name AS notification_name
             FROM ${t.email} e LEFT JOIN ${t.notification} n ON n.sys_id = e.notification
             WHERE e.type IN (${types.map(() => '?').join(', ')}) ORDER BY e.sys_created_on DESC, e.rowid DESC${sqlLimit(PAGE_SIZE + 1)} OFFSET ?`,
        )
        .all(...types, offset) as ListRow[]
    const counts = new Map(
        (instance.store.prepare(`SELECT type, COUNT(*) AS n FROM ${t.email} WHERE type IN (${OUTBOUND.map(() => '?').join(', ')}) GROUP BY type`).all(...OUTBOUND) as Array<{ type: string; n: number }>).map(
            (c) => [c.type, c.n],
        ),
    )
    const total = [...counts.values()].reduce((a, b) => a + b, 0)
    const filter =
        `<nav aria-label="Filter by type"><a href="/outbox"${type ? '' : ' aria-current="page"'}>All (${total})</a>` +
        OUTBOUND.map((k) => `<a href="/outbox?type=${k}"${type === k ? ' aria-current="page"' : ''}>${escapeHtml(k)} (${counts.get(k) ?? 0})</a>`).join('') +
        '</nav>'
    const shown = rows.slice(0, PAGE_SIZE)
    const body = shown.length
        ? `<table><thead><tr><th scope="col">Created</th><th scope="col">State</th><th scope="col">Recipients</th><th scope="col">Subject</th><th scope="col">Notification</th><th scope="col">Target</th></tr></thead><tbody>` +
          shown
              .map(
                  (r) =>
                      `<tr><td>${escapeHtml(r.sys_created_on)}</td><td class="t-${escapeHtml(r.type)}"${r.error_string ? ` title="${escapeHtml(r.error_string)}"` : ''}>${escapeHtml(r.type)}</td>` +
                      `<td>${escapeHtml(r.recipients)}</td><td><a href="/outbox/${escapeHtml(r.sys_id)}">${escapeHtml(r.subject || '(no subject)')}</a></td>` +
                      `<td>${escapeHtml(r.notification_name)}</td><td>${escapeHtml(r.target_table)} ${escapeHtml(r.instance)}</td></tr>`,
              )
              .join('') +
          '</tbody></table>'
        : '<p>No emails.</p>'
    const query = (o: number) => `/outbox?${new URLSearchParams({ ...(type ? { type } : {}), offset: String(o) }).toString()}`
    const pager =
        (offset > 0 ? `<a href="${escapeHtml(query(Math.max(0, offset - PAGE_SIZE)))}">Newer</a> ` : '') + (rows.length > PAGE_SIZE ? `<a href="${escapeHtml(query(offset + PAGE_SIZE))}">Older</a>` : '')
    return page('Email outbox', `<h1>Email outbox</h1>${filter}${body}<p>${pager}</p>`)
}

function emailPage(instance: Instance, sysId: string): string {
    const t = tables(instance)
    const r = instance.store
        .prepare(
            `SELECT e.*, n.name AS notification_name FROM ${t.email} e LEFT JOIN ${t.notification} n ON n.sys_id = e.notification WHERE e.sys_id = ?`,
        )
        .get(sysId) as EmailRow | undefined
    if (!r) throw new HttpError(404, 'No Record found', 'No email with that sys_id')
    const field = (label: string, value: string | null) => (value ? `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>` : '')
    const fields =
        '<dl>' +
        field('State', r.type) +
        field('Error', r.error_string) +
        field('Created', r.sys_created_on) +
        field('Recipients', r.recipients) +
        field('Copied', r.copied) +
        field('Blind copied', r.blind_copied) +
        field('Reply to', r.reply_to) +
        field('Notification', r.notification_name ?? r.notification) +
        field('Target', r.target_table && r.instance ? `${r.target_table} ${r.instance}` : null) +
        field('Content type', r.content_type) +
        '</dl>'
    // The email's HTML is record data: it is shown only inside a sandboxed frame with no permissions at all
    // (no scripts, no forms, a unique origin), so nothing in it can act in this site's origin.
    const html = `<h2>HTML body</h2><iframe sandbox="" referrerpolicy="no-referrer" title="Email body" srcdoc="${escapeHtml(r.body ?? '')}"></iframe>`
    const text = `<h2>Text body</h2><pre>${escapeHtml(r.body_text ?? '')}</pre>`
    return page(r.subject || 'Email', `<h1>${escapeHtml(r.subject || '(no subject)')}</h1>${fields}${html}${text}`)
}

function guarded(instance: Instance, ctx: RequestContext, render: () => string): void {
    requireAdmin(instance, ctx)
    sendHtml(ctx.res, 200, render())
}

/** The email outbox: GET /outbox (newest first, filter by type) and GET /outbox/{sys_id} (one email, its HTML sandboxed). */
export function outboxRoutes(instance: Instance): Route[] {
    return [
        {
            method: 'GET',
            pattern: /^\/outbox\/?$/,
            auth: 'session',
            loginRedirect: LOGIN,
            handle: (ctx) =>
                guarded(instance, ctx, () => {
                    const type = ctx.url.searchParams.get('type')
                    if (type !== null && !(OUTBOUND as readonly string[]).includes(type)) throw new HttpError(400, 'Invalid type', `type must be one of ${OUTBOUND.join(', ')}`)
                    const offsetText = ctx.url.searchParams.get('offset') ?? '0'
                    if (!/^\d{1,9}$/.test(offsetText)) throw new HttpError(400, 'Invalid offset', 'offset must be a non-negative integer')
                    return listPage(instance, type, Number(offsetText))
                }),
        },
        {
            method: 'GET',
            pattern: /^\/outbox\/([^/]+)\/?$/,
            auth: 'session',
            loginRedirect: LOGIN,
            handle: (ctx) =>
                guarded(instance, ctx, () => {
                    const sysId = ctx.params[0]
                    if (!/^[0-9a-f]{32}$/i.test(sysId)) throw new HttpError(404, 'No Record found', 'No email with that sys_id')
                    return emailPage(instance, sysId)
                }),
        },
    ]
}
