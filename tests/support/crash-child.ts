/**
 * A child process for the crash tests: opens the instance on a database file and runs the
 * batch rescoring, printing one line per chunk so the parent knows when to SIGKILL it.
 */
import { Instance } from '../../src/local/instance'

const [dbFile] = process.argv.slice(2)
const instance = Instance.create({ db: dbFile })
type Batch = { rescoreStaleProfiles(onChunk: (p: { done: number }) => void): unknown }
const batch = instance.appModule<Batch>('src/server/persona/rescore-batch.ts')
instance.run(() =>
    batch.rescoreStaleProfiles((p) => {
        process.stdout.write(`chunk ${p.done}\n`)
    }),
)
process.stdout.write('done\n')
instance.close()
