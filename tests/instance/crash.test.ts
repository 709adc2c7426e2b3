import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
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
function killAfter(dbFile: string, chunks: number): Promise<number> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'tests/support/crash-child.ts'), dbFile], {
            cwd: ROOT,
            stdio: ['ignore', 'pipe', 'pipe'],
        })
        let seen = 0
        let stderr = ''
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
        child.stdout.on('data', (d: Buffer) => {
            seen += (d.toString().match(/^chunk /gm) ?? []).length
            if (seen >= chunks) child.kill('SIGKILL')
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
                (SELECT COUNT(*) FROM sysevent e WHERE e.name = 'x_psm_persona.persona.changed' AND e.parm1 = p.user) AS events
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
