import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

/** scrypt parameters: ~50 ms per hash on this class of machine, so guessing is slow. */
const N = 16384
const R = 8
const P = 1
const KEYLEN = 32
const PREFIX = 'scrypt$'

export function isPasswordHash(value: string): boolean {
    return value.startsWith(PREFIX)
}

export function hashPassword(plain: string): string {
    const salt = randomBytes(16)
    const key = scryptSync(plain, salt, KEYLEN, { N, r: R, p: P })
    return `${PREFIX}${N}$${salt.toString('base64')}$${key.toString('base64')}`
}

export function verifyPassword(plain: string, stored: string | null | undefined): boolean {
    if (!stored || !isPasswordHash(stored)) return false
    const [, n, salt, key] = stored.split('$')
    const expected = Buffer.from(key, 'base64')
    const actual = scryptSync(plain, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: R, p: P })
    return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** Field types whose values are one-way hashed when written and never returned. */
export const PASSWORD_TYPES = new Set(['password', 'password2'])
