/** The cookies a response sets, as `name=value` pairs for a Cookie header. */
export function cookiesOf(res: Response): string[] {
    return res.headers.getSetCookie().map((c) => c.split(';')[0])
}

/**
 * Logs in through the portal's login page (/sp?id=login: its pre-login token cookie and the page's
 * g_ck) and its login call; returns the session cookie.
 */
export async function portalLogin(baseUrl: string, userName: string, password: string): Promise<string> {
    const page = await fetch(`${baseUrl}/sp?id=login`)
    const token = /"g_ck":"([^"]*)"/.exec(await page.text())?.[1] ?? ''
    const res = await fetch(`${baseUrl}/api/now/sp/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookiesOf(page).join('; '), 'X-UserToken': token },
        body: JSON.stringify({ user_name: userName, password }),
    })
    const session = cookiesOf(res).find((c) => c.startsWith('psm_session=') && c.length > 'psm_session='.length)
    if (!session) throw new Error(`login of ${userName} failed: ${res.status}`)
    return session
}
