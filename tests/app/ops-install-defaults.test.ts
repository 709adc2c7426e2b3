import type { Instance } from '../../src/local/instance'
import { builtAppDir, installedInstance } from '../support/instance'
import { get, personaId, rows, update } from '../support/records'

/*
 * The service-management configuration a fresh install starts with, and what an upgrade does with it. Like
 * the reference personas, the required controls and availability targets per persona ship as first-install
 * data ("Load When: New Install", the build's unload/ folder): a fresh install shows them; an upgrade (the
 * same upload again, as `now-sdk install` of a newer build) never loads them again, so a target an
 * administrator changed and a control they deleted stay as the administrator left them.
 */

let instance: Instance

beforeAll(() => {
    // The run's installed image: a fresh install of this build through the real installer (tests/support/app-image.ts).
    instance = installedInstance()
})
afterAll(() => instance.close())

const controlsOf = (persona: string) => rows('x_psm_persona_required_control', `persona=${personaId(persona)}^active=true^ORDERBYcontrol`).map((r) => r.getValue('control'))

test('a fresh install requires controls of every reference persona, VPN and device management of the mobile ones', () => {
    instance.run(() => {
        expect(controlsOf('Telecommuter')).toEqual(['device_management', 'disk_encryption', 'mfa', 'vpn'])
        expect(controlsOf('Virtual Executive')).toEqual(['device_management', 'disk_encryption', 'mfa', 'vpn'])
        expect(controlsOf('Business Analyst')).toEqual(['disk_encryption', 'mfa'])
        expect(controlsOf('Technology Support')).toEqual(['device_management', 'mfa'])
        expect(controlsOf('Knowledge Worker')).toEqual(['mfa'])
    })
})

test('a fresh install has an availability target and what to use instead for every reference persona', () => {
    instance.run(() => {
        const targets = rows('x_psm_persona_availability_target', 'serviceISEMPTY')
        const byPersona = new Map(targets.map((t) => [t.getDisplayValue('persona'), t]))
        expect([...byPersona.keys()].sort()).toEqual(['Business Analyst', 'Knowledge Worker', 'Technology Support', 'Telecommuter', 'Virtual Executive'])
        expect(byPersona.get('Virtual Executive')?.getValue('target_pct')).toBe('99.9')
        expect(byPersona.get('Telecommuter')?.getValue('workaround')).toContain('mobile data')
    })
})

test('an upgrade keeps what an administrator changed and deleted, and adds nothing twice', () => {
    const before = instance.run(() => ({ controls: rows('x_psm_persona_required_control').length, targets: rows('x_psm_persona_availability_target').length }))
    instance.run(() => {
        const target = rows('x_psm_persona_availability_target', `persona=${personaId('Telecommuter')}^serviceISEMPTY`)[0]
        expect(update('x_psm_persona_availability_target', target.getUniqueValue(), { target_pct: 98, workaround: 'call the desk' })).toBe(true)
        const kw = get('x_psm_persona_required_control', 'persona', personaId('Knowledge Worker'))
        expect(kw.deleteRecord()).toBe(true)
    })
    instance.install(builtAppDir())
    instance.run(() => {
        const target = rows('x_psm_persona_availability_target', `persona=${personaId('Telecommuter')}^serviceISEMPTY`)[0]
        expect(target.getValue('target_pct')).toBe('98')
        expect(target.getValue('workaround')).toBe('call the desk')
        expect(controlsOf('Knowledge Worker')).toEqual([])
        expect(rows('x_psm_persona_required_control').length).toBe(before.controls - 1)
        expect(rows('x_psm_persona_availability_target').length).toBe(before.targets)
    })
})
