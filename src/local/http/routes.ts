import type { RouteModule } from './router'
import { tableApiRoutes } from './table-routes'

/**
 * Every part of the product that serves HTTP. A new part adds its module here; each module owns
 * its paths and declares how they authenticate.
 */
export const defaultRouteModules: RouteModule[] = [tableApiRoutes]
