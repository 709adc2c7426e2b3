import { ensureAdmin } from '../../src/local/base/admin'
import type { Instance } from '../../src/local/instance'
import { loadDemoCompany } from '../../tools/demo/load'
import { ensureDemoLogins, type DemoLogins } from '../../tools/demo/logins'
import { TableApi } from '../../tools/demo/table-api'

/**
 * The demo company and its portal logins, loaded as `npm start` loads them: by tools/demo through the
 * running instance's Table and Batch APIs, as the admin (whose password this sets).
 */
export async function loadDemo(instance: Instance, url: string, loginPassword: string): Promise<DemoLogins> {
    const adminPassword = `admin-${loginPassword}`
    ensureAdmin(instance, adminPassword)
    const api = TableApi.basic(url, 'admin', adminPassword)
    await loadDemoCompany(api)
    instance.drain()
    return ensureDemoLogins(api, loginPassword)
}
