/*
 * What a mail script receives besides `current`: the TemplatePrinter it prints the body with, the
 * EmailOutbound whose subject it may set, and the event that fired the notification. "email: the
 * EmailOutbound object… email.setSubject(String subject)" (Scriptable email methods, product docs);
 * the platform passes email only to scripts of a notification that sends, so every use is guarded.
 * Pure: no Glide calls.
 */

/** The TemplatePrinter a mail script receives: only print is used. */
export interface MailPrinter {
    print(text: string): void
}

/** The part of EmailOutbound the app uses: its own subject, so the subject can name the record. */
export interface SubjectSetter {
    setSubject(subject: string): void
}

/** A rendered message: its subject and its HTML part. */
export interface SubjectAndHtml {
    subject: string
    html: string
}

/** Sets the email's subject when the script got an EmailOutbound (a preview or a text part gets none). */
export function setSubject(email: unknown, subject: string): void {
    const setter = email as Partial<SubjectSetter> | null
    if (setter && typeof setter.setSubject === 'function') setter.setSubject(subject)
}

/** The HTML part of a message with its own subject: sets the subject, prints the body. */
export function printWithSubject(template: MailPrinter, email: unknown, mail: SubjectAndHtml): void {
    setSubject(email, mail.subject)
    template.print(mail.html)
}

/**
 * A mail script's `event`: a sysevent GlideRecord on the platform. Read through getValue when it
 * has one, else as a plain object, so the rendering never depends on which shape arrives.
 */
export function eventField(event: unknown, field: string): string {
    if (!event || typeof event !== 'object') return ''
    const e = event as Record<string, unknown>
    const getValue = e.getValue
    const value = typeof getValue === 'function' ? (getValue as (f: string) => unknown).call(event, field) : e[field]
    return value === null || value === undefined ? '' : String(value)
}
