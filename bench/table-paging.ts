import { ensureAdmin } from '../src/local/base/admin'
import { aclAccess } from '../src/local/http/access'
import { TableApi, type ListOptions } from '../src/local/table-api/table-api'
import { Instance } from '../src/local/instance'
import { result, time, type BenchResult } from './harness'

const ROWS = 100_000
const PAGE = 1_000
const RUNS = 3

/**
 * Paging a table of 100,000 rows through the Table API in pages of 1,000 (sysparm_limit=1000,
 * sysparm_offset=0, 1000, …; every field, JSON), as an admin, vs a raw SQL read of the same pages
 * (`SELECT * … LIMIT 1000 OFFSET n`) plus JSON serialisation of the rows, in the same run.
 * The subject includes what the Table API adds per page: the readable-row count (X-Total-Count), the
 * query ACL plan, the per-field read checks and the reference links. Each side reports its median run.
 */
export function benchTablePaging(): BenchResult[] {
    const instance = Instance.create({ db: ':memory:' })
    ensureAdmin(instance, 'bench password')
    const store = instance.store
    instance.run(() =>
        store.defineTables(
            [
                {
                    name: 'u_page',
                    label: 'Page',
                    columns: {
                        name: { type: 'string' },
                        priority: { type: 'integer' },
                        score: { type: 'decimal' },
                        active: { type: 'boolean' },
                        owner: { type: 'reference', reference: 'sys_user' },
                        opened: { type: 'glide_date_time' },
                    },
                },
            ],
            'global',
        ),
    )
    const admin = store.prepare("SELECT sys_id FROM sys_user WHERE user_name = 'admin'").get() as { sys_id: string }
    const now = store.clock()
    instance.run(() =>
        store.transaction(() => {
            for (let i = 0; i < ROWS; i++) {
                store.insertRow('u_page', {
                    sys_id: store.newSysId(),
                    sys_class_name: 'u_page',
                    sys_created_on: now,
                    sys_created_by: 'bench',
                    sys_updated_on: now,
                    sys_updated_by: 'bench',
                    sys_mod_count: 0,
                    name: `row ${i}`,
                    priority: i % 5,
                    score: i / 10,
                    active: i % 2,
                    owner: i % 3 === 0 ? admin.sys_id : null,
                    opened: now,
                })
            }
        }),
    )
    const api = new TableApi(instance, 'http://127.0.0.1', aclAccess)
    const options = (offset: number): ListOptions => ({ query: '', fields: null, limit: PAGE, offset, display: 'false', excludeLinks: false })
    let apiRows = 0
    const pageApi = () =>
        instance.runAs(admin.sys_id, () => {
            apiRows = 0
            for (let offset = 0; offset < ROWS; offset += PAGE) {
                const page = api.list('u_page', options(offset))
                apiRows += page.result.length
                JSON.stringify({ result: page.result })
            }
        })
    const select = store.prepare('SELECT * FROM u_page ORDER BY rowid LIMIT ? OFFSET ?')
    let sqlRows = 0
    const pageSql = () => {
        sqlRows = 0
        for (let offset = 0; offset < ROWS; offset += PAGE) {
            const rows = select.all(PAGE, offset)
            sqlRows += rows.length
            JSON.stringify({ result: rows })
        }
    }
    const subjects: number[] = []
    const baselines: number[] = []
    for (let i = 0; i < RUNS; i++) {
        subjects.push(time(pageApi))
        baselines.push(time(pageSql))
    }
    if (apiRows !== ROWS || sqlRows !== ROWS) throw new Error(`bench: paged ${apiRows} rows through the Table API and ${sqlRows} through SQL, expected ${ROWS}`)
    instance.close()
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
    return [result('Table API paging (100k rows, pages of 1,000, JSON) vs raw SQL + JSON', median(subjects), median(baselines), 3, `${ROWS / PAGE} pages, admin, all fields, median of ${RUNS}`)]
}
