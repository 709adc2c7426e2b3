import { aggregateRoutes } from '../aggregate/routes'
import { attachmentRoutes } from '../attachment/routes'
import { batchRoutes } from '../batch/routes'
import { importSetRoutes } from '../import-set/routes'
import { oauthRoutes } from '../oauth/routes'
import { cicdUploadRoutes } from '../cicd-upload/routes'
import { uiLoginRoutes } from '../ui-login/routes'
import { catalogApiRoutes } from '../service-catalog/catalog-api'
import { outboxRoutes } from '../mail/outbox-routes'
import type { RouteModule } from './router'
import { scriptedRestRoutes } from '../scripted-rest/routes'
import { servicePortalRoutes, servicePortalSuffixRoutes } from '../service-portal/routes'
import { tableApiRoutes } from '../table-api/routes'

/**
 * Every part of the product that serves HTTP. A new part adds its module here; each module owns
 * its paths and declares how they authenticate.
 */
// servicePortalRoutes: the Service Portal runtime (/sp?id=..., /api/now/sp/...).
// servicePortalSuffixRoutes last: a portal's own suffix (/<url_suffix>?id=...) never hides another part's page.
export const defaultRouteModules: RouteModule[] = [uiLoginRoutes, cicdUploadRoutes, tableApiRoutes, batchRoutes, importSetRoutes, aggregateRoutes, attachmentRoutes, oauthRoutes, catalogApiRoutes, servicePortalRoutes, outboxRoutes, scriptedRestRoutes, servicePortalSuffixRoutes]
