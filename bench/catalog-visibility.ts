import { APP_DIR, buildIsStale, runBuild } from '../src/local/build'
import { GlideRecord } from '../src/local/glide'
import { Instance } from '../src/local/instance'
import { seededRandom } from '../tools/demo/random'
import { result, time, type BenchResult } from './harness'

const ITEMS = 10_000
const PERSONAS = 200

/**
 * The visible-items list of one user on a 10,000-item catalog restricted by 200 personas' scripted
 * criteria: cold (cache just invalidated) and warm, against a plain indexed SQL read of the same
 * items; and the naive way (every criterion of every item evaluated, no cache) for comparison.
 */
export function benchCatalogVisibility(): BenchResult[] {
    if (buildIsStale()) runBuild(undefined, 'pipe')
    const instance = Instance.create({ db: ':memory:' })
    instance.install(APP_DIR)
    const store = instance.store
    const random = seededRandom(5)
    const now = store.clock()
    const base = { sys_created_on: now, sys_created_by: 'bench', sys_updated_on: now, sys_updated_by: 'bench', sys_mod_count: 0 }
    let userId = ''
    let criteriaOfUser = ''
    instance.run(() => {
        // Personas through GlideRecord, so the app's rule creates each one's scripted criteria.
        const personas: Array<{ id: string; criteria: string }> = []
        for (let i = 0; i < PERSONAS; i++) {
            const p = new GlideRecord('x_psm_persona_persona')
            p.initialize()
            p.setValue('name', `Bench persona ${i}`)
            const r = [1 + (i % 4), 1 + ((i >> 2) % 4), 1 + ((i >> 4) % 4), 1 + ((i >> 6) % 4), 1 + ((i >> 1) % 4)]
            ;['technology', 'network', 'interaction', 'communication', 'mobility'].forEach((d, k) => p.setValue(d, r[k]))
            const id = p.insert()
            if (!id) throw new Error('bench setup: persona refused')
            p.get(id)
            personas.push({ id, criteria: p.getValue('user_criteria') ?? '' })
        }
        if (personas.some((p) => !p.criteria)) throw new Error('bench setup: a persona has no criteria')
        store.transaction(() => {
            for (let i = 0; i < ITEMS; i++) {
                const item = store.newSysId()
                store.insertRow('sc_cat_item', { ...base, sys_id: item, sys_class_name: 'sc_cat_item', name: `Bench item ${i}`, active: 1, price: 10 })
                // Two items in three are restricted to one to three personas; the rest are for everyone.
                if (i % 3 === 0) continue
                const n = 1 + Math.floor(random() * 3)
                for (let k = 0; k < n; k++) {
                    const p = personas[Math.floor(random() * PERSONAS)]
                    store.insertRow('sc_cat_item_user_criteria_mtom', { ...base, sys_id: store.newSysId(), sys_class_name: 'sc_cat_item_user_criteria_mtom', sc_cat_item: item, user_criteria: p.criteria })
                }
            }
            userId = store.newSysId()
            store.insertRow('sys_user', { ...base, sys_id: userId, sys_class_name: 'sys_user', user_name: 'bench.user', active: 1, x_psm_persona_persona: personas[7].id })
            criteriaOfUser = personas[7].criteria
        })
    })
    instance.operations.quietly(() => undefined)
    const engine = instance.userCriteria
    let visible = new Set<string>()
    const cold = time(() => instance.run(() => {
        engine.invalidate()
        visible = engine.visibleItems(userId)
    }))
    const warmRuns: number[] = []
    for (let i = 0; i < 5; i++) warmRuns.push(time(() => instance.run(() => (visible = engine.visibleItems(userId)))))
    const warm = warmRuns.sort((a, b) => a - b)[2]

    // A plain indexed read of the same items, knowing the answer's shape in advance.
    let sqlCount = 0
    const sqlRuns: number[] = []
    const sql = store.db.prepare(
        `SELECT i.sys_id FROM sc_cat_item i
         LEFT JOIN (SELECT sc_cat_item, MAX(user_criteria = ?) AS mine FROM sc_cat_item_user_criteria_mtom GROUP BY sc_cat_item) m ON m.sc_cat_item = i.sys_id
         WHERE i.active = 1 AND (m.sc_cat_item IS NULL OR m.mine = 1)`,
    )
    for (let i = 0; i < 5; i++) sqlRuns.push(time(() => (sqlCount = sql.all(criteriaOfUser).length)))
    const plainSql = sqlRuns.sort((a, b) => a - b)[2]
    if (sqlCount !== visible.size) throw new Error(`visibility mismatch: engine ${visible.size} items, SQL ${sqlCount}`)

    // The naive way: every item's every criterion evaluated, nothing cached between items. It is
    // slow enough (~20 ms an item) that a 1-in-20 sample is timed and scaled to the whole catalog.
    const items = store.db.prepare('SELECT sys_id FROM sc_cat_item WHERE active = 1 ORDER BY rowid').all() as Array<{ sys_id: string }>
    const sample = items.filter((_, i) => i % 20 === 0)
    let naiveMismatch = 0
    const naiveSample = time(() =>
        instance.run(() => {
            for (const { sys_id } of sample) {
                engine.invalidate()
                if (engine.canSeeItem(userId, sys_id) !== visible.has(sys_id)) naiveMismatch++
            }
        }),
    )
    if (naiveMismatch) throw new Error(`naive evaluation disagrees with the engine on ${naiveMismatch} items`)
    const naive = (naiveSample * items.length) / sample.length
    instance.close()
    return [
        result(`visible items, warm cache (${visible.size.toLocaleString('en')} of ${ITEMS.toLocaleString('en')} items, ${PERSONAS} personas)`, warm, plainSql, 2, 'vs a plain indexed SQL read'),
        result('visible items, cold cache', cold, plainSql, 10, `naive per-item evaluation ~${(naive / 1000).toFixed(0)} s (${(naive / cold).toFixed(0)}x the cold engine)`),
    ]
}
