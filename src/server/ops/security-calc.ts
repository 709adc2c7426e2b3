/*
 * Security posture by persona, without Glide calls: a user's persona requires controls (MFA, device management,
 * VPN …); the catalog items provisioned to them provide controls; what is required and not provided is a gap.
 */

export const CONTROL_LABELS: Readonly<Record<string, string>> = {
    mfa: 'Multi-factor authentication',
    device_management: 'Device management',
    vpn: 'VPN',
    disk_encryption: 'Disk encryption',
}

export interface PostureUser {
    userId: string
    name: string
    personaId: string
    department: string
}

export interface PostureGap extends PostureUser {
    persona: string
    missing: string[]
}

/** The users missing at least one control their persona requires, by persona then name; missing controls in label order. */
export function securityGaps(
    users: readonly PostureUser[],
    required: ReadonlyMap<string, ReadonlySet<string>>,
    provided: ReadonlyMap<string, ReadonlySet<string>>,
    personaNames: ReadonlyMap<string, string>,
): PostureGap[] {
    const order = Object.keys(CONTROL_LABELS)
    const gaps: PostureGap[] = []
    for (const u of users) {
        const needs = required.get(u.personaId)
        if (!needs || !needs.size) continue
        const has = provided.get(u.userId) ?? new Set<string>()
        const missing = [...needs].filter((c) => !has.has(c)).sort((a, b) => order.indexOf(a) - order.indexOf(b))
        if (missing.length) gaps.push({ ...u, persona: personaNames.get(u.personaId) || u.personaId, missing })
    }
    return gaps.sort((a, b) => a.persona.localeCompare(b.persona) || a.name.localeCompare(b.name))
}

export function controlLabel(control: string): string {
    return CONTROL_LABELS[control] || control
}
