import { formatMonthly } from './money.ts'

/** Why a user sees (or does not see) a catalog item, before it is put into words. */
export type VisibilityReason =
    | { kind: 'everyone' }
    | { kind: 'offered'; persona: string; monthlyCost: number; bundled: boolean }
    | { kind: 'criteria'; names: string[] }
    | { kind: 'admin' }
    | { kind: 'hidden' }

/** Names come from records an admin typed; the sentence is plain text, so tags, stray angle brackets and line breaks go. */
function plain(text: string): string {
    return text
        .replace(/<[^<>]*>/g, '')
        .replace(/[<>]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
}

// Persona names that end in one of these name a kind of person ("Telecommuter", "Business Analyst",
// "Virtual Executive") and read naturally in the plural; others ("Technology Support") do not.
const PERSON_ENDINGS = ['er', 'or', 'ist', 'yst', 'ive', 'ant', 'ent', 'ian', 'ee', 'ect', 'ad']

/**
 * Who a persona's offering is for, as a sentence puts it: "Telecommuters", "Business Analysts",
 * but "the Technology Support persona" (a name that is not a kind of person is not pluralised).
 */
export function audienceOf(personaName: string): string {
    const name = plain(personaName)
    if (!name) return 'an unnamed persona'
    const last = name.split(' ').pop() as string
    const lower = last.toLowerCase()
    if (lower.length > 2 && lower.endsWith('s')) return name
    if (PERSON_ENDINGS.some((e) => lower.endsWith(e))) return `${name}s`
    return `the ${name} persona`
}

function quotedList(names: readonly string[]): string {
    const quoted = names.map((n) => `"${plain(n)}"`)
    if (quoted.length <= 1) return quoted.join('')
    return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
}

/** The "why you see this" line of the portal: one plain sentence. */
export function visibilityText(reason: VisibilityReason): string {
    switch (reason.kind) {
        case 'everyone':
            return 'Available to everyone'
        case 'offered': {
            const cost = reason.monthlyCost > 0 ? `at ${formatMonthly(reason.monthlyCost)}` : 'at no monthly cost'
            return `Offered to ${audienceOf(reason.persona)} ${cost}${reason.bundled ? ', included in the persona bundle' : ''}`
        }
        case 'criteria':
            return reason.names.length
                ? `Available to you through the user criteria ${quotedList(reason.names)}`
                : 'Available to you through user criteria'
        case 'admin':
            return 'Visible to you as an administrator'
        case 'hidden':
            return 'Not available to you'
    }
}
