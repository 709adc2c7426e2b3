/**
 * The user criteria that grant a persona's offerings. Shipped personas get theirs from Fluent
 * (fluent/catalog/persona-criteria.now.ts); personas created later get one from a business rule.
 * Both must produce the same record, so the texts live here once.
 */
export const CRITERIA_PREFIX = 'Persona: '

/** The app's scope: the criteria it makes belong to it. */
export const APP_SCOPE = 'x_psm_persona'

/** The script include every persona criterion calls (x_psm_persona.PersonaCriteria). */
export const CRITERIA_INCLUDE = `${APP_SCOPE}.PersonaCriteria`

const SYS_ID = /^[0-9a-f]{32}$/

/** "Persona: Telecommuter" (user_criteria.name holds 100 characters at most). */
export function criteriaName(personaName: string): string {
    const name = personaName.replace(/\s+/g, ' ').trim()
    return `${CRITERIA_PREFIX}${name}`.slice(0, 100)
}

/** Whether a criterion's name is the one the app gives this persona's criterion. */
export function isCriteriaNameOf(criteriaNameValue: string, personaName: string): boolean {
    return criteriaNameValue === criteriaName(personaName)
}

/**
 * The criterion script: one call, one indexed read (the platform never caches scripted criteria).
 * The persona sys_id is checked so that a malformed value can never be spliced into script text.
 */
export function criteriaScript(personaId: string): string {
    if (!SYS_ID.test(personaId)) throw new Error(`Not a sys_id: "${personaId}"`)
    return `answer = new ${CRITERIA_INCLUDE}().matches(user_id, '${personaId}');`
}

export function criteriaDescription(personaName: string): string {
    const name = personaName.replace(/\s+/g, ' ').trim()
    return `Users whose persona is ${name}. Grants the persona's catalog offerings; maintained by Persona Service Management.`
}
