import * as fc from 'fast-check'
import { barChart, radarChart, stackedBarChart, weeklyChart } from '../../src/local/http/admin/charts'
import { csvCell, parseCsv, toCsv } from '../../src/local/http/admin/csv'
import { tableCsv, tableHtml, type DataTable } from '../../src/local/http/admin/data-table'

/*
 * The admin pages' building blocks: CSV that a spreadsheet cannot execute, tables whose CSV is the
 * table, and charts that are accessible images carrying their numbers.
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

    test('the HTML shows formatted numbers with their raw value, escapes text, and links the CSV', () => {
        const html = tableHtml(t, '/admin/costs?format=csv&table=by-persona')
        expect(html).toContain('<caption>Cost &lt;per&gt; persona</caption>')
        expect(html).toContain('<th scope="row">&lt;b&gt;Field&lt;/b&gt;</th>')
        expect(html).toContain('<td class="num" data-value="1234">1,234</td>')
        expect(html).toContain('<td class="num" data-value="1234.5">$1,234.50</td>')
        expect(html).toContain('<td class="num" data-value="12.34">12.3 %</td>')
        expect(html).toContain('<td class="num">—</td>')
        expect(html).toContain('<tfoot><tr><th scope="row">Total</th><td class="num" data-value="1236">1,236</td><td class="num"></td>')
        expect(html).toContain('href="/admin/costs?format=csv&amp;table=by-persona"')
    })

    test('the CSV is the header, the rows and the total, with raw numbers', () => {
        expect(parseCsv(tableCsv(t))).toEqual([
            ['Persona', 'Members', 'Cost', 'Share'],
            ['<b>Field</b>', '1234', '1234.5', '12.34'],
            [`'@Desk`, '2', '', '0'],
            ['Total', '1236', '', '100'],
        ])
    })
})

describe('charts', () => {
    test('a bar chart is an image titled and described with every number, each bar carrying its value', () => {
        const svg = barChart({
            id: 'c1',
            title: 'Users <per> persona',
            bars: [
                { label: 'A & B', value: 10, text: '10' },
                { label: 'C', value: 5, text: '5' },
            ],
        })
        expect(svg).toMatch(/^<svg class="chart bars" id="c1" viewBox="0 0 640 \d+" width="100%" role="img" aria-labelledby="c1-title c1-desc"/)
        expect(svg).toContain('<title id="c1-title">Users &lt;per&gt; persona</title>')
        expect(svg).toContain('<desc id="c1-desc">A &amp; B: 10; C: 5.</desc>')
        expect(svg).toContain('data-label="A &amp; B" data-value="10"')
        // Bars are proportional: the half-size value gets the half-length bar.
        const widths = [...svg.matchAll(/<rect x="180" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]))
        expect(widths).toEqual([350, 175])
    })

    test('stacked bars total their series; the radar and weekly charts name their values', () => {
        const stacked = stackedBarChart({ id: 's', title: 'T', categories: ['Ops', 'Sales'], series: [{ name: 'X', values: [1, 2] }, { name: 'Y', values: [3, 0] }], format: String })
        expect(stacked).toContain('data-label="Ops" data-value="4"')
        expect(stacked).toContain('<desc id="s-desc">Ops: 4 (X 1, Y 3); Sales: 2 (X 2).</desc>')
        const radar = radarChart({ id: 'r', title: 'P', axes: ['a', 'b', 'c', 'd', 'e'].map((label, i) => ({ label, value: i % 4 + 1 })), max: 4 })
        expect(radar.match(/<circle class="dot"/g)).toHaveLength(5)
        expect(radar).toContain('<desc id="r-desc">a 1, b 2, c 3, d 4, e 1 (scale 1 to 4).</desc>')
        const weekly = weeklyChart({
            id: 'w',
            title: 'W',
            weeks: [
                { label: '11-09', value: null, status: 'no_data' },
                { label: '11-16', value: 83.3, status: 'breached' },
            ],
            target: 100,
            max: 100,
            format: (v) => `${v} %`,
            targetText: 'Objective: 100 %',
        })
        expect(weekly).toContain('<desc id="w-desc">Objective: 100 %. 11-09: nothing measured; 11-16: 83.3 % (breached).</desc>')
        expect(weekly).toContain('data-label="11-16" data-value="83.3" data-status="breached"')
    })
})
