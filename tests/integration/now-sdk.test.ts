import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { readBuild } from '../../src/local/install/read-build'
import { Instance } from '../../src/local/instance'
import { insert } from '../support/records'

/*
 * The SDK's own CLI, unchanged, against the local instance: the README's "install on an instance"
 * commands (`now-sdk auth --add <url> --type basic`, `now-sdk build`, `now-sdk install`), then
 * `now-sdk query`, a plain reinstall (an update in place that keeps the instance's data) and
 * `now-sdk install --reinstall` ("Uninstall and reinstall the application on the instance to ensure
 * metadata on instance matches installation package. Warning: Metadata created on-instance that is
 * not present locally will be lost", sdk-cli command/install). The app is tests/fixtures/sdk-cli-app:
 * a table, a before rule, a script include and a scripted REST API, each exercised once installed.
 *
 * The SDK keeps credentials in the OS keychain (@napi-rs/keyring); every now-sdk process here runs
 * with HOME set to a temporary directory and tests/support/sdk-keyring-shim.js, which keeps them in a
 * file there instead: the developer's real credentials are never read or written.
 */

const ROOT = path.resolve(__dirname, '../..')
const SDK_BIN = path.join(ROOT, 'node_modules/@servicenow/sdk/bin/index.js')
const SHIM = path.join(ROOT, 'tests/support/sdk-keyring-shim.js')
const FIXTURE = path.join(ROOT, 'tests/fixtures/sdk-cli-app')
const PASSWORD = 'Sdk-Cli-Passw0rd!'
const SCOPE = 'x_sdkfx_notes'
const SCOPE_ID = (JSON.parse(fs.readFileSync(path.join(FIXTURE, 'now.config.json'), 'utf8')) as { scopeId: string }).scopeId

jest.setTimeout(240_000)

let instance: Instance
let server: RunningServer
let home: string
let work: string

beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'now-sdk-home-'))
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'now-sdk-app-'))
    fs.cpSync(FIXTURE, work, { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) })
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir')
    instance = Instance.create({ db: ':memory:' })
    ensureAdmin(instance, PASSWORD)
    server = await startServer(instance, { port: 0 })
})

afterAll(async () => {
    await server?.close()
    instance?.close()
    for (const dir of [home, work]) if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

interface Run {
    code: number | null
    out: string
}

/** Runs the real now-sdk binary in the fixture's copy; NODE_ENV=test keeps its telemetry off the network. */
function sdk(args: string[], stdin = ''): Promise<Run> {
    const env: NodeJS.ProcessEnv = {}
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('SN_SDK_') && k !== 'NODE_OPTIONS') env[k] = v
    Object.assign(env, { HOME: home, USERPROFILE: home, NODE_ENV: 'test', NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: `--require ${SHIM}` })
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [SDK_BIN, ...args], { cwd: work, env, stdio: ['pipe', 'pipe', 'pipe'] })
        let out = ''
        child.stdout.on('data', (c: Buffer) => (out += c.toString()))
        child.stderr.on('data', (c: Buffer) => (out += c.toString()))
        child.on('error', reject)
        child.on('close', (code) => resolve({ code, out }))
        child.stdin.end(stdin)
    })
}

function storedCredentials(): Record<string, { alias: string; creds: { instanceUrl: string; username: string } }> {
    const file = path.join(home, '.now-sdk-test-keyring.json')
    if (!fs.existsSync(file)) return {}
    const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>
    return JSON.parse(entries['ServiceNow\u0000now-sdk'] ?? '{}') as ReturnType<typeof storedCredentials>
}

const basic = { Authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}` }

async function api<T>(urlPath: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const res = await fetch(`${server.url}${urlPath}`, { ...init, headers: { ...basic, 'Content-Type': 'application/json', Accept: 'application/json', ...(init.headers ?? {}) } })
    return { status: res.status, body: (await res.json()) as T }
}

/** Every record the build ships, found on the instance in the app's scope. */
function missingRecords(): string[] {
    const missing: string[] = []
    for (const r of readBuild(path.join(work, 'dist/app'))) {
        if (r.action !== 'INSERT_OR_UPDATE' || !r.sysId) continue
        const table = instance.store.schema.maybeTable(r.table)
        const row = table && (instance.store.prepare(`SELECT * FROM "${table.root}" WHERE sys_id = ?`).get(r.sysId) as Record<string, unknown> | undefined)
        if (!row) missing.push(`${r.file}: ${r.table} ${r.sysId}`)
        else if (table.columns.has('sys_scope') && row.sys_scope !== SCOPE_ID) missing.push(`${r.file}: ${r.table} ${r.sysId} in scope ${String(row.sys_scope)}`)
    }
    return missing
}

test('now-sdk auth --add <local URL> --type basic logs in through the UI login and stores the alias; a wrong password stores nothing', async () => {
    const wrong = await sdk(['auth', '--add', server.url, '--type', 'basic', '--alias', 'local', '--username', 'admin', '--password-stdin'], 'not-the-password\n')
    expect(wrong.code).toBe(1)
    expect(wrong.out).toContain('User name or password invalid')
    expect(storedCredentials()).toEqual({})
    const right = await sdk(['auth', '--add', server.url, '--type', 'basic', '--alias', 'local', '--username', 'admin', '--password-stdin'], `${PASSWORD}\n`)
    expect(right.out).toContain(`Successfully authenticated to instance ${server.url}`)
    expect(right.code).toBe(0)
    expect(storedCredentials().local).toMatchObject({ alias: 'local', creds: { instanceUrl: server.url, username: 'admin' } })
})

test('now-sdk build then now-sdk install: the app lands in its own scope with every record it ships', async () => {
    const build = await sdk(['build'])
    expect(build.out).toContain('Build completed successfully')
    const install = await sdk(['install'])
    expect(install.out).toContain(`Installation completed. Access the application at: ${server.url}/sys_app.do?sys_id=${SCOPE_ID}`)
    expect(install.code).toBe(0)
    expect(instance.store.prepare('SELECT scope, sys_class_name, version FROM sys_package WHERE sys_id = ?').get(SCOPE_ID)).toEqual({ scope: SCOPE, sys_class_name: 'sys_app', version: '1.0.0' })
    expect(missingRecords()).toEqual([])
})

test('the installed table, rule, script include and scripted REST API run; now-sdk query reads the table', async () => {
    const created = await api<{ result: { word_count: string } }>(`/api/now/table/${SCOPE}_note`, { method: 'POST', body: JSON.stringify({ title: 'first', body: 'one two three' }) })
    expect(created.status).toBe(201)
    // The before rule counted the words.
    expect(created.body.result.word_count).toBe('3')
    // The scripted REST API answers through the script include.
    expect(await api(`/api/${SCOPE}/notes/stats`)).toEqual({ status: 200, body: { result: { notes: 1, words: 3 } } })
    const query = await sdk(['query', `${SCOPE}_note`, '--query', 'title=first', '--fields', 'title,word_count', '--output', 'json'])
    expect(query.code).toBe(0)
    expect(JSON.parse(query.out)).toEqual({ ok: true, hasMore: false, nextOffset: null, records: [{ title: 'first', word_count: '3' }] })
})

test('now-sdk install again updates in place and keeps the data; --reinstall deletes what the package does not ship, data included, and installs it all again', async () => {
    const again = await sdk(['install'])
    expect(again.code).toBe(0)
    expect(await api(`/api/${SCOPE}/notes/stats`)).toEqual({ status: 200, body: { result: { notes: 1, words: 3 } } })
    const extra = instance.run(() => insert('sys_script_include', { name: 'OnInstanceOnly', api_name: `${SCOPE}.OnInstanceOnly`, sys_scope: SCOPE_ID, script: '' }))
    const reinstall = await sdk(['install', '--reinstall'])
    expect(reinstall.out).toContain(`Successfully uninstalled application with scope ID: ${SCOPE_ID}`)
    expect(reinstall.out).toContain('Installation completed.')
    expect(reinstall.code).toBe(0)
    expect(instance.store.prepare('SELECT count(*) AS n FROM sys_script_include WHERE sys_id = ?').get(extra)).toEqual({ n: 0 })
    expect(missingRecords()).toEqual([])
    expect(await api(`/api/${SCOPE}/notes/stats`)).toEqual({ status: 200, body: { result: { notes: 0, words: 0 } } })
    const created = await api<{ result: { word_count: string } }>(`/api/now/table/${SCOPE}_note`, { method: 'POST', body: JSON.stringify({ title: 'again', body: 'four words right here' }) })
    expect(created.body.result.word_count).toBe('4')
})

test('now-sdk download writes the application records; now-sdk transform brings a change made on the instance back into the Fluent source', async () => {
    const rule = 'ef233aaed17d4a0e966dd67d0394fc7f' // br_count_words (fluent/generated/keys.ts)
    expect((await api(`/api/now/table/sys_script/${rule}`, { method: 'PATCH', body: JSON.stringify({ order: '250' }) })).status).toBe(200)
    const target = path.join(work, 'downloaded')
    const download = await sdk(['download', target])
    expect(download.out).toContain(`Application downloaded and unpacked successfully to: ${target}`)
    expect(download.code).toBe(0)
    expect(fs.readFileSync(path.join(target, `update/sys_script_${rule}.xml`), 'utf8')).toContain('<order>250</order>')
    const source = path.join(work, 'fluent/app.now.ts')
    expect(fs.readFileSync(source, 'utf8')).toMatch(/order: 100,/)
    const transform = await sdk(['transform'])
    expect(transform.out).toContain('Transform completed successfully')
    expect(transform.code).toBe(0)
    expect(fs.readFileSync(source, 'utf8')).toMatch(/name: 'Count words',[\s\S]*order: 250,/)
})

test('a package the instance refuses fails now-sdk install with the reason, and nothing of it is installed', async () => {
    // Another application claims the scope name: the upload refuses the package whole.
    const squatter = instance.run(() => insert('sys_app', { name: 'Squatter', scope: SCOPE, version: '9.9.9' }))
    const before = instance.store.prepare('SELECT count(*) AS n, max(sys_updated_on) AS last FROM sys_script WHERE sys_scope = ?').get(SCOPE_ID)
    const install = await sdk(['install'])
    expect(install.code).toBe(1)
    expect(install.out).toContain(`Invalid application package, nothing was installed: The scope ${SCOPE} is already used by application ${squatter}`)
    expect(instance.store.prepare('SELECT count(*) AS n, max(sys_updated_on) AS last FROM sys_script WHERE sys_scope = ?').get(SCOPE_ID)).toEqual(before)
})
