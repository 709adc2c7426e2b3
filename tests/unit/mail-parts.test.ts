import { htmlForTextPart, htmlPart, messageKey } from '../../src/server/catalog/mail-parts'

/*
 * A message's HTML rendered once for both parts (src/server/catalog/mail-parts.ts): the text part of
 * the same message takes what its HTML part rendered; anything else renders from the data as it is.
 */

function counter(text: string): { render: () => string; calls: () => number } {
    let n = 0
    return {
        render: () => {
            n++
            return `${text} #${n}`
        },
        calls: () => n,
    }
}

test('the text part of the same message takes the HTML its HTML part rendered, once', () => {
    const key = messageKey('event1', 'user1')
    const r = counter('welcome')
    expect(htmlPart(key, r.render)).toBe('welcome #1')
    expect(htmlForTextPart(key, r.render)).toBe('welcome #1')
    expect(r.calls()).toBe(1)
    // Taken once: the same message's text part again (an event processed again) renders afresh.
    expect(htmlForTextPart(key, r.render)).toBe('welcome #2')
})

test('another message, or another record of the same event, renders afresh', () => {
    const r = counter('order')
    htmlPart(messageKey('event1', 'request1'), r.render)
    expect(htmlForTextPart(messageKey('event2', 'request1'), r.render)).toBe('order #2')
    htmlPart(messageKey('event3', 'request1'), r.render)
    expect(htmlForTextPart(messageKey('event3', 'request2'), r.render)).toBe('order #4')
})

test('a later HTML part always renders, and replaces what an earlier message left', () => {
    const key = messageKey('event1', 'user1')
    const r = counter('welcome')
    htmlPart(key, r.render)
    // The same event processed again (its first attempt rolled back before its text part): the HTML renders again.
    expect(htmlPart(key, r.render)).toBe('welcome #2')
    expect(htmlForTextPart(key, r.render)).toBe('welcome #2')
})

test('without an event nothing is kept: each part renders', () => {
    const key = messageKey('', 'user1')
    expect(key).toBe('')
    const r = counter('plain')
    htmlPart(key, r.render)
    expect(htmlForTextPart(key, r.render)).toBe('plain #2')
})
