import * as path from 'node:path'
import { readBuild } from '../../src/local/install/read-build'
import { buildInTempDir, freshBuildDir } from './app-build'
import { formatViolation, runChecks } from './checks'
import { ServerSources } from './server-sources'

/*
 * `npm run lint`'s platform rules: checks on the build output (dist/app) and the instance code
 * (src/server) for mistakes that pass the compiler and every local test but misbehave on an
 * instance (see tools/checks/*.ts, one rule each). Uses dist/app when it is newer than the sources
 * (CI builds first), otherwise builds a fresh copy in a temporary directory.
 *
 *   ts-node --transpile-only tools/checks/platform-rules.ts [--app <dist/app directory>]
 *
 * Exits 1 with one line per violation, 2 when it could not check at all.
 */
function main(argv: string[]): number {
    const root = path.resolve(__dirname, '../..')
    const at = argv.indexOf('--app')
    let appDir = at >= 0 ? argv[at + 1] : freshBuildDir(root)
    let cleanup = () => {}
    if (at >= 0 && !appDir) {
        process.stderr.write('platform-rules: --app needs a directory\n')
        return 2
    }
    if (!appDir) {
        process.stderr.write('platform-rules: dist/app is missing or older than the sources; building a fresh copy in a temporary directory…\n')
        const built = buildInTempDir(root)
        appDir = built.appDir
        cleanup = built.cleanup
    }
    try {
        const violations = runChecks({ records: readBuild(appDir), sources: new ServerSources(root) })
        for (const v of violations) process.stderr.write(`platform-rules: ${formatViolation(v)}\n`)
        if (violations.length) {
            process.stderr.write(`platform-rules: ${violations.length} violation(s) in ${path.relative(root, appDir) || appDir} and src/server\n`)
            return 1
        }
        process.stdout.write(`platform-rules: ok (${path.relative(process.cwd(), appDir) || appDir})\n`)
        return 0
    } finally {
        cleanup()
    }
}

try {
    process.exitCode = main(process.argv.slice(2))
} catch (e) {
    process.stderr.write(`platform-rules: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 2
}
