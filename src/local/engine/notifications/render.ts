import { GlideRecord } from '../../glide/GlideRecord'
import { runtime } from '../../glide/runtime'
import { htmlToText, textToHtml } from '../../mail/html'
import { renderTemplate, type CompiledTemplate, type TemplateValues } from '../../mail/template'
import { JOURNAL_TYPES } from '../../store/journal'
import type { Row } from '../../store/store'
import type { SysEvent } from '../events'
import type { NotificationDef } from './definitions'
import { errorMessage } from './errors'
import { EmailOutbound, TemplatePrinter } from './mail-script'

/** A compiled sys_script_email: (current, template, email, email_action, event). */
export interface MailScript {
    name: string
    run: (current: GlideRecord, template: TemplatePrinter, email: EmailOutbound, emailAction: GlideRecord, event: GlideRecord | null) => unknown
    newLinesToHtml: boolean
}

/** The content of one notification's message for one record, the same for every recipient. */
export interface RenderedEmail {
    subject: string
    /** HTML body (a text-only notification's text, escaped). */
    body: string
    bodyText: string
    contentType: string
    from: string
    replyTo: string
    importance: string
    cc: string[]
    bcc: string[]
}

export interface RenderInput {
    def: NotificationDef
    current: GlideRecord
    event: SysEvent | null
    email: EmailOutbound
    mailScript: (name: string) => MailScript | null
}

/** The sysevent row a mail script sees as `event`. */
export function eventRecord(event: SysEvent | null): GlideRecord | null {
    if (!event) return null
    const gr = new GlideRecord('sysevent')
    const row: Row = {
        sys_id: event.sysId,
        sys_class_name: 'sysevent',
        sys_created_on: event.createdOn,
        name: event.name,
        table: event.table || null,
        instance: event.instance || null,
        parm1: event.parm1 || null,
        parm2: event.parm2 || null,
        queue: event.queue || null,
        user_id: event.userId || null,
        user_name: event.userName || null,
    }
    gr.load(row)
    return gr
}

/** The link `${URI}` and `${URI_REF}` render: the record's form on this instance (glide.servlet.uri). */
function recordLink(current: GlideRecord): { url: string; label: string } {
    const base = runtime().properties.get('glide.servlet.uri') ?? '/'
    const url = `${base.endsWith('/') ? base : `${base}/`}${encodeURIComponent(current.getRecordClassName())}.do?sys_id=${encodeURIComponent(current.getUniqueValue())}`
    return { url, label: current.getDisplayValue() }
}

/**
 * A journal field in a message shows its newest entries: "glide.email.journal.lines: Specifies the
 * number of entries from a journal field (such as Additional comments and Work notes) included in
 * email notifications. A value of -1 includes all journal entries. Default value: 3" ("Journal field
 * type"). undefined for any other field.
 */
function journalLines(current: GlideRecord, path: string): string | undefined {
    const element = current.getElement(path)
    if (!element || !JOURNAL_TYPES.has(element.getED().getInternalType())) return undefined
    const lines = Math.trunc(Number(runtime().properties.get('glide.email.journal.lines') ?? 3))
    return element.getJournalEntry(Number.isFinite(lines) && lines !== 0 ? lines : 3)
}

/** Renders a notification's subject and bodies once; mail scripts run here, with the platform's arguments. */
export function renderEmail(input: RenderInput): RenderedEmail {
    const { def, current, event, email } = input
    let emailAction: GlideRecord | null = null
    let eventGr: GlideRecord | null | undefined
    const values = (mode: 'html' | 'text'): TemplateValues => ({
        field: (path) => journalLines(current, path) ?? current.getDisplayValue(path),
        parm: (parm) => (event ? event[parm] : ''),
        link: () => recordLink(current),
        mailScript: (name) => {
            const script = input.mailScript(name)
            if (!script) {
                runtime().log('warn', `Notification "${def.name}": no email script named "${name}"; \${mail_script:${name}} rendered empty`)
                return ''
            }
            if (!emailAction) {
                emailAction = new GlideRecord('sysevent_email_action')
                emailAction.load({ ...def.row })
            }
            if (eventGr === undefined) eventGr = eventRecord(event)
            const template = new TemplatePrinter()
            try {
                script.run(current, template, email, emailAction, eventGr)
            } catch (e) {
                runtime().log('error', `Email script "${name}" (notification "${def.name}") failed: ${errorMessage(e)}`)
            }
            const out = template.output()
            return mode === 'html' && script.newLinesToHtml ? out.replace(/\r?\n/g, '<br />') : out
        },
    })
    const render = (t: CompiledTemplate | null, mode: 'html' | 'text') => (t ? renderTemplate(t, values(mode), mode) : null)
    email.setSubject(render(def.subject, 'text') ?? '')
    const html = render(def.html, 'html')
    const text = render(def.text, 'text')
    return {
        subject: email.subject,
        body: html ?? (text !== null ? textToHtml(text) : ''),
        bodyText: text ?? (html !== null ? htmlToText(html) : ''),
        contentType: def.contentType,
        from: email.from,
        replyTo: email.replyTo,
        importance: def.importance,
        cc: [...email.cc],
        bcc: [...email.bcc],
    }
}
