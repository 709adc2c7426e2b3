import { makeAppImage } from './app-image'
import { buildAppInTempDir } from './build-app'

/**
 * One real `now-sdk build` per test run, shared by every suite that installs the app, and one install of
 * it (through the real installer) saved as a database image that installedInstance() opens per suite.
 */
export default function globalSetup(): void {
    const built = buildAppInTempDir()
    process.env.PSM_APP_DIR = built.appDir
    ;(globalThis as { __psmCleanup?: () => void }).__psmCleanup = built.cleanup
    process.env.PSM_APP_IMAGE = makeAppImage(built.appDir)
}
