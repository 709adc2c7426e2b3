import { daysLeftText, expiryStep, parseInternal, reminderDays } from '../../src/server/catalog/exception-expiry-calc'
import { endedSubject, expiringSubject, renderEnded, renderExpiring } from '../../src/server/catalog/exception-expiry-mail'
import type { ExceptionFacts } from '../../src/server/catalog/exception-mail'

/** When a granted service exception is due its reminder or its end, and what the two emails say (issue 17.4). */

const ms = (v: string) => parseInternal(v) as number
const granted = { expiresOn: '2027-02-18 08:00:00', decidedOn: '2026-11-20 08:00:00', remindedOn: null }

test('internal date-time values parse as UTC; empty or malformed ones do not', () => {
    expect(parseInternal('2027-02-18 08:00:00')).toBe(Date.UTC(2027, 1, 18, 8, 0, 0))
    expect(parseInternal('')).toBeNull()
    expect(parseInternal(null)).toBeNull()
    expect(parseInternal('2027-02-30 08:00:00')).toBeNull()
    expect(parseInternal('2027-02-18 25:00:00')).toBeNull()
    expect(parseInternal('18/02/2027')).toBeNull()
})

test('the reminder lead time: a whole number of days from 1 to 365, else 7 and not valid', () => {
    expect(reminderDays('7')).toEqual({ days: 7, valid: true })
    expect(reminderDays(' 30 ')).toEqual({ days: 30, valid: true })
    for (const bad of ['', null, undefined, '0', '-3', '2.5', 'soon', '366']) expect(reminderDays(bad)).toEqual({ days: 7, valid: false })
})

test('remind inside the window once, end at the expiry, wait otherwise', () => {
    expect(expiryStep(granted, ms('2027-02-10 08:00:00'), 7)).toEqual({ kind: 'wait' })
    expect(expiryStep(granted, ms('2027-02-11 07:59:59'), 7)).toEqual({ kind: 'wait' })
    expect(expiryStep(granted, ms('2027-02-11 08:00:00'), 7)).toEqual({ kind: 'remind', daysLeft: 7 })
    expect(expiryStep(granted, ms('2027-02-17 09:00:00'), 7)).toEqual({ kind: 'remind', daysLeft: 1 })
    expect(expiryStep({ ...granted, remindedOn: '2027-02-11 08:00:00' }, ms('2027-02-12 08:00:00'), 7)).toEqual({ kind: 'wait' })
    expect(expiryStep(granted, ms('2027-02-18 08:00:00'), 7)).toEqual({ kind: 'end' })
    expect(expiryStep({ ...granted, remindedOn: '2027-02-11 08:00:00' }, ms('2027-03-01 00:00:00'), 7)).toEqual({ kind: 'end' })
})

test('an exception granted for less than the lead time gets no reminder: its approval email gave the date', () => {
    const short = { expiresOn: '2026-11-25 08:00:00', decidedOn: '2026-11-20 08:00:00', remindedOn: null }
    expect(expiryStep(short, ms('2026-11-24 08:00:00'), 7)).toEqual({ kind: 'wait' })
    expect(expiryStep(short, ms('2026-11-25 08:00:00'), 7)).toEqual({ kind: 'end' })
    // With no decision date recorded, the reminder is sent.
    expect(expiryStep({ ...short, decidedOn: null }, ms('2026-11-24 08:00:00'), 7)).toEqual({ kind: 'remind', daysLeft: 1 })
})

test('a missing or malformed expiry is bad, named in the reason', () => {
    expect(expiryStep({ ...granted, expiresOn: null }, ms('2027-02-18 08:00:00'), 7)).toEqual({ kind: 'bad', reason: 'it has no expiry date' })
    expect(expiryStep({ ...granted, expiresOn: 'tomorrow' }, ms('2027-02-18 08:00:00'), 7)).toEqual({ kind: 'bad', reason: 'its expiry "tomorrow" is not a date and time' })
    expect(daysLeftText(1)).toBe('in 1 day')
    expect(daysLeftText(7)).toBe('in 7 days')
})

const facts: ExceptionFacts = {
    userName: 'Tele <X>',
    itemName: 'Survey <b>Studio</b> & "Pro"',
    askedAs: 'the service you opened',
    justification: 'x',
    days: 90,
    state: 'granted',
    deciderName: 'Bea Boss',
    decisionComment: '',
    expiresOn: '2027-02-18 08:00:00',
}

test('the reminder and the ended notice escape every value and link where they are told', () => {
    const user = renderExpiring(facts, 'user', 'Tele <X>', 7, { primaryUrl: 'https://x/sp?id=psm_item&sys_id=1', catalogUrl: 'https://x/sp?id=psm_catalog' })
    expect(user).toContain('Survey &lt;b&gt;Studio&lt;/b&gt; &amp; &quot;Pro&quot;')
    expect(user).toContain('Hello Tele &lt;X&gt;,')
    expect(user).not.toContain('<b>Studio</b>')
    expect(user).toContain('href="https://x/sp?id=psm_item&amp;sys_id=1"')
    expect(user).toContain('(in 7 days)')
    const manager = renderExpiring(facts, 'manager', 'Bea Boss', 1, { primaryUrl: 'https://x/sp?id=psm_team_personas', catalogUrl: 'https://x/sp?id=psm_catalog' })
    expect(manager).toContain('for Tele &lt;X&gt;')
    expect(manager).not.toContain('psm_catalog')
    const ended = renderEnded(facts, 'Tele', 'https://x/sp?id=psm_item&sys_id=1', 'https://x/sp?id=psm_catalog')
    expect(ended).not.toContain('<b>Studio</b>')
    expect(ended).toContain('Request it again')
    expect(expiringSubject(facts, 'user')).toBe('Your access to Survey <b>Studio</b> & "Pro" ends on 2027-02-18 08:00:00')
    expect(expiringSubject(facts, 'manager')).toBe('Tele <X>\'s access to Survey <b>Studio</b> & "Pro" ends on 2027-02-18 08:00:00')
    expect(endedSubject(facts)).toBe('Your access to Survey <b>Studio</b> & "Pro" has ended')
})
