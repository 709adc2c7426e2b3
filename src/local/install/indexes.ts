import * as fs from 'node:fs'
import * as path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { UpdateXmlError } from './update-xml'

/** An index a table declares (Fluent `Table({ index })`), as the build writes it in dictionary/<table>.xml. */
export interface IndexDecl {
    file: string
    table: string
    name: string
    columns: string[]
    unique: boolean
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'element' || name === 'index' })

type Node = { '@name'?: string; '@unique'?: string; element?: Node[]; index?: Node[] }

/**
 * The indexes of the build's tables. Only the bootstrap files under dictionary/ carry them; the
 * update records describe the same tables and columns, which the installer reads from there.
 */
export function readIndexes(appDir: string): IndexDecl[] {
    const dir = path.join(appDir, 'dictionary')
    if (!fs.existsSync(dir)) return []
    const out: IndexDecl[] = []
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.xml')).sort()) {
        const file = `dictionary/${name}`
        let doc: { database?: { element?: Node[] } }
        try {
            doc = parser.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as typeof doc
        } catch (e) {
            throw new UpdateXmlError(file, `malformed XML: ${e instanceof Error ? e.message : String(e)}`)
        }
        for (const table of doc.database?.element ?? []) {
            for (const index of table.index ?? []) {
                const columns = (index.element ?? []).map((e) => e['@name'] ?? '').filter(Boolean)
                if (!table['@name'] || !index['@name'] || !columns.length) throw new UpdateXmlError(file, 'an index without a name, table or columns')
                out.push({ file, table: table['@name'], name: index['@name'], columns, unique: index['@unique'] === 'true' })
            }
        }
    }
    return out
}
