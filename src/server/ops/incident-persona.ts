import { GlideAggregate, GlideRecord, gs } from '@servicenow/glide'
import { DIMENSIONS, type Dimension, type Rankings } from '../persona/dimensions.ts'
import { escapeHtml } from '../mail/html.ts'
import { portalUrl, ticketUrl, PORTAL_PAGES } from '../mail/links.ts'
import { instanceUrl } from '../mail/instance-url.ts'
import type { MailPrinter } from '../mail/outbound.ts'
import { personas } from './population.ts'
import { affectedPersonasText, channelSentence, matchingRule, ruleNote, workstyle, type IncidentRule } from './incident-calc.ts'

/*
 * Incidents and problems by persona: the caller's persona and workstyle on the incident for the agent, the
 * persona incident rules (x_psm_persona_incident_rule) that raise urgency before the platform's priority lookup
 * runs (the rule is a before rule of order 100: "Before business rules ... with an order less than 1000" run
 * before the "Data lookup engine", Precedence between data lookup, assignment, and business rules), the
 * caller's acknowledgement and resolution emails, and the affected personas of a problem.
 */

export const INCIDENT_OPENED_EVENT = 'x_psm_persona.incident.opened'
export const INCIDENT_RESOLVED_EVENT = 'x_psm_persona.incident.resolved'

interface CallerPersona {
    personaId: string
    name: string
    rankings: Rankings
    mobilePhone: string
}

function callerPersona(callerId: string): CallerPersona | null {
    if (!callerId) return null
    const user = new GlideRecord('sys_user')
    if (!user.get(callerId)) return null
    const personaId = user.getValue('x_psm_persona_persona') || ''
    if (!personaId) return null
    const p = new GlideRecord('x_psm_persona_persona')
    if (!p.get(personaId)) return null
    const rankings = {} as Rankings
    for (const d of DIMENSIONS) rankings[d] = Number(p.getValue(d)) || 1
    return { personaId, name: p.getValue('name') || '', rankings, mobilePhone: user.getValue('mobile_phone') || '' }
}

function activeRules(): IncidentRule[] {
    const gr = new GlideRecord('x_psm_persona_incident_rule')
    gr.addQuery('active', true)
    gr.orderBy('order')
    gr.orderBy('name')
    gr.query()
    const out: IncidentRule[] = []
    while (gr.next()) {
        const dimension = gr.getValue('dimension') || ''
        if (!(DIMENSIONS as readonly string[]).includes(dimension)) continue
        out.push({
            id: gr.getUniqueValue(),
            name: gr.getValue('name') || '',
            dimension: dimension as Dimension,
            minRanking: Number(gr.getValue('min_ranking')) || 4,
            category: gr.getValue('category') || '',
            subcategory: gr.getValue('subcategory') || '',
            serviceId: gr.getValue('business_service') || '',
            urgency: Number(gr.getValue('urgency')) || 1,
            reason: gr.getValue('reason') || '',
        })
    }
    return out
}

function changed(current: GlideRecord, previous: GlideRecord | null, field: string): boolean {
    return !previous || previous.getValue(field) !== current.getValue(field)
}

/** Before insert/update of an incident (order 100): the caller's persona, workstyle and channel, and the persona rules. */
export function incidentPersonaBeforeSave(current: GlideRecord, previous: GlideRecord | null): void {
    const facts = ['caller_id', 'category', 'subcategory', 'business_service', 'urgency']
    if (previous && !facts.some((f) => changed(current, previous, f))) return
    const caller = callerPersona(current.getValue('caller_id') || '')
    if (!caller) {
        current.setValue('x_psm_persona_persona', '')
        current.setValue('x_psm_persona_workstyle', '')
        current.setValue('x_psm_persona_channel', '')
        return
    }
    const style = workstyle(caller.name, caller.rankings)
    current.setValue('x_psm_persona_persona', caller.personaId)
    current.setValue('x_psm_persona_workstyle', style.summary)
    current.setValue('x_psm_persona_channel', style.channel)
    const urgency = Number(current.getValue('urgency')) || 3
    const rule = matchingRule(activeRules(), caller.rankings, {
        category: current.getValue('category') || '',
        subcategory: current.getValue('subcategory') || '',
        serviceId: current.getValue('business_service') || '',
        urgency,
    })
    if (!rule) return
    current.setValue('urgency', rule.urgency)
    current.setValue('x_psm_persona_rule_note', ruleNote(rule, urgency, caller.rankings))
}

/** After insert: the caller's acknowledgement; after an update to Resolved: the resolution email with the survey link. */
export function incidentPersonaAfterSave(current: GlideRecord, previous: GlideRecord | null): void {
    const caller = current.getValue('caller_id') || ''
    if (!caller) return
    if (!previous) gs.eventQueue(INCIDENT_OPENED_EVENT, current, caller, current.getValue('x_psm_persona_channel') || 'email')
    else if (current.getValue('state') === '6' && previous.getValue('state') !== '6') gs.eventQueue(INCIDENT_RESOLVED_EVENT, current, caller, '')
}

/** After an incident's problem_id changes: both problems' affected personas are recounted. */
export function problemPersonasAfterSave(current: GlideRecord, previous: GlideRecord | null): void {
    const ids = new Set([current.getValue('problem_id') || '', previous ? previous.getValue('problem_id') || '' : ''])
    ids.delete('')
    // psm-allow-query-in-loop: at most the old and the new problem
    for (const id of ids) refreshProblemPersonas(id)
}

/** The personas of a problem's incidents' callers, with how many incidents each: one GROUP BY. */
export function problemPersonas(problemId: string): Array<{ persona: string; incidents: number }> {
    const agg = new GlideAggregate('incident')
    agg.addQuery('problem_id', '=', problemId)
    agg.addNotNullQuery('x_psm_persona_persona')
    agg.addAggregate('COUNT', '')
    agg.groupBy('x_psm_persona_persona')
    agg.query()
    const names = personas()
    const out: Array<{ persona: string; incidents: number }> = []
    while (agg.next()) {
        const id = agg.getValue('x_psm_persona_persona') || ''
        out.push({ persona: names.get(id)?.name || id, incidents: Number(agg.getAggregate('COUNT', '')) || 0 })
    }
    return out
}

export function refreshProblemPersonas(problemId: string): void {
    const prb = new GlideRecord('problem')
    if (!prb.get(problemId)) return
    prb.setValue('x_psm_persona_affected', affectedPersonasText(problemPersonas(problemId)).slice(0, 1000))
    prb.update()
}

/** The caller's acknowledgement, worded for their workstyle: priority, why, and how updates will reach them. */
export function printIncidentOpened(current: GlideRecord, template: MailPrinter): void {
    const caller = callerPersona(current.getValue('caller_id') || '')
    const channel = (current.getValue('x_psm_persona_channel') || 'email') as 'email' | 'sms' | 'phone'
    const lines = [
        `We have logged ${current.getValue('number') || ''}: ${current.getValue('short_description') || ''}.`,
        `Priority: ${current.getDisplayValue('priority')}.`,
        current.getValue('x_psm_persona_rule_note') ? 'We raised its urgency because of how you work: you depend on this service more than most.' : '',
        channelSentence(channel, caller?.mobilePhone || ''),
    ].filter((l) => !!l)
    const link = ticketUrl(instanceUrl(), 'incident', current.getUniqueValue())
    template.print(`${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p><a href="${escapeHtml(link)}">Follow ${escapeHtml(current.getValue('number') || '')}</a></p>`)
}

/** The resolution email: what was done, and the experience survey (/sp?id=psm_feedback&task=…&role=caller). */
export function printIncidentResolved(current: GlideRecord, template: MailPrinter): void {
    const survey = portalUrl(instanceUrl(), PORTAL_PAGES.feedback, { task: current.getUniqueValue(), role: 'caller' })
    const notes = current.getValue('close_notes') || ''
    template.print(
        `<p>${escapeHtml(`${current.getValue('number') || ''} is resolved${current.getValue('close_code') ? ` (${current.getDisplayValue('close_code')})` : ''}.`)}</p>` +
            (notes ? `<p>${escapeHtml(notes)}</p>` : '') +
            `<p><a href="${escapeHtml(survey)}">How was the support you got? Tell us in one minute</a></p>`,
    )
}
