import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * Every cross-scope access the app's scripts make, found by running the test suite with the app installed
 * in development under runtime access tracking (the local instance records each access as a
 * sys_scope_privilege, as the platform does). The app runs enforcing (now.config.json
 * applicationRuntimePolicy): "After application publication, the system only allows runtime requests to
 * run that have a valid cross-scope privilege record" (Cross-scope privilege record). One record per
 * operation per table, as the SDK's cross-scope-privilege guide asks.
 */

// change notifications and summaries read the change
CrossScopePrivilege({ $id: Now.ID['csp_read_change_request'], status: 'allowed', operation: 'read', targetName: 'change_request', targetScope: 'global', targetType: 'sys_db_object' })
// risk and impact summaries, rollout fields
CrossScopePrivilege({ $id: Now.ID['csp_write_change_request'], status: 'allowed', operation: 'write', targetName: 'change_request', targetScope: 'global', targetType: 'sys_db_object' })
// XLA insight groups users by department
CrossScopePrivilege({ $id: Now.ID['csp_read_cmn_department'], status: 'allowed', operation: 'read', targetName: 'cmn_department', targetScope: 'global', targetType: 'sys_db_object' })
// offerings and the persona portal list catalog items
CrossScopePrivilege({ $id: Now.ID['csp_read_sc_cat_item'], status: 'allowed', operation: 'read', targetName: 'sc_cat_item', targetScope: 'global', targetType: 'sys_db_object' })
// The persona catalog groups services by category (src/server/portal/catalog-page.ts).
CrossScopePrivilege({ $id: Now.ID['csp_read_sc_category'], status: 'allowed', operation: 'read', targetName: 'sc_category', targetScope: 'global', targetType: 'sys_db_object' })
// availability sync reads the Available For links
CrossScopePrivilege({ $id: Now.ID['csp_read_sc_cat_item_user_criteria_mtom'], status: 'allowed', operation: 'read', targetName: 'sc_cat_item_user_criteria_mtom', targetScope: 'global', targetType: 'sys_db_object' })
// availability sync links an offered item to its personas' criteria
CrossScopePrivilege({ $id: Now.ID['csp_create_sc_cat_item_user_criteria_mtom'], status: 'allowed', operation: 'create', targetName: 'sc_cat_item_user_criteria_mtom', targetScope: 'global', targetType: 'sys_db_object' })
// availability sync unlinks an item no longer offered
CrossScopePrivilege({ $id: Now.ID['csp_delete_sc_cat_item_user_criteria_mtom'], status: 'allowed', operation: 'delete', targetName: 'sc_cat_item_user_criteria_mtom', targetScope: 'global', targetType: 'sys_db_object' })
// the persona portal reads Not Available For links
CrossScopePrivilege({ $id: Now.ID['csp_read_sc_cat_item_user_criteria_no_mtom'], status: 'allowed', operation: 'read', targetName: 'sc_cat_item_user_criteria_no_mtom', targetScope: 'global', targetType: 'sys_db_object' })
// XLA notification latency
CrossScopePrivilege({ $id: Now.ID['csp_read_sys_email'], status: 'allowed', operation: 'read', targetName: 'sys_email', targetScope: 'global', targetType: 'sys_db_object' })
// XLA decision time from state changes
CrossScopePrivilege({ $id: Now.ID['csp_read_sysevent'], status: 'allowed', operation: 'read', targetName: 'sysevent', targetScope: 'global', targetType: 'sys_db_object' })
// profiles, scoring and stakeholders
CrossScopePrivilege({ $id: Now.ID['csp_read_sys_user'], status: 'allowed', operation: 'read', targetName: 'sys_user', targetScope: 'global', targetType: 'sys_db_object' })
// scoring sets the user's persona field
CrossScopePrivilege({ $id: Now.ID['csp_write_sys_user'], status: 'allowed', operation: 'write', targetName: 'sys_user', targetScope: 'global', targetType: 'sys_db_object' })
// implementer group of a change
CrossScopePrivilege({ $id: Now.ID['csp_read_sys_user_group'], status: 'allowed', operation: 'read', targetName: 'sys_user_group', targetScope: 'global', targetType: 'sys_db_object' })
// members of the implementer group and of role holders' groups
CrossScopePrivilege({ $id: Now.ID['csp_read_sys_user_grmember'], status: 'allowed', operation: 'read', targetName: 'sys_user_grmember', targetScope: 'global', targetType: 'sys_db_object' })
// change managers: users with a role
CrossScopePrivilege({ $id: Now.ID['csp_read_sys_user_role'], status: 'allowed', operation: 'read', targetName: 'sys_user_role', targetScope: 'global', targetType: 'sys_db_object' })
// change managers: users with a role
CrossScopePrivilege({ $id: Now.ID['csp_read_sys_user_has_role'], status: 'allowed', operation: 'read', targetName: 'sys_user_has_role', targetScope: 'global', targetType: 'sys_db_object' })
// change managers: groups with a role
CrossScopePrivilege({ $id: Now.ID['csp_read_sys_group_has_role'], status: 'allowed', operation: 'read', targetName: 'sys_group_has_role', targetScope: 'global', targetType: 'sys_db_object' })
// approvers of a change
CrossScopePrivilege({ $id: Now.ID['csp_read_sysapproval_approver'], status: 'allowed', operation: 'read', targetName: 'sysapproval_approver', targetScope: 'global', targetType: 'sys_db_object' })
// CAB approvals
CrossScopePrivilege({ $id: Now.ID['csp_create_sysapproval_approver'], status: 'allowed', operation: 'create', targetName: 'sysapproval_approver', targetScope: 'global', targetType: 'sys_db_object' })
// approval decisions
CrossScopePrivilege({ $id: Now.ID['csp_write_sysapproval_approver'], status: 'allowed', operation: 'write', targetName: 'sysapproval_approver', targetScope: 'global', targetType: 'sys_db_object' })
// persona criteria
CrossScopePrivilege({ $id: Now.ID['csp_read_user_criteria'], status: 'allowed', operation: 'read', targetName: 'user_criteria', targetScope: 'global', targetType: 'sys_db_object' })
// a persona's criterion is created with the persona
CrossScopePrivilege({ $id: Now.ID['csp_create_user_criteria'], status: 'allowed', operation: 'create', targetName: 'user_criteria', targetScope: 'global', targetType: 'sys_db_object' })
// a persona's criterion follows its name and state
CrossScopePrivilege({ $id: Now.ID['csp_write_user_criteria'], status: 'allowed', operation: 'write', targetName: 'user_criteria', targetScope: 'global', targetType: 'sys_db_object' })
// The experience survey reads the surveyed task (its class from the task row, then its own table's
// fields) to decide who may answer (src/server/xla/stakeholders.ts): requested items, incidents, problems.
CrossScopePrivilege({ $id: Now.ID['csp_read_task'], status: 'allowed', operation: 'read', targetName: 'task', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_read_sc_req_item'], status: 'allowed', operation: 'read', targetName: 'sc_req_item', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_read_incident'], status: 'allowed', operation: 'read', targetName: 'incident', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_read_problem'], status: 'allowed', operation: 'read', targetName: 'problem', targetScope: 'global', targetType: 'sys_db_object' })
// provisioning and fulfilment (src/server/catalog/provisioning-order.ts, fulfilment.ts): what the user already has, the items' approval and state
CrossScopePrivilege({ $id: Now.ID['csp_write_sc_req_item'], status: 'allowed', operation: 'write', targetName: 'sc_req_item', targetScope: 'global', targetType: 'sys_db_object' })
// fulfilment: the request's state and price follow its items
CrossScopePrivilege({ $id: Now.ID['csp_read_sc_request'], status: 'allowed', operation: 'read', targetName: 'sc_request', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_write_sc_request'], status: 'allowed', operation: 'write', targetName: 'sc_request', targetScope: 'global', targetType: 'sys_db_object' })
// fulfilment: one catalog task per requested persona service, closed by fulfillers
CrossScopePrivilege({ $id: Now.ID['csp_read_sc_task'], status: 'allowed', operation: 'read', targetName: 'sc_task', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_create_sc_task'], status: 'allowed', operation: 'create', targetName: 'sc_task', targetScope: 'global', targetType: 'sys_db_object' })
// The requester's portal form submits a change (src/server/portal/change-form.ts)
CrossScopePrivilege({ $id: Now.ID['csp_create_change_request'], status: 'allowed', operation: 'create', targetName: 'change_request', targetScope: 'global', targetType: 'sys_db_object' })
// Phase audiences may name a location (phase records, the phase text migration)
CrossScopePrivilege({ $id: Now.ID['csp_read_cmn_location'], status: 'allowed', operation: 'read', targetName: 'cmn_location', targetScope: 'global', targetType: 'sys_db_object' })
// a deleted persona's own criterion goes with it (src/server/catalog/catalog-rules.ts removeOwnCriterion)
CrossScopePrivilege({ $id: Now.ID['csp_delete_user_criteria'], status: 'allowed', operation: 'delete', targetName: 'user_criteria', targetScope: 'global', targetType: 'sys_db_object' })
// capacity by persona: the services carrying load and their owners (src/server/ops/capacity.ts)
CrossScopePrivilege({ $id: Now.ID['csp_read_cmdb_ci_service'], status: 'allowed', operation: 'read', targetName: 'cmdb_ci_service', targetScope: 'global', targetType: 'sys_db_object' })
// availability by persona: outages under way (src/server/ops/availability.ts)
CrossScopePrivilege({ $id: Now.ID['csp_read_cmdb_ci_outage'], status: 'allowed', operation: 'read', targetName: 'cmdb_ci_outage', targetScope: 'global', targetType: 'sys_db_object' })
// availability by persona: the services that depend on a CI in outage ("Depends on::Used by")
CrossScopePrivilege({ $id: Now.ID['csp_read_cmdb_rel_ci'], status: 'allowed', operation: 'read', targetName: 'cmdb_rel_ci', targetScope: 'global', targetType: 'sys_db_object' })
// a problem's affected personas are written on it
CrossScopePrivilege({ $id: Now.ID['csp_write_problem'], status: 'allowed', operation: 'write', targetName: 'problem', targetScope: 'global', targetType: 'sys_db_object' })
