/*
 * Text for a terminal. What the CLI prints can hold data from the database or from requests (user
 * names, persona names, property values, error messages in the instance log): an escape sequence in
 * it would be obeyed by the terminal (move the cursor, rewrite earlier lines, set the window title,
 * in some terminals answer back). Control characters other than line feed and tab are shown as
 * visible escapes instead (\x1b, \u009b …).
 */

// C0 controls except \t and \n, DEL, C1 controls, and the line/paragraph separators.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g

export function terminalSafe(text: string): string {
    return text.replace(CONTROL, (c) => {
        const code = c.charCodeAt(0)
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
    })
}

type ConsoleMethod = 'log' | 'error' | 'warn' | 'info'

/** Makes a console print every string argument through terminalSafe (the CLI does this once at start). */
export function sanitizeConsole(target: Console = console): void {
    for (const method of ['log', 'error', 'warn', 'info'] as ConsoleMethod[]) {
        const original = target[method].bind(target)
        target[method] = (...args: unknown[]) => original(...args.map((a) => (typeof a === 'string' ? terminalSafe(a) : a)))
    }
}
