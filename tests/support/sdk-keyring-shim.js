/*
 * Preloaded (node --require) into the `now-sdk` processes the integration test runs: the SDK keeps
 * credentials in the operating system's keychain through @napi-rs/keyring, which would touch the
 * developer's real credentials (and has no backend at all in a container). This replaces that one
 * third-party module with a store in $HOME (the test's temporary HOME), same API, nothing else changed.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const Module = require('node:module')

function storeFile() {
    const home = process.env.HOME
    if (!home) throw new Error('sdk-keyring-shim: HOME is not set')
    return path.join(home, '.now-sdk-test-keyring.json')
}

function readAll() {
    try {
        return JSON.parse(fs.readFileSync(storeFile(), 'utf8'))
    } catch {
        return {}
    }
}

class Entry {
    constructor(service, account) {
        this.key = `${service}\u0000${account}`
    }
    getPassword() {
        const all = readAll()
        return Object.prototype.hasOwnProperty.call(all, this.key) ? all[this.key] : null
    }
    setPassword(password) {
        const all = readAll()
        all[this.key] = password
        fs.writeFileSync(storeFile(), JSON.stringify(all), { mode: 0o600 })
    }
    deletePassword() {
        const all = readAll()
        const had = Object.prototype.hasOwnProperty.call(all, this.key)
        delete all[this.key]
        fs.writeFileSync(storeFile(), JSON.stringify(all), { mode: 0o600 })
        return had
    }
}

const originalLoad = Module._load
Module._load = function load(request, parent, isMain) {
    if (request === '@napi-rs/keyring') return { Entry }
    return originalLoad.call(this, request, parent, isMain)
}
