import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { lockDatabase, lockFileOf } from '../../src/local/store/db-lock'

/*
 * `npm install && npm start` on a fresh clone: the default database .now-local/psm.db lives in a folder the
 * clone does not have yet. Taking the database's lock (the first thing `npm start` writes) must make that
 * folder rather than fail with ENOENT.
 */
describe('database lock on a fresh clone', () => {
    it("makes the database's missing folder, takes the lock and releases it", () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-lock-'))
        try {
            const db = path.join(root, '.now-local', 'nested', 'psm.db')
            expect(fs.existsSync(path.dirname(db))).toBe(false)
            const lock = lockDatabase(db)
            expect(lock.file).toBe(lockFileOf(db))
            expect(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid).toBe(process.pid)
            lock.release()
            expect(fs.existsSync(lock.file)).toBe(false)
        } finally {
            fs.rmSync(root, { recursive: true, force: true })
        }
    })
})
