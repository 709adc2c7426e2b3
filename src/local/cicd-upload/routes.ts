import busboy from 'busboy'
import type { Instance } from '../instance'
import { HttpError } from '../http/errors'
import { parseForm, sendJson } from '../http/respond'
import type { RequestContext, Route } from '../http/router'
import { serverServices } from '../http/server'
import { csrfMatches, parseCookies, SESSION_COOKIE, type Session } from '../http/sessions'
import { downloadApplication } from './download'
import { installPackage, type UploadClaims } from './install-package'
import { progressBody, Trackers } from './tracker'
import { uninstallApplication } from './uninstall'

/** Largest package the upload takes (the platform's attachment limit is of this order). */
export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024

/** "The sn_cicd.sys_ci_automation or admin role is required to use this API" (cicd-api). */
const CICD_ROLES = ['admin', 'sn_cicd.sys_ci_automation']

function escapeXmlAttribute(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * The session of a processor request (.do): the session cookie, and the user must be an admin.
 * Installing or deleting an application is an administrator's act ("Role required: admin").
 */
// platform-difference: upload-needs-session
function adminSession(instance: Instance, ctx: RequestContext): Session {
    const session = serverServices(instance).sessions.get(parseCookies(ctx.req.headers.cookie)[SESSION_COOKIE])
    if (!session) throw new HttpError(401, 'User Not Authenticated', 'Log in first (POST /angular.do?sysparm_type=view_form.login)')
    if (!instance.rolesOf(session.userId).has('admin')) throw new HttpError(403, 'Forbidden', 'Installing or deleting an application requires the admin role')
    return session
}

/** The processors' CSRF check: the session's token as sysparm_ck (or the X-UserToken header). */
function requireToken(session: Session, ctx: RequestContext, sysparmCk: string | undefined): void {
    if (csrfMatches(session, sysparmCk) || csrfMatches(session, ctx.req.headers['x-usertoken'])) return
    throw new HttpError(401, 'User Not Authenticated', 'Invalid or missing security token (sysparm_ck / X-UserToken)')
}

interface Upload {
    fields: Record<string, string>
    file: Buffer | null
}

/** Reads the multipart form of an upload: a few short fields and one file, within MAX_PACKAGE_BYTES. */
function readUpload(ctx: RequestContext): Promise<Upload> {
    const type = String(ctx.req.headers['content-type'] ?? '')
    if (!/^multipart\/form-data\b/i.test(type)) return Promise.reject(new HttpError(415, 'Unsupported Media Type', 'The upload is a multipart/form-data form'))
    if (Number(ctx.req.headers['content-length'] ?? 0) > MAX_PACKAGE_BYTES + 64 * 1024) {
        return Promise.reject(new HttpError(413, 'Request entity too large', `A package may not exceed ${MAX_PACKAGE_BYTES} bytes`))
    }
    return new Promise((resolve, reject) => {
        let bb: busboy.Busboy
        try {
            bb = busboy({ headers: ctx.req.headers, limits: { fileSize: MAX_PACKAGE_BYTES, files: 1, fields: 20, fieldSize: 4096, parts: 30 } })
        } catch {
            reject(new HttpError(400, 'Bad request', 'Malformed multipart form'))
            return
        }
        const upload: Upload = { fields: {}, file: null }
        let failure: HttpError | null = null
        const fail = (e: HttpError) => {
            failure ??= e
        }
        bb.on('field', (name, value, info) => {
            if (info.valueTruncated) fail(new HttpError(400, 'Bad request', `Form field ${name.slice(0, 40)} is too long`))
            upload.fields[name] = value
        })
        bb.on('file', (name, stream) => {
            const chunks: Buffer[] = []
            stream.on('data', (c: Buffer) => chunks.push(c))
            stream.on('limit', () => fail(new HttpError(413, 'Request entity too large', `A package may not exceed ${MAX_PACKAGE_BYTES} bytes`)))
            stream.on('end', () => {
                if (name === 'attachFile') upload.file = Buffer.concat(chunks)
            })
        })
        bb.on('filesLimit', () => fail(new HttpError(400, 'Bad request', 'Upload one package at a time')))
        bb.on('fieldsLimit', () => fail(new HttpError(400, 'Bad request', 'Too many form fields')))
        bb.on('partsLimit', () => fail(new HttpError(400, 'Bad request', 'Too many form parts')))
        bb.on('error', () => reject(new HttpError(400, 'Bad request', 'Malformed multipart form')))
        bb.on('close', () => (failure ? reject(failure) : resolve(upload)))
        ctx.req.pipe(bb)
    })
}

/**
 * POST /sn_appclient_upload_processor.do: the app upload `now-sdk install` sends (upload_type=file,
 * load_demo, sysparm_ck, attachFile; sysparm_fluent_scope_id … in the query). Answers
 * {executionTracker, rollbackContext}: the tracker the progress API reports on. A refused package gets
 * its tracker too (status Failed, with the reason) and a 400, and nothing is installed.
 */
async function upload(instance: Instance, ctx: RequestContext): Promise<void> {
    const session = adminSession(instance, ctx)
    const form = await readUpload(ctx)
    requireToken(session, ctx, form.fields.sysparm_ck)
    if (!form.file) throw new HttpError(400, 'Bad request', 'No package: send the zip as the attachFile part')
    const q = ctx.url.searchParams
    const claims: UploadClaims = {
        scopeId: q.get('sysparm_fluent_scope_id') || undefined,
        scopeName: q.get('sysparm_fluent_scope_name') || undefined,
        version: q.get('sysparm_fluent_app_version') || undefined,
        demo: form.fields.load_demo === undefined ? undefined : form.fields.load_demo !== 'false',
    }
    const outcome = instance.runAs(session.userId, () => installPackage(instance, form.file as Buffer, claims))
    // A refusal keeps the REST error shape ({"error": {message, detail}, "status": "failure"}) beside the
    // tracker the SDK follows to show the reason.
    sendJson(ctx.res, outcome.ok ? 200 : 400, {
        executionTracker: outcome.trackerId,
        rollbackContext: outcome.rollbackId ?? '',
        ...(outcome.ok ? {} : { error: { message: outcome.message, detail: outcome.detail ?? null }, status: 'failure' }),
    })
}

/** POST /xmlhttp.do with sysparm_processor=com.snc.apps.AppsAjaxProcessor: changeApplication and deleteApplication. */
async function appsAjax(instance: Instance, ctx: RequestContext): Promise<void> {
    const session = adminSession(instance, ctx)
    const form = parseForm(await ctx.body())
    requireToken(session, ctx, form.sysparm_ck)
    if (form.sysparm_processor !== 'com.snc.apps.AppsAjaxProcessor') throw new HttpError(400, 'Bad request', 'Unsupported sysparm_processor')
    let answer: string
    if (form.sysparm_function === 'changeApplication') {
        const exists = instance.store.prepare('SELECT 1 FROM sys_package WHERE sys_id = ?').get(form.sysparm_value ?? '')
        if (!exists) throw new HttpError(404, 'Not found', 'No such application')
        answer = form.sysparm_value ?? ''
    } else if (form.sysparm_function === 'deleteApplication') {
        answer = instance.runAs(session.userId, () => uninstallApplication(instance, form.sysparm_sys_id ?? '')).trackerId
    } else throw new HttpError(400, 'Bad request', `Unsupported sysparm_function ${String(form.sysparm_function ?? '').slice(0, 40)}`)
    ctx.res.writeHead(200, { 'Content-Type': 'text/xml;charset=UTF-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
    ctx.res.end(`<?xml version="1.0" encoding="UTF-8"?><xml answer="${escapeXmlAttribute(answer)}" sysparm_processor="com.snc.apps.AppsAjaxProcessor"/>`)
}

/** GET /api/sn_cicd/progress/{id} (and /api/sn_cicd/v1/progress/{id}): an execution tracker's progress. */
function progress(instance: Instance, ctx: RequestContext): void {
    const user = ctx.user
    if (!user) throw new HttpError(401, 'User Not Authenticated', 'Required to provide Auth information')
    const roles = instance.rolesOf(user.userId)
    if (!CICD_ROLES.some((r) => roles.has(r))) throw new HttpError(403, 'Forbidden', "The user isn't an admin or doesn't have the sn_cicd.sys_ci_automation role")
    const row = new Trackers(instance).get(ctx.params[0])
    if (!row) throw new HttpError(404, 'Not found', `No progress record ${ctx.params[0].slice(0, 40)}`)
    sendJson(ctx.res, 200, { result: progressBody(row, ctx.baseUrl) })
}

/** GET /api/fluent/download/{scope sys_id}: the application's records for now-sdk download and transform (admin). */
function download(instance: Instance, ctx: RequestContext): void {
    const user = ctx.user
    if (!user) throw new HttpError(401, 'User Not Authenticated', 'Required to provide Auth information')
    if (!instance.rolesOf(user.userId).has('admin')) throw new HttpError(403, 'Forbidden', 'Downloading an application requires the admin role')
    const mode = ctx.url.searchParams.get('sysparam_mode') ?? 'complete'
    if (mode !== 'complete' && mode !== 'incremental') throw new HttpError(400, 'Bad request', 'sysparam_mode is complete or incremental')
    const since = mode === 'incremental' ? (ctx.url.searchParams.get('sysparam_timestamp') ?? '') : ''
    if (since && !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(since)) throw new HttpError(400, 'Bad request', 'sysparam_timestamp is YYYY-MM-DD HH:MM:SS')
    const zip = downloadApplication(instance, ctx.params[0], since ? { since } : {})
    if (!zip) {
        sendJson(ctx.res, 404, { result: `No application with sys_id ${ctx.params[0].slice(0, 40)}` })
        return
    }
    ctx.res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Length': String(zip.length), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
    ctx.res.end(Buffer.from(zip))
}

/** The app upload (now-sdk install), its progress and the application delete (now-sdk install --reinstall). */
export function cicdUploadRoutes(instance: Instance): Route[] {
    return [
        { method: 'POST', pattern: /^\/sn_appclient_upload_processor\.do$/, auth: 'none', handle: (ctx) => upload(instance, ctx) },
        { method: 'POST', pattern: /^\/xmlhttp\.do$/, auth: 'none', handle: (ctx) => appsAjax(instance, ctx) },
        { method: 'GET', pattern: /^\/api\/sn_cicd\/(?:v1\/)?progress\/([^/]+)$/, auth: 'basic', handle: (ctx) => progress(instance, ctx) },
        { method: 'GET', pattern: /^\/api\/fluent\/download\/([^/]+)$/, auth: 'basic', handle: (ctx) => download(instance, ctx) },
    ]
}
