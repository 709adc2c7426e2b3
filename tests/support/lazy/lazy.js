/**
 * A module whose exports load at their first use (jest.config.js maps `typescript` and `sass` here).
 * `import * as ts from 'typescript'` then costs nothing until a property is read; every property read,
 * `in` and key listing goes to the real module, loaded once, except the names in `overrides`: each is
 * made (once) by its function, given a function that loads the real module, so it can do without it.
 * `default` is the module itself, as esModuleInterop gives a CommonJS module.
 */
module.exports = function lazy(load, overrides = {}) {
    let real
    const target = () => (real ??= load())
    const made = new Map()
    return new Proxy(
        {},
        {
            get: (_, key) => {
                if (key === '__esModule') return true
                if (key === 'default') return target()
                if (Object.hasOwn(overrides, key)) {
                    if (!made.has(key)) made.set(key, overrides[key](target))
                    return made.get(key)
                }
                return Reflect.get(target(), key)
            },
            has: (_, key) => Reflect.has(target(), key),
            ownKeys: () => Reflect.ownKeys(target()),
            getOwnPropertyDescriptor: (_, key) => {
                const d = Reflect.getOwnPropertyDescriptor(target(), key)
                return d && { ...d, configurable: true }
            },
        },
    )
}
