import type { Instance } from '../../instance'
import type { Route } from '../router'
import { assetRoutes } from './assets'
import { portalData } from './data'
import { loginRoutes } from './login'
import { pageRoutes } from './pages'

/** The Service Portal at /sp: assets, login and logout, and the signed-in pages. */
export function portalRoutes(instance: Instance): Route[] {
    return [...assetRoutes(), ...loginRoutes(instance), ...pageRoutes(instance, portalData(instance))]
}
