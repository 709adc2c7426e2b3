import * as ts from 'typescript'

/*
 * The test run's TypeScript shim (tests/support/lazy/typescript.js, mapped by jest.config.js): its
 * transpileModule() cache must give exactly what the compiler gives for the same text and options, and
 * never an output made for other text or other options.
 */

const real = jest.requireActual<typeof import('typescript')>('../../node_modules/typescript/lib/typescript.js')

test("the same text and options give the compiler's own output; each call its own object", () => {
    const source = 'export const answer: number = 42\nexport default function twice(n: number) { return n * 2 }\n'
    const options = { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false }, fileName: 'src/answer.ts' }
    const first = ts.transpileModule(source, options)
    expect(first.outputText).toBe(real.transpileModule(source, options).outputText)
    first.outputText = 'changed by its caller'
    expect(ts.transpileModule(source, options).outputText).toBe(real.transpileModule(source, options).outputText)
})

test('other text gives its own output (a module changed by an upgrade is transpiled again)', () => {
    const options = { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }, fileName: 'src/version.ts' }
    expect(ts.transpileModule('export const version = 1\n', options).outputText).toContain('exports.version = 1')
    expect(ts.transpileModule('export const version = 2\n', options).outputText).toContain('exports.version = 2')
})

test('other options give their own output', () => {
    const source = 'export const f = async (x?: { y: number }) => x?.y ?? 0\n'
    const es2022 = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }, fileName: 'f.ts' }).outputText
    const es2015 = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2015 }, fileName: 'f.ts' }).outputText
    expect(es2022).toContain('x?.y ?? 0')
    expect(es2015).not.toContain('?.')
    expect(es2015).toBe(real.transpileModule(source, { compilerOptions: { module: real.ModuleKind.CommonJS, target: real.ScriptTarget.ES2015 }, fileName: 'f.ts' }).outputText)
})

test("the enums the shim keeps are the compiler's own values", () => {
    expect(ts.ModuleKind.CommonJS).toBe(real.ModuleKind.CommonJS)
    expect(ts.ScriptTarget.ES2022).toBe(real.ScriptTarget.ES2022)
    expect(typeof ts.createSourceFile).toBe('function')
})
