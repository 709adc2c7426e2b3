/*
 * Where the app's emails send people: absolute links (glide.servlet.uri) to Service Portal pages
 * that exist on the instance, never a back-office list or form. Requesters go to portal pages,
 * approvers to their own approval, items to the persona item page. Page ids are the project's
 * contract (see README, "Service Portal pages"). Pure: the base URL (mail/instance-url.ts) and properties come in.
 */

export const PORTAL_PAGES = {
    /** Base page: one record the user may read. */
    ticket: 'ticket',
    /**
     * The app's approval page: one approval with the change summary, approve or reject with a reason,
     * for a phone (sys_id of sysapproval_approver). The base page `approval` stays for other approvals.
     */
    approval: 'psm_approval',
    /** Base page: one approval of any kind (&sys_id=<sysapproval_approver>): proposals and exceptions are approved here. */
    baseApproval: 'approval',
    /** Base page: the user's pending approvals. */
    approvals: 'approvals',
    /** Base page: the user's requests. */
    requests: 'requests',
    myChanges: 'psm_my_changes',
    myPersona: 'psm_my_persona',
    /** A manager's team and its personas. */
    team: 'psm_team_personas',
    /** The requester's change form: submit, or fill the gaps of their change (&sys_id=). */
    changeForm: 'psm_change_form',
    feedback: 'psm_feedback',
    item: 'psm_item',
    catalog: 'psm_catalog',
    dashboard: 'psm_dashboard',
} as const

/** The instance's address without a trailing slash ('' when glide.servlet.uri is unset: links stay instance-relative). */
export function trimBase(base: string): string {
    return (base || '').replace(/\/+$/, '')
}

/** `<base>/sp?id=<page>&k=v…`, every value URL-encoded. */
export function portalUrl(base: string, page: string, params: Record<string, string> = {}): string {
    const query = Object.keys(params)
        .map((k) => `&${encodeURIComponent(k)}=${encodeURIComponent(params[k])}`)
        .join('')
    return `${trimBase(base)}/sp?id=${encodeURIComponent(page)}${query}`
}

export function ticketUrl(base: string, table: string, sysId: string): string {
    return portalUrl(base, PORTAL_PAGES.ticket, { table, sys_id: sysId })
}

export function approvalUrl(base: string, approvalId: string): string {
    return portalUrl(base, PORTAL_PAGES.approval, { sys_id: approvalId })
}

export function changeFormUrl(base: string, changeId: string): string {
    return portalUrl(base, PORTAL_PAGES.changeForm, { sys_id: changeId })
}

export function itemUrl(base: string, itemId: string): string {
    return portalUrl(base, PORTAL_PAGES.item, { sys_id: itemId })
}

/** The feedback page before 2026-12 was a route of the old local portal; an instance still holding that value gets the page. */
export const LEGACY_FEEDBACK_PATH = '/sp/feedback'
export const FEEDBACK_PATH = `/sp?id=${PORTAL_PAGES.feedback}`

/**
 * Where a stakeholder gives feedback on a change: <feedback_path> plus task and role, joined with
 * '&' when the path already has a query (the portal page) and '?' otherwise (an admin's own form).
 * The page's contract is `&task=<task sys_id>&role=` (any record extending task); the page still
 * reads the older `&change=` of emails already sent, but no email writes it any more.
 * The retired default '/sp/feedback' (kept by an upgraded instance whose property was not customised
 * further) reads as the portal page, so an upgrade never leaves a dead link.
 */
export function feedbackUrl(base: string, feedbackPath: string, taskId: string, role: string): string {
    const configured = (feedbackPath || '').trim()
    const path = !configured || configured === LEGACY_FEEDBACK_PATH ? FEEDBACK_PATH : configured
    const absolute = path.charAt(0) === '/' ? trimBase(base) + path : path
    const joiner = absolute.indexOf('?') >= 0 ? '&' : '?'
    return `${absolute}${joiner}task=${encodeURIComponent(taskId)}&role=${encodeURIComponent(role)}`
}

/** A configured path on this instance made absolute; a full web address stays as it is. */
export function absoluteUrl(base: string, url: string): string {
    return url.charAt(0) === '/' ? trimBase(base) + url : url
}
