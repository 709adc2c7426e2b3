import { COMPANY_NAME, DEPARTMENTS, demoUsers, GROUPS, OFFICES, REMOTE_LOCATION, type DemoUser } from './company'
import { RestError, type BatchRequest, type TableApi } from './table-api'

/*
 * Loads the demo company through the Table and Batch APIs, as an integration loads users: business rules
 * run, so the app gives every new user a persona profile, and scores it when the usage data arrives
 * (a profile's before rule). The demo never assigns a persona itself.
 */

/** The system property that says the demo company was loaded in full (written last). */
export const LOADED_PROPERTY = 'psm_demo.loaded'
/** What the local instance's earlier, built-in demo loader wrote: a database it loaded counts as loaded. */
const EARLIER_LOADED_PROPERTY = 'glide.local.demo_loaded'

export const PROFILE_TABLE = 'x_psm_persona_profile'

const table = (name: string) => `/api/now/table/${name}?sysparm_fields=sys_id`

async function isLoaded(api: TableApi): Promise<boolean> {
    const found = await api.query('sys_properties', `nameIN${LOADED_PROPERTY},${EARLIER_LOADED_PROPERTY}^value=true`, ['name'], 1)
    return found.length > 0
}

/** sys_ids of a batch of inserts, in order. */
async function inserted(api: TableApi, requests: BatchRequest[]): Promise<string[]> {
    return (await api.batch(requests)).map((a) => (a as { result: { sys_id: string } }).result.sys_id)
}

/** Each user's profile (the app creates it when the user is inserted), by user sys_id. */
async function profilesOf(api: TableApi, userIds: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    // A hundred ids per query keeps the URL short (a GET's query string has a size limit).
    for (let i = 0; i < userIds.length; i += 100) {
        const rows = await api.query(PROFILE_TABLE, `userIN${userIds.slice(i, i + 100).join(',')}`, ['sys_id', 'user'])
        for (const r of rows) out.set(r.user, r.sys_id)
    }
    return out
}

function userRecord(u: DemoUser, refs: { company: string; departments: Map<string, string>; locations: Map<string, string> }) {
    return {
        user_name: u.user_name,
        first_name: u.first_name,
        last_name: u.last_name,
        name: u.name,
        email: u.email,
        title: u.title,
        company: refs.company,
        department: refs.departments.get(u.department) ?? '',
        location: refs.locations.get(u.location) ?? '',
    }
}

/**
 * Loads the demo company unless it is there; returns what was loaded, or null when it already was.
 * A load that stopped half-way (the company exists, the property does not) is refused with what to do,
 * rather than loaded twice.
 */
export async function loadDemoCompany(api: TableApi): Promise<string | null> {
    if (await isLoaded(api)) return null
    if ((await api.query('core_company', `name=${COMPANY_NAME}`, ['sys_id'], 1)).length) {
        throw new RestError(409, `The demo company "${COMPANY_NAME}" is partly loaded (an earlier load stopped before it finished). Start from an empty database (npm start -- --reset) or delete it first.`)
    }
    if (!(await api.query('sys_db_object', `name=${PROFILE_TABLE}`, ['sys_id'], 1)).length) {
        throw new RestError(404, `The app is not installed: table ${PROFILE_TABLE} does not exist, so demo users would get no usage profile.`)
    }
    const users = demoUsers()
    const company = await api.create('core_company', { name: COMPANY_NAME })
    const departmentIds = await inserted(api, DEPARTMENTS.map((name) => ({ method: 'POST', url: table('cmn_department'), body: { name, company } })))
    const departments = new Map(DEPARTMENTS.map((name, i) => [name as string, departmentIds[i]]))
    const locationNames = [...OFFICES, REMOTE_LOCATION]
    const locationIds = await inserted(api, locationNames.map((name) => ({ method: 'POST', url: table('cmn_location'), body: { name } })))
    const locations = new Map(locationNames.map((name, i) => [name as string, locationIds[i]]))
    const [cab, desk] = await inserted(api, [GROUPS.cab, GROUPS.desk].map((g) => ({ method: 'POST', url: table('sys_user_group'), body: { ...g } })))
    const itil = (await api.query('sys_user_role', 'name=itil', ['sys_id'], 1))[0]?.sys_id
    if (!itil) throw new RestError(404, 'The instance has no itil role')

    const userIds = await inserted(api, users.map((u) => ({ method: 'POST', url: table('sys_user'), body: userRecord(u, { company, departments, locations }) })))
    // Roles and groups before usage: a role can qualify a user for a persona (Technology Support needs itil).
    const memberships: BatchRequest[] = []
    for (const [i, u] of users.entries()) {
        if (u.itil) {
            memberships.push({ method: 'POST', url: table('sys_user_has_role'), body: { user: userIds[i], role: itil } })
            memberships.push({ method: 'POST', url: table('sys_user_grmember'), body: { user: userIds[i], group: desk } })
        }
        if (u.cab) memberships.push({ method: 'POST', url: table('sys_user_grmember'), body: { user: userIds[i], group: cab } })
    }
    await api.batch(memberships)

    const profiles = await profilesOf(api, userIds)
    const usage: BatchRequest[] = users.map((u, i) => {
        const profile = profiles.get(userIds[i])
        return profile
            ? { method: 'PATCH', url: `/api/now/table/${PROFILE_TABLE}/${profile}?sysparm_fields=sys_id`, body: { ...u.usage, usage_source: 'Demo data' } }
            : { method: 'POST', url: table(PROFILE_TABLE), body: { user: userIds[i], ...u.usage, usage_source: 'Demo data' } }
    })
    await api.batch(usage)
    await api.create('sys_properties', { name: LOADED_PROPERTY, value: 'true', type: 'boolean', description: 'The demo company of tools/demo was loaded in full' })
    return `1 company, ${departments.size} departments, ${locations.size} locations, 2 groups, ${users.length} users with usage profiles`
}
