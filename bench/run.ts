import { benchGlideRecords } from './glide-records'
import { benchRescoring } from './rescoring'
import { benchChangeNotifications } from './change-notifications'
import { benchCatalogVisibility } from './catalog-visibility'
import { benchQuerySecurity } from './query-security'
import { benchSessionCheck } from './session-check'
import { benchTablePaging } from './table-paging'
import { print, type BenchResult } from './harness'

/**
 * `npm run bench [-- name]`: every benchmark (or those whose name contains `name`: glide, rescore,
 * catalog, change, query, session, paging) as a ratio against a baseline measured in the same run.
 */
const only = process.argv[2] ?? ''
const benches: Array<[string, () => BenchResult[]]> = [
    ['glide', () => benchGlideRecords()],
    ['rescore', () => benchRescoring(100_000)],
    ['catalog', () => benchCatalogVisibility()],
    ['change', () => benchChangeNotifications(200)],
    ['query', () => benchQuerySecurity()],
    ['session', () => benchSessionCheck()],
    ['paging', () => benchTablePaging()],
]
const results: BenchResult[] = []
console.log('Running benchmarks (each subject is compared with a baseline measured in this run)…\n')
for (const [name, run] of benches) if (name.includes(only)) results.push(...run())
if (!results.length) throw new Error(`No benchmark named ${only}; names: ${benches.map(([n]) => n).join(', ')}`)
print(results)
