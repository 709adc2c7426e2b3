import * as zlib from 'node:zlib'

/**
 * Reads an uploaded application package (a zip, as `now-sdk pack` writes it) into memory, refusing
 * anything that could write outside the package or exhaust the instance: entry names that climb out
 * (`..`), absolute or drive paths, backslashes, control characters, links, duplicates, encrypted
 * entries, unknown compression, more entries or more inflated bytes than the limits, and entries whose
 * size or checksum do not match their header. Nothing is written anywhere: the caller gets the files
 * or an ArchiveError, never part of the package.
 */

export interface ArchiveLimits {
    /** Most entries a package may hold. */
    maxEntries: number
    /** Most bytes all entries may inflate to, together. */
    maxTotalBytes: number
    /** Most bytes one entry may inflate to. */
    maxEntryBytes: number
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 20_000, maxTotalBytes: 256 * 1024 * 1024, maxEntryBytes: 32 * 1024 * 1024 }

export class ArchiveError extends Error {
    constructor(message: string) {
        super(message)
        this.name = 'ArchiveError'
    }
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
/** Unix file-type bits in the high half of the external attributes: a symbolic link. */
const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/**
 * The archive-relative path of an entry name, or an error naming why it is refused. `now-sdk pack`
 * writes names with one leading "/" (relative to the package root), so exactly one is accepted.
 */
export function safeEntryPath(name: string): string {
    const shown = JSON.stringify(name.slice(0, 200))
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name)) throw new ArchiveError(`entry ${shown} has control characters in its name`)
    if (name.includes('\\')) throw new ArchiveError(`entry ${shown} has a backslash in its name`)
    if (/^[A-Za-z]:/.test(name)) throw new ArchiveError(`entry ${shown} names a drive`)
    const rel = name.startsWith('/') ? name.slice(1) : name
    if (rel.startsWith('/')) throw new ArchiveError(`entry ${shown} is an absolute path`)
    const parts = rel.split('/')
    if (parts.some((p) => p === '..')) throw new ArchiveError(`entry ${shown} climbs out of the package (..)`)
    if (parts.some((p, i) => (p === '' || p === '.') && i < parts.length - 1)) throw new ArchiveError(`entry ${shown} has an empty or "." path segment`)
    if (rel.length > 1024) throw new ArchiveError(`entry ${shown} has a name longer than 1024 characters`)
    return rel
}

interface CentralEntry {
    name: string
    flags: number
    method: number
    crc: number
    compressedSize: number
    size: number
    localOffset: number
    unixMode: number
}

function findEndOfCentralDirectory(buf: Buffer): number {
    // The record is 22 bytes plus a comment of at most 65535.
    const stop = Math.max(0, buf.length - 22 - 0xffff)
    for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i
    throw new ArchiveError('not a zip archive (no end of central directory)')
}

function readCentralDirectory(buf: Buffer, limits: ArchiveLimits): CentralEntry[] {
    const eocd = findEndOfCentralDirectory(buf)
    const count = buf.readUInt16LE(eocd + 10)
    const size = buf.readUInt32LE(eocd + 12)
    const offset = buf.readUInt32LE(eocd + 16)
    if (count === 0xffff || offset === 0xffffffff) throw new ArchiveError('zip64 archives are not supported')
    if (count > limits.maxEntries) throw new ArchiveError(`the package has ${count} entries; at most ${limits.maxEntries} are allowed`)
    if (offset + size > eocd) throw new ArchiveError('corrupt zip archive (central directory out of bounds)')
    const entries: CentralEntry[] = []
    let p = offset
    for (let i = 0; i < count; i++) {
        if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ArchiveError('corrupt zip archive (bad central directory entry)')
        const nameLength = buf.readUInt16LE(p + 28)
        const extraLength = buf.readUInt16LE(p + 30)
        const commentLength = buf.readUInt16LE(p + 32)
        if (p + 46 + nameLength > eocd) throw new ArchiveError('corrupt zip archive (entry name out of bounds)')
        const flags = buf.readUInt16LE(p + 8)
        entries.push({
            flags,
            method: buf.readUInt16LE(p + 10),
            crc: buf.readUInt32LE(p + 16),
            compressedSize: buf.readUInt32LE(p + 20),
            size: buf.readUInt32LE(p + 24),
            localOffset: buf.readUInt32LE(p + 42),
            // Made on Unix (version made by, high byte 3): the mode is in the external attributes' high half.
            unixMode: buf.readUInt8(p + 5) === 3 ? buf.readUInt32LE(p + 38) >>> 16 : 0,
            // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII subset is all a package name needs.
            name: buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
        })
        p += 46 + nameLength + extraLength + commentLength
    }
    return entries
}

function entryData(buf: Buffer, e: CentralEntry, budget: number, limits: ArchiveLimits): Buffer {
    const p = e.localOffset
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_SIGNATURE) throw new ArchiveError(`entry "${e.name}": corrupt local header`)
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28)
    if (start + e.compressedSize > buf.length) throw new ArchiveError(`entry "${e.name}": data out of bounds`)
    const raw = buf.subarray(start, start + e.compressedSize)
    // The declared size is what the header claims; the inflater is bounded by the budget whatever it claims.
    const cap = Math.min(budget, limits.maxEntryBytes)
    if (e.size > cap) throw new ArchiveError(`entry "${e.name}" inflates to ${e.size} bytes, over the limit (${cap} bytes left of ${limits.maxTotalBytes})`)
    let data: Buffer
    if (e.method === 0) data = Buffer.from(raw)
    else if (e.method === 8) {
        try {
            data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) })
        } catch (err) {
            const code = (err as NodeJS.ErrnoException).code
            if (code === 'ERR_BUFFER_TOO_LARGE') throw new ArchiveError(`entry "${e.name}" inflates to more than its declared ${e.size} bytes`)
            throw new ArchiveError(`entry "${e.name}": corrupt deflate data`)
        }
    } else throw new ArchiveError(`entry "${e.name}" uses compression method ${e.method}; only stored and deflate are supported`)
    if (data.length !== e.size) throw new ArchiveError(`entry "${e.name}" inflates to ${data.length} bytes, not the ${e.size} its header declares`)
    if (zlib.crc32(data) >>> 0 !== e.crc >>> 0) throw new ArchiveError(`entry "${e.name}" fails its checksum`)
    return data
}

/** The package's files by archive-relative path (directories omitted). Throws ArchiveError on anything refused. */
export function readArchive(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Map<string, Buffer> {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    if (buf.length < 22) throw new ArchiveError('not a zip archive (too short)')
    const entries = readCentralDirectory(buf, limits)
    // Every name is checked before anything is inflated.
    const paths = entries.map((e) => {
        if (e.flags & 0x1) throw new ArchiveError(`entry "${e.name}" is encrypted`)
        if ((e.unixMode & S_IFMT) === S_IFLNK) throw new ArchiveError(`entry "${e.name}" is a symbolic link`)
        return safeEntryPath(e.name)
    })
    const files = new Map<string, Buffer>()
    const seen = new Set<string>()
    let total = 0
    entries.forEach((e, i) => {
        const rel = paths[i]
        // Names that differ only in case would be one file on a case-insensitive disk.
        const key = rel.replace(/\/$/, '').toLowerCase()
        if (seen.has(key)) throw new ArchiveError(`entry "${e.name}" appears twice in the package`)
        seen.add(key)
        if (rel.endsWith('/')) {
            if (e.size !== 0) throw new ArchiveError(`directory entry "${e.name}" has content`)
            return
        }
        const data = entryData(buf, e, limits.maxTotalBytes - total, limits)
        total += data.length
        files.set(rel, data)
    })
    for (const rel of files.keys()) {
        // A file named like a folder of another entry ("a" and "a/b") cannot both be written.
        const parts = rel.split('/')
        for (let i = 1; i < parts.length; i++) {
            if (files.has(parts.slice(0, i).join('/'))) throw new ArchiveError(`entry "${rel}" lies inside the file "${parts.slice(0, i).join('/')}"`)
        }
    }
    return files
}
