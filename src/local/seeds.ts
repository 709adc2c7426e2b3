import * as fs from 'node:fs'
import * as path from 'node:path'
import { GlideRecord } from './glide/GlideRecord'
import type { Instance } from './instance'
import { CLI_CLIENT_NAME } from './oauth/cli-client'
import { digest, issue, type OAuthClient } from './oauth/tokens'

/*
 * Data loaders `npm start -- --seed FILE` runs once the instance serves: a module exporting
 * `seed(context)`, which gets the instance's URL and an administrator's access token and talks to the
 * instance through its REST APIs like any client. The local instance knows nothing of what they load
 * (the app's demo company lives in tools/demo/seed.ts); they run on every start, so they load only
 * what is missing.
 */

export interface SeedContext {
    url: string
    /** `Bearer <token>`: an access token of the admin user, issued for this run and revoked after it. */
    authorization: string
    say(line: string): void
}

/** Lines the start summary prints. */
export type Seed = (context: SeedContext) => Promise<string[]>

/** Refuses a --seed that is not a file, before anything starts. */
export function checkSeedFile(file: string): string {
    const full = path.resolve(file)
    if (!fs.existsSync(full) || !fs.statSync(full).isFile()) throw new Error(`--seed ${file}: no such file`)
    return full
}

function loadSeed(file: string): Seed {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(file) as { seed?: unknown }
    if (typeof module.seed !== 'function') throw new Error(`--seed ${file}: the module exports no seed(context) function`)
    return module.seed as Seed
}

/** How long the seeds' token lives at most (it is revoked as soon as they finish). */
const TOKEN_SECONDS = 3600

/** An admin access token from the local clients' registry (oauth/cli-client.ts), as /oauth_token.do would issue it. */
function adminToken(instance: Instance): { authorization: string; revoke(): void } {
    return instance.run(() => {
        const entity = new GlideRecord('oauth_entity')
        if (!entity.get('name', CLI_CLIENT_NAME)) throw new Error(`No OAuth registry "${CLI_CLIENT_NAME}" to issue the seeds' token from`)
        const admin = new GlideRecord('sys_user')
        if (!admin.get('user_name', 'admin')) throw new Error('No admin user to run the seeds as')
        const client: OAuthClient = { sysId: entity.getUniqueValue(), clientId: entity.getValue('client_id') ?? '', accessLifespan: TOKEN_SECONDS, refreshLifespan: TOKEN_SECONDS }
        const tokens = issue(instance, client, admin.getUniqueValue(), null)
        return {
            authorization: `Bearer ${tokens.access_token}`,
            revoke: () =>
                instance.run(() => {
                    const gr = new GlideRecord('oauth_credential')
                    gr.addQuery('token', 'IN', [digest(tokens.access_token), digest(tokens.refresh_token)].join(','))
                    gr.setWorkflow(false)
                    gr.deleteMultiple()
                }),
        }
    })
}

/** Runs each seed in order with one admin token; returns the lines they want printed. */
export async function runSeeds(instance: Instance, url: string, files: string[], say: (line: string) => void): Promise<string[]> {
    if (!files.length) return []
    const seeds = files.map((f) => ({ file: f, run: loadSeed(f) }))
    const token = adminToken(instance)
    const lines: string[] = []
    try {
        for (const s of seeds) lines.push(...(await s.run({ url, authorization: token.authorization, say })))
    } finally {
        token.revoke()
    }
    return lines
}
