/**
 * A child process for the crash tests: opens the instance on a database file and runs the
 * batch rescoring. After each chunk it prints a line and waits for the parent's go-ahead on
 * stdin, so the parent can let it start the next chunk and kill it in the middle of that chunk.
 */
import * as fs from 'node:fs'
import { Instance } from '../../src/local/instance'

const [dbFile] = process.argv.slice(2)
const instance = Instance.create({ db: dbFile })
type Batch = { rescoreStaleProfiles(onChunk: (p: { done: number }) => void): unknown }
const batch = instance.appModule<Batch>('src/server/persona/rescore-batch.ts')
const go = Buffer.alloc(1)
// As `npm run rescore` runs it: group commit, with progress reported once committed.
instance.run(() =>
    instance.store.batched(() =>
        batch.rescoreStaleProfiles((p) => {
            instance.store.checkpoint()
            process.stdout.write(`chunk ${p.done}\n`)
            fs.readSync(0, go, 0, 1, null)
        }),
    ),
)
process.stdout.write('done\n')
instance.close()
