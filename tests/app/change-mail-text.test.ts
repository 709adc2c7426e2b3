import type * as Mail from '../../src/server/change/mail'
import type * as Text from '../../src/server/mail/text'
import { get, insert } from '../support/records'
import { changeValues, changeWorld } from './change-fixtures'

/**
 * The plain-text part of a change email (printChangeMailText) is its HTML part converted (htmlToPlainText),
 * whatever messages were rendered before it: the last conversion is reused only for the very same HTML (a
 * CAB's approval request, one event per 100 readers of a variant, renders the same message for each).
 */
// Each test gets its own copy of the suite's world (changeWorld's beforeEach).
const shared = changeWorld()

const mail = () => shared.instance.appModule<typeof Mail>('src/server/change/mail.ts')
const text = () => shared.instance.appModule<typeof Text>('src/server/mail/text.ts')

test('each text part is its own HTML converted, when messages alternate and when one repeats', () => {
    const w = shared.world
    shared.instance.run(() => {
        const id = insert('change_request', changeValues(w, { requested_by: w.requester, state: -3 }))
        const change = get('change_request', id)
        const request = (sysId: string, variant: string) => ({ sys_id: sysId, name: 'x_psm_persona.change.approval_requested', parm1: `${w.ann},${w.bob}`, parm2: `readers:${variant}` })
        const authorize = { sys_id: 'event-authorize', name: 'x_psm_persona.change.authorize', parm1: '-3', parm2: '-4' }
        const printed = (print: typeof Mail.printChangeMail, stakeholder: string, event: object): string => {
            let out = ''
            print(stakeholder, change as never, { print: (s: string) => (out += s) }, null, null, event)
            return out
        }
        const sequence: Array<[string, object]> = [
            ['approver', request('event-1', 'standard')],
            ['approver', request('event-2', 'standard')],
            ['approver', request('event-3', 'mobile')],
            ['requester', authorize],
            ['approver', request('event-4', 'standard')],
        ]
        const texts: string[] = []
        for (const [stakeholder, event] of sequence) {
            const html = printed(mail().printChangeMail, stakeholder, event)
            const plain = printed(mail().printChangeMailText, stakeholder, event)
            expect(plain).toBe(text().htmlToPlainText(html))
            texts.push(plain)
        }
        // The repeated request reads the same; the mobile variant and the requester's message do not.
        expect(texts[1]).toBe(texts[0])
        expect(texts[4]).toBe(texts[0])
        expect(new Set(texts).size).toBe(3)
    })
})
