import { aggregateRoutes } from '../aggregate/routes'
import { batchRoutes } from '../batch/routes'
import { oauthRoutes } from '../oauth/routes'
import { adminRoutes } from './admin/routes'
import { cicdUploadRoutes } from '../cicd-upload/routes'
import { uiLoginRoutes } from '../ui-login/routes'
import { catalogApiRoutes } from './catalog-api'
import { feedbackRoutes } from './feedback-routes'
import { outboxRoutes } from './outbox-routes'
import { portalRoutes } from './portal/routes'
import type { RouteModule } from './router'
import { scriptedRestRoutes } from './scripted-rest'
import { tableApiRoutes } from './table-routes'
import { tableVersionAlias } from './table-version-alias'

/**
 * Every part of the product that serves HTTP. A new part adds its module here; each module owns
 * its paths and declares how they authenticate.
 */
// feedbackRoutes before portalRoutes: the portal answers any other /sp/... address with its 404 page.
export const defaultRouteModules: RouteModule[] = [uiLoginRoutes, cicdUploadRoutes, tableApiRoutes, tableVersionAlias, batchRoutes, aggregateRoutes, oauthRoutes, catalogApiRoutes, feedbackRoutes, portalRoutes, outboxRoutes, adminRoutes, scriptedRestRoutes]
