import * as vm from 'node:vm'
import { types } from 'node:util'
import { BOOTSTRAP_SOURCE } from './bootstrap'

/*
 * The script sandbox: the boundary between the app's scripts and the Node process.
 *
 * Why this design. `node:vm` is "not a security mechanism" (Node docs): a context handed a host
 * object is escaped with `obj.constructor.constructor('return process')()`, and vm2 showed that a
 * membrane built from host-realm proxies leaks through host exceptions, stack overflows inside
 * traps, Error.prepareStackTrace call sites, Symbol.species and promise callbacks. So:
 *
 * 1. The context is created with DONT_CONTEXTIFY (its global is an ordinary context-realm object:
 *    no host sandbox object behind interceptors) and code generation from strings and wasm off, so
 *    `eval`, `Function('...')` and `new WebAssembly.Module` throw inside it. All script code enters
 *    through ScriptSandbox.compile(), which also refuses `import()` and `import.meta` (Node rejects
 *    a dynamic import in a vm script with a host-realm error).
 * 2. Nothing of the host realm is ever put in the context. A bootstrap script (bootstrap.ts) runs
 *    first inside it and builds, from context code, the Proxy handler every wrapper uses, so every
 *    trap is a context function; traps call host bridge functions (this file) that take and return
 *    primitives and context-realm objects only. The bridge functions are held in the bootstrap's
 *    closure, never on a reachable property.
 * 3. A host object a script may touch is represented by a context-realm wrapper, the same one every
 *    time (`current === current`; WeakMaps or a symbol property on the host object: nothing leaks,
 *    GC works). Instances of host classes (GlideRecord, GlideElement, GlideDateTime, QueryCondition…)
 *    are ordinary context objects whose prototype is the frozen context "shadow" of their host
 *    prototype: one stub per method and field accessor, each a context function that makes one
 *    bridge call with (member id, this, arguments); the host finds the record by the wrapper and
 *    refuses any other `this`. Everything else (gs, sn_uc, functions, classes, plain objects, host
 *    Proxies such as reference elements) is a context Proxy whose target is a fresh context object;
 *    the host finds its object by that target.
 * 4. Every value crossing in is a primitive, a wrapper, a copy (host arrays become context arrays)
 *    or a context object coming back; every value crossing out is a primitive, the host object
 *    behind a wrapper, or a context object seen through a host-side Proxy ("out-wrapper") whose
 *    traps translate arguments back in. So host code may call script functions, read script
 *    objects, await script promises, pass callbacks to them: no raw host object reaches script code.
 * 5. Every host exception is caught in the bridge and re-thrown in the context as a context Error
 *    with the same name and message; an exception the host cannot catch (a stack overflow inside
 *    the bridge) is replaced by a context RangeError, in context code.
 * 6. A wrapper shows the host object's API, not the host: properties found on host intrinsics
 *    (Object.prototype, Function.prototype…) are looked up on the wrapper's context target instead,
 *    so `gs.constructor.constructor` is the context's Function (which cannot compile strings); the
 *    private state of class instances (own data properties the script did not set) and the engine's
 *    internal GlideRecord methods are hidden; host prototypes, functions and plain objects (gs,
 *    sn_uc) are read-only, so one script cannot change what another session's scripts call.
 *
 * A separate isolate (worker thread) would give the same guarantee with a copy per call; Glide is
 * synchronous and chatty (a before rule reads and writes fields one call at a time), so the
 * in-process membrane keeps business rules cheap (see bench/glide-records.ts: the insert benchmark,
 * two rules per record, stays within noise of the unisolated engine; a Proxy per GlideRecord cost
 * twice as much, hence the shadows).
 */

type Kit = {
    MISS: object
    FAIL: object
    fail(error: unknown): object
    wrap(kind: 0 | 1): { target: object; proxy: object }
    shadow(parent: object | null, keys: unknown[], kinds: unknown[], ids: unknown[], values: unknown[]): object
    instance(shadow: object): object
    array(length: number): unknown[]
    descriptor(value: unknown, writable: boolean, enumerable: boolean, configurable: boolean): PropertyDescriptor
    error(name: string, message: string): object
    object(): object
    makeRequire(from: string): unknown
    namespace(scope: string): unknown
    lockGlobal(name: string, value: unknown): void
    globalInclude(name: string): void
}

type AnyFunction = (...args: unknown[]) => unknown

/** A script threw (or a script getter or trap failed): the host sees a host Error with its message. */
export class SandboxError extends Error {
    constructor(
        message: string,
        /** The context-realm value the script threw; only ever handed back to the context. */
        readonly thrown: unknown,
    ) {
        super(message)
        this.name = 'SandboxError'
    }
}

/** The host realm's intrinsic prototypes: a wrapper never shows what is found on them. */
const INTRINSIC: ReadonlySet<object> = new Set<object>(
    [Object, Function, Array, Error, Map, Set, WeakMap, WeakSet, Promise, RegExp, Date, String, Number, Boolean, Symbol, ArrayBuffer, DataView, BigInt]
        .map((C) => C.prototype as object)
        .concat([Object.getPrototypeOf(function* () {}) as object, Object.getPrototypeOf(async function () {}) as object, Object.getPrototypeOf(Int8Array.prototype) as object]),
)

/**
 * GlideRecord's engine-side methods (used by the engine, not part of the platform API): scripts
 * never see them, as on the platform.
 */
const HIDDEN_METHODS: ReadonlySet<string> = new Set([
    'tableInfo', 'makeCondition', 'buildSelect', 'accept', 'load', 'column', 'originalValue', 'changedValues', 'sameValue', 'element',
    'referencedRecord', 'applyDefaults', 'plainCopy', 'snapshot', 'markWritten', 'beginWrite', 'fieldChanged', 'applyQueryRules', 'notFound',
    'encoded', 'walk', 'firstOf', 'countMatching',
    // GlideAggregate and GlideRecordSecure private helpers (the scoped API's ENGINE_MEMBERS lists them too).
    'alias', 'refuse',
])

const nativeCode = Function.prototype.toString
const intrinsicCache = new WeakMap<object, boolean>()

/**
 * A built-in prototype of any host realm (Object.prototype, Function.prototype, Map.prototype…):
 * a prototype object whose constructor is native code. Test runners load modules in more than one
 * realm, so identity with this realm's intrinsics is not enough.
 */
function isIntrinsic(o: object): boolean {
    if (INTRINSIC.has(o)) return true
    let known = intrinsicCache.get(o)
    if (known === undefined) {
        const d = Reflect.getOwnPropertyDescriptor(o, 'constructor')
        const ctor = d?.value as { prototype?: unknown } | undefined
        known = typeof ctor === 'function' && ctor.prototype === o && /\{\s*\[native code\]\s*\}\s*$/.test(Reflect.apply(nativeCode, ctor, []) as string)
        intrinsicCache.set(o, known)
    }
    return known
}

interface Found {
    owner: object
    accessor: boolean
}

interface Lookup {
    /** Where the key was found, or null. */
    found: Found | null
    /** The key exists on the host intrinsic that ended the walk (so a Proxy's fallback must not answer it). */
    onIntrinsic: boolean
}

const NOT_FOUND: Lookup = { found: null, onIntrinsic: false }

/**
 * Lookups on host prototypes, cached: host prototypes do not change once made (scripts cannot write
 * them, a schema change makes new per-table classes), and this is the hot path of every field read.
 */
const prototypeLookups = new WeakMap<object, Map<PropertyKey, Lookup>>()

function findOnPrototypes(proto: object, key: PropertyKey): Lookup {
    let cache = prototypeLookups.get(proto)
    if (!cache) prototypeLookups.set(proto, (cache = new Map()))
    let result = cache.get(key)
    if (result) return result
    result = NOT_FOUND
    let o: object | null = proto
    while (o !== null) {
        if (isIntrinsic(o)) {
            result = { found: null, onIntrinsic: key in o }
            break
        }
        const d = Reflect.getOwnPropertyDescriptor(o, key)
        if (d) {
            const hidden = typeof key === 'string' && HIDDEN_METHODS.has(key) && isPrototypeObject(o)
            result = hidden ? NOT_FOUND : { found: { owner: o, accessor: d.get !== undefined || d.set !== undefined }, onIntrinsic: false }
            break
        }
        o = Reflect.getPrototypeOf(o)
    }
    cache.set(key, result)
    return result
}

const protoOf = Object.prototype.isPrototypeOf
function isPrototypeOf(proto: object | undefined, o: object): boolean {
    return proto !== undefined && (Reflect.apply(protoOf, proto, [o]) as boolean)
}

function isObject(v: unknown): v is object {
    return (typeof v === 'object' && v !== null) || typeof v === 'function'
}

/** A host object that is an instance of a class (its own data properties are private state). */
function isInstance(host: object): boolean {
    if (typeof host === 'function') return false
    const proto = Reflect.getPrototypeOf(host)
    if (proto === null) return false
    let classProto = classPrototypes.get(proto)
    if (classProto === undefined) classPrototypes.set(proto, (classProto = !isIntrinsic(proto) && isPrototypeObject(proto)))
    return classProto && !isPrototypeObject(host)
}

/** Whether a host prototype is a class's (non-intrinsic) prototype object, cached. */
const classPrototypes = new WeakMap<object, boolean>()

function isPrototypeObject(o: object): boolean {
    const d = Reflect.getOwnPropertyDescriptor(o, 'constructor')
    return !!d && typeof d.value === 'function' && (d.value as { prototype?: unknown }).prototype === o
}

/** The message of an exception the host caught, whichever realm it came from. */
export function messageOf(e: unknown): string {
    return e instanceof Error ? e.message : describeThrown(e)
}

function errorText(e: unknown): { name: string; message: string } {
    if (e instanceof Error) return { name: String(e.name), message: String(e.message) }
    return { name: 'Error', message: String(e) }
}

/** The message of something a script threw, read without trusting it. */
function describeThrown(v: unknown): string {
    try {
        if (!isObject(v)) return String(v)
        const message = Reflect.get(v, 'message')
        const name = Reflect.get(v, 'name')
        if (typeof message === 'string') return typeof name === 'string' && name !== 'Error' && name !== '' && message === '' ? name : message
        return '[object]'
    } catch {
        return '[unprintable exception]'
    }
}

/** A private one-way link between objects: see privateLinks(). */
interface PrivateLink {
    /** Links `from` to `to`; false (nothing done) when `from` cannot take the link. */
    set(from: object, to: object): boolean
    get(from: object): object | undefined
}

/** A base class whose constructor answers the object it is given: a subclass's fields are then added to that object. */
class Stamp {
    constructor(o: object) {
        return o
    }
}

/**
 * A link kept in a private class field (#to) stamped onto the object it leads from, through Stamp's constructor.
 * It does what a WeakMap entry does, for the sandbox's many short-lived records: invisible to every script and
 * host reflection (a private name is not a property: no key, no descriptor, no Proxy trap, own only, not
 * inherited), readable by this closure's class alone (each call makes a new private name, so one sandbox never
 * reads another's links), and gone with the object. It costs a field add and a brand check, where a WeakMap set
 * grows an ephemeron table that every GC must walk: the two WeakMap writes per record crossing in were a
 * tenth of the sandbox's time in an import. Only objects that are extensible get one (a frozen object may
 * not take a private field in later engines); the caller keeps a WeakMap for the others.
 */
function privateLinks(): PrivateLink {
    class Link extends Stamp {
        #to: object
        constructor(from: object, to: object) {
            super(from)
            this.#to = to
        }
        static read(from: object): object | undefined {
            return #to in from ? (from as Link).#to : undefined
        }
    }
    return {
        set(from: object, to: object): boolean {
            if (!Object.isExtensible(from) || Link.read(from) !== undefined) return false
            new Link(from, to)
            return true
        },
        get: (from: object) => Link.read(from),
    }
}

export class ScriptSandbox {
    readonly context: vm.Context
    private readonly kit: Kit
    /** Wrapper target (context) -> host object. */
    private readonly hostOfTarget = new WeakMap<object, object>()
    /** Wrapper proxy (context) -> host object: a private link on a record's wrapper (see privateLinks), else this WeakMap. */
    private readonly hostOfWrapper = new WeakMap<object, object>()
    private readonly hostLink = privateLinks()
    /**
     * Host object -> its wrapper proxy (context): a private link on a short-lived record (a WeakMap entry per
     * record costs more than the rest of a rule call), the WeakMap for everything else.
     */
    private readonly wrapperLink = privateLinks()
    private readonly wrapperOfHost = new WeakMap<object, object>()
    /** Context object -> its out-wrapper (host Proxy), and back. */
    private readonly outOfContext = new WeakMap<object, object>()
    private readonly contextOfOut = new WeakMap<object, object>()
    /** Own properties a script set on a host class instance (the rest of its own state stays private). */
    private readonly scriptSet = new WeakMap<object, Set<PropertyKey>>()
    private readonly outHandler: ProxyHandler<object>

    constructor(
        private readonly hooks: {
            log(message: string): void
            require(id: string, from: string): unknown
            include(apiName: string): unknown
        },
    ) {
        const bare = (vm.constants as { DONT_CONTEXTIFY?: symbol }).DONT_CONTEXTIFY
        if (bare === undefined) throw new Error(`The script sandbox needs Node.js 20.18 or later (vm.constants.DONT_CONTEXTIFY); this is ${process.version}`)
        // platform-difference: eval-refused-in-every-scope
        // platform-difference: scripts-share-one-context
        this.context = vm.createContext(bare as unknown as vm.Context, { name: 'glide', codeGeneration: { strings: false, wasm: false } })
        const boot = vm.runInContext(BOOTSTRAP_SOURCE, this.context, { filename: 'glide-bootstrap' }) as AnyFunction
        // The bridge: host functions the bootstrap keeps in its closure. Each takes context values and
        // returns a primitive or a context value, or kit.FAIL after kit.fail(contextError).
        const b = this.bridge()
        this.kit = boot(b.get, b.set, b.has, b.del, b.keys, b.descriptor, b.define, b.proto, b.apply, b.construct, b.log, b.require, b.include, b.invoke) as Kit
        this.outHandler = this.makeOutHandler()
    }

    /** Puts a host value on the context's global object, read-only (wrapped, or copied if an array). */
    setGlobal(name: string, value: unknown): void {
        this.markReadOnly(value)
        this.kit.lockGlobal(name, this.toContext(value))
    }

    /** A namespace object resolving `<scope>.<name>` script includes (see bootstrap). */
    setNamespace(scope: string): void {
        this.kit.lockGlobal(scope, this.kit.namespace(scope))
    }

    /** A global script include reachable by its bare name: a getter asking the include hook for `name` (no scope prefix). */
    setGlobalInclude(name: string): void {
        this.kit.globalInclude(name)
    }

    /** Compiles a function of `params` in the context; returns it as the host sees it (an out-wrapper). */
    // platform-difference: script-time-unbounded
    compileFunction(params: readonly string[], body: string, filename: string): AnyFunction {
        const fn = vm.runInContext(`(function (${params.join(', ')}) {\n${body}\n})`, this.context, { filename }) as object
        return this.toHost(fn) as AnyFunction
    }

    /** A context `require` bound to a module path (for sys_module code). */
    requireFrom(from: string): unknown {
        return this.toHost(this.kit.makeRequire(from))
    }

    /** A fresh context object, as the host sees it (e.g. a CommonJS `module`). */
    newObject(): Record<string, unknown> {
        return this.toHost(this.kit.object()) as Record<string, unknown>
    }

    // ---- crossing ---------------------------------------------------------------------------------

    /** A host value as the context may see it. */
    toContext(v: unknown): unknown {
        if (!isObject(v)) return v
        // A record's link first: a brand check, which runs no Proxy trap; an out-wrapper (a host Proxy) never has one.
        // Own only, as private fields are: a subclass (GlideAggregate) does not find its base class's wrapper.
        const linked = this.wrapperLink.get(v)
        if (linked) return linked
        const ctx = this.contextOfOut.get(v)
        if (ctx) return ctx
        const known = this.wrapperOfHost.get(v)
        if (known) return known
        if (Array.isArray(v) && !types.isProxy(v)) {
            // Host arrays are copies: scripts use array methods on them, which must be the context's.
            const out = this.kit.array(v.length)
            for (let i = 0; i < v.length; i++) Reflect.defineProperty(out, i, { value: this.toContext(v[i]), writable: true, enumerable: true, configurable: true })
            return out
        }
        let proxy: object
        const shadow = isPrototypeObject(v) && !isIntrinsic(v) ? this.shadowOf(v) : null
        if (shadow) return shadow
        const shadowed = isInstance(v) && !types.isProxy(v)
        if (shadowed) {
            proxy = this.kit.instance(this.shadowOf(Reflect.getPrototypeOf(v) as object) as object)
        } else {
            const made = this.kit.wrap(typeof v === 'function' ? 1 : 0)
            proxy = made.proxy
            this.hostOfTarget.set(made.target, v)
        }
        if (!(shadowed && this.hostLink.set(proxy, v))) this.hostOfWrapper.set(proxy, v)
        // Only short-lived records carry the link; API objects and classes outlive sandboxes (an install
        // makes a new one) and must not keep an old context alive.
        if (!(shadowed && this.wrapperLink.set(v, proxy))) this.wrapperOfHost.set(v, proxy)
        return proxy
    }

    /** The host object behind a wrapper (a record's, by its private link), or undefined. */
    private wrappedHost(wrapper: object): object | undefined {
        return this.hostLink.get(wrapper) ?? this.hostOfWrapper.get(wrapper)
    }

    /** A context value as the host may hold it. */
    toHost(v: unknown): unknown {
        if (!isObject(v)) return v
        const host = this.wrappedHost(v)
        if (host) return host
        let out = this.outOfContext.get(v)
        if (!out) {
            const target = typeof v === 'function' ? function () {} : Array.isArray(v) ? [] : {}
            out = new Proxy(target, this.outHandler)
            this.contextOfTarget.set(target, v)
            this.outOfContext.set(v, out)
            this.contextOfOut.set(out, v)
        }
        return out
    }

    /** Host functions (methods, getters, setters of host prototypes) the shadow stubs call, by id. */
    private readonly members: AnyFunction[] = []
    /** The host prototype each member belongs to: a stub runs only on instances of its own class. */
    private readonly memberOwners: object[] = []
    private readonly shadows = new WeakMap<object, object | null>()

    /**
     * The context shadow of a host class prototype: its own methods and accessors as stubs, the
     * engine's internal methods left out; its prototype is the shadow of the host prototype's
     * prototype, so overriding and instanceof work as on the host. null for intrinsics.
     */
    private shadowOf(proto: object): object | null {
        if (isIntrinsic(proto)) return null
        const known = this.shadows.get(proto)
        if (known !== undefined) return known
        const parentProto = Reflect.getPrototypeOf(proto)
        const parent = parentProto === null ? null : this.shadowOf(parentProto)
        const keys: PropertyKey[] = []
        const kinds: number[] = []
        const ids: number[] = []
        const values: unknown[] = []
        const member = (fn: unknown) => {
            if (typeof fn !== 'function') return -1
            this.memberOwners.push(proto)
            return this.members.push(fn as AnyFunction) - 1
        }
        for (const key of Reflect.ownKeys(proto)) {
            if (typeof key === 'string' && HIDDEN_METHODS.has(key)) continue
            const d = Reflect.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor
            // kind 0: a method (ids: its member); 1: an accessor (ids: getter, values: setter); 3: a plain value.
            const [kind, id, value] =
                key !== 'constructor' && (d.get || d.set)
                    ? [1, member(d.get), member(d.set)]
                    : key !== 'constructor' && typeof d.value === 'function'
                      ? [0, member(d.value), undefined]
                      : [3, -1, this.toContext(d.value)]
            keys.push(key)
            kinds.push(kind)
            ids.push(id)
            values.push(value)
        }
        // Registered before it is built: a constructor's `prototype` leads back here.
        this.shadows.set(proto, null)
        const shadow = this.kit.shadow(parent, this.contextArray(keys), this.contextArray(kinds), this.contextArray(ids), this.contextArray(values))
        this.shadows.set(proto, shadow)
        this.hostOfWrapper.set(shadow, proto)
        return shadow
    }

    private hostOf(target: object): object {
        const host = this.hostOfTarget.get(target)
        if (!host) throw new TypeError('Not a host object wrapper')
        return host
    }

    /** Turns a host exception into kit.FAIL with a context-realm exception pending. */
    private failed(e: unknown): object {
        if (e instanceof SandboxError) return this.kit.fail(e.thrown)
        const { name, message } = errorText(e)
        return this.kit.fail(this.kit.error(name, message))
    }

    private contextArray(values: readonly unknown[]): unknown[] {
        const out = this.kit.array(values.length)
        for (let i = 0; i < values.length; i++) Reflect.defineProperty(out, i, { value: values[i], writable: true, enumerable: true, configurable: true })
        return out
    }

    // ---- what a wrapper shows of its host object ----------------------------------------------------

    /** Where `key` is found on the host object's visible prototype chain; null when it is not visible. */
    private find(host: object, key: PropertyKey): Found | null {
        if (key === '__proto__') return null
        const d = Reflect.getOwnPropertyDescriptor(host, key)
        if (d) {
            const accessor = d.get !== undefined || d.set !== undefined
            if (!accessor && isInstance(host) && !this.scriptSet.get(host)?.has(key)) return null
            if (typeof key === 'string' && HIDDEN_METHODS.has(key) && isPrototypeObject(host)) return null
            return { owner: host, accessor }
        }
        const proto = Reflect.getPrototypeOf(host)
        const inherited = proto === null ? NOT_FOUND : findOnPrototypes(proto, key)
        if (inherited.found) return inherited.found
        // A host Proxy (a reference element) answers names it does not own: dot-walking.
        if (typeof key === 'string' && types.isProxy(host) && !inherited.onIntrinsic) return { owner: host, accessor: true }
        return null
    }

    private visibleKeys(host: object): PropertyKey[] {
        if (isInstance(host)) return [...(this.scriptSet.get(host) ?? [])]
        const proto = isPrototypeObject(host)
        return Reflect.ownKeys(host).filter((k) => !(proto && typeof k === 'string' && HIDDEN_METHODS.has(k)))
    }

    /** Scripts may write fields (accessors on a record's prototype) and their own properties of instances only. */
    private writable(host: object, key: PropertyKey): boolean {
        if (key === '__proto__') return false
        const found = this.find(host, key)
        if (found) {
            if (found.accessor) return !!Reflect.getOwnPropertyDescriptor(found.owner, key)?.set
            return found.owner === host && (this.isDataObject(host) || !!this.scriptSet.get(host)?.has(key))
        }
        if (this.isDataObject(host)) return true
        if (!isInstance(host)) return false
        // An instance's hidden own state is not replaceable either.
        return !Reflect.getOwnPropertyDescriptor(host, key)
    }

    /**
     * A plain host object handed to one script (a widget's `data`, a scripted REST request): the
     * script may write it, as on the platform. The API objects the context holds (gs, sn_uc…) are
     * marked read-only when they are installed, so no script changes what another one calls.
     */
    private isDataObject(host: object): boolean {
        return typeof host === 'object' && !this.readOnly.has(host) && !isInstance(host) && !isPrototypeObject(host) && !types.isProxy(host)
    }

    private readonly readOnly = new WeakSet<object>()

    private markReadOnly(value: unknown): void {
        if (typeof value !== 'object' || value === null || this.readOnly.has(value)) return
        this.readOnly.add(value)
        for (const key of Object.getOwnPropertyNames(value)) {
            const d = Reflect.getOwnPropertyDescriptor(value, key)
            if (d && 'value' in d && isObject(d.value) && !types.isProxy(d.value) && !isInstance(d.value)) this.markReadOnly(d.value)
        }
    }

    private markSet(host: object, key: PropertyKey): void {
        let keys = this.scriptSet.get(host)
        if (!keys) this.scriptSet.set(host, (keys = new Set()))
        keys.add(key)
    }

    private bridge() {
        const kit = () => this.kit
        return {
            get: (target: object, key: PropertyKey): unknown => {
                try {
                    const host = this.hostOf(target)
                    if (!this.find(host, key)) return kit().MISS
                    return this.toContext(Reflect.get(host, key, host))
                } catch (e) {
                    return this.failed(e)
                }
            },
            set: (target: object, key: PropertyKey, value: unknown): unknown => {
                try {
                    const host = this.hostOf(target)
                    if (!this.writable(host, key)) return false
                    const isNew = !this.find(host, key)
                    const ok = Reflect.set(host, key, this.toHost(value), host)
                    if (ok && isNew && isInstance(host)) this.markSet(host, key)
                    return ok
                } catch (e) {
                    return this.failed(e)
                }
            },
            has: (target: object, key: PropertyKey): unknown => {
                try {
                    return !!this.find(this.hostOf(target), key)
                } catch (e) {
                    return this.failed(e)
                }
            },
            del: (target: object, key: PropertyKey): unknown => {
                try {
                    const host = this.hostOf(target)
                    if (this.isDataObject(host) && key !== '__proto__') return Reflect.deleteProperty(host, key)
                    const keys = this.scriptSet.get(host)
                    if (!keys?.has(key)) return false
                    keys.delete(key)
                    return Reflect.deleteProperty(host, key)
                } catch (e) {
                    return this.failed(e)
                }
            },
            keys: (target: object): unknown => {
                try {
                    const keys = this.visibleKeys(this.hostOf(target))
                    // A function target's own `prototype` is non-configurable: the Proxy invariants require it listed.
                    if (typeof target === 'function' && !keys.includes('prototype')) keys.push('prototype')
                    return this.contextArray(keys)
                } catch (e) {
                    return this.failed(e)
                }
            },
            descriptor: (target: object, key: PropertyKey): unknown => {
                try {
                    const host = this.hostOf(target)
                    const fixed = typeof target === 'function' && key === 'prototype'
                    const visible = this.find(host, key)
                    if (!visible || visible.owner !== host) {
                        return fixed ? kit().descriptor(Reflect.get(target, key), true, false, false) : undefined
                    }
                    const d = Reflect.getOwnPropertyDescriptor(host, key)
                    const value = this.toContext(Reflect.get(host, key, host))
                    // Reported configurable (the target does not have it), except the target's own `prototype`.
                    return kit().descriptor(value, fixed || !d || d.writable !== false || !!d.set, !!d?.enumerable, !fixed)
                } catch (e) {
                    return this.failed(e)
                }
            },
            define: (target: object, key: PropertyKey, value: unknown): unknown => {
                try {
                    const host = this.hostOf(target)
                    if (!this.writable(host, key) || !(isInstance(host) || this.isDataObject(host))) return false
                    const ok = Reflect.defineProperty(host, key, { value: this.toHost(value), writable: true, enumerable: true, configurable: true })
                    if (ok && isInstance(host)) this.markSet(host, key)
                    return ok
                } catch (e) {
                    return this.failed(e)
                }
            },
            proto: (target: object): unknown => {
                try {
                    const proto = Reflect.getPrototypeOf(this.hostOf(target))
                    return proto === null || isIntrinsic(proto) ? kit().MISS : this.toContext(proto)
                } catch (e) {
                    return this.failed(e)
                }
            },
            apply: (target: object, self: unknown, args: ArrayLike<unknown>): unknown => {
                try {
                    const fn = this.hostOf(target) as AnyFunction
                    const hostArgs: unknown[] = []
                    for (let i = 0; i < args.length; i++) hostArgs.push(this.toHost(args[i]))
                    return this.toContext(Reflect.apply(fn, this.toHost(self), hostArgs))
                } catch (e) {
                    return this.failed(e)
                }
            },
            construct: (target: object, args: ArrayLike<unknown>, newTarget: object): unknown => {
                try {
                    const fn = this.hostOf(target) as new (...a: unknown[]) => object
                    const hostArgs: unknown[] = []
                    for (let i = 0; i < args.length; i++) hostArgs.push(this.toHost(args[i]))
                    const nt = this.hostOfTarget.get(target) === this.wrappedHost(newTarget) ? fn : (this.toHost(newTarget) as typeof fn)
                    return this.toContext(Reflect.construct(fn, hostArgs, nt))
                } catch (e) {
                    return this.failed(e)
                }
            },
            invoke: (id: number, self: unknown, args: ArrayLike<unknown> | undefined): unknown => {
                try {
                    // A record's wrapper (linked) leads to an instance; only the WeakMap holds shadows, whose host is a prototype.
                    const linked = isObject(self) ? this.hostLink.get(self) : undefined
                    const host = linked ?? (isObject(self) ? this.hostOfWrapper.get(self) : undefined)
                    if (!host || (!linked && this.shadows.has(host)) || !isPrototypeOf(this.memberOwners[id], host)) throw new TypeError('Illegal invocation: not a Glide object of this class')
                    const fn = this.members[id]
                    if (args === undefined) return this.toContext(Reflect.apply(fn, host, []))
                    const hostArgs: unknown[] = []
                    for (let i = 0; i < args.length; i++) hostArgs.push(this.toHost(args[i]))
                    return this.toContext(Reflect.apply(fn, host, hostArgs))
                } catch (e) {
                    return this.failed(e)
                }
            },
            log: (message: unknown): unknown => {
                try {
                    this.hooks.log(String(message))
                    return undefined
                } catch (e) {
                    return this.failed(e)
                }
            },
            require: (id: unknown, from: unknown): unknown => {
                try {
                    return this.toContext(this.hooks.require(String(id), String(from)))
                } catch (e) {
                    return this.failed(e)
                }
            },
            include: (apiName: unknown): unknown => {
                try {
                    return this.toContext(this.hooks.include(String(apiName)))
                } catch (e) {
                    return this.failed(e)
                }
            },
        }
    }

    // ---- the host's view of context objects -----------------------------------------------------------

    /** Runs a context operation for the host: a script exception becomes a host SandboxError. */
    private guard<T>(fn: () => T): T {
        try {
            return fn()
        } catch (e) {
            if (e instanceof Error) throw e
            throw new SandboxError(describeThrown(e), e)
        }
    }

    private makeOutHandler(): ProxyHandler<object> {
        const ctx = (t: object): object => this.contextOfOutTarget(t)
        const fixedKey = (t: object, key: PropertyKey) => (typeof t === 'function' && key === 'prototype') || (Array.isArray(t) && key === 'length')
        return {
            get: (t, key) => {
                const c = ctx(t)
                return this.toHost(this.guard(() => Reflect.get(c, key, c)))
            },
            set: (t, key, value) => {
                const c = ctx(t)
                const v = this.toContext(value)
                return this.guard(() => Reflect.set(c, key, v, c))
            },
            has: (t, key) => {
                const c = ctx(t)
                return this.guard(() => Reflect.has(c, key))
            },
            deleteProperty: (t, key) => {
                const c = ctx(t)
                return this.guard(() => Reflect.deleteProperty(c, key))
            },
            ownKeys: (t) => {
                const c = ctx(t)
                const keys = this.guard(() => Reflect.ownKeys(c))
                for (const k of ['prototype', 'length']) if (fixedKey(t, k) && !keys.includes(k)) keys.push(k)
                return keys
            },
            getOwnPropertyDescriptor: (t, key) => {
                const c = ctx(t)
                const d = this.guard(() => Reflect.getOwnPropertyDescriptor(c, key))
                if (fixedKey(t, key)) {
                    const own = Reflect.getOwnPropertyDescriptor(t, key) as PropertyDescriptor
                    return { ...own, value: d && 'value' in d ? this.toHost(d.value) : own.value }
                }
                if (!d) return undefined
                if ('value' in d) return { value: this.toHost(d.value), writable: d.writable, enumerable: d.enumerable, configurable: true }
                return { get: this.toHost(d.get) as () => unknown, set: this.toHost(d.set) as (v: unknown) => void, enumerable: d.enumerable, configurable: true }
            },
            defineProperty: (t, key, d) => {
                const c = ctx(t)
                if (!('value' in d)) return false
                const v = this.toContext(d.value)
                return this.guard(() => Reflect.defineProperty(c, key, { value: v, writable: d.writable ?? true, enumerable: d.enumerable ?? true, configurable: d.configurable ?? true }))
            },
            getPrototypeOf: (t) => {
                const c = ctx(t)
                return this.toHost(this.guard(() => Reflect.getPrototypeOf(c))) as object | null
            },
            setPrototypeOf: () => false,
            isExtensible: (t) => Reflect.isExtensible(t),
            preventExtensions: () => false,
            apply: (t, self, args: unknown[]) => {
                const c = ctx(t) as AnyFunction
                const ctxSelf = this.toContext(self)
                const ctxArgs = args.map((a) => this.toContext(a))
                return this.toHost(this.guard(() => Reflect.apply(c, ctxSelf, ctxArgs)))
            },
            construct: (t, args: unknown[], newTarget) => {
                const c = ctx(t) as new (...a: unknown[]) => object
                const ctxArgs = args.map((a) => this.toContext(a))
                const nt = this.contextOfOut.get(newTarget) ?? c
                return this.toHost(this.guard(() => Reflect.construct(c, ctxArgs, nt as typeof c))) as object
            },
        }
    }

    /** Out-wrapper targets are host dummies; the context object is found through the proxy map. */
    private readonly contextOfTarget = new WeakMap<object, object>()

    private contextOfOutTarget(t: object): object {
        const c = this.contextOfTarget.get(t)
        if (!c) throw new TypeError('Not a script object')
        return c
    }
}
