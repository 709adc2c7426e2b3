import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { GlideRecord, gs } from '../../src/local/glide'
import { Instance } from '../../src/local/instance'

/**
 * Group commit (Store.batched), which scheduled jobs and `npm run rescore` use: every record
 * operation inside stays atomic, but the database commits once per group of operations. What
 * another connection sees is what a crash would leave.
 */
let dir: string
let instance: Instance
let observer: BetterSqlite3.Database

function insertTask(description: string): string | null {
    const gr = new GlideRecord('task')
    gr.initialize()
    gr.setValue('short_description', description)
    return gr.insert()
}

/** Tasks as another connection (or the database after a crash) sees them. */
function committedTasks(): number {
    return (observer.prepare("SELECT COUNT(*) AS n FROM task WHERE short_description LIKE 'batch %'").get() as { n: number }).n
}

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-group-'))
    const file = path.join(dir, 'group.db')
    instance = Instance.create({ db: file })
    observer = new BetterSqlite3(file, { readonly: true })
})
afterEach(() => {
    observer.close()
    instance.close()
    fs.rmSync(dir, { recursive: true, force: true })
})

test('writes are committed once per group, and the rest when the batch ends', () => {
    instance.run(() =>
        instance.store.batched(() => {
            for (let i = 0; i < 7; i++) {
                insertTask(`batch ${i}`)
                // Groups of 3: after the 3rd and 6th write the group is committed.
                expect(committedTasks()).toBe(i < 2 ? 0 : i < 5 ? 3 : 6)
            }
        }, 3),
    )
    expect(committedTasks()).toBe(7)
})

test('checkpoint() commits what the batch wrote so far', () => {
    instance.run(() =>
        instance.store.batched(() => {
            insertTask('batch a')
            insertTask('batch b')
            expect(committedTasks()).toBe(0)
            instance.store.checkpoint()
            expect(committedTasks()).toBe(2)
        }),
    )
})

test('a refused write inside a batch undoes only itself', () => {
    instance.run(() => {
        const rule = new GlideRecord('sys_script')
        rule.initialize()
        for (const [k, v] of Object.entries({ name: 'refuse', collection: 'task', when: 'before', action_insert: true, active: true, order: 100 })) rule.setValue(k, v)
        rule.setValue('script', "(function(current){ if (current.getValue('short_description') === 'batch refused') current.setAbortAction(true) })(current)")
        rule.insert()
        instance.store.batched(() => {
            expect(insertTask('batch kept')).not.toBeNull()
            expect(insertTask('batch refused')).toBeNull()
            expect(insertTask('batch also kept')).not.toBeNull()
        })
    })
    expect(committedTasks()).toBe(2)
})

test('an exception out of the batch rolls back the uncommitted group only, and caches forget it', () => {
    instance.run(() => {
        gs.setProperty('x_test.group', 'before')
        expect(() =>
            instance.store.batched(() => {
                insertTask('batch 1')
                insertTask('batch 2')
                gs.setProperty('x_test.group', 'inside')
                expect(gs.getProperty('x_test.group')).toBe('inside')
                throw new Error('job failed')
            }, 2),
        ).toThrow('job failed')
        expect(gs.getProperty('x_test.group')).toBe('before')
        expect(new GlideRecord('task').getRowCount()).toBe(2)
    })
    expect(committedTasks()).toBe(2)
})

test('inside a transaction already, a batch joins it', () => {
    instance.run(() =>
        expect(() =>
            instance.store.transaction(() => {
                instance.store.batched(() => insertTask('batch joined'), 1)
                expect(committedTasks()).toBe(0)
                throw new Error('outer rolls back')
            }),
        ).toThrow('outer rolls back'),
    )
    expect(committedTasks()).toBe(0)
    expect(instance.run(() => new GlideRecord('task').getRowCount())).toBe(0)
})
