import { seededRandom } from '../../tools/demo/random'
import { UserCriteriaLoader } from '@servicenow/glide/sn_uc'
import { GlideRecord } from '../../src/local/glide'
import type { Instance } from '../../src/local/instance'
import { freshInstance } from '../support/instance'

/**
 * User criteria, checked against the platform's rules as `now-sdk explain user-criteria-guide`
 * (and usercriteria-api, user-criteria-examples-guide) state them. Each test quotes its rule.
 */
let instance: Instance

type Values = Record<string, string | number | boolean>

function insert(table: string, values: Values): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    if (!id) throw new Error(`could not insert into ${table}: ${instance.operations.lastRefusal?.message}`)
    return id
}

function update(table: string, sysId: string, values: Values): void {
    const gr = new GlideRecord(table)
    if (!gr.get(sysId)) throw new Error(`no ${table} ${sysId}`)
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    if (!gr.update()) throw new Error(`could not update ${table} ${sysId}`)
}

function remove(table: string, sysId: string): void {
    const gr = new GlideRecord(table)
    if (!gr.get(sysId) || !gr.deleteRecord()) throw new Error(`could not delete ${table} ${sysId}`)
}

const user = (name: string, values: Values = {}) => insert('sys_user', { user_name: name, first_name: name, ...values })
const group = (name: string) => insert('sys_user_group', { name })
const role = (name: string) => insert('sys_user_role', { name })
const roleId = (name: string) => {
    const gr = new GlideRecord('sys_user_role')
    if (!gr.get('name', name)) throw new Error(`no role ${name}`)
    return gr.getUniqueValue()
}
const member = (userId: string, groupId: string) => insert('sys_user_grmember', { user: userId, group: groupId })
const grant = (userId: string, roleSysId: string) => insert('sys_user_has_role', { user: userId, role: roleSysId })
const criteria = (values: Values) => insert('user_criteria', { name: `criteria ${Math.random()}`, active: true, ...values })
const item = (name: string, values: Values = {}) => insert('sc_cat_item', { name, ...values })
const availableFor = (itemId: string, criteriaId: string) => insert('sc_cat_item_user_criteria_mtom', { sc_cat_item: itemId, user_criteria: criteriaId })
const notAvailableFor = (itemId: string, criteriaId: string) => insert('sc_cat_item_user_criteria_no_mtom', { sc_cat_item: itemId, user_criteria: criteriaId })

const matches = (userId: string, criteriaId: string) => instance.userCriteria.matches(userId, criteriaId)
const canSee = (userId: string, itemId: string) => instance.userCriteria.canSeeItem(userId, itemId)

beforeEach(() => {
    instance = freshInstance()
})
afterEach(() => instance.close())

describe('conditions of one criterion', () => {
    test('each condition type (user, group, role, department, location, company) matches on the user\'s record', () => {
        const dept = insert('cmn_department', { name: 'IT' })
        const loc = insert('cmn_location', { name: 'London' })
        const co = insert('core_company', { name: 'ACME' })
        const g = group('Service Desk')
        const r = role('x_test.agent')
        const alice = user('alice', { department: dept, location: loc, company: co })
        member(alice, g)
        grant(alice, r)
        const bob = user('bob')
        for (const [field, value] of [
            ['user', alice],
            ['group', g],
            ['role', r],
            ['department', dept],
            ['location', loc],
            ['company', co],
        ]) {
            const c = criteria({ [field]: value })
            expect([field, matches(alice, c)]).toEqual([field, true])
            expect([field, matches(bob, c)]).toEqual([field, false])
        }
    })

    test('"Multiple values in one field (role: [a, b]) → OR between them — user needs to match any one" (glide_list of sys_ids)', () => {
        const [a, b, c] = [role('x_test.a'), role('x_test.b'), role('x_test.c')]
        const withB = user('with_b')
        grant(withB, b)
        const withC = user('with_c')
        grant(withC, c)
        const crit = criteria({ role: `${a},${b}` })
        expect(matches(withB, crit)).toBe(true)
        expect(matches(withC, crit)).toBe(false)
    })

    test('"`match_all: false` (default — OR logic): a user qualifies if they match at least one of the populated conditions" — row: role A, group B → "Users with role A or in group B"', () => {
        const a = role('x_test.a')
        const b = group('B')
        const roleOnly = user('role_only')
        grant(roleOnly, a)
        const groupOnly = user('group_only')
        member(groupOnly, b)
        const neither = user('neither')
        const crit = criteria({ role: a, group: b })
        expect(matches(roleOnly, crit)).toBe(true)
        expect(matches(groupOnly, crit)).toBe(true)
        expect(matches(neither, crit)).toBe(false)
        // match_all defaults to false
        const gr = new GlideRecord('user_criteria')
        gr.get(crit)
        expect(gr.getValue('match_all')).toBe('0')
    })

    test('"`match_all: true` (AND logic): a user must match at least one entry in every condition type that is set" — row: role A, location X → "Users with role A and in location X"', () => {
        const a = role('x_test.a')
        const x = insert('cmn_location', { name: 'X' })
        const y = insert('cmn_location', { name: 'Y' })
        const z = insert('cmn_location', { name: 'Z' })
        const both = user('both', { location: x })
        grant(both, a)
        const roleElsewhere = user('role_elsewhere', { location: y })
        grant(roleElsewhere, a)
        const thereNoRole = user('there_no_role', { location: x })
        const crit = criteria({ role: a, location: `${z},${x}`, match_all: true })
        expect(matches(both, crit)).toBe(true)
        expect(matches(roleElsewhere, crit)).toBe(false)
        expect(matches(thereNoRole, crit)).toBe(false)
    })

    test('"`true` | `role: A` (only) | Users with role A (AND with only one type is the same as OR)"; "any condition type that is not set is ignored"', () => {
        const a = role('x_test.a')
        const has = user('has')
        grant(has, a)
        const hasNot = user('has_not')
        const all = criteria({ role: a, match_all: true })
        const any = criteria({ role: a, match_all: false })
        for (const u of [has, hasNot]) expect(matches(u, all)).toBe(matches(u, any))
        expect(matches(has, all)).toBe(true)
    })

    test('roles as the platform evaluates them: a role inherited from a group, and a contained role, both match', () => {
        const parent = role('x_test.parent')
        const child = role('x_test.child')
        insert('sys_user_role_contains', { role: parent, contains: child })
        const g = group('Holders')
        insert('sys_group_has_role', { group: g, role: parent })
        const viaGroup = user('via_group')
        member(viaGroup, g)
        const viaParent = user('via_parent')
        grant(viaParent, parent)
        const outsider = user('outsider')
        const crit = criteria({ role: child })
        expect(matches(viaGroup, crit)).toBe(true)
        expect(matches(viaParent, crit)).toBe(true)
        expect(matches(outsider, crit)).toBe(false)
        // the base itil role keeps its platform sys_id, as app criteria reference it
        const itil = user('itil_user')
        grant(itil, roleId('itil'))
        expect(matches(itil, criteria({ role: '282bf1fac6112285017366cb5f867469' }))).toBe(true)
    })

    test('"Specify at least one condition — empty criteria matches no users"', () => {
        const anyone = user('anyone')
        expect(matches(anyone, criteria({}))).toBe(false)
        expect(matches(anyone, criteria({ match_all: true }))).toBe(false)
        expect(instance.userCriteria.visibleItems(anyone, [])).toEqual(new Set())
    })

    test('"Setting `advanced: true` without a script leaves the criteria non-functional" (and a comment-only script is the default boilerplate)', () => {
        const anyone = user('anyone')
        expect(matches(anyone, criteria({ advanced: true }))).toBe(false)
        expect(matches(anyone, criteria({ advanced: true, script: '// Return true to grant access\n/* nothing */' }))).toBe(false)
    })

    test('"omitting `active` results in `null` and the criteria is silently skipped during evaluation"; inactive criteria are "silently ignored"', () => {
        const g = group('G')
        const u = user('u')
        member(u, g)
        const inactive = criteria({ group: g, active: false })
        const nullActive = criteria({ group: g, active: '' })
        const active = criteria({ group: g })
        const stored = new GlideRecord('user_criteria')
        stored.get(nullActive)
        expect(stored.getValue('active')).toBeNull()
        expect(matches(u, inactive)).toBe(false)
        expect(matches(u, nullActive)).toBe(false)
        expect(matches(u, active)).toBe(true)
        expect(instance.userCriteria.userMatches(u, [inactive, nullActive])).toBe(false)
        expect(instance.userCriteria.matchingCriteria(u)).toEqual([active])
    })

    test('a missing criterion matches no one', () => {
        expect(matches(user('u'), 'ffffffffffffffffffffffffffffffff')).toBe(false)
    })
})

describe('scripted (advanced) criteria', () => {
    test('"the platform provides `user_id` as the sys_id of the user being evaluated. This is the target user—not the logged-in session user"', () => {
        const target = user('target', { title: 'Boss' })
        const other = user('other', { title: 'Clerk' })
        const crit = criteria({
            advanced: true,
            script: "var gr = new GlideRecord('sys_user');\nif (gr.get(user_id)) {\n    answer = gr.getValue('title') == 'Boss';\n} else {\n    answer = false;\n}",
        })
        // evaluated while someone else is the session user, both ways round
        expect(instance.runAs('other', () => matches(target, crit))).toBe(true)
        expect(instance.runAs('target', () => matches(other, crit))).toBe(false)
        expect(instance.runAs('system', () => matches(target, crit))).toBe(true)
    })

    test('"Do NOT use gs.getUserID() ... these return the currently executing session user, not the user being evaluated": the engine does not swap the session', () => {
        const target = user('target')
        const admin = user('an_admin')
        const sessionScript = criteria({ advanced: true, script: 'answer = gs.getUserID() == user_id;' })
        expect(instance.runAs('an_admin', () => matches(target, sessionScript))).toBe(false)
        expect(instance.runAs('target', () => matches(target, sessionScript))).toBe(true)
        const seen: string[] = []
        const probe = criteria({ advanced: true, script: "answer = true; gs.info('session=' + gs.getUserID() + ' user_id=' + user_id);" })
        instance.runAs('an_admin', () => matches(target, probe))
        for (const l of instance.logs) if (l.message.includes('session=')) seen.push(l.message)
        expect(seen.some((m) => m.includes(`session=${admin}`) && m.includes(`user_id=${target}`))).toBe(true)
    })

    test('"Set `answer`: populate `answer = true` to grant access or `answer = false` to deny. The script can also evaluate to a boolean expression."', () => {
        const u = user('u', { title: 'Boss' })
        expect(matches(u, criteria({ advanced: true, script: 'answer = true;' }))).toBe(true)
        expect(matches(u, criteria({ advanced: true, script: 'answer = false;' }))).toBe(false)
        // no answer: the script's value
        expect(matches(u, criteria({ advanced: true, script: "var gr = new GlideRecord('sys_user');\ngr.get(user_id);\ngr.getValue('title') == 'Boss'" }))).toBe(true)
        expect(matches(u, criteria({ advanced: true, script: "user_id == 'someone else'" }))).toBe(false)
        // answer wins over the last expression
        expect(matches(u, criteria({ advanced: true, script: 'answer = false;\ntrue' }))).toBe(false)
        // a script that decides nothing denies
        expect(matches(u, criteria({ advanced: true, script: 'var x = 1;' }))).toBe(false)
    })

    test('script variables do not leak between evaluations (answer is per evaluation)', () => {
        const a = user('a')
        const b = user('b')
        const crit = criteria({ advanced: true, script: `if (user_id == '${a}') answer = true;` })
        expect(matches(a, crit)).toBe(true)
        expect(matches(b, crit)).toBe(false)
        expect(matches(a, crit)).toBe(true)
    })

    test('"Do NOT use `current`: no record context is available" — and a failing script denies, with the error logged', () => {
        const u = user('u')
        const crit = criteria({ name: 'uses current', advanced: true, script: "answer = current.getValue('active') == '1';" })
        expect(matches(u, crit)).toBe(false)
        expect(instance.logs.some((l) => l.level === 'error' && l.message.includes('uses current'))).toBe(true)
        expect(matches(u, criteria({ advanced: true, script: 'answer = (;' }))).toBe(false)
    })

    test('"match_all: false (default): script OR any field condition"; "match_all: true: script AND all field conditions"', () => {
        const g = group('G')
        const inGroupBoss = user('in_group_boss', { title: 'Boss' })
        member(inGroupBoss, g)
        const inGroupClerk = user('in_group_clerk', { title: 'Clerk' })
        member(inGroupClerk, g)
        const outBoss = user('out_boss', { title: 'Boss' })
        const outClerk = user('out_clerk', { title: 'Clerk' })
        const script = "var gr = new GlideRecord('sys_user');\nanswer = gr.get(user_id) && gr.getValue('title') == 'Boss';"
        const any = criteria({ group: g, advanced: true, script })
        const all = criteria({ group: g, advanced: true, script, match_all: true })
        expect([inGroupBoss, inGroupClerk, outBoss, outClerk].map((u) => matches(u, any))).toEqual([true, true, true, false])
        expect([inGroupBoss, inGroupClerk, outBoss, outClerk].map((u) => matches(u, all))).toEqual([true, false, false, false])
    })

    test('"you may omit `advanced` when providing a non-empty script (the platform auto-sets it)"', () => {
        const u = user('u')
        expect(matches(u, criteria({ script: 'answer = true;' }))).toBe(true)
    })

    // Outside the user's own session (here the system session evaluates them) nothing of theirs is cached;
    // in their own session a script's verdict is kept until logout (tests/long/user-criteria-cache.test.ts).
    test('"Scripts are NEVER cached ... evaluate on every access check" for a user evaluated outside their session: a change no cache hears of still shows at once', () => {
        const u = user('u', { title: 'Clerk' })
        const crit = criteria({ advanced: true, script: "var gr = new GlideRecord('sys_user');\nanswer = gr.get(user_id) && gr.getValue('title') == 'Boss';" })
        const it = item('Boss tools')
        availableFor(it, crit)
        const engine = instance.userCriteria
        expect(engine.matches(u, crit)).toBe(false)
        expect(engine.canSeeItem(u, it)).toBe(false)
        expect(engine.visibleItems(u).has(it)).toBe(false)
        // behind every listener's back: only re-running the script can notice
        instance.store.prepare('UPDATE sys_user SET title = ? WHERE sys_id = ?').run('Boss', u)
        expect(engine.matches(u, crit)).toBe(true)
        expect(engine.userMatches(u, [crit])).toBe(true)
        expect(engine.canSeeItem(u, it)).toBe(true)
        expect(engine.visibleItems(u).has(it)).toBe(true)
        expect(engine.visibleItems(u, [it])).toEqual(new Set([it]))
    })
})

describe('catalog items: Available For and Not Available For', () => {
    let a: string, x: string, matchA: string, matchX: string, matchBoth: string, matchNeither: string

    beforeEach(() => {
        const ga = group('A members')
        const gx = group('X members')
        a = criteria({ name: 'criteriaA', group: ga })
        x = criteria({ name: 'criteriaX', group: gx })
        matchA = user('match_a')
        member(matchA, ga)
        matchX = user('match_x')
        member(matchX, gx)
        matchBoth = user('match_both')
        member(matchBoth, ga)
        member(matchBoth, gx)
        matchNeither = user('match_neither')
    })

    test('"`notAvailableFor` always wins over `availableFor`" — the guide\'s table, row by row', () => {
        const it = item('Laptop')
        availableFor(it, a)
        notAvailableFor(it, x)
        expect(canSee(matchA, it)).toBe(true) // A only → granted
        expect(canSee(matchX, it)).toBe(false) // X only → denied
        expect(canSee(matchBoth, it)).toBe(false) // Both A and X → denied — exclusion wins
        expect(canSee(matchNeither, it)).toBe(false) // Neither → denied
    })

    test('"availableFor: [criteriaA, criteriaB] // user matching A OR B → granted"; "notAvailableFor: [criteriaX, criteriaY] // user matching X OR Y → denied"', () => {
        const gb = group('B members')
        const b = criteria({ group: gb })
        const matchB = user('match_b')
        member(matchB, gb)
        const granted = item('Granted to A or B')
        availableFor(granted, a)
        availableFor(granted, b)
        expect([matchA, matchB, matchX, matchNeither].map((u) => canSee(u, granted))).toEqual([true, true, false, false])
        const denied = item('Denied to X or B')
        notAvailableFor(denied, x)
        notAvailableFor(denied, b)
        expect([matchA, matchB, matchX, matchNeither].map((u) => canSee(u, denied))).toEqual([true, false, false, true])
    })

    test('"`availableFor: []` (or omitted) — no access restriction by criteria; all users can see the item"; "`notAvailableFor: []` (or omitted) — no exclusion"', () => {
        const open = item('Open to all')
        for (const u of [matchA, matchX, matchBoth, matchNeither]) expect(canSee(u, open)).toBe(true)
        const onlyA = item('Only A')
        availableFor(onlyA, a)
        expect([matchA, matchX, matchBoth, matchNeither].map((u) => canSee(u, onlyA))).toEqual([true, false, true, false])
    })

    test('"Deactivating a criteria (`active: false`) silently removes it ... users who relied on it for access will lose visibility": an item whose only Available For is inactive is seen by no one', () => {
        const it = item('Relied on A')
        availableFor(it, a)
        expect(canSee(matchA, it)).toBe(true)
        update('user_criteria', a, { active: false })
        for (const u of [matchA, matchX, matchBoth, matchNeither]) expect(canSee(u, it)).toBe(false)
        expect(instance.userCriteria.visibleItems(matchA).has(it)).toBe(false)
    })

    test('"inactive criteria are silently ignored": an inactive Not Available For blocks no one; an inactive Available For next to an active one grants nothing', () => {
        const it = item('X excluded')
        notAvailableFor(it, x)
        expect(canSee(matchX, it)).toBe(false)
        update('user_criteria', x, { active: false })
        expect(canSee(matchX, it)).toBe(true)
        const mixed = item('A (inactive X) for')
        availableFor(mixed, a)
        availableFor(mixed, x)
        expect([matchA, matchX, matchNeither].map((u) => canSee(u, mixed))).toEqual([true, false, false])
    })

    test('"Platform administrators (users with the `admin` role) bypass User Criteria evaluation entirely ... they always see all content"', () => {
        const admin = user('the_admin')
        grant(admin, roleId('admin'))
        const adminCriteria = criteria({ user: admin })
        const it = item('Not for admins')
        notAvailableFor(it, adminCriteria)
        availableFor(it, a)
        expect(canSee(admin, it)).toBe(true)
        expect(instance.userCriteria.visibleItems(admin).has(it)).toBe(true)
        // criteria themselves are still evaluated as written (persona qualifiers use them directly)
        expect(matches(admin, a)).toBe(false)
        expect(matches(admin, adminCriteria)).toBe(true)
    })

    test('visibleItems() lists active items only; visibleItems(ids) judges exactly the ids given', () => {
        const on = item('On')
        const off = item('Off', { active: false })
        const onlyA = item('Only A')
        availableFor(onlyA, a)
        expect(instance.userCriteria.visibleItems(matchNeither)).toEqual(new Set([on]))
        expect(instance.userCriteria.visibleItems(matchA)).toEqual(new Set([on, onlyA]))
        expect(instance.userCriteria.visibleItems(matchNeither, [off, onlyA])).toEqual(new Set([off]))
    })
})

describe('cache invalidation: the next answer changes at once', () => {
    test('a user\'s department, location or company changes', () => {
        const it1 = insert('cmn_department', { name: 'IT' })
        const hr = insert('cmn_department', { name: 'HR' })
        const u = user('u', { department: hr })
        const crit = criteria({ department: it1 })
        const it = item('IT only')
        availableFor(it, crit)
        expect(canSee(u, it)).toBe(false)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(false)
        update('sys_user', u, { department: it1 })
        expect(matches(u, crit)).toBe(true)
        expect(canSee(u, it)).toBe(true)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(true)
        update('sys_user', u, { department: hr })
        expect(canSee(u, it)).toBe(false)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(false)
        const here = insert('cmn_location', { name: 'Here' })
        const co = insert('core_company', { name: 'ACME' })
        const byLocation = criteria({ location: here })
        const byCompany = criteria({ company: co })
        expect([matches(u, byLocation), matches(u, byCompany)]).toEqual([false, false])
        update('sys_user', u, { location: here })
        expect([matches(u, byLocation), matches(u, byCompany)]).toEqual([true, false])
        update('sys_user', u, { company: co, location: '' })
        expect([matches(u, byLocation), matches(u, byCompany)]).toEqual([false, true])
    })

    test('group membership added and removed', () => {
        const g = group('G')
        const u = user('u')
        const crit = criteria({ group: g })
        const it = item('G only')
        availableFor(it, crit)
        expect(canSee(u, it)).toBe(false)
        const m = member(u, g)
        expect(canSee(u, it)).toBe(true)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(true)
        remove('sys_user_grmember', m)
        expect(canSee(u, it)).toBe(false)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(false)
    })

    test('roles: a direct grant, a group role, a contained role', () => {
        const wanted = role('x_test.wanted')
        const holder = role('x_test.holder')
        const g = group('G')
        const u = user('u')
        member(u, g)
        const crit = criteria({ role: wanted })
        expect(matches(u, crit)).toBe(false)
        const direct = grant(u, wanted)
        expect(matches(u, crit)).toBe(true)
        remove('sys_user_has_role', direct)
        expect(matches(u, crit)).toBe(false)
        insert('sys_group_has_role', { group: g, role: holder })
        expect(matches(u, crit)).toBe(false)
        insert('sys_user_role_contains', { role: holder, contains: wanted })
        expect(matches(u, crit)).toBe(true)
    })

    test('Available For / Not Available For rows added and removed', () => {
        const g = group('G')
        const u = user('u')
        const crit = criteria({ group: g })
        const it = item('Item')
        expect(canSee(u, it)).toBe(true)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(true)
        const row = availableFor(it, crit)
        expect(canSee(u, it)).toBe(false)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(false)
        remove('sc_cat_item_user_criteria_mtom', row)
        expect(canSee(u, it)).toBe(true)
        member(u, g)
        const no = notAvailableFor(it, crit)
        expect(canSee(u, it)).toBe(false)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(false)
        remove('sc_cat_item_user_criteria_no_mtom', no)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(true)
    })

    test('the criterion itself is edited (conditions, match_all, active)', () => {
        const g = group('G')
        const h = group('H')
        const u = user('u')
        member(u, g)
        const crit = criteria({ group: h })
        expect(matches(u, crit)).toBe(false)
        update('user_criteria', crit, { group: `${h},${g}` })
        expect(matches(u, crit)).toBe(true)
        update('user_criteria', crit, { location: insert('cmn_location', { name: 'Far' }), match_all: true })
        expect(matches(u, crit)).toBe(false)
        update('user_criteria', crit, { match_all: false })
        expect(matches(u, crit)).toBe(true)
        update('user_criteria', crit, { active: false })
        expect(matches(u, crit)).toBe(false)
    })

    test('a catalog item deactivated or added leaves or joins visibleItems()', () => {
        const u = user('u')
        const it = item('Item')
        expect(instance.userCriteria.visibleItems(u)).toEqual(new Set([it]))
        update('sc_cat_item', it, { active: false })
        expect(instance.userCriteria.visibleItems(u)).toEqual(new Set())
        const next = item('Next')
        expect(instance.userCriteria.visibleItems(u)).toEqual(new Set([next]))
    })

    test('a change inside a transaction that rolls back leaves no trace in the cache', () => {
        const g = group('G')
        const u = user('u')
        const it = item('G only')
        availableFor(it, criteria({ group: g }))
        expect(canSee(u, it)).toBe(false)
        expect(() =>
            instance.store.transaction(() => {
                member(u, g)
                expect(canSee(u, it)).toBe(true)
                expect(instance.userCriteria.visibleItems(u).has(it)).toBe(true)
                throw new Error('roll back')
            }),
        ).toThrow('roll back')
        expect(canSee(u, it)).toBe(false)
        expect(instance.userCriteria.visibleItems(u).has(it)).toBe(false)
    })
})

describe('visibleItems agrees with canSeeItem', () => {
    test('item by item on a generated catalog of 400 items, for users of every kind, with field and scripted criteria', () => {
        const rand = seededRandom(20240611)
        const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
        const depts = ['D1', 'D2', 'D3'].map((name) => insert('cmn_department', { name }))
        const locs = ['L1', 'L2'].map((name) => insert('cmn_location', { name }))
        const groups = ['G1', 'G2', 'G3'].map(group)
        const roles = ['x_test.r1', 'x_test.r2'].map(role)
        insert('sys_user_role_contains', { role: roles[0], contains: roles[1] })
        const users = Array.from({ length: 12 }, (_, i) => {
            const u = user(`gen${i}`, { department: pick(depts), location: pick(locs), title: i % 3 === 0 ? 'Boss' : 'Clerk' })
            if (rand() < 0.5) member(u, pick(groups))
            if (rand() < 0.3) grant(u, pick(roles))
            return u
        })
        const admin = user('gen_admin')
        grant(admin, roleId('admin'))
        const crits = [
            ...depts.map((d) => criteria({ department: d })),
            ...groups.map((g) => criteria({ group: g })),
            criteria({ role: roles[1] }),
            criteria({ department: depts[0], location: locs[0], match_all: true }),
            criteria({ group: groups[0], role: roles[0] }),
            criteria({ advanced: true, script: "var gr = new GlideRecord('sys_user');\nanswer = gr.get(user_id) && gr.getValue('title') == 'Boss';" }),
            criteria({ group: groups[1], advanced: true, match_all: true, script: "user_id != ''" }),
            criteria({ location: locs[1], active: false }),
            criteria({}),
        ]
        const items: string[] = []
        for (let i = 0; i < 400; i++) {
            const it = item(`Item ${i}`, { active: rand() < 0.9 })
            items.push(it)
            const nYes = Math.floor(rand() * 3)
            const nNo = rand() < 0.3 ? 1 + Math.floor(rand() * 2) : 0
            for (let k = 0; k < nYes; k++) availableFor(it, pick(crits))
            for (let k = 0; k < nNo; k++) notAvailableFor(it, pick(crits))
        }
        const engine = instance.userCriteria
        let seenSome = 0
        for (const u of [...users, admin]) {
            const all = engine.visibleItems(u)
            const chosen = engine.visibleItems(u, items)
            const again = engine.visibleItems(u)
            for (const it of items) {
                const expected = engine.canSeeItem(u, it)
                expect([u, it, chosen.has(it)]).toEqual([u, it, expected])
                const active = new GlideRecord('sc_cat_item')
                active.get(it)
                expect([u, it, all.has(it)]).toEqual([u, it, expected && active.getValue('active') === '1'])
            }
            expect(again).toEqual(all)
            if (all.size > 0 && all.size < items.length) seenSome++
        }
        expect(seenSome).toBeGreaterThan(5)
        // and a fresh engine state gives the same answers as the warmed one
        const before = users.map((u) => [...engine.visibleItems(u)].sort())
        engine.invalidate()
        expect(users.map((u) => [...engine.visibleItems(u)].sort())).toEqual(before)
    })
})

describe('sn_uc.UserCriteriaLoader', () => {
    test('userMatches / getAllUserCriteria from server code (import from @servicenow/glide/sn_uc) act on the active instance', () => {
        const g = group('G')
        const u = user('u')
        member(u, g)
        const yes = criteria({ group: g })
        const no = criteria({ user: 'ffffffffffffffffffffffffffffffff' })
        criteria({ group: g, active: false })
        expect(UserCriteriaLoader.userMatches(u, [no, yes])).toBe(true)
        expect(UserCriteriaLoader.userMatches(u, [no])).toBe(false)
        expect(UserCriteriaLoader.userMatches(u, [])).toBe(false)
        expect(UserCriteriaLoader.getAllUserCriteria(u)).toEqual([yes])
        // without a user: the session user
        expect(instance.runAs('u', () => UserCriteriaLoader.getAllUserCriteria())).toEqual([yes])
    })

    test('scripts reach it as require(\'@servicenow/glide/sn_uc\') and as the sn_uc global', () => {
        const g = group('G')
        const u = user('u')
        member(u, g)
        const crit = criteria({ group: g })
        const viaRequire = instance.scripts.compile(['u', 'c'], "return require('@servicenow/glide/sn_uc').UserCriteriaLoader.userMatches(u, [c]);", 'test')
        const viaGlobal = instance.scripts.compile(['u', 'c'], 'return sn_uc.UserCriteriaLoader.userMatches(u, [c]);', 'test')
        expect(instance.run(() => viaRequire(u, crit))).toBe(true)
        expect(instance.run(() => viaGlobal(u, crit))).toBe(true)
        expect(instance.run(() => viaGlobal(user('other'), crit))).toBe(false)
    })

    test("a script's array of criteria is read by index, as the platform's Java side reads it, not by calling its iterator across the sandbox", () => {
        const g = group('G')
        const u = user('u')
        member(u, g)
        const yes = criteria({ group: g })
        const no = criteria({ user: 'ffffffffffffffffffffffffffffffff' })
        // An iterator that refuses: for…of over the crossing array would call it (and it would cost a crossing per element).
        const matches = instance.scripts.compile(
            ['u', 'a', 'b'],
            "var list = [a, b]; list[Symbol.iterator] = function () { throw new Error('iterated'); }; return sn_uc.UserCriteriaLoader.userMatches(u, list);",
            'test',
        )
        expect(instance.run(() => matches(u, no, yes))).toBe(true)
        expect(instance.run(() => matches(u, no, no))).toBe(false)
        // a comma-separated entry still counts as several
        expect(instance.run(() => matches(u, `${no},${yes}`, no))).toBe(true)
    })
})
