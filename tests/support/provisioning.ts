import { runtime } from '../../src/local/glide/runtime'
import { get, personaId, update } from './records'

/*
 * What the provisioning suites share (tests/app/provisioning*.test.ts): usage metrics that score a user
 * into a persona, the emails a user was sent and the bundled services of a persona. Each suite keeps its
 * own installed instance per test (installedInstance()).
 */

/** Usage metrics that score a user as a Business Analyst. */
export const BA = { devices: 5, network_gb_month: 30, team_hours_week: 8, contacts_per_day: 20, remote_pct: 5 }
/** Usage metrics that score a user as a Telecommuter. */
export const TELECOMMUTER = { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 }

export interface Mail {
    subject: string
    body: string
    body_text: string
}

/** The emails ready to send to `address`, oldest first. */
export function mailsTo(address: string): Mail[] {
    return runtime().store.prepare("SELECT subject, body, body_text FROM sys_email WHERE recipients = ? AND type = 'send-ready' ORDER BY rowid").all(address) as Mail[]
}

/** Text as the emails' HTML escapes it. */
export function escape(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Loads usage metrics into the user's profile, which scores it (the work it queues runs at the next drain). */
export function score(userId: string, metrics: Record<string, number>): void {
    update('x_psm_persona_profile', get('x_psm_persona_profile', 'user', userId).getUniqueValue(), metrics)
}

/** The persona's active bundled offerings of active items, with the persona's monthly cost. */
export function bundledItems(persona: string): Array<{ item: string; name: string; cost: number }> {
    return runtime()
        .store.prepare(
            'SELECT o.catalog_item AS item, i.name AS name, o.monthly_cost AS cost FROM x_psm_persona_offering o JOIN sc_cat_item i ON i.sys_id = o.catalog_item WHERE o.persona = ? AND o.bundled = 1 AND o.active = 1 AND i.active = 1',
        )
        .all(personaId(persona)) as Array<{ item: string; name: string; cost: number }>
}
