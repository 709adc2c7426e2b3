import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { GlideRecord } from '../../src/local/glide'
import { InstallError } from '../../src/local/install/installer'
import { readBuild } from '../../src/local/install/read-build'
import type { Instance } from '../../src/local/instance'
import { checkScript, type ScriptKind } from '../../src/local/scripts/es2021-check'
import { checkRecords, CLIENT_SCRIPT_FIELDS, describeScriptProblem, SERVER_SCRIPT_FIELDS } from '../../src/local/scripts/es2021-records'
import { CHECKED_FEATURES, SUPPORTED_FEATURES, type FeatureId } from '../../src/local/scripts/es2021-rules'
import { builtAppDir, freshInstance, installedInstance } from '../support/instance'

/*
 * The server-side engine's ECMAScript 2021 (ES12) mode, checked at install. Sources, quoted per
 * feature in src/local/scripts/es2021-rules.ts: the SDK guide (`npx now-sdk explain
 * javascript-compatibility-guide`, "Caveats / Not Fully Supported") and the product documentation
 * "JavaScript engine feature support": "Disallowed features result in an error."
 */

/** One script per refused feature; the feature sits on line 2 (line 1 is a harmless statement). */
const REFUSED: ReadonlyArray<[FeatureId, string, ScriptKind?]> = [
    ['async-class-method', 'const ok = 1\nclass Loader { async load() { return 1 } }'],
    ['async-generator', 'const ok = 1\nasync function* pages() { yield 1 }'],
    ['for-await-of', 'const ok = 1\nasync function f(items) { for await (const x of items) { x } }'],
    ['weakref', 'const ok = 1\nconst ref = new WeakRef({})'],
    ['weakref', 'const ok = 1\nconst reg = new FinalizationRegistry(() => {})'],
    ['shared-memory', 'const ok = 1\nconst buf = new SharedArrayBuffer(8)'],
    ['shared-memory', 'const ok = 1\nAtomics.add(new Int32Array(4), 0, 1)'],
    ['function-constructor', "const ok = 1\nconst add = new Function('a', 'b', 'return a + b')"],
    ['function-constructor', "const ok = 1\nconst add = Function('return 1')"],
    ['reflect', "const ok = 1\nReflect.get({ a: 1 }, 'a')"],
    ['generator-prototype-method', 'function* g() { yield 1 }\nconst it = g(); it.return(5)'],
    ['generator-prototype-method', "function* g() { yield 1 }\nconst it = g(); it.throw(new Error('x'))"],
    ['yield-precedence', 'const ok = 1\nfunction* g() { yield 5, yield 6 }'],
    ['generator-constructor', 'function* g() { yield 1 }\nconst x = new g()'],
    ['generator-instance-iteration', 'function* g() { yield 1 }\nconst all = [...g()]'],
    ['generator-instance-iteration', 'function* g() { yield 1 }\nfor (const x of g()) { x }'],
    ['generator-instance-iteration', 'function* g() { yield 1 }\nconst [first] = g()'],
    ['builtin-subclass', 'const ok = 1\nclass BadRequest extends Error {}'],
    ['builtin-subclass', 'const ok = 1\nclass Stack extends Array {}'],
    ['builtin-subclass', 'const ok = 1\nconst P = class extends Promise {}'],
    ['builtin-subclass', 'const ok = 1\nclass NotFound extends TypeError {}'],
    ['builtin-subclass', 'const ok = 1\nclass Index extends Map {}'],
    ['private-instance-member', 'class Counter {\n  #count = 0\n}'],
    ['private-instance-member', 'class Counter {\n  #bump() { return 1 }\n}'],
    ['private-instance-member', 'class Counter {\n  get #value() { return 1 }\n}'],
    ['private-brand-check', 'class C { static #x = 1; static has(o) {\n  return #x in o } }'],
    ['regexp-match-indices', "const ok = 1\nconst m = /a+/d.exec('aa')"],
    ['regexp-match-indices', "const ok = 1\nconst r = new RegExp('a+', 'd')"],
    ['temporal-dead-zone', 'const ok = 1\nlimit + 1\nconst limit = 5'],
    ['temporal-dead-zone', 'const ok = 1\nconst total = total + 1'],
    ['temporal-dead-zone', 'const ok = 1\nclass C { [C.name]() {} }'],
    ['line-separator-in-string', "const ok = 1\nconst s = 'a\u2028b'"],
    ['line-separator-in-string', "const ok = 1\nconst s = 'a\u2029b'"],
    ['template-literal-revision', 'const tag = (s) => s\nconst t = tag`\\unicode`'],
    ['template-line-break-normalization', 'const ok = 1\nconst t = `a\r\nb`'],
    ['labeled-function', 'const ok = 1\nouter: function f() {}'],
    ['function-in-if', 'const ok = 1\nif (ok) function f() {}'],
    ['proto-literal-forms', "const ok = 1\nconst o = { ['__proto__']: {} }"],
    ['proto-literal-forms', 'const __proto__ = {}\nconst o = { __proto__ }'],
    ['proto-literal-forms', 'const ok = 1\nconst o = { __proto__() {} }'],
    ['proto-accessor', 'const ok = 1\nconst p = ({}).__proto__'],
    ['proto-accessor', "const o = {}\no['__proto__'] = null"],
    ['regexp-annex-b', "const ok = 1\nconst r = /\\z/.test('z')"],
    ['regexp-annex-b', 'const ok = 1\nconst r = /a{1/'],
    ['regexp-annex-b', 'const ok = 1\nconst r = /\\041/'],
    ['regexp-annex-b', 'const ok = 1\nconst r = /[\\w-_]/'],
    ['regexp-annex-b', "const ok = 1\nconst r = new RegExp('\\\\c2')"],
    ['object-static-on-primitive', "const ok = 1\nObject.keys('abc')"],
    ['object-static-on-primitive', 'const ok = 1\nObject.getPrototypeOf(1)'],
    ['symbol-species-override', 'class A {\n  static get [Symbol.species]() { return Object } }'],
    ['optional-catch-await-yield', 'async function f() { try { await Promise.reject(1) }\n  catch { return 0 } }'],
    ['bigint-64-arrays', 'const ok = 1\nconst a = new BigInt64Array(2)'],
    ['bigint-64-arrays', 'const ok = 1\nnew DataView(new ArrayBuffer(8)).getBigInt64(0)'],
    ['unicode-escape-identifier', 'const ok = 1\nconst \\u{61}bc = 1'],
    ['new-target-in-function', 'const ok = 1\nfunction Ctor() { return new.target }'],
    ['array-includes-generic', "const ok = 1\nArray.prototype.includes.call({ length: 1, 0: 'a' }, 'a')"],
]

describe('each disallowed or not-supported feature is refused with its name and line', () => {
    test.each(REFUSED)('%s: %j', (id, source, kind = 'script') => {
        const result = checkScript(source, kind)
        expect(result.parseError).toBeUndefined()
        expect(result.uses.map((u) => [u.feature.id, u.feature.name, u.line])).toEqual([[id, CHECKED_FEATURES[id].name, 2]])
    })

    test('every feature of the table has a refusal test', () => {
        expect(new Set(REFUSED.map(([id]) => id))).toEqual(new Set(Object.keys(CHECKED_FEATURES)))
    })

    test('the column is the feature\'s own, 1-based', () => {
        const [use] = checkScript('const x = 1; const y = new WeakRef(x)', 'script').uses
        expect([use.line, use.column]).toEqual([1, 28])
    })

    test('module code is checked with the module grammar (sys_module content as the SDK emits it)', () => {
        const source = "import { gs } from '@servicenow/glide';\nexport class Problem extends Error {}\nexport function f() { return gs }"
        expect(checkScript(source, 'module').uses.map((u) => [u.feature.id, u.line])).toEqual([['builtin-subclass', 2]])
        // A script (not a module) cannot import; the engine runs it as a function body, so a top-level return is fine.
        expect(checkScript(source, 'script').parseError?.message).toMatch(/'import' and 'export' may appear only with 'sourceType: module'/)
        expect(checkScript('if (!current) return;\ncurrent.update()', 'script')).toEqual({ uses: [] })
    })

    test('several uses are all reported, in order', () => {
        const result = checkScript('const r = Reflect.ownKeys({})\nclass E extends Error {}\nclass C { async m() {} }', 'script')
        expect(result.uses.map((u) => [u.feature.id, u.line])).toEqual([['reflect', 1], ['builtin-subclass', 2], ['async-class-method', 3]])
    })
})

describe('supported features are accepted', () => {
    test.each(SUPPORTED_FEATURES.map((f) => [f.name, f.example]))('%s', (_name, example) => {
        expect(checkScript(example, 'script')).toEqual({ uses: [] })
    })

    test("a script's own binding named like a builtin is not the builtin", () => {
        expect(checkScript('const Reflect = { get: () => 1 }; Reflect.get()\nclass Error {} class E extends Error {}', 'script')).toEqual({ uses: [] })
    })

    test('a dead-zone name used later, or in a function called later, is fine', () => {
        expect(checkScript('const a = 1\nfunction f() { return b }\nconst b = a + 1\nf()\nfor (const x of [a]) { x }', 'script')).toEqual({ uses: [] })
        expect(checkScript('class C { static self = C; m() { return C } static { C.ready = true } }', 'script')).toEqual({ uses: [] })
    })

    test('new.target in a class constructor is supported', () => {
        expect(checkScript('class A { constructor() { const t = () => new.target; this.t = t() } }', 'script')).toEqual({ uses: [] })
    })
})

describe('bad input', () => {
    test('an unparseable script is refused with the parser\'s line and column', () => {
        const result = checkScript('const a = 1\nconst b = (\n', 'script')
        expect(result.uses).toEqual([])
        expect(result.parseError).toEqual({ message: 'Unexpected token', line: 3, column: 1 })
    })

    test('a script nested too deeply for the parser is refused, not crashed on', () => {
        const deep = `var x = ${'('.repeat(20000)}1${')'.repeat(20000)}`
        const result = checkScript(deep, 'script')
        expect(result.uses).toEqual([])
        expect(result.parseError?.message).toMatch(/stack/)
        expect(result.parseError?.line).toBe(1)
    })

    test('an empty script and a comment-only script pass', () => {
        expect(checkScript('', 'script')).toEqual({ uses: [] })
        expect(checkScript('// nothing\n/* here */', 'module')).toEqual({ uses: [] })
    })
})

describe('at install', () => {
    let instance: Instance | undefined
    let dir = ''
    afterEach(() => {
        instance?.close()
        instance = undefined
        if (dir) fs.rmSync(dir, { recursive: true, force: true })
        dir = ''
    })

    /** A copy of the real build with one more file in update/. */
    function appWith(file: string, xml: string): string {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-es12-'))
        fs.cpSync(builtAppDir(), dir, { recursive: true })
        fs.writeFileSync(path.join(dir, 'update', file), xml)
        return dir
    }

    function businessRule(sysId: string, name: string, script: string): string {
        return `<?xml version="1.0"?><record_update table="sys_script"><sys_script action="INSERT_OR_UPDATE"><sys_id>${sysId}</sys_id><name>${name}</name><collection>sys_user</collection><when>before</when><active>true</active><action_insert>true</action_insert><script><![CDATA[${script}]]></script></sys_script></record_update>`
    }

    function counts(): number[] {
        return ['sys_db_object', 'sys_script', 'sys_module', 'sys_dictionary'].map((t) => new GlideRecord(t).getRowCount())
    }

    test('the app as built uses no refused feature (its modules are checked exactly as the SDK emits them)', () => {
        const problems = checkRecords(readBuild(builtAppDir()))
        expect(problems.map(describeScriptProblem)).toEqual([])
    })

    test('a business rule with a disallowed feature refuses the whole install, naming file, record, line and feature; nothing is written', () => {
        instance = freshInstance()
        const before = counts()
        const app = appWith('zz_bad_rule.xml', businessRule('0123456789abcdef0123456789abcd01', 'Bad rule', "(function executeRule(current) {\n  var ok = true\n  class Problem extends Error {}\n})(current)"))
        let error: unknown
        try {
            instance.install(app)
        } catch (e) {
            error = e
        }
        expect(error).toBeInstanceOf(InstallError)
        expect((error as InstallError).problems).toEqual([
            "update/zz_bad_rule.xml: sys_script 'Bad rule' (sys_id 0123456789abcdef0123456789abcd01) script, line 3, column 25: subclassing a builtin (Disallowed in ECMAScript 2021 (ES12) mode)",
        ])
        expect(counts()).toEqual(before)
        expect(instance.store.schema.has('x_psm_persona_persona')).toBe(false)
    })

    test('a module with a not-supported feature is refused naming the sys_module path and the line of its installed content', () => {
        instance = freshInstance()
        const source = readBuild(builtAppDir()).find((r) => r.table === 'sys_module' && r.fields.path.endsWith('/xla/time.ts'))
        expect(source).toBeDefined()
        const moduleFile = path.join(builtAppDir(), source!.file)
        const xml = fs.readFileSync(moduleFile, 'utf8').replace('<content><![CDATA[', '<content><![CDATA[export class Clock {\n    #now = 0\n}\n')
        const app = appWith('placeholder.xml', '')
        fs.rmSync(path.join(app, 'update', 'placeholder.xml'))
        fs.writeFileSync(path.join(app, source!.file), xml)
        expect(() => instance!.install(app)).toThrow(
            new RegExp(`${source!.file}: sys_module '${source!.fields.path.replace(/[.]/g, '\\.')}' \\(sys_id ${source!.sysId}\\) content, line 2, column 5: private instance class fields/methods \\(Not Supported in ECMAScript 2021 \\(ES12\\) mode\\)`),
        )
        expect(new GlideRecord('sys_module').getRowCount()).toBe(0)
    })

    test('re-installing with a refused script leaves the installed app as it was', () => {
        instance = installedInstance()
        const before = counts()
        const app = appWith('zz_bad_rule.xml', businessRule('0123456789abcdef0123456789abcd02', 'Weak cache', 'var cache = new WeakRef({})'))
        expect(() => instance!.install(app)).toThrow(/zz_bad_rule\.xml: sys_script 'Weak cache' .* line 1, column 17: WeakRef \/ FinalizationRegistry \(Disallowed/)
        expect(counts()).toEqual(before)
        expect(new GlideRecord('sys_script').get('0123456789abcdef0123456789abcd02')).toBe(false)
    })

    test('an unparseable script is refused with the parser\'s line and column', () => {
        instance = freshInstance()
        // The base system's own rules (approval events, the change state model) are there before any install.
        const base = new GlideRecord('sys_script').getRowCount()
        const app = appWith('zz_broken_rule.xml', businessRule('0123456789abcdef0123456789abcd03', 'Broken', 'var a = 1\nif (a {\n}'))
        expect(() => instance!.install(app)).toThrow("update/zz_broken_rule.xml: sys_script 'Broken' (sys_id 0123456789abcdef0123456789abcd03) script, line 2, column 7: not JavaScript: Unexpected token")
        expect(new GlideRecord('sys_script').getRowCount()).toBe(base)
    })

    test('every script column of the base tables is either checked (server) or known to run in the browser', () => {
        instance = freshInstance()
        const unknown: string[] = []
        for (const table of instance.store.schema.all()) {
            const name = table.name
            for (const [column, info] of table.columns) {
                if (!/^script/.test(info.type)) continue
                const checked = (SERVER_SCRIPT_FIELDS[name] ?? []).some((f) => f.field === column) || (CLIENT_SCRIPT_FIELDS[name] ?? []).includes(column)
                if (!checked) unknown.push(`${name}.${column}`)
            }
        }
        expect(unknown).toEqual([])
    })
})

describe('when a script saved after install runs', () => {
    let instance: Instance | undefined
    afterEach(() => {
        instance?.close()
        instance = undefined
    })

    /** A before-insert rule on sys_user_group, saved as an admin would save it after install. */
    function beforeInsertRule(name: string, script: string): void {
        const rule = new GlideRecord('sys_script')
        rule.initialize()
        for (const [k, v] of Object.entries({ name, collection: 'sys_user_group', when: 'before', active: true, action_insert: true, order: 100, script })) rule.setValue(k, v)
        rule.setWorkflow(false)
        expect(rule.insert()).toBeTruthy()
    }

    function insertGroup(): string | null {
        const group = new GlideRecord('sys_user_group')
        group.initialize()
        group.setValue('name', 'Runs the rule')
        return group.insert()
    }

    // "Disallowed features result in an error" (JavaScript engine feature support): the engine refuses the
    // script when it runs it, however it was saved; the record operation that ran the rule fails.
    test('a business rule written through GlideRecord with a disallowed feature fails when it runs, naming the feature and line', () => {
        instance = freshInstance()
        beforeInsertRule('Subclasses Error', "var ok = 1;\nclass Problem extends Error {}\ncurrent.description = 'ran';")
        expect(() => insertGroup()).toThrow(/line 2, column 23: subclassing a builtin \(Disallowed in ECMAScript 2021 \(ES12\) mode\)/)
        const written = new GlideRecord('sys_user_group')
        written.addQuery('name', 'Runs the rule')
        written.query()
        expect(written.next() && written.getValue('description')).not.toBe('ran')
    })

    test('the same rule without the feature runs', () => {
        instance = freshInstance()
        beforeInsertRule('Plain class', "var ok = 1;\nclass Problem { constructor(m) { this.m = m } }\ncurrent.description = new Problem('ran').m;")
        const id = insertGroup()
        const written = new GlideRecord('sys_user_group')
        expect(written.get(id as string) && written.getValue('description')).toBe('ran')
    })
})
