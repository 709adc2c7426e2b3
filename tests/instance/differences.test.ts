import * as fs from 'node:fs'
import * as path from 'node:path'

/*
 * docs/differences.md lists every known difference between the local instance and a real one. Each
 * difference is marked in src/local with `// platform-difference: <slug>` and has a section
 * `## <slug>` there; this test keeps the two in step, so a difference added to the code without being
 * listed (or a listing whose code is gone) fails the suite.
 */

const ROOT = path.resolve(__dirname, '../..')
const PAGE = path.join(ROOT, 'docs/differences.md')
const MARKER = /\/\/\s*platform-difference:\s*(\S+)/g
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

interface Marker {
    slug: string
    where: string
}

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name)
        if (e.isDirectory()) return sourceFiles(full)
        return /\.(ts|js)$/.test(e.name) ? [full] : []
    })
}

function markers(): Marker[] {
    const out: Marker[] = []
    for (const file of sourceFiles(path.join(ROOT, 'src/local'))) {
        const lines = fs.readFileSync(file, 'utf8').split('\n')
        lines.forEach((line, i) => {
            for (const m of line.matchAll(MARKER)) out.push({ slug: m[1], where: `${path.relative(ROOT, file)}:${i + 1}` })
        })
    }
    return out
}

/** The page's `## <slug>` sections and their text, skipping the page's own explanatory section. */
function sections(): Map<string, string> {
    const text = fs.readFileSync(PAGE, 'utf8')
    const out = new Map<string, string>()
    const parts = text.split(/^## /m).slice(1)
    for (const part of parts) {
        const [heading, ...body] = part.split('\n')
        const slug = heading.trim()
        if (slug === 'How this page is kept honest') continue
        out.set(slug, body.join('\n'))
    }
    return out
}

const found = markers()
const listed = sections()

test('the page and the code have differences to compare (the scan finds both)', () => {
    expect(found.length).toBeGreaterThan(10)
    expect(listed.size).toBeGreaterThan(10)
})

test('every marker in src/local has a section in docs/differences.md', () => {
    expect(found.filter((m) => !listed.has(m.slug)).map((m) => `${m.where}: ${m.slug}`)).toEqual([])
})

test('every section names a difference still marked in the code (no stale entries)', () => {
    const marked = new Set(found.map((m) => m.slug))
    expect([...listed.keys()].filter((slug) => !marked.has(slug))).toEqual([])
})

test('slugs are lower-case words joined by "-", one section each', () => {
    expect(found.map((m) => m.slug).filter((s) => !SLUG.test(s))).toEqual([])
    expect([...listed.keys()].filter((s) => !SLUG.test(s))).toEqual([])
    const headings = fs.readFileSync(PAGE, 'utf8').match(/^## .*$/gm) ?? []
    expect(headings.length).toBe(new Set(headings).size)
})

describe.each([...listed.entries()])('%s', (slug, body) => {
    test('says what the platform does and what the local instance does', () => {
        expect(body).toMatch(/\*\*Platform:\*\*\s+\S/)
        expect(body).toMatch(/\*\*Local instance:\*\*\s+\S/)
    })

    test('names the tests that pin it, or why it stays; every named test file exists', () => {
        const testLine = /\*\*Test:\*\*([\s\S]*?)(?=\n- \*\*|\n*$)/.exec(body)?.[1] ?? ''
        const named = [...testLine.matchAll(/`(tests\/[^`]+)`/g)].map((m) => m[1])
        const why = /\*\*Why it stays:\*\*\s+\S/.test(body)
        expect({ slug, pinnedOrExplained: named.length > 0 || why }).toEqual({ slug, pinnedOrExplained: true })
        expect(named.filter((f) => !fs.existsSync(path.join(ROOT, f)))).toEqual([])
    })
})
