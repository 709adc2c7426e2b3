import type { ApprovalDigest } from './approvals.ts'
import type { ChangeFacts } from './facts.ts'
import type { ChangeEventKey } from './model.ts'
import type { UpdateParm } from './transitions.ts'
import type { AudienceTiers } from './your-phase.ts'
import type { FieldChange } from './update-budget.ts'

export type Stakeholder = 'requester' | 'approver' | 'implementer' | 'change_manager'

export interface MailRecipient {
    sysId: string
    name: string
    /** Persona ranks Virtual/Mobile 4: the short variant, decision and links first. */
    mobile: boolean
    /** What a phase audience may name for this person: department, location, persona, groups. */
    attributes: string[]
    /** The same, ranked from the most specific (see your-phase.ts); absent: attributes count as groups. */
    audience?: AudienceTiers
}

export interface MailLinks {
    change: string
    /** The recipient's own approval on the portal ('' when the message is not about one). */
    approval: string
    /** The reader's pending approvals on the portal. */
    approvals: string
    /** The requester's changes on the portal. */
    myChanges: string
    /** The requester's form to fill the change's gaps (/sp?id=psm_change_form&sys_id=…); '' in older models. */
    completeChange?: string
    /** Where this stakeholder gives feedback on the change. */
    feedback: string
    runbook: string
}

export interface MailSettings {
    cabGroup: string
    /** The requester's support line when the change names none. */
    supportChannel: string
    implementerSupport: string
}

/** Everything one message needs; built by mail.ts from the records, rendered by the pure renderers. */
export interface MailModel {
    stakeholder: Stakeholder
    moment: ChangeEventKey
    change: ChangeFacts
    recipient: MailRecipient
    /** The change's approvals as the message shows them (needsApprovals): the tally, the lines it names, the reader's own. */
    approvals: ApprovalDigest
    links: MailLinks
    settings: MailSettings
    /** For high_risk_update: what changed and for whom. */
    update: UpdateParm | null
    /** For high_risk_update: what changed since the reader's last message (before and now), and the update's number. */
    notice?: { changes: FieldChange[]; count: number }
}

/** What a renderer hands back: the lead (decision) line, links (the first is the button), key facts and the full sections. */
export interface MailParts {
    headline: string
    /** The first thing a mobile reader sees: the decision or action, plain text. */
    decision: string
    links: Array<{ url: string; text: string }>
    /** At most a few short plain-text facts for the mobile variant. */
    keyFacts: string[]
    /** Standard variant sections, already HTML. */
    sections: string[]
    /** Already HTML: what the mobile-first variant shows right after the button (short), e.g. the rollout plan. */
    mobileFirst?: string
}
