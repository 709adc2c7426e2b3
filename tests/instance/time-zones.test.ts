import type { Instance } from '../../src/local/instance'
import { ensureAdmin } from '../../src/local/base/admin'
import { startServer, type RunningServer } from '../../src/local/http/server'
import { GlideDateTime } from '../../src/local/glide'
import { runtime } from '../../src/local/glide/runtime'
import { freshInstance } from '../support/instance'
import { get, insert } from '../support/records'

/*
 * User time zones. "The ServiceNow AI Platform stores time values in Universal Coordinated Time. Times appear
 * globally based on the system time zone (glide.sys.default.tz), or if specified, based on user settings";
 * glide.sys.default.tz: "By default, the field is empty. If you have not defined a time zone for this property,
 * America/Los Angeles is the default" (Set a system time zone). The date helpers filters use return "the date and
 * time for the beginning of today in the user's session time zone as a UTC timestamp" (GlideSystem
 * beginningOfToday); GlideDateTime.getDisplayValue "Gets the date and time value in the current user's display
 * format and time zone" (GlideDateTime - Scoped).
 *
 * The clock is frozen at Monday 2026-06-15 23:30 UTC: in Los Angeles (PDT, UTC-7) it is Monday 16:30, in Tokyo
 * (UTC+9) Tuesday 08:30. "Today" is [06-15 07:00Z, 06-16 06:59:59Z] for Los Angeles and [06-15 15:00Z,
 * 06-16 14:59:59Z] for Tokyo.
 */

const NOW = Date.UTC(2026, 5, 15, 23, 30, 0)
const password = 'time zone admin password 1'
const users: Record<string, string> = { 'tz.la': 'America/Los_Angeles', 'tz.tokyo': 'Asia/Tokyo', 'tz.utc': 'UTC', 'tz.unset': '', 'tz.bogus': 'Mars/Olympus_Mons' }
const basic = (user: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${user} password 1`).toString('base64')}`, Accept: 'application/json' })

// opened_at of each task (UTC) and who sees it "today".
const OPENED: Record<string, string> = {
    utc_only: '2026-06-15 03:00:00', // LA Sun 14 20:00, Tokyo Mon 15 12:00: today for UTC only
    la_only: '2026-06-15 10:00:00', // LA Mon 15 03:00, Tokyo Mon 15 19:00
    both: '2026-06-15 20:00:00', // LA Mon 15 13:00, Tokyo Tue 16 05:00
    tokyo_only: '2026-06-16 10:00:00', // LA Tue 16 03:00, Tokyo Tue 16 19:00
    neither: '2026-06-14 12:00:00', // LA Sun 14 05:00, Tokyo Sun 14 21:00
}

let instance: Instance
let server: RunningServer

beforeAll(async () => {
    // Only Date is frozen: the server's timers and I/O run as usual.
    jest.useFakeTimers({ now: NOW, advanceTimers: false, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] })
    instance = freshInstance()
    ensureAdmin(instance, password)
    instance.run(() => {
        const adminRole = get('sys_user_role', 'name', 'admin').getUniqueValue()
        for (const [name, zone] of Object.entries(users)) {
            const id = insert('sys_user', { user_name: name, user_password: `${name} password 1`, time_zone: zone })
            insert('sys_user_has_role', { user: id, role: adminRole })
        }
        for (const [name, opened] of Object.entries(OPENED)) insert('task', { short_description: `tz ${name}`, opened_at: opened })
    })
    server = await startServer(instance, { port: 0 })
})
afterAll(async () => {
    await server.close()
    instance.close()
    jest.useRealTimers()
})

async function names(user: string, query: string): Promise<string[]> {
    const q = new URLSearchParams({ sysparm_query: `short_descriptionSTARTSWITHtz ^${query}`, sysparm_fields: 'short_description' })
    const res = await fetch(`${server.url}/api/now/table/task?${q}`, { headers: basic(user) })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { result: Array<{ short_description: string }> }
    return body.result.map((r) => r.short_description.slice(3)).sort()
}

function setSystemZone(value: string): void {
    instance.run(() => runtime().properties.set('glide.sys.default.tz', value))
}

describe('ON Today, the date helpers and the trend read the user\'s clock', () => {
    test('a user in America/Los_Angeles and one in Asia/Tokyo see different ON Today results around midnight UTC', async () => {
        expect(await names('tz.la', 'opened_atONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()')).toEqual(['both', 'la_only'])
        expect(await names('tz.tokyo', 'opened_atONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()')).toEqual(['both', 'tokyo_only'])
        // The named range alone, as the condition builder's label, and the daysAgo helpers.
        expect(await names('tz.tokyo', 'opened_atONToday')).toEqual(['both', 'tokyo_only'])
        expect(await names('tz.la', 'opened_atONToday@javascript:gs.daysAgoStart(0)@javascript:gs.daysAgoEnd(0)')).toEqual(['both', 'la_only'])
        expect(await names('tz.utc', 'opened_atONToday')).toEqual(['both', 'la_only', 'utc_only'])
        expect(await names('tz.tokyo', 'opened_atONYesterday')).toEqual(['la_only', 'utc_only'])
    })

    test('the helpers return the start and end of the user\'s day as UTC timestamps', () => {
        const helper = (user: string, call: string) => instance.runAs(user, () => String(runtime().evaluate(call)))
        expect(helper('tz.la', 'gs.beginningOfToday()')).toBe('2026-06-15 07:00:00')
        expect(helper('tz.la', 'gs.endOfToday()')).toBe('2026-06-16 06:59:59')
        expect(helper('tz.tokyo', 'gs.beginningOfToday()')).toBe('2026-06-15 15:00:00')
        expect(helper('tz.tokyo', 'gs.beginningOfThisWeek()')).toBe('2026-06-13 15:00:00') // Sunday 14th, Tokyo
        expect(helper('tz.tokyo', "gs.dateGenerate('2026-06-16','start')")).toBe('2026-06-15 15:00:00')
    })

    test('RELATIVEEE (on the day one day ago) and DATEPART (a Monday, an hour) on the user\'s clock', async () => {
        expect(await names('tz.la', 'opened_atRELATIVEEE@day@ago@1')).toEqual(['neither', 'utc_only'])
        expect(await names('tz.tokyo', 'opened_atRELATIVEEE@day@ago@1')).toEqual(['la_only', 'utc_only'])
        const monday = "opened_atDATEPARTMonday@javascript:gs.datePart('dayofweek','monday','EE')"
        expect(await names('tz.la', monday)).toEqual(['both', 'la_only'])
        expect(await names('tz.tokyo', monday)).toEqual(['la_only', 'utc_only'])
        expect(await names('tz.utc', monday)).toEqual(['both', 'la_only', 'utc_only'])
        const lateMorning = "opened_atDATEPARTHour 5@javascript:gs.datePart('hour','5','EE')"
        expect(await names('tz.tokyo', lateMorning)).toEqual(['both'])
        expect(await names('tz.la', lateMorning)).toEqual(['neither'])
    })

    test('no user zone (or one that names no zone): glide.sys.default.tz, and America/Los_Angeles while it is empty', async () => {
        setSystemZone('')
        expect(await names('tz.unset', 'opened_atONToday')).toEqual(['both', 'la_only'])
        expect(await names('tz.bogus', 'opened_atONToday')).toEqual(['both', 'la_only'])
        setSystemZone('Asia/Tokyo')
        try {
            expect(await names('tz.unset', 'opened_atONToday')).toEqual(['both', 'tokyo_only'])
            // A user's own zone wins over the system's.
            expect(await names('tz.la', 'opened_atONToday')).toEqual(['both', 'la_only'])
        } finally {
            setSystemZone('')
        }
    })
})

describe('GlideDateTime display values', () => {
    test('getDisplayValue shows the stored UTC instant on the user\'s clock; getValue stays UTC; setDisplayValue reads the user\'s clock', () => {
        const shown = (user: string) =>
            instance.runAs(user, () => {
                const gdt = new GlideDateTime('2026-06-15 20:00:00')
                return { value: gdt.getValue(), display: gdt.getDisplayValue(), offset: gdt.getTZOffset() }
            })
        expect(shown('tz.la')).toEqual({ value: '2026-06-15 20:00:00', display: '2026-06-15 13:00:00', offset: -7 * 3_600_000 })
        expect(shown('tz.tokyo')).toEqual({ value: '2026-06-15 20:00:00', display: '2026-06-16 05:00:00', offset: 9 * 3_600_000 })
        expect(
            instance.runAs('tz.tokyo', () => {
                const gdt = new GlideDateTime()
                gdt.setDisplayValue('2026-06-16 05:00:00')
                return gdt.getValue()
            }),
        ).toBe('2026-06-15 20:00:00')
        // Winter in Los Angeles is PST (UTC-8): the zone database's daylight-saving rules apply.
        expect(instance.runAs('tz.la', () => new GlideDateTime('2026-01-15 20:00:00').getDisplayValue())).toBe('2026-01-15 12:00:00')
    })
})
