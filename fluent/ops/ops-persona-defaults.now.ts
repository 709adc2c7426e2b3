import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * First-install defaults for security posture and availability by persona (README, "Personas across service
 * management"): the controls each reference persona requires, and the availability target and "what to use
 * instead" each is told during an outage. Loaded once, on a new install (the platform's "Load When: New
 * Install", the build's unload/ folder), like the reference personas themselves (fluent/persona/personas.now.ts):
 * an upgrade never loads them again, so what an administrator changed or deleted stays so.
 *
 * Why these controls:
 * - mfa: every persona signs in with a second factor.
 * - device_management: devices that leave the office, or hold administrative access, are enrolled in device management.
 * - vpn: Virtual/Mobile personas reach internal services from outside the office network.
 * - disk_encryption: a laptop carried around, or holding business data, is encrypted.
 * Why these targets: the Virtual Executive works away from any office and has no fallback (99.9 %); the mobile and
 * support personas depend on remote access and the network all day (99.5 %); desk-based personas can switch to
 * local work for a while (99.0 %).
 */

Record({
    $id: Now.ID['required_control_telecommuter_mfa'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'), control: 'mfa', active: true },
})

Record({
    $id: Now.ID['required_control_telecommuter_device_management'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'), control: 'device_management', active: true },
})

Record({
    $id: Now.ID['required_control_telecommuter_vpn'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'), control: 'vpn', active: true },
})

Record({
    $id: Now.ID['required_control_telecommuter_disk_encryption'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'), control: 'disk_encryption', active: true },
})

Record({
    $id: Now.ID['required_control_virtual_executive_mfa'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'), control: 'mfa', active: true },
})

Record({
    $id: Now.ID['required_control_virtual_executive_device_management'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'), control: 'device_management', active: true },
})

Record({
    $id: Now.ID['required_control_virtual_executive_vpn'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'), control: 'vpn', active: true },
})

Record({
    $id: Now.ID['required_control_virtual_executive_disk_encryption'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'), control: 'disk_encryption', active: true },
})

Record({
    $id: Now.ID['required_control_business_analyst_mfa'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'), control: 'mfa', active: true },
})

Record({
    $id: Now.ID['required_control_business_analyst_disk_encryption'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'), control: 'disk_encryption', active: true },
})

Record({
    $id: Now.ID['required_control_technology_support_mfa'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'), control: 'mfa', active: true },
})

Record({
    $id: Now.ID['required_control_technology_support_device_management'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'), control: 'device_management', active: true },
})

Record({
    $id: Now.ID['required_control_knowledge_worker_mfa'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_required_control',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'), control: 'mfa', active: true },
})

Record({
    $id: Now.ID['availability_target_telecommuter'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_availability_target',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_telecommuter'), target_pct: 99.5, workaround: 'use mobile data or your phone\'s hotspot for mail and chat, keep files on your device and sync them once it is back' },
})

Record({
    $id: Now.ID['availability_target_virtual_executive'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_availability_target',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_virtual_executive'), target_pct: 99.9, workaround: 'use the mobile apps on your phone for mail and calendar, and call your assistant or the Service Desk for anything urgent' },
})

Record({
    $id: Now.ID['availability_target_business_analyst'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_availability_target',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_business_analyst'), target_pct: 99.0, workaround: 'work on local copies of your data and reports, and share results by email until it is back' },
})

Record({
    $id: Now.ID['availability_target_technology_support'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_availability_target',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_technology_support'), target_pct: 99.5, workaround: 'use the phone bridge and the on-site consoles, and log what you could not do for follow-up' },
})

Record({
    $id: Now.ID['availability_target_knowledge_worker'],
    $meta: { installMethod: 'first install' },
    table: 'x_psm_persona_availability_target',
    data: { persona: Now.ref('x_psm_persona_persona', 'persona_knowledge_worker'), target_pct: 99.0, workaround: 'keep working on local copies, use the phone for anything urgent, and retry in an hour' },
})
