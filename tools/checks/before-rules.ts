import * as ts from 'typescript'
import { moduleCallOf, withoutComments, lineAt } from './script-text'
import { walk, type FunctionLike, type ServerSources } from './server-sources'
import { describeRecord, recordsOf, type Check, type Violation } from './types'

/*
 * No current.update() in a before rule. A before rule's changes to `current` are saved by the very
 * operation that runs it; calling current.update() saves the record a second time and runs every
 * rule again. business-rule-guide: "Never call `current.update()` in a before rule -- the record
 * has not been saved yet. Modifying `current` fields directly is sufficient; calling `update()`
 * causes a redundant save and can trigger infinite loops." 
 */

const MESSAGE =
    "calls current.update() in a before rule: the operation itself saves what a before rule sets on current, so update() writes the record twice and runs its rules again. Set the fields on current and let the save write them."

interface UpdateFound {
    /** Functions from the rule's module function to the one that calls update(). */
    chain: string[]
    location: string
}

/**
 * Whether `fn` calls update() on its parameter `index` (the record), directly, through a local
 * alias, or by passing it to another function of the app that does.
 */
export function updatesParameter(sources: ServerSources, fn: FunctionLike, index: number, seen = new Set<FunctionLike>()): UpdateFound | null {
    if (seen.has(fn) || !fn.body) return null
    seen.add(fn)
    const param = fn.parameters[index]
    if (!param || !ts.isIdentifier(param.name)) return null
    const names = new Set([param.name.text])
    const isRecord = (e: ts.Expression) => ts.isIdentifier(e) && names.has(e.text)
    let found: UpdateFound | null = null
    walk(fn.body, (n) => {
        if (found) return
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && isRecord(n.initializer)) names.add(n.name.text)
        if (!ts.isCallExpression(n)) return
        if (ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'update' && isRecord(n.expression.expression)) {
            found = { chain: [sources.nameOf(fn)], location: sources.location(n) }
            return
        }
        n.arguments.forEach((arg, i) => {
            if (found || !isRecord(arg)) return
            const callee = sources.functionOf(n.expression)
            const inner = callee ? updatesParameter(sources, callee, i, seen) : null
            if (inner) found = { chain: [sources.nameOf(fn), ...inner.chain], location: inner.location }
        })
    })
    return found
}

export const beforeRuleUpdate: Check = ({ records, sources }) => {
    const out: Violation[] = []
    for (const rule of recordsOf(records, 'sys_script').filter((r) => r.fields.when === 'before')) {
        const where = `${describeRecord(rule)} on ${rule.fields.collection}`
        const script = rule.fields.script ?? ''
        const call = moduleCallOf(script)
        if (!call) {
            const text = withoutComments(script)
            const m = /\bcurrent\s*\.\s*update\s*\(/.exec(text)
            if (m) out.push({ check: 'before-rule-update', where: `${where}, script line ${lineAt(text, m.index)}`, message: MESSAGE })
            continue
        }
        const file = sources.fileOfModulePath(call.modulePath)
        const fn = file ? sources.exportedFunction(file, call.functionName) : undefined
        if (!fn) {
            out.push({
                check: 'before-rule-update',
                where,
                message: `runs ${call.functionName} from ${call.modulePath}, which is not an exported function of src/server: the rule cannot be checked (is the build older than the sources?)`,
            })
            continue
        }
        const found = updatesParameter(sources, fn, 0)
        if (found) out.push({ check: 'before-rule-update', where: `${where}, ${found.location} (${found.chain.join(' → ')})`, message: MESSAGE })
    }
    return out
}
