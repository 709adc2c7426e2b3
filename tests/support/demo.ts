import * as fs from 'node:fs'
import { ensureAdmin } from '../../src/local/base/admin'
import type { Instance } from '../../src/local/instance'
import { loadDemoCompany } from '../../tools/demo/load'
import { ensureDemoLogins, type DemoLogins } from '../../tools/demo/logins'
import { TableApi } from '../../tools/demo/table-api'
import { demoImage } from './demo-image'
import { installedInstance, openImage } from './instance'

/**
 * The demo company and its portal logins, loaded as `npm start` loads them: by tools/demo through the
 * running instance's Table and Batch APIs, as the admin (whose password this sets). On an instance from
 * demoInstance() the company is there already, and this sets the logins' password, as a second start does.
 */
export async function loadDemo(instance: Instance, url: string, loginPassword: string): Promise<DemoLogins> {
    const adminPassword = `admin-${loginPassword}`
    ensureAdmin(instance, adminPassword)
    const api = TableApi.basic(url, 'admin', adminPassword)
    await loadDemoCompany(api)
    instance.drain()
    return ensureDemoLogins(api, loginPassword)
}

/**
 * A fresh in-memory instance with the built app installed and the demo company loaded: a private copy of
 * the image the real loader made once for this run (tests/support/demo-image.ts). Call loadDemo() on it for
 * the logins. Without an installed image (PSM_NO_APP_IMAGE=1), or with PSM_NO_DEMO_IMAGE=1 to compare, it is
 * installedInstance() and loadDemo() loads the company itself.
 */
export async function demoInstance(): Promise<Instance> {
    const appImage = process.env.PSM_NO_APP_IMAGE === '1' || process.env.PSM_NO_DEMO_IMAGE === '1' ? undefined : process.env.PSM_APP_IMAGE
    if (!appImage || !fs.existsSync(appImage)) return installedInstance()
    return openImage(await demoImage(appImage))
}
