import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * Profile scoring on the instance: a new user gets a profile (business rule on sys_user insert),
 * its usage metrics are scored into rankings and the closest persona, and the persona is mirrored
 * to sys_user.x_psm_persona_persona (what user criteria read). Server steps only: the suite runs
 * without a client test runner. The metrics are the ones tests/app/scoring.test.ts uses locally.
 */

Test(
    {
        $id: Now.ID['atf_scoring_telecommuter'],
        name: 'PSM: a new remote user is scored Telecommuter',
        description:
            'Creates a user, finds the profile the "Create persona profile" rule made for them, sets remote-work usage metrics (90% remote, 10 devices, 80 GB/month) and asserts the "Score persona profile" rule ranks Virtual/Mobile 4, picks Telecommuter, mirrors it to sys_user.x_psm_persona_persona and records a "scored" assignment.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const telecommuter = atf.server.recordQuery({
            $id: Now.ID['atf_scoring_telecommuter_persona'],
            table: 'x_psm_persona_persona',
            fieldValues: 'name=Telecommuter^active=true',
            assert: 'records_match_query',
        })
        const user = atf.server.createUser({
            $id: Now.ID['atf_scoring_telecommuter_user'],
            firstName: 'ATF',
            lastName: 'Remote Worker',
            fieldValues: { user_name: 'atf.psm.remote.worker', email: 'atf.psm.remote.worker@example.com' },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const profile = atf.server.recordQuery({
            $id: Now.ID['atf_scoring_telecommuter_profile'],
            table: 'x_psm_persona_profile',
            fieldValues: `user=${user.user}`,
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_scoring_telecommuter_metrics'],
            table: 'x_psm_persona_profile',
            recordId: profile.first_record,
            fieldValues: { devices: 10, network_gb_month: 80, team_hours_week: 8, contacts_per_day: 8, remote_pct: 90 },
            assert: 'record_successfully_updated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_scoring_telecommuter_scored'],
            table: 'x_psm_persona_profile',
            recordId: profile.first_record,
            fieldValues: `persona=${telecommuter.first_record}^mobility=4^explanationLIKETelecommuter`,
            assert: 'record_validated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_scoring_telecommuter_mirrored'],
            table: 'sys_user',
            recordId: user.user,
            fieldValues: `x_psm_persona_persona=${telecommuter.first_record}`,
            assert: 'record_validated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_scoring_telecommuter_history'],
            table: 'x_psm_persona_assignment',
            fieldValues: `user=${user.user}^to_persona=${telecommuter.first_record}^reason=scored`,
            assert: 'records_match_query',
        })
    },
)

Test(
    {
        $id: Now.ID['atf_scoring_business_analyst'],
        name: 'PSM: a new desk-based user is scored Business Analyst, not Telecommuter',
        description:
            'Creates a user and sets desk-based usage metrics (5% remote, 20 contacts a day, 6 team hours a week) on their profile, then asserts scoring picks Business Analyst, ranks Virtual/Mobile 1 and that sys_user.x_psm_persona_persona is Business Analyst and not Telecommuter: the other side of the remote-user case.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const telecommuter = atf.server.recordQuery({
            $id: Now.ID['atf_scoring_analyst_other_persona'],
            table: 'x_psm_persona_persona',
            fieldValues: 'name=Telecommuter^active=true',
            assert: 'records_match_query',
        })
        const businessAnalyst = atf.server.recordQuery({
            $id: Now.ID['atf_scoring_analyst_persona'],
            table: 'x_psm_persona_persona',
            fieldValues: 'name=Business Analyst^active=true',
            assert: 'records_match_query',
        })
        const user = atf.server.createUser({
            $id: Now.ID['atf_scoring_analyst_user'],
            firstName: 'ATF',
            lastName: 'Desk Analyst',
            fieldValues: { user_name: 'atf.psm.desk.analyst', email: 'atf.psm.desk.analyst@example.com' },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const profile = atf.server.recordQuery({
            $id: Now.ID['atf_scoring_analyst_profile'],
            table: 'x_psm_persona_profile',
            fieldValues: `user=${user.user}`,
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_scoring_analyst_metrics'],
            table: 'x_psm_persona_profile',
            recordId: profile.first_record,
            fieldValues: { devices: 5, network_gb_month: 30, team_hours_week: 6, contacts_per_day: 20, remote_pct: 5 },
            assert: 'record_successfully_updated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_scoring_analyst_scored'],
            table: 'x_psm_persona_profile',
            recordId: profile.first_record,
            fieldValues: `persona=${businessAnalyst.first_record}^mobility=1`,
            assert: 'record_validated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_scoring_analyst_mirrored'],
            table: 'sys_user',
            recordId: user.user,
            fieldValues: `x_psm_persona_persona=${businessAnalyst.first_record}^x_psm_persona_persona!=${telecommuter.first_record}`,
            assert: 'record_validated',
        })
    },
)
