/** The five workstyle dimensions, in the order the app always presents them. */
export const DIMENSIONS = ['technology', 'network', 'interaction', 'communication', 'mobility'] as const

export type Dimension = (typeof DIMENSIONS)[number]

export const DIMENSION_LABELS: Readonly<Record<Dimension, string>> = {
    technology: 'Technology',
    network: 'Network',
    interaction: 'Interaction',
    communication: 'Communication',
    mobility: 'Virtual/Mobile',
}

export const MIN_RANK = 1
export const MAX_RANK = 4

export type Rankings = Record<Dimension, number>
