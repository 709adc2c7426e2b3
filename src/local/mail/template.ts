import { escapeHtml } from './html'

/**
 * Notification message templates: literal text with `${...}` variables (email-notification-guide,
 * "Variable Syntax"). A template is parsed once into segments and rendered per message.
 */
export type Segment =
    | { kind: 'text'; text: string }
    /** `${field}` or `${reference.field}`: the display value of a field of current. */
    | { kind: 'field'; path: string }
    /** `${mail_script:Name}`: what the sys_script_email of that name prints. */
    | { kind: 'script'; name: string }
    /** `${URI}` (a link labelled LINK) and `${URI_REF}` (a link labelled with the record's display value). */
    | { kind: 'uri'; labelled: boolean }
    /** `${event.parm1}`, `${event.parm2}`: the triggering event's parameters. */
    | { kind: 'parm'; parm: 'parm1' | 'parm2' }

export interface CompiledTemplate {
    source: string
    segments: readonly Segment[]
    /** The mail scripts the template runs, by name. */
    scripts: readonly string[]
}

/** What a template reads while rendering one message. */
export interface TemplateValues {
    /** The display value of a field path of current ('' when empty or unknown). */
    field(path: string): string
    /** The mail script's printed output: app code, trusted like the platform trusts it. */
    mailScript(name: string): string
    /** The record's link and its display value. */
    link(): { url: string; label: string }
    parm(parm: 'parm1' | 'parm2'): string
}

const VARIABLE = /\$\{([^{}]*)\}/g
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

export function compileTemplate(source: string | null | undefined): CompiledTemplate {
    const text = source ?? ''
    const segments: Segment[] = []
    const scripts: string[] = []
    let last = 0
    for (const m of text.matchAll(VARIABLE)) {
        const inner = m[1].trim()
        const segment = variable(inner)
        if (!segment) continue
        if (m.index > last) segments.push({ kind: 'text', text: text.slice(last, m.index) })
        segments.push(segment)
        if (segment.kind === 'script' && !scripts.includes(segment.name)) scripts.push(segment.name)
        last = m.index + m[0].length
    }
    if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) })
    return { source: text, segments, scripts }
}

function variable(inner: string): Segment | null {
    if (inner.startsWith('mail_script:')) return { kind: 'script', name: inner.slice('mail_script:'.length).trim() }
    if (inner === 'URI' || inner === 'URI_REF') return { kind: 'uri', labelled: inner === 'URI_REF' }
    if (inner === 'event.parm1' || inner === 'event.parm2') return { kind: 'parm', parm: inner === 'event.parm1' ? 'parm1' : 'parm2' }
    // Anything else that is not a field path (`${ }`, `${a b}`) stays literal text.
    return FIELD_PATH.test(inner) ? { kind: 'field', path: inner } : null
}

/**
 * Renders a template. In 'html' mode every substituted value (field values, event parameters, the
 * record's label) is HTML-escaped, so record data can never inject markup into an email; a mail
 * script's output is inserted as is, because the script is the app's own code (it builds markup).
 * In 'text' mode nothing is escaped: plain text and subjects are not HTML.
 */
export function renderTemplate(template: CompiledTemplate, values: TemplateValues, mode: 'html' | 'text'): string {
    const esc = mode === 'html' ? escapeHtml : (s: string) => s
    let out = ''
    for (const s of template.segments) {
        switch (s.kind) {
            case 'text':
                out += s.text
                break
            case 'field':
                out += esc(values.field(s.path))
                break
            case 'parm':
                out += esc(values.parm(s.parm))
                break
            case 'script':
                out += values.mailScript(s.name)
                break
            case 'uri': {
                const { url, label } = values.link()
                const text = s.labelled ? label : 'LINK'
                out += mode === 'html' ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : s.labelled ? `${text} ${url}` : url
                break
            }
        }
    }
    return out
}
