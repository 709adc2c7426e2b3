import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Page } from 'playwright-core'

const ROOT = path.resolve(__dirname, '../..')

/** Where the browser tests keep their screenshots (ignored by git). */
export const ARTIFACTS = path.join(ROOT, 'test-artifacts')

/**
 * A screenshot the README shows (docs/<name>): taken into test-artifacts/ on every run, so a test run
 * leaves the worktree as it found it; copied over the tracked docs/<name> only when asked
 * (`PSM_REFRESH_DOCS=1 npx jest tests/e2e`). Returns the file written in test-artifacts/.
 */
export async function docsScreenshot(page: Page, name: string): Promise<string> {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    const file = path.join(ARTIFACTS, name)
    // A picture left by an earlier run must not pass for this one's.
    fs.rmSync(file, { force: true })
    await page.screenshot({ path: file, fullPage: false })
    if (process.env.PSM_REFRESH_DOCS === '1') {
        fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true })
        fs.copyFileSync(file, path.join(ROOT, 'docs', name))
    }
    return file
}
