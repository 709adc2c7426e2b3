import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { certificateHosts, ensureCertificates } from '../../src/local/tls/certificates'
import { GlideRecord, GlideSysAttachment } from '../../src/local/glide'
import { installedInstance } from '../support/instance'
import { insert } from '../support/records'

/*
 * An existing ServiceNow client, unmodified, against the local instance over https: the npm package
 * `servicenow-rest-api` (node_modules) only speaks https to `https://<instance>/api/now/v2/table/…` and
 * `/api/now/table/…` with basic authentication, and reads attachments through `/api/now/attachment/{sys_id}`,
 * `/api/now/attachment?table_sys_id=…` and `/api/now/attachment/{sys_id}/file` (Attachment API). It runs in its own Node process that trusts the local
 * certificate authority the way `npm start -- --tls` tells people to: NODE_EXTRA_CA_CERTS.
 */

const run = promisify(execFile)
const ROOT = path.resolve(__dirname, '../..')
let instance: Instance
let server: RunningServer
let dir: string
let caPath: string
const password = 'rest client password 1'
/** A task with one attachment, for the client's attachment calls. */
let taskId: string
let attachmentId: string

beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-rest-client-'))
    const tls = await ensureCertificates(dir, certificateHosts('127.0.0.1'))
    caPath = tls.caPath
    instance = installedInstance()
    ensureAdmin(instance, password)
    instance.run(() => {
        taskId = insert('task', { short_description: 'has an attachment' })
        const task = new GlideRecord('task')
        task.get(taskId)
        attachmentId = new GlideSysAttachment().write(task, 'readme.txt', 'text/plain', 'Attached for servicenow-rest-api') ?? ''
    })
    server = await startServer(instance, { port: 0, tls: { key: tls.key, cert: tls.cert } })
})
afterAll(async () => {
    await server.close()
    instance.close()
    fs.rmSync(dir, { recursive: true, force: true })
})

/** The client's calls, each answered through its callback; the script prints one JSON line of results. */
const SCRIPT = `
const ServiceNow = require('servicenow-rest-api')
const [instanceName, user, password, attachmentId, taskId] = process.argv.slice(1)
const sn = new ServiceNow(instanceName, user, password)
const callOn = (client, fn, ...args) => new Promise((resolve) => fn.call(client, ...args, (res) => resolve(res instanceof Error ? { error: res.message, status: res.response && res.response.status } : res)))
const call = (fn, ...args) => callOn(sn, fn, ...args)
;(async () => {
    const out = {}
    out.sample = await call(sn.getSampleData, 'x_psm_persona_persona')
    out.table = await call(sn.getTableData, ['name', 'mobility'], ['mobility=4', 'ORDERBYname'], 'x_psm_persona_persona')
    out.created = await call(sn.createNewTask, { short_description: 'Made by servicenow-rest-api' }, 'change_request')
    const number = out.created && out.created.number
    out.sysId = await call(sn.getSysId, 'change_request', number)
    out.updated = await call(sn.UpdateTask, 'change_request', number, { short_description: 'Updated by servicenow-rest-api' })
    out.deleted = await call(sn.DeleteTask, 'change_request', number)
    if (out.deleted && out.deleted.raw) out.deleted = { status: out.deleted.status }
    out.attachment = await call(sn.getAttachmentMetaData, attachmentId)
    out.attachments = await call(sn.getAllAttachmentsMetaData, taskId)
    const file = await call(sn.getAttachment, attachmentId)
    out.file = file && file.data !== undefined ? { status: file.status, type: file.headers['content-type'], data: file.data } : file
    const wrong = new ServiceNow(instanceName, user, 'wrong password')
    out.denied = await callOn(wrong, wrong.getSampleData, 'sys_user')
    process.stdout.write('RESULT ' + JSON.stringify(out) + '\\n')
})()
`

async function client(env: Record<string, string>): Promise<Record<string, unknown>> {
    const host = new URL(server.url).host
    const { stdout } = await run(process.execPath, ['-e', SCRIPT, host, 'admin', password, attachmentId, taskId], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 })
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '))
    if (!line) throw new Error(`no result from the client: ${stdout}`)
    return JSON.parse(line.slice('RESULT '.length)) as Record<string, unknown>
}

test('servicenow-rest-api reads, creates, updates and deletes through the local instance over https', async () => {
    const out = await client({ NODE_EXTRA_CA_CERTS: caPath })
    expect(out.sample).toEqual([expect.objectContaining({ name: expect.any(String) as string })])
    const mobile = instance.run(() => {
        const gr = new GlideRecord('x_psm_persona_persona')
        gr.addQuery('mobility', 4)
        gr.orderBy('name')
        gr.query()
        const names: string[] = []
        while (gr.next()) names.push(gr.getValue('name') ?? '')
        return names
    })
    // getTableData asks for display values (sysparm_display_value=true).
    expect(out.table).toEqual(mobile.map((name) => ({ name, mobility: expect.any(String) as string })))
    const created = out.created as Record<string, string>
    expect(created.number).toMatch(/^CHG\d+$/)
    expect(created.short_description).toBe('Made by servicenow-rest-api')
    expect(out.sysId).toBe(created.sys_id)
    expect((out.updated as Record<string, string>).short_description).toBe('Updated by servicenow-rest-api')
    expect(out.deleted).toEqual({ status: 204 })
    expect(instance.run(() => new GlideRecord('change_request').get(created.sys_id))).toBe(false)
    expect(out.denied).toEqual({ error: 'Request failed with status code 401', status: 401 })
    expect(out.attachment).toMatchObject({ sys_id: attachmentId, file_name: 'readme.txt', table_name: 'task', table_sys_id: taskId, size_bytes: '32' })
    expect(out.attachments).toEqual([expect.objectContaining({ sys_id: attachmentId })])
    expect(out.file).toEqual({ status: 200, type: 'text/plain', data: 'Attached for servicenow-rest-api' })
})

test('without trusting the local authority the same client is refused by TLS (the https is real)', async () => {
    const out = await client({})
    expect(String((out.sample as { error: string }).error)).toMatch(/self[- ]signed|unable to verify|certificate/i)
})
