import { Instance } from './src/local/instance'
const instance = Instance.create({ db: ':memory:' })
const t = (src: string, ...args: unknown[]) => { try { console.log(src, '=>', instance.run(() => instance.scripts.compile(['a'], src, 'dbg')(...args))) } catch (e) { console.log(src, 'THREW', (e as Error).message.slice(0, 200), (e as Error).stack?.split('\n').slice(0, 12).join('\n')) } }
t("return gs.getUserID()")
const d: Record<string, unknown> = {}
t("a.x = 1; a.y = {z: 2}; return 1", d)
console.log(d.x, JSON.stringify(d.y))
