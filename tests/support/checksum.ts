import { createHash } from 'node:crypto'
import type { Instance } from '../../src/local/instance'

/** A digest of every row of every table: equal digests mean the database is unchanged, byte for byte. */
export function databaseChecksum(instance: Instance): string {
    const hash = createHash('sha256')
    const tables = instance.store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>
    for (const { name } of tables) {
        hash.update(`\u0001${name}`)
        for (const row of instance.store.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row))
    }
    return hash.digest('hex')
}
