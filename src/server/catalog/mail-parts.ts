/**
 * A message's HTML, rendered once for both of its parts. A notification's HTML body and its plain
 * text body each run their mail script ("${mail_script:...}" in message_html and in message_text),
 * one right after the other for the same record and event; the text part is the HTML part converted
 * (render-text.ts). The HTML part renders and leaves its result here; the text part takes it when it
 * is for the same event and record, else renders afresh. Taken once: a later message (or the same
 * event processed again) always renders from the data as it is then.
 */
let kept: { key: string; html: string } | null = null

/** The key of one message: the event and the record it is about ('' when there is no event: nothing is kept). */
export function messageKey(eventId: string, recordId: string): string {
    return eventId && recordId ? `${eventId}:${recordId}` : ''
}

/** For the HTML part: renders, and keeps the result for the text part of the same message. */
export function htmlPart(key: string, render: () => string): string {
    const html = render()
    kept = key ? { key, html } : null
    return html
}

/** For the text part: the HTML its HTML part rendered for the same message, or a fresh rendering. */
export function htmlForTextPart(key: string, render: () => string): string {
    const mine = kept && key && kept.key === key ? kept.html : null
    kept = null
    return mine ?? render()
}
