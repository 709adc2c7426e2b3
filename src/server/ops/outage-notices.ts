import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { portalUrl, ticketUrl, PORTAL_PAGES } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import { eventField, printWithSubject, type MailPrinter } from '../mail/outbound.ts'
import { addUnderWay, outageImpacts, type OutageImpact } from './availability.ts'
import { defaultWorkaround, noticeEvents, noticeStyle, ownerNotice, userNotice, type RenderedMail } from './outage-notice-calc.ts'

/*
 * The outage notice worded per persona. When an outage of a CI (cmdb_ci_outage, type Outage or Degradation)
 * is under way, the users of every persona whose offerings its services deliver (availability.ts) are told once,
 * each in their persona's words (outage-notice-calc.ts), and the owner of each affected service
 * (cmdb_ci_service.owned_by) gets the affected personas with their user counts. Sent through events and
 * notifications as the rest of the app is: x_psm_persona.outage.notice (parm1 the user, or up to 100 users of
 * one persona for a very large outage; parm2 the persona) and x_psm_persona.outage.owner (parm1 the owner).
 * An outage is noticed once: the app records it (x_psm_persona_outage_notice); an outage logged ahead of its
 * begin is picked up by the job "Persona outage notices" once it begins.
 */

export const OUTAGE_NOTICE_EVENT = 'x_psm_persona.outage.notice'
export const OUTAGE_OWNER_EVENT = 'x_psm_persona.outage.owner'
export const PERSONAL_NOTICES_MAX_PROPERTY = 'x_psm_persona.outage.personal_notices_max'

function personalMax(): number {
    const n = Number(gs.getProperty(PERSONAL_NOTICES_MAX_PROPERTY, '500'))
    return Number.isInteger(n) && n >= 0 ? n : 500
}

function nowValue(): string {
    return new GlideDateTime().getValue()
}

function underWay(outage: GlideRecord, now: string): boolean {
    const begin = outage.getValue('begin') || ''
    const end = outage.getValue('end') || ''
    return outage.getValue('type') !== 'planned' && !!begin && begin <= now && (!end || end > now)
}

/** The outages among `ids` already noticed: one query. */
function noticed(ids: readonly string[]): Set<string> {
    const out = new Set<string>()
    if (!ids.length) return out
    const gr = new GlideRecord('x_psm_persona_outage_notice')
    gr.addQuery('outage', 'IN', ids.join(','))
    gr.query()
    while (gr.next()) out.add(gr.getValue('outage') || '')
    return out
}

/** Active users of the given personas, per persona: one query, whatever the number of outages. */
function usersByPersona(personaIds: ReadonlySet<string>): Map<string, string[]> {
    const out = new Map<string, string[]>([...personaIds].map((p) => [p, []]))
    if (!out.size) return out
    const u = new GlideRecord('sys_user')
    u.addQuery('active', true)
    u.addQuery('x_psm_persona_persona', 'IN', [...out.keys()].join(','))
    u.orderBy('user_name')
    u.query()
    while (u.next()) out.get(u.getValue('x_psm_persona_persona') || '')?.push(u.getUniqueValue())
    return out
}

/** The owner of each of the given services that has one: one query. */
function ownersOf(serviceIds: ReadonlySet<string>): Map<string, string> {
    const out = new Map<string, string>()
    if (!serviceIds.size) return out
    const s = new GlideRecord('cmdb_ci_service')
    s.addQuery('sys_id', 'IN', [...serviceIds].join(','))
    s.addNotNullQuery('owned_by')
    s.query()
    while (s.next()) out.set(s.getUniqueValue(), s.getValue('owned_by') || '')
    return out
}

/** Tells the outages' affected users and owners: reads once for all of them, then one notice record and the events per outage. */
function notifyAll(impacts: readonly OutageImpact[], eachOutage: (visit: (outage: GlideRecord) => void) => void): number {
    const users = usersByPersona(new Set(impacts.flatMap((i) => i.personas.map((p) => p.personaId))))
    const owners = ownersOf(new Set(impacts.flatMap((i) => i.serviceIds)))
    const byId = new Map(impacts.map((i) => [i.outageId, i]))
    const max = personalMax()
    let told = 0
    eachOutage((outage) => {
        const impact = byId.get(outage.getUniqueValue())
        if (!impact) return
        const mine = new Map(impact.personas.map((p) => [p.personaId, users.get(p.personaId) ?? []]))
        const count = [...mine.values()].reduce((n, u) => n + u.length, 0)
        const record = new GlideRecord('x_psm_persona_outage_notice')
        record.initialize()
        record.setValue('outage', outage.getUniqueValue())
        record.setValue('sent_on', nowValue())
        record.setValue('users', count)
        record.setValue('personas', impact.personas.map((p) => `${p.persona} (${p.users})`).join(', ').slice(0, 1000))
        if (!record.insert()) return
        for (const e of noticeEvents(mine, max)) gs.eventQueue(OUTAGE_NOTICE_EVENT, outage, e.parm1, e.parm2)
        for (const owner of new Set(impact.serviceIds.map((s) => owners.get(s) || '').filter((o) => !!o))) gs.eventQueue(OUTAGE_OWNER_EVENT, outage, owner, '')
        told += count
    })
    return told
}

/** After insert or update of an outage: the first time it is under way, its notices go out. */
export function outageAfterSave(current: GlideRecord, _previous: GlideRecord | null): void {
    if (!underWay(current, nowValue())) return
    const id = current.getUniqueValue()
    if (noticed([id]).size) return
    const impact = outageImpacts([id])[0]
    if (impact) notifyAll([impact], (visit) => visit(current))
}

/** The job: outages that began since they were logged, not noticed yet. Set-based reads; one notice written per outage. */
export function sendDueOutageNotices(): number {
    const now = nowValue()
    const gr = new GlideRecord('cmdb_ci_outage')
    addUnderWay(gr, now)
    gr.query()
    const ids: string[] = []
    while (gr.next()) ids.push(gr.getUniqueValue())
    const done = noticed(ids)
    const due = ids.filter((id) => !done.has(id))
    if (!due.length) return 0
    const impacts = outageImpacts(due)
    const outage = new GlideRecord('cmdb_ci_outage')
    outage.addQuery('sys_id', 'IN', due.join(','))
    outage.query()
    notifyAll(impacts, (visit) => {
        while (outage.next()) visit(outage)
    })
    return impacts.length
}

export function outageNoticesJob(): void {
    sendDueOutageNotices()
}

// ---- what the mail scripts print ----

/**
 * The impact of the outage being mailed, computed once per outage and send: the HTML and text parts of every
 * user's message read the same figures (a notice to 500 users does not recompute the impact 1,000 times).
 */
let cached: { key: string; impact: OutageImpact | null } | null = null

function impactFor(outage: GlideRecord): OutageImpact | null {
    const key = `${outage.getUniqueValue()}|${outage.getValue('sys_mod_count') || ''}`
    if (cached && cached.key === key) return cached.impact
    cached = { key, impact: outageImpacts([outage.getUniqueValue()])[0] ?? null }
    return cached.impact
}

/** The notice the readers of one persona (the event's parm2) get. */
export function userMail(outage: GlideRecord, personaId: string): RenderedMail {
    const impact = impactFor(outage)
    const p = impact?.personas.find((x) => x.personaId === personaId)
    const style = p ? noticeStyle(p.rankings) : 'full'
    return userNotice({
        persona: p?.persona || '',
        style,
        notice: p?.notice || `${impact?.services.join(', ') || outage.getDisplayValue('cmdb_ci')} is unavailable. We are working on it and will tell you when it is restored.`,
        services: impact?.services ?? [],
        ci: outage.getDisplayValue('cmdb_ci'),
        begin: outage.getValue('begin') || '',
        workaround: p?.workaround || defaultWorkaround(style),
        targetPct: p?.targetPct ?? null,
        link: portalUrl(instanceUrl(), PORTAL_PAGES.myPersona),
    })
}

export function ownerMail(outage: GlideRecord): RenderedMail {
    const impact = impactFor(outage)
    return ownerNotice({
        number: outage.getValue('number') || '',
        ci: outage.getDisplayValue('cmdb_ci'),
        begin: outage.getValue('begin') || '',
        services: impact?.services ?? [],
        personas: impact?.personas ?? [],
        users: impact?.users ?? 0,
        outageLink: ticketUrl(instanceUrl(), 'cmdb_ci_outage', outage.getUniqueValue()),
        dashboardLink: portalUrl(instanceUrl(), PORTAL_PAGES.dashboard),
    })
}

export function printOutageNotice(current: GlideRecord, template: MailPrinter, email: unknown, _emailAction: unknown, event: unknown): void {
    printWithSubject(template, email, userMail(current, eventField(event, 'parm2')))
}

export function printOutageNoticeText(current: GlideRecord, template: MailPrinter, _email: unknown, _emailAction: unknown, event: unknown): void {
    template.print(userMail(current, eventField(event, 'parm2')).text)
}

export function printOutageOwner(current: GlideRecord, template: MailPrinter, email: unknown): void {
    printWithSubject(template, email, ownerMail(current))
}

export function printOutageOwnerText(current: GlideRecord, template: MailPrinter): void {
    template.print(ownerMail(current).text)
}
