import { checkScript, type ScriptKind } from '../../src/local/scripts/es2021-check'
import { CHECKED_FEATURES, SUPPORTED_FEATURES, type FeatureId } from '../../src/local/scripts/es2021-rules'

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

    test('an empty script and a comment-only script pass', () => {
        expect(checkScript('', 'script')).toEqual({ uses: [] })
        expect(checkScript('// nothing\n/* here */', 'module')).toEqual({ uses: [] })
    })
})
