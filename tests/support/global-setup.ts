import type { Config } from '@jest/types'
import { makeAppImage } from './app-image'
import { buildAppInTempDir } from './build-app'
import { startDemoImage } from './demo-image'

/**
 * One real `now-sdk build` per test run, shared by every suite that installs the app, and one install of
 * it (through the real installer) saved as a database image that installedInstance() opens per suite.
 * A whole `npm test` run (no test paths given; jest.config.js sets globals.psmDemoImageEarly) also starts
 * loading the demo company into a copy of that image in the background (tests/support/demo-image.ts), so
 * it is ready when the suites that use it ask; a run of chosen files makes it only if one of them asks.
 */
export default function globalSetup(globalConfig?: Config.GlobalConfig, projectConfig?: Config.ProjectConfig): void {
    const built = buildAppInTempDir()
    process.env.PSM_APP_DIR = built.appDir
    ;(globalThis as { __psmCleanup?: () => void }).__psmCleanup = built.cleanup
    const appImage = makeAppImage(built.appDir)
    process.env.PSM_APP_IMAGE = appImage
    const early = projectConfig?.globals?.psmDemoImageEarly === true && !globalConfig?.testPathPattern
    if (early && process.env.PSM_NO_DEMO_IMAGE !== '1') startDemoImage(appImage)
}
