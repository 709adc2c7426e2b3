import { DIMENSION_LABELS, type Dimension, type Rankings } from '../persona/dimensions.ts'

/*
 * What an agent needs to know about the caller's workstyle, and which persona incident rule applies, without
 * Glide calls.
 */

export type Channel = 'email' | 'sms' | 'phone'

export interface Workstyle {
    summary: string
    channel: Channel
}

/** Checked in this order: the first dimension ranked 3 or more names the workstyle (mobile first: it decides the channel). */
const STYLES: ReadonlyArray<{ dimension: Dimension; title: string; advice: string; channel: Channel }> = [
    { dimension: 'mobility', title: 'Mobile-first', advice: 'prefers SMS/mobile updates', channel: 'sms' },
    { dimension: 'communication', title: 'Communicator', advice: 'prefers a phone call for urgent updates', channel: 'phone' },
    { dimension: 'network', title: 'Network-heavy', advice: 'large data and video: check bandwidth and VPN first', channel: 'email' },
    { dimension: 'interaction', title: 'Team worker', advice: 'an outage may stop a whole team', channel: 'email' },
    { dimension: 'technology', title: 'Power user', advice: 'many devices and apps: expects technical detail', channel: 'email' },
]

/** "Telecommuter: Mobile-first (Virtual/Mobile 4): prefers SMS/mobile updates". */
export function workstyle(persona: string, rankings: Rankings): Workstyle {
    let best: (typeof STYLES)[number] | null = null
    for (const s of STYLES) if (rankings[s.dimension] >= 3 && (!best || rankings[s.dimension] > rankings[best.dimension])) best = s
    if (!best) return { summary: `${persona}: Desk-based (no dimension above 2): email updates`, channel: 'email' }
    return { summary: `${persona}: ${best.title} (${DIMENSION_LABELS[best.dimension]} ${rankings[best.dimension]}): ${best.advice}`, channel: best.channel }
}

export interface IncidentRule {
    id: string
    name: string
    dimension: Dimension
    minRanking: number
    category: string
    subcategory: string
    serviceId: string
    urgency: number
    reason: string
}

export interface IncidentFacts {
    category: string
    subcategory: string
    serviceId: string
    urgency: number
}

/** The first rule (rules come in order) that matches the caller's rankings and the incident and would raise its urgency. */
export function matchingRule(rules: readonly IncidentRule[], rankings: Rankings, incident: IncidentFacts): IncidentRule | null {
    for (const r of rules) {
        if (rankings[r.dimension] < r.minRanking) continue
        if (r.category && r.category !== incident.category) continue
        if (r.subcategory && r.subcategory !== incident.subcategory) continue
        if (r.serviceId && r.serviceId !== incident.serviceId) continue
        // Urgency 1 is the highest: a rule only ever raises it.
        if (r.urgency >= incident.urgency) continue
        return r
    }
    return null
}

const URGENCY_LABELS: Readonly<Record<number, string>> = { 1: '1 - High', 2: '2 - Medium', 3: '3 - Low' }

export function ruleNote(rule: IncidentRule, from: number, rankings: Rankings): string {
    const why = rule.reason || `the caller ranks ${DIMENSION_LABELS[rule.dimension]} ${rankings[rule.dimension]}`
    return `Urgency raised from ${URGENCY_LABELS[from] ?? from} to ${URGENCY_LABELS[rule.urgency] ?? rule.urgency} by persona rule "${rule.name}": ${why}.`
}

/** How the caller hears about progress, in a sentence for the acknowledgement. */
export function channelSentence(channel: Channel, mobile: string): string {
    if (channel === 'sms') return mobile ? `We will send short updates to your mobile (${mobile}) so you can follow this away from your desk.` : 'We will keep updates short so you can read them on your phone.'
    if (channel === 'phone') return 'If this becomes urgent we will call you rather than wait for email.'
    return 'We will email you as the incident progresses.'
}

/** Personas of a problem's incidents, most incidents first: "Telecommuter (3), Virtual Executive (1)". */
export function affectedPersonasText(counts: ReadonlyArray<{ persona: string; incidents: number }>): string {
    return [...counts]
        .sort((a, b) => b.incidents - a.incidents || a.persona.localeCompare(b.persona))
        .map((c) => `${c.persona} (${c.incidents})`)
        .join(', ')
}
