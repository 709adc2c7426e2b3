import { buildAppInTempDir } from './build-app'

/** One real `now-sdk build` per test run, shared by every suite that installs the app. */
export default function globalSetup(): void {
    const built = buildAppInTempDir()
    process.env.PSM_APP_DIR = built.appDir
    ;(globalThis as { __psmCleanup?: () => void }).__psmCleanup = built.cleanup
}
