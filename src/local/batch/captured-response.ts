import * as http from 'node:http'

/**
 * A response that a route writes as it writes any other (writeHead, write, end), kept in memory instead of
 * sent: a Batch API item's answer, which the batch returns Base64-encoded with its status and headers.
 * A real ServerResponse (only writing is redirected), so routes need nothing batch-specific.
 */
export class CapturedResponse extends http.ServerResponse {
    status = 200
    readonly chunks: Buffer[] = []
    private outHeaders: Record<string, string> = {}
    private started = false
    private done = false

    constructor(req: http.IncomingMessage) {
        super(req)
        // headersSent is a read-only property of OutgoingMessage; here it follows what the route wrote.
        Object.defineProperty(this, 'headersSent', { get: () => this.started })
    }

    override writeHead(statusCode: number, a?: string | http.OutgoingHttpHeaders | http.OutgoingHttpHeader[], b?: http.OutgoingHttpHeaders | http.OutgoingHttpHeader[]): this {
        if (this.started) return this
        const headers = typeof a === 'string' ? b : a
        this.status = statusCode
        for (const [name, value] of Object.entries(this.getHeaders())) if (value !== undefined) this.outHeaders[name] = String(value)
        if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.outHeaders[name] = Array.isArray(value) ? value.join(', ') : String(value)
        this.started = true
        return this
    }

    override write(chunk: unknown, ...rest: unknown[]): boolean {
        if (!this.started) this.writeHead(this.statusCode)
        if (typeof chunk === 'string') this.chunks.push(Buffer.from(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8'))
        else if (chunk instanceof Uint8Array) this.chunks.push(Buffer.from(chunk))
        const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined
        callback?.()
        return true
    }

    override end(chunk?: unknown, ...rest: unknown[]): this {
        if (this.done) return this
        if (typeof chunk === 'function') rest.unshift(chunk)
        else if (chunk !== undefined && chunk !== null) this.write(chunk, ...rest.filter((r) => typeof r !== 'function'))
        if (!this.started) this.writeHead(this.statusCode)
        this.done = true
        const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined
        callback?.()
        return this
    }

    get finishedWriting(): boolean {
        return this.done
    }

    body(): Buffer {
        return Buffer.concat(this.chunks)
    }

    headerList(): Array<{ name: string; value: string }> {
        return Object.entries(this.outHeaders).map(([name, value]) => ({ name, value }))
    }
}
