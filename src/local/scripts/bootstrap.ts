/**
 * The code that runs first inside the script context (see sandbox.ts for the design). It is
 * plain JavaScript text, not a TypeScript function turned into text, so no transpiler or coverage
 * helper can slip a host reference into it.
 *
 * It receives the host bridge functions as arguments and keeps them in this closure only; it
 * captures the context intrinsics it uses before any script runs, so a script that replaces
 * `Reflect.get`, `WeakMap.prototype.get` or `Function.prototype.call` changes nothing here. It
 * never uses syntax that consults replaceable intrinsics (no spread, no for-of, no destructuring of
 * arrays, no assignment to array indexes: all of these look up `Symbol.iterator` or setters on
 * `Array.prototype`, which scripts can replace).
 *
 * It returns the "kit": the context functions the host uses to make context-realm values (wrappers,
 * arrays, descriptors, errors) and the sentinels of the bridge protocol.
 */
export const BOOTSTRAP_SOURCE = String.raw`(function (hGet, hSet, hHas, hDelete, hKeys, hDescriptor, hDefine, hProto, hApply, hConstruct, hLog, hRequire, hInclude, hInvoke) {
'use strict';
const R = Reflect;
const rApply = R.apply, rGet = R.get, rHas = R.has, rGetProto = R.getPrototypeOf, rDefine = R.defineProperty, rGOPD = R.getOwnPropertyDescriptor;
const rIsExtensible = R.isExtensible;
const ProxyC = Proxy, ErrorC = Error, RangeErrorC = RangeError;
const ERRORS = { __proto__: null, Error: Error, TypeError: TypeError, RangeError: RangeError, SyntaxError: SyntaxError, ReferenceError: ReferenceError, EvalError: EvalError, URIError: URIError };
const StringC = String, create = Object.create, freeze = Object.freeze;
const arrayJoin = Array.prototype.join;
const G = globalThis;

// The bridge protocol: a host function returns MISS for "not a host property: use the target's",
// or FAIL after handing the context-realm exception to fail(). Anything a host function throws
// instead (only a stack overflow inside the host can) is dropped, never shown to scripts.
const MISS = freeze(create(null));
const FAIL = freeze(create(null));
let pending;
function fail(error) { pending = error; return FAIL; }
function exhausted() { return new RangeErrorC('Maximum call stack size exceeded'); }
function settle(r) {
  if (r === FAIL) { const e = pending; pending = undefined; throw e; }
  return r;
}

const handler = freeze({
  __proto__: null,
  get(t, k, receiver) {
    let r;
    try { r = hGet(t, k); } catch (e) { throw exhausted(); }
    r = settle(r);
    return r === MISS ? rGet(t, k, receiver) : r;
  },
  set(t, k, v) {
    let r;
    try { r = hSet(t, k, v); } catch (e) { throw exhausted(); }
    return settle(r);
  },
  has(t, k) {
    let r;
    try { r = hHas(t, k); } catch (e) { throw exhausted(); }
    return settle(r) || rHas(t, k);
  },
  deleteProperty(t, k) {
    let r;
    try { r = hDelete(t, k); } catch (e) { throw exhausted(); }
    return settle(r);
  },
  ownKeys(t) {
    let r;
    try { r = hKeys(t); } catch (e) { throw exhausted(); }
    return settle(r);
  },
  getOwnPropertyDescriptor(t, k) {
    let r;
    try { r = hDescriptor(t, k); } catch (e) { throw exhausted(); }
    return settle(r);
  },
  defineProperty(t, k, d) {
    // Only data properties cross; read the descriptor's own fields (Object.prototype may be polluted).
    const value = rGOPD(d, 'value'), get = rGOPD(d, 'get'), set = rGOPD(d, 'set');
    if (get !== undefined || set !== undefined) return false;
    let r;
    try { r = hDefine(t, k, value === undefined ? undefined : value.value); } catch (e) { throw exhausted(); }
    return settle(r);
  },
  getPrototypeOf(t) {
    let r;
    try { r = hProto(t); } catch (e) { throw exhausted(); }
    r = settle(r);
    return r === MISS ? rGetProto(t) : r;
  },
  setPrototypeOf() { return false; },
  isExtensible(t) { return rIsExtensible(t); },
  preventExtensions() { return false; },
  apply(t, self, args) {
    let r;
    try { r = hApply(t, self, args); } catch (e) { throw exhausted(); }
    return settle(r);
  },
  construct(t, args, newTarget) {
    let r;
    try { r = hConstruct(t, args, newTarget); } catch (e) { throw exhausted(); }
    return settle(r);
  },
});

// A wrapper's target is a context object (kind 1: a function, so the wrapper is callable and
// constructible); the host keys its own object by that target.
function wrap(kind) {
  const target = kind === 1 ? function () {} : {};
  return { target: target, proxy: new ProxyC(target, handler) };
}

// Class instances (GlideRecord, GlideElement, GlideDateTime…) are ordinary context objects whose
// prototypes ("shadows", one per host prototype, frozen) hold stubs: a method or field read is one
// bridge call instead of a Proxy trap for the lookup and another for the call.
const ObjectProto = Object.prototype;
function invoke(id, self, args) {
  let r;
  try { r = hInvoke(id, self, args); } catch (e) { throw exhausted(); }
  return settle(r);
}
function methodStub(id) {
  return function () { return invoke(id, this, arguments); };
}
function getterStub(id) {
  return function () { return invoke(id, this, undefined); };
}
function setterStub(id) {
  return function (v) { invoke(id, this, [v]); };
}
function shadow(parent, keys, kinds, ids, values) {
  const o = create(parent === null ? ObjectProto : parent);
  for (let i = 0; i < keys.length; i++) {
    const kind = kinds[i];
    if (kind === 0) rDefine(o, keys[i], descriptor(methodStub(ids[i]), true, false, true));
    else if (kind === 3) rDefine(o, keys[i], descriptor(values[i], true, false, true));
    else {
      const get = ids[i] >= 0 ? getterStub(ids[i]) : undefined, set = values[i] >= 0 ? setterStub(values[i]) : undefined;
      rDefine(o, keys[i], { __proto__: null, get: get, set: set, enumerable: false, configurable: true });
    }
  }
  return freeze(o);
}
function instance(proto) { return create(proto); }

function array(length) {
  const a = [];
  a.length = length;
  return a;
}

function descriptor(value, writable, enumerable, configurable) {
  return { __proto__: null, value: value, writable: writable, enumerable: enumerable, configurable: configurable };
}

function error(name, message) {
  const C = ERRORS[name] || ErrorC;
  const e = new C(message);
  if (C === ErrorC && name !== 'Error') rDefine(e, 'name', descriptor(name, true, false, true));
  return e;
}

function object() { return {}; }

// ---- globals made here, from context code only ----------------------------------------------
function bridged(fn, a, b) {
  let r;
  try { r = fn(a, b); } catch (e) { throw exhausted(); }
  return settle(r);
}

function makeRequire(from) {
  const from_ = StringC(from);
  return function require(id) { return bridged(hRequire, StringC(id), from_); };
}

const console = freeze({
  __proto__: null,
  log: function log() {
    const parts = [];
    for (let i = 0; i < arguments.length; i++) rDefine(parts, i, descriptor(StringC(arguments[i]), true, true, true));
    bridged(hLog, rApply(arrayJoin, parts, [' ']));
  },
});

// Classic script includes define classes with Class.create(), the platform's Prototype-style helper.
const Class = freeze({
  __proto__: null,
  create: function create() {
    return function () {
      if (typeof this.initialize === 'function') rApply(this.initialize, this, arguments);
    };
  },
});

// Scoped names (new <scope>.<IncludeName>()) resolve script includes lazily, by api_name.
function namespace(scope) {
  const prefix = StringC(scope) + '.';
  return new ProxyC(freeze(create(null)), freeze({
    __proto__: null,
    get(t, k) { return typeof k === 'string' ? bridged(hInclude, prefix + k) : undefined; },
    set() { return false; },
    defineProperty() { return false; },
    deleteProperty() { return false; },
  }));
}

// A global script include by its bare name (global code only: the host refuses other scopes).
function globalInclude(name) {
  const n = StringC(name);
  if (R.has(G, n)) return;
  rDefine(G, n, { __proto__: null, get: function () { return bridged(hInclude, n); }, enumerable: false, configurable: false });
}

function lockGlobal(name, value) {
  rDefine(G, name, descriptor(value, false, false, false));
}

// Stack traces: a script setting Error.prepareStackTrace would receive V8 CallSite objects for host
// frames (the vm2 "prepareStackTrace" escapes); Node reads globalThis.Error.prepareStackTrace of the
// error's realm, so both that property and the Error global are made read-only.
rDefine(ErrorC, 'prepareStackTrace', descriptor(undefined, false, false, false));
// "SharedArrayBuffer / Atomics | Disallowed", "WeakRef / FinalizationRegistry | Disallowed" (the
// platform's ES2021 engine); Atomics.wait would also block the whole process.
R.deleteProperty(G, 'SharedArrayBuffer');
R.deleteProperty(G, 'Atomics');
R.deleteProperty(G, 'WeakRef');
R.deleteProperty(G, 'FinalizationRegistry');
lockGlobal('Error', ErrorC);
lockGlobal('console', console);
lockGlobal('Class', Class);
lockGlobal('require', makeRequire(''));

return freeze({
  __proto__: null,
  MISS: MISS, FAIL: FAIL, fail: fail, wrap: wrap, shadow: shadow, instance: instance, array: array, descriptor: descriptor, error: error, object: object,
  makeRequire: makeRequire, namespace: namespace, lockGlobal: lockGlobal, globalInclude: globalInclude,
});
})`
