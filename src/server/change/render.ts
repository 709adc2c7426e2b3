import { approverParts, changeManagerParts } from './render-approver.ts'
import { implementerParts } from './render-implementer.ts'
import { layout } from './render-layout.ts'
import type { MailModel, MailParts, Stakeholder } from './render-model.ts'
import { requesterParts } from './render-requester.ts'
import { htmlToPlainText } from '../mail/text.ts'

export type { MailModel, MailParts, Stakeholder } from './render-model.ts'

export const STAKEHOLDERS: readonly Stakeholder[] = ['requester', 'approver', 'implementer', 'change_manager']

export function isStakeholder(value: string): value is Stakeholder {
    return (STAKEHOLDERS as readonly string[]).indexOf(value) >= 0
}

/** What a stakeholder needs at this moment, before layout. */
export function mailParts(model: MailModel): MailParts {
    switch (model.stakeholder) {
        case 'requester':
            return requesterParts(model)
        case 'approver':
            return approverParts(model)
        case 'implementer':
            return implementerParts(model)
        default:
            return changeManagerParts(model)
    }
}

/** The HTML body of one change email: the standard message, or the mobile-first variant for a Virtual/Mobile 4 reader. */
export function renderChangeMail(model: MailModel): string {
    return layout(model, mailParts(model))
}

/** The plain-text part of the same message: links written out, tables as "label: value" lines. */
export function renderChangeMailText(model: MailModel): string {
    return htmlToPlainText(renderChangeMail(model))
}
