import * as fs from 'node:fs'
import { LEGACY_POLICY_PROPERTY } from '../../src/local/glide/scope-access'
import { Instance } from '../../src/local/instance'

/** The app built once for this test run by the global setup (the real now-sdk output). */
export function builtAppDir(): string {
    const dir = process.env.PSM_APP_DIR
    if (!dir) throw new Error('PSM_APP_DIR is not set: run the tests through jest (tests/support/global-setup.ts builds the app)')
    return dir
}

/** This run's images, read once per suite (an image is copied when opened, so one buffer serves every open). */
const images = new Map<string, Buffer>()

/**
 * Opens a private in-memory copy of one of this run's database images (tests/support/app-image.ts). They
 * were saved right after Instance.create booted them, by this same code, so the boot does not write the
 * base system's dictionary again (InstanceOptions.bootedImage).
 */
export function openImage(file: string, clock?: () => string): Instance {
    let image = images.get(file)
    if (!image) {
        image = fs.readFileSync(file)
        images.set(file, image)
    }
    return Instance.create({ image, bootedImage: true, clock })
}

/**
 * A new in-memory instance with the base system only, booted now (Instance.create on an empty database),
 * with GlideRecord's scope fencing on (see freshInstance()).
 */
export function bootedInstance(clock?: () => string): Instance {
    const instance = Instance.create({ db: ':memory:', clock })
    instance.properties.set(LEGACY_POLICY_PROPERTY, 'false')
    return instance
}

/**
 * A fresh in-memory instance with the base system only. Scripts run with GlideRecord's scope fencing on
 * (glide.record.legacy_cross_scope_access_policy_in_script=false, the value Security Center recommends),
 * so the whole suite proves the app needs no legacy cross-scope access; tests of the property's absence
 * remove it. `clock` (internal date-time values, UTC) replaces the real time for tests that move time.
 * It is a private copy of the base image the global setup booted once for this run
 * (tests/support/app-image.ts; PSM_NO_APP_IMAGE=1 boots each one instead, to compare).
 */
export function freshInstance(clock?: () => string): Instance {
    const image = process.env.PSM_NO_APP_IMAGE === '1' ? undefined : process.env.PSM_BASE_IMAGE
    if (image && fs.existsSync(image)) return openImage(image, clock)
    return bootedInstance(clock)
}

/**
 * A fresh in-memory instance with the built app installed: a private copy of the image the global setup
 * installed once for this run (tests/support/app-image.ts); installs the build itself when there is none
 * (PSM_NO_APP_IMAGE=1 forces that, to compare). Tests of the install itself call Instance.install.
 * `clock` (internal date-time values, UTC) replaces the real time for tests that move time.
 */
export function installedInstance(clock?: () => string): Instance {
    const image = process.env.PSM_NO_APP_IMAGE === '1' ? undefined : process.env.PSM_APP_IMAGE
    if (image && fs.existsSync(image)) return openImage(image, clock)
    return freshlyInstalledInstance(clock)
}

/** A fresh in-memory instance with the built app installed through the installer now, for tests of the install itself. */
export function freshlyInstalledInstance(clock?: () => string): Instance {
    const instance = freshInstance(clock)
    instance.install(builtAppDir())
    return instance
}
