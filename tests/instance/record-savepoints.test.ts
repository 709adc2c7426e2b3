import { GlideRecord } from '../../src/local/glide'
import { Instance } from '../../src/local/instance'
import { CANCELLED_MESSAGE, Quota, withQuota } from '../../src/local/store/quota'

/**
 * A write inside a transaction is atomic on its own (engine/record-ops.ts): a savepoint per write
 * with rules, or, for an insert into a table that runs no rule for it, the single statement itself
 * (no savepoint: a 200-member CAB's history rows would pay for 200). Both must end the same way when
 * the write fails at its end, as when the transaction's quota ("A transaction quota cancels any
 * transaction in violation of the policy", Transaction quotas) is found exceeded there: the write is
 * undone, the transaction it joined goes on (a script may catch the cancellation) and commits nothing
 * more of it.
 */
let instance: Instance

beforeEach(() => {
    instance = Instance.create({ db: ':memory:' })
    instance.run(() => {
        instance.store.defineTables(
            [
                { name: 'u_plain', label: 'Plain', columns: { name: { type: 'string' } } },
                { name: 'u_ruled', label: 'Ruled', columns: { name: { type: 'string' }, note: { type: 'string' } } },
                { name: 'u_journaled', label: 'Journaled', columns: { name: { type: 'string' }, comments: { type: 'journal_input' } } },
            ],
            'global',
        )
        const rule = new GlideRecord('sys_script')
        rule.initialize()
        for (const [k, v] of Object.entries({ name: 'note', collection: 'u_ruled', when: 'before', action_insert: true, active: true, order: 100 })) rule.setValue(k, v)
        rule.setValue('script', "current.setValue('note', 'ruled');")
        rule.setWorkflow(false)
        rule.insert()
        const after = new GlideRecord('sys_script')
        after.initialize()
        for (const [k, v] of Object.entries({ name: 'event', collection: 'u_ruled', when: 'after', action_insert: true, active: true, order: 100 })) after.setValue(k, v)
        after.setValue('script', "gs.eventQueue('u_ruled.inserted', current, current.getValue('name'), '');")
        after.setWorkflow(false)
        after.insert()
    })
})
afterEach(() => instance.close())

function insert(table: string, name: string): string | null {
    const gr = new GlideRecord(table)
    gr.initialize()
    gr.setValue('name', name)
    return gr.insert()
}

function stored(table: string): number {
    return (instance.store.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
}

describe.each(['u_plain', 'u_ruled'])('an insert into %s inside a transaction', (table) => {
    test('is kept when it succeeds, and commits with its transaction', () => {
        instance.run(() => instance.store.transaction(() => expect(insert(table, 'kept')).toMatch(/^[0-9a-f]{32}$/)))
        expect(stored(table)).toBe(1)
    })

    test('is undone when the quota is found exceeded at its end, and the transaction goes on without it', async () => {
        let inside = -1
        let after = -1
        await expect(
            withQuota(new Quota(-1), () =>
                instance.run(() =>
                    instance.store.transaction(() => {
                        expect(() => insert(table, 'cancelled')).toThrow(CANCELLED_MESSAGE)
                        inside = stored(table)
                        instance.store.prepare(`INSERT INTO ${table} (sys_id, name) VALUES ('a1', 'written by the transaction')`).run()
                        after = stored(table)
                    }),
                ),
            ),
        ).rejects.toThrow(CANCELLED_MESSAGE)
        // The cancelled insert left nothing; the transaction's own later write was there until its end refused it too.
        expect(inside).toBe(0)
        expect(after).toBe(1)
        expect(stored(table)).toBe(0)
    })
})

function events(): number {
    return (instance.store.prepare("SELECT COUNT(*) AS n FROM sysevent WHERE name = 'u_ruled.inserted'").get() as { n: number }).n
}

test('what an after rule wrote is undone with the insert that failed at its end, and kept when it succeeds', async () => {
    instance.run(() => instance.store.transaction(() => insert('u_ruled', 'kept')))
    expect(events()).toBe(1)
    let inside = { rows: -1, events: -1 }
    await expect(
        withQuota(new Quota(-1), () =>
            instance.run(() =>
                instance.store.transaction(() => {
                    expect(() => insert('u_ruled', 'cancelled')).toThrow(CANCELLED_MESSAGE)
                    inside = { rows: stored('u_ruled'), events: events() }
                }),
            ),
        ),
    ).rejects.toThrow(CANCELLED_MESSAGE)
    expect(inside).toEqual({ rows: 1, events: 1 })
})

test('an insert that succeeds inside a failing transaction is rolled back with it, rules and all', () => {
    expect(() =>
        instance.run(() =>
            instance.store.transaction(() => {
                insert('u_ruled', 'rolled back')
                insert('u_plain', 'rolled back')
                throw new Error('outer fails')
            }),
        ),
    ).toThrow('outer fails')
    expect([stored('u_ruled'), stored('u_plain'), events()]).toEqual([0, 0, 0])
})

/*
 * A table with journal fields: "Fields of the journal_input type are multi-line text boxes which, upon
 * save, add the comments into the Activity field with a notation" ("Journal fields"); each entry is a
 * sys_journal_field row written with the save. An insert that adds no entry (a CAB's approvals: their
 * comments are empty) is one statement and joins its transaction without a savepoint; one that adds
 * an entry opens it before the entry, so both are undone together.
 */
function journaled(name: string, comments: string): string | null {
    const gr = new GlideRecord('u_journaled')
    gr.initialize()
    gr.setValue('name', name)
    if (comments) gr.setValue('comments', comments)
    return gr.insert()
}

function entries(): number {
    return (instance.store.prepare("SELECT COUNT(*) AS n FROM sys_journal_field WHERE name = 'u_journaled'").get() as { n: number }).n
}

test('inserts into a table with journal fields that add no entry open no savepoint', () => {
    const before = instance.store.savepointsOpened
    instance.run(() =>
        instance.store.transaction(() => {
            for (let i = 0; i < 20; i++) expect(journaled(`row ${i}`, '')).toMatch(/^[0-9a-f]{32}$/)
        }),
    )
    expect(instance.store.savepointsOpened - before).toBe(0)
    expect([stored('u_journaled'), entries()]).toEqual([20, 0])
})

test('an insert that adds a journal entry keeps both when it succeeds, and undoes both when it fails at its end', async () => {
    instance.run(() => instance.store.transaction(() => journaled('kept', 'first comment')))
    expect([stored('u_journaled'), entries()]).toEqual([1, 1])
    let inside = { rows: -1, entries: -1 }
    await expect(
        withQuota(new Quota(-1), () =>
            instance.run(() =>
                instance.store.transaction(() => {
                    expect(() => journaled('cancelled', 'second comment')).toThrow(CANCELLED_MESSAGE)
                    inside = { rows: stored('u_journaled'), entries: entries() }
                }),
            ),
        ),
    ).rejects.toThrow(CANCELLED_MESSAGE)
    expect(inside).toEqual({ rows: 1, entries: 1 })
    expect([stored('u_journaled'), entries()]).toEqual([1, 1])
})

/*
 * A numbered table: its insert moves the counter (sys_number) before writing its row. That move is part of
 * the insert's own row (Store.prepareOwnRow), not a write inside it, so an insert with rules joins its
 * transaction without a savepoint as any other does; when it fails, its row is undone and its number
 * skipped, as a failed insert without rules skips one (the platform's counter does not give numbers back).
 */
describe('an insert into a numbered table inside a transaction', () => {
    beforeEach(() =>
        instance.run(() => {
            instance.store.defineTables([{ name: 'u_numbered', label: 'Numbered', columns: { name: { type: 'string' }, number: { type: 'string' } } }], 'global')
            const counter = new GlideRecord('sys_number')
            counter.initialize()
            for (const [k, v] of Object.entries({ category: 'u_numbered', prefix: 'UN', number: 1000, maximum_digits: 5 })) counter.setValue(k, v)
            counter.insert()
        }),
    )
    const numberOf = (sysId: string | null) => (instance.store.prepare('SELECT number FROM u_numbered WHERE sys_id = ?').get(sysId) as { number: string }).number
    const counter = () => (instance.store.prepare("SELECT number FROM sys_number WHERE category = 'u_numbered'").get() as { number: number }).number

    test('opens no savepoint and takes consecutive numbers', () => {
        const before = instance.store.savepointsOpened
        const ids = instance.run(() => instance.store.transaction(() => [insert('u_numbered', 'a'), insert('u_numbered', 'b')]))
        expect(instance.store.savepointsOpened - before).toBe(0)
        expect(ids.map(numberOf)).toEqual(['UN01000', 'UN01001'])
    })

    test('that fails at its end is undone and skips its number; the transaction goes on', async () => {
        let inside = { rows: -1, counter: -1 }
        await expect(
            withQuota(new Quota(-1), () =>
                instance.run(() =>
                    instance.store.transaction(() => {
                        expect(() => insert('u_numbered', 'cancelled')).toThrow(CANCELLED_MESSAGE)
                        inside = { rows: stored('u_numbered'), counter: counter() }
                    }),
                ),
            ),
        ).rejects.toThrow(CANCELLED_MESSAGE)
        expect(inside).toEqual({ rows: 0, counter: 1001 })
    })

    test('without rules inside a failing joined insert, its number is taken back with the enclosing insert', () => {
        instance.run(() =>
            instance.store.transaction(() => {
                expect(() =>
                    instance.store.joinedInsert(
                        () => {
                            const gr = new GlideRecord('u_numbered')
                            gr.initialize()
                            gr.setWorkflow(false)
                            gr.setValue('name', 'inner')
                            gr.insert()
                            throw new Error('the enclosing insert fails')
                        },
                        () => undefined,
                    ),
                ).toThrow('the enclosing insert fails')
                expect([stored('u_numbered'), counter()]).toEqual([0, 1000])
            }),
        )
    })
})

/*
 * An update with rules inside a transaction joins it as an insert does (Store.joinedInsert): its UPDATE
 * runs without a savepoint, checking that the row still holds what the record read (Store.updateOwnRow);
 * the first other write inside it opens the savepoint. When it fails, the row gets back exactly what it
 * held just before, whoever wrote that.
 */
describe('an update with rules inside a transaction', () => {
    let id = ''
    beforeEach(() =>
        instance.run(() => {
            id = insert('u_ruled', 'original') as string
            const rule = new GlideRecord('sys_script')
            rule.initialize()
            for (const [k, v] of Object.entries({ name: 'log', collection: 'u_ruled', when: 'after', action_update: true, active: true, order: 100 })) rule.setValue(k, v)
            rule.setValue('script', "if (current.getValue('name') == 'logged') { var p = new GlideRecord('u_plain'); p.initialize(); p.setValue('name', 'log'); p.insert(); }")
            rule.setWorkflow(false)
            rule.insert()
        }),
    )
    const row = () => ({ ...(instance.store.prepare('SELECT * FROM u_ruled WHERE sys_id = ?').get(id) as Record<string, unknown>) })
    const loaded = () => {
        const gr = new GlideRecord('u_ruled')
        expect(gr.get(id)).toBe(true)
        return gr
    }
    const rename = (gr: GlideRecord, name: string) => {
        gr.setValue('name', name)
        return gr.update()
    }
    // Fails at its end: the transaction quota is found exceeded there (see above).
    const failing = async (fn: () => void) => {
        await expect(withQuota(new Quota(-1), () => instance.run(() => instance.store.transaction(fn)))).rejects.toThrow(CANCELLED_MESSAGE)
    }

    test('opens no savepoint and is kept when it succeeds', () => {
        const before = instance.store.savepointsOpened
        instance.run(() => instance.store.transaction(() => expect(rename(loaded(), 'renamed')).toBe(id)))
        expect(instance.store.savepointsOpened - before).toBe(0)
        expect(row()).toMatchObject({ name: 'renamed', sys_mod_count: 1 })
    })

    test('that fails at its end gives the row back every value it overwrote', async () => {
        const original = row()
        let inside: Record<string, unknown> = {}
        const gr = instance.run(loaded)
        await failing(() => {
            expect(() => rename(gr, 'cancelled')).toThrow(CANCELLED_MESSAGE)
            inside = row()
        })
        expect(inside).toEqual(original)
    })

    test('that fails after its after rule wrote undoes both', async () => {
        const original = row()
        let inside = { row: {} as Record<string, unknown>, logs: -1 }
        const gr = instance.run(loaded)
        await failing(() => {
            expect(() => rename(gr, 'logged')).toThrow(CANCELLED_MESSAGE)
            inside = { row: row(), logs: stored('u_plain') }
        })
        expect(inside).toEqual({ row: original, logs: 0 })
        instance.run(() => instance.store.transaction(() => expect(rename(loaded(), 'logged')).toBe(id)))
        expect([row().name, stored('u_plain')]).toEqual(['logged', 1])
    })

    test('whose before rule wrote first is undone with that write (its savepoint was open before the row was written)', async () => {
        instance.run(() => {
            const rule = new GlideRecord('sys_script')
            rule.initialize()
            for (const [k, v] of Object.entries({ name: 'log first', collection: 'u_ruled', when: 'before', action_update: true, active: true, order: 100 })) rule.setValue(k, v)
            rule.setValue('script', "var p = new GlideRecord('u_plain'); p.initialize(); p.setValue('name', 'before'); p.insert();")
            rule.setWorkflow(false)
            rule.insert()
        })
        const original = row()
        let inside = { row: {} as Record<string, unknown>, logs: -1 }
        const gr = instance.run(loaded)
        await failing(() => {
            expect(() => rename(gr, 'cancelled')).toThrow(CANCELLED_MESSAGE)
            inside = { row: row(), logs: stored('u_plain') }
        })
        expect(inside).toEqual({ row: original, logs: 0 })
    })

    test('of a record read before another write changed its row gives back what that write stored, not what it read', async () => {
        const stale = instance.run(loaded)
        instance.run(() => rename(loaded(), 'changed by another'))
        const current = row()
        let inside: Record<string, unknown> = {}
        await failing(() => {
            expect(() => rename(stale, 'stale write')).toThrow(CANCELLED_MESSAGE)
            inside = row()
        })
        expect(inside).toEqual(current)
        expect(current.name).toBe('changed by another')
    })
})

/*
 * A delete with rules inside a transaction joins it as an insert does: its DELETE returns the row it removed
 * (Store.deleteOwnRow), and its failure puts that row back as it was, rowid and all.
 */
describe('a delete with rules inside a transaction', () => {
    let id = ''
    beforeEach(() =>
        instance.run(() => {
            insert('u_ruled', 'first')
            id = insert('u_ruled', 'deleted') as string
            insert('u_ruled', 'last')
            const rule = new GlideRecord('sys_script')
            rule.initialize()
            for (const [k, v] of Object.entries({ name: 'log', collection: 'u_ruled', when: 'after', action_delete: true, active: true, order: 100 })) rule.setValue(k, v)
            rule.setValue('script', "if (current.getValue('name') == 'logged') { var p = new GlideRecord('u_plain'); p.initialize(); p.setValue('name', 'log'); p.insert(); }")
            rule.setWorkflow(false)
            rule.insert()
        }),
    )
    const table = () => instance.store.prepare('SELECT rowid, * FROM u_ruled ORDER BY rowid').all()
    const remove = () => {
        const gr = new GlideRecord('u_ruled')
        expect(gr.get(id)).toBe(true)
        return gr.deleteRecord()
    }
    const failing = async (fn: () => void) => {
        await expect(withQuota(new Quota(-1), () => instance.run(() => instance.store.transaction(fn)))).rejects.toThrow(CANCELLED_MESSAGE)
    }

    test('opens no savepoint and is kept when it succeeds', () => {
        const before = instance.store.savepointsOpened
        instance.run(() => instance.store.transaction(() => expect(remove()).toBe(true)))
        expect(instance.store.savepointsOpened - before).toBe(0)
        expect(stored('u_ruled')).toBe(2)
    })

    test('that fails at its end puts the row back as it was, rowid and all', async () => {
        const original = table()
        let inside: unknown[] = []
        await failing(() => {
            expect(() => remove()).toThrow(CANCELLED_MESSAGE)
            inside = table()
        })
        expect(inside).toEqual(original)
    })

    test('that fails after its after rule wrote undoes both', async () => {
        instance.run(() => {
            const gr = new GlideRecord('u_ruled')
            gr.get(id)
            gr.setValue('name', 'logged')
            gr.setWorkflow(false)
            gr.update()
        })
        const original = table()
        let inside = { rows: [] as unknown[], logs: -1 }
        await failing(() => {
            expect(() => remove()).toThrow(CANCELLED_MESSAGE)
            inside = { rows: table(), logs: stored('u_plain') }
        })
        expect(inside).toEqual({ rows: original, logs: 0 })
    })
})
