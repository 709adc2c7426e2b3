import { startServer, type RunningServer } from '../../src/local/http/server'
import type { Instance } from '../../src/local/instance'
import { installedInstance } from '../support/instance'
import { get, insert, update } from '../support/records'
import { pageModel, spLogin } from '../support/sp'

/*
 * Issue 17, item 1: "Stale data (configurable age) is flagged on the dashboard". The analyst opens
 * /sp?id=psm_dashboard over HTTP; the usage data row (widget psm-dashboard-governance) flags a
 * profile whose usage data is older than x_psm_persona.usage.max_age_days, with its age, in the
 * list, in the counts per persona and in the CSV — and an administrator's new age moves the line.
 */
const PASSWORD = 'dashboard-stale-password-8Qm'
const METRICS = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }
const AGE_DAYS = 100
let instance: Instance
let server: RunningServer
let cookie = ''

interface ViewTable {
    id: string
    caption: string
    csv: string
    rows: Array<{ head: { text: string }; cells: Array<{ text: string; value: string }> }>
    total: { cells: Array<{ value: string }> } | null
}

beforeAll(async () => {
    instance = installedInstance()
    server = await startServer(instance, { port: 0 })
    instance.run(() => {
        const old = insert('sys_user', { user_name: 'old.data', name: 'Old Data', user_password: PASSWORD })
        const profile = get('x_psm_persona_profile', 'user', old)
        update('x_psm_persona_profile', profile.getUniqueValue(), METRICS)
        const loaded = get('x_psm_persona_profile', 'user', old)
        loaded.setValue('usage_on', new Date(Date.now() - AGE_DAYS * 86_400_000 - 3_600_000).toISOString().slice(0, 19).replace('T', ' '))
        loaded.setWorkflow(false)
        loaded.update()
        const analyst = insert('sys_user', { user_name: 'stale.analyst', name: 'Stale Analyst', user_password: PASSWORD })
        insert('sys_user_has_role', { user: analyst, role: get('sys_user_role', 'name', 'x_psm_persona.analyst').getUniqueValue() })
    })
    cookie = (await spLogin(server.url, 'stale.analyst', PASSWORD)).cookie
}, 120_000)

afterAll(async () => {
    await server?.close()
    instance?.close()
})

function setMaxAge(days: number): void {
    instance.run(() => update('sys_properties', get('sys_properties', 'name', 'x_psm_persona.usage.max_age_days').getUniqueValue(), { value: String(days) }))
}

async function usageTables(): Promise<{ intro: string; table: (id: string) => ViewTable }> {
    const res = await fetch(`${server.url}/sp?id=psm_dashboard`, { headers: { Cookie: cookie } })
    expect(res.status).toBe(200)
    const widget = pageModel(await res.text()).widgets.find((w) => w.id === 'psm-dashboard-governance')
    const view = widget?.data.view as { sections: Array<{ id: string; intro: string; figures: Array<{ table: ViewTable }> }> }
    const section = view.sections.find((s) => s.id === 'usage-freshness')
    if (!section) throw new Error('no usage data freshness section on the dashboard')
    return {
        intro: section.intro,
        table: (id) => {
            const t = section.figures.map((f) => f.table).find((x) => x.id === id)
            if (!t) throw new Error(`no table ${id}`)
            return t
        },
    }
}

test('usage data older than the configured age is flagged stale, with its age, in the list, the counts and the CSV', async () => {
    setMaxAge(45)
    const { intro, table } = await usageTables()
    expect(intro).toContain('older than 45 days')
    const list = table('usage-flagged-profiles')
    const row = list.rows.find((r) => r.head.text === 'Old Data')
    expect(row?.cells.map((c) => c.text).slice(2, 5)).toEqual(['Stale', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), String(AGE_DAYS)])
    expect(list.csv).toMatch(new RegExp(`\\r\\nOld Data,[^\\r]*,Stale,\\d{4}-\\d{2}-\\d{2},${AGE_DAYS},`))
    const perPersona = table('usage-freshness-by-persona')
    expect(perPersona.caption).toBe('Profiles with stale (older than 45 days) or no usage data, per persona')
    expect(Number(perPersona.total?.cells[1].value)).toBeGreaterThanOrEqual(1)
})

test('a longer configured age unflags the same data; a shorter one flags it again', async () => {
    setMaxAge(AGE_DAYS + 30)
    const longer = await usageTables()
    expect(longer.intro).toContain(`older than ${AGE_DAYS + 30} days`)
    expect(longer.table('usage-flagged-profiles').rows.find((r) => r.head.text === 'Old Data')).toBeUndefined()
    expect(longer.table('usage-freshness-by-persona').caption).toBe(`Profiles with stale (older than ${AGE_DAYS + 30} days) or no usage data, per persona`)
    setMaxAge(AGE_DAYS - 1)
    const shorter = await usageTables()
    expect(shorter.table('usage-flagged-profiles').rows.find((r) => r.head.text === 'Old Data')?.cells[2].text).toBe('Stale')
})
