import { createHash } from 'node:crypto'
import type { Instance } from '../../instance'
import type { AttainmentReport } from '../../../server/xla/attainment-calc'
import type { XlaHistory } from '../../../server/xla/attainment'
import type { CostReport, Distribution } from '../../../server/xla/insight-calc'
import type { PersonaChange, PersonaProfile } from '../../../server/xla/insight'
import { HttpError } from '../errors'
import { statusPage } from '../portal/layout'
import { sendHtml } from '../respond'
import { sessionOf, type RequestContext, type Route } from '../router'
import { userDisplayName } from '../sessions'
import { tableCsv } from './data-table'
import { ADMIN_CSS, adminPage } from './layout'
import { changesPage, costsPage, distributionPage, overviewPage, personasPage, xlaPage, type PageModel } from './pages'

/*
 * The admin pages at /admin: persona distribution, profiles, projected cost, recent persona changes
 * and XLA attainment, for the app's analysts and administrators (x_psm_persona.analyst, contained in
 * x_psm_persona.admin; the platform admin holds every role). Portal session login; anyone else gets a
 * 403 page. Every table downloads as CSV with ?format=csv&table=<id> (the first table by default).
 */

export const ADMIN_ROLES: readonly string[] = ['x_psm_persona.analyst', 'x_psm_persona.admin', 'admin']
const LOGIN = '/sp/login'

/** The installed modules the pages read (src/server/xla/insight.ts and attainment.ts). */
interface InsightModule {
    personaDistribution(): Distribution
    personaCosts(): CostReport
    personaProfiles(): PersonaProfile[]
    recentPersonaChanges(limit?: number): PersonaChange[]
}

interface AttainmentModule {
    lastWeek(endMs?: number): AttainmentReport
    attainmentHistory(weeks?: number, endMs?: number): XlaHistory[]
}



/** A whole number query parameter within bounds; null when absent; throws 400 when malformed. */
function intParam(ctx: RequestContext, name: string, min: number, max: number): number | null {
    const text = ctx.url.searchParams.get(name)
    if (text === null || text === '') return null
    if (!/^\d{1,4}$/.test(text) || Number(text) < min || Number(text) > max) throw new HttpError(400, `Invalid ${name}`, `${name} must be a whole number from ${min} to ${max}`)
    return Number(text)
}

const CSS_ETAG = `"${createHash('sha256').update(ADMIN_CSS).digest('base64url').slice(0, 22)}"`

export function adminRoutes(instance: Instance): Route[] {
    const insight = () => instance.appModule<InsightModule>('src/server/xla/insight.ts')
    const attainment = () => instance.appModule<AttainmentModule>('src/server/xla/attainment.ts')

    const pages: Record<string, (ctx: RequestContext) => PageModel> = {
        '': () => {
            const i = insight()
            return overviewPage(i.personaDistribution(), i.personaCosts(), attainment().lastWeek())
        },
        distribution: () => distributionPage(insight().personaDistribution()),
        personas: () => personasPage(insight().personaProfiles()),
        costs: () => costsPage(insight().personaCosts()),
        changes: (ctx) => changesPage(insight().recentPersonaChanges(intParam(ctx, 'limit', 1, 500) ?? 50)),
        xla: (ctx) => {
            const weeks = intParam(ctx, 'weeks', 1, 52)
            return xlaPage(attainment().lastWeek(), attainment().attainmentHistory(weeks ?? undefined))
        },
    }

    const handle = (ctx: RequestContext) => {
        const session = sessionOf(ctx)
        const name = userDisplayName(instance, session.userId)
        const roles = instance.rolesOf(session.userId)
        if (!ADMIN_ROLES.some((r) => roles.has(r))) {
            sendHtml(
                ctx.res,
                403,
                statusPage({ session, displayName: name, code: 403, title: 'For analysts only', message: 'The persona insight pages are for analysts and administrators of the app (role x_psm_persona.analyst or x_psm_persona.admin).' }),
            )
            return
        }
        const key = ctx.params[0] ?? ''
        const build = pages[key]
        if (!build) throw new HttpError(404, 'Requested URI does not represent any resource', ctx.url.pathname.slice(0, 200))
        const format = ctx.url.searchParams.get('format')
        if (format !== null && format !== 'csv' && format !== 'html') throw new HttpError(400, 'Invalid format', 'format must be csv (or html, the default)')
        const model = instance.runAs(session.userId, () => build(ctx))
        const base = ctx.url.pathname
        if (format === 'csv') {
            const wanted = ctx.url.searchParams.get('table') ?? model.tables[0]?.id ?? ''
            const t = model.tables.find((x) => x.id === wanted)
            if (!t) throw new HttpError(404, 'No such table', `This page's tables are: ${model.tables.map((x) => x.id).join(', ')}`)
            ctx.res.writeHead(200, {
                'Content-Type': 'text/csv; charset=utf-8',
                'Content-Disposition': `attachment; filename="${(key || 'overview').replace(/[^a-z0-9-]/g, '')}-${t.id.replace(/[^a-z0-9-]/g, '')}.csv"`,
                'Cache-Control': 'no-store',
                'X-Content-Type-Options': 'nosniff',
            })
            ctx.res.end(tableCsv(t))
            return
        }
        const keep = new URLSearchParams()
        for (const p of ['weeks', 'limit']) {
            const v = ctx.url.searchParams.get(p)
            if (v) keep.set(p, v)
        }
        const csvHref = (tableId: string) => {
            const q = new URLSearchParams(keep)
            q.set('format', 'csv')
            q.set('table', tableId)
            return `${base}?${q.toString()}`
        }
        sendHtml(ctx.res, 200, adminPage({ title: model.title, section: model.section, session, displayName: name, body: model.body(csvHref) }))
    }

    return [
        {
            method: ['GET', 'HEAD'],
            pattern: /^\/admin\/assets\/admin\.css$/,
            auth: 'none',
            handle: (ctx) => {
                const headers = { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache', ETag: CSS_ETAG, 'X-Content-Type-Options': 'nosniff' }
                if (ctx.req.headers['if-none-match'] === CSS_ETAG) {
                    ctx.res.writeHead(304, headers)
                    ctx.res.end()
                    return
                }
                ctx.res.writeHead(200, headers)
                ctx.res.end(ctx.method === 'HEAD' ? undefined : ADMIN_CSS)
            },
        },
        { method: 'GET', pattern: /^\/admin\/?$/, auth: 'session', loginRedirect: LOGIN, handle },
        { method: 'GET', pattern: /^\/admin\/(distribution|personas|costs|changes|xla)\/?$/, auth: 'session', loginRedirect: LOGIN, handle },
    ]
}

