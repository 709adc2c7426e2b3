/** An error the HTTP layer answers in the platform's REST shape: {"error":{message,detail},"status":"failure"}. */
export class HttpError extends Error {
    constructor(
        readonly status: number,
        message: string,
        readonly detail: string | null = null,
        readonly headers: Record<string, string> = {},
    ) {
        super(message)
        this.name = 'HttpError'
    }
}

export function errorBody(message: string, detail: string | null): string {
    return JSON.stringify({ error: { message, detail }, status: 'failure' })
}
