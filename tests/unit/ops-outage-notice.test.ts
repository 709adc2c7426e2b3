import { noticeEvents, noticeStyle, userNotice } from '../../src/server/ops/outage-notice-calc'

/*
 * Who gets an outage notice and in how many events: one per user up to the personal limit; beyond it one per
 * persona and group within glide.email.smtp.max_recipients ("Notifications that would exceed this limit instead
 * create duplicate email notifications addressed to a subset of the recipient list", Minimize SMTP Recipient
 * Quantity) and sysevent.parm1's 4000 characters. Every user in exactly one event.
 */

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(31, '0')}`)

test('up to the personal limit each user has an event of their own, with their persona', () => {
    const events = noticeEvents(new Map([['p1', ids('a', 2)], ['p2', ids('b', 1)]]), 3)
    expect(events).toEqual([
        { parm1: ids('a', 2)[0], parm2: 'p1' },
        { parm1: ids('a', 2)[1], parm2: 'p1' },
        { parm1: ids('b', 1)[0], parm2: 'p2' },
    ])
})

test('above it, one event per persona and 100 users, each user once', () => {
    const a = ids('a', 250)
    const events = noticeEvents(new Map([['p1', a], ['p2', ids('b', 3)]]), 100)
    expect(events.map((e) => [e.parm2, e.parm1.split(',').length])).toEqual([
        ['p1', 100],
        ['p1', 100],
        ['p1', 50],
        ['p2', 3],
    ])
    expect(events.flatMap((e) => e.parm1.split(',')).filter((u) => u.startsWith('a'))).toEqual(a)
    for (const e of events) expect(e.parm1.length).toBeLessThanOrEqual(4000)
})

test('a Virtual/Mobile 3 or 4 persona reads the short notice; its words are escaped in the HTML part only', () => {
    expect(noticeStyle({ technology: 2, network: 2, interaction: 2, communication: 2, mobility: 3 })).toBe('short')
    expect(noticeStyle({ technology: 4, network: 4, interaction: 4, communication: 4, mobility: 2 })).toBe('full')
    const mail = userNotice({ persona: 'P', style: 'short', notice: '', services: ['<VPN>'], ci: 'x', begin: '2026-01-01 00:00:00', workaround: 'use 4G & chat', targetPct: null, link: 'https://i/sp?id=psm_my_persona' })
    expect(mail.html).toContain('&lt;VPN&gt; is down')
    expect(mail.html).toContain('Use 4G &amp; chat')
    expect(mail.text).toContain('<VPN> is down')
    expect(mail.text.split('\n\n')).toHaveLength(3)
})
