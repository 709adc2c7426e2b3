import type * as http from 'node:http'
import { errorBody, HttpError } from './errors'

/** Headers every HTML page gets: no framing, no sniffing, scripts only from this origin. */
export const PAGE_HEADERS: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; form-action 'self'; frame-ancestors 'none'",
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers })
    res.end(body === undefined ? '' : JSON.stringify(body))
}

export function sendHtml(res: http.ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { ...PAGE_HEADERS, ...headers })
    res.end(html)
}

export function redirect(res: http.ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
    res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...headers })
    res.end()
}

export function sendError(res: http.ServerResponse, e: HttpError): void {
    res.writeHead(e.status, { 'Content-Type': 'application/json;charset=UTF-8', 'X-Content-Type-Options': 'nosniff', ...e.headers })
    res.end(errorBody(e.message, e.detail))
}

// Pages escape exactly as email bodies do: one function for both.
export { escapeHtml } from '../mail/html'

/** Parses an application/x-www-form-urlencoded body. */
export function parseForm(body: string): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [k, v] of new URLSearchParams(body)) out[k] = v
    return out
}
