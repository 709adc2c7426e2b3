// A GlideRecord query inside a loop is one database round trip per iteration: invisible with ten
// demo rows, minutes with the 50,000 users of a real instance (and the platform's transaction
// quota cancels it). Flags, inside a for/for-in/for-of/while/do-while body or an array callback
// (forEach, map, filter, …): `.query()`, and `.get(...)` on a Glide record (a variable created with
// `new GlideRecord/GlideRecordSecure/GlideAggregate` or typed as one), and calls to functions of the
// same file that query. Creating a record to insert it is not a query: writes per row are how the
// platform writes. A justified case (a batch loop that queries once per chunk, not per row) is
// marked on the loop or the line with `// psm-allow-query-in-loop: <reason>`; a marker without a
// reason is an error.

const GLIDE_CLASSES = new Set(['GlideRecord', 'GlideRecordSecure', 'GlideAggregate'])
const ARRAY_CALLBACKS = new Set(['forEach', 'map', 'filter', 'some', 'every', 'reduce', 'reduceRight', 'flatMap', 'find', 'findIndex', 'sort'])
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement'])
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'])
const MARKER = /psm-allow-query-in-loop\b:?(.*)$/

const isGlideNew = (node) => node && node.type === 'NewExpression' && node.callee.type === 'Identifier' && GLIDE_CLASSES.has(node.callee.name)

/** The type annotation names a Glide record class (`gr: GlideRecord`, `GlideRecord<'sys_user'>`). */
function isGlideType(annotation) {
    const t = annotation && annotation.typeAnnotation
    return !!t && t.type === 'TSTypeReference' && t.typeName.type === 'Identifier' && GLIDE_CLASSES.has(t.typeName.name)
}

/** The loop whose body (or array callback) `node` runs in, or null; stops at any other function. */
function enclosingLoop(node) {
    let child = node
    for (let p = node.parent; p; child = p, p = p.parent) {
        if (LOOPS.has(p.type) && child === p.body) return p
        if (FUNCTIONS.has(p.type)) {
            const call = p.parent
            const isCallback =
                call &&
                call.type === 'CallExpression' &&
                call.arguments.includes(p) &&
                call.callee.type === 'MemberExpression' &&
                !call.callee.computed &&
                ARRAY_CALLBACKS.has(call.callee.property.name)
            if (!isCallback) return null
            return call
        }
    }
    return null
}

function findVariable(scope, name) {
    for (let s = scope; s; s = s.upper) {
        const v = s.set.get(name)
        if (v) return v
    }
    return null
}

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
    meta: {
        type: 'problem',
        docs: { description: 'no GlideRecord query inside a loop in instance code' },
        messages: {
            queried: '{{what}} inside a loop: one query per iteration. Query once before the loop (an IN list or an encoded query) and look rows up in memory, or mark a justified loop with "// psm-allow-query-in-loop: <reason>".',
            helper: '{{name}}() queries the database and is called inside a loop: one query per iteration. Fetch what the loop needs once before it, or mark a justified loop with "// psm-allow-query-in-loop: <reason>".',
            noReason: '"psm-allow-query-in-loop" needs a reason after the colon: why this loop may query per iteration.',
        },
        schema: [],
    },
    create(context) {
        const sourceCode = context.sourceCode || context.getSourceCode()
        /** Lines (1-based) that carry a marker with a reason. */
        const allowed = new Set()
        /** Calls inside loops to same-file functions, checked once every function is known. */
        const helperCalls = []
        /** Names of same-file functions that query, directly or through another one. */
        const querying = new Set()
        /** Function name → names of same-file functions it calls. */
        const callsOf = new Map()

        for (const comment of sourceCode.getAllComments()) {
            const m = MARKER.exec(comment.value.trim())
            if (!m) continue
            if (!m[1].trim()) context.report({ loc: comment.loc, messageId: 'noReason' })
            else allowed.add(comment.loc.end.line)
        }

        const markedAt = (node) => allowed.has(node.loc.start.line - 1) || allowed.has(node.loc.start.line)
        const excused = (node, loop) => markedAt(node) || markedAt(loop)

        /** The name of the named function `node` is in (declaration or const arrow), for the helper analysis. */
        function ownerName(node) {
            for (let p = node.parent; p; p = p.parent) {
                if (p.type === 'FunctionDeclaration' && p.id) return p.id.name
                if ((p.type === 'ArrowFunctionExpression' || p.type === 'FunctionExpression') && p.parent.type === 'VariableDeclarator' && p.parent.id.type === 'Identifier') {
                    return p.parent.id.name
                }
            }
            return null
        }

        function noteQuery(node) {
            const owner = ownerName(node)
            if (owner) querying.add(owner)
        }

        /** The receiver is a Glide record: `new GlideRecord(...)` itself, or a variable initialised with one or typed as one. */
        function glideReceiver(node) {
            if (isGlideNew(node)) return node
            if (node.type !== 'Identifier') return null
            const v = findVariable(sourceCode.getScope ? sourceCode.getScope(node) : context.getScope(), node.name)
            const def = v && v.defs[0]
            if (!def) return null
            if (def.type === 'Variable' && (isGlideNew(def.node.init) || isGlideType(def.node.id.typeAnnotation))) return def.node
            if (def.type === 'Parameter' && isGlideType(def.name.typeAnnotation)) return def.name
            return null
        }

        return {
            CallExpression(node) {
                const callee = node.callee
                if (callee.type === 'Identifier') {
                    const owner = ownerName(node)
                    if (owner) {
                        if (!callsOf.has(owner)) callsOf.set(owner, new Set())
                        callsOf.get(owner).add(callee.name)
                    }
                    const loop = enclosingLoop(node)
                    if (loop && !excused(node, loop)) helperCalls.push(node)
                    return
                }
                if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return
                const method = callee.property.name
                if (method !== 'query' && method !== 'get') return
                const decl = glideReceiver(callee.object)
                // .query() is the Glide query call whatever the receiver; .get() only on a known Glide record (Map.get is everywhere).
                if (method === 'get' && !decl) return
                noteQuery(node)
                const loop = enclosingLoop(node)
                if (!loop || excused(node, loop)) return
                const receiver = callee.object.type === 'Identifier' ? callee.object.name : sourceCode.getText(callee.object)
                context.report({ node, messageId: 'queried', data: { what: `${receiver}.${method}()` } })
            },
            'Program:exit'() {
                // Close over same-file calls: a function that calls a querying function queries.
                let grew = true
                while (grew) {
                    grew = false
                    for (const [fn, callees] of callsOf) {
                        if (querying.has(fn)) continue
                        for (const c of callees) {
                            if (querying.has(c)) {
                                querying.add(fn)
                                grew = true
                                break
                            }
                        }
                    }
                }
                for (const call of helperCalls) {
                    if (querying.has(call.callee.name)) context.report({ node: call, messageId: 'helper', data: { name: call.callee.name } })
                }
            },
        }
    },
}
