import { GlideRecord } from '../../glide/GlideRecord'
import { runtime } from '../../glide/runtime'
import { compileTemplate, type CompiledTemplate } from '../../mail/template'
import { parseEncodedQuery, QueryError, type EncodedQuery } from '../../query'
import type { Row } from '../../store/store'
import { fromStorage } from '../../store/values'

export type ContentType = 'text/html' | 'text/plain' | 'multipart/mixed'

/**
 * One active `sysevent_email_action` as the engine uses it: the fields an SDK 4.9 EmailNotification
 * build writes (see tests/instance/notifications.test.ts for the XML), parsed and compiled once.
 */
export interface NotificationDef {
    sysId: string
    name: string
    /** `collection`: notifications of a table also fire for the tables that extend it, as business rules do. */
    table: string
    generationType: string
    actionInsert: boolean
    actionUpdate: boolean
    eventName: string
    /** `condition`, parsed; null when empty. */
    condition: EncodedQuery | null
    /** Why `condition` cannot be used; such a notification never sends (its error is logged once, at load). */
    conditionError: string | null
    advancedCondition: string
    weight: number
    order: number
    users: string[]
    groups: string[]
    fields: string[]
    parm1: boolean
    parm2: boolean
    sendSelf: boolean
    contentType: ContentType
    subject: CompiledTemplate
    html: CompiledTemplate | null
    text: CompiledTemplate | null
    importance: string
    from: string
    replyTo: string
    /** The stored record, for the `email_action` a mail script receives. */
    row: Row
}

const CONTENT_TYPES = new Set<string>(['text/html', 'text/plain', 'multipart/mixed'])

const str = (row: Row, field: string): string => fromStorage(row[field]) ?? ''
const bool = (row: Row, field: string): boolean => {
    const v = fromStorage(row[field])
    return v === '1' || v === 'true'
}
const list = (value: string): string[] =>
    value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)

function templateRow(id: string): Row | null {
    if (!id) return null
    const gr = new GlideRecord('sysevent_email_template')
    gr.setWorkflow(false)
    return gr.get(id) ? gr.row : null
}

/** Builds a definition from a stored notification; a bad condition is reported once here. */
export function toDefinition(row: Row): NotificationDef {
    const name = str(row, 'name')
    const conditionText = str(row, 'condition').trim()
    let condition: EncodedQuery | null = null
    let conditionError: string | null = null
    if (conditionText) {
        try {
            condition = parseEncodedQuery(conditionText)
        } catch (e) {
            conditionError = e instanceof QueryError || e instanceof Error ? e.message : String(e)
            runtime().log('error', `Notification "${name}": its condition "${conditionText}" cannot be evaluated (${conditionError}); it will not send`)
        }
    }
    const contentType = str(row, 'content_type')
    const type: ContentType = CONTENT_TYPES.has(contentType) ? (contentType as ContentType) : 'text/html'
    // The notification's own content wins; an email template fills what the notification leaves empty.
    const template = templateRow(str(row, 'template'))
    const pick = (own: string, fromTemplate: string) => str(row, own) || (template ? str(template, fromTemplate) : '')
    const htmlSource = pick('message_html', 'message_html') || str(row, 'message')
    const textSource = pick('message_text', 'message_text')
    // Content type decides which parts are sent; a notification with only the other part still says something.
    const useHtml = type !== 'text/plain' ? htmlSource : textSource ? '' : htmlSource
    const useText = type !== 'text/html' ? textSource : htmlSource ? '' : textSource
    return {
        sysId: str(row, 'sys_id'),
        name,
        table: str(row, 'collection'),
        generationType: str(row, 'generation_type') || 'engine',
        actionInsert: bool(row, 'action_insert'),
        actionUpdate: bool(row, 'action_update'),
        eventName: str(row, 'event_name').trim(),
        condition,
        conditionError,
        advancedCondition: str(row, 'advanced_condition').trim(),
        weight: Number(str(row, 'weight') || 0) || 0,
        order: Number(str(row, 'order') || 100) || 0,
        users: list(str(row, 'recipient_users')),
        groups: list(str(row, 'recipient_groups')),
        fields: list(str(row, 'recipient_fields')),
        parm1: bool(row, 'event_parm_1'),
        parm2: bool(row, 'event_parm_2'),
        sendSelf: bool(row, 'send_self'),
        contentType: type,
        subject: compileTemplate(pick('subject', 'subject')),
        html: useHtml ? compileTemplate(useHtml) : null,
        text: useText ? compileTemplate(useText) : null,
        importance: str(row, 'importance'),
        from: str(row, 'from'),
        replyTo: str(row, 'reply_to'),
        row,
    }
}

/** Every active notification that sends email, in execution order (`order`, then name). */
export function loadDefinitions(): NotificationDef[] {
    const gr = new GlideRecord('sysevent_email_action')
    gr.setWorkflow(false)
    gr.addQuery('active', true)
    gr.query()
    const defs: NotificationDef[] = []
    while (gr.next()) {
        const row = { ...(gr.row as Row) }
        // A push-only notification sends no email.
        if (bool(row, 'push_message_only')) continue
        defs.push(toDefinition(row))
    }
    return defs.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}
