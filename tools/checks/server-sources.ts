import * as fs from 'node:fs'
import * as path from 'node:path'
import * as ts from 'typescript'

/** A declaration that has a body to analyse: `function f() {}`, `const f = () => …`, `const f = function () {}`. */
export type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration

function listTs(dir: string): string[] {
    if (!fs.existsSync(dir)) return []
    const out: string[] = []
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) out.push(...listTs(full))
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.now.ts')) out.push(full)
    }
    return out.sort()
}

/**
 * The instance code (src/server) as a TypeScript program, so checks can follow a business rule's
 * module function into the functions it calls and read the literal types of event names.
 * Type errors are not reported here (tsc does that); only the structure and the types are used.
 */
export class ServerSources {
    readonly program: ts.Program
    readonly checker: ts.TypeChecker
    private readonly serverDir: string

    /** root: the project directory holding src/server. */
    constructor(readonly root: string) {
        this.serverDir = path.join(root, 'src', 'server')
        this.program = ts.createProgram(listTs(this.serverDir), {
            target: ts.ScriptTarget.ES2022,
            module: ts.ModuleKind.ES2022,
            moduleResolution: ts.ModuleResolutionKind.Bundler,
            allowImportingTsExtensions: true,
            noEmit: true,
            strict: true,
            skipLibCheck: true,
            types: [],
            lib: ['lib.es2022.d.ts'],
        })
        this.checker = this.program.getTypeChecker()
    }

    /** The app's own source files (not library declarations). */
    files(): ts.SourceFile[] {
        return this.program.getSourceFiles().filter((f) => !f.isDeclarationFile && path.resolve(f.fileName).startsWith(this.serverDir + path.sep))
    }

    /** 'x_psm_persona/<package>/<version>/src/server/a/b.ts' (a sys_module path) → the source file src/server/a/b.ts. */
    fileOfModulePath(modulePath: string): ts.SourceFile | undefined {
        const at = modulePath.indexOf('/src/server/')
        if (at < 0) return undefined
        const full = path.join(this.root, modulePath.slice(at + 1))
        return this.program.getSourceFile(full)
    }

    /** "src/server/a.ts:12" for a node. */
    location(node: ts.Node): string {
        const file = node.getSourceFile()
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
        return `${path.relative(this.root, file.fileName).split(path.sep).join('/')}:${line}`
    }

    /** The exported function `name` of a file (a function declaration or a const bound to a function). */
    exportedFunction(file: ts.SourceFile, name: string): FunctionLike | undefined {
        const moduleSymbol = this.checker.getSymbolAtLocation(file)
        const symbol = moduleSymbol ? this.checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name) : undefined
        return symbol ? this.functionOfSymbol(symbol) : undefined
    }

    /** The function an expression (a callee) refers to, following imports; undefined for anything else. */
    functionOf(expr: ts.Expression): FunctionLike | undefined {
        const symbol = this.checker.getSymbolAtLocation(expr)
        return symbol ? this.functionOfSymbol(symbol) : undefined
    }

    private functionOfSymbol(symbol: ts.Symbol): FunctionLike | undefined {
        const target = symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol
        for (const d of target.declarations ?? []) {
            if ((ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)) && d.body) return d
            if (ts.isVariableDeclaration(d) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) return d.initializer
        }
        return undefined
    }

    /** The declaration an identifier refers to, following imports. */
    declarationOf(node: ts.Node): ts.Declaration | undefined {
        const symbol = this.checker.getSymbolAtLocation(node)
        if (!symbol) return undefined
        const target = symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol
        return target.declarations?.[0]
    }

    /** The string values an expression can have when its type is a string literal or a union of them; null otherwise. */
    stringValues(expr: ts.Expression): string[] | null {
        const type = this.checker.getTypeAtLocation(expr)
        const parts = type.isUnion() ? type.types : [type]
        const out: string[] = []
        for (const t of parts) {
            if (!t.isStringLiteral()) return null
            out.push(t.value)
        }
        return out
    }

    /** A readable name for a function, for messages. */
    nameOf(fn: FunctionLike): string {
        if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name) return fn.name.getText()
        if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text
        return '(anonymous function)'
    }
}

/** Visits every node below `node` (nested functions included: closures see the same variables). */
export function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
    const go = (n: ts.Node): void => {
        visit(n)
        ts.forEachChild(n, go)
    }
    ts.forEachChild(node, go)
}
