import * as acorn from 'acorn'

/*
 * Source-level rules for script text, applied before it is compiled into the sandbox. The sandbox
 * disallows code generation from strings, so every piece of code a script runs passes through here.
 */

type Node = acorn.Node & Record<string, unknown>

function children(node: Node): Node[] {
    const out: Node[] = []
    for (const value of Object.values(node)) {
        if (Array.isArray(value)) for (const v of value) if (v && typeof (v as Node).type === 'string') out.push(v as Node)
        if (value && typeof (value as Node).type === 'string') out.push(value as Node)
    }
    return out
}

/**
 * Refuses `import()` and `import.meta`: Node rejects a dynamic import in a vm script with a
 * host-realm error (an escape route), and server scripts load modules with require() on the platform.
 * Returns the reason, or null when the function body is acceptable.
 */
// platform-difference: dynamic-import-refused
export function forbiddenSyntax(params: readonly string[], body: string): string | null {
    // A keyword cannot be written with escapes, so code without the letters "import" has none.
    if (!body.includes('import')) return null
    let tree: Node
    try {
        tree = acorn.parse(`(function (${params.join(', ')}) {\n${body}\n})`, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node
    } catch (e) {
        // V8 may accept what acorn does not; such text is refused rather than compiled unchecked.
        return `Syntax not accepted: ${e instanceof Error ? e.message : String(e)}`
    }
    const stack: Node[] = [tree]
    while (stack.length) {
        const node = stack.pop() as unknown as Node
        if (node.type === 'ImportExpression') return 'import() is not available to scripts: use require()'
        if (node.type === 'MetaProperty' && (node.meta as Node & { name: string }).name === 'import') return 'import.meta is not available to scripts'
        stack.push(...children(node))
    }
    return null
}

const COMPLETION = '__completion'

/**
 * A condition script as a function body returning its `answer`, or, when the script leaves `answer`
 * unset, its completion value: what `eval` of the script would give (the value of the last
 * expression statement run). The platform reads condition scripts both ways; the sandbox has no
 * `eval`, so each expression statement outside nested functions records its value instead.
 */
// platform-difference: condition-completion-value
export function answerBody(script: string): string {
    let tree: Node
    try {
        tree = acorn.parse(script, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true }) as unknown as Node
    } catch {
        // Let the compiler report the syntax error with its own message.
        return `var answer;\n${script}\n;return answer;`
    }
    const edits: Array<{ start: number; end: number; text: string }> = []
    const visit = (node: Node) => {
        if (node.type === 'ExpressionStatement' && node.directive === undefined) {
            const expr = node.expression as unknown as Node
            edits.push({ start: expr.start, end: expr.start, text: `${COMPLETION} = (` }, { start: expr.end, end: expr.end, text: ')' })
        }
        // Completion values come from statements, not from the bodies of functions or classes.
        if (/Function|Class/.test(node.type)) return
        for (const child of children(node)) visit(child)
    }
    visit(tree)
    let out = script
    for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end)
    return `var answer;\nvar ${COMPLETION};\n${out}\n;return answer !== undefined ? answer : ${COMPLETION};`
}
