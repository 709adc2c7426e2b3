import { ensureAdmin } from '../src/local/base/admin'
import { SessionStore, sysUserStamp } from '../src/local/http/sessions'
import { Instance } from '../src/local/instance'
import { result, time, type BenchResult } from './harness'

const N = 200_000

/**
 * The per-request session check (the user's stamp: active, locked_out, password hash) vs the raw
 * primary-key lookup it is made of, on the same database, N times each.
 */
export function benchSessionCheck(): BenchResult[] {
    const instance = Instance.create({ db: ':memory:' })
    ensureAdmin(instance, 'bench-password-1234')
    const userId = (instance.store.db.prepare("SELECT sys_id FROM sys_user WHERE user_name = 'admin'").get() as { sys_id: string }).sys_id
    const sessions = new SessionStore(Date.now, sysUserStamp(instance))
    const id = sessions.create(userId, 'admin').id
    const raw = instance.store.db.prepare('SELECT active, locked_out, user_password FROM sys_user WHERE sys_id = ?')
    const run = (fn: () => void) => {
        fn()
        return time(fn)
    }
    const subject = run(() => {
        for (let i = 0; i < N; i++) if (!sessions.get(id)) throw new Error('session lost')
    })
    const baseline = run(() => {
        for (let i = 0; i < N; i++) if (!raw.get(userId)) throw new Error('user lost')
    })
    instance.close()
    return [result('session check per request', subject, baseline, 1.5, `${N} gets; ${((subject * 1000) / N).toFixed(1)} µs each`)]
}
