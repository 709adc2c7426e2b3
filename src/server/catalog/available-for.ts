/**
 * An item's Available For list: the user criteria that may see and order it, one row per criterion. The
 * app keeps it in step with offerings (availability.ts, catalog-rules.ts) and service exceptions (exceptions.ts).
 */
export const AVAILABLE_FOR = 'sc_cat_item_user_criteria_mtom'
