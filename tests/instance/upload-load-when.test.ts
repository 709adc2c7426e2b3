import { installBuildOutput } from '../../src/local/cicd-upload/pack'
import type { Instance } from '../../src/local/instance'
import { builtAppDir, freshInstance } from '../support/instance'

/*
 * What `npm start` installs, through the app upload path `now-sdk install` uses: the build's first-install
 * data ("New Install: includes application data only when the application is installed", the build's
 * unload/ folder) and, with load_demo, its demo data ("New Install with Demo Data", unload.demo/) (Create
 * application files to include sample data; SDK record-api: "'first install' -> 'unload', 'demo' ->
 * 'unload.demo'").
 */
let instance: Instance
afterEach(() => instance?.close())

const count = (table: string) => (instance.store.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n

test('an uploaded first install loads the first-install data, and the demo data with load_demo', () => {
    instance = freshInstance()
    installBuildOutput(instance, builtAppDir(), true)
    expect(count('x_psm_persona_persona')).toBe(5)
    expect(count('x_psm_persona_scoring_rule')).toBeGreaterThanOrEqual(5)
    expect(count('x_psm_persona_offering')).toBeGreaterThan(0)
})

test('without load_demo the first-install data loads and the demo data does not', () => {
    instance = freshInstance()
    installBuildOutput(instance, builtAppDir(), false)
    expect(count('x_psm_persona_persona')).toBe(5)
    expect(count('x_psm_persona_offering')).toBe(0)
})
