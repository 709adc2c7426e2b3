/** The message of anything thrown, including errors thrown by app scripts (another realm's Error, so not `instanceof Error` here). */
export function errorMessage(e: unknown): string {
    if (e && typeof e === 'object' && 'message' in e && typeof (e as { message: unknown }).message === 'string') return (e as { message: string }).message
    return String(e)
}
