import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Flags for a headless Chromium in a container: no sandbox, no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
]

/**
 * The bundled Chromium of @sparticuz/chromium (unpacked on first use). The package is ESM-only and
 * jest's module system cannot load ESM without experimental flags, so a child Node process asks it.
 */
async function sparticuzChromium(): Promise<string> {
    try {
        const mod = (await import('@sparticuz/chromium')) as { default: { executablePath(): Promise<string> } }
        return await mod.default.executablePath()
    } catch {
        const script = "import('@sparticuz/chromium').then(m => m.default.executablePath()).then(p => process.stdout.write(p))"
        return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 }).trim()
    }
}

/** Candidate executables in order of preference: CHROME_PATH, the system Chromium, the bundled one. */
async function candidates(): Promise<Array<{ source: string; path: () => Promise<string> }>> {
    const list: Array<{ source: string; path: () => Promise<string> }> = []
    if (process.env.CHROME_PATH) list.push({ source: 'CHROME_PATH', path: async () => process.env.CHROME_PATH as string })
    if (fs.existsSync('/usr/bin/chromium')) list.push({ source: '/usr/bin/chromium', path: async () => '/usr/bin/chromium' })
    list.push({ source: '@sparticuz/chromium', path: sparticuzChromium })
    return list
}

/**
 * Launches a real headless Chromium. Throws (so the test fails, never skips) when none of the
 * candidates starts, naming why each one did not.
 */
export async function launchChromium(): Promise<Browser> {
    const failures: string[] = []
    for (const c of await candidates()) {
        try {
            const executablePath = await c.path()
            return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 })
        } catch (e) {
            failures.push(`${c.source}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
        }
    }
    throw new Error(`No Chromium could be started for the browser tests:\n  ${failures.join('\n  ')}`)
}
