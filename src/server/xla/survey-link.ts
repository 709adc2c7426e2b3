import { portalUrl } from '../mail/links.ts'

/*
 * The experience survey's link, as every email that asks for an answer builds it (the page contract):
 * <glide.servlet.uri>/sp?id=psm_feedback&task=<task sys_id>&role=<requester|approver|implementer|caller>.
 * The fulfilment completion email of a requested item links with role=requester. Pure.
 */

export const SURVEY_PAGE = 'psm_feedback'

export function surveyUrl(base: string, taskId: string, role: string): string {
    return portalUrl(base, SURVEY_PAGE, { task: taskId, role })
}
