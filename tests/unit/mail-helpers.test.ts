import { printWithSubject, setSubject } from '../../src/server/mail/outbound'
import { displayNameOf, greetingNameOf } from '../../src/server/mail/people'
import { itemUrl, portalUrl, PORTAL_PAGES, trimBase } from '../../src/server/mail/links'

/** The app's shared mail helpers (src/server/mail): what every mail module now uses instead of its own copy. */

function outbound(): { subject: string[]; setSubject(s: string): void } {
    const subject: string[] = []
    return { subject, setSubject: (s: string) => subject.push(s) }
}

test('setSubject sets the subject of an EmailOutbound and ignores a missing or foreign email object', () => {
    const email = outbound()
    setSubject(email, 'Your access ends')
    expect(email.subject).toEqual(['Your access ends'])
    expect(() => setSubject(null, 'x')).not.toThrow()
    expect(() => setSubject(undefined, 'x')).not.toThrow()
    expect(() => setSubject({ setSubject: 'not a function' }, 'x')).not.toThrow()
})

test('printWithSubject prints the HTML part and sets its subject', () => {
    const printed: string[] = []
    const email = outbound()
    printWithSubject({ print: (t) => printed.push(t) }, email, { subject: 'S', html: '<p>H</p>' })
    expect([printed, email.subject]).toEqual([['<p>H</p>'], ['S']])
    printWithSubject({ print: (t) => printed.push(t) }, null, { subject: 'S2', html: '<p>H2</p>' })
    expect(printed).toEqual(['<p>H</p>', '<p>H2</p>'])
})

test('a user is named by full name, else user ID; greeted by first name, else the same', () => {
    expect(displayNameOf({ first_name: 'Bea', name: 'Bea Boss', user_name: 'boss' })).toBe('Bea Boss')
    expect(displayNameOf({ name: '', user_name: 'boss' })).toBe('boss')
    expect(displayNameOf({ name: null, user_name: null })).toBe('')
    expect(greetingNameOf({ first_name: 'Bea', name: 'Bea Boss', user_name: 'boss' })).toBe('Bea')
    expect(greetingNameOf({ first_name: null, name: 'Bea Boss' })).toBe('Bea Boss')
    expect(greetingNameOf({ user_name: 'boss' })).toBe('boss')
    expect(greetingNameOf({})).toBe('')
})

test('links: the instance address without trailing slashes; page ids of the project contract; values URL-encoded', () => {
    expect(trimBase('https://psm.example.com//')).toBe('https://psm.example.com')
    expect(trimBase('')).toBe('')
    expect(portalUrl('https://psm.example.com/', PORTAL_PAGES.baseApproval, { sys_id: 'a b' })).toBe('https://psm.example.com/sp?id=approval&sys_id=a%20b')
    expect(portalUrl('', PORTAL_PAGES.team)).toBe('/sp?id=psm_team_personas')
    expect(portalUrl('https://x', PORTAL_PAGES.requests)).toBe('https://x/sp?id=requests')
    expect(portalUrl('https://x', PORTAL_PAGES.myPersona)).toBe('https://x/sp?id=psm_my_persona')
    expect(itemUrl('https://x/', 'abc&id=evil')).toBe('https://x/sp?id=psm_item&sys_id=abc%26id%3Devil')
})
