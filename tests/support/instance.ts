import { Instance } from '../../src/local/instance'

/** The app built once for this test run by the global setup (the real now-sdk output). */
export function builtAppDir(): string {
    const dir = process.env.PSM_APP_DIR
    if (!dir) throw new Error('PSM_APP_DIR is not set: run the tests through jest (tests/support/global-setup.ts builds the app)')
    return dir
}

/** A fresh in-memory instance with the base system only. */
export function freshInstance(): Instance {
    return Instance.create({ db: ':memory:' })
}

/** A fresh in-memory instance with the built app installed. */
export function installedInstance(): Instance {
    const instance = freshInstance()
    instance.install(builtAppDir())
    return instance
}
