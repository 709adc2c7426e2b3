import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * Change notifications per stakeholder at Authorize. The test brings its own approval board (a
 * group with one approver) and points x_psm_persona.change.cab_group at it, so no real CAB member
 * is asked to approve; ATF rolls all of it back. Email steps wait for the event queue (the
 * platform processes events asynchronously); the negative checks run after the requester's own
 * email is found, so the events of that save have been processed when they look.
 */

Test(
    {
        $id: Now.ID['atf_change_authorize_mail'],
        name: 'PSM: a change moving to Authorize emails the approver their request, not the requester',
        description:
            'Creates a requester and an approver, makes the approver the only member of a new approval board named by x_psm_persona.change.cab_group, files a change requested by the requester and moves it New → Assess → Authorize; asserts the approver gets the "Persona change: approver, approval requested" email (decision request with the risk assessment) and no second, generic Approval Request, the requester gets "awaiting approval", and that neither gets the other\'s message.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const requester = atf.server.createUser({
            $id: Now.ID['atf_change_requester'],
            firstName: 'ATF',
            lastName: 'Change Requester',
            fieldValues: { user_name: 'atf.psm.change.requester', email: 'atf.psm.change.requester@example.com' },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const approver = atf.server.createUser({
            $id: Now.ID['atf_change_approver'],
            firstName: 'ATF',
            lastName: 'Change Approver',
            fieldValues: { user_name: 'atf.psm.change.approver', email: 'atf.psm.change.approver@example.com' },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const board = atf.server.recordInsert({
            $id: Now.ID['atf_change_board'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF PSM Approval Board', active: true },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_change_board_member'],
            table: 'sys_user_grmember',
            fieldValues: { group: board.record_id, user: approver.user },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_change_board_property'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'prop_change_cab_group'),
            fieldValues: { value: 'ATF PSM Approval Board' },
            assert: 'record_successfully_updated',
        })
        const change = atf.server.recordInsert({
            $id: Now.ID['atf_change_filed'],
            table: 'change_request',
            fieldValues: {
                short_description: 'ATF: upgrade the mail gateway',
                requested_by: requester.user,
                risk: 2,
                impact: 2,
                priority: 3,
                implementation_plan: '1. Drain queues 2. Upgrade 3. Restore traffic',
                backout_plan: 'Restore the VM snapshot',
                test_plan: 'Send and receive test mail',
                x_psm_persona_rollout_plan: 'Outlook restarts once.',
                x_psm_persona_support_contact: 'Mail team, ext. 4242',
                start_date: '2030-12-01 22:00:00',
                end_date: '2030-12-02 02:00:00',
            },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_change_to_assess'],
            table: 'change_request',
            recordId: change.record_id,
            fieldValues: { state: -4 },
            assert: 'record_successfully_updated',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_change_to_authorize'],
            table: 'change_request',
            recordId: change.record_id,
            fieldValues: { state: -3 },
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_change_approval_requested'],
            table: 'sysapproval_approver',
            fieldValues: `document_id=${change.record_id}^source_table=change_request^approver=${approver.user}^state=requested`,
            assert: 'records_match_query',
        })
        atf.email.validateOutboundEmailGeneratedByNotification({
            $id: Now.ID['atf_change_approver_mail'],
            sourceNotification: Now.ref('sysevent_email_action', 'notif_change_approver_requested'),
            table: 'change_request',
            conditions: `instance=${change.record_id}^recipientsLIKEatf.psm.change.approver@example.com^subjectSTARTSWITHApproval needed^bodyLIKEApprove or reject^EQ`,
        })
        atf.email.validateOutboundEmailGeneratedByNotification({
            $id: Now.ID['atf_change_requester_mail'],
            sourceNotification: Now.ref('sysevent_email_action', 'notif_change_requester_authorize'),
            table: 'change_request',
            conditions: `instance=${change.record_id}^recipientsLIKEatf.psm.change.requester@example.com^subjectLIKEis waiting for approval^EQ`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_change_requester_not_asked'],
            table: 'sys_email',
            fieldValues: `instance=${change.record_id}^recipientsLIKEatf.psm.change.requester@example.com^subjectSTARTSWITHApproval needed`,
            assert: 'no_records_match_query',
        })
        // Exactly one request: the base Approval Request (task-based approvals only) sent the approver nothing.
        atf.server.recordQuery({
            $id: Now.ID['atf_change_approver_one_request'],
            table: 'sys_email',
            fieldValues: `target_table=sysapproval_approver^recipientsLIKEatf.psm.change.approver@example.com`,
            assert: 'no_records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_change_approver_not_told'],
            table: 'sys_email',
            fieldValues: `instance=${change.record_id}^recipientsLIKEatf.psm.change.approver@example.com^subjectLIKEis waiting for approval`,
            assert: 'no_records_match_query',
        })
    },
)
