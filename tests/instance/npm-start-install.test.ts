import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { openInstance } from '../../src/local/cli'
import { APP_ID, appBuildFiles, INCLUDE_ID, includeXml, OTHER_APP_ID } from '../support/app-package'

/*
 * `npm start` installs the build through the same path as `now-sdk install`: the build is packed as
 * `now-sdk pack` packs it and goes through the app upload's checks and its execution tracker, so
 * what runs locally was installed the way an upload installs it, and refused the way an upload is.
 */

let dir: string
const saved = process.env.PSM_APP_DIR

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-start-install-'))
})

afterEach(() => {
    if (saved === undefined) delete process.env.PSM_APP_DIR
    else process.env.PSM_APP_DIR = saved
    fs.rmSync(dir, { recursive: true, force: true })
})

function writeBuild(files: Record<string, string>): string {
    const appDir = path.join(dir, 'app')
    for (const [rel, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(appDir, rel)), { recursive: true })
        fs.writeFileSync(path.join(appDir, rel), content)
    }
    process.env.PSM_APP_DIR = appDir
    return appDir
}

test('the build is installed through the app upload: an execution tracker reports it and the app has its rollback context', () => {
    writeBuild(appBuildFiles())
    const said: string[] = []
    const { instance, lock } = openInstance({ db: path.join(dir, 'local.db'), reset: true, demo: false }, (line) => said.push(line))
    try {
        expect(said).toContain('Installed Upload demo (x_upl_demo) 1.0.0: 2 records added, 0 updated, 0 removed')
        expect(instance.store.prepare('SELECT state, percent_complete, source, source_table FROM sys_execution_tracker').all()).toEqual([
            { state: 2, percent_complete: 100, source: null, source_table: null },
        ])
        expect(instance.store.prepare('SELECT source, source_table FROM sys_rollback_context').all()).toEqual([{ source: APP_ID, source_table: 'sys_app' }])
        expect(instance.store.prepare('SELECT sys_scope FROM sys_script_include WHERE sys_id = ?').get(INCLUDE_ID)).toEqual({ sys_scope: APP_ID })
    } finally {
        instance.close()
        lock.release()
    }
})

test('a build the upload would refuse (a record of another application) stops npm start with the reason, and installs nothing', () => {
    writeBuild(appBuildFiles({}, includeXml(OTHER_APP_ID)))
    const db = path.join(dir, 'local.db')
    expect(() => openInstance({ db, reset: true, demo: false })).toThrow(
        `Invalid application package, nothing was installed: 1 record(s) belong to another application\n  update/sys_script_include_${INCLUDE_ID}.xml: sys_script_include ${INCLUDE_ID} belongs to application ${OTHER_APP_ID}, not x_upl_demo`,
    )
    // The lock was released and the database holds no part of the app.
    writeBuild(appBuildFiles())
    const { instance, lock } = openInstance({ db, reset: false, demo: false })
    try {
        expect((instance.store.prepare('SELECT state FROM sys_execution_tracker').all() as Array<{ state: number }>).map((r) => r.state).sort()).toEqual([2, 3])
    } finally {
        instance.close()
        lock.release()
    }
})
