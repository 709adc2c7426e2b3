/** The cookies a response sets, as `name=value` pairs for a Cookie header. */
export function cookiesOf(res: Response): string[] {
    return res.headers.getSetCookie().map((c) => c.split(';')[0])
}

/** Logs in through the portal's login form (its CSRF token and pre-login cookie); returns the session cookie. */
export async function portalLogin(baseUrl: string, userName: string, password: string): Promise<string> {
    const form = await fetch(`${baseUrl}/sp/login`)
    const token = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? ''
    const res = await fetch(`${baseUrl}/sp/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookiesOf(form).join('; ') },
        body: new URLSearchParams({ csrf: token, user_name: userName, password, next: '/sp' }).toString(),
    })
    const session = cookiesOf(res).find((c) => c.startsWith('psm_session=') && c.length > 'psm_session='.length)
    if (!session) throw new Error(`login of ${userName} failed: ${res.status}`)
    return session
}
