import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureAdmin } from '../../src/local/base/admin'
import { parseArgs } from '../../src/local/cli'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { ensureCliClient } from '../../src/local/oauth/cli-client'
import { runSeeds } from '../../src/local/seeds'
import { freshInstance } from '../support/instance'

/*
 * `npm start -- --seed FILE`: data loaders that run once the instance serves, as clients of its REST APIs.
 * The local instance hands them an access token of the admin, issued as /oauth_token.do issues one ("By
 * default, access tokens expire in 30 minutes", "Create an endpoint for clients to access the instance")
 * and revoked when they finish, so no credential outlives them. It knows nothing of what they load.
 */

let instance: Instance
let server: RunningServer
let dir: string

beforeAll(async () => {
    instance = freshInstance()
    ensureAdmin(instance, 'seeds admin password 1')
    ensureCliClient(instance)
    server = await startServer(instance, { port: 0 })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-seeds-'))
})
afterAll(async () => {
    await server.close()
    instance.close()
    fs.rmSync(dir, { recursive: true, force: true })
})

/** A seed module on disk (plain JavaScript, as any client script could be). */
function seedFile(name: string, body: string): string {
    const file = path.join(dir, name)
    fs.writeFileSync(file, body)
    return file
}

const whoAmI = `exports.seed = async (ctx) => {
    globalThis.__seedAuthorization = ctx.authorization
    const res = await fetch(ctx.url + '/api/now/table/sys_user?sysparm_query=user_name=admin&sysparm_fields=user_name', { headers: { Authorization: ctx.authorization, Accept: 'application/json' } })
    const body = await res.json()
    ctx.say('seed ran')
    return ['  Seeded as ' + body.result[0].user_name + ' (' + res.status + ')']
}`

async function statusWith(authorization: string): Promise<number> {
    const res = await fetch(`${server.url}/api/now/table/sys_user?sysparm_limit=1`, { headers: { Authorization: authorization, Accept: 'application/json' } })
    await res.text()
    return res.status
}

test('a seed runs against the serving instance as the admin, and its token is revoked when it finishes', async () => {
    const said: string[] = []
    const lines = await runSeeds(instance, server.url, [seedFile('who.js', whoAmI)], (l) => said.push(l))
    expect(lines).toEqual(['  Seeded as admin (200)'])
    expect(said).toEqual(['seed ran'])
    const authorization = (globalThis as { __seedAuthorization?: string }).__seedAuthorization ?? ''
    expect(authorization).toMatch(/^Bearer \S{40,}$/)
    expect(await statusWith(authorization)).toBe(401)
    expect(instance.store.prepare('SELECT COUNT(*) AS n FROM oauth_credential').get()).toEqual({ n: 0 })
})

test('a seed that fails still has its token revoked, and the failure names it', async () => {
    const file = seedFile('fails.js', `exports.seed = async (ctx) => { globalThis.__failedAuthorization = ctx.authorization; throw new Error('demo company half-loaded') }`)
    await expect(runSeeds(instance, server.url, [file], () => undefined)).rejects.toThrow('demo company half-loaded')
    expect(await statusWith((globalThis as { __failedAuthorization?: string }).__failedAuthorization ?? '')).toBe(401)
})

test('a module without seed(context) is refused before any token is issued', async () => {
    const file = seedFile('none.js', 'exports.load = () => []')
    await expect(runSeeds(instance, server.url, [file], () => undefined)).rejects.toThrow(`--seed ${file}: the module exports no seed(context) function`)
    expect(instance.store.prepare('SELECT COUNT(*) AS n FROM oauth_credential').get()).toEqual({ n: 0 })
})

test('--seed names a file that exists, or npm start refuses before it starts', () => {
    expect(parseArgs(['--seed', 'tools/demo/seed.ts']).seeds).toEqual([path.resolve('tools/demo/seed.ts')])
    expect(() => parseArgs(['--seed', 'tools/demo/nothing.ts'])).toThrow('--seed tools/demo/nothing.ts: no such file')
    expect(() => parseArgs(['--seed'])).toThrow('--seed needs a value')
})
