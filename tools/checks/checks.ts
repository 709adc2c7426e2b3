import { beforeRuleUpdate } from './before-rules'
import { es2021Engine } from './es2021'
import { eventsRegistered, notificationEvents } from './events'
import { personaCriteria } from './personas'
import { scriptReferences } from './references'
import type { Check, CheckInput, CheckName, Violation } from './types'
import { userCriteriaSession } from './user-criteria'

/** Every platform rule, by name, in the order they are reported. */
export const CHECKS: ReadonlyArray<[CheckName, Check]> = [
    ['user-criteria-session', userCriteriaSession],
    ['before-rule-update', beforeRuleUpdate],
    ['event-registered', eventsRegistered],
    ['notification-event', notificationEvents],
    ['persona-criteria', personaCriteria],
    ['script-references', scriptReferences],
    ['es2021-engine', es2021Engine],
]

export function runChecks(input: CheckInput): Violation[] {
    return CHECKS.flatMap(([, check]) => check(input))
}

export function formatViolation(v: Violation): string {
    return `${v.check}: ${v.where}: ${v.message}`
}
