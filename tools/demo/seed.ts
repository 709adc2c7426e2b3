import { loadDemoCompany } from './load'
import { describeLogins, ensureDemoLogins } from './logins'
import { TableApi } from './table-api'

/*
 * What `npm start` runs once the local instance serves (package.json: `--seed tools/demo/seed.ts`; the
 * local instance's side is src/local/seeds.ts): the demo company on the first start, then the demo
 * portal logins. It talks to the instance only through its REST APIs, as an administrator's data-loading
 * script would, so the local instance needs to know nothing about the app or its demo.
 */

export interface SeedContext {
    /** The instance's base URL. */
    url: string
    /** An Authorization header value for an administrator, valid while the seed runs. */
    authorization: string
    /** Progress for the console. */
    say(line: string): void
}

/** Loads what is missing; returns the lines npm start prints in its summary. */
export async function seed(ctx: SeedContext): Promise<string[]> {
    const api = new TableApi(ctx.url, ctx.authorization)
    const loaded = await loadDemoCompany(api)
    if (loaded) ctx.say(`Loaded demo data: ${loaded}`)
    const explicit = process.env.PSM_DEMO_PASSWORD
    const logins = await ensureDemoLogins(api, explicit)
    return describeLogins(logins, !!explicit)
}
