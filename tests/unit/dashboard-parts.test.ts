import * as fc from 'fast-check'
import { barChart, columnChart, niceMax } from '../../src/server/portal/charts'
import { csvCell, parseCsv, toCsv } from '../../src/server/portal/csv'
import { tableCsv, viewTable, type DataTable } from '../../src/server/portal/data-table'
import { feedbackOpen, nextStep, stepsOf } from '../../src/server/portal/my-changes'

/*
 * The analyst dashboard's building blocks (src/server/portal): CSV that a spreadsheet cannot
 * execute, tables whose CSV is the table, chart geometry the template draws with attribute bindings;
 * and the pure parts of "my changes".
 */

describe('CSV', () => {
    test('text that would start a formula is written as text (OWASP CSV injection)', () => {
        expect(csvCell('=1+2')).toBe(`'=1+2`)
        expect(csvCell('+SUM(A1)')).toBe(`'+SUM(A1)`)
        expect(csvCell('-2+3')).toBe(`'-2+3`)
        expect(csvCell('@cmd')).toBe(`'@cmd`)
        // A tab is also a separator (tab-separated locales): neutralised and quoted.
        expect(csvCell('\tx')).toBe(`"'\tx"`)
        expect(csvCell('a;=1+2')).toBe('"a;=1+2"')
        expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`)
        // Numbers the app computed stay numbers, negative ones included.
        expect(csvCell(-5)).toBe('-5')
        expect(csvCell(125.5)).toBe('125.5')
        expect(csvCell(null)).toBe('')
        expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"')
    })

    // OWASP CSV Injection: a formula character counts after leading spaces too (" =1+1" is a formula).
    test('round trip: parse(toCsv(rows)) gives the rows back, formula-looking text quoted', () => {
        const cell = fc.oneof(fc.string(), fc.integer().map((n) => n as string | number))
        fc.assert(
            fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
                const expected = rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : /^[\t\r]|^ *[=+\-@]/.test(c) ? `'${c}` : c)))
                expect(parseCsv(toCsv(rows))).toEqual(expected)
            }),
        )
    })
})

describe('tables', () => {
    const t: DataTable = {
        id: 'by-persona',
        caption: 'Cost <per> persona',
        columns: [{ label: 'Persona' }, { label: 'Members', format: 'int' }, { label: 'Cost', format: 'money' }, { label: 'Share', format: 'percent' }],
        rows: [
            ['<b>Field</b>', 1234, 1234.5, 12.34],
            ['@Desk', 2, null, 0],
        ],
        total: ['Total', 1236, null, 100],
    }

    test('the view shows formatted numbers with their raw value; text stays text (the template binds it)', () => {
        const v = viewTable(t)
        expect(v.caption).toBe('Cost <per> persona')
        expect(v.columns).toEqual([
            { label: 'Persona', numeric: false },
            { label: 'Members', numeric: true },
            { label: 'Cost', numeric: true },
            { label: 'Share', numeric: true },
        ])
        expect(v.rows[0]).toEqual({
            head: { text: '<b>Field</b>', value: '<b>Field</b>', numeric: false },
            cells: [
                { text: '1,234', value: '1234', numeric: true },
                { text: '$1,234.50', value: '1234.5', numeric: true },
                { text: '12.3 %', value: '12.34', numeric: true },
            ],
        })
        expect(v.rows[1].cells[1]).toEqual({ text: '\u2014', value: '', numeric: true })
        expect(v.total?.cells[1]).toEqual({ text: '', value: '', numeric: true })
        expect(v.fileName).toBe('psm-by-persona.csv')
    })

    test('the CSV is the header, the rows and the total, with raw numbers: the values the table carries', () => {
        const csv = parseCsv(tableCsv(t))
        expect(csv).toEqual([
            ['Persona', 'Members', 'Cost', 'Share'],
            ['<b>Field</b>', '1234', '1234.5', '12.34'],
            [`'@Desk`, '2', '', '0'],
            ['Total', '1236', '', '100'],
        ])
        const v = viewTable(t)
        expect(parseCsv(v.csv)).toEqual(csv)
        // Every numeric cell's raw value is its CSV cell.
        v.rows.forEach((r, i) => r.cells.forEach((c, j) => expect(c.value).toBe(csv[i + 1][j + 1])))
    })
})

describe('charts', () => {
    test('a bar chart is titled and described with every number; bars are proportional', () => {
        const chart = barChart({
            id: 'c1',
            title: 'Users <per> persona',
            bars: [
                { label: 'A & B', value: 10, text: '10' },
                { label: 'C', value: 5, text: '5' },
                { label: 'A persona with a very long name indeed', value: 0, text: '0' },
            ],
        })
        expect(chart.description).toBe('A & B: 10; C: 5; A persona with a very long name indeed: 0.')
        expect(chart.bars.map((b) => b.width)).toEqual([350, 175, 0])
        expect(chart.bars.map((b) => b.valueX)).toEqual([536, 361, 186])
        expect(chart.bars[2].shortLabel).toBe('A persona with a very lon\u2026')
        expect(chart.height).toBe(8 * 2 + 3 * 30)
        expect(barChart({ id: 'e', title: 'T', bars: [] }).description).toBe('No data.')
    })

    test('a column chart draws measured weeks against the target and says which weeks had nothing', () => {
        const chart = columnChart({
            id: 'w',
            title: 'W',
            columns: [
                { label: '11-09', value: null, status: 'no_data' },
                { label: '11-16', value: 83.3, status: 'breached' },
                { label: '11-23', value: 100, status: 'met' },
            ],
            max: 100,
            format: (v) => `${v} %`,
            target: { value: 90, text: 'Objective: 90 %' },
        })
        expect(chart.description).toBe('Objective: 90 %. 11-09: nothing measured; 11-16: 83.3 % (breached); 11-23: 100 % (met).')
        expect(chart.columns.map((c) => c.raw)).toEqual(['', '83.3', '100'])
        expect(chart.columns[0]).toMatchObject({ status: 'no_data', height: 0 })
        // The full-scale column reaches the top of the plot (y 12); its height is the plot's (190 - 12 - 34).
        expect(chart.columns[2]).toMatchObject({ y: 12, height: 144 })
        expect(chart.target?.y).toBe(Math.round((12 + 144 - 0.9 * 144) * 10) / 10)
        expect(chart.ticks.map((t) => t.text)).toEqual(['0 %', '50 %', '100 %'])
    })

    test('count scales end on a round number at or above the largest value', () => {
        expect(niceMax([])).toBe(1)
        expect(niceMax([0, 1])).toBe(1)
        expect(niceMax([3])).toBe(5)
        expect(niceMax([7])).toBe(10)
        expect(niceMax([12])).toBe(20)
        expect(niceMax([240])).toBe(250)
    })
})

describe('my changes', () => {
    test('feedback opens once a change is implemented, never for a canceled one', () => {
        expect([-5, -4, -3, -2, -1, 0, 3, 4, null].map((s) => feedbackOpen(s))).toEqual([false, false, false, false, false, true, true, false, false])
    })

    test('the path marks the steps done, the current one, and those ahead; a canceled change has none', () => {
        expect(stepsOf(-3).map((s) => `${s.label}:${s.status}`)).toEqual(['New:done', 'Assess:done', 'Authorize:current', 'Scheduled:todo', 'Implement:todo', 'Review:todo', 'Closed:todo'])
        expect(stepsOf(3).every((s) => s.status === 'done')).toBe(true)
        expect(stepsOf(4)).toEqual([])
    })

    test('what happens next names the approvals, the window or the requester\'s own phase', () => {
        const o = { window: '2026-03-02 08:00 UTC to 2026-03-02 12:00 UTC (4 h)', cab: 'CAB', approvals: '1 of 3 approved', myPhases: [] }
        expect(nextStep(-3, o)).toBe('Waiting for approval by the CAB (1 of 3 approved). Once everyone approves, the change is scheduled.')
        expect(nextStep(-2, o)).toBe('Approved and scheduled: 2026-03-02 08:00 UTC to 2026-03-02 12:00 UTC (4 h).')
        const phase = { line: 1, name: 'Pilot', start: '2026-03-02', end: '2026-03-03', startKey: '', endKey: '', audience: 'IT', audiences: ['IT'] }
        expect(nextStep(-2, { ...o, myPhases: [phase] })).toBe('Approved and scheduled. Your phase: Pilot, 2026-03-02 to 2026-03-03.')
        expect(nextStep(0, o)).toBe('Implemented and in review. Tell us how it went for you.')
    })
})
