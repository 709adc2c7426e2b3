import * as ts from 'typescript'
import type { BuildRecord } from '../../src/local/install/read-build'
import { lineAt, withoutComments } from './script-text'
import { walk, type ServerSources } from './server-sources'
import { describeRecord, recordsOf, type Check, type Violation } from './types'

/*
 * User criteria scripts are evaluated FOR a user (user_id), often while someone else is logged in
 * (an admin checking access, the catalog cache, a scheduled job). user-criteria-guide: "Do NOT use
 * gs.getUserID() or gs.getUser(): these return the currently executing session user, not the user
 * being evaluated", and gs.hasRole() "checks the session user's roles". Checked in every criterion
 * the build ships, in the script includes (and their modules) those scripts call, and in the
 * criterion scripts src/server writes at run time (user_criteria.script set by the app).
 */

const SESSION_CALL = /\bgs\s*\.\s*(getUserID|getUser|getUserName|getUserDisplayName|hasRole|getSession)\s*\(/g
const INCLUDE_USE = /\bnew\s+(?:([a-z][\w]*)\s*\.\s*)?([A-Z][\w$]*)\s*\(/g
const REQUIRE = /\brequire\s*\(\s*(['"])([^'"]+)\1\s*\)/g
const IMPORT_FROM = /\bfrom\s+(['"])(\.[^'"]+)\1/g

function sessionCalls(script: string): Array<{ call: string; line: number }> {
    const text = withoutComments(script)
    const out: Array<{ call: string; line: number }> = []
    SESSION_CALL.lastIndex = 0
    for (let m = SESSION_CALL.exec(text); m; m = SESSION_CALL.exec(text)) out.push({ call: `gs.${m[1]}()`, line: lineAt(text, m.index) })
    return out
}

const message = (call: string, via: string) =>
    `${via}calls ${call}, which answers for the session user, not the user the criterion is evaluated for: use user_id (and query sys_user_has_role for roles).`

class CriteriaCode {
    private readonly includes: BuildRecord[]
    private readonly modules: Map<string, BuildRecord>
    private readonly seen = new Set<string>()

    constructor(records: readonly BuildRecord[]) {
        this.includes = recordsOf(records, 'sys_script_include')
        this.modules = new Map(recordsOf(records, 'sys_module').map((r) => [r.fields.path, r]))
    }

    /** Violations in a criterion's script text and in the code it reaches. */
    check(script: string, where: string, out: Violation[]): void {
        for (const c of sessionCalls(script)) out.push({ check: 'user-criteria-session', where: `${where} line ${c.line}`, message: message(c.call, '') })
        this.follow(script, where, out)
    }

    private follow(script: string, via: string, out: Violation[]): void {
        const text = withoutComments(script)
        INCLUDE_USE.lastIndex = 0
        for (let m = INCLUDE_USE.exec(text); m; m = INCLUDE_USE.exec(text)) {
            const name = m[2]
            const api = m[1] ? `${m[1]}.${name}` : name
            const include = this.includes.find((i) => i.fields.api_name === api || i.fields.name === name)
            if (!include || this.seen.has(include.sysId)) continue
            this.seen.add(include.sysId)
            for (const c of sessionCalls(include.fields.script ?? '')) {
                out.push({ check: 'user-criteria-session', where: `${describeRecord(include)} line ${c.line}`, message: message(c.call, `used by ${via}, `) })
            }
            this.follow(include.fields.script ?? '', via, out)
        }
        REQUIRE.lastIndex = 0
        for (let m = REQUIRE.exec(text); m; m = REQUIRE.exec(text)) this.module(m[2], via, out)
    }

    private module(modulePath: string, via: string, out: Violation[]): void {
        const mod = this.modules.get(modulePath)
        if (!mod || this.seen.has(modulePath)) return
        this.seen.add(modulePath)
        const content = mod.fields.content ?? ''
        for (const c of sessionCalls(content)) out.push({ check: 'user-criteria-session', where: `sys_module ${modulePath} line ${c.line}`, message: message(c.call, `used by ${via}, `) })
        IMPORT_FROM.lastIndex = 0
        for (let m = IMPORT_FROM.exec(content); m; m = IMPORT_FROM.exec(content)) {
            const dir = modulePath.slice(0, modulePath.lastIndexOf('/'))
            const parts: string[] = []
            for (const seg of `${dir}/${m[2]}`.split('/')) {
                if (seg === '..') parts.pop()
                else if (seg !== '.') parts.push(seg)
            }
            this.module(parts.join('/'), via, out)
        }
    }
}

/** The text an expression builds, as far as literals and constants show it (calls: what the function returns). */
function literalText(sources: ServerSources, expr: ts.Expression, depth = 0): string {
    if (depth > 8) return ''
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text
    if (ts.isTemplateExpression(expr)) return expr.head.text + expr.templateSpans.map((s) => literalText(sources, s.expression, depth + 1) + s.literal.text).join('')
    if (ts.isParenthesizedExpression(expr)) return literalText(sources, expr.expression, depth + 1)
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return literalText(sources, expr.left, depth + 1) + literalText(sources, expr.right, depth + 1)
    const values = sources.stringValues(expr)
    if (values) return values.join('\n')
    if (ts.isIdentifier(expr)) {
        const decl = sources.declarationOf(expr)
        if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return literalText(sources, decl.initializer, depth + 1)
        return ''
    }
    if (ts.isCallExpression(expr)) {
        const fn = sources.functionOf(expr.expression)
        if (!fn || !fn.body) return ''
        if (!ts.isBlock(fn.body)) return literalText(sources, fn.body, depth + 1)
        const parts: string[] = []
        walk(fn.body, (n) => {
            if (ts.isReturnStatement(n) && n.expression) parts.push(literalText(sources, n.expression, depth + 1))
        })
        return parts.join('\n')
    }
    return ''
}

/** `x.setValue('script', …)` where x is `new GlideRecord('user_criteria')`: the criterion scripts the app writes at run time. */
function runtimeCriteriaScripts(sources: ServerSources): Array<{ text: string; where: string }> {
    const out: Array<{ text: string; where: string }> = []
    for (const file of sources.files()) {
        walk(file, (n) => {
            if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression) || n.expression.name.text !== 'setValue') return
            const [field, value] = n.arguments
            if (!field || !value || !ts.isStringLiteral(field) || field.text !== 'script') return
            const decl = sources.declarationOf(n.expression.expression)
            const init = decl && ts.isVariableDeclaration(decl) ? decl.initializer : undefined
            if (!init || !ts.isNewExpression(init) || init.expression.getText() !== 'GlideRecord') return
            const table = init.arguments?.[0]
            if (!table || !ts.isStringLiteral(table) || table.text !== 'user_criteria') return
            out.push({ text: literalText(sources, value), where: sources.location(n) })
        })
    }
    return out
}

export const userCriteriaSession: Check = ({ records, sources }) => {
    const out: Violation[] = []
    const code = new CriteriaCode(records)
    for (const uc of recordsOf(records, 'user_criteria')) {
        if ((uc.fields.script ?? '').trim()) code.check(uc.fields.script, `${describeRecord(uc)} script`, out)
    }
    for (const s of runtimeCriteriaScripts(sources)) code.check(s.text, `criterion script written at ${s.where}`, out)
    return out
}
