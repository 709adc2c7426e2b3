import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { GlideRecord, gs } from '../../src/local/glide'
import { Instance } from '../../src/local/instance'
import { builtAppDir } from '../support/instance'

/**
 * Crash safety: SQLite in WAL mode, every record operation (the write and its synchronous rules)
 * in one transaction. A SIGKILL in the middle of a batch rescoring leaves no half-applied record:
 * every rescored profile agrees with its user's persona field, has its history row and its event;
 * every other profile is still marked for rescoring; and the job resumes where it stopped.
 */
const ROOT = path.resolve(__dirname, '../..')
const USERS = 600

function seed(dbFile: string): void {
    const instance = Instance.create({ db: dbFile })
    instance.install(builtAppDir())
    instance.properties.set('x_psm_persona.scoring.batch_size', '40')
    const store = instance.store
    const now = store.clock()
    instance.run(() =>
        store.transaction(() => {
            for (let i = 0; i < USERS; i++) {
                const base = { sys_created_on: now, sys_created_by: 'test', sys_updated_on: now, sys_updated_by: 'test', sys_mod_count: 0 }
                const user = store.newSysId()
                store.insertRow('sys_user', { ...base, sys_id: user, sys_class_name: 'sys_user', user_name: `crash.${i}`, active: 1 })
                store.insertRow('x_psm_persona_profile', {
                    ...base,
                    sys_id: store.newSysId(),
                    sys_class_name: 'x_psm_persona_profile',
                    user,
                    devices: i % 17,
                    network_gb_month: (i * 7) % 200,
                    team_hours_week: i % 25,
                    contacts_per_day: (i * 3) % 45,
                    remote_pct: (i * 11) % 101,
                    locked: 0,
                    stale: 1,
                })
            }
        }),
    )
    instance.close()
}

/** Runs the child until it has printed `chunks` progress lines, then SIGKILLs it. */
function killAfter(dbFile: string, chunks: number, script = 'tests/support/crash-child.ts'): Promise<number> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, script), dbFile], {
            cwd: ROOT,
            stdio: ['pipe', 'pipe', 'pipe'],
        })
        let seen = 0
        let stderr = ''
        // The child may be dead (killed, or not reading) when a go-ahead is written.
        child.stdin.on('error', () => undefined)
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
        child.stdout.on('data', (d: Buffer) => {
            const lines = (d.toString().match(/^chunk/gm) ?? []).length
            seen += lines
            // A child that waits for a go-ahead gets one per chunk; at the last, it is killed while working.
            for (let i = 0; i < lines; i++) child.stdin.write('g')
            if (seen >= chunks) setTimeout(() => child.kill('SIGKILL'), 3)
        })
        child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`child ended before the kill (code ${code}): ${stderr}`))))
    })
}

function consistency(instance: Instance): { rescored: number; stale: number; problems: string[] } {
    const db = instance.store.db
    const profiles = db
        .prepare(
            `SELECT p.user, p.persona, p.stale, u.x_psm_persona_persona AS mirror,
                (SELECT COUNT(*) FROM x_psm_persona_assignment a WHERE a.user = p.user) AS history,
                (SELECT COUNT(*) FROM sysevent e WHERE e.name IN ('x_psm_persona.persona.changed', 'x_psm_persona.persona.assigned') AND e.parm1 = p.user) AS events
             FROM x_psm_persona_profile p JOIN sys_user u ON u.sys_id = p.user`,
        )
        .all() as Array<{ user: string; persona: string | null; stale: number; mirror: string | null; history: number; events: number }>
    const problems: string[] = []
    let rescored = 0
    for (const p of profiles) {
        if (p.stale === 0) {
            rescored++
            if (p.persona !== p.mirror) problems.push(`${p.user}: profile says ${p.persona}, user says ${p.mirror}`)
            if (p.history !== 1 || p.events !== 1) problems.push(`${p.user}: ${p.history} history rows, ${p.events} events`)
        } else if (p.persona || p.mirror || p.history || p.events) problems.push(`${p.user}: not rescored but half-applied`)
    }
    return { rescored, stale: profiles.length - rescored, problems }
}

test('SIGKILL in the middle of a batch rescoring: nothing half-applied, no lost event, the job resumes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-crash-'))
    const dbFile = path.join(dir, 'crash.db')
    try {
        seed(dbFile)
        await killAfter(dbFile, 3)
        let instance = Instance.create({ db: dbFile })
        const afterCrash = consistency(instance)
        expect(afterCrash.problems).toEqual([])
        expect(afterCrash.rescored).toBeGreaterThanOrEqual(120)
        expect(afterCrash.stale).toBeGreaterThan(0)
        instance.close()

        instance = Instance.create({ db: dbFile })
        type Batch = { rescoreStaleProfiles(): { rescored: number } }
        const resumed = instance.run(() => instance.appModule<Batch>('src/server/persona/rescore-batch.ts').rescoreStaleProfiles())
        expect(resumed.rescored).toBe(afterCrash.stale)
        const final = consistency(instance)
        expect(final.problems).toEqual([])
        expect(final.rescored).toBe(USERS)
        expect(instance.store.db.pragma('journal_mode', { simple: true })).toBe('wal')
        instance.close()
    } finally {
        fs.rmSync(dir, { recursive: true, force: true })
    }
}, 120_000)

test('SIGKILL in the middle of a notification burst: every processed event has its email, no event is lost or mailed twice', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-crash-mail-'))
    const dbFile = path.join(dir, 'burst.db')
    const EVENTS = 3000
    try {
        const seeded = Instance.create({ db: dbFile })
        seeded.install(builtAppDir())
        seeded.run(() => {
            const n = new GlideRecord('sysevent_email_action')
            n.initialize()
            const values: Record<string, string | boolean | number> = {
                name: 'Burst test', collection: 'sys_user', active: true, generation_type: 'event', event_name: 'x_psm_test.burst',
                event_parm_1: true, send_self: true, weight: 0, content_type: 'text/html', subject: 'Hello ${name}', message_html: '<p>Hello ${name}</p>',
            }
            for (const [k, v] of Object.entries(values)) n.setValue(k, v)
            n.setWorkflow(false)
            n.insert()
            seeded.store.transaction(() => {
                for (let i = 0; i < EVENTS; i++) {
                    const u = new GlideRecord('sys_user')
                    u.initialize()
                    u.setValue('user_name', `burst.${i}`)
                    u.setValue('name', `Burst ${i}`)
                    u.setValue('email', `burst.${i}@example.com`)
                    u.setWorkflow(false)
                    u.insert()
                    gs.eventQueue('x_psm_test.burst', u, u.getUniqueValue(), '')
                }
            })
        })
        seeded.close()
        await killAfter(dbFile, 3, 'tests/support/crash-events-child.ts')

        const check = (instance: Instance) => {
            const rows = instance.store.db
                .prepare(
                    `SELECT e.state, (SELECT COUNT(*) FROM sys_email m WHERE m.instance = e.instance) AS mails FROM sysevent e WHERE e.name = 'x_psm_test.burst'`,
                )
                .all() as Array<{ state: string; mails: number }>
            const processed = rows.filter((r) => r.state === 'processed')
            const ready = rows.filter((r) => r.state === 'ready')
            return { total: rows.length, processed: processed.length, ready: ready.length, bad: rows.filter((r) => (r.state === 'processed' ? r.mails !== 1 : r.mails !== 0)).length }
        }
        let instance = Instance.create({ db: dbFile })
        const afterCrash = check(instance)
        expect(afterCrash.total).toBe(EVENTS)
        expect(afterCrash.bad).toBe(0)
        expect(afterCrash.processed).toBeGreaterThanOrEqual(30)
        expect(afterCrash.ready).toBeGreaterThan(0)
        instance.close()

        instance = Instance.create({ db: dbFile })
        instance.drain()
        const final = check(instance)
        expect(final).toEqual({ total: EVENTS, processed: EVENTS, ready: 0, bad: 0 })
        instance.close()
    } finally {
        fs.rmSync(dir, { recursive: true, force: true })
    }
}, 120_000)
