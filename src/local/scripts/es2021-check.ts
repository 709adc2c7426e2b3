import * as acorn from 'acorn'
import * as walk from 'acorn-walk'
import { CHECKED_FEATURES, type CheckedFeature, type FeatureId } from './es2021-rules'

/*
 * Finds the features of a server-side script that the engine's ECMAScript 2021 (ES12) mode does not
 * run (es2021-rules.ts has the table and its sources). The script is parsed by a real JavaScript
 * parser (acorn, the latest ECMAScript grammar) and its syntax tree walked; nothing is matched as text.
 *
 * Kinds: `module` for sys_module content (the ES modules the SDK emits from src/server, checked
 * exactly as installed), `script` for every other script field (the engine runs them as a function
 * body, so a top-level `return` is allowed).
 */

export type ScriptKind = 'script' | 'module'

export interface FeatureUse {
    feature: CheckedFeature
    /** 1-based line and column in the script text. */
    line: number
    column: number
}

export interface ParseFailure {
    /** The parser's message without its "(line:column)" suffix. */
    message: string
    line: number
    column: number
}

export interface CheckResult {
    uses: FeatureUse[]
    /** Set when the script is not JavaScript at all; `uses` is then empty. */
    parseError?: ParseFailure
}

type Node = acorn.Node & Record<string, unknown>
type AnyNode = acorn.AnyNode

/** Globals whose mere use is the feature. */
const GLOBAL_FEATURES: Readonly<Record<string, FeatureId>> = {
    WeakRef: 'weakref',
    FinalizationRegistry: 'weakref',
    SharedArrayBuffer: 'shared-memory',
    Atomics: 'shared-memory',
    Reflect: 'reflect',
    BigInt64Array: 'bigint-64-arrays',
    BigUint64Array: 'bigint-64-arrays',
}

/** Builtins the engine does not let a class extend (guide: "Array, RegExp, Function, Promise, Error, Map, Set"; matrix: Boolean, Number, String too). */
const BUILTIN_CLASSES = new Set([
    'Array', 'RegExp', 'Function', 'Promise', 'Map', 'Set', 'Boolean', 'Number', 'String',
    'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'AggregateError',
])

/** Object static methods that the matrix disallows on primitives ("Object static methods accept primitives"). */
const OBJECT_STATICS_ON_PRIMITIVES = new Set([
    'getPrototypeOf', 'getOwnPropertyDescriptor', 'getOwnPropertyNames', 'seal', 'freeze',
    'preventExtensions', 'isSealed', 'isFrozen', 'isExtensible', 'keys',
])

/** Checks one script; never throws for bad input (an unparseable script comes back as `parseError`). */
export function checkScript(source: string, kind: ScriptKind): CheckResult {
    const tokens: acorn.Token[] = []
    let ast: acorn.Program
    try {
        ast = acorn.parse(source, {
            ecmaVersion: 'latest',
            sourceType: kind,
            allowReturnOutsideFunction: kind === 'script',
            locations: true,
            // Tokens are only needed to find `\u{…}` escapes in names; most scripts have none.
            onToken: source.includes('\\u{') ? tokens : undefined,
        })
    } catch (e) {
        return { uses: [], parseError: parseFailure(e) }
    }
    try {
        return { uses: new Walker(source, ast, tokens).run() }
    } catch (e) {
        // Only a stack overflow can get here (the parser already refused deeper nesting); refuse rather than pass.
        if (!(e instanceof RangeError)) throw e
        return { uses: [], parseError: { message: `too deeply nested to check (${e.message})`, line: 1, column: 1 } }
    }
}

function parseFailure(e: unknown): ParseFailure {
    const err = e as { message?: string; loc?: { line: number; column: number } }
    const message = String(err.message ?? e).replace(/\s*\(\d+:\d+\)$/, '')
    return { message, line: err.loc?.line ?? 1, column: (err.loc?.column ?? 0) + 1 }
}

function isFunction(n: AnyNode): n is acorn.FunctionDeclaration | acorn.FunctionExpression | acorn.ArrowFunctionExpression {
    return n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression'
}

/** Binding names of a pattern (`{ a, b: [c, ...d] = x }` → a, c, d). */
function patternNames(p: acorn.Pattern | null | undefined, out: string[] = []): string[] {
    if (!p) return out
    switch (p.type) {
        case 'Identifier':
            out.push(p.name)
            break
        case 'ObjectPattern':
            for (const prop of p.properties) patternNames(prop.type === 'RestElement' ? prop.argument : prop.value, out)
            break
        case 'ArrayPattern':
            for (const el of p.elements) patternNames(el, out)
            break
        case 'RestElement':
            patternNames(p.argument, out)
            break
        case 'AssignmentPattern':
            patternNames(p.left, out)
            break
        default:
            break
    }
    return out
}

/** Where a let/const/class binding is initialized: a use of it before `end`, in the same function, is in its temporal dead zone. */
interface LexicalBinding {
    end: number
}

class Walker {
    private readonly uses: FeatureUse[] = []
    private readonly declared = new Set<string>()
    private readonly generators = new Set<string>()
    private readonly lexicalCache = new Map<AnyNode, Map<string, LexicalBinding>>()
    private readonly functionScopeCache = new Map<AnyNode, Set<string>>()

    constructor(
        private readonly source: string,
        private readonly ast: acorn.Program,
        private readonly tokens: acorn.Token[],
    ) {}

    run(): FeatureUse[] {
        this.collectDeclarations()
        this.checkTokens()
        walk.ancestor(this.ast, this.visitors())
        return this.uses.sort((a, b) => a.line - b.line || a.column - b.column)
    }

    private report(id: FeatureId, node: { start: number; loc?: acorn.SourceLocation | null }): void {
        const loc = node.loc?.start ?? acorn.getLineInfo(this.source, node.start)
        if (this.uses.some((u) => u.feature.id === id && u.line === loc.line && u.column === loc.column + 1)) return
        this.uses.push({ feature: CHECKED_FEATURES[id], line: loc.line, column: loc.column + 1 })
    }

    /** Every name the script binds anywhere, so a script's own `Reflect` or `Error` is not the builtin. */
    private collectDeclarations(): void {
        const add = (names: string[]) => names.forEach((n) => this.declared.add(n))
        walk.full(this.ast, (n) => {
            const node = n as AnyNode
            if (node.type === 'VariableDeclarator') {
                add(patternNames(node.id))
                const init = node.init
                if (node.id.type === 'Identifier' && init && (init.type === 'FunctionExpression') && init.generator) this.generators.add(node.id.name)
            } else if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') {
                if (node.type !== 'ArrowFunctionExpression' && node.id) {
                    this.declared.add(node.id.name)
                    if (node.generator && node.type === 'FunctionDeclaration') this.generators.add(node.id.name)
                }
                for (const p of node.params) add(patternNames(p))
            } else if ((node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && node.id) {
                this.declared.add(node.id.name)
            } else if (node.type === 'CatchClause' && node.param) {
                add(patternNames(node.param))
            } else if (node.type === 'ImportDeclaration') {
                for (const s of node.specifiers) this.declared.add(s.local.name)
            }
        })
    }

    /** Escapes in identifiers are only visible in the tokens: `\u{…}` code point escapes are Not Supported there. */
    private checkTokens(): void {
        for (const t of this.tokens) {
            if (t.type.label !== 'name' && t.type.label !== 'privateId') continue
            if (this.source.slice(t.start, t.end).includes('\\u{')) this.report('unicode-escape-identifier', { start: t.start, loc: t.loc })
        }
    }

    private isGlobal(name: string): boolean {
        return !this.declared.has(name)
    }

    private visitors(): walk.AncestorVisitors<unknown> {
        return {
            Identifier: (n, _s, ancestors) => {
                const node = n as acorn.Identifier
                const feature = GLOBAL_FEATURES[node.name]
                if (feature && this.isGlobal(node.name)) this.report(feature, node)
                this.checkDeadZone(node, ancestors as AnyNode[])
            },
            MemberExpression: (n) => {
                const node = n as acorn.MemberExpression
                const name = this.propertyName(node)
                if (name === '__proto__') this.report('proto-accessor', node.property)
                if (name === 'getBigInt64' || name === 'getBigUint64') this.report('bigint-64-arrays', node.property)
            },
            CallExpression: (n) => this.checkCall(n as acorn.CallExpression),
            NewExpression: (n) => {
                const node = n as acorn.NewExpression
                this.checkCall(node)
                if (node.callee.type === 'Identifier' && this.generators.has(node.callee.name)) this.report('generator-constructor', node)
            },
            MethodDefinition: (n) => {
                const node = n as acorn.MethodDefinition
                if (node.value.async && !node.value.generator) this.report('async-class-method', node)
                if (node.key.type === 'PrivateIdentifier' && !node.static) this.report('private-instance-member', node.key)
                if (this.isSymbolSpecies(node.computed ? node.key : null)) this.report('symbol-species-override', node.key)
            },
            PropertyDefinition: (n) => {
                const node = n as acorn.PropertyDefinition
                if (node.key.type === 'PrivateIdentifier' && !node.static) this.report('private-instance-member', node.key)
                if (this.isSymbolSpecies(node.computed ? node.key : null)) this.report('symbol-species-override', node.key)
            },
            Property: (n) => {
                const node = n as acorn.Property
                if (this.isSymbolSpecies(node.computed ? node.key : null)) this.report('symbol-species-override', node.key)
            },
            ObjectExpression: (n) => {
                for (const p of (n as acorn.ObjectExpression).properties) {
                    if (p.type !== 'Property') continue
                    const key = p.key.type === 'Identifier' && !p.computed ? p.key.name : p.key.type === 'Literal' ? p.key.value : undefined
                    if (key === '__proto__' && (p.computed || p.shorthand || p.method)) this.report('proto-literal-forms', p)
                }
            },
            Function: (n) => {
                const node = n as acorn.Function
                if (node.async && node.generator) this.report('async-generator', node)
            },
            ForOfStatement: (n) => {
                const node = n as acorn.ForOfStatement
                if (node.await) this.report('for-await-of', node)
                this.checkGeneratorIteration(node.right)
            },
            SpreadElement: (n) => this.checkGeneratorIteration((n as acorn.SpreadElement).argument),
            VariableDeclarator: (n) => {
                const node = n as acorn.VariableDeclarator
                if (node.id.type === 'ArrayPattern' && node.init) this.checkGeneratorIteration(node.init)
            },
            AssignmentExpression: (n) => {
                const node = n as acorn.AssignmentExpression
                if (node.left.type === 'ArrayPattern') this.checkGeneratorIteration(node.right)
            },
            SequenceExpression: (n) => {
                const node = n as acorn.SequenceExpression
                if (node.expressions.some((e) => e.type === 'YieldExpression')) this.report('yield-precedence', node)
            },
            Class: (n) => {
                const node = n as acorn.Class
                const sup = node.superClass
                if (sup?.type === 'Identifier' && BUILTIN_CLASSES.has(sup.name) && this.isGlobal(sup.name)) this.report('builtin-subclass', sup)
            },
            BinaryExpression: (n) => {
                const node = n as acorn.BinaryExpression
                if (node.operator === 'in' && node.left.type === 'PrivateIdentifier') this.report('private-brand-check', node)
            },
            Literal: (n) => {
                const node = n as acorn.Literal
                if ('regex' in node && node.regex) this.checkRegExp(node.regex.pattern, node.regex.flags, node)
                else if (typeof node.value === 'string' && /[\u2028\u2029]/.test(node.raw ?? '')) this.report('line-separator-in-string', node)
            },
            TaggedTemplateExpression: (n) => {
                const node = n as acorn.TaggedTemplateExpression
                if (node.quasi.quasis.some((q) => q.value.cooked === null)) this.report('template-literal-revision', node.quasi)
            },
            TemplateLiteral: (n) => {
                if (this.source.slice(n.start, n.end).includes('\r')) this.report('template-line-break-normalization', n)
            },
            LabeledStatement: (n) => {
                if ((n as acorn.LabeledStatement).body.type === 'FunctionDeclaration') this.report('labeled-function', n)
            },
            IfStatement: (n) => {
                const node = n as acorn.IfStatement
                for (const clause of [node.consequent, node.alternate]) if (clause?.type === 'FunctionDeclaration') this.report('function-in-if', clause)
            },
            TryStatement: (n) => {
                const node = n as acorn.TryStatement
                if (node.handler && !node.handler.param && this.awaitsOrYields(node.block)) this.report('optional-catch-await-yield', node.handler)
            },
            MetaProperty: (n, _s, ancestors) => {
                const node = n as acorn.MetaProperty
                if (node.meta.name === 'new' && !this.inClassMethod(ancestors as AnyNode[])) this.report('new-target-in-function', node)
            },
        }
    }

    private propertyName(m: acorn.MemberExpression): string | undefined {
        if (!m.computed && m.property.type === 'Identifier') return m.property.name
        if (m.computed && m.property.type === 'Literal' && typeof m.property.value === 'string') return m.property.value
        return undefined
    }

    private checkCall(node: acorn.CallExpression | acorn.NewExpression): void {
        const callee = node.callee
        if (callee.type === 'Identifier' && callee.name === 'Function' && this.isGlobal('Function')) this.report('function-constructor', node)
        if (callee.type === 'Identifier' && callee.name === 'RegExp' && this.isGlobal('RegExp')) {
            const [pattern, flags] = node.arguments
            const text = (a: unknown) => (a && (a as acorn.Node).type === 'Literal' && typeof (a as acorn.Literal).value === 'string' ? ((a as acorn.Literal).value as string) : undefined)
            const p = text(pattern)
            const f = flags === undefined ? '' : text(flags)
            if (p !== undefined && f !== undefined) this.checkRegExp(p, f, node)
        }
        if (callee.type !== 'MemberExpression') return
        const name = this.propertyName(callee)
        if ((name === 'throw' || name === 'return') && node.type === 'CallExpression') this.report('generator-prototype-method', callee.property)
        const obj = callee.object
        if (name && OBJECT_STATICS_ON_PRIMITIVES.has(name) && obj.type === 'Identifier' && obj.name === 'Object' && this.isGlobal('Object')) {
            const first = node.arguments[0]
            const primitive = first && ((first.type === 'Literal' && first.value !== null && !('regex' in first && first.regex)) || first.type === 'TemplateLiteral')
            if (primitive) this.report('object-static-on-primitive', node)
        }
        if ((name === 'call' || name === 'apply') && obj.type === 'MemberExpression' && this.propertyName(obj) === 'includes') {
            const proto = obj.object
            if (proto.type === 'MemberExpression' && this.propertyName(proto) === 'prototype' && proto.object.type === 'Identifier' && proto.object.name === 'Array') this.report('array-includes-generic', node)
        }
    }

    private isSymbolSpecies(key: AnyNode | null): boolean {
        if (!key || key.type !== 'MemberExpression') return false
        return key.object.type === 'Identifier' && key.object.name === 'Symbol' && this.propertyName(key) === 'species'
    }

    /** A direct call of a generator function this script declares: iterating its result is the disallowed "with generator instances". */
    private checkGeneratorIteration(expr: AnyNode): void {
        if (expr.type === 'CallExpression' && expr.callee.type === 'Identifier' && this.generators.has(expr.callee.name)) this.report('generator-instance-iteration', expr)
    }

    /**
     * The `d` flag is Not Supported. Without the `u`/`v` flag a pattern may use the Annex B
     * extensions the engine disallows; the host's own RegExp parser tells: every pattern valid
     * without the extensions is valid in Unicode mode, Annex B's are not.
     */
    private checkRegExp(pattern: string, flags: string, node: acorn.Node): void {
        if (flags.includes('d')) this.report('regexp-match-indices', node)
        if (flags.includes('u') || flags.includes('v')) return
        try {
            new RegExp(pattern, `${flags.replace(/[^gimsy]/g, '')}u`)
        } catch {
            this.report('regexp-annex-b', node)
        }
    }

    /** Whether a try block awaits or yields itself (not in a nested function). */
    private awaitsOrYields(block: acorn.BlockStatement): boolean {
        let found = false
        walk.recursive(block, null, {
            Function: () => {},
            AwaitExpression: () => {
                found = true
            },
            YieldExpression: () => {
                found = true
            },
        })
        return found
    }

    /** `new.target` is Supported in classes: inside a class method or constructor (arrows there share it). */
    private inClassMethod(ancestors: AnyNode[]): boolean {
        for (let i = ancestors.length - 2; i >= 0; i--) {
            const a = ancestors[i]
            if (a.type === 'ArrowFunctionExpression') continue
            if (a.type === 'FunctionExpression') return ancestors[i - 1]?.type === 'MethodDefinition'
            if (a.type === 'FunctionDeclaration') return false
            if (a.type === 'PropertyDefinition' || a.type === 'StaticBlock') return true
        }
        return false
    }

    // --- temporal dead zone ---------------------------------------------------------------

    /**
     * A use of a let/const/class binding, in the function (or top level) that declares it, before
     * its declaration has run: a ReferenceError in a standard engine, Not Supported on the platform.
     * A use inside a nested function (or a class field initializer) is not counted: it runs later.
     */
    private checkDeadZone(id: acorn.Identifier, ancestors: AnyNode[]): void {
        let crossed = false
        for (let i = ancestors.length - 2; i >= 0; i--) {
            const a = ancestors[i]
            const binding = this.lexicalOf(a).get(id.name)
            if (binding) {
                if (!crossed && id.start < binding.end) this.report('temporal-dead-zone', id)
                return
            }
            if (this.functionScopeOf(a)?.has(id.name)) return
            if (a.type === 'CatchClause' && patternNames(a.param).includes(id.name)) return
            if (isFunction(a) || a.type === 'StaticBlock') crossed = true
            if (a.type === 'PropertyDefinition' && a.value && id.start >= a.value.start) crossed = true
        }
    }

    /** The let/const/class bindings a node holds directly (block, program, for head, switch, a class's own name). */
    private lexicalOf(node: AnyNode): Map<string, LexicalBinding> {
        const cached = this.lexicalCache.get(node)
        if (cached) return cached
        const out = new Map<string, LexicalBinding>()
        const fromStatements = (statements: readonly AnyNode[]) => {
            for (let s of statements) {
                if ((s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && s.declaration) s = s.declaration as AnyNode
                if (s.type === 'VariableDeclaration' && s.kind !== 'var') {
                    for (const d of s.declarations) for (const name of patternNames(d.id)) out.set(name, { end: d.end })
                } else if (s.type === 'ClassDeclaration' && s.id) {
                    out.set(s.id.name, { end: s.end })
                }
            }
        }
        switch (node.type) {
            case 'Program':
            case 'BlockStatement':
            case 'StaticBlock':
                fromStatements(node.body as AnyNode[])
                break
            case 'SwitchStatement':
                for (const c of node.cases) fromStatements(c.consequent)
                break
            case 'ForStatement':
                if (node.init?.type === 'VariableDeclaration') fromStatements([node.init])
                break
            case 'ForInStatement':
            case 'ForOfStatement':
                // The loop variable is bound before each iteration's body; the head's right side runs in its dead zone.
                if (node.left.type === 'VariableDeclaration' && node.left.kind !== 'var') for (const name of patternNames(node.left.declarations[0].id)) out.set(name, { end: node.right.end })
                break
            case 'ClassDeclaration':
            case 'ClassExpression':
                if (node.id) out.set(node.id.name, { end: node.end })
                break
            default:
                break
        }
        this.lexicalCache.set(node, out)
        return out
    }

    /** The var, function and parameter names of a function or the top level (not of nested functions). */
    private functionScopeOf(node: AnyNode): Set<string> | undefined {
        if (!isFunction(node) && node.type !== 'Program') return undefined
        const cached = this.functionScopeCache.get(node)
        if (cached) return cached
        const names = new Set<string>()
        if (isFunction(node)) {
            for (const p of node.params) patternNames(p).forEach((n) => names.add(n))
            if (node.type === 'FunctionExpression' && node.id) names.add(node.id.name)
        }
        const body = isFunction(node) ? node.body : node
        walk.recursive(body as AnyNode, null, {
            Function: (f) => {
                if (f.type === 'FunctionDeclaration' && f.id) names.add(f.id.name)
            },
            VariableDeclaration: (d, _s, c) => {
                if (d.kind === 'var') for (const decl of d.declarations) patternNames(decl.id).forEach((n) => names.add(n))
                for (const decl of d.declarations) if (decl.init) c(decl.init, _s)
            },
        })
        this.functionScopeCache.set(node, names)
        return names
    }
}

/** "line 3, column 5: async methods in classes (Disallowed in ECMAScript 2021 (ES12) mode)". */
export function describeUse(use: FeatureUse): string {
    const status = use.feature.status === 'disallowed' ? 'Disallowed' : 'Not Supported'
    return `line ${use.line}, column ${use.column}: ${use.feature.name} (${status} in ECMAScript 2021 (ES12) mode)`
}

/** "line 1, column 7: not JavaScript: Unexpected token". */
export function describeParseFailure(f: ParseFailure): string {
    return `line ${f.line}, column ${f.column}: not JavaScript: ${f.message}`
}

export type { Node }
