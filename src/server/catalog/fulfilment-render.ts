import { escapeHtml, link, list, paragraph, section } from '../mail/html.ts'
import { frame } from '../mail/frame.ts'

/** One requested item in an order confirmation. */
export interface ConfirmedItem {
    number: string
    name: string
    /** The price the user saw and is charged ("$42.00/month", "$399.00 one-time", "No charge"). */
    priceText: string
    /** "Waiting for Approval", "Fulfillment" … as the item's stage reads. */
    stage: string
}

export interface OrderConfirmation {
    userName: string
    requestNumber: string
    /** The request on the portal (ticket page), absolute. */
    requestUrl: string
    /** "My requests" on the portal, absolute. */
    myRequestsUrl: string
    items: ConfirmedItem[]
    /** The persona's monthly cost per member when the items are persona services, else ''. */
    memberCostText: string
}

/** The order confirmation: what was ordered, at what price, and where it stands. Every value escaped. */
export function renderOrderConfirmation(o: OrderConfirmation): string {
    const items = list(o.items.map((i) => `${escapeHtml(i.number)} ${escapeHtml(i.name)}: ${escapeHtml(i.priceText)} (${escapeHtml(i.stage)})`))
    const cost = o.memberCostText ? paragraph(`Your persona's monthly cost per member is ${escapeHtml(o.memberCostText)}.`) : ''
    return frame({
        attributes: 'data-mail="order-confirmation"',
        greetingName: o.userName,
        headline: `We received your request ${o.requestNumber}`,
        lead: paragraph(`Your request ${link(o.requestUrl, o.requestNumber)} is confirmed. Each service gets its own fulfilment task; follow their progress in My requests.`),
        primary: { url: o.myRequestsUrl, text: 'Follow it in My requests' },
        body: section('items', 'What you ordered', items + cost),
        secondary: [],
    })
}

export interface ItemFulfilled {
    userName: string
    itemNumber: string
    name: string
    /** The feedback survey for this requested item, absolute. */
    feedbackUrl: string
    myRequestsUrl: string
}

/** The completion email: the service is delivered; how did it go (the feedback link is the button). */
export function renderItemFulfilled(f: ItemFulfilled): string {
    return frame({
        attributes: 'data-mail="item-fulfilled"',
        greetingName: f.userName,
        headline: `${f.name} is ready`,
        lead: paragraph(`Every fulfilment task of ${escapeHtml(f.itemNumber)} ${escapeHtml(f.name)} is complete: the service is yours.`),
        primary: { url: f.feedbackUrl, text: 'How did it go? Give feedback' },
        body: section('feedback', '', paragraph('Your feedback (one minute) tells IT how well services are delivered.')),
        secondary: [{ url: f.myRequestsUrl, text: 'My requests' }],
    })
}
