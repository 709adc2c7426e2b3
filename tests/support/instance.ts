import { LEGACY_POLICY_PROPERTY } from '../../src/local/glide/scope-access'
import { Instance } from '../../src/local/instance'

/** The app built once for this test run by the global setup (the real now-sdk output). */
export function builtAppDir(): string {
    const dir = process.env.PSM_APP_DIR
    if (!dir) throw new Error('PSM_APP_DIR is not set: run the tests through jest (tests/support/global-setup.ts builds the app)')
    return dir
}

/**
 * A fresh in-memory instance with the base system only. Scripts run with GlideRecord's scope fencing on
 * (glide.record.legacy_cross_scope_access_policy_in_script=false, the value Security Center recommends),
 * so the whole suite proves the app needs no legacy cross-scope access; tests of the property's absence
 * remove it.
 */
export function freshInstance(): Instance {
    const instance = Instance.create({ db: ':memory:' })
    instance.properties.set(LEGACY_POLICY_PROPERTY, 'false')
    return instance
}

/** A fresh in-memory instance with the built app installed. */
export function installedInstance(): Instance {
    const instance = freshInstance()
    instance.install(builtAppDir())
    return instance
}
