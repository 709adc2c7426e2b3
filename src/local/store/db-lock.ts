import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

/**
 * One running instance per database file. `<db>.lock` holds the owner's pid; a second `npm start` (or
 * `--reset`, or `npm run rescore`) against a database a live process holds is refused before anything
 * is opened or deleted. A lock whose process is gone (killed, crashed) is stale and taken over.
 */

export interface LockOwner {
    pid: number
    host: string
    since: string
}

export class DatabaseInUse extends Error {
    constructor(
        readonly db: string,
        readonly owner: LockOwner,
        readonly lockFile: string,
    ) {
        super(
            `The database ${db} is in use by a running instance (pid ${owner.pid}, started ${owner.since}). ` +
                `Stop that instance first, or choose another database with --db PATH. Nothing was changed. ` +
                `(If no such process is running, delete ${lockFile}.)`,
        )
        this.name = 'DatabaseInUse'
    }
}

export interface DatabaseLock {
    readonly file: string
    release(): void
}

export function lockFileOf(db: string): string {
    return `${db}.lock`
}

/** Whether a process with this pid exists (EPERM: it does, under another user). */
function alive(pid: number): boolean {
    if (!Number.isInteger(pid) || pid <= 0) return false
    try {
        process.kill(pid, 0)
        return true
    } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'EPERM'
    }
}

function readOwner(file: string): LockOwner | null {
    let text: string
    try {
        text = fs.readFileSync(file, 'utf8')
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw e
    }
    try {
        const o = JSON.parse(text) as Partial<LockOwner>
        return { pid: Number(o.pid), host: String(o.host ?? ''), since: String(o.since ?? '') }
    } catch {
        // A lock cut short by a crash while being written: its owner cannot be running.
        return { pid: 0, host: '', since: '' }
    }
}

/** A lock held by a live process on this machine (a lock from another host is never taken over). */
function held(owner: LockOwner): boolean {
    return (owner.host !== '' && owner.host !== os.hostname()) || alive(owner.pid)
}

/**
 * Takes the lock of database `db` for this process, or throws DatabaseInUse. ':memory:' needs none.
 * Creation is atomic (O_EXCL); a stale lock is first moved aside by an atomic rename, so of two processes
 * taking over the same stale lock only one succeeds, and a live owner's lock is never removed.
 */
// platform-difference: database-file-lock
export function lockDatabase(db: string): DatabaseLock {
    if (db === ':memory:') return { file: '', release: () => undefined }
    const file = lockFileOf(db)
    // A fresh clone has no .now-local yet: the lock is the first file written there, so its folder is made
    // here (SQLite creates the database file, never its folder).
    fs.mkdirSync(path.dirname(path.resolve(db)), { recursive: true })
    const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() }
    for (let attempt = 0; attempt < 5; attempt++) {
        try {
            const fd = fs.openSync(file, 'wx')
            try {
                fs.writeSync(fd, JSON.stringify(me))
            } finally {
                fs.closeSync(fd)
            }
            let released = false
            return {
                file,
                release: () => {
                    if (released) return
                    released = true
                    // Only our own lock: never one another process took over meanwhile.
                    if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true })
                },
            }
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
        }
        const owner = readOwner(file)
        if (!owner) continue
        if (owner.pid === process.pid) throw new DatabaseInUse(db, owner, file)
        if (held(owner)) throw new DatabaseInUse(db, owner, file)
        const aside = `${file}.stale-${process.pid}`
        try {
            fs.renameSync(file, aside)
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue
            throw e
        }
        // Between reading and moving, another process may have taken the stale lock over: put its lock back.
        const moved = readOwner(aside)
        if (moved && held(moved)) {
            try {
                fs.linkSync(aside, file)
            } catch {
                // A third process holds the lock now; either way the database is in use.
            }
            fs.rmSync(aside, { force: true })
            throw new DatabaseInUse(db, moved, file)
        }
        fs.rmSync(aside, { force: true })
    }
    throw new Error(`Could not take the lock ${file}: it keeps changing (several instances starting at once?)`)
}
