import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * The "Validate persona rankings" before rule: 1-4 only, on insert and on update, and nothing is
 * written when it refuses. failOnServerError is off because a refused save is reported by the
 * platform as an aborted operation, which is exactly what this test expects.
 */

Test(
    {
        $id: Now.ID['atf_rankings_rejected'],
        name: 'PSM: a persona ranking outside 1-4 is rejected',
        description:
            'Inserts a persona ranking Technology 5 and another ranking Network 0 and asserts both inserts are refused and no such persona exists; updates Business Analyst to Mobility 5 and asserts the update is refused and its rankings are unchanged; finally inserts a persona ranked within 1-4 and asserts it is saved (the accepting side of the same rule).',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        atf.server.recordInsert({
            $id: Now.ID['atf_rankings_insert_five'],
            table: 'x_psm_persona_persona',
            fieldValues: { name: 'ATF Field Engineer', technology: 5, network: 3, interaction: 2, communication: 2, mobility: 4, active: true },
            assert: 'record_not_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_rankings_insert_zero'],
            table: 'x_psm_persona_persona',
            fieldValues: { name: 'ATF Field Engineer', technology: 3, network: 0, interaction: 2, communication: 2, mobility: 4, active: true },
            assert: 'record_not_inserted',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rankings_nothing_written'],
            table: 'x_psm_persona_persona',
            fieldValues: 'name=ATF Field Engineer',
            assert: 'no_records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_rankings_update_five'],
            table: 'x_psm_persona_persona',
            recordId: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
            fieldValues: { mobility: 5 },
            assert: 'record_not_updated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_rankings_update_unchanged'],
            table: 'x_psm_persona_persona',
            recordId: Now.ref('x_psm_persona_persona', 'persona_business_analyst'),
            fieldValues: 'technology=2^network=2^interaction=2^communication=3^mobility=1',
            assert: 'record_validated',
        })
        const accepted = atf.server.recordInsert({
            $id: Now.ID['atf_rankings_insert_valid'],
            table: 'x_psm_persona_persona',
            fieldValues: { name: 'ATF Field Engineer', technology: 4, network: 3, interaction: 1, communication: 2, mobility: 4, active: true, order: 9000 },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_rankings_valid_saved'],
            table: 'x_psm_persona_persona',
            recordId: accepted.record_id,
            fieldValues: 'name=ATF Field Engineer^technology=4^mobility=4',
            assert: 'record_validated',
        })
    },
)
