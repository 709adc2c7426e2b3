import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildDigest } from '../../src/local/build'
import { freshInstance } from './instance'

/*
 * One install per test run. Installing the built app takes seconds of a 2-core machine, and most suites
 * only need an instance with the app installed, not the install itself. The global setup installs the
 * build once, through the real installer (Instance.install), into an in-memory instance and saves that
 * database as an image (SQLite's serialized form) named by the build's digest; installedInstance()
 * opens a private in-memory copy of it per suite. The install path keeps its own tests, which call
 * Instance.install themselves (tests/instance/install*.test.ts, tests/app/upgrade.test.ts, ...).
 */

/** Installs `appDir` into a fresh instance and writes its database next to the build; returns the file. */
export function makeAppImage(appDir: string): string {
    const file = path.join(path.dirname(path.dirname(appDir)), `installed-${buildDigest(appDir)}.sqlite`)
    const instance = freshInstance()
    try {
        instance.install(appDir)
        // Work queued in memory (async rules) would not be in the image: an install leaves none today.
        if (instance.scheduler.pending()) throw new Error(`The install left ${instance.scheduler.pending()} queued jobs: the image would lose them`)
        fs.writeFileSync(file, instance.store.serialize())
    } finally {
        instance.close()
    }
    return file
}
