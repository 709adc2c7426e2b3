import { zipSync } from 'fflate'
import { ArchiveError, readArchive, safeEntryPath, type ArchiveLimits } from '../../src/local/cicd-upload/archive'

/*
 * The app upload reads packages from anyone holding the admin role, so the zip reader refuses what
 * could write outside the package or exhaust the instance (zip slips, links, bombs, lying headers)
 * with a clear message, and returns nothing when it refuses.
 */

const text = (s: string) => new TextEncoder().encode(s)

function refused(zip: Uint8Array, pattern: RegExp, limits?: ArchiveLimits): void {
    let error: unknown
    try {
        readArchive(zip, limits)
    } catch (e) {
        error = e
    }
    expect(error).toBeInstanceOf(ArchiveError)
    expect((error as Error).message).toMatch(pattern)
}

test('a package as now-sdk pack writes it (names with one leading "/") reads as archive-relative files', () => {
    const zip = zipSync({ '/scope/sys_app_1.xml': text('<a/>'), '/update/x.xml': [text('<b/>'.repeat(1000)), { level: 6 }] })
    const files = readArchive(zip)
    expect([...files.keys()].sort()).toEqual(['scope/sys_app_1.xml', 'update/x.xml'])
    expect(files.get('update/x.xml')?.toString()).toBe('<b/>'.repeat(1000))
})

test.each([
    ['../evil.xml', /climbs out/],
    ['update/../../evil.xml', /climbs out/],
    ['//etc/passwd', /absolute path/],
    ['C:/Windows/evil.xml', /names a drive/],
    ['update\\..\\evil.xml', /backslash/],
    ['update//x.xml', /empty or "\." path segment/],
    ['./update/x.xml', /empty or "\." path segment/],
    ['update/x\u0000.xml', /control characters/],
])('zip slip: entry %j is refused before anything is read', (name, pattern) => {
    refused(zipSync({ 'update/ok.xml': text('<a/>'), [name]: text('<evil/>') }), pattern)
    expect(() => safeEntryPath(name)).toThrow(pattern)
})

test('a symbolic link entry is refused', () => {
    // Unix mode 0120777 (a link) in the high half of the external attributes, made on Unix (os 3).
    const zip = zipSync({ 'update/link.xml': [text('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] })
    refused(zip, /symbolic link/)
})

test('duplicate entries (also by case) and a file inside a file are refused', () => {
    refused(zipSync({ 'update/A.xml': text('1'), 'update/a.xml': text('2') }), /appears twice/)
    refused(zipSync({ update: text('1'), 'update/a.xml': text('2') }), /lies inside the file/)
})

test('archive bombs: too many entries, too many bytes in one entry or in all, refused with the limit named', () => {
    const limits: ArchiveLimits = { maxEntries: 10, maxTotalBytes: 1_000_000, maxEntryBytes: 600_000 }
    const many: Record<string, Uint8Array> = {}
    for (let i = 0; i < 11; i++) many[`update/${i}.xml`] = text('x')
    refused(zipSync(many), /11 entries; at most 10/, limits)
    const zeros = new Uint8Array(700_000)
    refused(zipSync({ 'update/bomb.xml': [zeros, { level: 9 }] }), /inflates to 700000 bytes, over the limit/, limits)
    const half = new Uint8Array(500_000)
    refused(zipSync({ 'update/a.xml': [half, { level: 9 }], 'update/b.xml': [half, { level: 9 }], 'update/c.xml': [half, { level: 9 }] }), /over the limit/, limits)
})

/** Rewrites the declared uncompressed size of the only entry in both its headers. */
function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
    const buf = Buffer.from(zip)
    buf.writeUInt32LE(size, 22) // local header: uncompressed size
    const central = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    buf.writeUInt32LE(size, central + 24)
    return buf
}

test('a bomb whose header understates its size is stopped at the declared size, not inflated', () => {
    const zip = lieAboutSize(zipSync({ 'update/bomb.xml': [new Uint8Array(5_000_000), { level: 9 }] }), 1000)
    refused(zip, /inflates to more than its declared 1000 bytes/)
})

test('corrupt data, a bad checksum, encryption and other compression methods are refused', () => {
    refused(text('not a zip at all, just some text here'), /not a zip archive/)
    const zip = Buffer.from(zipSync({ 'update/a.xml': [text('hello hello hello'), { level: 0 }] }))
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    const badCrc = Buffer.from(zip)
    badCrc.writeUInt32LE(0xdeadbeef, central + 16)
    refused(badCrc, /fails its checksum/)
    const encrypted = Buffer.from(zip)
    encrypted.writeUInt16LE(1, central + 8)
    refused(encrypted, /is encrypted/)
    const method = Buffer.from(zip)
    method.writeUInt16LE(12, central + 10)
    refused(method, /compression method 12/)
})
