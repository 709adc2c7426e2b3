import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

/*
 * Called by every "Persona: <name>" user criterion. The platform never caches scripted criteria,
 * so this runs on every access check of every restricted catalog item: it reads sys_user once, by
 * primary key, and compares the one field scoring maintains (x_psm_persona_persona).
 */
ScriptInclude({
    $id: Now.ID['si_persona_criteria'],
    name: 'PersonaCriteria',
    apiName: 'x_psm_persona.PersonaCriteria',
    active: true,
    // Called from other scopes (reports, flows, global scripts and criteria): public, and the platform records
    // which scopes call it ("tracking": access is allowed and each calling scope is tracked).
    accessibleFrom: 'public',
    callerAccess: 'tracking',
    description: 'matches(userId, personaId): whether the user\'s assigned persona is personaId. Used by the persona user criteria; one indexed read.',
    script: `var PersonaCriteria = Class.create();
PersonaCriteria.prototype = {
    initialize: function () {},

    /** Whether the user's assigned persona (sys_user.x_psm_persona_persona) is personaId. */
    matches: function (userId, personaId) {
        if (!userId || !personaId) return false;
        var user = new GlideRecord('sys_user');
        user.addQuery('sys_id', String(userId));
        user.addQuery('x_psm_persona_persona', String(personaId));
        user.setLimit(1);
        user.query();
        return user.hasNext();
    },

    type: 'PersonaCriteria'
};`,
})
