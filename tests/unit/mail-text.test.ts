import { htmlToPlainText } from '../../src/server/mail/text'
import { renderOrderConfirmation } from '../../src/server/catalog/fulfilment-render'
import { renderPersonaWelcome } from '../../src/server/catalog/provisioning-render'
import { multiPassPlainText } from '../support/plain-text-reference'

/*
 * The plain-text part of every email (htmlToPlainText) converts the body in one pass over its tags; it
 * must say exactly what the conversion with one pass per construct said (tests/support/plain-text-reference.ts),
 * nesting included: a construct of lower precedence inside another is converted first (a link in a list
 * item keeps its address), and what a construct leaves of its markup is still converted and stripped.
 */

const welcome = (ordered: number, review: string[]) =>
    renderPersonaWelcome({
        outcome: {
            state: 'ordered',
            message: `${ordered} bundled service(s) ordered.`,
            requestNumber: 'REQ0001001',
            requestUrl: 'https://i.example.com/psm?id=ticket&table=sc_request&sys_id=1',
            ordered: Array.from({ length: ordered }, (_, i) => ({
                itemId: `i${i}`,
                name: `Service <${i}> & co`,
                priceText: '$12.00/month',
                waitsForApproval: i % 2 === 0,
            })),
            review,
        },
        memberCostText: '$267.00/month',
        memberCostBreakdown: '$200.00 + $67.00 "bundled"',
        welcome: ordered % 2 === 0,
        userName: 'Pia "Tester" <pia>',
        personaName: 'Business Analyst',
        previousPersonaName: 'Telecommuter',
        newlyAvailable: [{ itemId: 'n1', name: 'Laptop & dock', monthlyCost: 5, bundled: false }],
        bundled: [
            {
                itemId: 'b1',
                name: 'VPN\taccess  now',
                monthlyCost: null,
                bundled: true,
            },
        ],
        catalogUrl: 'https://i.example.com/psm?id=psm_catalog&a=1',
        personaUrl: 'https://i.example.com/psm?id=psm_my_persona',
        itemUrl: (id) => `https://i.example.com/psm?id=psm_item&sys_id=${id}`,
    })

const confirmation = (n: number) =>
    renderOrderConfirmation({
        userName: 'Pia',
        requestNumber: 'REQ0001002',
        requestUrl: 'https://i.example.com/psm?id=ticket&sys_id=2',
        myRequestsUrl: 'https://i.example.com/psm?id=requests',
        items: Array.from({ length: n }, (_, i) => ({
            number: `RITM000100${i}`,
            name: `Item ${i} &middot;`,
            priceText: 'No charge',
            stage: 'Waiting for Approval',
        })),
        memberCostText: n ? '$10.00/month' : '',
    })

/**
 * App-like markup nested at random (seeded): every construct inside every other but a link inside a link
 * (HTML: an a element holds no interactive content; see htmlToPlainText), text with entities, tabs and runs of spaces.
 */
function randomBodies(count: number): string[] {
    let seed = 7
    const rnd = (n: number) => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        return seed % n
    }
    const words = ['Hi', 'x &amp; y', '&lt;yet&gt;', '&middot;', ' ', '\t', '  ', '\n', 'Pia', '€ 5.00', '&#39;a&#39;', '&nbsp;', 'a\u00a0b', '&#x2192;']
    const frag = (d: number, inLink = false): string => {
        if (d <= 0) return words[rnd(words.length)]
        const inner = (link = inLink) => Array.from({ length: 1 + rnd(3) }, () => frag(d - 1, link)).join('')
        const pick = rnd(17)
        switch (inLink && (pick === 1 || pick === 2 || pick === 12) ? 11 : pick) {
            case 0:
                return `<p>${inner()}</p>`
            case 1:
                return `<a href="https://i/x?a=1&amp;b=${rnd(9)}">${inner(true)}</a>`
            case 2:
                return `<a data-primary="true" href="https://go/${rnd(9)}">${inner(true)}</a>`
            case 3:
                return `<ul><li>${inner()}</li><li>${inner()}</li></ul>`
            case 4:
                return `<ol><li>${inner()}</li></ol>`
            case 5:
                return `<table data-table><tr><th>A</th><th>B</th></tr><tr><td>${inner()}</td><td>${inner()}</td></tr></table>`
            case 6:
                return `<h${1 + rnd(6)}>${inner()}</h${1 + rnd(6)}>`
            case 7:
                return `<div aria-hidden="true">${inner()}</div>`
            case 8:
                return `<div style="x">${inner()}</div>`
            case 9:
                return `<br>${inner()}<br/>`
            case 10:
                return `<table><tr><td>${inner()}</td></tr></table>`
            case 11:
                return `<span>${inner()}</span>`
            case 12:
                return `<a href="#">${inner(true)}</a>`
            case 13:
                return `<strong>${inner()}</strong>\n  `
            case 14:
                return `<style>p{}</style><script>x</script>${inner()}`
            default:
                return inner()
        }
    }
    return Array.from({ length: count }, () => frag(1 + rnd(4)))
}

test('the app emails read the same in one pass as in a pass per construct', () => {
    const bodies = [welcome(3, ['Old service']), welcome(0, []), welcome(4, ['A', 'B & C']), confirmation(1), confirmation(5), confirmation(0)]
    for (const html of bodies) expect(htmlToPlainText(html)).toBe(multiPassPlainText(html))
    // And they are real conversions: links keep their address, the button stands apart, entities are decoded.
    const text = htmlToPlainText(welcome(3, ['Old service']))
    expect(text).toContain('Service <0> & co')
    expect(text).toMatch(/^>> .+: https:\/\//m)
    expect(text).not.toMatch(/&(amp|lt|gt|middot);|<\/?(p|a|li|ul|ol|h[1-6]|div|table|tr|td|br)\b/)
})

test('nested and unterminated constructs, and white space, convert as with a pass per construct', () => {
    const cases = [
        // A list in a numbered list: what the outer list leaves of the inner one is stripped.
        '<ol><li>one</li><li>two <ul><li>x</li></ul></li></ol><h3>t</h3>\t  x  \n   y  \n\n\n\nz<br/>w</p >',
        '<div aria-hidden="true">pre</div><style>p{}</style><a data-primary="true" href="https://go">Go &gt; now</a><table data-table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td></td></tr></table>',
        '<a href="">empty</a> <a href="u">u</a> <a>no</a> <abbr>q</abbr> <h1>title &lt;yet&gt;</h1><head><title>t</title></head><script>x<y</script>',
        '<div>unterminated <a href="x">no close',
        '<ul><li>one</li>',
        'plain &#x2192; &#39; &bogus; &#99999999;',
        '  lead\tand \t tab  \n \t\n\u00a0 \n end \u00a0',
    ]
    for (const html of cases) expect(htmlToPlainText(html)).toBe(multiPassPlainText(html))
    for (const html of randomBodies(5000)) expect(htmlToPlainText(html)).toBe(multiPassPlainText(html))
})
