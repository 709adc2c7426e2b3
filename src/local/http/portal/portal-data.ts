import type { CatalogListing } from './catalog-view'
import type { ItemDetailView } from './item-view'
import type { PersonaCardView } from './persona-card'

export interface ListingQuery {
    q: string
    category: string
    page: number
}

/** Who is logged in, as the header and greeting show them. */
export interface PortalUser {
    name: string
    firstName: string
    personaName: string | null
}

/**
 * Everything the portal pages read or do, each as the given user. The pages render; this layer
 * asks the app (the catalog's server module and the Service Catalog API's functions).
 */
export interface PortalData {
    user(userId: string): PortalUser
    personaCard(userId: string): PersonaCardView
    listing(userId: string, query: ListingQuery): CatalogListing
    /** The item, 'hidden' when the user may not see it, null when there is no such active item. */
    item(userId: string, itemId: string): ItemDetailView | 'hidden' | null
    /** Orders as the user; throws HttpError 403 for an item they may not see. */
    order(userId: string, itemId: string, quantity: number): { requestNumber: string }
}
