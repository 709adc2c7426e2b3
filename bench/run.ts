import { benchGlideRecords } from './glide-records'
import { benchRescoring } from './rescoring'
import { benchChangeNotifications } from './change-notifications'
import { benchCatalogVisibility } from './catalog-visibility'
import { benchCatalogPage } from './catalog-page'
import { benchQuerySecurity } from './query-security'
import { benchSessionCheck } from './session-check'
import { benchBatch } from './batch'
import { benchTablePaging } from './table-paging'
import { benchImportSet } from './import-set'
import { benchOpsCapacity } from './ops-capacity'
import { print, type BenchResult } from './harness'

/**
 * `npm run bench [-- name]`: every benchmark (or the one named `name`, else those whose name contains it: glide, rescore, rescore-provision,
 * catalog, catalog-page, change, query, session, batch, paging, import, capacity) as a ratio against a baseline measured in the same run.
 */
const only = process.argv[2] ?? ''
const benches: Array<[string, () => BenchResult[] | Promise<BenchResult[]>]> = [
    ['glide', () => benchGlideRecords()],
    // N: 100,000, or PSM_BENCH_RESCORE_N while iterating.
    ['rescore', () => benchRescoring(Number(process.env.PSM_BENCH_RESCORE_N) || 100_000)],
    // The whole chain at a smaller N (orders are real cart checkouts): `npm run bench -- rescore-provision`.
    // Honest for the 100,000: the work per order is the same whatever N (every user's order is its
    // own run, nothing is shared between them), so the ratio holds; see benchRescoring's comment.
    ['rescore-provision', () => benchRescoring(Number(process.env.PSM_BENCH_PROVISION_N) || 2_000, { provision: true })],
    ['catalog', () => benchCatalogVisibility()],
    ['catalog-page', () => benchCatalogPage()],
    ['change', () => benchChangeNotifications(200)],
    ['query', () => benchQuerySecurity()],
    ['session', () => benchSessionCheck()],
    ['batch', () => benchBatch()],
    ['paging', () => benchTablePaging()],
    ['import', () => benchImportSet(Number(process.env.PSM_BENCH_IMPORT_N) || 100_000)],
    ['capacity', () => benchOpsCapacity()],
]

async function main(): Promise<void> {
    const results: BenchResult[] = []
    console.log('Running benchmarks (each subject is compared with a baseline measured in this run)…\n')
    // A name given in full runs that bench alone (`rescore` without `rescore-provision`); otherwise every name containing it.
    const exact = benches.some(([name]) => name === only)
    for (const [name, run] of benches) if (exact ? name === only : name.includes(only)) results.push(...(await run()))
    if (!results.length) throw new Error(`No benchmark named ${only}; names: ${benches.map(([n]) => n).join(', ')}`)
    print(results)
}

main().catch((e: unknown) => {
    console.error(e)
    process.exit(1)
})
