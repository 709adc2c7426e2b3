import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildDigest } from '../../src/local/build'
import { bootedInstance, freshInstance } from './instance'

/*
 * One boot and one install per test run. Booting the base system and installing the built app take
 * seconds of a 2-core machine, and most suites need an instance in that state, not the boot or the
 * install themselves. The global setup boots one instance (Instance.create) and saves its database as
 * the base image (SQLite's serialized form), then installs the build once, through the real installer,
 * into a copy of it and saves that as the installed image, named by the build's digest.
 * freshInstance() and installedInstance() open a private in-memory copy per call, without booting it
 * again (InstanceOptions.bootedImage). The boot and the install keep their own tests, which call them
 * themselves (tests/instance/installer.test.ts compares both images with a real boot and install, table
 * by table; tests/app/upgrade.test.ts, tests/instance/es2021-check.test.ts, ...).
 */

/** Boots the base system into a new instance and writes its database into `dir`; returns the file. */
export function makeBaseImage(dir: string): string {
    const file = path.join(dir, 'base.sqlite')
    const instance = bootedInstance()
    try {
        fs.writeFileSync(file, instance.store.serialize())
    } finally {
        instance.close()
    }
    return file
}

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
