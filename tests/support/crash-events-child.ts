/**
 * A child process for the crash tests: processes the event queue ten events at a time. After
 * each batch it prints a line and waits for the parent's go-ahead on stdin, so the parent can
 * let it start the next batch and kill it in the middle of that batch.
 */
import * as fs from 'node:fs'
import { Instance } from '../../src/local/instance'

const [dbFile] = process.argv.slice(2)
const instance = Instance.create({ db: dbFile })
const go = Buffer.alloc(1)
instance.run(() => {
    while (instance.events.process(10) > 0) {
        process.stdout.write('chunk\n')
        fs.readSync(0, go, 0, 1, null)
    }
})
process.stdout.write('done\n')
instance.close()
