import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { BuildRecord } from '../../src/local/install/read-build'
import { readBuild } from '../../src/local/install/read-build'
import { beforeRuleUpdate } from '../../tools/checks/before-rules'
import { es2021Engine } from '../../tools/checks/es2021'
import { runChecks } from '../../tools/checks/checks'
import { eventsRegistered, notificationEvents, queuedEvents } from '../../tools/checks/events'
import { personaCriteria } from '../../tools/checks/personas'
import { scriptReferences } from '../../tools/checks/references'
import { ServerSources } from '../../tools/checks/server-sources'
import type { CheckInput } from '../../tools/checks/types'
import { userCriteriaSession } from '../../tools/checks/user-criteria'
import { builtAppDir } from '../support/instance'

/**
 * The platform rules of `npm run lint` (tools/checks): each on a tiny fixture that breaks it (it
 * must report precisely) and one that keeps it (it must stay quiet), then on the real build.
 */

const ROOT = path.resolve(__dirname, '../..')
const MODULE_ROOT = 'x_psm_persona/persona-service-management/0.1.0'

let counter = 0
function rec(table: string, fields: Record<string, string>, sysId?: string): BuildRecord {
    counter++
    const id = sysId ?? counter.toString(16).padStart(32, '0')
    return { table, action: 'INSERT_OR_UPDATE', sysId: id, fields, displayValues: {}, attributes: {}, file: `update/${table}_${id}.xml` }
}

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

/** A project whose src/server holds exactly these files. */
function sources(files: Record<string, string> = {}): ServerSources {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-rules-'))
    dirs.push(dir)
    for (const [name, text] of Object.entries(files)) {
        const file = path.join(dir, 'src/server', name)
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, text)
    }
    return new ServerSources(dir)
}

const input = (records: BuildRecord[], src: ServerSources = sources()): CheckInput => ({ records, sources: src })

/** What the SDK writes for a business rule whose script is a module function. */
const moduleScript = (fn: string, file: string) =>
    `// @fluent-module ${fn};false;${MODULE_ROOT}/src/server/${file}\n// WARNING: generated\nconst { ${fn} } = require('${MODULE_ROOT}/src/server/${file}');\n${fn}(current, previous);`

describe('user-criteria-session: criteria scripts never ask who is logged in', () => {
    it('reports gs.getUserID() in a criterion script, with the record and line', () => {
        const uc = rec('user_criteria', { name: 'Persona: Bad', advanced: 'true', script: "// who?\nanswer = gs.getUserID() == user_id;" })
        const found = userCriteriaSession(input([uc]))
        expect(found).toHaveLength(1)
        expect(found[0].where).toBe(`user_criteria 'Persona: Bad' (${uc.file}) script line 2`)
        expect(found[0].message).toMatch(/calls gs\.getUserID\(\), which answers for the session user.*use user_id/)
    })

    it('follows the script include a criterion calls, and the module that include requires', () => {
        const uc = rec('user_criteria', { name: 'Persona: Indirect', advanced: 'true', script: 'answer = new x_psm_persona.Helper().ok(user_id);' })
        const include = rec('sys_script_include', {
            name: 'Helper',
            api_name: 'x_psm_persona.Helper',
            script: `var Helper = Class.create();\nHelper.prototype = { ok: function (u) { var m = require('${MODULE_ROOT}/src/server/a.ts'); return gs.hasRole('itil') && m.ok(u); } };`,
        })
        const modA = rec('sys_module', { path: `${MODULE_ROOT}/src/server/a.ts`, content: "import { who } from './b.ts';\nexport function ok(u) { return !!u && who(); }" })
        const modB = rec('sys_module', { path: `${MODULE_ROOT}/src/server/b.ts`, content: "import { gs } from '@servicenow/glide';\nexport function who() {\n  return gs.getUser();\n}" })
        const found = userCriteriaSession(input([uc, include, modA, modB]))
        expect(found.map((v) => v.where)).toEqual([`sys_script_include 'Helper' (${include.file}) line 2`, `sys_module ${MODULE_ROOT}/src/server/b.ts line 3`])
        expect(found[0].message).toMatch(/^used by user_criteria 'Persona: Indirect'.* calls gs\.hasRole\(\)/)
        expect(found[1].message).toMatch(/calls gs\.getUser\(\)/)
    })

    it('checks the criterion scripts src/server writes at run time', () => {
        const src = sources({
            'texts.ts': "const INCLUDE = 'x_psm_persona.Helper'\nexport function scriptFor(id: string): string {\n  return `answer = gs.getUserID() == '${id}' && new ${INCLUDE}().ok();`\n}\n",
            'make.ts':
                "import { GlideRecord } from '@servicenow/glide'\nimport { scriptFor } from './texts.ts'\nexport function make(id: string) {\n  const uc = new GlideRecord('user_criteria')\n  uc.setValue('script', scriptFor(id))\n  uc.insert()\n}\n",
        })
        const found = userCriteriaSession(input([], src))
        expect(found).toHaveLength(1)
        expect(found[0].where).toBe('criterion script written at src/server/make.ts:5 line 1')
    })

    it('is quiet for a criterion that reads user_id only, and for a commented-out call', () => {
        const uc = rec('user_criteria', { name: 'Persona: Good', advanced: 'true', script: "// not gs.getUserID(): the session user\nanswer = new x_psm_persona.Good().matches(user_id, 'abc');" })
        const include = rec('sys_script_include', { name: 'Good', api_name: 'x_psm_persona.Good', script: 'var Good = Class.create(); Good.prototype = { matches: function (u, p) { var g = new GlideRecord("sys_user"); return g.get(u); } };' })
        expect(userCriteriaSession(input([uc, include]))).toEqual([])
    })
})

describe('before-rule-update: no current.update() in a before rule', () => {
    const rule = (when: string, script: string) => rec('sys_script', { name: `A ${when} rule`, collection: 'x_psm_persona_profile', when, script })

    it('follows the module function into the helper that updates the record it was given', () => {
        const src = sources({
            'rule.ts': "import { touch } from './touch.ts'\nexport function onSave(current: unknown, previous: unknown) {\n  const record = current\n  touch(1, record)\n}\n",
            'touch.ts': "export function touch(n: number, gr: { update(): void }) {\n  if (n) gr.update()\n}\n",
        })
        const r = rule('before', moduleScript('onSave', 'rule.ts'))
        const found = beforeRuleUpdate(input([r], src))
        expect(found).toHaveLength(1)
        expect(found[0].where).toBe(`sys_script 'A before rule' (${r.file}) on x_psm_persona_profile, src/server/touch.ts:2 (onSave → touch)`)
        expect(found[0].message).toMatch(/calls current\.update\(\) in a before rule/)
    })

    it('reports an inline before script, but not an after rule or an update of another record', () => {
        const src = sources({
            'rule.ts': "export function onSave(current: unknown, previous: unknown) {\n  const other = { update() {} }\n  other.update()\n}\n",
        })
        const inline = rule('before', "current.setValue('a', 1);\ncurrent.update();")
        const after = rule('after', 'current.update();')
        const other = rule('before', moduleScript('onSave', 'rule.ts'))
        const found = beforeRuleUpdate(input([inline, after, other], src))
        expect(found.map((v) => v.where)).toEqual([`sys_script 'A before rule' (${inline.file}) on x_psm_persona_profile, script line 2`])
    })

    it('reports a before rule whose module function is not in the sources', () => {
        const r = rule('before', moduleScript('gone', 'missing.ts'))
        expect(beforeRuleUpdate(input([r]))[0].message).toMatch(/runs gone from .*missing\.ts, which is not an exported function of src\/server/)
    })
})

describe('event-registered: every event the app queues is registered', () => {
    const registered = rec('sysevent_register', { event_name: 'x_psm_persona.known' })

    it('resolves constants and as-const maps, and reports the unregistered name where it is queued', () => {
        const src = sources({
            'names.ts': "export const EVENTS = { known: 'x_psm_persona.known', lost: 'x_psm_persona.lost' } as const\nexport type Key = keyof typeof EVENTS\n",
            'queue.ts':
                "import { gs } from '@servicenow/glide'\nimport { EVENTS, type Key } from './names.ts'\nexport function fire(r: unknown, key: Key) {\n  gs.eventQueue(EVENTS.known, r)\n  gs.eventQueue(EVENTS[key], r)\n}\n",
        })
        const found = eventsRegistered(input([registered], src))
        expect(found).toHaveLength(1)
        expect(found[0].where).toBe('src/server/queue.ts:5')
        expect(found[0].message).toMatch(/queues event 'x_psm_persona\.lost', which no sysevent_register record in the build registers/)
    })

    it('reports an event name it cannot resolve, and literal names in text scripts', () => {
        const src = sources({ 'queue.ts': "import { gs } from '@servicenow/glide'\nexport function fire(r: unknown, name: string) {\n  gs.eventQueue(name, r)\n}\n" })
        const include = rec('sys_script_include', { name: 'Fires', script: "gs.eventQueue('x_psm_persona.known', current);\ngs.eventQueue(\"x_psm_persona.typo\", current);" })
        const found = eventsRegistered(input([registered, include], src))
        expect(found.map((v) => v.where)).toEqual(['src/server/queue.ts:3', `sys_script_include 'Fires' (${include.file}) script line 2`])
        expect(found[0].message).toMatch(/the event name is not a string constant/)
        expect(found[1].message).toMatch(/'x_psm_persona\.typo'/)
    })
})

describe('notification-event: every notification fires on a registered event', () => {
    it('reports a notification whose event is not registered, and one without an event', () => {
        const ok = rec('sysevent_email_action', { name: 'Fine', generation_type: 'event', event_name: 'x_psm_persona.known' })
        const lost = rec('sysevent_email_action', { name: 'Lost', generation_type: 'event', event_name: 'x_psm_persona.nowhere' })
        const empty = rec('sysevent_email_action', { name: 'Empty', generation_type: 'event', event_name: '' })
        const onInsert = rec('sysevent_email_action', { name: 'On insert', generation_type: 'engine', event_name: '' })
        const found = notificationEvents(input([rec('sysevent_register', { event_name: 'x_psm_persona.known' }), ok, lost, empty, onInsert]))
        expect(found.map((v) => v.where)).toEqual([`sysevent_email_action 'Lost' (${lost.file})`, `sysevent_email_action 'Empty' (${empty.file})`])
        expect(found[0].message).toBe("fires on event 'x_psm_persona.nowhere', which no sysevent_register record in the build registers: it can never fire.")
    })
})

describe('persona-criteria: every persona has its criteria', () => {
    it('reports a persona without criteria, with a criterion the build lacks, and with another persona\'s criterion', () => {
        const pA = 'a'.repeat(32)
        const ucA = rec('user_criteria', { name: 'Persona: A', advanced: 'true', active: 'true', script: `answer = new x_psm_persona.PersonaCriteria().matches(user_id, '${pA}');` })
        const good = rec('x_psm_persona_persona', { name: 'A', user_criteria: ucA.sysId }, pA)
        const none = rec('x_psm_persona_persona', { name: 'B', user_criteria: '' })
        const missing = rec('x_psm_persona_persona', { name: 'C', user_criteria: 'f'.repeat(32) })
        const borrowed = rec('x_psm_persona_persona', { name: 'D', user_criteria: ucA.sysId })
        const found = personaCriteria(input([ucA, good, none, missing, borrowed]))
        expect(found.map((v) => [v.where, v.message])).toEqual([
            [`x_psm_persona_persona 'B' (${none.file})`, 'has no user_criteria: nothing grants its catalog offerings to its users.'],
            [`x_psm_persona_persona 'C' (${missing.file})`, `its user_criteria ${'f'.repeat(32)} is not a user_criteria record of the build.`],
            [`x_psm_persona_persona 'D' (${borrowed.file})`, expect.stringMatching(/its user_criteria 'Persona: A' is scripted but its script does not name this persona's sys_id/)],
        ])
    })
})

describe('script-references: requires and mail scripts in text resolve to what the build ships', () => {
    it('reports a require of a module path with a stale version, naming the path the build has', () => {
        const mod = rec('sys_module', { path: `x_psm_persona/persona-service-management/0.2.0/src/server/portal/w.ts`, content: 'export function f() {}' })
        const widget = rec('sp_widget', { name: 'W', script: "(function () {\n  var w = require('x_psm_persona/persona-service-management/0.1.0/src/server/portal/w.ts');\n})();" })
        const fine = rec('sys_script_email', { name: 'ok_script', script: "require('x_psm_persona/persona-service-management/0.2.0/src/server/portal/w.ts');" })
        const found = scriptReferences(input([mod, widget, fine]))
        expect(found).toHaveLength(1)
        expect(found[0].where).toBe(`sp_widget 'W' (${widget.file}) script line 2`)
        expect(found[0].message).toContain("the build has 'x_psm_persona/persona-service-management/0.2.0/src/server/portal/w.ts'")
    })

    it('reports a notification whose ${mail_script:…} the build does not ship', () => {
        const script = rec('sys_script_email', { name: 'x_psm_persona_here', script: 'template.print("x");' })
        const ok = rec('sysevent_email_action', { name: 'Ok', message_html: '${mail_script:x_psm_persona_here}' })
        const bad = rec('sysevent_email_action', { name: 'Bad', message_html: '<p>${mail_script:x_psm_persona_gone}</p>' })
        const found = scriptReferences(input([script, ok, bad]))
        expect(found.map((v) => v.where)).toEqual([`sysevent_email_action 'Bad' (${bad.file}) message_html`])
    })
})

describe('es2021-engine: scripts and modules use only what the ES12 engine mode runs (same check as the installer)', () => {
    it('reports a module subclassing Error and an async class method in a script, with record, field and line', () => {
        const mod = rec('sys_module', { path: `${MODULE_ROOT}/src/server/api.ts`, content: "import { gs } from '@servicenow/glide';\nclass BadRequest extends Error {}\nexport const x = gs" })
        const rule = rec('sys_script', { name: 'Loader', script: 'class L {\n  async load() {}\n}' })
        const found = es2021Engine(input([mod, rule]))
        expect(found.map((v) => [v.where, v.message])).toEqual([
            [`sys_module '${MODULE_ROOT}/src/server/api.ts' (sys_id ${mod.sysId}) content (${mod.file})`, 'line 2, column 26: subclassing a builtin (Disallowed in ECMAScript 2021 (ES12) mode)'],
            [`sys_script 'Loader' (sys_id ${rule.sysId}) script (${rule.file})`, 'line 2, column 3: async methods in classes (Disallowed in ECMAScript 2021 (ES12) mode)'],
        ])
    })

    it('stays quiet on modern syntax the mode supports, data modules and client scripts', () => {
        const mod = rec('sys_module', { path: `${MODULE_ROOT}/src/server/ok.ts`, content: 'export const f = async (a) => a?.b ?? (await Promise.any([a]))' })
        const data = rec('sys_module', { path: `${MODULE_ROOT}/package.json`, content: '{"name": "x"}' })
        const widget = rec('sp_widget', { name: 'W', script: 'data.ok = true', client_script: 'api.controller = function () { class E extends Error {} }' })
        expect(es2021Engine(input([mod, data, widget]))).toEqual([])
    })
})

describe('the real build and src/server', () => {
    it('keep every platform rule', () => {
        const violations = runChecks({ records: readBuild(builtAppDir()), sources: new ServerSources(ROOT) })
        expect(violations.map((v) => `${v.check}: ${v.where}: ${v.message}`)).toEqual([])
    })

    it('are really checked: the app queues its events and ships notifications, personas and before rules', () => {
        const records = readBuild(builtAppDir())
        const count = (t: string) => records.filter((r) => r.table === t).length
        expect(count('sysevent_register')).toBeGreaterThan(5)
        expect(count('sysevent_email_action')).toBeGreaterThan(5)
        expect(count('x_psm_persona_persona')).toBe(5)
        expect(records.filter((r) => r.table === 'sys_script' && r.fields.when === 'before').length).toBeGreaterThan(2)
        const { events, unresolved } = queuedEvents({ records, sources: new ServerSources(ROOT) })
        expect(unresolved).toEqual([])
        expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['x_psm_persona.persona.changed', 'x_psm_persona.change.approval_requested', 'x_psm_persona.change.authorize']))
    })
})
