import { button, escapeHtml, link, STYLE } from './html.ts'

/*
 * The frame every email of the app shares: a centred 640 px card on a grey page, built from tables
 * (Outlook and Gmail keep table layout and inline styles; they drop <style>, flex and grid), with a
 * greeting by name, the headline, then the body, one primary button and the other links written out.
 */

export interface FrameLink {
    url: string
    text: string
}

export interface Frame {
    /** Attributes of the outer element (data-stakeholder …), already built by the caller. */
    attributes: string
    /** The reader's name; a message for many readers (a group) names the group. */
    greetingName: string
    headline: string
    /** Already HTML: what sits between the headline and the button. */
    lead: string
    primary: FrameLink | null
    /** Already HTML: the rest of the message. */
    body: string
    secondary: readonly FrameLink[]
}

/** The short preview line mail clients show after the subject: hidden in the message itself. */
function preheader(text: string): string {
    return `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all" aria-hidden="true">${escapeHtml(text)}</div>`
}

export function greeting(name: string): string {
    return `<p style="${STYLE.p}">Hello ${escapeHtml(name.trim() || 'there')},</p>`
}

export function secondaryLinks(links: readonly FrameLink[]): string {
    if (!links.length) return ''
    return `<p data-section="links" style="${STYLE.p};font-size:14px">${links.map((l) => link(l.url, l.text)).join(' | ')}</p>`
}

export function frame(f: Frame): string {
    const card = [
        greeting(f.greetingName),
        `<h1 data-section="headline" style="${STYLE.h1}">${escapeHtml(f.headline)}</h1>`,
        f.lead,
        f.primary ? button(f.primary.url, f.primary.text) : '',
        f.body,
        secondaryLinks(f.secondary),
    ].join('')
    return [
        `<div ${f.attributes} style="margin:0;padding:0;background:#f3f4f6">`,
        preheader(f.headline),
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6"><tr><td align="center" style="padding:16px 8px">',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background:#ffffff;border:1px solid #d1d5db;border-radius:8px">',
        `<tr><td style="padding:20px 20px 8px;${STYLE.text}">${card}</td></tr>`,
        '</table></td></tr></table></div>',
    ].join('')
}
