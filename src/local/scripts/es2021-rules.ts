/*
 * The server-side JavaScript engine's ECMAScript 2021 (ES12) mode, as a table: each feature with its
 * status in that mode and the document that says so. es2021-check.ts finds the features a script
 * uses and refuses the ones that are not Supported.
 *
 * Sources (quoted in `source` below):
 *  - GUIDE: the SDK's own reference, `npx now-sdk explain javascript-compatibility-guide` (SDK 4.9.0),
 *    "Caveats / Not Fully Supported": "The following features have limitations or are explicitly disallowed".
 *  - MATRIX: the product documentation "JavaScript engine feature support" (Zurich), the per-feature
 *    matrix the guide points to, with its definitions: "Supported: The feature has been tested and
 *    validated. Not Supported: The feature has not been validated in the current release. Disallowed:
 *    The feature does not align with the ServiceNow AI Platform programming model or poses a security
 *    or performance risk. Disallowed features result in an error."
 *
 * Which release: the guide shipped with SDK 4.9.0 agrees with the Zurich matrix (Promise, async
 * functions, Proxy, typed arrays, WeakMap, globalThis and BigInt Supported); the Yokohama matrix marks
 * those Disallowed or Not Supported. Zurich is the reference here. A feature is refused when the
 * guide's Caveats or a specific ES12-mode row of the matrix marks it Disallowed or Not Supported; the
 * guide's broader lines (e.g. "Symbol | Full support including well-known symbols") do not override a
 * specific matrix row (e.g. "Symbol.species, Array.prototype.concat | Disallowed").
 *
 * The matrix's rows are compatibility tests of runtime behaviour; a row is checked here when the
 * feature shows in the script's text (syntax, or a global the script names). The rows that only show
 * at run time are listed with `check: 'runtime'` and the reason; they are not refused at install.
 */

export type FeatureStatus = 'supported' | 'disallowed' | 'not-supported'

/** Ids of the features the checker reports. */
export type FeatureId =
    | 'async-class-method'
    | 'async-generator'
    | 'for-await-of'
    | 'weakref'
    | 'shared-memory'
    | 'function-constructor'
    | 'reflect'
    | 'generator-prototype-method'
    | 'yield-precedence'
    | 'generator-constructor'
    | 'generator-instance-iteration'
    | 'builtin-subclass'
    | 'private-instance-member'
    | 'private-brand-check'
    | 'regexp-match-indices'
    | 'temporal-dead-zone'
    | 'line-separator-in-string'
    | 'template-literal-revision'
    | 'template-line-break-normalization'
    | 'labeled-function'
    | 'function-in-if'
    | 'proto-literal-forms'
    | 'proto-accessor'
    | 'regexp-annex-b'
    | 'object-static-on-primitive'
    | 'symbol-species-override'
    | 'optional-catch-await-yield'
    | 'bigint-64-arrays'
    | 'unicode-escape-identifier'
    | 'new-target-in-function'
    | 'array-includes-generic'

export interface CheckedFeature {
    id: FeatureId
    /** The feature's name as the guide or the matrix writes it; what an error message shows. */
    name: string
    status: Exclude<FeatureStatus, 'supported'>
    /** Where the status comes from, quoted. */
    source: string
}

const GUIDE = 'now-sdk explain javascript-compatibility-guide, Caveats'
const MATRIX = 'JavaScript engine feature support (Zurich), ECMAScript 2021 (ES12) mode column'

/** Every feature the checker refuses, by id. */
export const CHECKED_FEATURES: Readonly<Record<FeatureId, CheckedFeature>> = {
    'async-class-method': { id: 'async-class-method', name: 'async methods in classes', status: 'disallowed', source: `${GUIDE}: "async methods in classes | Disallowed | Use async arrow functions in class methods instead"; ${MATRIX}: "async methods, classes | Disallowed"` },
    'async-generator': { id: 'async-generator', name: 'async generators', status: 'disallowed', source: `${GUIDE}: "async generators / for-await-of | Disallowed"; ${MATRIX}: "async generators | Disallowed"` },
    'for-await-of': { id: 'for-await-of', name: 'for-await-of loops', status: 'disallowed', source: `${GUIDE}: "async generators / for-await-of | Disallowed"; ${MATRIX}: "for-await-of loops | Disallowed"` },
    weakref: { id: 'weakref', name: 'WeakRef / FinalizationRegistry', status: 'disallowed', source: `${GUIDE}: "WeakRef / FinalizationRegistry | Disallowed"; ${MATRIX}: "WeakRef minimal support | Disallowed", "FinalizationRegistry minimal support | Disallowed"` },
    'shared-memory': { id: 'shared-memory', name: 'SharedArrayBuffer / Atomics', status: 'disallowed', source: `${GUIDE}: "SharedArrayBuffer / Atomics | Disallowed"; ${MATRIX}: "SharedArrayBuffer | Disallowed", "Atomics.add | Disallowed" …` },
    'function-constructor': { id: 'function-constructor', name: 'new Function()', status: 'disallowed', source: `${GUIDE}: "new Function() | Disallowed"; ${MATRIX}: "functions created with the Function constructor | Disallowed"` },
    reflect: { id: 'reflect', name: 'Reflect', status: 'disallowed', source: `${GUIDE}: "Reflect | Disallowed | All Reflect methods are disallowed"; ${MATRIX}: "Reflect.get | Disallowed" … "Reflect.construct | Disallowed"` },
    'generator-prototype-method': { id: 'generator-prototype-method', name: 'generator throw()/return() (%GeneratorPrototype% methods)', status: 'disallowed', source: `${GUIDE}: "Generators (advanced) | Disallowed | %GeneratorPrototype% methods … are disallowed"; ${MATRIX}: "%GeneratorPrototype%.throw | Disallowed", "%GeneratorPrototype%.return | Disallowed"` },
    'yield-precedence': { id: 'yield-precedence', name: 'yield operator precedence (yield in a comma expression)', status: 'disallowed', source: `${GUIDE}: "Generators (advanced) | Disallowed | … yield operator precedence … disallowed"; ${MATRIX}: "yield operator precedence | Disallowed"` },
    'generator-constructor': { id: 'generator-constructor', name: 'generators as constructors (new on a generator function)', status: 'disallowed', source: `${GUIDE}: "Generators (advanced) | Disallowed | … shorthand generator constructors are disallowed"; ${MATRIX}: "shorthand generators can't be constructors | Disallowed"` },
    'generator-instance-iteration': { id: 'generator-instance-iteration', name: 'spreading, destructuring or for-of over a generator instance', status: 'disallowed', source: `${MATRIX}: spread "with generator instances, in calls | Disallowed", for..of "with generator instances | Disallowed", destructuring "with generator instances | Disallowed"` },
    'builtin-subclass': { id: 'builtin-subclass', name: 'subclassing a builtin', status: 'disallowed', source: `${GUIDE}: "Subclassable builtins | Disallowed | Array, RegExp, Function, Promise, Error, Map, Set cannot be subclassed"; ${MATRIX}: "Boolean is subclassable | Disallowed", "Number …", "String …", "Error is subclassable | Disallowed", "Map …", "Set …"` },
    'private-instance-member': { id: 'private-instance-member', name: 'private instance class fields/methods', status: 'not-supported', source: `${GUIDE}: "Private instance class fields/methods | Not Supported | Private static fields/methods ARE supported"; ${MATRIX}: "private instance class fields basic support | Not Supported", "private instance methods | Not Supported", "private accessor properties | Not Supported"` },
    'private-brand-check': { id: 'private-brand-check', name: 'ergonomic brand checks for private fields (#x in obj)', status: 'not-supported', source: `${GUIDE}: "Ergonomic brand checks for private fields | Not Supported"; ${MATRIX}: same row` },
    'regexp-match-indices': { id: 'regexp-match-indices', name: 'RegExp match indices (d flag)', status: 'not-supported', source: `${GUIDE}: "RegExp match indices (d flag) | Not Supported"; ${MATRIX}: RegExp Match Indices "constructor supports it | Not Supported", "shows up in flags | Not Supported"` },
    'temporal-dead-zone': { id: 'temporal-dead-zone', name: 'temporal dead zone for let/const (use before the declaration)', status: 'not-supported', source: `${GUIDE}: "Temporal dead zone for let/const | Not Supported"; ${MATRIX}: const and let "temporal dead zone | Not Supported", class "computed names, temporal dead zone | Not Supported"` },
    'line-separator-in-string': { id: 'line-separator-in-string', name: 'line/paragraph separator (U+2028/U+2029) in a string literal', status: 'disallowed', source: `${MATRIX}: JSON superset "Line separator can appear in string literals | Disallowed", "Paragraph separator can appear in string literals | Disallowed"` },
    'template-literal-revision': { id: 'template-literal-revision', name: 'template literal revision (invalid escape in a tagged template)', status: 'disallowed', source: `${MATRIX}: "template literal revision | Disallowed"` },
    'template-line-break-normalization': { id: 'template-line-break-normalization', name: 'template literal line break normalization (CR in a template)', status: 'disallowed', source: `${MATRIX}: template literals "line break normalization | Disallowed"` },
    'labeled-function': { id: 'labeled-function', name: 'labeled function statements', status: 'disallowed', source: `${MATRIX}: "labeled function statements | Disallowed"` },
    'function-in-if': { id: 'function-in-if', name: 'function statements in if-statement clauses', status: 'disallowed', source: `${MATRIX}: "function statements in if-statement clauses | Disallowed"` },
    'proto-literal-forms': { id: 'proto-literal-forms', name: '__proto__ as a computed, shorthand or method property of an object literal', status: 'disallowed', source: `${MATRIX}: __proto__ in object literals "not a computed property | Disallowed", "not a shorthand property | Disallowed", "not a shorthand method | Disallowed"` },
    'proto-accessor': { id: 'proto-accessor', name: 'Object.prototype.__proto__', status: 'disallowed', source: `${MATRIX}: Object.prototype.__proto__ "get prototype | Disallowed", "set prototype | Disallowed"` },
    'regexp-annex-b': { id: 'regexp-annex-b', name: 'RegExp syntax extensions (Annex B: invalid escapes, octal escapes, lone braces, class escapes in ranges)', status: 'disallowed', source: `${MATRIX}: RegExp syntax extensions "hyphens in character sets | Disallowed", "invalid character escapes | Disallowed", "invalid control-character escapes | Disallowed", "invalid Unicode escapes | Disallowed", "invalid hexadecimal escapes | Disallowed", "incomplete patterns and quantifiers | Disallowed", "octal escape sequences | Disallowed", "invalid backreferences become octal escapes | Disallowed"` },
    'object-static-on-primitive': { id: 'object-static-on-primitive', name: 'Object static methods on a primitive', status: 'disallowed', source: `${MATRIX}: Object static methods accept primitives "Object.getPrototypeOf | Disallowed" … "Object.keys | Disallowed"` },
    'symbol-species-override': { id: 'symbol-species-override', name: 'Symbol.species overrides', status: 'disallowed', source: `${MATRIX}: "Symbol.species, Array.prototype.concat | Disallowed" … "Symbol.species, Promise.prototype.then | Disallowed", "%TypedArray%[Symbol.species] | Disallowed"` },
    'optional-catch-await-yield': { id: 'optional-catch-await-yield', name: 'optional catch binding around await or yield', status: 'disallowed', source: `${MATRIX}: optional catch binding "await | Disallowed", "yield | Disallowed"` },
    'bigint-64-arrays': { id: 'bigint-64-arrays', name: 'BigInt64Array / BigUint64Array / DataView getBigInt64', status: 'not-supported', source: `${MATRIX}: BigInt "BigInt64Array | Not Supported", "BigUint64Array | Not Supported", "DataView.prototype.getBigInt64 | Not Supported", "DataView.prototype.getBigUint64 | Not Supported"` },
    'unicode-escape-identifier': { id: 'unicode-escape-identifier', name: 'Unicode code point escapes in identifiers', status: 'not-supported', source: `${MATRIX}: Unicode code point escapes "in identifiers | Not Supported", "in property key definitions | Not Supported", "in property key accesses | Not Supported"` },
    'new-target-in-function': { id: 'new-target-in-function', name: 'new.target outside a class', status: 'not-supported', source: `${MATRIX}: new.target "in constructors | Not Supported", arrow functions "lexical "new.target" binding | Not Supported" (classes: "new.target | Supported")` },
    'array-includes-generic': { id: 'array-includes-generic', name: 'Array.prototype.includes on a non-array', status: 'not-supported', source: `${MATRIX}: "Array.prototype.includes is generic | Not Supported"` },
}

/** A feature the engine supports in ES12 mode: never refused (the acceptance tests run one example of each). */
export interface SupportedFeature {
    name: string
    example: string
    source: string
}

/** The guide's "Supported Syntax Features" and "Supported Built-in Objects", each with the guide's own example. */
export const SUPPORTED_FEATURES: readonly SupportedFeature[] = [
    { name: 'let / const', example: "const name = 'Alice'; let count = 0", source: 'guide, ES6' },
    { name: 'arrow functions', example: 'const add = (a, b) => a + b', source: 'guide, ES6' },
    { name: 'classes', example: 'class Animal { constructor(name) { this.name = name } speak() { return this.name } }', source: 'guide, ES6' },
    { name: 'class extends a class', example: 'class A {} class B extends A { constructor() { super() } }', source: 'matrix: class "extends | Supported"' },
    { name: 'class extends null', example: 'class N extends null {}', source: 'matrix: class "extends null | Supported"' },
    { name: 'template literals', example: 'const name = "x"; const s = `Hello, ${name}!`', source: 'guide, ES6' },
    { name: 'tagged template literals', example: 'const tag = (s) => s.raw[0]; const t = tag`a\\nb`', source: 'matrix: "tagged template literals | Supported"' },
    { name: 'destructuring (objects)', example: "const record = { id: 1, name: 'n' }; const { id, name } = record", source: 'guide, ES6' },
    { name: 'destructuring (arrays)', example: 'const items = [1, 2, 3]; const [first, ...rest] = items', source: 'guide, ES6' },
    { name: 'spread operator', example: 'const defaults = {}; const overrides = {}; const merged = { ...defaults, ...overrides }', source: 'guide, ES6' },
    { name: 'rest parameters', example: 'function sum(...nums) { return nums.reduce((a, b) => a + b, 0) }', source: 'guide, ES6' },
    { name: 'default parameters', example: "function greet(name = 'World') { return `Hello, ${name}!` }", source: 'guide, ES6' },
    { name: 'computed property names', example: "const key = 'foo'; const obj = { [key]: 'bar' }", source: 'guide, ES6' },
    { name: 'for...of', example: 'for (const item of [1, 2]) { item.toString() }', source: 'guide, ES6' },
    { name: 'Promise', example: 'new Promise((resolve, reject) => { resolve(1) }).then((v) => v).finally(() => 0)', source: 'guide, ES6 and Supported Built-in Objects' },
    { name: 'Map / Set', example: 'const m = new Map(); const s = new Set()', source: 'guide, ES6' },
    { name: 'WeakMap / WeakSet', example: 'const cache = new WeakMap(); const seen = new WeakSet()', source: 'guide, ES6' },
    { name: 'Symbol', example: "const id = Symbol('id'); const it = [][Symbol.iterator]", source: 'guide, ES6' },
    { name: 'shorthand properties and methods', example: "const name = 'n'; const value = 1; const obj = { name, value, greet() { return 'hi' } }", source: 'guide, ES6' },
    { name: 'Object.assign()', example: 'Object.assign({}, { a: 1 })', source: 'guide, ES6' },
    { name: 'generators (basic)', example: 'function* gen() { yield 1; yield 2 } const it = gen(); it.next()', source: 'guide, ES6: "Generators (basic)"' },
    { name: 'exponentiation operator', example: 'const k = 2 ** 10', source: 'guide, ES2016' },
    { name: 'Array.prototype.includes', example: '[1, 2, 3].includes(2)', source: 'guide, ES2016' },
    { name: 'async / await (basic)', example: 'async function fetchData() { const result = await Promise.resolve(1); return result }', source: 'guide, ES2017' },
    { name: 'async arrow functions in class methods', example: 'class Q { run() { const go = async () => await Promise.resolve(1); return go() } }', source: 'guide, Caveats: "Use async arrow functions in class methods instead"' },
    { name: 'async methods in object literals', example: 'const o = { async load() { return 1 } }', source: 'matrix: "async methods, object literals | Supported"' },
    { name: 'Object.entries / Object.values', example: 'for (const [key, val] of Object.entries({ a: 1 })) { Object.values({ key, val }) }', source: 'guide, ES2017' },
    { name: 'padStart / padEnd', example: "'5'.padStart(3, '0'); 'hi'.padEnd(5, '.')", source: 'guide, ES2017' },
    { name: 'object rest / spread properties', example: 'const obj = { a: 1, b: 2 }; const { a, ...others } = obj; const copy = { ...obj, extra: true }', source: 'guide, ES2018' },
    { name: 'RegExp named groups, lookbehind, dotAll, Unicode property escapes', example: "/(?<year>\\d{4})-(?<month>\\d{2})/.exec('2024-01'); /(?<=\\$)\\d+/.exec('$100'); /foo.bar/s.test('foo\\nbar'); /\\p{Script=Greek}/u.test('α')", source: 'guide, ES2018' },
    { name: 'flat / flatMap / Object.fromEntries / trimStart / trimEnd', example: "[[1, 2], [3]].flat(); [1, 2].flatMap((x) => [x, x * 2]); Object.fromEntries([['a', 1]]); '  h'.trimStart().trimEnd()", source: 'guide, ES2019' },
    { name: 'optional catch binding', example: 'try { JSON.parse("x") } catch { }', source: 'guide, ES2019' },
    { name: 'optional chaining', example: 'const user = null; const city = user?.address?.city; const n = user?.[0]; user?.f?.()', source: 'guide, ES2020' },
    { name: 'nullish coalescing', example: "const value = null; const label = value ?? 'default'", source: 'guide, ES2020' },
    { name: 'BigInt', example: 'const big = 9007199254740993n', source: 'guide, ES2020' },
    { name: 'globalThis', example: "globalThis.myGlobal = 'value'", source: 'guide, ES2020' },
    { name: 'Promise.allSettled / Promise.any / matchAll / replaceAll', example: "Promise.allSettled([]); Promise.any([Promise.resolve(1)]); for (const m of 'a1'.matchAll(/\\d+/g)) { m.index } 'ab'.replaceAll('a', 'b')", source: 'guide, ES2020 and ES2021' },
    { name: 'logical assignment', example: 'const config = {}; config.debug ??= false; config.a ||= 1; config.b &&= 2', source: 'guide, ES2021' },
    { name: 'numeric separators', example: 'const billion = 1_000_000_000', source: 'guide, ES2021' },
    { name: 'public instance and static class fields', example: 'class Foo { x = 1; static COUNT = 0; ["y"] = 2 }', source: 'guide, ES2022' },
    { name: 'private static fields and methods', example: 'class P { static #count = 0; static #bump() { return ++P.#count } static next() { return P.#bump() } }', source: 'guide, Caveats: "Private static fields/methods ARE supported"' },
    { name: 'at() / Object.hasOwn / Error cause', example: "[1, 2, 3].at(-1); 'hello'.at(-1); Object.hasOwn({}, 'key'); new Error('failed', { cause: 1 })", source: 'guide, ES2022' },
    { name: 'class static initialization blocks', example: 'class S { static ready; static { S.ready = true } }', source: 'guide, ES2022' },
    { name: 'Proxy / typed arrays / ArrayBuffer / DataView', example: 'new Proxy({}, {}); new Uint8Array(4); new DataView(new ArrayBuffer(8)).getInt8(0)', source: 'guide, Supported Built-in Objects' },
    { name: 'getters and setters', example: 'const g = { get v() { return 1 }, set v(x) { this.w = x } }', source: 'matrix, ES5: "Getter accessors | Supported"' },
    { name: 'block-level function declarations', example: '{ function inner() { return 1 } inner() }', source: 'matrix: "block-level function declaration | Supported"' },
    { name: 'a function that names a later function or class', example: 'function first() { return later() } function later() { return Later } class Later {}', source: 'hoisting: no temporal dead zone is entered before the call' },
    { name: 'RegExp u flag, sticky flag, escaped syntax characters', example: "/\\u{1F600}/u.test('x'); /a/y.test('a'); /\\(\\)\\[\\]\\{\\}\\.\\*\\+\\?\\^\\$\\|\\/\\\\/.test('x'); /[\\w-]/.test('-')", source: 'matrix: "\\"u\\" flag | Supported", "\\"y\\" flag | Supported"' },
]

// platform-difference: es12-static-approximation
/** Rows of the matrix that show only at run time: not refused at install, and why. */
export const RUNTIME_ONLY: ReadonlyArray<{ feature: string; status: FeatureStatus; why: string }> = [
    { feature: 'Proper tail calls (direct and mutual recursion)', status: 'disallowed', why: 'Node does not implement proper tail calls either: deep tail recursion overflows the stack locally as on the instance.' },
    { feature: '%GeneratorPrototype% prototype chain / constructor', status: 'disallowed', why: 'reached only through Object.getPrototypeOf of a generator at run time.' },
    { feature: 'Function.prototype.toString revision', status: 'disallowed', why: 'depends on the value toString is called on, known only at run time.' },
    { feature: 'Well-formed JSON.stringify', status: 'disallowed', why: 'depends on the string values (lone surrogates) at run time.' },
    { feature: 'WeakMap/WeakSet .has/.get/.delete with primitives', status: 'disallowed', why: 'depends on the argument values at run time.' },
    { feature: 'strict mode: "this" is undefined in functions, arguments is unmapped, eval() cannot create bindings', status: 'disallowed', why: 'semantics of calls at run time; the local engine (V8) follows the standard.' },
    { feature: 'own property order (Object.assign, JSON.stringify, JSON.parse)', status: 'disallowed', why: 'an ordering of results, not a construct in the text.' },
    { feature: 'async function prototype, Symbol.toStringTag, AsyncFunction constructor', status: 'disallowed', why: 'reached only through the function object at run time.' },
    { feature: 'class implicit strict mode', status: 'not-supported', why: 'a difference in semantics of code inside classes, not a construct in the text.' },
    { feature: 'Object(symbol), JSON.stringify of symbol objects', status: 'not-supported', why: 'depends on values at run time.' },
]
