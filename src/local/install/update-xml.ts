import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** One record as the platform's update XML carries it (`<record_update><table action=…>…`). */
export interface UpdateRecord {
    table: string
    /** INSERT_OR_UPDATE, DELETE, delete_multiple … exactly as written. */
    action: string
    sysId: string
    fields: Record<string, string>
    /** `display_value` attributes of reference fields (e.g. sys_scope, role names). */
    displayValues: Record<string, string>
    /** Attributes of the record element other than `action` (e.g. `query` of delete_multiple). */
    attributes: Record<string, string>
    /** The layout update that holds it (`sys_ui_list`, `sys_ui_section`, `sys_ui_form_sections`), if any. */
    layout?: string
}

export class UpdateXmlError extends Error {
    constructor(
        readonly file: string,
        message: string,
    ) {
        super(`${file}: ${message}`)
        this.name = 'UpdateXmlError'
    }
}

type XmlNode = Record<string, unknown>

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: false,
    textNodeName: '#text',
    isArray: () => true,
})

function text(node: unknown): string {
    if (node === undefined || node === null) return ''
    if (typeof node === 'string') return node
    if (typeof node === 'object') {
        const t = (node as XmlNode)['#text']
        if (Array.isArray(t)) return t.map(String).join('')
        return t === undefined ? '' : String(t)
    }
    return String(node)
}

function attributesOf(node: XmlNode): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(node)) if (k.startsWith('@')) out[k.slice(1)] = String(v)
    return out
}

function isRecordElement(node: unknown): node is XmlNode {
    return typeof node === 'object' && node !== null && '@action' in (node as XmlNode)
}

function toRecord(file: string, table: string, node: XmlNode, out: UpdateRecord[]): void {
    const fields: Record<string, string> = {}
    const displayValues: Record<string, string> = {}
    const nested: UpdateRecord[] = []
    for (const [name, value] of Object.entries(node)) {
        if (name.startsWith('@') || name === '#text') continue
        const items = value as unknown[]
        // Nested elements that carry their own action are records of their own (sys_choice_v2 bundles).
        if (items.some(isRecordElement)) {
            for (const item of items) if (isRecordElement(item)) toRecord(file, name, item, nested)
            continue
        }
        const first = items[0]
        fields[name] = text(first)
        if (typeof first === 'object' && first !== null) {
            const attrs = attributesOf(first as XmlNode)
            const dv = attrs.display_value ?? attrs.name
            if (dv !== undefined) displayValues[name] = dv
        }
    }
    const attributes = attributesOf(node)
    const action = attributes.action
    delete attributes.action
    out.push({ table, action, sysId: fields.sys_id ?? '', fields, displayValues, attributes }, ...nested)
}

/**
 * A layout update: one element without an action of its own (`<sys_ui_list table=…>`,
 * `<sys_ui_section …>`, `<sys_ui_form_sections …>`) that holds the layout's records, each with its action,
 * as the build writes a Fluent List or Form (one update for the list or section and its elements).
 */
function isContainer(node: unknown): node is XmlNode {
    if (typeof node !== 'object' || node === null) return false
    const children = Object.entries(node as XmlNode).filter(([k]) => !k.startsWith('@') && k !== '#text')
    return children.length > 0 && children.every(([, v]) => (v as unknown[]).every(isRecordElement))
}

function containedRecords(file: string, layout: string, container: XmlNode, out: UpdateRecord[]): void {
    const records: UpdateRecord[] = []
    for (const [name, value] of Object.entries(container)) {
        if (name.startsWith('@') || name === '#text') continue
        for (const item of value as unknown[]) toRecord(file, name, item as XmlNode, records)
    }
    for (const r of records) out.push({ ...r, layout })
}

/** Parses one `record_update` document into its records (parents before their nested records). */
export function parseUpdateXml(file: string, xml: string): UpdateRecord[] {
    const valid = XMLValidator.validate(xml)
    if (valid !== true) throw new UpdateXmlError(file, `malformed XML at line ${valid.err.line}: ${valid.err.msg}`)
    let doc: XmlNode
    try {
        doc = parser.parse(xml) as XmlNode
    } catch (e) {
        // The validator lets a few malformed documents through (found by fuzzing: an unclosed <?pi).
        throw new UpdateXmlError(file, `malformed XML: ${e instanceof Error ? e.message : String(e)}`)
    }
    const roots = doc.record_update as XmlNode[] | undefined
    if (!roots || roots.length !== 1) throw new UpdateXmlError(file, 'expected one <record_update> root element')
    const root = roots[0]
    const out: UpdateRecord[] = []
    for (const [name, value] of Object.entries(root)) {
        if (name.startsWith('@') || name === '#text') continue
        for (const item of value as unknown[]) {
            if (isRecordElement(item)) toRecord(file, name, item, out)
            else if (isContainer(item)) containedRecords(file, name, item, out)
            else throw new UpdateXmlError(file, `<${name}> has no action attribute`)
        }
    }
    if (!out.length) throw new UpdateXmlError(file, 'no record in <record_update>')
    return out
}
