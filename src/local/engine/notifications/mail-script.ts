import { runtime } from '../../glide/runtime'

/** `template` in a mail script (TemplatePrinter): what the script prints goes into the message. */
export class TemplatePrinter {
    private out = ''

    print(value: unknown): void {
        this.out += value === null || value === undefined ? '' : String(value)
    }

    /** Prints n non-breaking spaces. */
    space(n: unknown): void {
        const count = Math.max(0, Math.min(1000, Math.floor(Number(n) || 0)))
        this.out += '&nbsp;'.repeat(count)
    }

    output(): string {
        return this.out
    }
}

/**
 * `email` in a mail script or advanced condition (EmailOutbound): the message being built. One object
 * per notification firing, shared by its scripts, so a subject set in the body's script applies.
 */
export class EmailOutbound {
    subject: string
    from: string
    replyTo: string
    readonly cc: string[] = []
    readonly bcc: string[] = []

    constructor(subject: string, from: string, replyTo: string) {
        this.subject = subject
        this.from = from
        this.replyTo = replyTo
    }

    getSubject(): string {
        return this.subject
    }

    setSubject(subject: unknown): void {
        // A subject is one header line.
        this.subject = String(subject ?? '').replace(/[\r\n]+/g, ' ')
    }

    setFrom(address: unknown): void {
        this.from = String(address ?? '').replace(/[\r\n]+/g, ' ').trim()
    }

    setReplyTo(address: unknown): void {
        this.replyTo = String(address ?? '').replace(/[\r\n]+/g, ' ').trim()
    }

    /** addAddress('cc' | 'bcc', address, displayName): the platform accepts only those two types. */
    addAddress(type: unknown, address: unknown, _displayName?: unknown): void {
        const kind = String(type ?? '').toLowerCase()
        const addr = String(address ?? '').trim()
        if (!addr || /[\r\n,;]/.test(addr)) {
            runtime().log('warn', `email.addAddress: "${addr}" is not one email address; ignored`)
            return
        }
        if (kind === 'cc') this.cc.push(addr)
        else if (kind === 'bcc') this.bcc.push(addr)
        else runtime().log('warn', `email.addAddress: type must be "cc" or "bcc", not "${kind}"; ignored`)
    }

    getWatermark(): string {
        return ''
    }
}
