import { gs } from '@servicenow/glide'
import { attainmentHistory, computeAttainment, nowMs } from './attainment.ts'
import { personaCosts, personaDistribution, personaProfiles, recentPersonaChanges } from './insight.ts'
import { formatDateTime, parseDateTime, WEEK_MS } from './time.ts'

/*
 * Handlers of the scripted REST API "Persona insight" (/api/x_psm_persona/insight/…): the figures
 * of the admin pages for analysts and administrators of the app. Each answers {"result": …} like
 * the platform's own APIs, or {"error": {message, detail}, "status": "failure"} with the status code.
 * They write the JSON themselves through the stream writer: setBody would wrap an error in "result".
 */

/** What the handlers read of the platform's RESTAPIRequest. */
export interface InsightRequest {
    queryParams: { [name: string]: string | string[] | undefined }
}

/** What the handlers use of the platform's RESTAPIResponse. */
export interface InsightResponse {
    setStatus(status: number): void
    setContentType(type: string): void
    getStreamWriter(): { writeString(text: string): void }
}

export const INSIGHT_ROLE = 'x_psm_persona.analyst'

/**
 * A bad parameter, answered 400. An Error marked by its name, not a subclass: the engine's ES12 mode
 * refuses `class … extends Error` ("Subclassable builtins | Disallowed | Array, RegExp, Function,
 * Promise, Error, Map, Set cannot be subclassed", now-sdk explain javascript-compatibility-guide).
 */
const BAD_REQUEST = 'BadRequest'

function badRequest(message: string): Error {
    const e = new Error(message)
    e.name = BAD_REQUEST
    return e
}

function isBadRequest(e: unknown): e is Error {
    return e instanceof Error && e.name === BAD_REQUEST
}

function param(request: InsightRequest, name: string): string {
    const raw = request.queryParams ? request.queryParams[name] : undefined
    const value = Array.isArray(raw) ? raw[0] : raw
    return value === undefined || value === null ? '' : String(value).trim()
}

function send(response: InsightResponse, status: number, body: unknown): void {
    response.setStatus(status)
    response.setContentType('application/json')
    response.getStreamWriter().writeString(JSON.stringify(body))
}

function fail(response: InsightResponse, status: number, message: string, detail: string): void {
    send(response, status, { error: { message, detail }, status: 'failure' })
}

/** Runs a handler for analysts (and admins, who hold every role); 403 for anyone else, 400 for bad parameters. */
function answer(request: InsightRequest, response: InsightResponse, compute: () => unknown): void {
    if (!gs.hasRole(INSIGHT_ROLE)) {
        fail(response, 403, 'Forbidden', `The persona insight API requires the ${INSIGHT_ROLE} or x_psm_persona.admin role.`)
        return
    }
    let result: unknown
    try {
        result = compute()
    } catch (e) {
        if (isBadRequest(e)) return fail(response, 400, 'Invalid parameter', e.message)
        throw e
    }
    send(response, 200, { result })
}

function dateParam(request: InsightRequest, name: string, fallback: number): number {
    const text = param(request, name)
    if (!text) return fallback
    const ms = parseDateTime(text)
    if (ms === null) throw badRequest(`${name} must be a date-time YYYY-MM-DD HH:MM:SS (UTC) or a date YYYY-MM-DD; got "${text.slice(0, 40)}".`)
    return ms
}

function intParam(request: InsightRequest, name: string, fallback: number, min: number, max: number): number {
    const text = param(request, name)
    if (!text) return fallback
    if (!/^\d{1,4}$/.test(text) || Number(text) < min || Number(text) > max) throw badRequest(`${name} must be a whole number from ${min} to ${max}; got "${text.slice(0, 40)}".`)
    return Number(text)
}

/** GET …/insight/distribution: active users per persona and department. */
export function getDistribution(request: InsightRequest, response: InsightResponse): void {
    answer(request, response, () => personaDistribution())
}

/** GET …/insight/profiles: each persona's five rankings. */
export function getProfiles(request: InsightRequest, response: InsightResponse): void {
    answer(request, response, () => personaProfiles())
}

/** GET …/insight/costs: projected monthly cost per persona and department. */
export function getCosts(request: InsightRequest, response: InsightResponse): void {
    answer(request, response, () => personaCosts())
}

/** GET …/insight/changes?limit=50: recent persona changes with their explanations. */
export function getChanges(request: InsightRequest, response: InsightResponse): void {
    answer(request, response, () => recentPersonaChanges(intParam(request, 'limit', 50, 1, 500)))
}

/**
 * GET …/insight/xla?start=&end=&weeks=: attainment over [start, end) (default: the last seven days)
 * and each XLA week by week over the last `weeks` weeks (default x_psm_persona.xla.history_weeks).
 */
export function getXla(request: InsightRequest, response: InsightResponse): void {
    answer(request, response, () => {
        const now = nowMs()
        const end = dateParam(request, 'end', now)
        const start = dateParam(request, 'start', end - WEEK_MS)
        if (end <= start) throw badRequest(`end (${formatDateTime(end)}) must be after start (${formatDateTime(start)}).`)
        const weeksText = param(request, 'weeks')
        const weeks = weeksText ? intParam(request, 'weeks', 8, 1, 52) : undefined
        return {
            attainment: computeAttainment(formatDateTime(start), formatDateTime(end), formatDateTime(now)),
            history: weeks === undefined ? attainmentHistory(undefined, now) : attainmentHistory(weeks, now),
        }
    })
}
