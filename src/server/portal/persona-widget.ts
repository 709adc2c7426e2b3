import { personaCard, personaServices } from '../catalog/portal-data.ts'
import { memberCostBreakdown, monthlyText } from '../catalog/money.ts'
import { whyThisPersona } from './persona-why.ts'
import { radarChart, type RadarChart } from './radar.ts'

/*
 * What the Service Portal widget "PSM My Persona" (fluent/portal) shows: the signed-in user's
 * persona card (rankings, radar chart, why this persona) and their persona's services with costs.
 * It is built from src/server/catalog/portal-data.ts and only reshapes it into JSON the AngularJS
 * template binds to as text (ng-bind escapes), so the widget needs no logic of its own.
 */

export interface WidgetRanking {
    dimension: string
    label: string
    /** The persona's rank 1-4; null when the user has no persona. */
    persona: number | null
    /** The user's own rank 1-4; null when their profile was never scored. */
    you: number | null
}

export interface WidgetService {
    itemId: string
    name: string
    shortDescription: string
    category: string
    /** "$12.00/month". */
    monthlyCostText: string
    /** What the user pays once: '' for a persona service (the persona's monthly cost is the whole price, money.ts servicePrice). */
    priceText: string
    /** Provisioned with the persona by default. */
    bundled: boolean
}

export interface PersonaWidgetData {
    userName: string
    /** null when the user has no persona yet. */
    /** monthlyCostText: the monthly cost per member (base + bundled services), with how it adds up. */
    persona: { sysId: string; name: string; description: string; monthlyCostText: string; monthlyCostBreakdown: string } | null
    rankings: WidgetRanking[]
    /** The rankings as a radar chart the template draws with bindings; null without a persona. */
    radar: RadarChart | null
    /** Why this persona, in a sentence or two (plain text). */
    why: string
    /** Why scoring chose the persona, in full (plain text): the details on demand. */
    explanation: string
    /** An administrator pinned the persona. */
    locked: boolean
    services: WidgetService[]
    /** Sum of the bundled services' monthly costs, "$84.00/month". */
    bundledMonthlyCostText: string
}

/** The widget's data for a user (the widget passes gs.getUserID()). */
export function personaWidgetData(userId: string): PersonaWidgetData {
    const card = personaCard(userId)
    const offer = personaServices(userId)
    const cost = memberCostBreakdown(
        card.persona ? card.persona.monthlyCost : 0,
        offer.services.filter((s) => s.bundled).map((s) => s.monthlyCost),
    )
    return {
        userName: card.userName,
        persona: card.persona
            ? {
                  sysId: card.persona.sysId,
                  name: card.persona.name,
                  description: card.persona.description,
                  monthlyCostText: cost.totalText,
                  monthlyCostBreakdown: cost.breakdown,
              }
            : null,
        rankings: card.dimensions.map((d) => ({ dimension: d.dimension, label: d.label, persona: d.persona, you: d.user })),
        radar: card.persona ? radarChart(card.dimensions.map((d) => ({ label: d.label, you: d.user, persona: d.persona })), card.persona.name) : null,
        why: whyThisPersona(card),
        explanation: card.explanation,
        locked: card.locked,
        services: offer.services.map((s) => ({
            itemId: s.itemId,
            name: s.name,
            shortDescription: s.shortDescription,
            category: s.category,
            monthlyCostText: s.monthlyCostText,
            priceText: '',
            bundled: s.bundled,
        })),
        bundledMonthlyCostText: monthlyText(offer.bundledMonthlyCost),
    }
}
