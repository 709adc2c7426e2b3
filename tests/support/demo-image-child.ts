/**
 * The child process that makes the demo image (tests/support/demo-image.ts): argv is the installed image,
 * the demo image to write and the file to write a failure to (which the waiting suites report).
 */
import * as fs from 'node:fs'
import { startServer } from '../../src/local/http/server'
import { Instance } from '../../src/local/instance'
import { loadDemo } from './demo'

/** The password the image's demo logins get; every suite sets its own through loadDemo(). */
const IMAGE_PASSWORD = 'demo-image-password-not-used-by-tests'

/**
 * Loads the demo into a copy of the installed image through the real loader and a real server, and writes
 * the database to `out` (written under another name first, then renamed: a reader never sees half of it).
 */
async function makeDemoImage(appImage: string, out: string): Promise<void> {
    // Saved by this same code right after its boot (tests/support/app-image.ts): opened without booting again.
    const instance = Instance.create({ image: fs.readFileSync(appImage), bootedImage: true })
    const server = await startServer(instance, { port: 0 })
    try {
        await loadDemo(instance, server.url, IMAGE_PASSWORD)
        // Work the server queued after its last answer (async rules) runs here, so the image has all of it.
        instance.drain()
        if (instance.scheduler.pending()) throw new Error(`The demo load left ${instance.scheduler.pending()} queued jobs: the image would lose them`)
        const partial = `${out}.${process.pid}.partial`
        fs.writeFileSync(partial, instance.store.serialize())
        fs.renameSync(partial, out)
    } finally {
        await server.close()
        instance.close()
    }
}

const [appImage, out, errorFile] = process.argv.slice(2)
makeDemoImage(appImage, out).then(
    () => process.exit(0),
    (e: unknown) => {
        fs.writeFileSync(errorFile, e instanceof Error ? (e.stack ?? e.message) : String(e))
        process.exit(1)
    },
)
