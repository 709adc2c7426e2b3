import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Config } from '@jest/types'
import { makeAppImage, makeBaseImage } from './app-image'
import { buildApp, buildFixture } from './build-app'
import { startDemoImage } from './demo-image'

/**
 * One real `now-sdk build` per test run, shared by every suite that installs the app; one boot of the base
 * system and one install of the build (through the real installer), saved as database images that
 * freshInstance() and installedInstance() open (tests/support/app-image.ts). The base system boots while
 * the SDK builds (the build keeps one core busy; the machine has two).
 * A whole `npm test` run (no test paths given; jest.config.js sets globals.psmWholeRun) also
 * - builds the fixture app tests/fixtures/scope-fixture at the same time as the app, for the suite that
 *   installs it (scopeFixtureBuild());
 * - starts loading the demo company into a copy of the installed image in the background
 *   (tests/support/demo-image.ts), so it is ready when the suites that use it ask.
 * A run of chosen files makes these only if one of them asks.
 */
export default async function globalSetup(globalConfig?: Config.GlobalConfig, projectConfig?: Config.ProjectConfig): Promise<void> {
    const whole = projectConfig?.globals?.psmWholeRun === true && !globalConfig?.testPathPattern
    const cleanups: Array<() => void> = []
    ;(globalThis as { __psmCleanup?: () => void }).__psmCleanup = () => cleanups.forEach((c) => c())
    // Each build settles either way at once, so a failure cannot go unhandled while this process works.
    const settled = <T>(p: Promise<T>) => p.then((value) => ({ value }), (error: unknown) => ({ error }))
    const fixture = whole ? settled(buildFixture('scope-fixture')) : undefined
    const app = settled(buildApp())
    const images = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-images-'))
    cleanups.push(() => fs.rmSync(images, { recursive: true, force: true }))
    process.env.PSM_BASE_IMAGE = makeBaseImage(images)
    const built = await app
    if ('error' in built) throw built.error
    cleanups.push(built.value.cleanup)
    process.env.PSM_APP_DIR = built.value.appDir
    const appImage = makeAppImage(built.value.appDir)
    process.env.PSM_APP_IMAGE = appImage
    if (whole && process.env.PSM_NO_DEMO_IMAGE !== '1') startDemoImage(appImage)
    if (fixture) {
        const result = await fixture
        if ('error' in result) throw result.error
        cleanups.push(result.value.cleanup)
        process.env.PSM_SCOPE_FIXTURE_DIR = result.value.appDir
    }
}
