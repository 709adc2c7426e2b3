import * as fs from 'node:fs'
import * as path from 'node:path'
import * as mail from '../../src/server/change/mail'
import { eventField } from '../../src/server/mail/outbound'
import { MODULE_ROOT } from '../../fluent/module-path'

/**
 * The mail scripts are thin: they require the app's mail module by its sys_module path
 * (scope/package/version/file, as the SDK names modules) and call one of its exports. A version bump
 * that left the path behind would break every change email, so the path is checked against package.json.
 */
const root = path.join(__dirname, '..', '..')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string }
const source = fs.readFileSync(path.join(root, 'fluent', 'change', 'change-mail-scripts.now.ts'), 'utf8')

test('every mail script requires the mail module at the path this build gives it', () => {
    const paths = [...source.matchAll(/require\('([^']+)'\)/g)].map((m) => m[1])
    // One per stakeholder for the HTML part and one for its plain-text part.
    expect(paths.length).toBe(10)
    // The path is built from package.json at build time (fluent/module-path.ts), never written by hand.
    for (const p of paths) expect(p.replace('${MODULE_ROOT}', MODULE_ROOT)).toBe(`x_psm_persona/${pkg.name}/${pkg.version}/src/server/change/mail.ts`)
    expect(paths.every((p) => p.startsWith('${MODULE_ROOT}/'))).toBe(true)
})

test('every function a mail script calls is exported by the mail module', () => {
    const called = [...source.matchAll(/mail\.(\w+)\(/g)].map((m) => m[1])
    expect(new Set(called)).toEqual(new Set(['printChangeMail', 'printHighRiskUpdate', 'printChangeMailText', 'printHighRiskUpdateText']))
    for (const name of called) expect(typeof (mail as Record<string, unknown>)[name]).toBe('function')
})

test('the event a mail script receives is read as a GlideRecord or as a plain object', () => {
    const gr = { getValue: (f: string) => (f === 'parm1' ? 'u1' : null) }
    expect(eventField(gr, 'parm1')).toBe('u1')
    expect(eventField(gr, 'parm2')).toBe('')
    expect(eventField({ name: 'x_psm_persona.change.review' }, 'name')).toBe('x_psm_persona.change.review')
    expect(eventField(null, 'name')).toBe('')
})

test('only the messages that show the approvals read them (an approval request to 200 approvers must not read 200 x 200)', () => {
    expect(mail.needsApprovals('approver', 'approvalRequested')).toBe(false)
    expect(mail.needsApprovals('approver', 'highRiskUpdate')).toBe(true)
    expect(mail.needsApprovals('requester', 'submitted')).toBe(false)
    expect(['authorize', 'rejected', 'scheduled'].every((m) => mail.needsApprovals('requester', m as 'authorize'))).toBe(true)
    expect(mail.needsApprovals('implementer', 'scheduled')).toBe(false)
    expect(mail.needsApprovals('change_manager', 'highRiskAuthorize')).toBe(true)
})
