/*
 * Who may see a page, a widget and a widget instance, checked on the server for every page load and
 * every widget call. The platform's rules ("Configure page security by role", "Widget roles"):
 *  - a page, widget or instance that lists roles is shown only to users with at least one of them
 *    (admin passes every role check);
 *  - a page or widget not marked Public is shown only to logged-in users: "Public: check to make
 *    the page [widget] available to unauthenticated users".
 */

export interface Viewer {
    /** sys_user sys_id, or 'guest' for someone not logged in. */
    userId: string
    roles: ReadonlySet<string>
}

export const GUEST_ID = 'guest'

export function isGuest(viewer: Viewer): boolean {
    return viewer.userId === GUEST_ID
}

/** A `roles` field (comma-separated role names): empty passes, otherwise one of them (or admin). */
export function hasOneRole(viewer: Viewer, roles: string | null | undefined): boolean {
    const needed = (roles ?? '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean)
    if (!needed.length) return true
    if (viewer.roles.has('admin')) return true
    return needed.some((r) => viewer.roles.has(r))
}

/** Pages and widgets: public, or a logged-in user; and the roles. */
// platform-difference: sp-page-user-criteria
export function canSee(viewer: Viewer, record: { public: number | null; roles: string | null }): boolean {
    if (isGuest(viewer) && record.public !== 1) return false
    return hasOneRole(viewer, record.roles)
}
