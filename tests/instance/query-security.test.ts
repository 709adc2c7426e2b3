import { ensureAdmin } from '../../src/local/base/admin'
import { GlideRecord, GlideRecordSecure } from '../../src/local/glide'
import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { queryReferences, parseEncodedQuery } from '../../src/local/query'
import { databaseChecksum } from '../support/checksum'
import { installedInstance } from '../support/instance'
import { get, insert } from '../support/records'

/**
 * Query security through the Table API, over real HTTP, as the platform documents it:
 * - "Query ACLs" (platform-security/access-control/query-acl-rule): query_match covers "EQUALS, NOT_EQUALS,
 *   IN, NOT_IN, SAMEAS, NSAMEAS, ANYTHING, ISEMPTYSTRING, ISEMPTY, ISNOTEMPTY, ISNULL, ISNOTNULL";
 *   query_range "all the others (STARTS_WITH, CONTAINS, >=, <= etc)", and when it fails "Sorting by column
 *   is restricted"; "Query ACLs (both query_match and query_range) default to a star.star ACL that
 *   delegates to read access ... if no query ACL was created then read access to the column is evaluated;
 *   if query ACLs are defined then they override the default behavior."
 * - "Exploring access control lists", Pre and post query ACL checks: the pre-query check "only looks at the
 *   user's roles"; after the query "the role, condition, and script portions of the ACL are evaluated".
 * - "Enforce Query ACLs for SubLists, List Counts and Widget Data Tables": list counts enforce query ACLs
 *   by default, otherwise "an attacker can use blind queries to enumerate and exfiltrate data".
 * Every hostile request leaves the database unchanged and the server answering.
 */
let instance: Instance
let server: RunningServer
const PASSWORD = 'query security test password'
const basic = (user: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}` })
const ids: Record<string, string> = {}

function user(name: string, roles: string[] = []): string {
    const gr = new GlideRecord('sys_user')
    gr.initialize()
    gr.setValue('user_name', name)
    gr.setValue('name', `User ${name}`)
    gr.setValue('email', `${name}@example.com`)
    gr.setValue('phone', '+1 555 0100')
    gr.setValue('user_password', PASSWORD)
    const id = gr.insert()
    if (!id) throw new Error(`user ${name} refused`)
    for (const role of roles) insert('sys_user_has_role', { user: id, role: get('sys_user_role', 'name', role).getUniqueValue() })
    return id
}

function profileOf(userId: string): string {
    const gr = new GlideRecord('x_psm_persona_profile')
    // A new user's profile has no usage data (empty metrics) until some is loaded: load one metric.
    if (gr.get('user', userId)) {
        gr.setValue('devices', 3)
        gr.update()
        return gr.getUniqueValue()
    }
    return insert('x_psm_persona_profile', { user: userId, devices: 3 })
}

beforeAll(async () => {
    instance = installedInstance()
    ensureAdmin(instance, PASSWORD)
    instance.run(() => {
        ids.nobody = user('nobody')
        ids.analyst = user('analyst', ['x_psm_persona.analyst'])
        ids.victim = user('victim')
        ids.admin = get('sys_user', 'user_name', 'admin').getUniqueValue()
        for (const u of [ids.nobody, ids.analyst, ids.victim, ids.admin]) profileOf(u)
        for (let i = 0; i < 3; i++) insert('sys_email', { subject: `Private ${i}`, recipients: 'victim@example.com', body_text: `reset token secret-${i}`, type: 'sent' })
        insert('sys_email', { subject: 'Hello nobody', recipients: 'nobody@example.com', body_text: 'nothing secret here', type: 'sent' })
    })
    server = await startServer(instance, { port: 0 })
    // A user's first request records their login; later ones write nothing.
    for (const who of ['nobody', 'analyst', 'admin']) await list(who, 'x_psm_persona_persona', { sysparm_limit: '1' })
})
afterAll(async () => {
    await server.close()
    instance.close()
})

interface ListAnswer {
    status: number
    total: string | null
    result: Array<Record<string, unknown>>
    text: string
}

async function list(who: string, table: string, params: Record<string, string>): Promise<ListAnswer> {
    const res = await fetch(`${server.url}/api/now/table/${table}?${new URLSearchParams(params).toString()}`, { headers: { Accept: 'application/json', ...basic(who) } })
    const text = await res.text()
    const json = JSON.parse(text) as { result?: Array<Record<string, unknown>> }
    return { status: res.status, total: res.headers.get('x-total-count'), result: json.result ?? [], text }
}

/** A hostile request: whatever it answers, nothing is written and the server still serves. */
async function hostile(who: string, table: string, params: Record<string, string>): Promise<ListAnswer> {
    const before = databaseChecksum(instance)
    const answer = await list(who, table, params)
    expect(databaseChecksum(instance)).toBe(before)
    expect((await list('admin', 'x_psm_persona_persona', { sysparm_limit: '1' })).status).toBe(200)
    return answer
}

const profiles = 'x_psm_persona_profile'

describe('the password-hash oracle', () => {
    // The stored hashes all start "scrypt$"; a working oracle answers differently on either side of it.
    const guesses = ['', 'a', 'scrypt$', 'scrypt$16384$', 'scrypt$z', 'z', '~']

    test('a no-role user filtering profiles on user.user_password learns nothing: same rows, same count, whatever the guess', async () => {
        const answers = []
        for (const g of guesses) answers.push(await hostile('nobody', profiles, { sysparm_query: `user.user_password>=${g || 'a'}`, sysparm_fields: 'sys_id' }))
        for (const op of ['<', 'STARTSWITH', 'LIKE', '=', '!=']) answers.push(await hostile('nobody', profiles, { sysparm_query: `user.user_password${op}scrypt`, sysparm_fields: 'sys_id' }))
        for (const a of answers) {
            expect(a.status).toBe(200)
            expect({ total: a.total, result: a.result }).toEqual({ total: '0', result: [] })
        }
    })

    test('password fields are never queryable, not even by an admin: conditions select nothing, sorts are dropped', async () => {
        const answers = []
        for (const g of ['a', 'scrypt$', 'z']) answers.push(await hostile('admin', 'sys_user', { sysparm_query: `user_password>=${g}`, sysparm_fields: 'user_name' }))
        answers.push(await hostile('admin', profiles, { sysparm_query: 'user.user_passwordSTARTSWITHscrypt', sysparm_fields: 'sys_id' }))
        for (const a of answers) expect({ total: a.total, result: a.result }).toEqual({ total: '0', result: [] })
        const plain = await hostile('admin', 'sys_user', { sysparm_query: 'ORDERBYsys_id', sysparm_fields: 'user_name' })
        const up = await hostile('admin', 'sys_user', { sysparm_query: 'ORDERBYuser_password^ORDERBYsys_id', sysparm_fields: 'user_name' })
        const down = await hostile('admin', 'sys_user', { sysparm_query: 'ORDERBYDESCuser_password^ORDERBYsys_id', sysparm_fields: 'user_name' })
        expect(up.result).toEqual(plain.result)
        expect(down.result).toEqual(plain.result)
        expect(plain.result.length).toBeGreaterThan(3)
    })
})

describe('counts never include rows the caller cannot read', () => {
    test('X-Total-Count is the number of profiles a no-role user may read (their own), not every profile', async () => {
        const a = await hostile('nobody', profiles, { sysparm_fields: 'user' })
        expect(a.result).toEqual([{ user: { link: expect.stringContaining(ids.nobody) as unknown, value: ids.nobody } }])
        expect(a.total).toBe('1')
        const all = await list('admin', profiles, { sysparm_fields: 'sys_id' })
        expect(Number(all.total)).toBeGreaterThanOrEqual(4)
    })

    test('a search of email bodies counts only the emails the user may read', async () => {
        const theirs = await hostile('nobody', 'sys_email', { sysparm_query: 'body_textLIKEsecret-', sysparm_fields: 'subject' })
        expect({ total: theirs.total, result: theirs.result }).toEqual({ total: '0', result: [] })
        const own = await hostile('nobody', 'sys_email', { sysparm_query: 'body_textLIKEsecret', sysparm_fields: 'subject' })
        expect({ total: own.total, result: own.result }).toEqual({ total: '1', result: [{ subject: 'Hello nobody' }] })
    })

    test('pages are taken over the readable rows, so the total and the pages agree', async () => {
        const readable = instance.runAs(ids.nobody, () => {
            const gr = new GlideRecordSecure('sys_email')
            gr.orderBy('sys_id')
            gr.query()
            const subjects: string[] = []
            while (gr.next()) subjects.push(gr.getValue('subject') ?? '')
            return subjects
        })
        expect(readable).toContain('Hello nobody')
        const pages: unknown[] = []
        for (let offset = 0; offset <= readable.length; offset++) {
            const page = await list('nobody', 'sys_email', { sysparm_query: 'ORDERBYsys_id', sysparm_limit: '1', sysparm_offset: String(offset), sysparm_fields: 'subject' })
            expect(page.total).toBe(String(readable.length))
            pages.push(...page.result.map((r) => r.subject))
        }
        expect(pages).toEqual(readable)
    })

    test('GlideRecordSecure.getRowCount counts the readable rows only', () => {
        const count = (who: string) =>
            instance.runAs(who, () => {
                const gr = new GlideRecordSecure(profiles)
                return gr.getRowCount()
            })
        expect(count(ids.nobody)).toBe(1)
        expect(count(ids.analyst)).toBe(instance.run(() => new GlideRecord(profiles).getRowCount()))
    })
})

describe('dot-walks check every table and field they pass through', () => {
    test("a no-role user's own profile: user.email and user.name are left out (sys_user is not theirs to read)", async () => {
        const a = await hostile('nobody', profiles, { sysparm_fields: 'sys_id,user.email,user.name,user.user_password' })
        expect(a.result).toHaveLength(1)
        expect(Object.keys(a.result[0])).toEqual(['sys_id'])
    })

    test('an analyst reads every profile but not the users’ email and phone through them', async () => {
        const a = await hostile('analyst', profiles, { sysparm_fields: 'devices,user.email,user.phone' })
        expect(a.result.length).toBeGreaterThanOrEqual(4)
        for (const row of a.result) expect(Object.keys(row)).toEqual(['devices'])
        const admin = await list('admin', profiles, { sysparm_query: `user=${ids.victim}`, sysparm_fields: 'user.email,user.phone' })
        expect(admin.result).toEqual([{ 'user.email': 'victim@example.com', 'user.phone': '+1 555 0100' }])
    })

    test('a no-role user does not read user_criteria.script through a persona', async () => {
        const a = await hostile('nobody', 'x_psm_persona_persona', { sysparm_fields: 'name,user_criteria.script,user_criteria.name' })
        expect(a.result.length).toBeGreaterThan(0)
        for (const row of a.result) expect(Object.keys(row)).toEqual(['name'])
    })

    test('a reference display value is shown only to a user who may read the referenced record', async () => {
        const a = await hostile('analyst', profiles, { sysparm_query: `user=${ids.victim}`, sysparm_fields: 'user', sysparm_display_value: 'all', sysparm_exclude_reference_link: 'true' })
        expect(a.result).toEqual([{ user: { display_value: '', value: ids.victim } }])
        const admin = await list('admin', profiles, { sysparm_query: `user=${ids.victim}`, sysparm_fields: 'user', sysparm_display_value: 'all', sysparm_exclude_reference_link: 'true' })
        expect(admin.result).toEqual([{ user: { display_value: 'User victim', value: ids.victim } }])
    })

    test('conditions through a dot-walk to an unreadable table select nothing, whatever the value', async () => {
        const answers = []
        for (const q of ['user.emailLIKEvictim', 'user.emailLIKEnobody-at-all', 'user.name=User victim', 'user.phoneSTARTSWITH+1']) answers.push(await hostile('analyst', profiles, { sysparm_query: q, sysparm_fields: 'sys_id' }))
        for (const a of answers) expect({ total: a.total, result: a.result }).toEqual({ total: '0', result: [] })
        const admin = await list('admin', profiles, { sysparm_query: 'user.emailLIKEvictim', sysparm_fields: 'sys_id' })
        expect(admin.total).toBe('1')
    })

    test('GlideRecordSecure: a dot-walked value through an unreadable record is null', () => {
        const email = (who: string) =>
            instance.runAs(who, () => {
                const gr = new GlideRecordSecure(profiles)
                gr.addQuery('user', ids.analyst)
                gr.query()
                return gr.next() ? gr.getValue('user.email') : 'no row'
            })
        expect(email(ids.analyst)).toBeNull()
        expect(email(ids.admin)).toBe('analyst@example.com')
    })
})

describe('query_match and query_range ACLs', () => {
    const personas = 'x_psm_persona_persona'
    const created: string[] = []
    function acl(name: string, operation: string, roles: string[]): void {
        instance.run(() => {
            const id = insert('sys_security_acl', { name, operation, type: 'record', active: true, admin_overrides: true, decision_type: 'allow' })
            for (const role of roles) insert('sys_security_acl_role', { sys_security_acl: id, sys_user_role: get('sys_user_role', 'name', role).getUniqueValue() })
            created.push(id)
        })
    }
    afterEach(() => {
        instance.run(() => {
            for (const id of created.splice(0)) {
                const gr = new GlideRecord('sys_security_acl')
                if (gr.get(id)) gr.deleteRecord()
            }
        })
    })
    const names = (a: ListAnswer) => a.result.map((r) => r.name)

    test('a failed query_range ACL: range conditions select nothing and sorting is dropped; matches still work', async () => {
        // Before any query ACL, read access decides: the readable name may be ranged and sorted.
        const before = await list('nobody', personas, { sysparm_query: 'nameLIKEo^ORDERBYname', sysparm_fields: 'name' })
        expect(before.result.length).toBeGreaterThan(0)
        expect(names(before)).toEqual(names(await list('admin', personas, { sysparm_query: 'nameLIKEo^ORDERBYname', sysparm_fields: 'name' })))
        acl(`${personas}.name`, 'query_range', ['admin'])
        const all = await list('admin', personas, { sysparm_query: 'ORDERBYsys_id', sysparm_fields: 'name' })
        const someName = String(all.result[0].name)
        for (const q of ['nameLIKEo', 'nameSTARTSWITHT', 'name>=A', 'nameBETWEENA@Z', 'nameENDSWITHr']) {
            const a = await hostile('nobody', personas, { sysparm_query: q, sysparm_fields: 'name' })
            expect({ q, total: a.total, result: a.result }).toEqual({ q, total: '0', result: [] })
        }
        const sorted = await hostile('nobody', personas, { sysparm_query: 'ORDERBYDESCname^ORDERBYsys_id', sysparm_fields: 'name' })
        expect(names(sorted)).toEqual(names(all))
        const match = await hostile('nobody', personas, { sysparm_query: `name=${someName}`, sysparm_fields: 'name' })
        expect({ total: match.total, result: match.result }).toEqual({ total: '1', result: [{ name: someName }] })
        const inList = await hostile('nobody', personas, { sysparm_query: `nameIN${someName},nobody`, sysparm_fields: 'name' })
        expect(inList.total).toBe('1')
        // The ACL's role passes for an admin (and admin_overrides): unrestricted.
        expect((await list('admin', personas, { sysparm_query: 'nameLIKEo', sysparm_fields: 'name' })).result.length).toBeGreaterThan(0)
    })

    test('a failed query_match ACL: equality, IN and emptiness conditions select nothing', async () => {
        acl(`${personas}.name`, 'query_match', ['itil'])
        for (const q of ['name=Telecommuter', 'nameINTelecommuter,x', 'name!=x', 'nameISNOTEMPTY', 'nameANYTHING']) {
            const a = await hostile('nobody', personas, { sysparm_query: q, sysparm_fields: 'name' })
            expect({ q, total: a.total, result: a.result }).toEqual({ q, total: '0', result: [] })
        }
        expect((await list('nobody', personas, { sysparm_query: 'nameLIKETele', sysparm_fields: 'name' })).total).toBe('1')
    })

    test('a field readable on some rows only: a query on it keeps just those rows ("Post-query ACL check")', async () => {
        instance.run(() => {
            const id = insert('sys_security_acl', { name: `${profiles}.devices`, operation: 'read', type: 'record', active: true, admin_overrides: true, decision_type: 'allow', script: 'answer = current.getValue("user") == gs.getUserID();' })
            created.push(id)
        })
        const all = await hostile('analyst', profiles, { sysparm_fields: 'user' })
        expect(all.result.length).toBeGreaterThanOrEqual(4)
        for (const q of ['devices>=0', 'devices<100', 'devices!=-1', 'devicesISNOTEMPTY']) {
            const a = await hostile('analyst', profiles, { sysparm_query: q, sysparm_fields: 'user', sysparm_exclude_reference_link: 'true' })
            expect({ q, total: a.total, result: a.result }).toEqual({ q, total: '1', result: [{ user: ids.analyst }] })
        }
    })

    test('query ACLs override the read fallback: a field nobody may read can be matched when a query_match ACL grants it', () => {
        acl(`${personas}.description`, 'read', ['admin'])
        const verdicts = () =>
            instance.runAs(ids.nobody, () => [
                instance.acl.can('read', personas, null, 'description'),
                instance.acl.canQuery('query_match', personas, null, 'description'),
                instance.acl.canQuery('query_range', personas, null, 'description'),
            ])
        expect(verdicts()).toEqual([false, false, false])
        acl(`${personas}.description`, 'query_match', [])
        expect(verdicts()).toEqual([false, true, false])
    })

    test('a table-level query_range ACL applies to every field of the table', () => {
        acl(personas, 'query_range', ['admin'])
        const verdict = (field: string) => instance.runAs(ids.nobody, () => [instance.acl.canQuery('query_range', personas, null, field), instance.acl.canQuery('query_match', personas, null, field)])
        expect(verdict('name')).toEqual([false, true])
        expect(verdict('mobility')).toEqual([false, true])
    })
})

describe('GlideRecordSecure enforces query ACLs when asked ("Enforcing query ACLs", p_GlideServerAPIs)', () => {
    const count = (who: string, build: (gr: GlideRecordSecure) => void) =>
        instance.runAs(who, () => {
            const gr = new GlideRecordSecure(profiles)
            build(gr)
            const counted = gr.getRowCount()
            gr.query()
            let seen = 0
            while (gr.next()) seen++
            return [counted, seen]
        })

    test('addUserEncodedQuery / addEncodedQuery(query, true): the password oracle and the dot-walk oracle select nothing', () => {
        for (const g of ['a', 'scrypt$', 'z']) {
            expect(count(ids.nobody, (gr) => gr.addUserEncodedQuery(`user.user_password>=${g}`))).toEqual([0, 0])
            expect(count(ids.nobody, (gr) => gr.addEncodedQuery(`user.user_password>=${g}`, true))).toEqual([0, 0])
        }
        expect(count(ids.analyst, (gr) => gr.addUserQuery('user.email', 'CONTAINS', 'victim'))).toEqual([0, 0])
        expect(count(ids.admin, (gr) => gr.addUserQuery('user.email', 'CONTAINS', 'victim'))).toEqual([1, 1])
        expect(count(ids.nobody, (gr) => gr.addUserEncodedQuery('devices>=0'))).toEqual([1, 1])
    })
})

describe('queryReferences lists the fields, operators and dot-walks a query uses', () => {
    test('conditions by operator class, SAMEAS targets, ORDERBY fields; each once', () => {
        const q = parseEncodedQuery('user.email=a^ORuser.emailLIKEb^devices>=2^NQnameSAMEASshort_description^nameISEMPTY^ORDERBYuser.name^ORDERBYDESCdevices')
        expect(queryReferences(q)).toEqual([
            { path: 'user.email', use: 'match' },
            { path: 'user.email', use: 'range' },
            { path: 'devices', use: 'range' },
            { path: 'name', use: 'match' },
            { path: 'short_description', use: 'match' },
            { path: 'user.name', use: 'order' },
            { path: 'devices', use: 'order' },
        ])
    })
})
