import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'
import { MODULE_ROOT } from '../module-path'

/*
 * XLA attainment for any server script (reports, flows, fix scripts): a classic script include
 * over the app's module src/server/xla/attainment.ts, where the computation and its rules live.
 */
ScriptInclude({
    $id: Now.ID['si_xla_attainment'],
    name: 'XlaAttainment',
    apiName: 'x_psm_persona.XlaAttainment',
    active: true,
    // Called from other scopes (reports, flows, global scripts and criteria): public, and the platform records
    // which scopes call it ("tracking": access is allowed and each calling scope is tracked).
    accessibleFrom: 'public',
    callerAccess: 'tracking',
    description:
        'compute(start, end[, asOf]): attainment of every active XLA over [start, end) per XLA, stakeholder role and persona; lastWeek(); history(weeks). Dates are YYYY-MM-DD HH:MM:SS (UTC).',
    script: `var XlaAttainment = Class.create();
XlaAttainment.prototype = {
    initialize: function () {
        this.module = require('${MODULE_ROOT}/xla/attainment.ts');
    },

    /** Attainment over [start, end): per XLA, per stakeholder role, per persona; the worst-served group. */
    compute: function (start, end, asOf) {
        return this.module.computeAttainment(String(start), String(end), asOf ? String(asOf) : undefined);
    },

    /** The seven days up to now, as the weekly digest reports them. */
    lastWeek: function () {
        return this.module.lastWeek();
    },

    /** Each active XLA's value week by week over the last \`weeks\` weeks. */
    history: function (weeks) {
        return this.module.attainmentHistory(weeks ? parseInt(weeks, 10) : undefined);
    },

    type: 'XlaAttainment'
};`,
})
