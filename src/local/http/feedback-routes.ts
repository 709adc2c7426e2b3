import type { Instance } from '../instance'
import type { FeedbackAccess, FeedbackForm, FeedbackInput, SaveResult } from '../../server/xla/feedback'
import { csrfField, page, SP, statusPage } from './portal/layout'
import { escapeHtml, parseForm, redirect, sendHtml } from './respond'
import { sessionOf, type RequestContext, type Route } from './router'
import { csrfMatches, userDisplayName, type Session } from './sessions'

/*
 * The feedback form the change emails link to: /sp/feedback?change=<sys_id>&role=<stakeholder>.
 * Portal session and CSRF token like every portal form; the installed app module decides who may
 * answer (the stakeholder of that change) and saves as the user, so the table's ACLs and its before
 * rule apply too. One answer per user, change and role: answering again updates it.
 */

export const FEEDBACK_PATH = `${SP}/feedback`
const LOGIN = `${SP}/login`

/** The installed module src/server/xla/feedback.ts. */
interface FeedbackModule {
    feedbackForm(changeId: string, role: string): FeedbackAccess
    saveFeedback(input: FeedbackInput): SaveResult
}

/** The 403 page's text for someone who was not that stakeholder of the change. */
export const NOT_STAKEHOLDER = 'This feedback link is for the people who took part in the change in that role, and you were not one of them.'

export const RATING_LABELS: readonly string[] = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent']

const ROLE_PHRASE: Readonly<Record<string, string>> = {
    requester: 'as the person who requested it',
    approver: 'as one of its approvers',
    implementer: 'as its implementer',
}

const STYLE =
    '<style>.feedback fieldset{border:0;padding:0;margin:0 0 18px}.feedback legend{font-weight:600;margin-bottom:8px}' +
    '.feedback .scale{display:flex;flex-wrap:wrap;gap:8px}.feedback .scale label{display:flex;align-items:center;gap:6px;border:1px solid #c9cfdb;border-radius:10px;padding:8px 12px;cursor:pointer;background:#fff}' +
    '.feedback .scale input:checked+span{font-weight:700}.feedback textarea{width:100%;min-height:7em;font:inherit;padding:8px;border:1px solid #8a93a6;border-radius:8px}' +
    '.feedback .hint{color:#4a5468;font-size:.85rem;margin:4px 0 0}.feedback .errors{margin:0 0 14px}</style>'



interface FormState {
    rating: string
    comment: string
    errors: string[]
    notice: string
}

/** The form: a 1–5 scale as radio buttons in a fieldset, an optional comment, the CSRF token. */
export function feedbackBody(form: FeedbackForm, session: Session, state: FormState): string {
    const c = form.change
    const notice = state.notice ? `<p class="notice ok" role="status">${escapeHtml(state.notice)}</p>` : ''
    const errors = state.errors.length
        ? `<div class="notice err errors" role="alert"><p>Your feedback was not saved:</p><ul>${state.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul></div>`
        : ''
    const scale = RATING_LABELS.map((label, i) => {
        const value = String(i + 1)
        const checked = state.rating === value ? ' checked' : ''
        return `<label for="rating-${value}"><input type="radio" id="rating-${value}" name="rating" value="${value}" required${checked}><span>${value} · ${escapeHtml(label)}</span></label>`
    }).join('')
    const action = form.existing ? 'Update my feedback' : 'Send feedback'
    const earlier = form.existing ? `<p class="hint">You answered before (${form.existing.rating} of 5). Sending again replaces that answer.</p>` : ''
    return (
        STYLE +
        `<section class="card pad feedback" aria-labelledby="feedback-title">` +
        `<h1 id="feedback-title" class="page-title">How did ${escapeHtml(c.number)} go for you?</h1>` +
        `<p class="lede">${escapeHtml(c.shortDescription)}: your feedback ${escapeHtml(ROLE_PHRASE[form.role] ?? '')}.</p>` +
        notice +
        errors +
        earlier +
        `<form method="post" action="${FEEDBACK_PATH}" data-once novalidate>` +
        csrfField(session) +
        `<input type="hidden" name="change" value="${escapeHtml(c.sysId)}"><input type="hidden" name="role" value="${escapeHtml(form.role)}">` +
        `<fieldset><legend>Your rating, from 1 (poor) to 5 (excellent)</legend><div class="scale">${scale}</div></fieldset>` +
        `<div class="field"><label for="comment">Comment (optional)</label>` +
        `<textarea id="comment" name="comment" maxlength="4000" aria-describedby="comment-hint">${escapeHtml(state.comment)}</textarea>` +
        `<p class="hint" id="comment-hint">What helped, what got in the way? At most 4,000 characters.</p></div>` +
        `<button type="submit" class="btn" data-busy-label="Sending…">${action}</button>` +
        `</form></section>`
    )
}

/** GET and POST /sp/feedback. */
export function feedbackRoutes(instance: Instance): Route[] {
    const feedback = () => instance.appModule<FeedbackModule>('src/server/xla/feedback.ts')
    const status = (ctx: RequestContext, code: number, title: string, message: string) => {
        const session = sessionOf(ctx)
        sendHtml(ctx.res, code, statusPage({ session, displayName: userDisplayName(instance, session.userId), code, title, message }))
    }
    const refused = (ctx: RequestContext, access: Extract<FeedbackAccess, { ok: false }>) => {
        const titles: Record<number, string> = { 400: 'Not a feedback link', 403: 'Not your change to rate', 404: 'Change not found' }
        // A 403 names nothing: the change (its number) is not for this user to see.
        const message = access.status === 403 ? NOT_STAKEHOLDER : access.message
        status(ctx, access.status, titles[access.status] ?? 'Feedback unavailable', message)
    }
    const show = (ctx: RequestContext, code: number, form: FeedbackForm, state: FormState) => {
        const session = sessionOf(ctx)
        sendHtml(ctx.res, code, page({ title: `Feedback on ${form.change.number}`, session, displayName: userDisplayName(instance, session.userId), nav: null, body: feedbackBody(form, session, state) }))
    }
    return [
        {
            method: ['GET', 'POST'],
            pattern: /^\/sp\/feedback\/?$/,
            auth: 'session',
            loginRedirect: LOGIN,
            handle: async (ctx) => {
                const session = sessionOf(ctx)
                if (ctx.method === 'GET') {
                    const changeId = ctx.url.searchParams.get('change') ?? ''
                    const role = ctx.url.searchParams.get('role') ?? ''
                    const access = instance.runAs(session.userId, () => feedback().feedbackForm(changeId, role))
                    if (!access.ok) return refused(ctx, access)
                    const saved = ctx.url.searchParams.get('saved')
                    const notice = saved === 'updated' ? 'Thank you: your feedback is updated.' : saved === 'new' ? 'Thank you: your feedback is saved.' : ''
                    const existing = access.form.existing
                    show(ctx, 200, access.form, { rating: existing ? String(existing.rating) : '', comment: existing?.comment ?? '', errors: [], notice })
                    return
                }
                const form = parseForm(await ctx.body())
                if (!csrfMatches(session, form.csrf)) {
                    status(ctx, 403, 'Form expired', 'This form expired or did not come from this site. Open the link in your email again and resend your feedback.')
                    return
                }
                const input: FeedbackInput = { changeId: form.change ?? '', role: form.role ?? '', rating: form.rating ?? '', comment: form.comment ?? '' }
                const result = instance.runAs(session.userId, () => {
                    const access = feedback().feedbackForm(input.changeId, input.role)
                    return access.ok ? { access, saved: feedback().saveFeedback(input) } : { access, saved: null }
                })
                if (!result.access.ok) return refused(ctx, result.access)
                const saved = result.saved
                if (saved && saved.ok) {
                    const back = `${FEEDBACK_PATH}?change=${encodeURIComponent(input.changeId)}&role=${encodeURIComponent(input.role)}&saved=${saved.updated ? 'updated' : 'new'}`
                    redirect(ctx.res, back)
                    return
                }
                const errors = saved && !saved.ok ? saved.errors : ['Your feedback could not be saved.']
                const code = saved && !saved.ok ? saved.status : 500
                show(ctx, code, result.access.form, { rating: (form.rating ?? '').slice(0, 5), comment: (form.comment ?? '').slice(0, 5000), errors, notice: '' })
            },
        },
    ]
}
