import * as fs from 'node:fs'
import * as path from 'node:path'
import { ensureAdmin } from './base/admin'
import { APP_DIR, buildDigest, buildIsStale, ROOT, runBuild } from './build'
import { installBuildOutput } from './cicd-upload/pack'
import { startServer } from './http/server'
import { loadCsv, loadDataSource } from './import-set/csv-load'
import { Instance } from './instance'
import { ensureCliClient, type CliClient } from './oauth/cli-client'
import { certificateHosts, ensureCertificates, type TlsMaterial } from './tls/certificates'
import { parseSmtpUrl, SmtpSender } from './mail/smtp-sender'
import { checkSeedFile, runSeeds } from './seeds'
import { lockDatabase, type DatabaseLock } from './store/db-lock'
import { DEFAULT_QUOTA_MS } from './store/quota'
import { sanitizeConsole } from './terminal'

const USAGE = `Usage: npm start -- [--port N] [--host ADDRESS] [--db PATH|:memory:] [--reset] [--no-demo] [--seed FILE] [--tls] [--smtp URL] [--transaction-quota SECONDS]
  --port N     HTTP port (default 8080; 0 picks a free one)
  --tls        serve https, with a certificate authority made on this machine (${path.join('.now-local', 'tls')});
               it prints how to make clients trust it
  --host H     address to bind (default 127.0.0.1: this machine only)
  --db PATH    SQLite database (default .now-local/psm.db; :memory: keeps nothing)
  --reset      start from an empty database
  --no-demo    do not load the app's demo data, nor run the seeds
  --seed FILE  once the instance serves, run FILE's seed(context) with an admin token (Table API data
               loaders such as tools/demo/seed.ts, which npm start runs); repeatable
  --smtp URL   send email over SMTP, e.g. smtp://127.0.0.1:2525 (smtps://user:password@host, ?from=address);
               without it email stays in the outbox (/outbox)
  --transaction-quota SECONDS
               cancel a request still running after this long (default ${DEFAULT_QUOTA_MS / 1000}, the platform's REST quota)
Environment: PSM_ADMIN_PASSWORD sets the admin password instead of generating one;
  PSM_DEMO_PASSWORD sets the demo portal users' password (tools/demo); PSM_APP_DIR installs an app already built there.`

export interface StartOptions {
    port: number
    host: string
    db: string
    reset: boolean
    demo: boolean
    /** Data loaders run once the instance serves (seeds.ts), absolute paths. */
    seeds: string[]
    /** SMTP server to deliver sys_email through (already validated); none: email stays in the outbox. */
    smtp?: string
    /** Each HTTP request's transaction quota (ms). */
    quotaMs: number
    /** Serve https (certificates in .now-local/tls). */
    tls: boolean
}

export function parseArgs(argv: string[]): StartOptions {
    const o: StartOptions = { port: 8080, host: '127.0.0.1', db: path.join(ROOT, '.now-local/psm.db'), reset: false, demo: true, seeds: [], quotaMs: DEFAULT_QUOTA_MS, tls: false }
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i]
        const value = () => {
            const v = argv[++i]
            if (v === undefined) throw new Error(`${a} needs a value`)
            return v
        }
        if (a === '--port') {
            const v = value()
            if (!/^\d+$/.test(v) || Number(v) > 65535) throw new Error(`--port takes a number from 0 to 65535, not "${v}"`)
            o.port = Number(v)
        } else if (a === '--host') o.host = value()
        else if (a === '--db') o.db = value()
        else if (a === '--reset') o.reset = true
        else if (a === '--no-demo') o.demo = false
        else if (a === '--seed') o.seeds.push(checkSeedFile(value()))
        else if (a === '--tls') o.tls = true
        else if (a === '--smtp') {
            const v = value()
            parseSmtpUrl(v)
            o.smtp = v
        }
        else if (a === '--transaction-quota') {
            const v = value()
            if (!/^\d{1,6}(\.\d{1,3})?$/.test(v) || Number(v) <= 0) throw new Error(`--transaction-quota takes a number of seconds above 0, not "${v}"`)
            o.quotaMs = Math.round(Number(v) * 1000)
        }
        else if (a === '--help' || a === '-h') throw new Error(USAGE)
        else throw new Error(`Unknown option ${a}\n${USAGE}`)
    }
    return o
}

function resetDatabase(db: string): void {
    if (db === ':memory:') return
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true })
}

/**
 * Boots an instance with the current build installed (reinstalling only when the build changed). Takes the
 * database's lock first (store/db-lock.ts): against a database a running instance uses, it throws before
 * anything is built, reset or opened. The lock is released when this process exits.
 */
export function openInstance(o: Pick<StartOptions, 'db' | 'reset' | 'demo'>, say: (line: string) => void = () => undefined): { instance: Instance; lock: DatabaseLock } {
    const lock = lockDatabase(o.db)
    process.once('exit', () => lock.release())
    try {
        return { instance: bootInstance(o, say), lock }
    } catch (e) {
        lock.release()
        throw e
    }
}

function bootInstance(o: Pick<StartOptions, 'db' | 'reset' | 'demo'>, say: (line: string) => void): Instance {
    // PSM_APP_DIR: install an app built elsewhere (the tests' shared build) instead of building dist/app.
    const appDir = process.env.PSM_APP_DIR || APP_DIR
    if (!process.env.PSM_APP_DIR && buildIsStale()) {
        say('Building the app with now-sdk …')
        runBuild()
    }
    if (o.reset) resetDatabase(o.db)
    const instance = Instance.create({ db: o.db, logSink: (level, message) => level === 'error' && say(`[error] ${message}`) })
    const digest = buildDigest(appDir)
    if (instance.properties.get('glide.local.app_build') !== digest) {
        // Through the app upload path `now-sdk install` uses (packed as now-sdk pack packs it), so
        // what npm start runs is what an upload installs, checks and refusals included.
        let outcome
        try {
            outcome = installBuildOutput(instance, appDir, o.demo)
        } catch (e) {
            instance.close()
            throw e
        }
        instance.properties.set('glide.local.app_build', digest)
        say(outcome.message)
    }
    return instance
}

/** Where --tls keeps its certificate authority and server certificate (reused while valid). */
const TLS_DIR = path.join(ROOT, '.now-local', 'tls')

function printOAuthClient(url: string, client: CliClient): void {
    console.log(`  OAuth            ${url}/oauth_token.do (password grant), client_id ${client.clientId}`)
    if (client.secret) console.log(`                   client_secret ${client.secret} (generated now and stored hashed: it is not shown again)`)
    else console.log('                   client_secret: the one printed when it was created (or create another oauth_entity as admin)')
}

function printTrust(tls: TlsMaterial): void {
    console.log(`  HTTPS            certificate authority ${tls.caPath}${tls.caCreated ? ' (made now)' : ''}`)
    console.log(`                   trust it in Node clients:   NODE_EXTRA_CA_CERTS=${tls.caPath}`)
    console.log(`                   in Python requests / pysnc: REQUESTS_CA_BUNDLE=${tls.caPath}`)
}

/** The seeds' summary lines; a seed that fails is reported and the instance keeps serving. */
async function seedLines(instance: Instance, url: string, seeds: string[]): Promise<string[]> {
    try {
        const lines = await runSeeds(instance, url, seeds, (line) => console.log(line))
        instance.drain()
        return lines
    } catch (e) {
        return [`  Seeds            failed: ${e instanceof Error ? e.message : String(e)}`]
    }
}

async function start(argv: string[]): Promise<void> {
    const o = parseArgs(argv)
    const { instance, lock } = openInstance(o, (line) => console.log(line))
    const admin = ensureAdmin(instance, process.env.PSM_ADMIN_PASSWORD)
    const oauthClient = ensureCliClient(instance)
    let running: Awaited<ReturnType<typeof startServer>>
    let tls: TlsMaterial | null = null
    try {
        if (o.tls) tls = await ensureCertificates(TLS_DIR, certificateHosts(o.host))
        running = await startServer(instance, { host: o.host, port: o.port, transactionQuotaMs: o.quotaMs, tls: tls ?? undefined })
    } catch (e) {
        instance.close()
        lock.release()
        if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`Port ${o.port} on ${o.host} is in use by another program; choose another with --port N (0 picks a free one).`)
        throw e
    }
    // "glide.servlet.uri: the URL of the instance" (with its trailing slash, as an instance has it): links
    // in email (${URI}, the app's portal links) point at this instance's own address, whatever port it took.
    instance.properties.set('glide.servlet.uri', `${running.url}/`)
    const timer = setInterval(() => instance.drainSoon(), 1000)
    // Delivery every 2 s, and right after the engine writes email (once that transaction has committed).
    // platform-difference: email-outbox-without-smtp
    const mail = o.smtp ? new SmtpSender(instance, o.smtp) : null
    if (mail) {
        instance.notifications.onEmailsWritten(() => mail.sendSoon())
        mail.start(2000)
        mail.sendSoon()
    }
    const seeded = o.demo ? await seedLines(instance, running.url, o.seeds) : []
    console.log('')
    console.log(`  Service Portal   ${running.url}/sp (pages: /sp?id=<page id>)`)
    console.log(`  Catalog          ${running.url}/sp?id=psm_catalog`)
    console.log(`  Table API        ${running.url}/api/now/table/sys_user (any table: /api/now/table/<table>)`)
    console.log(`  Database         ${o.db}`)
    console.log(`  App pages        ${running.url}/sp?id=psm_my_changes (a requester's changes), ${running.url}/sp?id=psm_dashboard (analysts)`)
    console.log(`  Email outbox     ${running.url}/outbox (admin)`)
    console.log(`  now-sdk          npx now-sdk auth --add ${running.url} --type basic, then npx now-sdk install (admin)`)
    console.log(`  Email delivery   ${mail ? `SMTP ${mail.endpoint.display}` : 'off: email stays in the outbox (--smtp smtp://host:port to send it)'}`)
    if (admin.password) {
        console.log(`  Admin login      admin / ${admin.password}`)
        console.log(process.env.PSM_ADMIN_PASSWORD ? '                   (set from PSM_ADMIN_PASSWORD)' : '                   (generated now and stored hashed: it is not shown again)')
    } else {
        console.log('  Admin login      admin / the password printed when this database was created (or set PSM_ADMIN_PASSWORD)')
    }
    for (const line of seeded) console.log(line)
    printOAuthClient(running.url, oauthClient)
    if (tls) printTrust(tls)
    console.log('')
    console.log(`PSM local instance ready at ${running.url}`)
    const stop = async (signal: string) => {
        clearInterval(timer)
        await mail?.stop()
        await running.close()
        instance.close()
        lock.release()
        console.log(`Stopped (${signal}).`)
        process.exit(0)
    }
    process.once('SIGTERM', () => void stop('SIGTERM'))
    process.once('SIGINT', () => void stop('SIGINT'))
}

/**
 * `npm run import-csv -- --data-source NAME | --table TABLE --file PATH [--db PATH]`: loads a CSV file into an
 * import set and transforms it, as a File/CSV data source (or sys_import.do) does; prints each problem row.
 */
function importCsv(argv: string[]): void {
    const take = (flag: string): string | undefined => {
        const i = argv.indexOf(flag)
        if (i < 0) return undefined
        const v = argv[i + 1]
        if (v === undefined) throw new Error(`${flag} needs a value`)
        argv.splice(i, 2)
        return v
    }
    const file = take('--file')
    const dataSource = take('--data-source')
    const table = take('--table')
    if (!file || (!dataSource && !table)) throw new Error('Usage: npm run import-csv -- --file PATH (--data-source NAME | --table STAGING_TABLE) [--db PATH]')
    const text = fs.readFileSync(file, 'utf8')
    const o = parseArgs(argv)
    const { instance, lock } = openInstance({ ...o, demo: false }, (line) => console.error(line))
    try {
        const report = instance.run(() => instance.store.batched(() => (dataSource ? loadDataSource(instance, dataSource, text) : loadCsv(instance, table as string, text))))
        instance.drain()
        const t = report.transform
        console.log(`${report.number}: ${report.rows} rows into ${report.table}; ${t?.inserted ?? 0} inserted, ${t?.updated ?? 0} updated, ${t?.ignored ?? 0} ignored, ${t?.errors ?? 0} errors`)
        for (const p of report.problems) console.log(`  line ${p.line}: ${p.state}: ${p.message}`)
    } finally {
        instance.close()
        lock.release()
    }
}

async function main(): Promise<void> {
    // Everything printed may hold stored or requested data: never let it drive the terminal.
    sanitizeConsole()
    const [command, ...rest] = process.argv.slice(2)
    if (command === 'start') await start(rest)
    else if (command === 'import-csv') importCsv(rest)
    else throw new Error(`Unknown command ${command ?? ''}. Commands: start, import-csv`)
}

if (require.main === module) {
    main().catch((e: unknown) => {
        console.error(e instanceof Error ? e.message : String(e))
        process.exit(e instanceof Error && e.message.startsWith('Usage') ? 0 : 1)
    })
}
