import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { GlideRecord, gs } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'
import { get, insert } from '../support/records'

/**
 * The script engine is a security boundary (ARCHITECTURE.md: "no object of the Node realm is
 * reachable from a script (no `process`, no `require` of Node modules, no file system), whatever the
 * script does with constructors or prototypes").
 *
 * Node's own documentation: "The node:vm module is not a security mechanism. Do not use it to run
 * untrusted code." The patterns below are the published ways out of vm-based sandboxes (the vm2
 * advisories: GHSA-cchq-frgv-rjh5 / CVE-2023-37466 Promise callbacks and Symbol.species,
 * GHSA-whpj-8f3w-67p5 / CVE-2023-30547 exception sanitisation (host errors from traps and stack
 * overflow), GHSA-ch3r-j5x3-6q2m / CVE-2023-29017 and CVE-2022-36067 Error.prepareStackTrace call
 * sites, CVE-2023-32314 Proxy traps and host objects; and the constructor chain
 * `this.constructor.constructor('return process')()` every vm write-up starts with).
 *
 * Each runs inside an admin business rule, as an administrator could write one on an instance, and
 * tries to reach the host: set a host global, write a file, change process.env. The platform itself
 * refuses code generation from strings ("`new Function()` | Disallowed", now-sdk explain
 * javascript-compatibility-guide).
 */
let instance: Instance
let marker: string

beforeEach(() => {
    instance = freshInstance()
    // The escape patterns use features the ES12 check refuses before a script runs (`__proto__`, Reflect …);
    // the sandbox must hold without that check, so these tests run the patterns past it.
    instance.scripts.engineFeatureCheck = false
    instance.run(() => {
        const user = insert('sys_user', { user_name: 'root', name: 'Root' })
        insert('sys_user_has_role', { user, role: get('sys_user_role', 'name', 'admin').getUniqueValue() })
    })
    marker = path.join(os.tmpdir(), `psm-escape-${process.pid}-${Date.now()}`)
})
afterEach(() => {
    instance.close()
    fs.rmSync(marker, { force: true })
    delete (globalThis as Record<string, unknown>).__pwned
    delete process.env.PSM_PWNED
})

function rule(name: string, script: string): void {
    instance.run(() => {
        const gr = new GlideRecord('sys_script')
        gr.initialize()
        const values = { name, collection: 'sys_user_group', when: 'before', action_insert: true, active: true, order: 100, script }
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        gr.setWorkflow(false)
        gr.insert()
    })
}

/** Inserts a group as admin (the rules run) and returns the lines the rule logged with gs.info. */
function trigger(): string[] {
    const before = instance.logs.length
    instance.runAs('root', () => {
        const gr = new GlideRecord('sys_user_group')
        gr.initialize()
        gr.setValue('name', 'escape target')
        gr.insert()
    })
    return instance.logs.slice(before).map((l) => `${l.level} ${l.message}`)
}

/**
 * The rule's harness: `attempt(name, fn)` runs fn, which returns a candidate Function constructor (or
 * the process object itself); the harness then tries to use it on the host. Each attempt logs one
 * line: "ESCAPE <name>: blocked (...)" or "ESCAPE <name>: REACHED".
 */
const HARNESS = (marker: string) => `
var MARK = ${JSON.stringify(marker)};
function use(F) {
  // F may be a Function constructor or the process object; either way try every side effect.
  var p = typeof F === 'function' ? F('return process')() : F;
  if (!p || typeof p.pid !== 'number') throw new Error('not the host process: ' + typeof p);
  try { p.env.PSM_PWNED = '1'; } catch (e) {}
  try { p.mainModule.require('fs').writeFileSync(MARK, 'pwned'); } catch (e) {}
  try { F('globalThis.__pwned = true')(); } catch (e) {}
  return p;
}
function attempt(name, fn) {
  var outcome;
  try {
    use(fn());
    outcome = 'REACHED';
  } catch (e) {
    outcome = 'blocked (' + (e && e.name) + ')';
  }
  gs.info('ESCAPE ' + name + ': ' + outcome);
}
function hostError() {
  try { new GlideRecord('sys_user').addQuery('name', 'NO SUCH OPERATOR', 'x'); } catch (e) { return e; }
  throw new Error('no error thrown');
}
`

function outcomes(lines: string[]): Map<string, string> {
    const out = new Map<string, string>()
    for (const line of lines) {
        const m = /^info ESCAPE (.+?): (.*)$/.exec(line)
        if (m) out.set(m[1], m[2])
    }
    return out
}

/** The host is as it was: no global, no file, no environment variable, Glide API unchanged. */
function expectHostUntouched(): void {
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined()
    expect(fs.existsSync(marker)).toBe(false)
    expect(process.env.PSM_PWNED).toBeUndefined()
}

const CONSTRUCTOR_CHAINS: Record<string, string> = {
    'this.constructor.constructor': 'return this.constructor.constructor',
    'gs.constructor.constructor': 'return gs.constructor.constructor',
    'gs.getUserID.constructor': 'return gs.getUserID.constructor',
    'GlideRecord.constructor': 'return GlideRecord.constructor',
    'GlideRecord.prototype.constructor.constructor': 'return GlideRecord.prototype.constructor.constructor',
    'GlideRecordSecure.constructor': 'return GlideRecordSecure.constructor',
    'GlideAggregate.__proto__.constructor': 'return GlideAggregate.__proto__.constructor',
    'GlideDateTime.parse.constructor': 'return GlideDateTime.parse.constructor',
    'GlideElement.constructor': 'return GlideElement.constructor',
    'sn_uc.UserCriteriaLoader.userMatches.constructor': 'return sn_uc.UserCriteriaLoader.userMatches.constructor',
    'Class.create.constructor': 'return Class.create.constructor',
    'require.constructor': 'return require.constructor',
    'console.log.constructor': 'return console.log.constructor',
    'global namespace': 'return global.constructor.constructor',
    'current.constructor.constructor': 'return current.constructor.constructor',
    'current.name (element).constructor.constructor': 'return current.name.constructor.constructor',
    'current.getValue.constructor': 'return current.getValue.constructor',
    'current.__proto__.__proto__.constructor.constructor': 'return current.__proto__.__proto__.constructor.constructor',
    'Object.getPrototypeOf(current).constructor.constructor': 'return Object.getPrototypeOf(Object.getPrototypeOf(current)).constructor.constructor',
    'gs.getUser() result': 'return gs.getUser().constructor.constructor',
    'gs.getUser().getRoles() array': 'return gs.getUser().getRoles().constructor.constructor',
    'new GlideRecord()': "return new GlideRecord('sys_user').constructor.constructor",
    'QueryCondition from addQuery': "return new GlideRecord('sys_user').addQuery('name', 'x').constructor.constructor",
    'new GlideDateTime()': 'return new GlideDateTime().constructor.constructor',
    'getED() result': "return current.getElement('name').getED().constructor.constructor",
    "require('@servicenow/glide')": "return require('@servicenow/glide').constructor.constructor",
    "require('@servicenow/glide/sn_uc')": "return require('@servicenow/glide/sn_uc').UserCriteriaLoader.constructor.constructor",
    'descriptor of GlideRecord.prototype': "return Object.getOwnPropertyDescriptor(GlideRecord, 'prototype').value.constructor.constructor",
    'getOwnPropertyDescriptors(gs)': 'return Object.getOwnPropertyDescriptors(gs).getUserID.value.constructor',
    'accessor getter via __lookupGetter__': "return Object.getPrototypeOf(current).__lookupGetter__('name').constructor",
    'Reflect.getPrototypeOf(GlideRecord)': 'return Reflect.getPrototypeOf(GlideRecord).constructor',
    'bound host function': 'return gs.getUserID.bind(gs).constructor',
    'call/apply of a host method': 'return gs.getUserID.call.constructor',
}

const ERROR_CHAINS: Record<string, string> = {
    'host error .constructor.constructor': 'return hostError().constructor.constructor',
    'host error __proto__': 'return hostError().__proto__.constructor.constructor',
    'host error stack is a string': "var s = hostError().stack; if (typeof s !== 'string') return s; throw new Error('string');",
    'error thrown by a host getter (prototype accessor read on the prototype)':
        "var proto = Object.getPrototypeOf(current); try { Object.getOwnPropertyDescriptor(proto, 'name').get.call(proto); } catch (e) { return e.constructor.constructor; } throw new Error('none');",
    'non-Error thrown through the host': "try { current.setValue('name', { toString: function () { throw { ctor: 'x' }; } }); } catch (e) { return e.constructor.constructor; } throw new Error('none');",
    'GlideDateTime parse error': "try { new GlideDateTime('not a date'); } catch (e) { return e.constructor.constructor; } throw new Error('none');",
    'stack overflow while calling the host': `
        var found = null;
        function probe(n) { if (n > 0) return probe(n - 1); return gs.getUserID(); }
        var depth = 0;
        function measure() { depth++; measure(); }
        try { measure(); } catch (e) {}
        for (var i = 0; i < 400 && !found; i++) {
            try { probe(depth - i * 3); } catch (e) {
                if (e && e.constructor && e.constructor.constructor !== Function) found = e.constructor.constructor;
            }
        }
        if (found) return found;
        throw new Error('every overflow was a context error');`,
}

const CALLBACKS_AND_PROTOTYPES: Record<string, string> = {
    'arguments.callee.caller of the rule': 'var c = arguments.callee.caller; if (!c) throw new Error("no caller"); return c.constructor;',
    'caller of a toString the host calls': `
        var got = null;
        current.setValue('name', { toString: function f() { got = f.caller; return 'x'; } });
        if (!got) throw new Error('no caller'); return got.constructor;`,
    'Symbol.toPrimitive the host calls': `
        var got = null;
        current.setValue('name', { [Symbol.toPrimitive]: function f(hint) { got = f.caller || this; return 'x'; } });
        if (!got || got === undefined) throw new Error('none'); return got.constructor.constructor;`,
    'getter the host reads': `
        var got = null;
        new GlideRecord('sys_user').addQuery('sys_id', 'IN', [{ get length() { got = arguments.callee.caller; return 0; } }]);
        if (!got) throw new Error('no caller'); return got.constructor;`,
    'Array.prototype.map replaced before a Glide call': `
        var got = null, saved = Array.prototype.map;
        Array.prototype.map = function (fn) { got = fn; return saved.call(this, fn); };
        try { new GlideRecord('sys_user').addQuery('sys_id', 'IN', ['a', 'b']); } finally { Array.prototype.map = saved; }
        if (!got) throw new Error('host never called map'); return got.constructor;`,
    'Function.prototype.call/apply replaced before a Glide call': `
        var got = [], call = Function.prototype.call, apply = Function.prototype.apply, id;
        Function.prototype.call = function () { got.push(this); };
        Function.prototype.apply = function () { got.push(this); };
        try { id = gs.getUserID(); current.getValue('name'); } finally { Function.prototype.call = call; Function.prototype.apply = apply; }
        for (var i = 0; i < got.length; i++) if (got[i].constructor !== Function) return got[i].constructor;
        if (typeof id !== 'string') return id;
        throw new Error('only context functions');`,
    'Reflect and Object.defineProperty replaced before a Glide call': `
        var got = null, R = Reflect.get, D = Object.defineProperty;
        Reflect.get = function (t) { got = t; return R.apply(null, arguments); };
        Object.defineProperty = function (o) { got = o; return D.apply(null, arguments); };
        try { current.name.toString(); gs.getUser().getRoles(); } finally { Reflect.get = R; Object.defineProperty = D; }
        if (got) return got.constructor.constructor; throw new Error('not called');`,
    'Object.prototype getter/setter pollution': `
        var got = null;
        Object.defineProperty(Object.prototype, 'value', { __proto__: null, get: function () { got = this; return undefined; }, set: function (v) { got = v; }, configurable: true });
        Object.defineProperty(Object.prototype, 'get', { __proto__: null, get: function () { got = this; return undefined; }, configurable: true });
        try { Object.keys(gs); gs.getUser().getRoles(); Object.getOwnPropertyDescriptor(gs, 'getUserID'); } finally { delete Object.prototype.value; delete Object.prototype.get; }
        if (got && got.constructor.constructor !== Function) return got.constructor.constructor; throw new Error('only context objects');`,
    'Array.prototype index setter': `
        var got = null;
        Object.defineProperty(Array.prototype, '0', { __proto__: null, set: function (v) { got = v; }, get: function () { return undefined; }, configurable: true });
        try { gs.getUser().getRoles(); Object.keys(current); } finally { delete Array.prototype[0]; }
        if (got && got.constructor.constructor !== Function) return got.constructor.constructor; throw new Error('only context values');`,
    'Symbol.species of an array given to the host': `
        var got = null;
        function species() { got = species.caller || got; return []; }
        class Evil extends Array { static get [Symbol.species]() { return species; } }
        var a = new Evil(); a.push('x');
        new GlideRecord('sys_user').addQuery('sys_id', 'IN', a);
        sn_uc.UserCriteriaLoader.userMatches('nobody', a);
        if (got) return got.constructor; throw new Error('species not used by the host');`,
    'Proxy trap receiving host values': `
        var got = [], done = false;
        var p = new Proxy({}, { get: function (t, k, r) { if (!done) got.push(r); return k === Symbol.toPrimitive ? function () { return 'x'; } : undefined; }, ownKeys: function () { return []; } });
        current.setValue('name', p);
        new GlideRecord('sys_user').addQuery('name', p);
        done = true;
        for (var i = 0; i < got.length; i++) if (got[i].constructor && got[i].constructor.constructor !== Function) return got[i].constructor.constructor;
        throw new Error('only context values');`,
    'this inside a function called by the host': `
        var got = null;
        current.setValue('name', { toString: function () { got = this; return 'x'; } });
        return got.constructor.constructor;`,
    '__proto__ and setPrototypeOf on a wrapper': "Object.setPrototypeOf(gs, {}); return gs.__proto__.constructor;",
    'a Glide method called on another host object': `
        try { GlideRecord.prototype.getValue.call(gs, 'x'); } catch (e) { if (!/Illegal invocation/.test(e.message)) return e; }
        try { GlideRecord.prototype.insert.call(new GlideDateTime()); } catch (e) { if (!/Illegal invocation/.test(e.message)) return e; }
        try { Object.getPrototypeOf(current).getValue.call(Object.getPrototypeOf(current), 'name'); } catch (e) { if (!/Illegal invocation/.test(e.message)) return e; }
        throw new Error('every call refused');`,
    '__defineGetter__ on a wrapper': "current.__defineGetter__('name', function () { return 1; }); return current.constructor.constructor;",
}

const CODE_GENERATION: Record<string, string> = {
    'Function(string)': 'return Function',
    'eval': "return eval('(function () { return this })()').constructor.constructor",
    'async function constructor': 'return (async function () {}).constructor',
    'generator function constructor': 'return (function* () {}).constructor',
    'WebAssembly': 'return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))',
    'Node globals': 'return typeof process !== "undefined" ? process : typeof global.process !== "undefined" ? global.process : module',
    "require('fs')": "return require('fs')",
    "require('child_process')": "return require('child_process')",
    'Error.prepareStackTrace call sites': `
        var sites = null;
        try { Error.prepareStackTrace = function (e, s) { sites = s; return 'x'; }; } catch (e) {}
        try { Object.defineProperty(Error, 'prepareStackTrace', { value: function (e, s) { sites = s; return 'x'; } }); } catch (e) {}
        try { globalThis.Error = { prepareStackTrace: function (e, s) { sites = s; return 'x'; } }; } catch (e) {}
        hostError().stack; new Error('x').stack;
        if (!sites) throw new Error('no call sites');
        for (var i = 0; i < sites.length; i++) { var t = sites[i].getThis(), f = sites[i].getFunction(); if (t && t.constructor.constructor !== Function) return t.constructor.constructor; if (f) return f.constructor; }
        throw new Error('only context frames');`,
}

function runPatterns(patterns: Record<string, string>): Map<string, string> {
    const script = HARNESS(marker) + Object.entries(patterns).map(([name, body]) => `attempt(${JSON.stringify(name)}, function () {\n${body}\n});`).join('\n')
    rule('escape attempts', script)
    const lines = trigger()
    const seen = outcomes(lines)
    expect([...seen.keys()].sort()).toEqual(Object.keys(patterns).sort())
    return seen
}

describe('an admin business rule cannot reach the host', () => {
    test.each([
        ['constructor chains from every global and from what Glide calls return', CONSTRUCTOR_CHAINS],
        ['host errors: thrown by Glide calls, by host getters, by stack overflow inside the bridge', ERROR_CHAINS],
        ['callbacks, getters, prototype pollution before Glide calls, Symbol.species, Proxy traps, this', CALLBACKS_AND_PROTOTYPES],
        ['code generation from strings, Node globals and modules, the stack trace API', CODE_GENERATION],
    ])('%s', (_title, patterns) => {
        const seen = runPatterns(patterns)
        const reached = [...seen].filter(([, outcome]) => !outcome.startsWith('blocked'))
        expect(reached).toEqual([])
        expectHostUntouched()
    })

    test('promise jobs and thenables run later, still inside the sandbox', async () => {
        rule(
            'async escape',
            HARNESS(marker) +
                `
            Promise.resolve().then(function () { attempt('microtask', function () { return this.constructor.constructor; }); });
            Promise.resolve({ then: function (ok) { attempt('thenable resolve function', function () { return ok.constructor; }); ok(1); } });
            (async function () { await null; attempt('async function after await', function () { return hostError().constructor.constructor; }); })();
            Promise.reject(hostError()).catch(function (e) { attempt('rejected with a host error', function () { return e.constructor.constructor; }); });`,
        )
        const before = instance.logs.length
        trigger()
        await new Promise((resolve) => setTimeout(resolve, 20))
        const seen = outcomes(instance.logs.slice(before).map((l) => `${l.level} ${l.message}`))
        expect([...seen.keys()].sort()).toEqual(['async function after await', 'microtask', 'rejected with a host error', 'thenable resolve function'])
        expect([...seen].filter(([, o]) => !o.startsWith('blocked'))).toEqual([])
        expectHostUntouched()
    })

    test('import() is refused before the script runs (Node rejects it with a host-realm error)', () => {
        rule('dynamic import', `import('fs').then(function (fs) { fs.writeFileSync(${JSON.stringify(marker)}, 'x'); }, function (e) { e.constructor.constructor('return process')().env.PSM_PWNED = '1'; });`)
        // The rule does not compile, so the insert fails as with any script syntax error.
        expect(() => trigger()).toThrow('sys_script:dynamic import: import() is not available to scripts: use require()')
        expectHostUntouched()
    })

    test('a script cannot change the Glide API other scripts and the host use', () => {
        rule(
            'tamper',
            `
            try { gs.getUserID = function () { return 'admin'; }; } catch (e) {}
            try { GlideRecord.prototype.insert = function () { return 'hijacked'; }; } catch (e) {}
            try { Object.getPrototypeOf(current).getValue = function () { return 'hijacked'; }; } catch (e) {}
            try { sn_uc.UserCriteriaLoader.userMatches = function () { return true; }; } catch (e) {}
            try { gs = { getUserID: function () { return 'admin'; } }; } catch (e) {}
            try { delete GlideRecord.prototype.query; } catch (e) {}
            gs.info('internals ' + [typeof current.pending, typeof current.row, typeof current.info, typeof current.load, typeof current.tableInfo, typeof current.markWritten].join(','));
            gs.info('helpers ' + [typeof current.firstOf, typeof current.countMatching, typeof new GlideRecordSecure('sys_user_group').refuse, typeof new GlideRecordSecure('sys_user_group').countMatching, typeof new GlideAggregate('sys_user_group').alias].join(','));`,
        )
        const lines = trigger()
        expect(lines).toContain('info internals undefined,undefined,undefined,undefined,undefined,undefined')
        expect(lines).toContain('info helpers undefined,undefined,undefined,undefined,undefined')
        expect(String(gs.getUserID)).not.toContain('admin')
        const gr = instance.run(() => {
            const r = new GlideRecord('sys_user_group')
            r.addQuery('name', 'escape target')
            r.query()
            return r.next() ? r.getValue('name') : null
        })
        expect(gr).toBe('escape target')
        expect(typeof GlideRecord.prototype.query).toBe('function')
        const check = instance.scripts.compile([], "return gs.getUserID() + ' ' + typeof GlideRecord.prototype.query + ' ' + (gs === require('@servicenow/glide').gs)", 'check')
        expect(instance.run(() => check())).toBe('system function true')
    })
})

describe('host code hands scripts wrappers, and legitimate scripts still work', () => {
    test('current.constructor.constructor is the context Function, which cannot compile strings', () => {
        rule(
            'identity',
            `
            var F = current.constructor.constructor;
            var out = [F === Function, F === (function () {}).constructor, current === current, current.name === current.name];
            try { Function('return 1'); out.push('Function compiled'); } catch (e) { out.push(e.name + ': ' + e.message); }
            try { eval('1'); out.push('eval ran'); } catch (e) { out.push(e.name); }
            gs.info('identity ' + out.join('|'));`,
        )
        expect(trigger()).toContain('info identity true|true|true|true|EvalError: Code generation from strings disallowed for this context|EvalError')
    })

    test('"SharedArrayBuffer / Atomics | Disallowed", "WeakRef / FinalizationRegistry | Disallowed" (javascript-compatibility-guide): absent', () => {
        rule('disallowed', "gs.info('disallowed ' + [typeof SharedArrayBuffer, typeof Atomics, typeof WeakRef, typeof FinalizationRegistry].join(','));")
        expect(trigger()).toContain('info disallowed undefined,undefined,undefined,undefined')
    })

    test('host errors arrive as context errors with the same name and message; script errors reach the host log', () => {
        rule(
            'errors',
            `
            var e = null;
            try { new GlideRecord('sys_user').addQuery('name', 'NO SUCH OPERATOR', 'x'); } catch (x) { e = x; }
            gs.info('error ' + (e instanceof Error) + ' ' + e.name + ': ' + e.message);
            throw new TypeError('from the rule');`,
        )
        const lines = trigger()
        expect(lines).toContain('info error true Error: Invalid query operator "NO SUCH OPERATOR" for field name')
        expect(lines.some((l) => l.startsWith('error') && l.includes('from the rule'))).toBe(true)
    })

    test('Glide objects behave as before through the wrappers: loops, fields, dot-walking, dates, arrays, instanceof', () => {
        rule(
            'legit',
            `
            var out = [];
            var users = new GlideRecord('sys_user');
            users.addQuery('user_name', 'IN', ['root', 'nobody']);
            users.orderBy('user_name');
            users.query();
            var names = [];
            while (users.next()) names.push(users.user_name + '');
            out.push(names.join(','));
            var agg = new GlideAggregate('sys_user'); agg.addAggregate('COUNT'); agg.query(); agg.next();
            out.push(current instanceof GlideRecord, agg instanceof GlideRecord && agg instanceof GlideAggregate && !(current instanceof GlideAggregate), agg.getAggregate('COUNT'));
            current.description = 'set ' + current.name;
            out.push(current.getValue('description'), current.description == 'set escape target');
            var d = new GlideDateTime('2024-01-02 03:04:05'); d.addDaysUTC(1);
            out.push(d.getValue(), new GlideDateTime('2024-01-01').before(d));
            out.push(Array.isArray(gs.getUser().getRoles()), gs.getUser().getRoles().indexOf('admin') >= 0);
            out.push(JSON.stringify({ who: gs.getUserName(), n: current.name }));
            out.push(Object.keys(sn_uc.UserCriteriaLoader).join(','));
            gs.info('legit ' + out.join('|'));`,
        )
        expect(trigger()).toContain(
            'info legit root|true|true|1|set escape target|true|2024-01-03 03:04:05|true|true|true|{"who":"root","n":"escape target"}|userMatches,getMatchingCriteria,getAllUserCriteria',
        )
    })

    test('host code calling a script function passes wrappers and gets host views of what it returns', () => {
        const fn = instance.scripts.compile(['gr', 'list', 'cb'], 'return { same: gr === gr, type: typeof gr.getValue, proto: Object.getPrototypeOf(list) === Array.prototype, len: list.length, called: cb(2) };', 'host-call')
        const result = instance.run(() => {
            const gr = new GlideRecord('sys_user')
            gr.get('user_name', 'root')
            return fn(gr, [1, 2, 3], (n: number) => n * 21) as Record<string, unknown>
        })
        expect({ same: result.same, type: result.type, proto: result.proto, len: result.len, called: result.called }).toEqual({ same: true, type: 'function', proto: true, len: 3, called: 42 })
    })

    test('a record crossing into a script keeps its wrapper link privately: no key added to the host record, the same wrapper each time, one per sandbox', () => {
        const fn = instance.scripts.compile(['a', 'b'], 'return a === b && typeof a.getValue === "function" && Object.getOwnPropertySymbols(a).length === 0;', 'link-check')
        const { same, keys, symbols } = instance.run(() => {
            const gr = new GlideRecord('sys_user')
            gr.get('user_name', 'root')
            const before = Reflect.ownKeys(gr).length
            const same = fn(gr, gr) as boolean
            // Host code that lists a record's own keys (a copy, a snapshot) sees what it saw before the script did.
            return { same, keys: Reflect.ownKeys(gr).length - before, symbols: Object.getOwnPropertySymbols(gr).length }
        })
        expect({ same, keys, symbols }).toEqual({ same: true, keys: 0, symbols: 0 })
        // A new sandbox (the engine reset) wraps the same host record anew: it never reads another sandbox's link.
        const gr = instance.run(() => {
            const r = new GlideRecord('sys_user')
            r.get('user_name', 'root')
            return r
        })
        const first = instance.scripts.compile(['a'], 'return a;', 'link-first')
        const wrapperBefore = instance.run(() => first(gr))
        instance.scripts.reset()
        const again = instance.scripts.compile(['a'], 'return a.getValue("user_name");', 'link-again')
        expect(instance.run(() => again(gr))).toBe('root')
        expect(wrapperBefore).toBe(gr)
    })
})

test('with the engine feature check on (the default), an escape pattern using a disallowed feature never runs', () => {
    instance.scripts.engineFeatureCheck = true
    rule('uses __proto__', "var o = {}; o.__proto__.polluted = 1; gs.info('RAN');")
    expect(() => trigger()).toThrow(/Object.prototype.__proto__ \(Disallowed in ECMAScript 2021 \(ES12\) mode\)/)
})
