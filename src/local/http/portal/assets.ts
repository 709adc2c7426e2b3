import { createHash } from 'node:crypto'
import { HttpError } from '../errors'
import type { Route } from '../router'
import { LOGO } from './layout'
import { PORTAL_JS } from './script'
import { PORTAL_CSS } from './styles'

interface Asset {
    type: string
    body: Buffer
    etag: string
}

function asset(type: string, text: string): Asset {
    const body = Buffer.from(text, 'utf8')
    return { type, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` }
}

/**
 * The only files served under /sp/assets: a fixed map from name to content held in memory, so
 * no request path ever reaches the file system (no traversal to guard against).
 */
const ASSETS: ReadonlyMap<string, Asset> = new Map([
    ['portal.css', asset('text/css; charset=utf-8', PORTAL_CSS)],
    ['portal.js', asset('text/javascript; charset=utf-8', PORTAL_JS)],
    ['favicon.svg', asset('image/svg+xml', LOGO.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" '))],
])

export function assetRoutes(): Route[] {
    return [
        {
            method: ['GET', 'HEAD'],
            pattern: /^\/sp\/assets\/([^/]+)$/,
            auth: 'none',
            handle: (ctx) => {
                const found = ASSETS.get(ctx.params[0])
                if (!found) throw new HttpError(404, 'Requested URI does not represent any resource', ctx.url.pathname.slice(0, 200))
                const headers = {
                    'Content-Type': found.type,
                    'Cache-Control': 'no-cache',
                    ETag: found.etag,
                    'X-Content-Type-Options': 'nosniff',
                }
                if (ctx.req.headers['if-none-match'] === found.etag) {
                    ctx.res.writeHead(304, headers)
                    ctx.res.end()
                    return
                }
                ctx.res.writeHead(200, { ...headers, 'Content-Length': String(found.body.length) })
                ctx.res.end(ctx.method === 'HEAD' ? undefined : found.body)
            },
        },
    ]
}
