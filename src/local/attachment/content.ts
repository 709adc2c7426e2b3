import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'

/*
 * How an attachment's bytes are kept, as the platform keeps them: the sys_attachment record holds the metadata
 * ("compressed": "Flag that indicates whether the attachment file has been compressed", "size_compressed":
 * "Size of the compressed attachment file. If the file is not compressed, empty", Attachment API), and "the
 * actual binary data of the file is split into chunks" saved as base64 text in the data field of
 * sys_attachment_doc records, in order of their position. The compression is gzip, the stored stream is cut
 * into chunks of CHUNK_SIZE_BYTES (sys_attachment.chunk_size_bytes records the size used, so a reader never
 * depends on this constant).
 */

export const CHUNK_SIZE_BYTES = 700_000

export interface StoredContent {
    compressed: boolean
    sizeBytes: number
    sizeCompressed: number | null
    hash: string
    chunks: string[]
}

/** The bytes as they are stored: gzip-compressed, then cut into base64 chunks. */
export function encodeContent(data: Buffer, chunkSize = CHUNK_SIZE_BYTES): StoredContent {
    const stream = gzipSync(data)
    const chunks: string[] = []
    for (let at = 0; at < stream.length; at += chunkSize) chunks.push(stream.subarray(at, at + chunkSize).toString('base64'))
    return { compressed: true, sizeBytes: data.length, sizeCompressed: stream.length, hash: createHash('sha256').update(data).digest('hex'), chunks }
}

/** The file's bytes from its chunks (in position order); throws when they do not decode to the recorded size. */
export function decodeContent(chunks: readonly string[], compressed: boolean, sizeBytes: number | null): Buffer {
    const stream = Buffer.concat(chunks.map((c) => Buffer.from(c, 'base64')))
    const data = compressed ? gunzipSync(stream) : stream
    if (sizeBytes !== null && data.length !== sizeBytes) throw new Error(`The stored attachment is damaged: ${data.length} bytes where ${sizeBytes} were recorded`)
    return data
}

export interface ImageSize {
    width: number
    height: number
}

/** The width and height of a PNG, GIF or JPEG image ("image_width": "If an image file, the width of the image"); null otherwise. */
export function imageSize(data: Buffer): ImageSize | null {
    if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47 && data.subarray(12, 16).toString('latin1') === 'IHDR') {
        return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
    }
    if (data.length >= 10 && /^GIF8[79]a/.test(data.subarray(0, 6).toString('latin1'))) return { width: data.readUInt16LE(6), height: data.readUInt16LE(8) }
    if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
        // JPEG: walk the segments to the first start-of-frame marker (SOF0..SOF15 except DHT, JPG and DAC).
        let at = 2
        while (at + 9 < data.length) {
            if (data[at] !== 0xff) return null
            const marker = data[at + 1]
            const length = data.readUInt16BE(at + 2)
            if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
                return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) }
            }
            if (length < 2) return null
            at += 2 + length
        }
    }
    return null
}
