import * as http from 'node:http'
import { gunzipSync } from 'node:zlib'
import { randomBytes } from 'node:crypto'
import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { GlideRecord, GlideSysAttachment } from '../../src/local/glide'
import { withScope } from '../../src/local/glide/runtime'
import { freshInstance } from '../support/instance'
import { get, insert } from '../support/records'

/*
 * The Attachment API (REST API reference, "Attachment API"): "The Attachment API provides endpoints that allow
 * you to upload and query file attachments … The Attachment API respects any system limitations on uploaded
 * files, such as maximum file size and allowed attachment types. You can control these settings using the
 * properties com.glide.attachment.max_size, 1024MB by default, and glide.attachment.extensions." Role
 * requirements: "It must also have any roles required to read and write records on the target table".
 * Endpoints: POST /now/attachment/file (query table_name, table_sys_id, file_name; "Content-Type … This header is
 * mandatory"; 201 with Location; 400 "one or more mandatory parameters were missing"; 404 "the record … does not
 * exist or is not accessible to the current user"), POST /now/attachment/upload (multipart; "the file content is
 * contained in the final part of the message only"), GET /now/attachment (sysparm_limit, sysparm_offset,
 * sysparm_query "relative to the Attachments [sys_attachment] table"), GET /now/attachment/{sys_id} ("404:
 * Indicates the specified attachment does not exist, or the current user cannot access it"), GET
 * /now/attachment/{sys_id}/file (X-Attachment-Metadata), DELETE /now/attachment/{sys_id} (204).
 */

let instance: Instance
let server: RunningServer
const password = 'attachment admin password 1'
const basic = (user: string, pw: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}` })
const admin = basic('admin', password)
const fulfiller = basic('att.fulfiller', 'fulfiller password 1')
const outsider = basic('att.outsider', 'outsider password 1')
/** Writable by the fulfiller (priority 1), readable only (priority 2). */
let writable: string
let readOnly: string

beforeAll(async () => {
    instance = freshInstance()
    ensureAdmin(instance, password)
    instance.run(() => {
        const itil = get('sys_user_role', 'name', 'itil').getUniqueValue()
        const f = insert('sys_user', { user_name: 'att.fulfiller', user_password: 'fulfiller password 1', first_name: 'Fay', last_name: 'Fulfiller' })
        insert('sys_user_has_role', { user: f, role: itil })
        insert('sys_user', { user_name: 'att.outsider', user_password: 'outsider password 1' })
        const read = insert('sys_security_acl', { name: 'task', operation: 'read', type: 'record', active: true, admin_overrides: true, decision_type: 'allow' })
        insert('sys_security_acl_role', { sys_security_acl: read, sys_user_role: itil })
        const write = insert('sys_security_acl', { name: 'task', operation: 'write', type: 'record', active: true, admin_overrides: true, decision_type: 'allow', condition: 'priority=1' })
        insert('sys_security_acl_role', { sys_security_acl: write, sys_user_role: itil })
        writable = insert('task', { short_description: 'writable', priority: 1 })
        readOnly = insert('task', { short_description: 'read only', priority: 2 })
    })
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

interface Answer {
    status: number
    headers: Headers
    json: { result?: Record<string, string> | Array<Record<string, string>>; error?: { message: string; detail: string }; status?: string }
}

async function call(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Answer> {
    const res = await fetch(`${server.url}${path}`, { ...init, headers: { Accept: 'application/json', ...init.headers } })
    const text = await res.text()
    return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Answer['json']) : {} }
}

function uploadFile(table: string, sysId: string, fileName: string, body: Buffer | string, type = 'text/plain', who = admin): Promise<Answer> {
    const q = new URLSearchParams({ table_name: table, table_sys_id: sysId, file_name: fileName })
    return call(`/api/now/attachment/file?${q}`, { method: 'POST', headers: { ...who, 'Content-Type': type }, body })
}

function counts(): { attachments: number; docs: number } {
    const n = (t: string) => (instance.store.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n
    return { attachments: n('sys_attachment'), docs: n('sys_attachment_doc') }
}

/** A raw HTTP request (multipart bodies written by hand, no Content-Length when chunked). */
function raw(path: string, headers: Record<string, string>, body: Buffer | Buffer[]): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
        const req = http.request(`${server.url}${path}`, { method: 'POST', headers: { Accept: 'application/json', ...headers } }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
        })
        req.on('error', reject)
        for (const part of Array.isArray(body) ? body : [body]) req.write(part)
        req.end()
    })
}

function multipart(parts: Array<{ name: string; value: string | Buffer; fileName?: string; type?: string; extraHeaders?: string }>, boundary = 'XBOUNDARYX'): Buffer {
    const out: Buffer[] = []
    for (const p of parts) {
        const disposition = `form-data; name="${p.name}"${p.fileName !== undefined ? `; filename="${p.fileName}"` : ''}`
        const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}${p.extraHeaders ?? ''}\r\n`
        out.push(Buffer.from(head), Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value), Buffer.from('\r\n'))
    }
    out.push(Buffer.from(`--${boundary}--\r\n`))
    return Buffer.concat(out)
}

const form = (boundary = 'XBOUNDARYX') => ({ ...admin, 'Content-Type': `multipart/form-data; boundary=${boundary}` })

describe('POST /now/attachment/file and the stored form (sys_attachment, sys_attachment_doc)', () => {
    test('uploads the body as a file on the record: 201, Location, the documented metadata, gzip chunks in base64', async () => {
        const content = 'I am text in a txt file attached to a record.\n'.repeat(50)
        const r = await uploadFile('task', writable, 'notes.txt', content)
        expect(r.status).toBe(201)
        const result = r.json.result as Record<string, string>
        expect(r.headers.get('location')).toBe(`${server.url}/api/now/attachment/${result.sys_id}`)
        expect(result).toMatchObject({
            table_name: 'task',
            table_sys_id: writable,
            file_name: 'notes.txt',
            content_type: 'text/plain',
            size_bytes: String(Buffer.byteLength(content)),
            compressed: 'true',
            sys_created_by: 'admin',
            sys_mod_count: '0',
            download_link: `${server.url}/api/now/attachment/${result.sys_id}/file`,
        })
        // "All values are strings", as in the reference's examples.
        for (const v of Object.values(result)) expect(typeof v).toBe('string')
        expect(Number(result.size_compressed)).toBeLessThan(Buffer.byteLength(content))
        const docs = instance.store.prepare('SELECT position, data FROM sys_attachment_doc WHERE sys_attachment = ? ORDER BY position').all(result.sys_id) as Array<{ position: number; data: string }>
        expect(docs.map((d) => d.position)).toEqual([0])
        expect(gunzipSync(Buffer.from(docs[0].data, 'base64')).toString('utf8')).toBe(content)
    })

    test('a file larger than a chunk is split into several sys_attachment_doc records and comes back byte for byte', async () => {
        const content = randomBytes(1_600_000) // incompressible: three chunks of the gzip stream
        const r = await uploadFile('task', writable, 'blob.bin', content, 'application/octet-stream')
        expect(r.status).toBe(201)
        const id = (r.json.result as Record<string, string>).sys_id
        const positions = (instance.store.prepare('SELECT position FROM sys_attachment_doc WHERE sys_attachment = ? ORDER BY position').all(id) as Array<{ position: number }>).map((d) => d.position)
        expect(positions).toEqual([0, 1, 2])
        const res = await fetch(`${server.url}/api/now/attachment/${id}/file`, { headers: admin })
        expect(res.status).toBe(200)
        expect(Buffer.from(await res.arrayBuffer()).equals(content)).toBe(true)
    })

    test('GET /{sys_id}/file returns the bytes with their content type and X-Attachment-Metadata', async () => {
        const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.from([0, 0, 0, 3, 0, 0, 0, 2]), randomBytes(20)])
        const up = await uploadFile('task', writable, 'dot.png', png, 'image/png')
        const id = (up.json.result as Record<string, string>).sys_id
        expect(up.json.result).toMatchObject({ image_width: '3', image_height: '2' })
        const res = await fetch(`${server.url}/api/now/attachment/${id}/file`, { headers: admin })
        expect(res.headers.get('content-type')).toBe('image/png')
        expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true)
        const meta = JSON.parse(res.headers.get('x-attachment-metadata') ?? '{}') as Record<string, string>
        expect(meta).toMatchObject({ sys_id: id, file_name: 'dot.png', size_bytes: String(png.length), content_type: 'image/png' })
        // Uploaded content never runs as a page of the instance.
        expect(res.headers.get('content-disposition')).toMatch(/^attachment;/)
        expect(res.headers.get('content-security-policy')).toMatch(/sandbox/)
    })

    test('missing table_name, table_sys_id, file_name or Content-Type: 400; an unknown record: 404; nothing is written', async () => {
        const before = counts()
        expect((await uploadFile('', writable, 'a.txt', 'x')).status).toBe(400)
        expect((await uploadFile('task', '', 'a.txt', 'x')).status).toBe(400)
        expect((await uploadFile('task', writable, '', 'x')).status).toBe(400)
        const noType = await call(`/api/now/attachment/file?table_name=task&table_sys_id=${writable}&file_name=a.txt`, { method: 'POST', headers: admin, body: Buffer.from('x') })
        expect(noType.status).toBe(400)
        const missing = await uploadFile('task', 'f'.repeat(32), 'a.txt', 'x')
        expect(missing.status).toBe(404)
        expect(missing.json).toEqual({ error: { message: expect.any(String) as string, detail: expect.any(String) as string }, status: 'failure' })
        expect((await uploadFile('no_such_table', writable, 'a.txt', 'x')).status).toBe(404)
        // A name or type that could not be sent back whole in a download's headers.
        expect((await uploadFile('task', writable, 'a\r\nSet-Cookie: x=1.txt', 'x')).status).toBe(400)
        expect((await uploadFile('task', writable, 'n'.repeat(101), 'x')).status).toBe(400)
        const badType = instance.run(() => {
            const gr = new GlideRecord('task')
            gr.get(writable)
            return new GlideSysAttachment().write(gr, 'a.txt', 'text/plain\r\nX-Injected: 1', 'x')
        })
        expect(badType).toBeNull()
        expect(counts()).toEqual(before)
    })

    test('the versioned URL /api/now/v1/attachment/file works the same', async () => {
        const q = new URLSearchParams({ table_name: 'task', table_sys_id: writable, file_name: 'v1.txt' })
        const r = await call(`/api/now/v1/attachment/file?${q}`, { method: 'POST', headers: { ...admin, 'Content-Type': 'text/plain' }, body: 'v1' })
        expect(r.status).toBe(201)
    })
})

describe('POST /now/attachment/upload (multipart)', () => {
    test('table_name and table_sys_id in the form, the file last: 201 with the part\'s file name and type', async () => {
        const body = new FormData()
        body.append('table_name', 'task')
        body.append('table_sys_id', writable)
        body.append('uploadFile', new Blob(['a,b\n1,2\n'], { type: 'text/csv' }), 'data.csv')
        const res = await fetch(`${server.url}/api/now/attachment/upload`, { method: 'POST', headers: { ...admin, Accept: 'application/json' }, body })
        expect(res.status).toBe(201)
        const result = ((await res.json()) as { result: Record<string, string> }).result
        expect(result).toMatchObject({ file_name: 'data.csv', content_type: 'text/csv', table_name: 'task', table_sys_id: writable, size_bytes: '8' })
        expect(res.headers.get('location')).toBe(`${server.url}/api/now/attachment/${result.sys_id}`)
    })

    test('a field after the file, no file, or a second file: 400 and nothing written', async () => {
        const before = counts()
        const after = multipart([{ name: 'table_name', value: 'task' }, { name: 'f', value: 'x', fileName: 'a.txt', type: 'text/plain' }, { name: 'table_sys_id', value: writable }])
        expect((await raw('/api/now/attachment/upload', form(), after)).status).toBe(400)
        const none = multipart([{ name: 'table_name', value: 'task' }, { name: 'table_sys_id', value: writable }])
        expect((await raw('/api/now/attachment/upload', form(), none)).status).toBe(400)
        const two = multipart([{ name: 'table_name', value: 'task' }, { name: 'table_sys_id', value: writable }, { name: 'f', value: 'x', fileName: 'a.txt', type: 'text/plain' }, { name: 'g', value: 'y', fileName: 'b.txt', type: 'text/plain' }])
        expect((await raw('/api/now/attachment/upload', form(), two)).status).toBe(400)
        expect(counts()).toEqual(before)
    })

    test('multipart bombs: thousands of parts, a huge part header, a huge field: the platform error shape, nothing written, the server still answers', async () => {
        const before = counts()
        const many = multipart([...Array.from({ length: 5000 }, (_, i) => ({ name: `f${i}`, value: 'x' })), { name: 'file', value: 'x', fileName: 'a.txt', type: 'text/plain' }])
        const r1 = await raw('/api/now/attachment/upload', form(), many)
        expect(r1.status).toBe(400)
        expect(JSON.parse(r1.body)).toEqual({ error: { message: 'Bad request', detail: expect.stringMatching(/Too many form/) as string }, status: 'failure' })
        const bigHeader = multipart([{ name: 'table_name', value: 'task' }, { name: 'table_sys_id', value: writable }, { name: 'file', value: 'x', fileName: 'a.txt', type: 'text/plain', extraHeaders: `X-Padding: ${'a'.repeat(40_000)}\r\n` }])
        const r2 = await raw('/api/now/attachment/upload', form(), bigHeader)
        expect(r2.status).toBe(400)
        expect(JSON.parse(r2.body)).toMatchObject({ status: 'failure' })
        const bigField = multipart([{ name: 'table_name', value: 'x'.repeat(100_000) }, { name: 'file', value: 'x', fileName: 'a.txt', type: 'text/plain' }])
        expect((await raw('/api/now/attachment/upload', form(), bigField)).status).toBe(400)
        const noBoundary = await raw('/api/now/attachment/upload', { ...admin, 'Content-Type': 'multipart/form-data' }, Buffer.from('x'))
        expect(noBoundary.status).toBe(400)
        expect(counts()).toEqual(before)
        expect((await uploadFile('task', writable, 'after.txt', 'still alive')).status).toBe(201)
    })
})

describe('size limit and file types (com.glide.attachment.max_size, glide.attachment.extensions, MIME validation)', () => {
    afterEach(() => {
        for (const name of ['com.glide.attachment.max_size', 'glide.attachment.extensions', 'glide.security.file.mime_type.validation', 'glide.security.attachment_type.use_blacklist', 'glide.attachment.blacklisted.extensions']) {
            instance.run(() => {
                const gr = new GlideRecord('sys_properties')
                if (gr.get('name', name)) gr.deleteRecord()
            })
        }
    })

    test('an upload over com.glide.attachment.max_size (megabytes) is refused, with or without Content-Length, and nothing is written', async () => {
        instance.properties.set('com.glide.attachment.max_size', '1')
        const before = counts()
        const over = randomBytes(1024 * 1024 + 1)
        const r = await uploadFile('task', writable, 'big.bin', over, 'application/octet-stream')
        expect(r.status).toBe(413)
        expect(r.json).toEqual({ error: { message: 'Request entity too large', detail: expect.stringMatching(/com\.glide\.attachment\.max_size/) as string }, status: 'failure' })
        // Chunked: the size is only known while it streams.
        const chunked = await raw(`/api/now/attachment/file?table_name=task&table_sys_id=${writable}&file_name=big.bin`, { ...admin, 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' }, [over.subarray(0, 500_000), over.subarray(500_000)])
        expect(chunked.status).toBe(413)
        const multi = await raw('/api/now/attachment/upload', form(), multipart([{ name: 'table_name', value: 'task' }, { name: 'table_sys_id', value: writable }, { name: 'f', value: over, fileName: 'big.bin', type: 'application/octet-stream' }]))
        expect(multi.status).toBe(413)
        expect(counts()).toEqual(before)
        expect((await uploadFile('task', writable, 'small.bin', randomBytes(1000), 'application/octet-stream')).status).toBe(201)
    })

    test('glide.attachment.extensions allows only the listed extensions; MIME validation checks the content against the extension', async () => {
        instance.properties.set('glide.attachment.extensions', 'txt,png')
        const before = counts()
        const exe = await uploadFile('task', writable, 'tool.exe', 'MZ', 'application/octet-stream')
        expect(exe.status).toBe(400)
        expect(exe.json.error?.detail).toMatch(/glide\.attachment\.extensions/)
        // "To enforce checking of MIME type / magic bytes during file uploads" (default true): a .png that is text is refused.
        const fake = await uploadFile('task', writable, 'fake.png', '<script>alert(1)</script>', 'image/png')
        expect(fake.status).toBe(400)
        expect(fake.json.error?.detail).toMatch(/glide\.security\.file\.mime_type\.validation/)
        expect(counts()).toEqual(before)
        expect((await uploadFile('task', writable, 'ok.txt', 'plain text')).status).toBe(201)
        instance.properties.set('glide.security.file.mime_type.validation', 'false')
        expect((await uploadFile('task', writable, 'fake.png', 'not a png', 'image/png')).status).toBe(201)
    })

    test('the block list (glide.security.attachment_type.use_blacklist) refuses its extensions', async () => {
        instance.properties.set('glide.attachment.blacklisted.extensions', 'exe,bat')
        expect((await uploadFile('task', writable, 'a.bat', 'echo', 'text/plain')).status).toBe(201)
        instance.properties.set('glide.security.attachment_type.use_blacklist', 'true')
        const r = await uploadFile('task', writable, 'b.bat', 'echo', 'text/plain')
        expect(r.status).toBe(400)
        expect(r.json.error?.detail).toMatch(/blacklisted/)
    })
})

describe('access follows the parent record', () => {
    let onWritable: string
    let onReadOnly: string

    beforeAll(async () => {
        onWritable = ((await uploadFile('task', writable, 'w.txt', 'on the writable task')).json.result as Record<string, string>).sys_id
        onReadOnly = ((await uploadFile('task', readOnly, 'r.txt', 'on the read-only task')).json.result as Record<string, string>).sys_id
    })

    test('a user who cannot read the record cannot see, list or download its attachments (404 as for none)', async () => {
        expect((await call(`/api/now/attachment/${onWritable}`, { headers: outsider })).status).toBe(404)
        expect((await call(`/api/now/attachment/${onWritable}/file`, { headers: outsider })).status).toBe(404)
        const list = await call(`/api/now/attachment?table_sys_id=${writable}`, { headers: outsider })
        expect(list).toMatchObject({ status: 200, json: { result: [] } })
        expect((await call(`/api/now/attachment/${onWritable}`, { method: 'DELETE', headers: outsider })).status).toBe(404)
        expect((await uploadFile('task', writable, 'x.txt', 'x', 'text/plain', outsider)).status).toBe(404)
    })

    test('a reader sees the attachments; only write access to the record lets one add or delete them', async () => {
        expect((await call(`/api/now/attachment/${onReadOnly}`, { headers: fulfiller })).json.result).toMatchObject({ sys_id: onReadOnly, file_name: 'r.txt' })
        const before = counts()
        const add = await uploadFile('task', readOnly, 'x.txt', 'x', 'text/plain', fulfiller)
        expect(add.status).toBe(403)
        expect(counts()).toEqual(before)
        expect((await call(`/api/now/attachment/${onReadOnly}`, { method: 'DELETE', headers: fulfiller })).status).toBe(403)
        expect(instance.run(() => new GlideRecord('sys_attachment').get(onReadOnly))).toBe(true)
        const mine = await uploadFile('task', writable, 'mine.txt', 'mine', 'text/plain', fulfiller)
        expect(mine.status).toBe(201)
        expect((mine.json.result as Record<string, string>).created_by_name).toBe('Fay Fulfiller')
    })

    test('DELETE removes the attachment and every chunk: 204, then 404', async () => {
        const id = ((await uploadFile('task', writable, 'gone.txt', 'soon gone')).json.result as Record<string, string>).sys_id
        const res = await fetch(`${server.url}/api/now/attachment/${id}`, { method: 'DELETE', headers: fulfiller })
        expect(res.status).toBe(204)
        expect(await res.text()).toBe('')
        expect((instance.store.prepare('SELECT COUNT(*) AS n FROM sys_attachment_doc WHERE sys_attachment = ?').get(id) as { n: number }).n).toBe(0)
        expect((await call(`/api/now/attachment/${id}`, { headers: admin })).status).toBe(404)
    })

    test('a write from another origin is refused even with valid credentials (a form cannot upload for its visitor)', async () => {
        const before = counts()
        const q = new URLSearchParams({ table_name: 'task', table_sys_id: writable, file_name: 'csrf.txt' })
        const r = await call(`/api/now/attachment/file?${q}`, { method: 'POST', headers: { ...admin, 'Content-Type': 'text/plain', Origin: 'https://evil.example' }, body: 'x' })
        expect(r.status).toBe(403)
        expect((await call(`/api/now/attachment/${onWritable}`, { method: 'DELETE', headers: { ...admin, Origin: 'https://evil.example' } })).status).toBe(403)
        expect(counts()).toEqual(before)
    })
})

describe('GET /now/attachment (metadata of many)', () => {
    let record: string
    beforeAll(async () => {
        record = instance.run(() => insert('task', { short_description: 'list target', priority: 1 }))
        for (const name of ['b.txt', 'a.txt', 'c.txt']) await uploadFile('task', record, name, name)
    })

    test('sysparm_query on sys_attachment with ORDERBY, sysparm_limit and sysparm_offset', async () => {
        const all = await call(`/api/now/attachment?sysparm_query=${encodeURIComponent(`table_sys_id=${record}^ORDERBYfile_name`)}`, { headers: admin })
        expect((all.json.result as Array<Record<string, string>>).map((r) => r.file_name)).toEqual(['a.txt', 'b.txt', 'c.txt'])
        const page = await call(`/api/now/attachment?sysparm_query=${encodeURIComponent(`table_sys_id=${record}^ORDERBYDESCfile_name`)}&sysparm_limit=1&sysparm_offset=1`, { headers: admin })
        expect((page.json.result as Array<Record<string, string>>).map((r) => r.file_name)).toEqual(['b.txt'])
        expect((await call('/api/now/attachment?sysparm_limit=x', { headers: admin })).status).toBe(400)
    })

    test('name-value filters (?table_sys_id=…, as ServiceNow clients send them) and XML', async () => {
        const r = await call(`/api/now/attachment?table_sys_id=${record}`, { headers: admin })
        expect((r.json.result as Array<Record<string, string>>).map((x) => x.file_name).sort()).toEqual(['a.txt', 'b.txt', 'c.txt'])
        const xml = await fetch(`${server.url}/api/now/attachment?table_sys_id=${record}&sysparm_limit=1`, { headers: { ...admin, Accept: 'application/xml' } })
        expect(xml.headers.get('content-type')).toMatch(/application\/xml/)
        expect(await xml.text()).toMatch(/^<\?xml[^>]*><response><result><average_image_color\/>.*<table_sys_id>[0-9a-f]{32}<\/table_sys_id>/)
    })
})

describe('GlideSysAttachment (scoped API)', () => {
    test('write, getAttachments, getContent, getContentBase64, copy and deleteAttachment on the same store the REST API serves', async () => {
        const source = instance.run(() => insert('task', { short_description: 'script source', priority: 1 }))
        const target = instance.run(() => insert('task', { short_description: 'script target', priority: 1 }))
        const { id, content, base64, copied, names } = instance.run(() =>
            withScope('x_test_scope', () => {
                const gsa = new GlideSysAttachment()
                const rec = new GlideRecord('task')
                rec.get(source)
                const id = gsa.write(rec, 'example.txt', 'text/csv', 'The text that is stored inside my file') as string
                const agr = gsa.getAttachments('task', source)
                const names: string[] = []
                let content: string | undefined
                let base64: string | undefined
                while (agr.next()) {
                    names.push(agr.getValue('file_name') ?? '')
                    content = gsa.getContent(agr)
                    base64 = gsa.getContentBase64(agr)
                }
                return { id, content, base64, copied: gsa.copy('task', source, 'task', target), names }
            }),
        )
        expect(names).toEqual(['example.txt'])
        expect(content).toBe('The text that is stored inside my file')
        expect(base64).toBe(Buffer.from('The text that is stored inside my file').toString('base64'))
        expect(copied).toHaveLength(1)
        const res = await fetch(`${server.url}/api/now/attachment/${copied[0]}/file`, { headers: admin })
        expect(await res.text()).toBe('The text that is stored inside my file')
        instance.run(() => new GlideSysAttachment().deleteAttachment(id))
        expect((await call(`/api/now/attachment/${id}`, { headers: admin })).status).toBe(404)
    })

    test('"This method returns undefined when used in the global scope" (getContent, getContentBase64)', () => {
        const rec = instance.run(() => insert('task', { short_description: 'global', priority: 1 }))
        instance.run(() => {
            const gsa = new GlideSysAttachment()
            const gr = new GlideRecord('task')
            gr.get(rec)
            gsa.write(gr, 'g.txt', 'text/plain', 'global')
            const agr = gsa.getAttachments('task', rec)
            expect(agr.next()).toBe(true)
            expect(gsa.getContent(agr)).toBeUndefined()
            expect(gsa.getContentBase64(agr)).toBeUndefined()
        })
    })

    test('scripts see GlideSysAttachment as a global; writeBase64 and a refused write (null, nothing written)', () => {
        const rec = instance.run(() => insert('task', { short_description: 'from a script', priority: 1 }))
        const id = instance.evaluate(`(function () { var gr = new GlideRecord('task'); gr.get('${rec}'); return new GlideSysAttachment().writeBase64(gr, 'b.txt', 'text/plain', 'SSBhbSB0ZXh0Lg=='); })()`) as string
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        const stream = instance.evaluate(`(function () { var gsa = new GlideSysAttachment(); var gr = new GlideRecord('task'); gr.get('${rec}'); return gsa.writeContentStream(gr, 'c.txt', 'text/plain', gsa.getContentStream('${id}')); })()`) as string
        expect(stream).toMatch(/^[0-9a-f]{32}$/)
        instance.properties.set('glide.attachment.extensions', 'csv')
        try {
            const before = counts()
            expect(instance.evaluate(`(function () { var gr = new GlideRecord('task'); gr.get('${rec}'); return new GlideSysAttachment().write(gr, 'x.txt', 'text/plain', 'x'); })()`)).toBeNull()
            expect(counts()).toEqual(before)
        } finally {
            instance.properties.set('glide.attachment.extensions', '')
        }
        expect(instance.run(() => withScope('x_test_scope', () => {
            const gsa = new GlideSysAttachment()
            const agr = new GlideRecord('sys_attachment')
            agr.get(stream)
            return gsa.getContent(agr)
        }))).toBe('I am text.')
    })
})

/** Sets a table's "Allow access to this table via web services" (sys_db_object.ws_access) as an admin would, through GlideRecord. */
function setWebServiceAccess(table: string, on: boolean): void {
    instance.run(() => {
        const gr = new GlideRecord('sys_db_object')
        if (!gr.get('name', table)) throw new Error(`no sys_db_object ${table}`)
        gr.setValue('ws_access', on)
        gr.update()
    })
}

describe('"Allow access to this table via web services" (ws_access) closes the Attachment API too', () => {
    // "Allow access to this table via web services: Select the check box to allow users to make inbound web
    // service queries to this table ... Clear the check box to prevent users from making web service queries to
    // this table" (Table design and runtime settings); "making a web service call to a protected application table
    // produces a 403 Forbidden HTTP error" (Runtime access to applications tables). An attachment is reached
    // through its record's table.
    let change: string
    let attachment: string
    beforeAll(async () => {
        change = instance.run(() => insert('change_request', { short_description: 'closed to web services', priority: 1 }))
        attachment = ((await uploadFile('change_request', change, 'plan.txt', 'the plan')).json.result as Record<string, string>).sys_id
    })
    afterEach(() => {
        setWebServiceAccess('change_request', true)
        setWebServiceAccess('sys_attachment', true)
    })

    test('the record\'s table closed: upload, metadata, download and delete answer 403; the list leaves its files out; nothing changes', async () => {
        setWebServiceAccess('change_request', false)
        const before = counts()
        const refusal = { error: { message: 'User Not Authorized', detail: expect.stringContaining('change_request') }, status: 'failure' }
        const upload = await uploadFile('change_request', change, 'more.txt', 'more')
        expect({ status: upload.status, json: upload.json }).toEqual({ status: 403, json: refusal })
        const multi = await raw('/api/now/attachment/upload', form(), multipart([
            { name: 'table_name', value: 'change_request' },
            { name: 'table_sys_id', value: change },
            { name: 'f', value: 'x', fileName: 'x.txt', type: 'text/plain' },
        ]))
        expect(multi.status).toBe(403)
        for (const [method, path] of [['GET', `/api/now/attachment/${attachment}`], ['GET', `/api/now/attachment/${attachment}/file`], ['DELETE', `/api/now/attachment/${attachment}`]] as const) {
            const r = await call(path, { method, headers: admin })
            expect({ method, path, status: r.status, json: r.json }).toEqual({ method, path, status: 403, json: refusal })
        }
        expect((await call(`/api/now/attachment?table_sys_id=${change}`, { headers: admin })).json.result).toEqual([])
        expect(counts()).toEqual(before)
        // Scripts are not web services: GlideSysAttachment still reads it.
        expect(instance.run(() => new GlideSysAttachment().getAttachments('change_request', change).getRowCount())).toBe(1)

        setWebServiceAccess('change_request', true)
        expect((await call(`/api/now/attachment/${attachment}`, { headers: admin })).status).toBe(200)
        expect((await call(`/api/now/attachment?table_sys_id=${change}`, { headers: admin })).json.result).toHaveLength(1)
    })

    test('sys_attachment itself closed: every endpoint answers 403', async () => {
        setWebServiceAccess('sys_attachment', false)
        expect((await call('/api/now/attachment', { headers: admin })).status).toBe(403)
        expect((await call(`/api/now/attachment/${attachment}`, { headers: admin })).status).toBe(403)
        expect((await uploadFile('task', writable, 'y.txt', 'y')).status).toBe(403)
    })
})

describe('creation_time on POST /now/attachment/file', () => {
    // "creation_time: Creation date and time of the attachment. Use this parameter to capture attachment creation
    // times when the Now Mobile app is offline and the attachment is uploaded to a record at a later time ...
    // Default: The current date and time." (Attachment - POST /now/attachment/file)
    const upload = (creation: string | null) => {
        const q = new URLSearchParams({ table_name: 'task', table_sys_id: writable, file_name: 'offline.txt' })
        if (creation !== null) q.set('creation_time', creation)
        return call(`/api/now/attachment/file?${q}`, { method: 'POST', headers: { ...admin, 'Content-Type': 'text/plain' }, body: 'taken offline' })
    }

    test('the given time becomes the attachment\'s sys_created_on; without it, now', async () => {
        const given = await upload('2025-03-01 08:15:00')
        expect(given.status).toBe(201)
        const result = given.json.result as Record<string, string>
        expect(result.sys_created_on).toBe('2025-03-01 08:15:00')
        expect((await call(`/api/now/attachment/${result.sys_id}`, { headers: admin })).json.result).toMatchObject({ sys_created_on: '2025-03-01 08:15:00' })
        const now = (await upload(null)).json.result as Record<string, string>
        expect(Math.abs(Date.parse(`${now.sys_created_on}Z`) - Date.now())).toBeLessThan(60_000)
    })

    test('a creation_time that is not a date and time: 400 naming it, nothing written', async () => {
        const before = counts()
        for (const bad of ['yesterday', '2025-02-30 10:00:00', '2025-03-01T08:15:00Z', '2025-03-01']) {
            const r = await upload(bad)
            expect({ bad, status: r.status, message: r.json.error?.message }).toEqual({ bad, status: 400, message: 'Invalid creation_time' })
        }
        expect(counts()).toEqual(before)
    })
})

describe('GET /now/attachment: the Link paging header', () => {
    // Response header "Link: Links to download the attachments" (Attachment - GET /now/attachment), built as the
    // Table API's: "Relative URLs, based on the previous request, that you can use to page through the available
    // record set" (rel first, prev, next, last).
    let record: string
    beforeAll(async () => {
        record = instance.run(() => insert('task', { short_description: 'paged attachments', priority: 1 }))
        for (const name of ['p1.txt', 'p2.txt', 'p3.txt', 'p4.txt', 'p5.txt']) await uploadFile('task', record, name, name)
    })

    const links = (header: string | null) =>
        Object.fromEntries((header ?? '').split(',').map((part) => {
            const m = /^<([^>]+)>;rel="([a-z]+)"$/.exec(part) as RegExpExecArray
            const url = new URL(m[1])
            return [m[2], `${url.searchParams.get('sysparm_offset')}/${url.searchParams.get('sysparm_limit')}`]
        }))

    test('first, prev, next and last over the readable attachments the query matches', async () => {
        const r = await call(`/api/now/attachment?table_sys_id=${record}&sysparm_limit=2&sysparm_offset=2`, { headers: admin })
        expect(r.json.result).toHaveLength(2)
        expect(links(r.headers.get('link'))).toEqual({ first: '0/2', prev: '0/2', next: '4/2', last: '4/2' })
        const first = await call(`/api/now/attachment?table_sys_id=${record}&sysparm_limit=2`, { headers: admin })
        expect(links(first.headers.get('link'))).toEqual({ first: '0/2', next: '2/2', last: '4/2' })
        // The links keep the request's own query.
        expect(first.headers.get('link')).toContain(`table_sys_id=${record}`)
        const none = await call(`/api/now/attachment?table_sys_id=${record}&sysparm_suppress_pagination_header=true`, { headers: admin })
        expect(none.headers.get('link')).toBeNull()
    })

    test('a user who cannot read the record counts none of its files', async () => {
        const r = await call(`/api/now/attachment?table_sys_id=${record}&sysparm_limit=2`, { headers: outsider })
        expect(r.json.result).toEqual([])
        expect(links(r.headers.get('link'))).toEqual({ first: '0/2', last: '0/2' })
    })
})

describe('deleting a record deletes its attachments', () => {
    // "no_attachments: If present or true, attachments are not checked for and deleted when a record from this
    // table is deleted" (Dictionary attributes): without it they are; and "attachment.deleted ... is also
    // triggered when the record containing the attachment is deleted" (Administering attachments).
    const attachmentsOf = (sysId: string) => instance.store.prepare('SELECT sys_id FROM sys_attachment WHERE table_sys_id = ?').all(sysId) as Array<{ sys_id: string }>
    const chunksOf = (ids: Array<{ sys_id: string }>) =>
        ids.length ? (instance.store.prepare(`SELECT COUNT(*) AS n FROM sys_attachment_doc WHERE sys_attachment IN (${ids.map(() => '?').join(',')})`).get(...ids.map((i) => i.sys_id)) as { n: number }).n : 0

    test('through the Table API: the record\'s files and every chunk go; another record\'s stay', async () => {
        const [doomed, kept] = instance.run(() => [insert('task', { short_description: 'doomed', priority: 1 }), insert('task', { short_description: 'kept', priority: 1 })])
        await uploadFile('task', doomed, 'big.bin', randomBytes(1_600_000), 'application/octet-stream')
        await uploadFile('task', doomed, 'small.txt', 'small')
        await uploadFile('task', kept, 'kept.txt', 'kept')
        const ids = attachmentsOf(doomed)
        expect(ids).toHaveLength(2)
        expect(chunksOf(ids)).toBeGreaterThan(2)
        expect((await call(`/api/now/table/task/${doomed}`, { method: 'DELETE', headers: admin })).status).toBe(204)
        expect(attachmentsOf(doomed)).toEqual([])
        expect(chunksOf(ids)).toBe(0)
        expect(attachmentsOf(kept)).toHaveLength(1)
    })

    test('through GlideRecord, with business rules off too, and for a file added through a parent table\'s name', async () => {
        const change = instance.run(() => insert('change_request', { short_description: 'doomed change', priority: 1 }))
        await uploadFile('task', change, 'via-task.txt', 'via task')
        await uploadFile('change_request', change, 'own.txt', 'own')
        expect(attachmentsOf(change)).toHaveLength(2)
        instance.run(() => {
            const gr = new GlideRecord('change_request')
            gr.get(change)
            gr.setWorkflow(false)
            gr.deleteRecord()
        })
        expect(attachmentsOf(change)).toEqual([])
    })

    test('a delete a before rule aborts keeps the record and its files', async () => {
        const record = instance.run(() => insert('task', { short_description: 'protected', priority: 1 }))
        await uploadFile('task', record, 'stays.txt', 'stays')
        instance.run(() => insert('sys_script', { name: 'no deletes of protected', collection: 'task', when: 'before', action_delete: true, active: true, order: 100, condition: '', script: "(function(current){ if (current.short_description == 'protected') current.setAbortAction(true); })(current);" }))
        instance.run(() => {
            const gr = new GlideRecord('task')
            gr.get(record)
            gr.deleteRecord()
        })
        expect(instance.run(() => new GlideRecord('task').get(record))).toBe(true)
        expect(attachmentsOf(record)).toHaveLength(1)
    })
})
