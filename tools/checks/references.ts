import type { BuildRecord } from '../../src/local/install/read-build'
import { lineAt, stringScripts, withoutComments } from './script-text'
import { describeRecord, recordsOf, type Check, type Violation } from './types'

/*
 * References inside script text that no compiler checks: a text script (mail script, widget server
 * script, script include) loads an app module by its sys_module path, which carries the package
 * version ('x_psm_persona/<package>/0.1.0/src/server/…'), so bumping the version in package.json
 * silently breaks every such require on the instance; and a notification's ${mail_script:name}
 * must name a sys_script_email the build ships, or the email goes out with the placeholder blank.
 */

const REQUIRE = /\brequire\s*\(\s*(['"])([^'"]+)\1\s*\)/g
const MAIL_SCRIPT = /\$\{\s*mail_script\s*:\s*([\w.]+)\s*\}/g
const NOTIFICATION_TEXT_FIELDS = ['message_html', 'message_text', 'message', 'subject', 'sms_alternate']

/** The application's scope, as the first segment of its sys_module paths. */
function scopeOf(records: readonly BuildRecord[]): string | null {
    const first = recordsOf(records, 'sys_module')[0]?.fields.path ?? ''
    return first.includes('/') ? first.split('/')[0] : null
}

export const scriptReferences: Check = ({ records }) => {
    const out: Violation[] = []
    const scope = scopeOf(records)
    const modules = recordsOf(records, 'sys_module').map((r) => r.fields.path)
    const known = new Set(modules)
    for (const s of stringScripts(records)) {
        const text = withoutComments(s.script)
        REQUIRE.lastIndex = 0
        for (let m = REQUIRE.exec(text); m; m = REQUIRE.exec(text)) {
            const target = m[2]
            if (!scope || !target.startsWith(`${scope}/`) || known.has(target)) continue
            const tail = target.split('/').slice(3).join('/')
            const same = modules.find((p) => p.split('/').slice(3).join('/') === tail)
            out.push({
                check: 'script-references',
                where: `${describeRecord(s.record)} ${s.field} line ${lineAt(text, m.index)}`,
                message: `requires '${target}', which no sys_module of the build has${same ? `; the build has '${same}' (the package name or version in the path is out of date)` : ''}.`,
            })
        }
    }
    const mailScripts = new Set(recordsOf(records, 'sys_script_email').map((r) => r.fields.name))
    for (const table of ['sysevent_email_action', 'sysevent_email_template']) {
        for (const r of recordsOf(records, table)) {
            for (const field of NOTIFICATION_TEXT_FIELDS) {
                const text = r.fields[field] ?? ''
                MAIL_SCRIPT.lastIndex = 0
                for (let m = MAIL_SCRIPT.exec(text); m; m = MAIL_SCRIPT.exec(text)) {
                    if (!mailScripts.has(m[1])) {
                        out.push({
                            check: 'script-references',
                            where: `${describeRecord(r)} ${field}`,
                            message: `uses \${mail_script:${m[1]}}, but the build ships no sys_script_email named '${m[1]}': the email would leave it blank.`,
                        })
                    }
                }
            }
        }
    }
    return out
}
