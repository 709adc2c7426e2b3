import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as ts from 'typescript'

/*
 * "src/local knows the platform, never the app" (ARCHITECTURE.md): the emulator names no app scope and
 * imports nothing of the app's code ("The emulator knows no app: grep -r x_psm_persona src/local finds
 * nothing", issue 15). The files below still do today; branches that move them out empty these lists.
 * A file that starts naming the app fails here; so does a listed file that no longer does (take it off).
 */
const KNOWN_NAMING_THE_APP: string[] = []

const KNOWN_IMPORTING_APP_CODE: string[] = []

const ROOT = path.resolve(__dirname, '../..')
const LOCAL = path.join(ROOT, 'src/local')
const SERVER = path.join(ROOT, 'src/server')
const APP_SCOPE = 'x_psm_persona'

function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name)
        if (e.isDirectory()) return sources(full)
        return /\.(ts|js|mjs|cjs|json|html|css|scss)$/.test(e.name) ? [full] : []
    })
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/')

/** Every module specifier a file names: import/export … from, import(), require(), import x = require(). */
function specifiers(file: string): string[] {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const out: string[] = []
    const visit = (node: ts.Node) => {
        if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text)
        if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) out.push(node.moduleReference.expression.text)
        if (ts.isCallExpression(node) && node.arguments.length && ts.isStringLiteralLike(node.arguments[0])) {
            const callee = node.expression
            if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) out.push(node.arguments[0].text)
        }
        ts.forEachChild(node, visit)
    }
    visit(source)
    return out
}

function importsAppCode(file: string): boolean {
    return specifiers(file).some((s) => {
        if (!s.startsWith('.')) return false
        const target = path.resolve(path.dirname(file), s)
        return target === SERVER || target.startsWith(SERVER + path.sep)
    })
}

/** String literals naming a module of the app by its source path (e.g. instance.appModule('src/server/x.ts')). */
function appModulePaths(file: string): string[] {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const out: string[] = []
    const visit = (node: ts.Node) => {
        if (ts.isStringLiteralLike(node) && /(^|\/)src\/server\/./.test(node.text)) out.push(node.text)
        ts.forEachChild(node, visit)
    }
    visit(source)
    return out
}

const files = sources(LOCAL)
const namingTheApp = files.filter((f) => fs.readFileSync(f, 'utf8').includes(APP_SCOPE)).map(relative).sort()
const importingAppCode = files.filter((f) => /\.(ts|js|mjs|cjs)$/.test(f) && importsAppCode(f)).map(relative).sort()

test('no file of src/local names the app scope beyond the known ones', () => {
    expect(namingTheApp.filter((f) => !KNOWN_NAMING_THE_APP.includes(f))).toEqual([])
})

test('no file of src/local imports the app\'s code (src/server) beyond the known ones', () => {
    expect(importingAppCode.filter((f) => !KNOWN_IMPORTING_APP_CODE.includes(f))).toEqual([])
})

test('no file of src/local loads an app module by its path (app commands such as npm run rescore live in tools/)', () => {
    const offenders = files.filter((f) => /\.(ts|js|mjs|cjs)$/.test(f) && appModulePaths(f).length > 0).map(relative)
    expect(offenders).toEqual([])
})

test('the known lists hold only files that still offend (take a file off once it is fixed or gone)', () => {
    expect(KNOWN_NAMING_THE_APP.filter((f) => !namingTheApp.includes(f))).toEqual([])
    expect(KNOWN_IMPORTING_APP_CODE.filter((f) => !importingAppCode.includes(f))).toEqual([])
})

test('the import check sees every way of naming a module', () => {
    // Probes outside the source tree (nothing else scanning src/local sees them), naming src/server relatively.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-independence-'))
    const server = (to: string) => path.relative(dir, path.join(SERVER, to)).split(path.sep).join('/')
    try {
        const probe = (name: string, text: string) => {
            const file = path.join(dir, name)
            fs.writeFileSync(file, text)
            return importsAppCode(file)
        }
        expect(probe('a.ts', `import type { X } from '${server('xla/insight')}'\n`)).toBe(true)
        expect(probe('b.ts', `export { y } from '${server('persona/scoring')}'\n`)).toBe(true)
        expect(probe('c.ts', `const m = require('${server('catalog/portal-data')}')\n`)).toBe(true)
        expect(probe('d.ts', `const m = import('${server('')}')\n`)).toBe(true)
        expect(probe('e.ts', `import { startServer } from '${path.relative(dir, path.join(LOCAL, 'http/server')).split(path.sep).join('/')}'\n`)).toBe(false)
    } finally {
        fs.rmSync(dir, { recursive: true, force: true })
    }
})
