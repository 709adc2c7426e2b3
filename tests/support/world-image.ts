import { Instance } from '../../src/local/instance'
import { installedInstance } from './instance'

/*
 * One world per suite. Many suites start every test from the same records: the installed app, a few
 * people, groups and roles (tests/app/change-fixtures.ts buildWorld()), sometimes a change taken into
 * Authorize. Building them runs the app's rules for every insert: the same work before each test, which
 * needs the state, not the work. sharedWorld() builds the world once, in the suite's beforeAll, on
 * installedInstance(), saves its database as an image (SQLite's serialized form, like the run's images in
 * tests/support/app-image.ts) and opens a private in-memory copy of it before each test, closed after it.
 * Each test still starts from the same records and cannot see another test's writes, as when it built
 * them itself; the world's sys_ids are the same in every test of the suite.
 * The world is settled before it is saved: instance.drain() runs the events and the async rules its
 * build queued (buildWorld() pins Cara's persona, which queues the provisioning of her new bundle), which
 * each test's first drain ran before; work queued in memory cannot be saved in a database image. What
 * the world is made of is unchanged; its own emails and requests are there when a test starts.
 * PSM_NO_WORLD_IMAGE=1 (or PSM_NO_APP_IMAGE=1) builds the world before each test instead, to compare.
 */

export interface SharedWorld<T> {
    /** This test's instance (the active one): a private copy of the suite's world. */
    readonly instance: Instance
    /** What the build returned (ids of the world's records), the same for every test of the suite. */
    readonly world: T
}

/**
 * Registers the suite's hooks: `build` runs once (on an installed instance, made active) and each test gets
 * its own copy of the result. Call at the top level of a suite file (or of a describe block).
 */
export function sharedWorld<T>(build: (instance: Instance) => T): SharedWorld<T> {
    const perTest = process.env.PSM_NO_WORLD_IMAGE === '1' || process.env.PSM_NO_APP_IMAGE === '1'
    let image: Buffer | undefined
    let world: T | undefined
    let current: Instance | undefined

    if (!perTest) {
        beforeAll(() => {
            const instance = installedInstance()
            try {
                world = instance.run(() => build(instance))
                instance.drain()
                if (instance.scheduler.pending()) throw new Error(`The world left ${instance.scheduler.pending()} queued jobs: its image would lose them`)
                image = instance.store.serialize()
            } finally {
                instance.close()
            }
        })
    }
    beforeEach(() => {
        if (perTest) {
            current = installedInstance()
            const instance = current
            world = instance.run(() => build(instance))
            instance.drain()
        } else {
            // Saved by this same code after Instance.create booted it: opened without booting again.
            current = Instance.create({ image, bootedImage: true })
        }
    })
    afterEach(() => {
        current?.close()
        current = undefined
    })
    return {
        get instance(): Instance {
            if (!current) throw new Error('sharedWorld: the instance exists only inside a test')
            return current
        },
        get world(): T {
            if (world === undefined) throw new Error('sharedWorld: the world is built before the first test')
            return world
        },
    }
}
