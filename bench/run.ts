import { benchGlideRecords } from './glide-records'
import { benchRescoring } from './rescoring'
import { benchChangeNotifications } from './change-notifications'
import { benchCatalogVisibility } from './catalog-visibility'
import { print, type BenchResult } from './harness'

/** `npm run bench`: every benchmark as a ratio against a baseline measured in the same run. */
const results: BenchResult[] = []
console.log('Running benchmarks (each subject is compared with a baseline measured in this run)…\n')
results.push(...benchGlideRecords())
results.push(...benchRescoring(100_000))
results.push(...benchCatalogVisibility())
results.push(...benchChangeNotifications(200))
print(results)
