/*
 * A small client of the platform's REST APIs, enough to load data as any integration would: the Table
 * API (`/api/now/table/{table}`) and the Batch API (`/api/now/v1/batch`, "send multiple REST API
 * requests in a single call"). It knows no emulator: pointed at a real instance with an admin's
 * credentials it loads the same data there.
 */

export type Values = Record<string, string | number | boolean>
export type Row = Record<string, string>

export interface BatchRequest {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
    /** Relative URL, query parameters included (`/api/now/table/sys_user?sysparm_fields=sys_id`). */
    url: string
    body?: Values
}

interface BatchAnswer {
    serviced_requests?: Array<{ id: string; status_code: number; body?: string; error_message?: string }>
    unserviced_requests?: string[]
}

export class RestError extends Error {
    constructor(
        readonly status: number,
        message: string,
    ) {
        super(message)
        this.name = 'RestError'
    }
}

/** How many requests one batch call carries: small enough for the batch output limit (10 MB by default). */
const BATCH_SIZE = 100

export class TableApi {
    /** @param authorization the Authorization header value (Basic … or Bearer …) */
    constructor(
        readonly baseUrl: string,
        private readonly authorization: string,
    ) {}

    static basic(baseUrl: string, user: string, password: string): TableApi {
        return new TableApi(baseUrl, `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`)
    }

    /** Records matching an encoded query (values, not display values), at most `limit`. */
    async query(table: string, encodedQuery: string, fields: string[], limit = 10_000): Promise<Row[]> {
        const params = new URLSearchParams({ sysparm_query: encodedQuery, sysparm_fields: fields.join(','), sysparm_limit: String(limit), sysparm_exclude_reference_link: 'true' })
        const answer = (await this.call('GET', `/api/now/table/${table}?${params.toString()}`)) as { result: Row[] }
        return answer.result
    }

    /** Inserts a record (business rules run); returns its sys_id. */
    async create(table: string, values: Values): Promise<string> {
        const answer = (await this.call('POST', `/api/now/table/${table}?sysparm_fields=sys_id`, values)) as { result: Row }
        return answer.result.sys_id
    }

    /**
     * Updates a record. `displayValues`: the values are what a person would type (sysparm_input_display_value),
     * as a password must be given for the instance to store it as one.
     */
    async update(table: string, sysId: string, values: Values, displayValues = false): Promise<void> {
        const input = displayValues ? '&sysparm_input_display_value=true' : ''
        await this.call('PATCH', `/api/now/table/${table}/${encodeURIComponent(sysId)}?sysparm_fields=sys_id${input}`, values)
    }

    /**
     * Runs requests through the Batch API, BATCH_SIZE per call, in order; returns each one's JSON answer.
     * Any request that fails stops the run with its message (the ones before it stay done).
     */
    async batch(requests: BatchRequest[]): Promise<unknown[]> {
        const answers: unknown[] = []
        for (let start = 0; start < requests.length; start += BATCH_SIZE) {
            const chunk = requests.slice(start, start + BATCH_SIZE)
            const envelope = {
                batch_request_id: String(start),
                rest_requests: chunk.map((r, i) => ({
                    id: String(i),
                    method: r.method,
                    url: r.url,
                    headers: [
                        { name: 'Content-Type', value: 'application/json' },
                        { name: 'Accept', value: 'application/json' },
                    ],
                    ...(r.body ? { body: Buffer.from(JSON.stringify(r.body), 'utf8').toString('base64') } : {}),
                    exclude_response_headers: true,
                })),
            }
            const answer = (await this.call('POST', '/api/now/v1/batch', envelope)) as BatchAnswer
            const serviced = new Map((answer.serviced_requests ?? []).map((s) => [s.id, s]))
            for (const [i, r] of chunk.entries()) {
                const s = serviced.get(String(i))
                if (!s) throw new RestError(0, `${r.method} ${r.url} was not run by the batch (unserviced)`)
                const text = s.body ? Buffer.from(s.body, 'base64').toString('utf8') : ''
                if (s.status_code >= 300) throw new RestError(s.status_code, `${r.method} ${r.url} failed (${s.status_code}): ${s.error_message ?? text}`)
                answers.push(text ? JSON.parse(text) : null)
            }
        }
        return answers
    }

    private async call(method: string, url: string, body?: unknown): Promise<unknown> {
        const res = await fetch(new URL(url, this.baseUrl), {
            method,
            // Each call on its own connection: after a batch the instance may run the work it queued (async
            // rules) for longer than it keeps an idle keep-alive connection open; a request sent on such a
            // connection then meets its close ("other side closed"). A few dozen connections cost nothing.
            headers: { Authorization: this.authorization, Accept: 'application/json', Connection: 'close', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
            body: body === undefined ? undefined : JSON.stringify(body),
        })
        const text = await res.text()
        if (!res.ok) {
            let message = text
            try {
                const parsed = JSON.parse(text) as { error?: { message?: string; detail?: string } }
                if (parsed.error) message = [parsed.error.message, parsed.error.detail].filter(Boolean).join(': ')
            } catch {
                // not JSON: the text as it came
            }
            throw new RestError(res.status, `${method} ${url} failed (${res.status}): ${message}`)
        }
        return text ? JSON.parse(text) : null
    }
}
