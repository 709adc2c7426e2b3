import * as fs from 'node:fs'
import * as path from 'node:path'
import { ensureAdmin } from './base/admin'
import { ensureDemoLogins, loadDemoData, type DemoLogins } from './base/demo'
import { APP_DIR, buildDigest, buildIsStale, ROOT, runBuild } from './build'
import { installBuildOutput } from './cicd-upload/pack'
import { startServer } from './http/server'
import { Instance } from './instance'
import { ensureCliClient, type CliClient } from './oauth/cli-client'
import { certificateHosts, ensureCertificates, type TlsMaterial } from './tls/certificates'
import { parseSmtpUrl, SmtpSender } from './mail/smtp-sender'
import { lockDatabase, type DatabaseLock } from './store/db-lock'
import { DEFAULT_QUOTA_MS } from './store/quota'
import { sanitizeConsole } from './terminal'

const USAGE = `Usage: npm start -- [--port N] [--host ADDRESS] [--db PATH|:memory:] [--reset] [--no-demo] [--tls] [--smtp URL] [--transaction-quota SECONDS]
  --port N     HTTP port (default 8080; 0 picks a free one)
  --tls        serve https, with a certificate authority made on this machine (${path.join('.now-local', 'tls')});
               it prints how to make clients trust it
  --host H     address to bind (default 127.0.0.1: this machine only)
  --db PATH    SQLite database (default .now-local/psm.db; :memory: keeps nothing)
  --reset      start from an empty database
  --no-demo    do not load the demo data
  --smtp URL   send email over SMTP, e.g. smtp://127.0.0.1:2525 (smtps://user:password@host, ?from=address);
               without it email stays in the outbox (/outbox)
  --transaction-quota SECONDS
               cancel a request still running after this long (default ${DEFAULT_QUOTA_MS / 1000}, the platform's REST quota)
Environment: PSM_ADMIN_PASSWORD sets the admin password instead of generating one;
  PSM_DEMO_PASSWORD sets the demo portal users' password; PSM_APP_DIR installs an app already built there.`

export interface StartOptions {
    port: number
    host: string
    db: string
    reset: boolean
    demo: boolean
    /** SMTP server to deliver sys_email through (already validated); none: email stays in the outbox. */
    smtp?: string
    /** Each HTTP request's transaction quota (ms). */
    quotaMs: number
    /** Serve https (certificates in .now-local/tls). */
    tls: boolean
}

export function parseArgs(argv: string[]): StartOptions {
    const o: StartOptions = { port: 8080, host: '127.0.0.1', db: path.join(ROOT, '.now-local/psm.db'), reset: false, demo: true, quotaMs: DEFAULT_QUOTA_MS, tls: false }
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
    if (o.demo && instance.properties.get('glide.local.demo_loaded') !== 'true') {
        const summary = loadDemoData(instance)
        instance.properties.set('glide.local.demo_loaded', 'true')
        instance.drain()
        say(`Loaded demo data: ${summary}`)
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

function printDemoLogins(demo: DemoLogins): void {
    if (!demo.users.length) return
    console.log('  Portal logins    (demo users of different personas)')
    for (const u of demo.users) console.log(`                   ${u.userName.padEnd(22)} ${u.persona}`)
    if (demo.password) {
        console.log(`                   password: ${demo.password}`)
        console.log(demo.generated ? '                   (generated now and stored hashed: it is not shown again)' : '                   (set from PSM_DEMO_PASSWORD)')
    } else console.log('                   password: the one printed when they were created (or set PSM_DEMO_PASSWORD)')
}

async function start(argv: string[]): Promise<void> {
    const o = parseArgs(argv)
    const { instance, lock } = openInstance(o, (line) => console.log(line))
    const admin = ensureAdmin(instance, process.env.PSM_ADMIN_PASSWORD)
    const demoLogins = o.demo ? ensureDemoLogins(instance, process.env.PSM_DEMO_PASSWORD) : null
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
    const timer = setInterval(() => instance.drainSoon(), 1000)
    // Delivery every 2 s, and right after the engine writes email (once that transaction has committed).
    // platform-difference: email-outbox-without-smtp
    const mail = o.smtp ? new SmtpSender(instance, o.smtp) : null
    if (mail) {
        instance.notifications.onEmailsWritten(() => mail.sendSoon())
        mail.start(2000)
        mail.sendSoon()
    }
    console.log('')
    console.log(`  Service Portal   ${running.url}/sp (pages: /sp?id=<page id>)`)
    console.log(`  Catalog          ${running.url}/sp?id=psm_catalog`)
    console.log(`  Table API        ${running.url}/api/now/table/sys_user (any table: /api/now/table/<table>)`)
    console.log(`  Database         ${o.db}`)
    console.log(`  Admin pages      ${running.url}/admin (the installed app's analyst or admin role)`)
    console.log(`  Email outbox     ${running.url}/outbox (admin)`)
    console.log(`  now-sdk          npx now-sdk auth --add ${running.url} --type basic, then npx now-sdk install (admin)`)
    console.log(`  Email delivery   ${mail ? `SMTP ${mail.endpoint.display}` : 'off: email stays in the outbox (--smtp smtp://host:port to send it)'}`)
    if (admin.password) {
        console.log(`  Admin login      admin / ${admin.password}`)
        console.log(process.env.PSM_ADMIN_PASSWORD ? '                   (set from PSM_ADMIN_PASSWORD)' : '                   (generated now and stored hashed: it is not shown again)')
    } else {
        console.log('  Admin login      admin / the password printed when this database was created (or set PSM_ADMIN_PASSWORD)')
    }
    if (demoLogins) printDemoLogins(demoLogins)
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

interface RescoreModule {
    ensureProfiles(): number
    markAllStale(): number
    staleCount(): number
    rescoreStaleProfiles(onChunk?: (p: { done: number; changed: number; remaining: number }) => void): {
        rescored: number
        changed: number
        chunks: number
        perPersona: Record<string, number>
    }
}

function progressBar(done: number, total: number, changed: number): string {
    const width = 30
    const filled = total ? Math.round((done / total) * width) : width
    const pct = total ? Math.floor((done / total) * 100) : 100
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total} rescored, ${changed} changed persona`
}

/** `npm run rescore -- [--all] [--db PATH]`: rescores stale profiles (all with --all) with a progress bar. */
function rescore(argv: string[]): void {
    const all = argv.includes('--all')
    const o = parseArgs(argv.filter((a) => a !== '--all'))
    const { instance, lock } = openInstance({ ...o, demo: false }, (line) => console.error(line))
    try {
        const batch = instance.appModule<RescoreModule>('src/server/persona/rescore-batch.ts')
        instance.run(() => {
            const created = batch.ensureProfiles()
            if (created) console.error(`Created ${created} missing profiles.`)
            if (all) batch.markAllStale()
            const total = batch.staleCount()
            const tty = process.stderr.isTTY
            const started = Date.now()
            // Group commit, as for a scheduled job; progress is reported once it is committed.
            const summary = instance.store.batched(() =>
                batch.rescoreStaleProfiles((p) => {
                    instance.store.checkpoint()
                    const line = progressBar(p.done, total, p.changed)
                    if (tty) process.stderr.write(`\r${line}`)
                    else console.error(line)
                }),
            )
            if (tty) process.stderr.write('\n')
            instance.drain()
            const seconds = (Date.now() - started) / 1000
            console.log(`Rescored ${summary.rescored} profiles in ${seconds.toFixed(1)} s (${Math.round(summary.rescored / Math.max(seconds, 0.001))}/s); ${summary.changed} changed persona.`)
            console.log('Users per persona:')
            for (const [name, n] of Object.entries(summary.perPersona).sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(24)} ${n}`)
            const left = batch.staleCount()
            if (left > 0) throw new Error(`${left} profiles could not be rescored (see the errors above)`)
        })
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
    else if (command === 'rescore') rescore(rest)
    else throw new Error(`Unknown command ${command ?? ''}. Commands: start, rescore`)
}

if (require.main === module) {
    main().catch((e: unknown) => {
        console.error(e instanceof Error ? e.message : String(e))
        process.exit(e instanceof Error && e.message.startsWith('Usage') ? 0 : 1)
    })
}
