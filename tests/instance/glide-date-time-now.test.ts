import type { Instance } from '../../src/local/instance'
import { GlideDateTime } from '../../src/local/glide'
import { freshInstance } from '../support/instance'

/*
 * "GlideDateTime(): Instantiates a new GlideDateTime object with the current date and time in GMT" (GlideDateTime -
 * Scoped), on the instance's clock. A batch asks for "now" once per record, thousands of times within the same
 * second: the text of the clock and the value's text are converted once per distinct value, and a clock that moves
 * (forwards, backwards) gives the new time at once.
 */

let instance: Instance
let now = '2026-11-20 08:00:00'

beforeAll(() => {
    instance = freshInstance(() => now)
})
afterAll(() => instance.close())

test('now follows the instance clock as it moves, each distinct time converted once', () => {
    const iso = jest.spyOn(Date.prototype, 'toISOString')
    try {
        const values = instance.run(() => {
            const out: string[] = []
            for (let i = 0; i < 100; i++) out.push(new GlideDateTime().getValue())
            now = '2026-11-20 08:00:01'
            out.push(new GlideDateTime().getValue())
            now = '2026-11-19 23:59:59'
            out.push(new GlideDateTime().getValue())
            // A value set from text is its own instant, whatever the cache held.
            out.push(new GlideDateTime('2026-01-02 03:04:05').getValue())
            now = '2026-11-20 08:00:00'
            out.push(new GlideDateTime().getValue())
            return out
        })
        expect(new Set(values.slice(0, 100))).toEqual(new Set(['2026-11-20 08:00:00']))
        expect(values.slice(100)).toEqual(['2026-11-20 08:00:01', '2026-11-19 23:59:59', '2026-01-02 03:04:05', '2026-11-20 08:00:00'])
        // One conversion per distinct value in a row, not one per call.
        expect(iso.mock.calls.length).toBe(5)
    } finally {
        iso.mockRestore()
    }
})
