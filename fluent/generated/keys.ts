import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    acl_assignment_delete: {
                        table: 'sys_security_acl'
                        id: '02550e1d4fee45459b9d322570472c85'
                    }
                    acl_assignment_read_analyst: {
                        table: 'sys_security_acl'
                        id: 'f1fa005412f149cb8f99e3f84ab02d30'
                    }
                    acl_assignment_read_own: {
                        table: 'sys_security_acl'
                        id: '80235c145cd243c391d92a494be7b433'
                    }
                    acl_availability_target_create: {
                        table: 'sys_security_acl'
                        id: '95cb879819a14d2da084e9acdfcd6005'
                    }
                    acl_availability_target_delete: {
                        table: 'sys_security_acl'
                        id: 'a316b72f5b2e4c73b61ef5f318238ce8'
                    }
                    acl_availability_target_read: {
                        table: 'sys_security_acl'
                        id: '9568fce1012f486fb78d075af0b13d9a'
                    }
                    acl_availability_target_write: {
                        table: 'sys_security_acl'
                        id: '5be3d647bd544e0b84a3dac3091c8bee'
                    }
                    acl_business_area_create: {
                        table: 'sys_security_acl'
                        id: '2a7d1afc3eec4b1585be751cc010d2e7'
                    }
                    acl_business_area_delete: {
                        table: 'sys_security_acl'
                        id: 'e637da709ba64c3dbfc9b8e70c39ed46'
                    }
                    acl_business_area_read: {
                        table: 'sys_security_acl'
                        id: '7d3a43a8c73b493cb1054d6543f8bb64'
                    }
                    acl_business_area_write: {
                        table: 'sys_security_acl'
                        id: '7ce70b7823fb440a8b3e60cb8303f08e'
                    }
                    acl_change_phase_create: {
                        table: 'sys_security_acl'
                        id: '67a3e2548a014e98bb0e7c1b63b5537d'
                    }
                    acl_change_phase_delete: {
                        table: 'sys_security_acl'
                        id: '9fa8cd95c19a482486b7b5a7728b1192'
                    }
                    acl_change_phase_read: {
                        table: 'sys_security_acl'
                        id: '33177a0a721d496e90138a39dfea099e'
                    }
                    acl_change_phase_write: {
                        table: 'sys_security_acl'
                        id: '1bee0553e1b4465694875405480c87a6'
                    }
                    acl_change_read_requester: {
                        table: 'sys_security_acl'
                        id: '6357a931397a46c89e75f1068affd18c'
                    }
                    acl_demand_factor_create: {
                        table: 'sys_security_acl'
                        id: '77239564a4ad4dfba1484e72011cc9cc'
                    }
                    acl_demand_factor_delete: {
                        table: 'sys_security_acl'
                        id: '2a4ddfeab4c046c5b5fd6eacefb60697'
                    }
                    acl_demand_factor_read: {
                        table: 'sys_security_acl'
                        id: '146ed2ed585b46a0a497083bef21c4f0'
                    }
                    acl_demand_factor_write: {
                        table: 'sys_security_acl'
                        id: '490c241b3fa74afd92b7d459ffd5a0fd'
                    }
                    acl_email_read_recipient: {
                        table: 'sys_security_acl'
                        id: '953d739a178f4ce9b4e16e88a1467db1'
                    }
                    acl_exception_create: {
                        table: 'sys_security_acl'
                        id: '858ac400c90844f7a3a97bd1df7e737f'
                    }
                    acl_exception_delete: {
                        table: 'sys_security_acl'
                        id: 'b652957d850d491e950dcda4b1fccaf6'
                    }
                    acl_exception_read: {
                        table: 'sys_security_acl'
                        id: '1a6c62828f504a74aad555c43920ac47'
                    }
                    acl_exception_read_own: {
                        table: 'sys_security_acl'
                        id: 'ebf3d6d285b643828ff49d0e1a79e63b'
                    }
                    acl_exception_write: {
                        table: 'sys_security_acl'
                        id: '5a8af2cd0db64ee7aca9e8c936a545e6'
                    }
                    acl_feedback_create_own: {
                        table: 'sys_security_acl'
                        id: '8e13ac1975374535b526337f36fb9920'
                    }
                    acl_feedback_delete: {
                        table: 'sys_security_acl'
                        id: 'bc29f96dd53648ad891e0a0abfd36d46'
                    }
                    acl_feedback_read_analyst: {
                        table: 'sys_security_acl'
                        id: 'b37f2c4d1be44522b724e07c27a2bd0c'
                    }
                    acl_feedback_read_own: {
                        table: 'sys_security_acl'
                        id: 'cca68beb9d324e65ba0468f4a6f2e5df'
                    }
                    acl_feedback_write_own: {
                        table: 'sys_security_acl'
                        id: '950dc1abba77472b878a6aefb7fe07bb'
                    }
                    acl_followup_delete: {
                        table: 'sys_security_acl'
                        id: 'c062ce12c94747d2863feeef01b57378'
                    }
                    acl_followup_read_analyst: {
                        table: 'sys_security_acl'
                        id: 'e75c828575024d078386a2e407e2e484'
                    }
                    acl_followup_read_assignee: {
                        table: 'sys_security_acl'
                        id: '25305e810b8246afa52fdbae6f0b1840'
                    }
                    acl_followup_write_assignee: {
                        table: 'sys_security_acl'
                        id: '8551ab317c6b4409b47c6a369d8113e5'
                    }
                    acl_incident_rule_create: {
                        table: 'sys_security_acl'
                        id: '4a5017357d794fcf87b57a5a17ea3743'
                    }
                    acl_incident_rule_delete: {
                        table: 'sys_security_acl'
                        id: '2ba864a737834b66b0ba3a13ded6c5e6'
                    }
                    acl_incident_rule_read: {
                        table: 'sys_security_acl'
                        id: 'cc3c6d157a534477a17909f3963006c8'
                    }
                    acl_incident_rule_write: {
                        table: 'sys_security_acl'
                        id: 'd7111459fcad4931b9f200d57892b6a3'
                    }
                    acl_insight_api: {
                        table: 'sys_security_acl'
                        id: 'a8fd7e6338e84214aabbf427b0d9cd79'
                    }
                    acl_item_control_create: {
                        table: 'sys_security_acl'
                        id: '6b34cc50df4541da9a0a66f9b4eae107'
                    }
                    acl_item_control_delete: {
                        table: 'sys_security_acl'
                        id: 'e460f9ef8b1249dc9d8282a7f772de20'
                    }
                    acl_item_control_read: {
                        table: 'sys_security_acl'
                        id: '5d2208a7ee1b42f287f90a6d8427320c'
                    }
                    acl_item_control_write: {
                        table: 'sys_security_acl'
                        id: 'd30c286a37f848b58d1fa582772e027a'
                    }
                    acl_offering_create: {
                        table: 'sys_security_acl'
                        id: 'fd41b428c37b4089b21196a52978a26c'
                    }
                    acl_offering_delete: {
                        table: 'sys_security_acl'
                        id: '4ae08199806a4b4785bc64eb72069f59'
                    }
                    acl_offering_read: {
                        table: 'sys_security_acl'
                        id: '1d41a375a85045d59500a5605cb022e9'
                    }
                    acl_offering_service_create: {
                        table: 'sys_security_acl'
                        id: 'd9f3054e277b41ceb575696209e6f850'
                    }
                    acl_offering_service_delete: {
                        table: 'sys_security_acl'
                        id: 'a90fa4f8b36c4e98aa97b42148b828f0'
                    }
                    acl_offering_service_read: {
                        table: 'sys_security_acl'
                        id: 'f849874e8ce04f3f830d0433d2ddca54'
                    }
                    acl_offering_service_write: {
                        table: 'sys_security_acl'
                        id: '7e5063fc3788424eb63a974919ae1edb'
                    }
                    acl_offering_write: {
                        table: 'sys_security_acl'
                        id: '272e31f851b444c3816cecb8a00c85d2'
                    }
                    acl_persona_create: {
                        table: 'sys_security_acl'
                        id: '9a92e514ad25497dae765844c6e7cb7c'
                    }
                    acl_persona_delete: {
                        table: 'sys_security_acl'
                        id: 'e5dda39244ed40de83173183e235a942'
                    }
                    acl_persona_read: {
                        table: 'sys_security_acl'
                        id: '87dfa0fbacfc4c9da4dcd8d3e5e148f8'
                    }
                    acl_persona_write: {
                        table: 'sys_security_acl'
                        id: 'e264c0402a0f4707886f07b4bddd946b'
                    }
                    acl_profile_create: {
                        table: 'sys_security_acl'
                        id: '7cc8a611dd324d91b37a4a0555733e5c'
                    }
                    acl_profile_delete: {
                        table: 'sys_security_acl'
                        id: 'b75a590a2e5b4157baf779a08148deed'
                    }
                    acl_profile_read_analyst: {
                        table: 'sys_security_acl'
                        id: '4efcf619222740bcaf4c186865b9441c'
                    }
                    acl_profile_read_own: {
                        table: 'sys_security_acl'
                        id: 'b69db5341b0b4a0386e9285b6114aa6a'
                    }
                    acl_profile_write: {
                        table: 'sys_security_acl'
                        id: '1378b457b27f4eac9a3a447440b0cfd6'
                    }
                    acl_proposal_create: {
                        table: 'sys_security_acl'
                        id: '62865f3472a940989de13caa2e800ef0'
                    }
                    acl_proposal_delete: {
                        table: 'sys_security_acl'
                        id: '45c785bb30b44f9dbe96d9b14cc3e8bc'
                    }
                    acl_proposal_read: {
                        table: 'sys_security_acl'
                        id: '20a8d9c546684d2ea1d929284654e101'
                    }
                    acl_proposal_read_own: {
                        table: 'sys_security_acl'
                        id: '6c9fe38256694c7caa2ba21d88eeab09'
                    }
                    acl_proposal_write: {
                        table: 'sys_security_acl'
                        id: '519efd8da986490aac57abb8bb1f3a84'
                    }
                    acl_provisioning_delete: {
                        table: 'sys_security_acl'
                        id: 'f25cc55e667f429590ca731d30141e8a'
                    }
                    acl_provisioning_read: {
                        table: 'sys_security_acl'
                        id: '47d0cb50f46e4e68aed081b7fe6fb9c9'
                    }
                    acl_required_control_create: {
                        table: 'sys_security_acl'
                        id: '111116016c5a4621a0cb6ecfd9e74b8a'
                    }
                    acl_required_control_delete: {
                        table: 'sys_security_acl'
                        id: '847ecd1a20134d80854b9b6fc5063143'
                    }
                    acl_required_control_read: {
                        table: 'sys_security_acl'
                        id: '44713e8bf7fb4482aab67048c132ba19'
                    }
                    acl_required_control_write: {
                        table: 'sys_security_acl'
                        id: '107a6691626c4d6ba4b85b302e0271a2'
                    }
                    acl_rule_create: {
                        table: 'sys_security_acl'
                        id: 'aa22951f02a643d888af53f5abba3a2d'
                    }
                    acl_rule_delete: {
                        table: 'sys_security_acl'
                        id: '1b870e36cfef4ea483c8a506f1b554a2'
                    }
                    acl_rule_read: {
                        table: 'sys_security_acl'
                        id: 'e39b447b3c6e468eb28a06899330e4ad'
                    }
                    acl_rule_write: {
                        table: 'sys_security_acl'
                        id: '0ae94ddeca8d425d9b19b598dcbf3b72'
                    }
                    acl_service_capacity_create: {
                        table: 'sys_security_acl'
                        id: '0fc9e49a14ab43258253d8dbaee79ba7'
                    }
                    acl_service_capacity_delete: {
                        table: 'sys_security_acl'
                        id: '201308fc08204cf3b031dbdfe6054af2'
                    }
                    acl_service_capacity_read: {
                        table: 'sys_security_acl'
                        id: '7adedb81d16143a982e8868cb0cfc7d0'
                    }
                    acl_service_capacity_write: {
                        table: 'sys_security_acl'
                        id: 'e39a976f86454607a7ff2fa1afa61c38'
                    }
                    acl_service_review_read: {
                        table: 'sys_security_acl'
                        id: '53b41cdde7884cedb845421a8d755df0'
                    }
                    acl_service_review_write: {
                        table: 'sys_security_acl'
                        id: 'e5dd72afaad84bbb8f8363ab87bf1961'
                    }
                    acl_usage_import_create: {
                        table: 'sys_security_acl'
                        id: '526ea4aea73e4c3e8d1427199d4e09bb'
                    }
                    acl_usage_import_read: {
                        table: 'sys_security_acl'
                        id: '1edbd512197f48b3b1670949d0ce827e'
                    }
                    acl_xla_create: {
                        table: 'sys_security_acl'
                        id: '5e7f162a39fa46ca8e88bded56d38f42'
                    }
                    acl_xla_delete: {
                        table: 'sys_security_acl'
                        id: '4951fb71f2db4084b2baf6f8fde63e81'
                    }
                    acl_xla_digest_delete: {
                        table: 'sys_security_acl'
                        id: '865b484906774bbab2ff5695991492ca'
                    }
                    acl_xla_digest_read: {
                        table: 'sys_security_acl'
                        id: 'f70e581898754f6eb51b4ca7805d0f99'
                    }
                    acl_xla_read: {
                        table: 'sys_security_acl'
                        id: 'c304d41a642841188f3682a442fed124'
                    }
                    acl_xla_write: {
                        table: 'sys_security_acl'
                        id: '2d2585aea0284ee5b7e0480de1edfa00'
                    }
                    annotation_change_phase: {
                        table: 'sys_ui_annotation'
                        id: 'd6a27ea24cd34bb89e310262339e09d2'
                    }
                    annotation_offering_visibility: {
                        table: 'sys_ui_annotation'
                        id: '0eec2b35bbe6415fbd8a08b63f40cbf4'
                    }
                    annotation_persona_workstyle: {
                        table: 'sys_ui_annotation'
                        id: '74836aabe0cc426ebcb0ffb647136ee3'
                    }
                    annotation_scoring_rule_thresholds: {
                        table: 'sys_ui_annotation'
                        id: '2d21320ecd444815a59147108b804c5d'
                    }
                    atf_catalog_analyst_does_not_see: {
                        table: 'sys_atf_step'
                        id: '10e1b56b7e964de9b128979227ba8b98'
                    }
                    atf_catalog_analyst_mirrored: {
                        table: 'sys_atf_step'
                        id: '8de3b131be384dc8846c1f84be081ac0'
                    }
                    atf_catalog_analyst_pin: {
                        table: 'sys_atf_step'
                        id: 'b02be5d729b444bba46207777793b2e2'
                    }
                    atf_catalog_analyst_profile: {
                        table: 'sys_atf_step'
                        id: '7bd863e2bf6146859fa3b3eb41de2000'
                    }
                    atf_catalog_analyst_user: {
                        table: 'sys_atf_step'
                        id: '496f0c62e4564613990a743a65304b6c'
                    }
                    atf_catalog_as_analyst: {
                        table: 'sys_atf_step'
                        id: '47a673a5ef3f4a3384af90b6056eda08'
                    }
                    atf_catalog_as_remote: {
                        table: 'sys_atf_step'
                        id: '522c317b98624fe2bd57e610d027bec4'
                    }
                    atf_catalog_business_analyst: {
                        table: 'sys_atf_step'
                        id: 'cfb400253a514afd9a9a5d0deb5e5341'
                    }
                    atf_catalog_remote_mirrored: {
                        table: 'sys_atf_step'
                        id: 'a22bc953a84140f2ae36cbd30e8e1535'
                    }
                    atf_catalog_remote_pin: {
                        table: 'sys_atf_step'
                        id: '9c165fe683a248e9a2408e98ae434fcc'
                    }
                    atf_catalog_remote_profile: {
                        table: 'sys_atf_step'
                        id: '83b1d51b41ce47749aac9ec7a0d36733'
                    }
                    atf_catalog_remote_sees: {
                        table: 'sys_atf_step'
                        id: 'c2368fac004d4f9bba9c80bc6d65930b'
                    }
                    atf_catalog_remote_user: {
                        table: 'sys_atf_step'
                        id: '63008eb719e7480fbedc26c5b1fa4932'
                    }
                    atf_catalog_telecommuter: {
                        table: 'sys_atf_step'
                        id: '1600fce30f524ae2a702038cb2157dcd'
                    }
                    atf_catalog_visibility: {
                        table: 'sys_atf_test'
                        id: '58b14ba7c3394838b498221e39ff9d47'
                    }
                    atf_change_approval_requested: {
                        table: 'sys_atf_step'
                        id: '2815693fd47143caa36408856e9ebc3d'
                    }
                    atf_change_approver: {
                        table: 'sys_atf_step'
                        id: '86f2a6a6a745401c8ffecc27e459d838'
                    }
                    atf_change_approver_mail: {
                        table: 'sys_atf_step'
                        id: 'aae3c15216544772811e076d5e763a0e'
                    }
                    atf_change_approver_not_told: {
                        table: 'sys_atf_step'
                        id: '267c06734f824bd0b8a2724f934c6c82'
                    }
                    atf_change_approver_one_request: {
                        table: 'sys_atf_step'
                        id: '2845401fbae04bddafa85a2f8be64e52'
                    }
                    atf_change_authorize_mail: {
                        table: 'sys_atf_test'
                        id: '9ba1037192c941409590acae1f5d24bd'
                    }
                    atf_change_board: {
                        table: 'sys_atf_step'
                        id: 'd8a34215a7ff4d75b055f27252c71c59'
                    }
                    atf_change_board_member: {
                        table: 'sys_atf_step'
                        id: 'bcb7475da05b494e98ac408c098c23fd'
                    }
                    atf_change_board_property: {
                        table: 'sys_atf_step'
                        id: 'e979188562d3403d9f5b816fc73dd6d5'
                    }
                    atf_change_filed: {
                        table: 'sys_atf_step'
                        id: 'f405c38c40604bf18a85b2d756894ef5'
                    }
                    atf_change_requester: {
                        table: 'sys_atf_step'
                        id: '6682f10f713c439992e202b8fc7d98a1'
                    }
                    atf_change_requester_mail: {
                        table: 'sys_atf_step'
                        id: '9716661d6fd045188d7382c623ceebae'
                    }
                    atf_change_requester_not_asked: {
                        table: 'sys_atf_step'
                        id: 'd95860ebddf84257affca0ec659ec805'
                    }
                    atf_change_to_assess: {
                        table: 'sys_atf_step'
                        id: 'c8ee2debca1747fd886554afb470fb48'
                    }
                    atf_change_to_authorize: {
                        table: 'sys_atf_step'
                        id: '134f828174474704855a145b332d7fd0'
                    }
                    atf_rankings_insert_five: {
                        table: 'sys_atf_step'
                        id: 'c230c68beb374143b194623fec91b950'
                    }
                    atf_rankings_insert_valid: {
                        table: 'sys_atf_step'
                        id: 'b7cebbb785a5434a906b2f2de0a5486a'
                    }
                    atf_rankings_insert_zero: {
                        table: 'sys_atf_step'
                        id: '2e371bea5d1c4c678396e46c2a2fa1b4'
                    }
                    atf_rankings_nothing_written: {
                        table: 'sys_atf_step'
                        id: '33211059e7b84f5593a2f3313e8ba293'
                    }
                    atf_rankings_rejected: {
                        table: 'sys_atf_test'
                        id: '586ef39d65684cd78487c99b932a2646'
                    }
                    atf_rankings_update_five: {
                        table: 'sys_atf_step'
                        id: '9975cd64788846128d958a394a1484c1'
                    }
                    atf_rankings_update_unchanged: {
                        table: 'sys_atf_step'
                        id: '67726493966643cc916528700d19ba9f'
                    }
                    atf_rankings_valid_saved: {
                        table: 'sys_atf_step'
                        id: 'e99f47676c9b44f9a6d1b50f8f06d4d4'
                    }
                    atf_scoring_analyst_metrics: {
                        table: 'sys_atf_step'
                        id: '90c880133be445c2bb1639c7740863aa'
                    }
                    atf_scoring_analyst_mirrored: {
                        table: 'sys_atf_step'
                        id: 'e85d13ba5a014eb4b04baf6b9360c7e6'
                    }
                    atf_scoring_analyst_other_persona: {
                        table: 'sys_atf_step'
                        id: 'cfb5ae88e5634684832a962454a074a6'
                    }
                    atf_scoring_analyst_persona: {
                        table: 'sys_atf_step'
                        id: '161e929d2f5f464fac23a98b1079b7e4'
                    }
                    atf_scoring_analyst_profile: {
                        table: 'sys_atf_step'
                        id: 'cda204398ca34c6d86723e844c872e99'
                    }
                    atf_scoring_analyst_scored: {
                        table: 'sys_atf_step'
                        id: '7f36d2c25379447db1fcc0cc13af9766'
                    }
                    atf_scoring_analyst_user: {
                        table: 'sys_atf_step'
                        id: 'bb414391f3bb400ea035c542f6905c2f'
                    }
                    atf_scoring_business_analyst: {
                        table: 'sys_atf_test'
                        id: 'a768e84727324d44b41f0fefcda5f828'
                    }
                    atf_scoring_telecommuter: {
                        table: 'sys_atf_test'
                        id: 'e0538242c0464cba982740a34102afa3'
                    }
                    atf_scoring_telecommuter_history: {
                        table: 'sys_atf_step'
                        id: 'e4c800cbb660454891a4513faaf3d46a'
                    }
                    atf_scoring_telecommuter_metrics: {
                        table: 'sys_atf_step'
                        id: 'f5ff1e2b86d442c09ead7a460aaffca9'
                    }
                    atf_scoring_telecommuter_mirrored: {
                        table: 'sys_atf_step'
                        id: '965a9ff0dd09462dadccae45631e0df4'
                    }
                    atf_scoring_telecommuter_persona: {
                        table: 'sys_atf_step'
                        id: '207c10afaa1a45ec8d0f0a769ef0dd06'
                    }
                    atf_scoring_telecommuter_profile: {
                        table: 'sys_atf_step'
                        id: '32b51901b8694cf6be1e484ca0e10654'
                    }
                    atf_scoring_telecommuter_scored: {
                        table: 'sys_atf_step'
                        id: 'bb1d6400b8e343259223849ead024eb7'
                    }
                    atf_scoring_telecommuter_user: {
                        table: 'sys_atf_step'
                        id: '0c0480f740184d92a41920a57e308581'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '4adaf22b4b174b22a4b30d99730cf5a7'
                    }
                    br_app_approval_decided: {
                        table: 'sys_script'
                        id: 'b6c21b675c874c109dfe11301b5609ae'
                    }
                    br_approval_decision_recorded: {
                        table: 'sys_script'
                        id: 'c8230bbaabc547eea3a88cb49c4ff20c'
                    }
                    br_approval_persona_service: {
                        table: 'sys_script'
                        id: 'd65b9b6d69a14752a6110a3bf0cc3df8'
                    }
                    br_approval_queue_request: {
                        table: 'sys_script'
                        id: '7d49705542064f20b53871eff7b87328'
                        deleted: true
                    }
                    br_approval_segregation: {
                        table: 'sys_script'
                        id: 'e8150c9bf62a4575900230009024ac55'
                    }
                    br_approval_settle_change: {
                        table: 'sys_script'
                        id: 'cba6b58816ad4a518ad58378a003d1f6'
                    }
                    br_assignment_provision: {
                        table: 'sys_script'
                        id: '1417f77f6ba943eb978174a0594d6af5'
                    }
                    br_catalog_task_closed: {
                        table: 'sys_script'
                        id: '7bcdf6cb18484f0493d2e67bf96771a4'
                    }
                    br_change_phase_notify: {
                        table: 'sys_script'
                        id: '90197602bad94ebca6e92a13856c1eed'
                    }
                    br_change_phase_refresh: {
                        table: 'sys_script'
                        id: '56d9931da2a54d678855e0e1003f0d40'
                    }
                    br_change_phase_validate: {
                        table: 'sys_script'
                        id: '7b0f79864ac545bbbc698cf1489664d1'
                    }
                    br_change_prepare: {
                        table: 'sys_script'
                        id: 'eaa35bb210614a0b995c5ba76593995f'
                    }
                    br_change_queue_events: {
                        table: 'sys_script'
                        id: 'c73047bbc0aa43dd894046ec1fe7ef80'
                    }
                    br_change_request_approval: {
                        table: 'sys_script'
                        id: '49fea7e839a4409eb4792149ec917756'
                    }
                    br_exception_ask_approver: {
                        table: 'sys_script'
                        id: 'e084830e61eb407fb51f42528dbd7ccc'
                    }
                    br_exception_tell_requester: {
                        table: 'sys_script'
                        id: '381f2401e1264e4eb308e9d893287605'
                    }
                    br_feedback_follow_up: {
                        table: 'sys_script'
                        id: '4862c1ea9c1f47e794de6eded5cc5b50'
                    }
                    br_feedback_validate: {
                        table: 'sys_script'
                        id: '051f5201e6254eb0b9946e453cb5d94c'
                    }
                    br_group_rescore: {
                        table: 'sys_script'
                        id: 'f5a0b42e5be243e6acf74135cd609098'
                    }
                    br_incident_persona: {
                        table: 'sys_script'
                        id: 'e3ea0fab85ba4bc3b6c1084e32039d74'
                    }
                    br_incident_persona_mail: {
                        table: 'sys_script'
                        id: 'f14356879e3242ec83db23b0e035c39b'
                    }
                    br_offering_availability: {
                        table: 'sys_script'
                        id: 'a91a6a2483e6495aadb02de56ad7247d'
                    }
                    br_offering_validate: {
                        table: 'sys_script'
                        id: 'f8bb7f57078b442696e80d1b51303bdb'
                    }
                    br_persona_criteria: {
                        table: 'sys_script'
                        id: '469c732da7674b09ae0c78a98dabd4b6'
                    }
                    br_persona_deactivate_guard: {
                        table: 'sys_script'
                        id: 'b605e207124a4eb89cb5802c2ac31e28'
                    }
                    br_persona_deactivated: {
                        table: 'sys_script'
                        id: '098d8c32f2d34f04b9ee24ae15b07957'
                    }
                    br_persona_delete_guard: {
                        table: 'sys_script'
                        id: '127fce3952024c0397e31ff5bbbe9ffe'
                    }
                    br_persona_offerings_delete: {
                        table: 'sys_script'
                        id: 'aad2ae6b2af2474fade0c6cb8b5f7ab1'
                    }
                    br_persona_stale: {
                        table: 'sys_script'
                        id: '8c5812724aae46eaa392a279902e9f6f'
                    }
                    br_persona_validate: {
                        table: 'sys_script'
                        id: '94d0a39044e843e9ad991efed0f1ae99'
                    }
                    br_problem_personas: {
                        table: 'sys_script'
                        id: '7bb263370441429f911c7cfa0fcf02eb'
                    }
                    br_profile_apply: {
                        table: 'sys_script'
                        id: '4ebcb24c5d4243c1abbd6854aa130f8f'
                    }
                    br_profile_score: {
                        table: 'sys_script'
                        id: '4c088b00e0c647d79d2f724e2353039a'
                    }
                    br_proposal_ask_approvers: {
                        table: 'sys_script'
                        id: '909a8a77a2ac4e3ca09c5edfeaf35de1'
                    }
                    br_proposal_tell_proposer: {
                        table: 'sys_script'
                        id: '213e44d43be24efb98767d829e5949f6'
                    }
                    br_requested_item_fulfilment: {
                        table: 'sys_script'
                        id: '09266079a41a44d8875f76975351a26d'
                    }
                    br_requested_item_persona_cost: {
                        table: 'sys_script'
                        id: '78c37e24c23f4a8b83bbd9fe6ca791d8'
                    }
                    br_role_rescore: {
                        table: 'sys_script'
                        id: '6f41353ada4648eeb157faae57886df7'
                    }
                    br_rule_stale: {
                        table: 'sys_script'
                        id: 'a1c3d1d6d8b7418fa61ccd56525314cb'
                    }
                    br_rule_validate: {
                        table: 'sys_script'
                        id: '9209d3f3487c441e822782f920134250'
                    }
                    br_state_rescore: {
                        table: 'sys_script'
                        id: 'cf169a283ec34003bff7db2e79b3151c'
                    }
                    br_user_profile: {
                        table: 'sys_script'
                        id: 'e04280502e2649f28c63e8cf45def97b'
                    }
                    br_user_rescore: {
                        table: 'sys_script'
                        id: '221a2922ee86494a8a57248e6166e7d8'
                    }
                    br_xla_history_approval: {
                        table: 'sys_script'
                        id: '86e5a64191894007a05cbfe4e3f31153'
                    }
                    br_xla_history_change: {
                        table: 'sys_script'
                        id: '7f202518c5f34a6792e1c4399a41b0ab'
                    }
                    br_xla_validate: {
                        table: 'sys_script'
                        id: 'abe307393993420fb2140885c6678d60'
                    }
                    cap_collaboration: {
                        table: 'x_psm_persona_service_capacity'
                        id: '1fbeea2a38f8438fa90a76a7b14a19a4'
                    }
                    cap_corporate_network: {
                        table: 'x_psm_persona_service_capacity'
                        id: 'b004086443164d128341f8af1b0947a0'
                    }
                    cap_remote_access: {
                        table: 'x_psm_persona_service_capacity'
                        id: 'dc259fc8cb7c42e0a8a730a49433122c'
                    }
                    catalog_persona_services: {
                        table: 'sc_catalog'
                        id: '984e243c49174623b08435de329b53a3'
                    }
                    category_analytics: {
                        table: 'sc_category'
                        id: '0ab4ceedbcf94a59a82c067ff8d2d3a6'
                    }
                    category_collaboration: {
                        table: 'sc_category'
                        id: 'f5221de7f2aa4e34a3de23506d40d822'
                    }
                    category_connectivity: {
                        table: 'sc_category'
                        id: '956d727bdc11439893cab74782606bb7'
                    }
                    category_devices: {
                        table: 'sc_category'
                        id: '79d61e97d4484055917dc4b287a08d36'
                    }
                    category_mobile: {
                        table: 'sc_category'
                        id: '076e5ffe11f343d5a82181c797dc87ec'
                    }
                    category_support: {
                        table: 'sc_category'
                        id: '03ce358728e34d4ab558979a8067a82c'
                    }
                    category_workplace: {
                        table: 'sc_category'
                        id: '681798aa404247e690346683dd78d482'
                    }
                    csp_create_change_request: {
                        table: 'sys_scope_privilege'
                        id: 'c466a0c3aa22445b8be7b09a28ef5748'
                    }
                    csp_create_sc_cat_item_user_criteria_mtom: {
                        table: 'sys_scope_privilege'
                        id: '09fd34768bad45ecbfa6c7350712ae11'
                    }
                    csp_create_sc_task: {
                        table: 'sys_scope_privilege'
                        id: '272a34b83f544bdf9762363f9f5b428f'
                    }
                    csp_create_sysapproval_approver: {
                        table: 'sys_scope_privilege'
                        id: 'e8f0b19de70b4f239ffcc6936c2133be'
                    }
                    csp_create_user_criteria: {
                        table: 'sys_scope_privilege'
                        id: '294ce47f6e6b487fa67be64cfc750a3a'
                    }
                    csp_delete_sc_cat_item_user_criteria_mtom: {
                        table: 'sys_scope_privilege'
                        id: 'f46f7fd2f59c4a5085825546bcc9a86f'
                    }
                    csp_delete_user_criteria: {
                        table: 'sys_scope_privilege'
                        id: '8d06b4d142a946a5bc500ea89f8bf1ab'
                    }
                    csp_read_change_request: {
                        table: 'sys_scope_privilege'
                        id: 'fa25dc1dca8c426aa7dc12879823eb59'
                    }
                    csp_read_cmdb_ci_outage: {
                        table: 'sys_scope_privilege'
                        id: '7c5f6ee03ff94f61afaac0d40b6c71c6'
                    }
                    csp_read_cmdb_ci_service: {
                        table: 'sys_scope_privilege'
                        id: 'fd3d2e2202574cf48569dc6914d33ac1'
                    }
                    csp_read_cmdb_rel_ci: {
                        table: 'sys_scope_privilege'
                        id: '6997e92d06ae404bba7d916eb3c5d412'
                    }
                    csp_read_cmn_department: {
                        table: 'sys_scope_privilege'
                        id: '3622efc6e162477b9e8fb7e2990d0644'
                    }
                    csp_read_cmn_location: {
                        table: 'sys_scope_privilege'
                        id: '5e115b0df620440fba4b82f962e076cf'
                    }
                    csp_read_incident: {
                        table: 'sys_scope_privilege'
                        id: '829229b18d504ea2a12ed6eb91140ecb'
                    }
                    csp_read_problem: {
                        table: 'sys_scope_privilege'
                        id: 'accfdd45c9794a75af24163df0af5ff0'
                    }
                    csp_read_sc_cat_item: {
                        table: 'sys_scope_privilege'
                        id: 'debd543b669d4e148637950d0be6247d'
                    }
                    csp_read_sc_cat_item_user_criteria_mtom: {
                        table: 'sys_scope_privilege'
                        id: '25081057cbbe4bd49a1d1361adfcee97'
                    }
                    csp_read_sc_cat_item_user_criteria_no_mtom: {
                        table: 'sys_scope_privilege'
                        id: '0bad2013bb7741b18712e34b87477e60'
                    }
                    csp_read_sc_category: {
                        table: 'sys_scope_privilege'
                        id: 'bf0c394209fd40eeaa66afbae1185fde'
                    }
                    csp_read_sc_req_item: {
                        table: 'sys_scope_privilege'
                        id: '630dd342a6ce491a83dde9b028baa965'
                    }
                    csp_read_sc_request: {
                        table: 'sys_scope_privilege'
                        id: '646f3d4a59fa4f1a9fab4890377797b8'
                    }
                    csp_read_sc_task: {
                        table: 'sys_scope_privilege'
                        id: 'a6d1180c74d14fdb87b53c54f903f5d7'
                    }
                    csp_read_sys_email: {
                        table: 'sys_scope_privilege'
                        id: '566598645b8444339f3c8742becef673'
                    }
                    csp_read_sys_group_has_role: {
                        table: 'sys_scope_privilege'
                        id: '51ab088ce02f48bd90e1c986c12d2f16'
                    }
                    csp_read_sys_user: {
                        table: 'sys_scope_privilege'
                        id: '88bd1a3353e54c1083ccf505310d877c'
                    }
                    csp_read_sys_user_grmember: {
                        table: 'sys_scope_privilege'
                        id: 'edadec2f503a49cca0e63f49aaa829f0'
                    }
                    csp_read_sys_user_group: {
                        table: 'sys_scope_privilege'
                        id: '96635d666fbd428f92ebd43701e271fe'
                    }
                    csp_read_sys_user_has_role: {
                        table: 'sys_scope_privilege'
                        id: '0ef4a0bcf5ac4d09aadb73a7ffee4b55'
                    }
                    csp_read_sys_user_role: {
                        table: 'sys_scope_privilege'
                        id: '42154b6810014e7ba35a25fb0c3ade00'
                    }
                    csp_read_sysapproval_approver: {
                        table: 'sys_scope_privilege'
                        id: 'e8971963ed334c508c9b39e2b05afa2c'
                    }
                    csp_read_sysevent: {
                        table: 'sys_scope_privilege'
                        id: '66629a7b0e8f4cf6911dfc8d4a90da2b'
                    }
                    csp_read_task: {
                        table: 'sys_scope_privilege'
                        id: '8b6781d207e04831b3d79071a2b3996b'
                    }
                    csp_read_user_criteria: {
                        table: 'sys_scope_privilege'
                        id: '456122fdf0c34971b950423170679ba8'
                    }
                    csp_write_change_request: {
                        table: 'sys_scope_privilege'
                        id: '9897452bb81d4934b7d04f5472db8ae5'
                    }
                    csp_write_problem: {
                        table: 'sys_scope_privilege'
                        id: '4e8d1a117b2d4b95ad4f844edcc9842a'
                    }
                    csp_write_sc_req_item: {
                        table: 'sys_scope_privilege'
                        id: 'b37d65ad0e284960aee04dfb26d69048'
                    }
                    csp_write_sc_request: {
                        table: 'sys_scope_privilege'
                        id: 'f218452f0225413ab12a5b3f5f45bf59'
                    }
                    csp_write_sys_user: {
                        table: 'sys_scope_privilege'
                        id: 'e467638d018a49c48de875addf36324a'
                    }
                    csp_write_sysapproval_approver: {
                        table: 'sys_scope_privilege'
                        id: 'ebb1e7751408472098e5b16755ddbddb'
                    }
                    csp_write_user_criteria: {
                        table: 'sys_scope_privilege'
                        id: 'ae94f52ad45443f392eed50fb4deb4dd'
                    }
                    dependency_service_catalog_scoped_api: {
                        table: 'sys_package_dependency_m2m'
                        id: '261c916f483b4feebe6fc411c4833c13'
                    }
                    dependency_user_criteria_scoped_api: {
                        table: 'sys_package_dependency_m2m'
                        id: '31e1e4436d2e4c06a01abe9df5bcc37a'
                    }
                    ds_usage_metrics_csv: {
                        table: 'sys_data_source'
                        id: '5238bed09345438690da708f2d8363a6'
                    }
                    event_approval_decided: {
                        table: 'sysevent_register'
                        id: 'fe032634f1594351ace878fe50314472'
                    }
                    event_capacity_breached: {
                        table: 'sysevent_register'
                        id: 'af174ccf8dd9461ea5772dc625c255c7'
                    }
                    event_change_approval_requested: {
                        table: 'sysevent_register'
                        id: '7a6634fd02e34fcc9a4e70279c0bb6c1'
                    }
                    event_change_approved: {
                        table: 'sysevent_register'
                        id: 'a1a4bb93d7114dfe885f39256f144a58'
                    }
                    event_change_assess: {
                        table: 'sysevent_register'
                        id: 'de4dbe312d4947e588321af25d86f6f6'
                    }
                    event_change_assigned: {
                        table: 'sysevent_register'
                        id: '2be6082d484d4d609fd27b1e60a45c9a'
                    }
                    event_change_authorize: {
                        table: 'sysevent_register'
                        id: 'a03f3a2fbce342e7b5e033a8d67a3b48'
                    }
                    event_change_canceled: {
                        table: 'sysevent_register'
                        id: 'adbf05f0c6da49d898f37d713cbf75af'
                    }
                    event_change_closed: {
                        table: 'sysevent_register'
                        id: '8a3f2c04c9fe4d539dcaf090d998bd8d'
                    }
                    event_change_decision_recorded: {
                        table: 'sysevent_register'
                        id: '14273b1eda6e40b48a39146ac19eaeeb'
                        deleted: true
                    }
                    event_change_high_risk_authorize: {
                        table: 'sysevent_register'
                        id: 'b881b9fce59f4246baec22988cae85d1'
                    }
                    event_change_high_risk_update: {
                        table: 'sysevent_register'
                        id: 'a9c2b6490a1d415cbf01ea2807892c53'
                    }
                    event_change_implementing: {
                        table: 'sysevent_register'
                        id: '180b09079bfa45ec9fc5e7f39c96d9d4'
                    }
                    event_change_rejected: {
                        table: 'sysevent_register'
                        id: '138a7e41cdce46268b5c5f1229248ec3'
                    }
                    event_change_review: {
                        table: 'sysevent_register'
                        id: 'a010cb9ad17f4d4dba54c6e8015f723e'
                    }
                    event_change_scheduled: {
                        table: 'sysevent_register'
                        id: '2abd8fc72d6642c4b34d8b8b6e6e8b59'
                    }
                    event_change_submitted: {
                        table: 'sysevent_register'
                        id: 'ec100b08956a400eafbb2d14b13bba4e'
                    }
                    event_exception_approval_requested: {
                        table: 'sysevent_register'
                        id: '67975b60009a4ba682b04009b70000a8'
                    }
                    event_exception_decided: {
                        table: 'sysevent_register'
                        id: '18c634e90fcd42f9a1ff449c8e5bf738'
                    }
                    event_experience_low_rating: {
                        table: 'sysevent_register'
                        id: '9deb118d73f6430fb10729ba145ce669'
                    }
                    event_incident_opened: {
                        table: 'sysevent_register'
                        id: '140cbcc8d3da4b69887dd930556e69e3'
                    }
                    event_incident_resolved: {
                        table: 'sysevent_register'
                        id: '61a4c114cf56452db0df4b04e796a26f'
                    }
                    event_item_fulfilled: {
                        table: 'sysevent_register'
                        id: '9f89af62b4b74d4da561f83b4b4eeffd'
                    }
                    event_order_confirmed: {
                        table: 'sysevent_register'
                        id: '6952d61076004bc7a42e910d08200267'
                    }
                    event_persona_assigned: {
                        table: 'sysevent_register'
                        id: '16ce6945eba94546ad9ba3b700fb8852'
                    }
                    event_persona_changed: {
                        table: 'sysevent_register'
                        id: '92bac79a80f54917901a3076ba04e51f'
                    }
                    event_proposal_approval_requested: {
                        table: 'sysevent_register'
                        id: 'fd9f15c0a3694f46a638f4d26242b9d0'
                    }
                    event_proposal_decided: {
                        table: 'sysevent_register'
                        id: '54c92ab18d924da9adfdf0fe52bc2f41'
                    }
                    event_provisioning_assigned: {
                        table: 'sysevent_register'
                        id: '8d050566cfa34191b032df47962e153a'
                    }
                    event_provisioning_changed: {
                        table: 'sysevent_register'
                        id: '4e774a143c3b4646aed46477c440823a'
                    }
                    event_xla_weekly_digest: {
                        table: 'sysevent_register'
                        id: '7d6cff7b894545578008289a7c5511df'
                    }
                    factor_collab_c2: {
                        table: 'x_psm_persona_demand_factor'
                        id: '51242dcda96442afa2d19e5739aea0e6'
                    }
                    factor_collab_c3: {
                        table: 'x_psm_persona_demand_factor'
                        id: '0959f815effe473d9184c3b3488be7fc'
                    }
                    factor_collab_c4: {
                        table: 'x_psm_persona_demand_factor'
                        id: 'de6db65f77f14096a63d3b8bf297ac6c'
                    }
                    factor_collab_i2: {
                        table: 'x_psm_persona_demand_factor'
                        id: '4252305979974a8fb318adec36abd859'
                    }
                    factor_collab_i3: {
                        table: 'x_psm_persona_demand_factor'
                        id: 'f86adf5e69844b568e84944108ffd14a'
                    }
                    factor_collab_i4: {
                        table: 'x_psm_persona_demand_factor'
                        id: '4877893a530244d797ad6529a54e5e26'
                    }
                    factor_net_n1: {
                        table: 'x_psm_persona_demand_factor'
                        id: '879540768dd44a63bf6f66231712d1f9'
                    }
                    factor_net_n2: {
                        table: 'x_psm_persona_demand_factor'
                        id: '2fb51a5b5947492c9ae1e909a8a3006b'
                    }
                    factor_net_n3: {
                        table: 'x_psm_persona_demand_factor'
                        id: 'f0a12e24fd0246d3a182f0ed6f6ba179'
                    }
                    factor_net_n4: {
                        table: 'x_psm_persona_demand_factor'
                        id: '9c37a43e66344a08b5f3cdb69a9f8704'
                    }
                    factor_vpn_m1: {
                        table: 'x_psm_persona_demand_factor'
                        id: '6e89b7ceb04347b9a34563219aa9a41e'
                    }
                    factor_vpn_m2: {
                        table: 'x_psm_persona_demand_factor'
                        id: '10f33e714fdc4d9092d05666c280b957'
                    }
                    factor_vpn_m3: {
                        table: 'x_psm_persona_demand_factor'
                        id: 'fd73bfb6af7d47fc85ac200d7de3253c'
                    }
                    factor_vpn_m4: {
                        table: 'x_psm_persona_demand_factor'
                        id: '8d590ca9b44f43f493cd05a24702cb0b'
                    }
                    fix_migrate_phase_text: {
                        table: 'sys_script_fix'
                        id: '0c61b5ab8a5f4edf80178bd3c7bbad08'
                    }
                    incident_rule_mobile_vpn: {
                        table: 'x_psm_persona_incident_rule'
                        id: 'a6ad30ab5d42491fb2ec2e59dc181ba2'
                    }
                    item_alteryx: {
                        table: 'sc_cat_item'
                        id: 'e160346f4df4474da204fe8e57c9713a'
                    }
                    item_broadband: {
                        table: 'sc_cat_item'
                        id: '8442631320b44f9b84cd0bfc2a032882'
                    }
                    item_chair: {
                        table: 'sc_cat_item'
                        id: '7a2f7902dee04eda9ecd62510e858cc8'
                    }
                    item_data_plan: {
                        table: 'sc_cat_item'
                        id: '99cf821de55449adb2064596e35eccd9'
                    }
                    item_desk_converter: {
                        table: 'sc_cat_item'
                        id: 'a5986aebbe7741a6a9f9a322bf35959c'
                    }
                    item_dock: {
                        table: 'sc_cat_item'
                        id: '7cf2030a8797462e83cb8dd8f96675ec'
                    }
                    item_esim: {
                        table: 'sc_cat_item'
                        id: '8ddd79f63365409682e18151fbd2f9cd'
                    }
                    item_galaxy: {
                        table: 'sc_cat_item'
                        id: 'a71c64648dea420ebbd47abff23462db'
                    }
                    item_headset: {
                        table: 'sc_cat_item'
                        id: '7904f947649c40818cab073f8c941058'
                    }
                    item_hot_desk: {
                        table: 'sc_cat_item'
                        id: '42dbdf77226e4d63ae7fbcc3a352245b'
                    }
                    item_hotspot: {
                        table: 'sc_cat_item'
                        id: '6436553e270a417a939f6503b5e90662'
                    }
                    item_ipad: {
                        table: 'sc_cat_item'
                        id: 'd13e85daac564f89af5c2cff531953d2'
                    }
                    item_iphone: {
                        table: 'sc_cat_item'
                        id: '7871efe46de14c2b951b773b99fd50da'
                    }
                    item_keyboard: {
                        table: 'sc_cat_item'
                        id: '390fc7e8205a46e385742e45d333ea7d'
                    }
                    item_label_printer: {
                        table: 'sc_cat_item'
                        id: 'a8f8c04b7f79450bbfe655d97f85497c'
                    }
                    item_laptop_executive: {
                        table: 'sc_cat_item'
                        id: 'f88693a665034e7c8e301f28d7f76754'
                    }
                    item_laptop_performance: {
                        table: 'sc_cat_item'
                        id: 'dc40950798604e01af2184b87b184748'
                    }
                    item_laptop_standard: {
                        table: 'sc_cat_item'
                        id: 'e28ce640642944c7934ba4eea976072d'
                    }
                    item_laptop_ultralight: {
                        table: 'sc_cat_item'
                        id: '0a16abc20b624f3c9f4bf1784b8681ae'
                    }
                    item_mesh_wifi: {
                        table: 'sc_cat_item'
                        id: '7ba6fffe634743b29a390d9d37d0654e'
                    }
                    item_miro: {
                        table: 'sc_cat_item'
                        id: '24ee3ef7747a48b89be3fa9f18ebf45f'
                    }
                    item_monitor: {
                        table: 'sc_cat_item'
                        id: '4fc86e8c302a4632a71b2bb596916d70'
                    }
                    item_password_manager: {
                        table: 'sc_cat_item'
                        id: '7c438b3979244d36a413ebbc472e7b57'
                    }
                    item_phone_case: {
                        table: 'sc_cat_item'
                        id: '6b9a81b50e0346c39c87a7166907bea5'
                    }
                    item_power_bi: {
                        table: 'sc_cat_item'
                        id: '9076c6ab4070427c9846bbaeef73f52d'
                    }
                    item_printing: {
                        table: 'sc_cat_item'
                        id: '7889b70222f04287afe18f7c0a881b95'
                    }
                    item_rdp_gateway: {
                        table: 'sc_cat_item'
                        id: '342637b1136b46ad84620bc57d314e85'
                    }
                    item_remote_support: {
                        table: 'sc_cat_item'
                        id: '9e9f533872034e0dac8f46e571d497a9'
                    }
                    item_security_key: {
                        table: 'sc_cat_item'
                        id: '8824241496f8454cbb14d361f5fa3930'
                    }
                    item_snowflake: {
                        table: 'sc_cat_item'
                        id: '77826f41b6a54a9faa1f80a05e52c4b5'
                    }
                    item_speakerphone: {
                        table: 'sc_cat_item'
                        id: 'a3fea402428544749394eb007e4d8a4c'
                    }
                    item_tableau: {
                        table: 'sc_cat_item'
                        id: '9d500dbf62034fe490a51e91a168c5f5'
                    }
                    item_teams_premium: {
                        table: 'sc_cat_item'
                        id: '0eca708e1ab94bbb8330cc3ec160ee7c'
                    }
                    item_toolkit: {
                        table: 'sc_cat_item'
                        id: '1f6b26c13fb84ab08c392a0f1ee3054c'
                    }
                    item_vpn: {
                        table: 'sc_cat_item'
                        id: '1bf3db2a6914490990e7e9dc8952b76f'
                    }
                    item_webcam: {
                        table: 'sc_cat_item'
                        id: 'ccd9d3d422a24246803fa8fc0e43dfa0'
                    }
                    item_zoom: {
                        table: 'sc_cat_item'
                        id: '82eaf904e48946288a67e8f74f12d58d'
                    }
                    job_capacity_check: {
                        table: 'sysauto_script'
                        id: '4b9fc6bfc3824edf8750c47257e2fa50'
                    }
                    job_change_held_updates: {
                        table: 'sysauto_script'
                        id: '63ab68a3bc524dc6a7382bbbbdb9311c'
                    }
                    job_expire_exceptions: {
                        table: 'sysauto_script'
                        id: '317ff7c7679946049b6632792709574b'
                    }
                    job_rescore: {
                        table: 'sysauto_script'
                        id: 'd6ced50610b94d418a2303ef648cdbf9'
                    }
                    job_xla_weekly_digest: {
                        table: 'sysauto_script'
                        id: '2534a532dcf140e4b4a16a2aa3f2b0de'
                    }
                    mail_script_change_approver: {
                        table: 'sys_script_email'
                        id: 'a546721b8df44d81b85ff6481fbac8c4'
                    }
                    mail_script_change_approver_text: {
                        table: 'sys_script_email'
                        id: 'b5325f39f9d1424487b7d98bc1bb6203'
                    }
                    mail_script_change_high_risk_update: {
                        table: 'sys_script_email'
                        id: '42d2d637b4324da8a9cea9700b5e8a81'
                    }
                    mail_script_change_high_risk_update_text: {
                        table: 'sys_script_email'
                        id: 'b0c8eb0ca46f499fb4aeb5a34d2ac7c4'
                    }
                    mail_script_change_implementer: {
                        table: 'sys_script_email'
                        id: '4432aaf4ebbf4d278cbd7b39a36a2e38'
                    }
                    mail_script_change_implementer_text: {
                        table: 'sys_script_email'
                        id: '04761c3696d646039350bfee60011d31'
                    }
                    mail_script_change_manager: {
                        table: 'sys_script_email'
                        id: '019f53e639174d6290adc0f98b9da64a'
                    }
                    mail_script_change_manager_text: {
                        table: 'sys_script_email'
                        id: 'c5a2b8b61bc04d3dbc2a6ac4a714ed34'
                    }
                    mail_script_change_requester: {
                        table: 'sys_script_email'
                        id: '65a2c347457146b789a4beadb95bba4f'
                    }
                    mail_script_change_requester_text: {
                        table: 'sys_script_email'
                        id: 'f99be193ed724eb784a7466d9d0c8be5'
                    }
                    mail_script_exception_decision: {
                        table: 'sys_script_email'
                        id: '7f584bc958314344bb03d88783b2944f'
                    }
                    mail_script_exception_decision_text: {
                        table: 'sys_script_email'
                        id: 'e30f75d0814240cca278f44a3f83c5e8'
                    }
                    mail_script_exception_request: {
                        table: 'sys_script_email'
                        id: '577116646d3b4953a70bc030b8ede159'
                    }
                    mail_script_exception_request_text: {
                        table: 'sys_script_email'
                        id: '85a209110c554cb7afa404b531bf9497'
                    }
                    mail_script_experience_followup: {
                        table: 'sys_script_email'
                        id: 'e9075d85bb55404ab134ba79499ff26b'
                    }
                    mail_script_experience_followup_text: {
                        table: 'sys_script_email'
                        id: '4e0b8d8ab7854cfa8609d089f23ad12f'
                    }
                    mail_script_incident_opened: {
                        table: 'sys_script_email'
                        id: '4490639286a6457294b2ef76876dbee7'
                    }
                    mail_script_incident_resolved: {
                        table: 'sys_script_email'
                        id: '109e170de2ab4a9fadba95ecace3123d'
                    }
                    mail_script_item_fulfilled: {
                        table: 'sys_script_email'
                        id: '9aaa1a5ffb404859aa381e3b7c897913'
                    }
                    mail_script_item_fulfilled_text: {
                        table: 'sys_script_email'
                        id: '5a20624488ed444fb62be7383d712f8b'
                    }
                    mail_script_order_confirmation: {
                        table: 'sys_script_email'
                        id: '674586dc6ede4987919790adf8e2a869'
                    }
                    mail_script_order_confirmation_text: {
                        table: 'sys_script_email'
                        id: '903c32728818485a9d47c512533d3c90'
                    }
                    mail_script_persona_welcome: {
                        table: 'sys_script_email'
                        id: '933cad3ba8454c31b83368c996166b20'
                    }
                    mail_script_persona_welcome_text: {
                        table: 'sys_script_email'
                        id: 'e74912c460b541b7ba9bb3a96fe2f57c'
                    }
                    mail_script_proposal_decision: {
                        table: 'sys_script_email'
                        id: '5f56e868ad8547a9b35d42fd056d0256'
                    }
                    mail_script_proposal_decision_text: {
                        table: 'sys_script_email'
                        id: '02c71b91d0e94ce2bb6667278a3c2527'
                    }
                    mail_script_proposal_request: {
                        table: 'sys_script_email'
                        id: 'b1b73ed6e08a47c0961524741101d736'
                    }
                    mail_script_proposal_request_text: {
                        table: 'sys_script_email'
                        id: 'e4980b2b400046d7bd70e9762464b9ab'
                    }
                    mail_script_xla_decision: {
                        table: 'sys_script_email'
                        id: '21f00e5bb3424cfba68029a5853dec2c'
                    }
                    mail_script_xla_decision_text: {
                        table: 'sys_script_email'
                        id: '5a02c55b1aa34aba917c3ad2f8207203'
                    }
                    mail_script_xla_digest: {
                        table: 'sys_script_email'
                        id: '4d31100a7f134e5a8dfe18c8fa2c3155'
                    }
                    mail_script_xla_digest_text: {
                        table: 'sys_script_email'
                        id: 'dbefdb28f42042a8ac2d256beda9d2ad'
                    }
                    menu_psm: {
                        table: 'sys_app_application'
                        id: '31e2265e1ba249e08c8e41419d986e6c'
                    }
                    module_psm_assignments: {
                        table: 'sys_app_module'
                        id: '261d6339e33b454b80841ca0365c7a71'
                    }
                    module_psm_configuration: {
                        table: 'sys_app_module'
                        id: '5e4aaae254694163839be416ff11afb9'
                    }
                    module_psm_experience: {
                        table: 'sys_app_module'
                        id: '05c604c25f294fdea2510ae11cc8951c'
                    }
                    module_psm_feedback: {
                        table: 'sys_app_module'
                        id: 'ce86bf7cdcd54738af9fcf2f27bf2ce5'
                    }
                    module_psm_feedback_low: {
                        table: 'sys_app_module'
                        id: '9cbd132e96fd40c292fa3d0655dd9c73'
                    }
                    module_psm_offerings: {
                        table: 'sys_app_module'
                        id: '25ea804f1dc34d76b079f613c22a180d'
                    }
                    module_psm_persona_new: {
                        table: 'sys_app_module'
                        id: '4a963418485e41519ab23b00956208bc'
                    }
                    module_psm_personas: {
                        table: 'sys_app_module'
                        id: '75d09700964442aea2f4e775a10be870'
                    }
                    module_psm_profiles: {
                        table: 'sys_app_module'
                        id: 'f9c909bc1945494ea98fb46087ce77f0'
                    }
                    module_psm_profiles_locked: {
                        table: 'sys_app_module'
                        id: '112c09da96614ffe8b7e1c382466f4cc'
                    }
                    module_psm_profiles_unscored: {
                        table: 'sys_app_module'
                        id: '7d225845b9414c51b39d764aca78dfd3'
                    }
                    module_psm_properties: {
                        table: 'sys_app_module'
                        id: 'd5f53530a1ad4ab7bba93031b6551d60'
                    }
                    module_psm_scoring_rules: {
                        table: 'sys_app_module'
                        id: '3f98a78623f34d8098067f27d70aa916'
                    }
                    module_psm_usage: {
                        table: 'sys_app_module'
                        id: '5859a54622f542f6a099299ef2efee68'
                    }
                    module_psm_xla_digests: {
                        table: 'sys_app_module'
                        id: '42da22b1a6714e779e525a43c678daff'
                    }
                    module_psm_xlas: {
                        table: 'sys_app_module'
                        id: 'c0e087ae1d584aa8827054615f201255'
                    }
                    notif_capacity_breached: {
                        table: 'sysevent_email_action'
                        id: '1439973c54834ce595075c5ce08a7db5'
                    }
                    notif_change_approver_decision: {
                        table: 'sysevent_email_action'
                        id: 'c54db99110cc41eb9f4c1301096f9a07'
                    }
                    notif_change_approver_requested: {
                        table: 'sysevent_email_action'
                        id: '95403f7e2c7d48afbee5a229d970f841'
                    }
                    notif_change_high_risk_update: {
                        table: 'sysevent_email_action'
                        id: 'ad9e85a6c24745adbd838713b913d79d'
                    }
                    notif_change_implementer_assigned: {
                        table: 'sysevent_email_action'
                        id: '8c8cacd41c9149168052d0167617f011'
                    }
                    notif_change_implementer_canceled: {
                        table: 'sysevent_email_action'
                        id: 'ce4ac2fc5e9c4c699aa2072845ca8a98'
                    }
                    notif_change_implementer_group_assigned: {
                        table: 'sysevent_email_action'
                        id: 'd81948f9c2fd4438afcceef511241826'
                    }
                    notif_change_implementer_group_canceled: {
                        table: 'sysevent_email_action'
                        id: 'ad54c75d241640e7995a4c4271f09177'
                    }
                    notif_change_implementer_group_implementing: {
                        table: 'sysevent_email_action'
                        id: '2847ce3e907640a680605288436191c9'
                    }
                    notif_change_implementer_group_review: {
                        table: 'sysevent_email_action'
                        id: '1559e03a3d384c8388e67b62f850451c'
                    }
                    notif_change_implementer_group_scheduled: {
                        table: 'sysevent_email_action'
                        id: 'eabc277cd14749029c0e4591979d7307'
                    }
                    notif_change_implementer_implementing: {
                        table: 'sysevent_email_action'
                        id: '6edf6805613743fd8096a0bac0824261'
                    }
                    notif_change_implementer_review: {
                        table: 'sysevent_email_action'
                        id: 'f69855b109894cd896e24d73b8811ac8'
                    }
                    notif_change_implementer_scheduled: {
                        table: 'sysevent_email_action'
                        id: 'fe01acb4813d4422abac0a345bbe326c'
                    }
                    notif_change_manager_authorize: {
                        table: 'sysevent_email_action'
                        id: 'fad24542f5ce403aaaa1fc1fe1ca269f'
                    }
                    notif_change_requester_assess: {
                        table: 'sysevent_email_action'
                        id: '1c67900865674500ade3eaea71af6e8e'
                    }
                    notif_change_requester_authorize: {
                        table: 'sysevent_email_action'
                        id: 'fdce3cdbb183434fba0cfb718a9777aa'
                    }
                    notif_change_requester_canceled: {
                        table: 'sysevent_email_action'
                        id: '3bbffe5bbc764ee188e9b7151915a64f'
                    }
                    notif_change_requester_closed: {
                        table: 'sysevent_email_action'
                        id: 'fb31b441ee6d4a9ca0536f71d36781e5'
                    }
                    notif_change_requester_implementing: {
                        table: 'sysevent_email_action'
                        id: '8321d795a8024417a85e3ab4faf11497'
                    }
                    notif_change_requester_rejected: {
                        table: 'sysevent_email_action'
                        id: '0c5754da2d3a4fa1b8e2a309f1463ccc'
                    }
                    notif_change_requester_review: {
                        table: 'sysevent_email_action'
                        id: 'ca7321790b234ad985a79ffad0c216f8'
                    }
                    notif_change_requester_scheduled: {
                        table: 'sysevent_email_action'
                        id: 'b16db1c8e153462f8163fd8fe3d86197'
                    }
                    notif_change_requester_submitted: {
                        table: 'sysevent_email_action'
                        id: 'ba541d149d434771b76eda7523a255b9'
                    }
                    notif_exception_decided: {
                        table: 'sysevent_email_action'
                        id: 'f1a4958d61354d6f9758391043d7b34d'
                    }
                    notif_exception_request: {
                        table: 'sysevent_email_action'
                        id: '58185a320d084b0482a261e3783b9b93'
                    }
                    notif_experience_low_rating: {
                        table: 'sysevent_email_action'
                        id: '39d532a4a58d484590fcf3989a4eb59f'
                    }
                    notif_incident_opened: {
                        table: 'sysevent_email_action'
                        id: 'c7a14d33cd974d899ce25610e1cb37a3'
                    }
                    notif_incident_resolved: {
                        table: 'sysevent_email_action'
                        id: '8cf760cb2a484cc6b9fe1b57776fb069'
                    }
                    notif_item_fulfilled: {
                        table: 'sysevent_email_action'
                        id: 'bced2657dd14405b925ebcefdb7b96ff'
                    }
                    notif_order_confirmed: {
                        table: 'sysevent_email_action'
                        id: 'c253c26cd4254be8b2ae697be80272e9'
                    }
                    notif_persona_assigned: {
                        table: 'sysevent_email_action'
                        id: '19f1846159a14f54a4aa72a555c8eedf'
                    }
                    notif_persona_changed: {
                        table: 'sysevent_email_action'
                        id: '670e302da4764199beb35adcde11c96a'
                    }
                    notif_proposal_decided: {
                        table: 'sysevent_email_action'
                        id: '0eb0ae118c1c46b48eebc35f49d724ee'
                    }
                    notif_proposal_request: {
                        table: 'sysevent_email_action'
                        id: '3130b56158b14f69bafe89824b95fca6'
                    }
                    notif_xla_weekly_digest: {
                        table: 'sysevent_email_action'
                        id: '16677ebb4b774864a351fbd6e8a7426e'
                    }
                    offering_business_analyst_alteryx: {
                        table: 'x_psm_persona_offering'
                        id: '16a9b514581e4778a41f97b91de5f9fc'
                    }
                    offering_business_analyst_laptop_standard: {
                        table: 'x_psm_persona_offering'
                        id: 'ad53e774ae4e4d84abb9b59463044cce'
                    }
                    offering_business_analyst_miro: {
                        table: 'x_psm_persona_offering'
                        id: '2860686cc1ef42ed8ea3875019731cbf'
                    }
                    offering_business_analyst_monitor: {
                        table: 'x_psm_persona_offering'
                        id: '7ecfa46020674ea3bf806cdae92b1c6b'
                    }
                    offering_business_analyst_power_bi: {
                        table: 'x_psm_persona_offering'
                        id: 'a7efe0ebcf43461b85372c8ff8242b29'
                    }
                    offering_business_analyst_snowflake: {
                        table: 'x_psm_persona_offering'
                        id: 'eeaf0b82ae624136ade867edd10252b1'
                    }
                    offering_business_analyst_speakerphone: {
                        table: 'x_psm_persona_offering'
                        id: '19ec22fe1afc4f96a8b8e4e6e03c5d93'
                    }
                    offering_business_analyst_tableau: {
                        table: 'x_psm_persona_offering'
                        id: '0730028e9411484daff979bb01682470'
                    }
                    offering_knowledge_worker_chair: {
                        table: 'x_psm_persona_offering'
                        id: '35d599feb5514c3ab9b69e5e1da0dcf0'
                    }
                    offering_knowledge_worker_desk_converter: {
                        table: 'x_psm_persona_offering'
                        id: 'c9ada378572f47be9181060778578ced'
                    }
                    offering_knowledge_worker_dock: {
                        table: 'x_psm_persona_offering'
                        id: '56dbda5b136548878c5da0f09b52e90f'
                    }
                    offering_knowledge_worker_headset: {
                        table: 'x_psm_persona_offering'
                        id: '70cfc5e5d752423aa184d5fdf1a2a677'
                    }
                    offering_knowledge_worker_laptop_standard: {
                        table: 'x_psm_persona_offering'
                        id: '395c88788d6d4c1586b49733ebe7718c'
                    }
                    offering_knowledge_worker_miro: {
                        table: 'x_psm_persona_offering'
                        id: 'a0edec8d143a4cf68cb76ca13fed34b9'
                    }
                    offering_knowledge_worker_monitor: {
                        table: 'x_psm_persona_offering'
                        id: '14528943d81f4d34ae7fc4cbcb1b8976'
                    }
                    offering_knowledge_worker_teams_premium: {
                        table: 'x_psm_persona_offering'
                        id: '589135a950f2466080652826049e4998'
                    }
                    offering_knowledge_worker_webcam: {
                        table: 'x_psm_persona_offering'
                        id: '6f495f0954c64bc8942d98a942e1a226'
                    }
                    offering_technology_support_dock: {
                        table: 'x_psm_persona_offering'
                        id: '39ddbe8907df4d0689d148648780dcfd'
                    }
                    offering_technology_support_galaxy: {
                        table: 'x_psm_persona_offering'
                        id: '12bf8caf1f1b4dc8a34262705748104a'
                    }
                    offering_technology_support_headset: {
                        table: 'x_psm_persona_offering'
                        id: 'ef89d621369e44d2a1f5b6ea4d7c5199'
                    }
                    offering_technology_support_label_printer: {
                        table: 'x_psm_persona_offering'
                        id: 'd27531e85ead45c9a5e510970024d800'
                    }
                    offering_technology_support_laptop_performance: {
                        table: 'x_psm_persona_offering'
                        id: 'e35d86c225454269a48bf9ad0dd4657c'
                    }
                    offering_technology_support_monitor: {
                        table: 'x_psm_persona_offering'
                        id: 'a7930c76584047ada8b38429475ff1e8'
                    }
                    offering_technology_support_rdp_gateway: {
                        table: 'x_psm_persona_offering'
                        id: '218c66f7c3574e0395cb79d6c966677a'
                    }
                    offering_technology_support_remote_support: {
                        table: 'x_psm_persona_offering'
                        id: '1eb3187078f24527b7b9889c11f9d765'
                    }
                    offering_technology_support_toolkit: {
                        table: 'x_psm_persona_offering'
                        id: '42030cbd68404ec68a108e588cf94a67'
                    }
                    offering_telecommuter_broadband: {
                        table: 'x_psm_persona_offering'
                        id: '7b2f8a4a59254ebe9000fc7427837c59'
                    }
                    offering_telecommuter_chair: {
                        table: 'x_psm_persona_offering'
                        id: '9885354ca9ba46f2a9a9067b9236452a'
                    }
                    offering_telecommuter_data_plan: {
                        table: 'x_psm_persona_offering'
                        id: 'bcbb8df62e4d4423978a75575b58940f'
                    }
                    offering_telecommuter_desk_converter: {
                        table: 'x_psm_persona_offering'
                        id: '9bfe8b45d4714fb0a0c14cbba895c815'
                    }
                    offering_telecommuter_headset: {
                        table: 'x_psm_persona_offering'
                        id: 'b028896c7f344730a6179a64a9907120'
                    }
                    offering_telecommuter_hotspot: {
                        table: 'x_psm_persona_offering'
                        id: '840b5019a07540d79213f82efc404919'
                    }
                    offering_telecommuter_iphone: {
                        table: 'x_psm_persona_offering'
                        id: '5c10e7d37e3e4fe5a953ca91a57bc2e5'
                    }
                    offering_telecommuter_laptop_ultralight: {
                        table: 'x_psm_persona_offering'
                        id: '38ec5b0cc1a04aaf82f144cf832593d4'
                    }
                    offering_telecommuter_mesh_wifi: {
                        table: 'x_psm_persona_offering'
                        id: '90ae1b515f404ad5bafef9e8bcebe13b'
                    }
                    offering_telecommuter_teams_premium: {
                        table: 'x_psm_persona_offering'
                        id: 'bc292ee4d84843ada3294631e15d6682'
                    }
                    offering_telecommuter_vpn: {
                        table: 'x_psm_persona_offering'
                        id: '5523228d08bd4303a89e9f907055f7e9'
                    }
                    offering_telecommuter_webcam: {
                        table: 'x_psm_persona_offering'
                        id: 'a8f3953d9090428895a588896f1f4022'
                    }
                    offering_telecommuter_zoom: {
                        table: 'x_psm_persona_offering'
                        id: 'eacb52d1ce474d668dfcdab33739953e'
                    }
                    offering_virtual_executive_data_plan: {
                        table: 'x_psm_persona_offering'
                        id: 'b508ae0d12f8483dba43cbd4bcaf1f55'
                    }
                    offering_virtual_executive_esim: {
                        table: 'x_psm_persona_offering'
                        id: '609170caca784e998da0709e1e483486'
                    }
                    offering_virtual_executive_hotspot: {
                        table: 'x_psm_persona_offering'
                        id: 'b40a454341f54bc6b3793d6289fb7d9c'
                    }
                    offering_virtual_executive_ipad: {
                        table: 'x_psm_persona_offering'
                        id: '261a35f1240f45fb8e43b8543f5bd633'
                    }
                    offering_virtual_executive_iphone: {
                        table: 'x_psm_persona_offering'
                        id: 'e626be1bdaf14b219a8bde4e088b0ab9'
                    }
                    offering_virtual_executive_laptop_executive: {
                        table: 'x_psm_persona_offering'
                        id: '03f276a7424d4f66a886f9482431b5ef'
                    }
                    offering_virtual_executive_phone_case: {
                        table: 'x_psm_persona_offering'
                        id: '1cd9993ec7f04de09251de3f3b93f3a6'
                    }
                    offering_virtual_executive_speakerphone: {
                        table: 'x_psm_persona_offering'
                        id: '6e8e363c97ba43d690cc0ab7f024c3fa'
                    }
                    offering_virtual_executive_vpn: {
                        table: 'x_psm_persona_offering'
                        id: 'f077a9d703dd4f958d40248959661932'
                    }
                    offering_virtual_executive_zoom: {
                        table: 'x_psm_persona_offering'
                        id: '76b2c907a22941d1bddfedd14e52966d'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'b9f8a686014348e1ac5e15dbb5a72912'
                    }
                    persona_business_analyst: {
                        table: 'x_psm_persona_persona'
                        id: '44560e83a0ca4ff8b58819ac893ffcd2'
                    }
                    persona_knowledge_worker: {
                        table: 'x_psm_persona_persona'
                        id: '2703642ff3334bb8990c789f50b6de30'
                    }
                    persona_technology_support: {
                        table: 'x_psm_persona_persona'
                        id: 'fb9c740c65b246e2bc86c920a0bc80d7'
                    }
                    persona_telecommuter: {
                        table: 'x_psm_persona_persona'
                        id: '45a38821efab4c39ad46756430644324'
                    }
                    persona_virtual_executive: {
                        table: 'x_psm_persona_persona'
                        id: '24cdcd8f9e15434db4ac4d511823a687'
                    }
                    prop_capacity_forecast_weeks: {
                        table: 'sys_properties'
                        id: '9e67f5f80d1a4f3093bb9d4a6f579efb'
                    }
                    prop_capacity_trend_weeks: {
                        table: 'sys_properties'
                        id: '76de873048e54970987c1b97ed5fdcbc'
                    }
                    prop_change_cab_group: {
                        table: 'sys_properties'
                        id: 'b5c1148c277b491da976b301db5b6f42'
                    }
                    prop_change_feedback_path: {
                        table: 'sys_properties'
                        id: 'a07096df01c744fcaaf54fb69fdd28b8'
                    }
                    prop_change_implementer_support: {
                        table: 'sys_properties'
                        id: '8a651312c89b409ebdef3ee8eceb1bd0'
                    }
                    prop_change_personal_requests_max: {
                        table: 'sys_properties'
                        id: '17912e46820e44bd8baafc489debfec3'
                    }
                    prop_change_runbook_url: {
                        table: 'sys_properties'
                        id: '06da897f1b994658adca506cf3dc737b'
                    }
                    prop_change_support_channel: {
                        table: 'sys_properties'
                        id: 'ed008c5a0630401eb309f3840f403a12'
                    }
                    prop_change_update_interval: {
                        table: 'sys_properties'
                        id: 'bf3ffe819ab04e5cbfccedb9f8bef53e'
                    }
                    prop_exception_days: {
                        table: 'sys_properties'
                        id: '4b71ad8014d74bbbbb943a70e28f5e3f'
                    }
                    prop_provisioning_manager_approval: {
                        table: 'sys_properties'
                        id: 'ca96f1c44d40486eaaaa3b129e816620'
                    }
                    prop_scoring_batch_size: {
                        table: 'sys_properties'
                        id: 'f8da8cbc7fec428c85e346970d746ef3'
                    }
                    prop_scoring_config_version: {
                        table: 'sys_properties'
                        id: 'bce40e4ed5c448029bf15440a14856e6'
                        deleted: true
                    }
                    prop_scoring_enabled: {
                        table: 'sys_properties'
                        id: '2fbd6d7a57f942b58d5fb26db94b3b04'
                    }
                    prop_scoring_switch_margin: {
                        table: 'sys_properties'
                        id: '76a9eec1c3534cff8424fc38b86c115f'
                    }
                    prop_usage_max_age_days: {
                        table: 'sys_properties'
                        id: '961e3cc269a74660ab48e91461603f9b'
                    }
                    prop_xla_history_weeks: {
                        table: 'sys_properties'
                        id: '906f2ccab1cb42109f2661d7b294fa4e'
                    }
                    rest_insight: {
                        table: 'sys_ws_definition'
                        id: '68d0c509f9be4d87b751d9441900d188'
                    }
                    rest_insight_changes: {
                        table: 'sys_ws_operation'
                        id: '47cb0b2fe55040ac96064d266bce2daa'
                    }
                    rest_insight_changes_limit: {
                        table: 'sys_ws_query_parameter'
                        id: '1f55e1cd3c9248d1aafbbc92659db366'
                    }
                    rest_insight_costs: {
                        table: 'sys_ws_operation'
                        id: '34cb26b6e2c340faab904ed3a6cd417d'
                    }
                    rest_insight_distribution: {
                        table: 'sys_ws_operation'
                        id: '28ed9d1f722b48aaa2acb2461b3f9966'
                    }
                    rest_insight_profiles: {
                        table: 'sys_ws_operation'
                        id: '79938ca8ed6545a3927d0dd0aed26d16'
                    }
                    rest_insight_xla: {
                        table: 'sys_ws_operation'
                        id: '63827d1dbbcc4efb8a6f11eb83c5c214'
                    }
                    rest_insight_xla_end: {
                        table: 'sys_ws_query_parameter'
                        id: '0d850fafa94e4748bbb65f10e4bc8203'
                    }
                    rest_insight_xla_start: {
                        table: 'sys_ws_query_parameter'
                        id: '994d0bde98a24445b990d7018af3d86f'
                    }
                    rest_insight_xla_weeks: {
                        table: 'sys_ws_query_parameter'
                        id: 'aba28f5c4afc44848fcbc40bc98016d4'
                    }
                    rule_contacts: {
                        table: 'x_psm_persona_scoring_rule'
                        id: 'ecdab2ccf67446ec9c3ac595fa1ad09c'
                    }
                    rule_devices: {
                        table: 'x_psm_persona_scoring_rule'
                        id: 'b390e024763a4eeb84a7b3beb2c100c7'
                    }
                    rule_network: {
                        table: 'x_psm_persona_scoring_rule'
                        id: 'f269cc942d1843dd83a39079779071c4'
                    }
                    rule_remote: {
                        table: 'x_psm_persona_scoring_rule'
                        id: 'f1b3809d9eae495e9dde5bf979d99904'
                    }
                    rule_team: {
                        table: 'x_psm_persona_scoring_rule'
                        id: '4950ddebb4a740b9a0f9e176196f3547'
                    }
                    si_persona_criteria: {
                        table: 'sys_script_include'
                        id: '4947d3e775b744e09314267e9fb6838c'
                    }
                    si_xla_attainment: {
                        table: 'sys_script_include'
                        id: '79fee736de3f42e2b8cf6ef87300935a'
                    }
                    sp_approval_column: {
                        table: 'sp_column'
                        id: 'c7635c4980c240adaef0b196b853b38b'
                    }
                    sp_approval_container: {
                        table: 'sp_container'
                        id: '4f93832476604ee99cb739b922203f28'
                    }
                    sp_approval_instance: {
                        table: 'sp_instance'
                        id: 'fff54e1023bb4f18b35a977f5be2a39f'
                    }
                    sp_approval_row: {
                        table: 'sp_row'
                        id: '60d639900e7e4219ab31b42d7a7d2721'
                    }
                    sp_catalog_column_card: {
                        table: 'sp_column'
                        id: '75a4b4bdb20d408e9a8daa87f85370ad'
                    }
                    sp_catalog_column_list: {
                        table: 'sp_column'
                        id: 'ff090450596549f9a001bea5c0a287b3'
                    }
                    sp_catalog_container: {
                        table: 'sp_container'
                        id: 'ed77e1c471cd4ff2b72709e7dc1533bb'
                    }
                    sp_catalog_instance_card: {
                        table: 'sp_instance'
                        id: '87e492bb2f3a41e48be844d0fd8573f1'
                    }
                    sp_catalog_instance_exception: {
                        table: 'sp_instance'
                        id: 'f373718245e8419d9d5bf137e292566a'
                    }
                    sp_catalog_instance_list: {
                        table: 'sp_instance'
                        id: '44392b66cb104b83bc8fc92451ea488b'
                    }
                    sp_catalog_row: {
                        table: 'sp_row'
                        id: 'cc79e87f58eb432897a7b5df99af9357'
                    }
                    sp_change_form_column: {
                        table: 'sp_column'
                        id: '77c4e57462c64e5c949f4134f6d1d296'
                    }
                    sp_change_form_container: {
                        table: 'sp_container'
                        id: 'd37897f5b8f94382b36487f5171f0e30'
                    }
                    sp_change_form_instance: {
                        table: 'sp_instance'
                        id: '451b4ef4e295400085d6d4f962abf1b7'
                    }
                    sp_change_form_row: {
                        table: 'sp_row'
                        id: '24052de5c8e34ad6900dc78eb855d82a'
                    }
                    sp_dashboard_column: {
                        table: 'sp_column'
                        id: '5b01404fc94a4390b5e8f27cb0456ca7'
                    }
                    sp_dashboard_column_experience: {
                        table: 'sp_column'
                        id: '9cfe66c554d745fb8c4fdf14555ee88c'
                    }
                    sp_dashboard_column_governance: {
                        table: 'sp_column'
                        id: '055af4371e4a4a438a7e0f0dd2854223'
                    }
                    sp_dashboard_column_ops: {
                        table: 'sp_column'
                        id: '2b698d5fc7794560ba85a29bba74f364'
                    }
                    sp_dashboard_container: {
                        table: 'sp_container'
                        id: '7ef1f89545f64a338fd179b88216656d'
                    }
                    sp_dashboard_instance: {
                        table: 'sp_instance'
                        id: 'b6b80e7f2afa4534af3d0bca81e24ff9'
                    }
                    sp_dashboard_instance_experience: {
                        table: 'sp_instance'
                        id: '49506ee4fe4b47d6908cfe130bd7bc49'
                    }
                    sp_dashboard_instance_governance: {
                        table: 'sp_instance'
                        id: 'ed65fdebf882484787073dc352ad8b45'
                    }
                    sp_dashboard_instance_ops: {
                        table: 'sp_instance'
                        id: '3e790dffaf92420f8cc22ee88d17fa98'
                    }
                    sp_dashboard_row: {
                        table: 'sp_row'
                        id: '922337c3300344389bd0b3ff3c7b14da'
                    }
                    sp_dashboard_row_experience: {
                        table: 'sp_row'
                        id: '638e82855072410c9eeb685650e3ec99'
                    }
                    sp_dashboard_row_governance: {
                        table: 'sp_row'
                        id: 'd7069af8119145b0b0feda1989eaecaa'
                    }
                    sp_dashboard_row_ops: {
                        table: 'sp_row'
                        id: 'bcef298edcac42ac90959b0d7226fd0c'
                    }
                    sp_feedback_column: {
                        table: 'sp_column'
                        id: '14ae0cbc2780444f8f6aba455478e764'
                    }
                    sp_feedback_container: {
                        table: 'sp_container'
                        id: 'a8f5743b5607488383e885261cfd1a31'
                    }
                    sp_feedback_instance: {
                        table: 'sp_instance'
                        id: '31139b86ed774e98a83f5ba7acb46e75'
                    }
                    sp_feedback_row: {
                        table: 'sp_row'
                        id: '6d62077eb9334f9b88eb74c6568708da'
                    }
                    sp_item_column: {
                        table: 'sp_column'
                        id: '7d202345c6204115a5af3581739fb171'
                    }
                    sp_item_container: {
                        table: 'sp_container'
                        id: 'a9ee4b01c8f4472892e5809b639bfe4f'
                    }
                    sp_item_instance: {
                        table: 'sp_instance'
                        id: 'f22aae651a9d4f06b1dfbfb79e5e3c3b'
                    }
                    sp_item_instance_exception: {
                        table: 'sp_instance'
                        id: 'b7c0042cc84d4797a43504e6723498d7'
                    }
                    sp_item_row: {
                        table: 'sp_row'
                        id: '8abc74c7d980452d84ac606007d16f5e'
                    }
                    sp_my_changes_column: {
                        table: 'sp_column'
                        id: 'd17c230084c94f2cbb15f2ab318abcf7'
                    }
                    sp_my_changes_container: {
                        table: 'sp_container'
                        id: 'a4fc11ae9c344002a08a93b6991c4d01'
                    }
                    sp_my_changes_instance: {
                        table: 'sp_instance'
                        id: '71827dd1969844fb96f7f1c5daae7e15'
                    }
                    sp_my_changes_row: {
                        table: 'sp_row'
                        id: '8d0bf04d39814d308768bc997191284f'
                    }
                    sp_my_persona_column: {
                        table: 'sp_column'
                        id: '6be99abe71924b10966f70c42e0ecad7'
                    }
                    sp_my_persona_container: {
                        table: 'sp_container'
                        id: '4a235ca403ba41c598bd8435f8d546b1'
                    }
                    sp_my_persona_instance: {
                        table: 'sp_instance'
                        id: 'de9304344a7648f8ae4cbd61f48cf790'
                    }
                    sp_my_persona_row: {
                        table: 'sp_row'
                        id: '13d31f5bdc0d484b8cd6ec7daf359d0a'
                    }
                    sp_team_column: {
                        table: 'sp_column'
                        id: '2e7df02b62a54211aeeda670aed5f713'
                    }
                    sp_team_container: {
                        table: 'sp_container'
                        id: 'c6a17fce6b7a454f95f2c9e1023539e8'
                    }
                    sp_team_instance: {
                        table: 'sp_instance'
                        id: 'eab6f3f96453404fb1a706b648ef5dd2'
                    }
                    sp_team_row: {
                        table: 'sp_row'
                        id: '8c3a61a7906249a5aa80860324906070'
                    }
                    sp_widget_catalog: {
                        table: 'sp_widget'
                        id: '024fc038924c4f3eb5d0a60584ab6811'
                    }
                    sp_widget_change_approval: {
                        table: 'sp_widget'
                        id: 'ac0fdca616974e32ae54927e4b628b64'
                    }
                    sp_widget_change_form: {
                        table: 'sp_widget'
                        id: '6f54b2f069c544cc8ed953905422a704'
                    }
                    sp_widget_dashboard: {
                        table: 'sp_widget'
                        id: 'e178be4080904ad0befbd38f62c6e5c2'
                    }
                    sp_widget_dashboard_experience: {
                        table: 'sp_widget'
                        id: '0843d03824f347adb07fc9815ab55b0d'
                    }
                    sp_widget_dashboard_governance: {
                        table: 'sp_widget'
                        id: '1b3d694295f1423eb3d038c6f3b26dd8'
                    }
                    sp_widget_dashboard_ops: {
                        table: 'sp_widget'
                        id: '459cf11c83ae480a8468e0b7a3bdff91'
                    }
                    sp_widget_exception: {
                        table: 'sp_widget'
                        id: '8553739a08f64f69ae0ec5a4190e451f'
                    }
                    sp_widget_feedback: {
                        table: 'sp_widget'
                        id: 'fae452c1862e489d94756d38536fbba0'
                    }
                    sp_widget_item: {
                        table: 'sp_widget'
                        id: 'f0a0c31a4b574dafbf5b0ee152cee8d0'
                    }
                    sp_widget_my_changes: {
                        table: 'sp_widget'
                        id: 'cc7822d6ed4245019c91205dab843e33'
                    }
                    sp_widget_my_persona: {
                        table: 'sp_widget'
                        id: 'e2b410037f5541a793cb7249c91a9f20'
                    }
                    sp_widget_team_personas: {
                        table: 'sp_widget'
                        id: '52cb7dc9e33b49c288c01291db24fd9e'
                    }
                    src_server_catalog_availability_ts: {
                        table: 'sys_module'
                        id: '30469044c79f47f3add7c3ff1da214f3'
                    }
                    src_server_catalog_card_ts: {
                        table: 'sys_module'
                        id: '8d5485caa63942a49b3905b68fa6762f'
                    }
                    'src_server_catalog_catalog-rules_ts': {
                        table: 'sys_module'
                        id: '2dd78e0ce20b4144b85c6c058d079170'
                    }
                    'src_server_catalog_criteria-text_ts': {
                        table: 'sys_module'
                        id: '203255e461e14a8bbeab83fe0c0b636a'
                    }
                    'src_server_catalog_edit-warnings_ts': {
                        table: 'sys_module'
                        id: '305c2acc2280435587ab8c06331fcea0'
                    }
                    'src_server_catalog_exception-mail_ts': {
                        table: 'sys_module'
                        id: '6ff410a080d84b8984c8a60ccac49cd8'
                    }
                    src_server_catalog_exceptions_ts: {
                        table: 'sys_module'
                        id: '653fc427822148118a7c2c6ebe7cafda'
                    }
                    src_server_catalog_fulfilment_ts: {
                        table: 'sys_module'
                        id: '31847d4ccbd14c97a1efe613a49b7840'
                    }
                    'src_server_catalog_fulfilment-mail_ts': {
                        table: 'sys_module'
                        id: '3281628e7587419582729f261cd6d606'
                    }
                    'src_server_catalog_fulfilment-render_ts': {
                        table: 'sys_module'
                        id: '473fc1054b47412e9b638131d1c8fc10'
                    }
                    src_server_catalog_money_ts: {
                        table: 'sys_module'
                        id: '3155eea459854fbb906b3b9a3196e7d5'
                    }
                    'src_server_catalog_offering-validation_ts': {
                        table: 'sys_module'
                        id: '688230bcf9ce4f328a579c7a94f95712'
                    }
                    'src_server_catalog_portal-data_ts': {
                        table: 'sys_module'
                        id: 'b19825e8781f4561a50e722ef0ba7c0f'
                    }
                    'src_server_catalog_provisioning-mail_ts': {
                        table: 'sys_module'
                        id: '521125cca6764492a2d17ba03e3e7c2c'
                    }
                    'src_server_catalog_provisioning-order_ts': {
                        table: 'sys_module'
                        id: 'fc715ef39e954a2bb991aa995f3850d2'
                    }
                    'src_server_catalog_provisioning-plan_ts': {
                        table: 'sys_module'
                        id: '5060a123fdce4adebcfa9affa711c58c'
                    }
                    'src_server_catalog_provisioning-render_ts': {
                        table: 'sys_module'
                        id: '9be9c1b50058472bba181ccde2303217'
                    }
                    'src_server_catalog_requested-item_ts': {
                        table: 'sys_module'
                        id: 'ddeb6e1d3e434ccbabc0a91e83693ecf'
                    }
                    'src_server_catalog_visibility-text_ts': {
                        table: 'sys_module'
                        id: '0dbffafd7c194549ba36dad50d245c8f'
                    }
                    'src_server_change_approval-records_ts': {
                        table: 'sys_module'
                        id: '157e81fa75014b308612724adcb30ce3'
                    }
                    'src_server_change_approval-rules_ts': {
                        table: 'sys_module'
                        id: '064e5f6ccc92496582e642e22fcfc415'
                    }
                    src_server_change_approvals_ts: {
                        table: 'sys_module'
                        id: '925bc4270b694721ba56775d5bebbcb8'
                    }
                    'src_server_change_change-record_ts': {
                        table: 'sys_module'
                        id: '98abe3f913454c09a87d54a8be1913ba'
                    }
                    'src_server_change_change-rules_ts': {
                        table: 'sys_module'
                        id: '06e7500ae0f54e83a784c0cabfc7a264'
                    }
                    src_server_change_facts_ts: {
                        table: 'sys_module'
                        id: '7814b9ab29de4422894dfd39b962b6da'
                    }
                    src_server_change_mail_ts: {
                        table: 'sys_module'
                        id: 'a240e35342d2451ab4dc5082f2918a8c'
                    }
                    'src_server_change_mail-links_ts': {
                        table: 'sys_module'
                        id: 'ef6f2d95f6e6460da4b24676ae5fb823'
                    }
                    src_server_change_model_ts: {
                        table: 'sys_module'
                        id: '34fb400a38804c5cbfdbd1e7c32d631e'
                    }
                    src_server_change_people_ts: {
                        table: 'sys_module'
                        id: '67ecf4e6c5dd407f940da15deb1d39f7'
                    }
                    'src_server_change_phase-migration_ts': {
                        table: 'sys_module'
                        id: '05340dbbfcbf4c70b03f8751d88cb22e'
                    }
                    'src_server_change_phase-notices_ts': {
                        table: 'sys_module'
                        id: 'f599b166334b4bd4bd5c75fe54e414ad'
                    }
                    'src_server_change_phase-records_ts': {
                        table: 'sys_module'
                        id: '1b7ad9c8105b414a8ef0c46d97ed535b'
                    }
                    'src_server_change_phase-rows_ts': {
                        table: 'sys_module'
                        id: '0cff313dcbf242b399e3215dd730a75a'
                    }
                    src_server_change_phases_ts: {
                        table: 'sys_module'
                        id: '621975463bd94493ac9ab53ff3c2873f'
                    }
                    src_server_change_render_ts: {
                        table: 'sys_module'
                        id: 'd2af7f25549147f09431310156d93920'
                    }
                    'src_server_change_render-approver_ts': {
                        table: 'sys_module'
                        id: '9a0250eb68d8410598ca46d68166cc65'
                    }
                    'src_server_change_render-frame_ts': {
                        table: 'sys_module'
                        id: '2ebb33a9f57f4849812a1151cba17dbf'
                    }
                    'src_server_change_render-html_ts': {
                        table: 'sys_module'
                        id: 'da8808bb9c7a4800a02ff205fbc49eab'
                    }
                    'src_server_change_render-implementer_ts': {
                        table: 'sys_module'
                        id: 'c71178b4489b4ee0bfe057a5c784ccb6'
                    }
                    'src_server_change_render-layout_ts': {
                        table: 'sys_module'
                        id: '873aa0ed9e54412b8407cfec370ea438'
                    }
                    'src_server_change_render-model_ts': {
                        table: 'sys_module'
                        id: '7f9b303852a04c91b63607d8de42d37a'
                    }
                    'src_server_change_render-requester_ts': {
                        table: 'sys_module'
                        id: 'fefeac3ae6284f61846a7b7aa13336b2'
                    }
                    'src_server_change_render-sections_ts': {
                        table: 'sys_module'
                        id: '3657663b596244919aff619f1b77027a'
                    }
                    'src_server_change_render-text_ts': {
                        table: 'sys_module'
                        id: '52607316548e493b896ffc857b2fa182'
                    }
                    src_server_change_segregation_ts: {
                        table: 'sys_module'
                        id: '435e0b2c409c42d19dab3bcd8e915cb1'
                    }
                    src_server_change_summaries_ts: {
                        table: 'sys_module'
                        id: '2b512ef09ebd466a9ec0089c4f3b7789'
                    }
                    src_server_change_transitions_ts: {
                        table: 'sys_module'
                        id: '2b748796623b403db0d9adb8b14b1488'
                    }
                    'src_server_change_update-budget_ts': {
                        table: 'sys_module'
                        id: '7fedb0840cfb40caa62fd9ecf39852b4'
                    }
                    'src_server_change_your-phase_ts': {
                        table: 'sys_module'
                        id: '2834a47b1cd94912bdf3b898e2f6ace7'
                    }
                    src_server_ops_availability_ts: {
                        table: 'sys_module'
                        id: 'e806e8bac57149e99430aeb7e5bb1dcd'
                    }
                    'src_server_ops_availability-calc_ts': {
                        table: 'sys_module'
                        id: '12c0c7ed0bb84bc7a944934b3c20cfdb'
                    }
                    src_server_ops_capacity_ts: {
                        table: 'sys_module'
                        id: 'afc3b2524127446b9ecb0cd22ac8ba08'
                    }
                    'src_server_ops_capacity-calc_ts': {
                        table: 'sys_module'
                        id: '43d8110d40d043fe91a3a63ccbd44260'
                    }
                    'src_server_ops_incident-calc_ts': {
                        table: 'sys_module'
                        id: '1dacd287f0ca445d9d77c085ec816794'
                    }
                    'src_server_ops_incident-persona_ts': {
                        table: 'sys_module'
                        id: '810247def95747289391b72dde48e475'
                    }
                    src_server_ops_population_ts: {
                        table: 'sys_module'
                        id: '654b2763bf844e7b8a095c93c0c3bb41'
                    }
                    'src_server_ops_security-calc_ts': {
                        table: 'sys_module'
                        id: '1e51b4cca84b43799a50e234ed796e4c'
                    }
                    'src_server_ops_security-posture_ts': {
                        table: 'sys_module'
                        id: '13c13c98a3b4475780a0000490cde9d8'
                    }
                    'src_server_persona_app-approvals_ts': {
                        table: 'sys_module'
                        id: '18d6940f226c42839f30ad004cea9b52'
                    }
                    'src_server_persona_approval-decided_ts': {
                        table: 'sys_module'
                        id: '8881e2ae8b7e4f62942b969148f1d46e'
                    }
                    src_server_persona_dimensions_ts: {
                        table: 'sys_module'
                        id: '3c68a51df941451583f126dda2065b32'
                    }
                    src_server_persona_explain_ts: {
                        table: 'sys_module'
                        id: 'a5ada137faea4342b15fe31b75761baa'
                    }
                    src_server_persona_metrics_ts: {
                        table: 'sys_module'
                        id: 'eb72bcc2592043fdb076621d646c673e'
                    }
                    'src_server_persona_persona-validation_ts': {
                        table: 'sys_module'
                        id: '160a076fe59a48a8b5ee4d731c68780b'
                    }
                    'src_server_persona_profile-rules_ts': {
                        table: 'sys_module'
                        id: 'bf51f4b770f1414687848d464d487dae'
                    }
                    'src_server_persona_profile-scoring_ts': {
                        table: 'sys_module'
                        id: '6224b1e75d98448ca300ba7735a6643e'
                    }
                    'src_server_persona_proposal-mail_ts': {
                        table: 'sys_module'
                        id: 'a9c5e27247bd4ffb910c481fc23c68e8'
                    }
                    src_server_persona_proposals_ts: {
                        table: 'sys_module'
                        id: '1f408010215744d9bcc6e48e5dbea5a6'
                    }
                    'src_server_persona_rescore-batch_ts': {
                        table: 'sys_module'
                        id: '768f83fe0b3a4ccf9ab8a521217294a0'
                    }
                    src_server_persona_scoring_ts: {
                        table: 'sys_module'
                        id: 'e7780c2b011e47f68728448b55b1cb2e'
                    }
                    'src_server_persona_scoring-config_ts': {
                        table: 'sys_module'
                        id: '22602306d3f4427c948415641c406c9d'
                    }
                    'src_server_persona_scoring-rule-validation_ts': {
                        table: 'sys_module'
                        id: '4b6523f2493d46e8b5d35f8e865fc999'
                    }
                    'src_server_persona_usage-freshness_ts': {
                        table: 'sys_module'
                        id: 'f8deac5b2ad744a1bee3a009c04a5823'
                    }
                    'src_server_persona_usage-import_ts': {
                        table: 'sys_module'
                        id: '2048f84ba4a749b6b295342a88f43f60'
                    }
                    'src_server_persona_user-criteria-api_ts': {
                        table: 'sys_module'
                        id: '7650a2d0a7454de9ac645eecb4385a1f'
                    }
                    'src_server_persona_validate-persona-rule_ts': {
                        table: 'sys_module'
                        id: '1705e382a6c640b39ab275fdcf7ef950'
                    }
                    'src_server_portal_approval-page_ts': {
                        table: 'sys_module'
                        id: 'e887242a6ed1494397247f592a772251'
                    }
                    'src_server_portal_catalog-page_ts': {
                        table: 'sys_module'
                        id: '7caa10cdb7ab484bb25133db47c83b41'
                    }
                    'src_server_portal_change-form_ts': {
                        table: 'sys_module'
                        id: '2d93b6c30f4c411bae4217679f2fa743'
                    }
                    src_server_portal_charts_ts: {
                        table: 'sys_module'
                        id: '6825d5280f0f4efba3e09ad117a63e31'
                    }
                    src_server_portal_csv_ts: {
                        table: 'sys_module'
                        id: '1d2e192bb8b84d0d988e204a5021f288'
                    }
                    src_server_portal_dashboard_ts: {
                        table: 'sys_module'
                        id: '677d920c310948518a55a003cd0b8182'
                    }
                    'src_server_portal_dashboard-experience_ts': {
                        table: 'sys_module'
                        id: 'd4a8e484f99248d38bf7867c6bf6f290'
                    }
                    'src_server_portal_dashboard-governance_ts': {
                        table: 'sys_module'
                        id: '123695e3f5314f54af02bd54975de80f'
                    }
                    'src_server_portal_dashboard-ops_ts': {
                        table: 'sys_module'
                        id: '0a0519cb70be47058bd30665981d6ad2'
                    }
                    'src_server_portal_data-table_ts': {
                        table: 'sys_module'
                        id: '1aec0d48539d4d1a932e38a6666f3d09'
                    }
                    'src_server_portal_exception-request_ts': {
                        table: 'sys_module'
                        id: '39d94099cf0a455390182e4aa6182d04'
                    }
                    'src_server_portal_feedback-page_ts': {
                        table: 'sys_module'
                        id: '7574dc73f6084834a5f296b51888dbc8'
                    }
                    'src_server_portal_my-changes_ts': {
                        table: 'sys_module'
                        id: '619a7d52ce26477aa7b9cb21c211e032'
                    }
                    src_server_portal_order_ts: {
                        table: 'sys_module'
                        id: 'a4412c6eaff0434eab166aabcf621a72'
                    }
                    'src_server_portal_persona-why_ts': {
                        table: 'sys_module'
                        id: 'b24126ed5ab9439bad8c9a2cb879fa05'
                    }
                    'src_server_portal_persona-widget_ts': {
                        table: 'sys_module'
                        id: '95dbe161857b4404bc5e5dbaa1b11bf9'
                    }
                    src_server_portal_radar_ts: {
                        table: 'sys_module'
                        id: '7edf118e3f0a4b68bc1172b93e2b5b9d'
                    }
                    'src_server_portal_team-personas_ts': {
                        table: 'sys_module'
                        id: '5ce823609e5449c3b44c61e57a709767'
                    }
                    src_server_xla_attainment_ts: {
                        table: 'sys_module'
                        id: '1c561db4e97d40329c511e46842bd292'
                    }
                    'src_server_xla_attainment-calc_ts': {
                        table: 'sys_module'
                        id: '0c30f7ec2ab044c2af273e9b4a9ed1eb'
                    }
                    'src_server_xla_attainment-data_ts': {
                        table: 'sys_module'
                        id: 'f7deb15a49bd4a28880949ec8bd21b50'
                    }
                    'src_server_xla_decision-mail_ts': {
                        table: 'sys_module'
                        id: '162a586130404127925cf562dc93cc37'
                    }
                    src_server_xla_digest_ts: {
                        table: 'sys_module'
                        id: 'b43854bd5c524f64a797754df3db734b'
                    }
                    'src_server_xla_digest-render_ts': {
                        table: 'sys_module'
                        id: '710d4a77493d47ea877f427b90701568'
                    }
                    'src_server_xla_experience-data_ts': {
                        table: 'sys_module'
                        id: '564e9d3ba33847ddb557dba2371d4cda'
                    }
                    src_server_xla_feedback_ts: {
                        table: 'sys_module'
                        id: '824024670d494f73854f0640f4c91a36'
                    }
                    'src_server_xla_follow-up_ts': {
                        table: 'sys_module'
                        id: 'f708378ba37c4e6984bf00de0411bea6'
                    }
                    src_server_xla_happiness_ts: {
                        table: 'sys_module'
                        id: 'feff4c22ddc54992a6dd852c34548306'
                    }
                    src_server_xla_history_ts: {
                        table: 'sys_module'
                        id: '60c7130f651345e0b93d80455bc58cb4'
                    }
                    src_server_xla_insight_ts: {
                        table: 'sys_module'
                        id: '8f96ccdfacf3496cb73c77148a3b0254'
                    }
                    'src_server_xla_insight-api_ts': {
                        table: 'sys_module'
                        id: 'daa1cf2083eb43e6859055a978e4c129'
                    }
                    'src_server_xla_insight-calc_ts': {
                        table: 'sys_module'
                        id: 'b346d28c8ea14f41975b7d9984bc6860'
                    }
                    src_server_xla_model_ts: {
                        table: 'sys_module'
                        id: 'bc38501fb54b4b1290c3a93b68ef219e'
                    }
                    src_server_xla_stakeholders_ts: {
                        table: 'sys_module'
                        id: 'bae2f63a867f4b608b64cb387b607bd2'
                    }
                    'src_server_xla_survey-link_ts': {
                        table: 'sys_module'
                        id: '44344e6c54444a3fa727ae9712a574e3'
                    }
                    src_server_xla_time_ts: {
                        table: 'sys_module'
                        id: '3da45665d3374ddcbdaec26cb10ca1ee'
                    }
                    'src_server_xla_xla-rules_ts': {
                        table: 'sys_module'
                        id: 'dda0bf654ceb43c6a79aaa3e60bd2b51'
                    }
                    svc_collaboration: {
                        table: 'cmdb_ci_service'
                        id: '0de77afc85d443a5b1c71bf7ba71abfb'
                    }
                    svc_corporate_network: {
                        table: 'cmdb_ci_service'
                        id: 'bf428b6900854ea5bd97bb66a3b06107'
                    }
                    svc_remote_access: {
                        table: 'cmdb_ci_service'
                        id: 'bfb97501ac4e4c66b84b4d8eefd88e2f'
                    }
                    tm_usage_metrics: {
                        table: 'sys_transform_map'
                        id: '1df307360b5f4d9a93f996d47ee85062'
                    }
                    ts_usage_metrics_check: {
                        table: 'sys_transform_script'
                        id: '7d6a8cc20707465ea60fe38835b252ba'
                    }
                    uc_itil_users: {
                        table: 'user_criteria'
                        id: 'afcefdbcd57147e08ed5a9187f727c18'
                    }
                    uc_persona_business_analyst: {
                        table: 'user_criteria'
                        id: '4cc05be2d6c7445294a90301fd9ed84d'
                    }
                    uc_persona_knowledge_worker: {
                        table: 'user_criteria'
                        id: 'd4fddf2b241a46499554111762694683'
                    }
                    uc_persona_technology_support: {
                        table: 'user_criteria'
                        id: '66ba1ad9364a45d488d906263eca17f8'
                    }
                    uc_persona_telecommuter: {
                        table: 'user_criteria'
                        id: 'd357519501df43ed8d286473d30f5292'
                    }
                    uc_persona_virtual_executive: {
                        table: 'user_criteria'
                        id: 'f3df7cad06544234acdc893e1fc34c3b'
                    }
                    xla_approver_decision: {
                        table: 'x_psm_persona_xla'
                        id: '7599d9783c854af99832056aa7b42d20'
                    }
                    xla_feedback_approver: {
                        table: 'x_psm_persona_xla'
                        id: 'dff918c2a4e041119f38c769fd027909'
                    }
                    xla_feedback_implementer: {
                        table: 'x_psm_persona_xla'
                        id: '9fcde0f36f804c0e9ee380214d84433d'
                    }
                    xla_feedback_requester: {
                        table: 'x_psm_persona_xla'
                        id: '55297b6d1b6e4be69ecd2f22c9dcc82b'
                    }
                    xla_fulfilment_happiness: {
                        table: 'x_psm_persona_xla'
                        id: '650b929465324d9aa238ac7280136e1b'
                    }
                    xla_high_risk_updates: {
                        table: 'x_psm_persona_xla'
                        id: 'c169c5aca88748e2b8d4f68da7cd2777'
                    }
                    xla_requester_informed: {
                        table: 'x_psm_persona_xla'
                        id: 'ee6b6c1e66ae4fbe861bd6f90e84695e'
                    }
                }
                composite: [
                    {
                        table: 'sys_documentation'
                        id: '0076d2c5c9684f77ba65e06386e4fee0'
                        key: {
                            name: 'x_psm_persona_business_area'
                            element: 'owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00ad1a6eef6c4427a711ccd947da0262'
                        key: {
                            document_key: '86f2a6a6a745401c8ffecc27e459d838'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '011f6f712d234048b92f46effff4a9e1'
                        key: {
                            list_id: {
                                id: '772d480fccf541b3bef40f3312241b1e'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '012933c3a0b64da49d00c1a99387a320'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'service'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '014253c4930349828f0001cd53213baa'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '015d0143e16e40b99337693e2440ba9b'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'ranking'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01f86665173b438689f6058f1fd62945'
                        key: {
                            document_key: '2845401fbae04bddafa85a2f8be64e52'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '02133f06f49d44c7b2830eb67b1a753a'
                        key: {
                            sys_security_acl: '847ecd1a20134d80854b9b6fc5063143'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '022b680dfee24317a20af90eceb42f5a'
                        key: {
                            name: 'x_psm_persona_offering'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0232557158884c56a6be3b557782b5e9'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '0246cfbedac8495ca0c303c5e84426bd'
                        key: {
                            sys_ui_form: {
                                id: '022b680dfee24317a20af90eceb42f5a'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '027be3b790ca47da89aecb4403cf1dfe'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'measure'
                            value: 'decision_time'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02b176b2a33d465e8b75e94b81b89251'
                        key: {
                            document_key: 'bcb7475da05b494e98ac408c098c23fd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '02c26de5a2ba478aa382b69ff09fc356'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'proposed_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '0357f55c783f4b33b62f714afbd9f870'
                        key: {
                            name: 'x_psm_persona_assignment'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '03a083b0ffdf4efc9badc65bbed954c5'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '03c13a952e20469786afbaee0e9d172c'
                        key: {
                            field: 'conditions'
                            table: 'var__m_atf_input_variable_a5600fa0c3033300eaac11fe81d3ae6a'
                            id: '9716661d6fd045188d7382c623ceebae'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: '03c66d7dfb4c4558a2b4dabda424bc76'
                        key: {
                            map: '1df307360b5f4d9a93f996d47ee85062'
                            target_field: 'team_hours_week'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0432a32acea24efcaf1096bf9ef5f57b'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04a83c6973f5455f8fe1823b14e4e8bb'
                        key: {
                            document_key: '83b1d51b41ce47749aac9ec7a0d36733'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '04aa536f563e4d49abd836e541df6622'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04b7f4174fe94dfaa798bcac7b6947c7'
                        key: {
                            document_key: '63008eb719e7480fbedc26c5b1fa4932'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '04f5138d26a846b985b9c5512c9960ea'
                        key: {
                            sc_cat_item: 'e28ce640642944c7934ba4eea976072d'
                            user_criteria: '4cc05be2d6c7445294a90301fd9ed84d'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '05149fd6166e43d08c1d685e04852721'
                        key: {
                            list_id: {
                                id: '6aaea9eac2f64ffdab7d57179fdcab68'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'to_persona'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '05406e41fe8e495f8311717f88f9091b'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'ranking'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '054c99bf88a940e4844fcd96f21e7499'
                        key: {
                            sys_ui_form: {
                                id: '8738e69d5896490ebbbb23e7bbe6cef1'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '055566b849044b0da9078549cba25874'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'runner_up'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '05729fed81f64a0faa0a0dd5823d5ef6'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'approver'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '05eb974d6f7d440d9d6400bbf8c9df07'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'objective'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0613fc4e409644c89dd257d128a3e717'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '06257c25bace41d1989c6a7f94327aa0'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0669c7421a3f45b4b0b9fe301137d1a4'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '068f2ba82ad348078e5d1dc03c8e0701'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '06997a8e4bac435cb489175011975122'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
                            value: '4'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '06b8c23d232643479c72edd734fed049'
                        key: {
                            sys_security_acl: '2ba864a737834b66b0ba3a13ded6c5e6'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '06cae16d37e34ec091594240f62bceef'
                        key: {
                            list_id: {
                                id: '772d480fccf541b3bef40f3312241b1e'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'bundled'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06d677114afd444aa6373c2ab40901de'
                        key: {
                            document_key: '33211059e7b84f5593a2f3313e8ba293'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '06f78e476d3249d9bdb682111f387a36'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'score'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '07096543c4264202922b769987b36ad2'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '071d8b852fb1430e8b84ceb4f707f3e1'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '075907b7b1104174b621993de8aeae19'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'approval'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '077d61e4cc1a46e09b7bef22606a1cad'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'task_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '077e0c7314b0492d9689ab74ff8a5132'
                        key: {
                            name: 'x_psm_persona_xla'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '078ce64df5a7467395e87fc64c7d6c90'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'stakeholder'
                            value: 'approver'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '07c773f09806436eaa5dbce9c3dc180e'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '084f368d483444dd9db80c6ac9181b4a'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'task_table'
                            value: 'problem'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '08a68401059645ebb14ae5f3fa496dae'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '09036a76fd0f4cceb3b57ed8ddae0926'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '092fc1f14b744e3b925e09363b4c556a'
                        key: {
                            list_id: {
                                id: '077e0c7314b0492d9689ab74ff8a5132'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'measure'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0932df2d3ca84a75851f7417b86465f1'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'restrict_item'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0938eedf3d544aec9f44615799707b5a'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '097c3966c3804110aa6da6664c8d0966'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '8de3b131be384dc8846c1f84be081ac0'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '099099c1dfa94f959c1a522774874458'
                        key: {
                            sc_cat_item: 'a71c64648dea420ebbd47abff23462db'
                            user_criteria: '66ba1ad9364a45d488d906263eca17f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '099ce983d15145698074740e52a39e5a'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09b319821b9142129f2abb5dd32fc3bc'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'interaction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '09e9cc62b4da4a0b820a1e5bcecd3896'
                        key: {
                            web_service_operation: '63827d1dbbcc4efb8a6f11eb83c5c214'
                            web_service_query_parameter: '994d0bde98a24445b990d7018af3d86f'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '09f031ecde4e4687a4aaa541c7a833d0'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'mobility'
                            value: '4'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a0e91ecb5384bd3b3209e08a33892ac'
                        key: {
                            document_key: 'cda204398ca34c6d86723e844c872e99'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0a60d6dbbace451abf65d00eb38aa54d'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'held'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0a9e362160094c64b1a43e3953e58bb1'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'user'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0aba1645e4924c08ac5f5c5609667ddc'
                        key: {
                            document_key: '2815693fd47143caa36408856e9ebc3d'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '0aec10aa072a483ba26402badcedf397'
                        key: {
                            name: 'x_psm_persona_xla'
                            caption: 'Experience level agreement'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b02f9e592e74d569414a1621e71d780'
                        key: {
                            name: 'sc_req_item'
                            element: 'x_psm_persona_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0b1817c042dc4a9c98504a3d4da8c239'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'state'
                            value: 'cancelled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b22969455264071b3c86038ca7a98f1'
                        key: {
                            document_key: '63008eb719e7480fbedc26c5b1fa4932'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b50211ec9164888b88a6e49a781d45d'
                        key: {
                            document_key: '9975cd64788846128d958a394a1484c1'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0b5407c50e014debbb0bb53692b2f2dc'
                        key: {
                            name: 'x_psm_persona_change_phase'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0b742bd8f8544ca2a690e408e9a6119e'
                        key: {
                            name: 'x_psm_persona_persona'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0b7893da95644f4c9dbfff24dd301005'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'measure'
                            value: 'notification_latency'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0b9449dff4ac41e0aa4eb6b404a019fd'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'stale'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b985d32bba240aead451743031b234d'
                        key: {
                            document_key: 'bb414391f3bb400ea035c542f6905c2f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0bd5308f4411489dbb1d7faa8fc1bdd2'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0bf88bf231bb405697d749e12e9806eb'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'proposed_by'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0c1235a43a464ff7af075f0fea97ff98'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'c8ee2debca1747fd886554afb470fb48'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0c3cf7d6f6774ad48cff415b0d6e6b90'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'member_monthly_cost'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c57ac7820834c9da30f0661d9b0cbc7'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'catalog_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c62534999fb4033897d523d1c2e7076'
                        key: {
                            document_key: '267c06734f824bd0b8a2724f934c6c82'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '0cc4b14c94454f478fb0e5d1af6f1bb1'
                        key: {
                            sc_cat_item: '0eca708e1ab94bbb8330cc3ec160ee7c'
                            user_criteria: 'd4fddf2b241a46499554111762694683'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0cdb13412fe14c19a0541f0c7ef7c6b1'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'validation_message'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0cde2d8537a848919041c712bc87dac1'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0cdfed282d334644ab8b6766fffdcedf'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'state'
                            value: 'ordering'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0ce330a8fffa4f719c3ffe65f378f2f5'
                        key: {
                            list_id: {
                                id: '349c387a05f44b339328807a05b8dc49'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d45c982bfe1458599332afcc99f3624'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'xlas_met'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d693ee37bd24bfb8c56c82a5a8a825f'
                        key: {
                            document_key: '0c0480f740184d92a41920a57e308581'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0d6ac3b30a86469a8e2b8a93c4df1e5e'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'user_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0dc6892a33f844d3967bf63ddc940249'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'control'
                            value: 'vpn'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0df59ecc0b6e46c3970cb391d9f84658'
                        key: {
                            name: 'x_psm_persona_service_review'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ed42f8f466340b898c9daf948dc7142'
                        key: {
                            document_key: 'bb1d6400b8e343259223849ead024eb7'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0ee210f23bb74e29b2666f13553752d2'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'technology'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '0f0757b08a1d4f269c7ce9cae0c70066'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f0f566d29dd4eecbb98795571758217'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0f0fb3865cc349d2b26c41019287abc8'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'audience_department'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f12516e6f78431baa3e398f122ad855'
                        key: {
                            document_key: 'c2368fac004d4f9bba9c80bc6d65930b'
                            variable: '16bb323787221300bcbf480688cb0bce'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f1f2c7093d6493fa49244666da00657'
                        key: {
                            document_key: '67726493966643cc916528700d19ba9f'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0f6bbccd2146414cb157ff6371aec36e'
                        key: {
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'network'
                            position: '3'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0f7427faa8d742a9b607c50898782b85'
                        key: {
                            name: 'x_psm_persona_required_control'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0fd492011ce9494bada37d05b38b01c0'
                        key: {
                            sys_security_acl: '6b34cc50df4541da9a0a66f9b4eae107'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1004c5cce7a948fdaef341eb7fdbea8d'
                        key: {
                            sys_security_acl: '2d2585aea0284ee5b7e0480de1edfa00'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '100df3d33dd044aaac25d4c569def207'
                        key: {
                            sc_cat_item: '7871efe46de14c2b951b773b99fd50da'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '102410a7df3349ce98c17b2c2c1d96dc'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '10752ec61f3443568b09d8ad02fb9898'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'task'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '1087d452b39b4a18bce53fb99827aada'
                        key: {
                            name: 'x_psm_persona_profile'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '108a27d67741474fb79aa9dcbb918fe7'
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'task'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '10f69fb0beb54dc195705f812dc71c02'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '111f166548f1414fba99d74a92beb0d0'
                        key: {
                            list_id: {
                                id: '077e0c7314b0492d9689ab74ff8a5132'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'unit'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '11429fdb7cc645d1b38038c6df5488ae'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: '114367c7494b49c4addefb71f53c2ec3'
                        key: {
                            map: '1df307360b5f4d9a93f996d47ee85062'
                            target_field: 'user'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '114c081685b547fd9a08f509d1c90cf0'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'justification'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '119a519ca69346ce9481d03838a7c8e0'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '11d5688174ee47f69bd6666114534ce6'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'technology'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11d9aef27d024d06b7f934bf710ab26a'
                        key: {
                            document_key: 'f5ff1e2b86d442c09ead7a460aaffca9'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1256ba582f664822be06a05727ddf21e'
                        key: {
                            list_id: {
                                id: '349c387a05f44b339328807a05b8dc49'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'audience_group'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '128c9386ec994d569fc8ccb72e13df95'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'a22bc953a84140f2ae36cbd30e8e1535'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12a958843d0640f0b56041a50caec800'
                        key: {
                            document_key: '965a9ff0dd09462dadccae45631e0df4'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '130e5b17e97e40569a050175ec9430d1'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '133d0e6a3250440287c392e1c3d7e788'
                        key: {
                            sc_cat_item: '6b9a81b50e0346c39c87a7166907bea5'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13552b9a7260495580d576d2d5892b02'
                        key: {
                            document_key: '32b51901b8694cf6be1e484ca0e10654'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '136037cf1e1e45238b0e2f4aaf7f528c'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'from_persona'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '137f9cbec71e4e758818471953ceb00d'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '139cf377c61e471cae5599062e9d2f98'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '32b51901b8694cf6be1e484ca0e10654'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13cb87deee374611984268eca5878de0'
                        key: {
                            document_key: '161e929d2f5f464fac23a98b1079b7e4'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '13d86cea959f4fc596d71a009ea15917'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '2815693fd47143caa36408856e9ebc3d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14158038210f4584b813e4c87d008354'
                        key: {
                            document_key: 'c2368fac004d4f9bba9c80bc6d65930b'
                            variable: 'a588587787a91300e0ef0cf888cb0b01'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '141daef7285141428e569ff14a95d18b'
                        key: {
                            document_key: '1600fce30f524ae2a702038cb2157dcd'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14710dec4a6b4ceeb7567b905d280a01'
                        key: {
                            document_key: '7bd863e2bf6146859fa3b3eb41de2000'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '14f890ce9be141acab9847bdb426b981'
                        key: {
                            sys_security_acl: 'e5dd72afaad84bbb8f8363ab87bf1961'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '150291dff217492688af6535a68a8df2'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '152db8cd9ceb45c78a3764f024b42fe3'
                        key: {
                            sys_security_acl: '44713e8bf7fb4482aab67048c132ba19'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1533f29c1a3d47878d5e3489861a4e8b'
                        key: {
                            sys_security_acl: 'e5dda39244ed40de83173183e235a942'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '153941008bf047e8b5d0def8c7cd2031'
                        key: {
                            name: 'x_psm_persona_feedback'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15851c8f90f64f469b7218f3a30b19f7'
                        key: {
                            document_key: '90c880133be445c2bb1639c7740863aa'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '159208c837b6437191da36e4729f0aea'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'dimension'
                            value: 'interaction'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '15d18f4645fc484695c085c62b30dfea'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'scored_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1626a29c49df4ff281f2dda724b5b22f'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'from_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '164767f206a34ef58ddfa92d5ee3da9e'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '168028ca18a64e898c7f2d4d66ba746e'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'stakeholder'
                            value: 'caller'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '16b24477cf3944fa98e7ed14a5a94b3a'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '16ba280690254653ab9b175e261e4df1'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'last_demand'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1702d7d1d6e742828a1f231c6d65f930'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '175bd60551594d7ca9157c8faa5e845b'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '175d9da265c848618d5222308f8cfe90'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'monthly_cost'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '176c6d58f3dc4f77a074962e18e807c6'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'devices'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '177f7e81b49c402a9245c4eee14b2a4b'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'email'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '1781b13026f84414bd07f2650c39bba8'
                        key: {
                            sc_cat_item: '4fc86e8c302a4632a71b2bb596916d70'
                            user_criteria: '4cc05be2d6c7445294a90301fd9ed84d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17a83679c96b4f968fb8092ba97f5f59'
                        key: {
                            document_key: '63008eb719e7480fbedc26c5b1fa4932'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17d5d2f502314cfe8ec773c05861127c'
                        key: {
                            document_key: '8de3b131be384dc8846c1f84be081ac0'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '182f17bc573e4cdb9845c46c2cfd6c7e'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1831909a4fb04f28ba61676ccdbf698a'
                        key: {
                            document_key: '86f2a6a6a745401c8ffecc27e459d838'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '18c380aa434842d4b05806a6b2ae3a0d'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '191bdff7cf6a4df7887ad0e140adee21'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'locked'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1975485a65d641a9809a7626b197f681'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'decided_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19cf705dadb14339871157b666a57b3b'
                        key: {
                            document_key: 'b7cebbb785a5434a906b2f2de0a5486a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a138a946d254939a613c85bef330fe6'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1a8a4b47d15945edb008ce7ad88514df'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'contacts_per_day'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1a953c94c11f43f395de469640ebcef4'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'control'
                            value: 'device_management'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '1ab0ec0ce11f4ba9b88aa55ec3ac4d94'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1ab83f4f05ee4021bb855a2c2280ea5a'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'catalog_item'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1ac3c55f9f9b403fb5854670e9ccea9c'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1ae543b5f52744b6b2e3da802533a63f'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'reason'
                            value: 'locked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '1af40d99c98048f283bc996b21756b0b'
                        key: {
                            name: 'x_psm_persona_persona'
                            caption: 'Workstyle'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '1b362e0c2f114cc68d892bf940ade9c5'
                        key: {
                            name: 'x_psm_persona_feedback'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b3f29babacb4506ae83897d83023afe'
                        key: {
                            name: 'problem'
                            element: 'x_psm_persona_affected'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '1b81f116e27941bea27bb05a9b4d04c7'
                        key: {
                            name: 'x_psm_persona_persona'
                            caption: 'Members'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1ba519cb14ef4e299dbc7acd06af693f'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'change_request'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1bb61d1cfdd04b6186c47f2c838259e0'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'distance'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1bec9bd44eaa44d3a70032916c217a66'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'unit'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '1c223bd0e8934cd7a72b8cf3bf934e35'
                        key: {
                            sc_cat_item: '24ee3ef7747a48b89be3fa9f18ebf45f'
                            user_criteria: 'd4fddf2b241a46499554111762694683'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1c8979e779ca4f3997de70ad01ed95fc'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1cb90ed1fdba4affa904d90249292c09'
                        key: {
                            list_id: {
                                id: '885ea92e3c6d479eac81927b7e77cf05'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'recipients'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cbecb134b2b4143bb4badb2b97497f8'
                        key: {
                            document_key: '2815693fd47143caa36408856e9ebc3d'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1d076b0ad85644bb962040f4fe90f2f8'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d4500afa1454ede9191f796cbaa5f32'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'measure'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d5dea69964f4252af5786e60ef93dbb'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '1d628aa689bd48689fe8a006881474a6'
                        key: {
                            name: 'x_psm_persona_persona'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '1d6824ca549a4cee80cee2c56385126f'
                        key: {
                            sc_cat_item: '4fc86e8c302a4632a71b2bb596916d70'
                            user_criteria: 'd4fddf2b241a46499554111762694683'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1d813fe6b85a4ac3b95e488349a9e233'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'from_persona'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '1d84f10742454f0ba2476662eebff3b6'
                        key: {
                            name: 'x_psm_persona_proposal'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1dbb5f6e88324fddbb2835bf462d0dea'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1dbd13927e1b453b80818a4fd29eafb4'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'requested_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1de3a2943d194fa693dad1ae9112c336'
                        key: {
                            document_key: '32b51901b8694cf6be1e484ca0e10654'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1dfdf8fae48546a69c52e25be5579b7b'
                        key: {
                            name: 'incident'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '1e027ab473a8495fbd43e7607f7819ed'
                        key: {
                            sc_cat_item: '9d500dbf62034fe490a51e91a168c5f5'
                            user_criteria: '4cc05be2d6c7445294a90301fd9ed84d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e23f93981f24cbca4e6e4f8258f6d40'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1e2a9c83a3e04bb7bd2fdbe350fcefb2'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'stakeholder'
                            value: 'implementer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e2f898eaaf8452e83b5597a22ea99f4'
                        key: {
                            document_key: '267c06734f824bd0b8a2724f934c6c82'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1e3bbb1fe0c0411297c3775a72f30956'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'recipients'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1e67f312ed3640adb2604e8d2d889d75'
                        deleted: true
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'change_request'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1e69e69babbf44d28daac7b137bfb229'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'dimension'
                            value: 'communication'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1ebd7dcf032e44088f175875dafc036a'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'persona'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1f03b16fdf13482bb629c31cba0dcf4e'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            caption: 'Phase'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1f5e4ee9d8f04e5e8f4743baad3a8905'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'interaction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1f6f3f6d462d49198f311c508a8808ac'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'combine'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1fbcedb71bcb4bdaa88f1d1bac532b77'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'catalog_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1fc3e5aaf8974e5e8570c3759d69c9c6'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'qualifier'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1fe1ec23fda04715a38493d946a8a377'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '200e88e0b8614bec999199426168355c'
                        key: {
                            list_id: {
                                id: '772d480fccf541b3bef40f3312241b1e'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '20f17ef7860d40398664e686290422e5'
                        key: {
                            logical_table_name: 'x_psm_persona_persona'
                            col_name_string: 'active,order'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2104b62af19448d596b4c79292cb959e'
                        key: {
                            sys_ui_section: {
                                id: '72cac10075f74a399f6e3ed9bbc461d5'
                                key: {
                                    name: 'change_request'
                                    caption: 'Rollout'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_psm_persona_support_contact'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '21294ffee82940f089cf8462ee6f0757'
                        key: {
                            list_id: {
                                id: '077e0c7314b0492d9689ab74ff8a5132'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '220db6cd77f84e338fbba73971db50b8'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'proposed_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '22402b09d17c4ba0b2c761850311ccf8'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '232cf9e168174b9693a42982e2abecfa'
                        key: {
                            document_key: '8de3b131be384dc8846c1f84be081ac0'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '233545cd8cf547128c8c4937eb44ecb2'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'explanation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '234f403735754893b0fa0b3c0d8d3e3c'
                        key: {
                            name: 'x_psm_persona_profile'
                            caption: 'Profile'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2395429ac2044a2ab254a8036e95b72a'
                        key: {
                            name: 'sc_req_item'
                            element: 'x_psm_persona_price_shown'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '23d05c4663b24e3f82fbc97c6eb837fe'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'stale'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '240210826690442a87c084f335996e8b'
                        key: {
                            sys_security_acl: '7cc8a611dd324d91b37a4a0555733e5c'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '240f464ca2d64362a0658bf3da0b4184'
                        key: {
                            document_key: 'c8ee2debca1747fd886554afb470fb48'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '242573ce96c041daa34f7d11301e1e6c'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'team_hours_week'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2427e26a6a0e40f49c87a177bf7040a2'
                        key: {
                            sys_security_acl: 'f70e581898754f6eb51b4ca7805d0f99'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '247a8d50d69a4e5cb9fbde3b53af8514'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'network_gb_month'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '248b14a3c78e4f7dac9589ac1720e4be'
                        key: {
                            name: 'x_psm_persona_followup'
                            element: 'score'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '249afad52551467a871e890fca49c177'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'proposal'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '24d853b2db474b23b1d11bdfbb76af88'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'network'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '24d9d3e30d1a4e8e9fdf1fc1f77f8e81'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'weight'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '256e9eee07a94f2b8738587f7802d2e7'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '25d4bb83b72d4639b955854a33cf9bba'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'last_summary'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '25eefce676f44bcd84d5c6f6f991b942'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'user'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '260360f7742b47268c95bba40f0a980b'
                        key: {
                            document_key: 'b02be5d729b444bba46207777793b2e2'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '26105e8174e848b8bb5356b00b768666'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'threshold_2'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2610dd58e1d644f499d57c43a939be57'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_workstyle'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '261dd20e6c594bd0a7fff6aa22490afd'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '2625b3a8aa3743b7a7507bca15f46b4d'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'interaction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2650d0f02865443ab500572ece85bca9'
                        key: {
                            document_key: '90c880133be445c2bb1639c7740863aa'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2672e28217974c9f97340ace46d82c09'
                        key: {
                            name: 'x_psm_persona_followup'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2672f07ee9b741dc977ac7bb5b5d82f3'
                        key: {
                            sys_security_acl: '62865f3472a940989de13caa2e800ef0'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '267f6817fcd44c32931aa3bd80fc542d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'cda204398ca34c6d86723e844c872e99'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '26936decf7974d2c99634443993274a1'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'metric'
                            value: 'contacts_per_day'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '26a176444416462fa17ab32868761215'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '26aabff38b544f17a1ed0fe8e48e3be6'
                        key: {
                            sys_security_acl: '33177a0a721d496e90138a39dfea099e'
                            sys_user_role: {
                                id: 'c15e7eb2bd74498fbd4784b949075d96'
                                key: {
                                    name: 'change_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26c829a292624e5b8b94da5f0403b2fe'
                        key: {
                            document_key: 'bb414391f3bb400ea035c542f6905c2f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26e0633e6e4a49d3914f31561756475f'
                        key: {
                            document_key: 'f5ff1e2b86d442c09ead7a460aaffca9'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26ee92fbb85c413ab6c0cfda4fcd9bb1'
                        key: {
                            document_key: '207c10afaa1a45ec8d0f0a769ef0dd06'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '271b3f23a66642859495ec5d23089b1b'
                        key: {
                            list_id: {
                                id: '349c387a05f44b339328807a05b8dc49'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'audience_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2756da91f6234fdbb60ff0c3a44a4448'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '275b6d0f2ac849069c71f85ec8c396aa'
                        key: {
                            document_key: '134f828174474704855a145b332d7fd0'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '27dbc928954446dfbcdc7598b734dedb'
                        key: {
                            sc_cat_item: 'd13e85daac564f89af5c2cff531953d2'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '27e5753751154e0d85f743134be9349d'
                        key: {
                            name: 'x_psm_persona_business_area'
                            element: 'department'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '280785bec3d642adaf79dbfa6af26e68'
                        key: {
                            document_key: 'd95860ebddf84257affca0ec659ec805'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '282184b91f7a4fbda703e8b42742a93b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '90c880133be445c2bb1639c7740863aa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2871642147a64346b037cf41f4a01f35'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '7bd863e2bf6146859fa3b3eb41de2000'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2879521db2484763926d5db49ae77aec'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'threshold_3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '28e683356c68478fb04793ebf7df7cd0'
                        key: {
                            sys_security_acl: 'c304d41a642841188f3682a442fed124'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '28fa3da70ffd49f6ac9e5429a54241ff'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_rule_note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '290312a1aa8f44c995e12530f6e875a0'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'service'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '296334025f7c4187b6d24b1699b43ef2'
                        key: {
                            document_key: '0c0480f740184d92a41920a57e308581'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '29d6c4585e2c4dfa91ecbc12efc9da45'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'team_hours_week'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '29dabd850e7e4374bb30b8087c865e07'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'justification'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '29e5b5ab88174c81b223bdac8a6069df'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'interaction'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '29eb889d3d044684950323aedbd9c4ab'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '29f467c04ef049499388867e175494fd'
                        key: {
                            list_id: {
                                id: '772d480fccf541b3bef40f3312241b1e'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'monthly_cost'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '2a256a6b92a04fb18ea14e54b2339f0d'
                        key: {
                            web_service_operation: '63827d1dbbcc4efb8a6f11eb83c5c214'
                            web_service_query_parameter: '0d850fafa94e4748bbb65f10e4bc8203'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a2dd8273e4141a58bf4852c4c1ca0c9'
                        key: {
                            name: 'x_psm_persona_business_area'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '2a40840d2f3143ecbf4cc12a21a27873'
                        key: {
                            sc_cat_item: '82eaf904e48946288a67e8f74f12d58d'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2a516aa2d8b744a9b1e8b9d7ca9f17ef'
                        key: {
                            sys_security_acl: '201308fc08204cf3b031dbdfe6054af2'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2ad3c5675c434c59a22f8486318da8ae'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_type'
                            value: 'location'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2b68685060b34ce1adbfda44979c6202'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2c27529de2404b788fc985b1632b1cd3'
                        key: {
                            list_id: {
                                id: '349c387a05f44b339328807a05b8dc49'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'audience_department'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2c6dfb778d8541ca8ac7164350104603'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'interaction'
                            value: '4'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2c84ac48abae40d2b2cc2be4d1370bc7'
                        key: {
                            name: 'problem'
                            element: 'x_psm_persona_affected'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2d25d452fe4941c3ab6e206e02c36030'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'outage_notice'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2d7d3fed393848ac93585229ce9b1f45'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2d80ef6bfef84b89b295d500f92350da'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2e7f4b46a1eb4192b8ccc6215eca5477'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ec2d15aa44d46e69ae959d7cd8f9ca1'
                        key: {
                            document_key: 'e85d13ba5a014eb4b04baf6b9360c7e6'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ec88664bda6431ca21e5d3db4c34930'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'expires_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2ef9fd6be3f547d18e6db8d4ba448230'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'service'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2f2b09541ca2485f96167920e27dd280'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_channel'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '2f71a944481e4f049027901d4a51b3f6'
                        key: {
                            sc_cat_item: '0a16abc20b624f3c9f4bf1784b8681ae'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                        key: {
                            name: 'x_psm_persona_assignment'
                            caption: 'Persona change'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2fc0a59dc8844b7298896ffc8a3f71bd'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2fc9cb8794d24c9c9fbb4de20f821eac'
                        key: {
                            sys_security_acl: '53b41cdde7884cedb845421a8d755df0'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '30094b01d38d4707b46002695d0c15c4'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '30367d4065fd472eab6d9d4e1d0e31fc'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'proposed_as'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30808904ddf24b41a30ea468a6eeb72b'
                        key: {
                            document_key: '496f0c62e4564613990a743a65304b6c'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '308ddee6b75945338e7cc4d4a63aac0a'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '30924369160240b0b5bf0eed7d5dad0e'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'margin'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '30bb960a79a54880a8c8bdae3a44fcd8'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'time_lost'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '30c10f806c194d4081e7bafd8d682a19'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'end'
                            position: '4'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: '30c51df757f04bfe871013b1b1e77b11'
                        key: {
                            id: 'psm_team_personas'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '31370d70b2304658898e3ce2b9dc4f85'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '315183f62e484db78393182eb1813f8e'
                        key: {
                            sys_security_acl: 'a316b72f5b2e4c73b61ef5f318238ce8'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3172da5eeadf4a6e98e21f59f8586884'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'change_request'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '318f850047e449eaa1a91703f096b60f'
                        key: {
                            sc_cat_item: '6436553e270a417a939f6503b5e90662'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3194e3aa411a41ec8f5ee2d3879cfed8'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'snapshot'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '31a40ed078054c3191192b163318b519'
                        key: {
                            logical_table_name: 'x_psm_persona_feedback'
                            col_name_string: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '31bd240fa1604a22b1c4c7f76d09c8aa'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '31dee80f84484ec49d6acd0a16b53103'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'technology'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3225b60c35254851a66e74e7a696c717'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32d6d22d5f6f4381b01493fa00d0290a'
                        key: {
                            document_key: '0c0480f740184d92a41920a57e308581'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '32d79d7bc71c4786a97ba20121fa889e'
                        key: {
                            sys_security_acl: '1bee0553e1b4465694875405480c87a6'
                            sys_user_role: {
                                id: '68deef75079c4b45a5bc57b40b817c9c'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3374b8bb1d964471a84e992a770cff95'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'usage_source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '339ad625006246a9a257df34f8bc848b'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33ae1beeab754453a20f0d145c282af6'
                        key: {
                            document_key: '1600fce30f524ae2a702038cb2157dcd'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '33e12615fa2f46f8a6e928d119f12b46'
                        key: {
                            sys_security_acl: '33177a0a721d496e90138a39dfea099e'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '33eb582373ec4e8495dddd46baac368a'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'period_start'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '33f5260efd004f8b9e558913032628fd'
                        key: {
                            name: 'sys_user'
                            element: 'x_psm_persona_persona'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '34138306a7fd44878d893204c35bcfb0'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '34183de26ec7444291580ca5d67392ba'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '342f06bb0b6049bba6c96e5c84c76143'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'approval'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3471846438504d90ad7acca338050df0'
                        key: {
                            list_id: {
                                id: '885ea92e3c6d479eac81927b7e77cf05'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'xlas_met'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '34747204636f4a84b9289982e0fd14f0'
                        key: {
                            sc_cat_item: '1f6b26c13fb84ab08c392a0f1ee3054c'
                            user_criteria: '66ba1ad9364a45d488d906263eca17f8'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '349c387a05f44b339328807a05b8dc49'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '34ac13fda9d34b8389aa0f883d1205fd'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'combine'
                            value: 'max'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3528175ea4264541a27772bc985eb58a'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3620d9f410a94223be3f493952ff93a7'
                        key: {
                            document_key: 'bb1d6400b8e343259223849ead024eb7'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3650e872611d42e9badc00b212987ab5'
                        key: {
                            sys_security_acl: '519efd8da986490aac57abb8bb1f3a84'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3666298285584aad99faee4a3abf5d63'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'rating'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '36c25bf73cc84ed79edabcd25c82af6d'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '37a5c8dba4ca4c05bf2d657e9132cc58'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'rescore_requested'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '37d1866427d3428b9554ebe42a30ece3'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37f6456f240747eaa8e556387f5ee2f1'
                        key: {
                            document_key: '7f36d2c25379447db1fcc0cc13af9766'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '383843d481a54d2787e7e8d313b6641a'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'task_table'
                            value: 'incident'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3895683a118f4956a66284c69f44cc7e'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'control'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '38a6bd56bd024e29af10426194c205b9'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'monthly_cost'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '38aa39cb7cbe4d8f85cc6170fb95ba81'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'combine'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '39082a05a0d84fb981b98951329d5061'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '390d0b49016340d2a198dd151b89576a'
                        key: {
                            sc_cat_item: '4fc86e8c302a4632a71b2bb596916d70'
                            user_criteria: '66ba1ad9364a45d488d906263eca17f8'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '39226284c2f94b56b8c01830b9ce6d40'
                        key: {
                            name: 'x_psm_persona_offering_service'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '392df5ed95d843c89fdb820d466714ed'
                        key: {
                            name: 'x_psm_persona_provisioning'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '397b94270dd445c19d8ae23d00ebb0b5'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '398efce7e19c40e980293faba1d85348'
                        key: {
                            name: 'x_psm_persona_change_phase'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '39a8886f6e104e70b917553900879825'
                        key: {
                            sc_cat_item: '99cf821de55449adb2064596e35eccd9'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '39be2f30b61f4dabbfab96ccc304ad2b'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'decided_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a020a64eba04e7a8a59703cb007df2e'
                        key: {
                            document_key: 'aae3c15216544772811e076d5e763a0e'
                            variable: 'd30577f4c3033300eaac11fe81d3ae3e'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3a2121a4c03a48cfae766b9a4515e352'
                        key: {
                            sys_security_acl: '9fa8cd95c19a482486b7b5a7728b1192'
                            sys_user_role: {
                                id: '68deef75079c4b45a5bc57b40b817c9c'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3a66222a54e748cb9c3bfe7785a77829'
                        key: {
                            sys_security_acl: '7adedb81d16143a982e8868cb0cfc7d0'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3a6a2450bfcd47bf80928cb0ed46f779'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'usage_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3b13fa46012a495bb2e6e9074aae038b'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3b200b93416542259d12dd16502d4033'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'stakeholder'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b8bff837f0f4a99a6c9865bbf0fbe09'
                        key: {
                            document_key: '67726493966643cc916528700d19ba9f'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3c0fa92403f54530a79801a768722286'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'config_version'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3c65eee3a2dc42efb19732db3e8e6f89'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_security_notes'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d002d4c2188446296322ccb7125e5c8'
                        key: {
                            document_key: '63008eb719e7480fbedc26c5b1fa4932'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3d8b56eec11c4f029751d98065b5a683'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'start'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3d981a141bda4368a4569db2dc3e8d10'
                        key: {
                            list_id: {
                                id: '6aaea9eac2f64ffdab7d57179fdcab68'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d9a37e415604a9eb56f887ca9a7b071'
                        key: {
                            document_key: 'e99f47676c9b44f9a6d1b50f8f06d4d4'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3d9affd6f3f34c87994aaec5f6368a47'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '965a9ff0dd09462dadccae45631e0df4'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '3da1c96f711c488b98e79252944258c9'
                        key: {
                            name: 'x_psm_persona_profile'
                            caption: 'Scoring'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3dd3692d29e142e2bd242fbb595d059a'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3dd7b1669c514aff871bc48ccb437ae8'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'remote_pct'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e0675c29f8f4456b744f6b04e3a8007'
                        key: {
                            document_key: '86f2a6a6a745401c8ffecc27e459d838'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3e1ecc22ef314480a2ace2f0f2cba6cb'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'comment'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3e2a8e9ec9aa4675b2f10d54822ef7df'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'change'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3e43e003da09425298f5b1a828dbb938'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3eab169736d346739f84af5311238123'
                        key: {
                            document_key: '6682f10f713c439992e202b8fc7d98a1'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3ee15b3953334e1bb2c14264b4eecab2'
                        key: {
                            sys_security_acl: '1b870e36cfef4ea483c8a506f1b554a2'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '3efa56dd950c4fb89a15269b086b617b'
                        key: {
                            sc_cat_item: 'a3fea402428544749394eb007e4d8a4c'
                            user_criteria: '4cc05be2d6c7445294a90301fd9ed84d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3f1f6d2691554c649d4f9c4f88718924'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'a22bc953a84140f2ae36cbd30e8e1535'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3f24586066d34570af5ecab06df08dad'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'user_criteria'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3f6ade8042b746cf88d9be7b4d564d19'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'snapshot'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '3f76120a200349c2ac6cf08548f68e8c'
                        key: {
                            name: 'x_psm_persona_persona'
                            caption: 'Persona'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f919479df0841adadc3a591b5381288'
                        key: {
                            document_key: '63008eb719e7480fbedc26c5b1fa4932'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f98f9974cf9488fb48ff814961e2c1a'
                        key: {
                            document_key: '9c165fe683a248e9a2408e98ae434fcc'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3f9f79c2a6d14d059eb3177924fb8dc6'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3fe4dc00bbb1473c91ad0764967e3526'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'justification'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4006fc3b8c1640cc9b6c59a37e780ef5'
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '403914e4d5e04c5ca2b12291d9710b2f'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'dimension'
                            value: 'network'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4084cd5e510c461b929004a9ff4d1298'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'control'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '40efcf0fd3484bf28e72bb54616dfede'
                        key: {
                            sys_ui_section: {
                                id: '96db427dcc7641818bb20e12a3ee4dcc'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Offerings'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_psm_persona_persona.x_psm_persona_offering.persona'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '410d0ab10dce4912a7b40b3505cd463b'
                        key: {
                            sys_security_acl: '67a3e2548a014e98bb0e7c1b63b5537d'
                            sys_user_role: {
                                id: 'c15e7eb2bd74498fbd4784b949075d96'
                                key: {
                                    name: 'change_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4115d5aa9a994aa1a1e888fa0718f998'
                        key: {
                            document_key: 'c230c68beb374143b194623fec91b950'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41405ea9bf44403cb0b45b09a1491291'
                        key: {
                            document_key: 'bb1d6400b8e343259223849ead024eb7'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: '41577313f1f54e4c8f4a823e6013b5cd'
                        key: {
                            id: 'psm_catalog'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '424eaab6f10840b181634b14ade460a0'
                        key: {
                            document_key: '10e1b56b7e964de9b128979227ba8b98'
                            variable: '82233f13c324320076173b0ac3d3aef7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '42a1b241033745709f01d6a966eb65f4'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'network_gb_month'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '42bc8b084b574c04bbf2c28ca70062d0'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'measure'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '42c6f6a4454b45a5ad863c7658de2377'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'b02be5d729b444bba46207777793b2e2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '42da1aa78a6047caab8ecba5ba93fa64'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '42ecead3c5c444bf886af8fe252564f4'
                        key: {
                            sc_cat_item: '24ee3ef7747a48b89be3fa9f18ebf45f'
                            user_criteria: '4cc05be2d6c7445294a90301fd9ed84d'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '4319df6754c84d9ea0e0d022d7822a6b'
                        key: {
                            logical_table_name: 'x_psm_persona_provisioning'
                            col_name_string: 'user,state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4327791de13a4773a8ff53aa416e0548'
                        key: {
                            document_key: 'c8ee2debca1747fd886554afb470fb48'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '43becdbb37b54849836b941f5ea164d1'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'margin'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '43d8b438882c420cabec947e87836ebd'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'audience_persona'
                            position: '11'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '442c9912068847299034441d2ebb5e16'
                        key: {
                            name: 'x_psm_persona_feedback'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4466d14e4faf427aac66c0f7cbfb5dbb'
                        key: {
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '447149c649194215a0e8684b3d30a335'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'reason'
                            value: 'rescore'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '447178835af24c999db4eeaa5a23c6c4'
                        key: {
                            name: 'x_psm_persona.usage_loader'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4506832055464ab3aedd4e05aee53f8a'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'scored_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '455dec8833874d13942f8bae4a464802'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'from_persona'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '459ca25bf7fd4f9fb3e19ace02df7b04'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'interaction'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '45b9b0d6907849d5af8b46377dac097d'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'proposed_as'
                            value: 'business_area_owner'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '464622864e0c4aea981d154275ead548'
                        key: {
                            document_key: 'c230c68beb374143b194623fec91b950'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '466eaebaf4ea477a98b28e1ea2b62a10'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'user_criteria'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '46d390ccc3af402684b27eced747185d'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'decided_by'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '46df84ffc5564026b0443e11dbc62dfd'
                        key: {
                            sys_security_acl: 'c062ce12c94747d2863feeef01b57378'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '46e211ecc1d2494cb2251c6cf1492a22'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'dimension'
                            value: 'communication'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4774096691d54f8ba74ed848bbdced40'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'urgency'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4776dccb499f4068a8ecaab1c82d4393'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'metric'
                            value: 'remote_pct'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '4782a9c3ed7f4e02a9c597d93eeff782'
                        key: {
                            name: 'x_psm_persona_business_area'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '479ad115a6944aa48fcb176a7336f5ff'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'provisioning'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '47aa9a7b1e784b79bea36ca374d81922'
                        key: {
                            sys_security_acl: '9fa8cd95c19a482486b7b5a7728b1192'
                            sys_user_role: {
                                id: 'c15e7eb2bd74498fbd4784b949075d96'
                                key: {
                                    name: 'change_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '47aec33a293349a28f8cb6da0b3fa3ba'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '47ca29e69345450ea1e0332f040480e9'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_type'
                            value: 'persona'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '47f7ad46129f4cb7b55a16c7b3f57341'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'to_persona'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '48457649b52c4790b660917ba4da517f'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '485380bca41f46c880d837d7b90ec27a'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'requested_text'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4870bea9afd841259fe7e1dffed9915f'
                        key: {
                            sys_ui_section: {
                                id: '234f403735754893b0fa0b3c0d8d3e3c'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48e5cb5f21534cd4965bb6db80a4ff39'
                        key: {
                            document_key: 'e4c800cbb660454891a4513faaf3d46a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49043e145a7d4fb5ab66a5d8e6a3b0d8'
                        key: {
                            document_key: 'f5ff1e2b86d442c09ead7a460aaffca9'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '493df50b12834bdca8648273d0d5b38c'
                        key: {
                            document_key: '6682f10f713c439992e202b8fc7d98a1'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '49622783dce148c0a1080ec135ef7f51'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'contacts_per_day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '49653faa5e66469bb82d9eccf98d6ab4'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'network'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '499127ebadfb454da5f1a1e3926e62f3'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'dimension'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '49b46a5297a34334a77ef9339954acbc'
                        key: {
                            sys_ui_section: {
                                id: '72cac10075f74a399f6e3ed9bbc461d5'
                                key: {
                                    name: 'change_request'
                                    caption: 'Rollout'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_psm_persona_rollout_plan'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '49b80ccce185493ba9d0cea973cd33eb'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '49f36b868198463694c358d59c50c443'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'rescored_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4a2c35f648164aab8ed60a51bedd7a3f'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'to_persona'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4ac78f96af134b57ab5e483167cdde7c'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_risk_summary'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4adfb7e2b9df428bb9fa291da54bd32d'
                        key: {
                            name: 'x_psm_persona_business_area'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b07326378df4364bc894ea4d2154f87'
                        key: {
                            document_key: '10e1b56b7e964de9b128979227ba8b98'
                            variable: 'a588587787a91300e0ef0cf888cb0b01'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4b0bd4a65c7541a7bd2e8fab60025c7e'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'short_description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4b60767f668845ce9baffc415860566f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '2845401fbae04bddafa85a2f8be64e52'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '4ba4ac9c8b0e48c2add03a2ff86ed563'
                        key: {
                            sc_cat_item: '7871efe46de14c2b951b773b99fd50da'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4bb4ecbe1ad143abbbda7989ec4fbb8e'
                        key: {
                            name: 'sc_req_item'
                            element: 'x_psm_persona_persona'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4bf5b6e9bbfd420a819a51cb75f1102a'
                        key: {
                            sys_security_acl: '33177a0a721d496e90138a39dfea099e'
                            sys_user_role: {
                                id: '68deef75079c4b45a5bc57b40b817c9c'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4c24bd66938343d3a821ab6d1ad29066'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '4c6325f64f554e5d9613cd71663594e7'
                        key: {
                            name: 'x_psm_persona_feedback'
                            caption: 'Feedback'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c75a0bccf48464abf210918a84f8bed'
                        key: {
                            document_key: 'bcb7475da05b494e98ac408c098c23fd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c8060b28e4741d7a0026ce59b2bb00b'
                        key: {
                            document_key: 'f5ff1e2b86d442c09ead7a460aaffca9'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4c89e5b5b49541428f7757154cdcbaab'
                        key: {
                            sys_security_acl: '5d2208a7ee1b42f287f90a6d8427320c'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4c8d1912cb3043e180998c99d8923c03'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'mobility'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4cc555ef171d473eae0eb1f3f7fa0ddc'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ce9f796919342c69bb1def6f57652a3'
                        key: {
                            document_key: '6682f10f713c439992e202b8fc7d98a1'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4d2b6e8949524935ae16b0362c386f26'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'xlas_measured'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4d3e88d3716e4e079e0977634e1c0ffa'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_rule_note'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4d8d4090275e4dfc9a3f273633f9b3dd'
                        key: {
                            list_id: {
                                id: '349c387a05f44b339328807a05b8dc49'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4d9d53f5318a4b62b876764768e610ab'
                        key: {
                            list_id: {
                                id: '772d480fccf541b3bef40f3312241b1e'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'catalog_item'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '4dc81a7992f94947a9d340c439fa43c2'
                        key: {
                            name: 'x_psm_persona_offering'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4dc9d07e920240a8a647d68b510ba5b7'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '83b1d51b41ce47749aac9ec7a0d36733'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '4dd4a9c2bfa84507916b9f285ac5c5e9'
                        key: {
                            logical_table_name: 'x_psm_persona_xla_history'
                            col_name_string: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '4ea96761e0cd4657a77b89bb20587128'
                        key: {
                            sc_cat_item: 'f88693a665034e7c8e301f28d7f76754'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4f13aa4016b74bc78ba81967c6d2c5b2'
                        key: {
                            sys_ui_section: {
                                id: '72cac10075f74a399f6e3ed9bbc461d5'
                                key: {
                                    name: 'change_request'
                                    caption: 'Rollout'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_psm_persona_phases'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4f176edf6dae4bc6a15062f6fc3cbbbe'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_risk_summary'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4f287618b7a842299d60d43dac053c48'
                        key: {
                            sys_security_acl: 'a8fd7e6338e84214aabbf427b0d9cd79'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '4f2efdb8c681478d9254b20a96536b11'
                        key: {
                            sc_cat_item: 'ccd9d3d422a24246803fa8fc0e43dfa0'
                            user_criteria: 'd4fddf2b241a46499554111762694683'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4f35cc6e82644b508364a14066c816ca'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4f6bbb434e384b01822075a6284e9fb0'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'reason'
                            value: 'proposal'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '4f91a0e7d8c94a218acfd2a40500caef'
                        key: {
                            name: 'change_request'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fccb4e1a9f341cb9397f5a1236f863f'
                        key: {
                            document_key: '134f828174474704855a145b332d7fd0'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4fe4717d708e46ea830b0c6200fb7316'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_test_results'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4fe54cbda5884dada4056bd46f717517'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '507fb3c0e6384c4c9dfa9bb778d5b410'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'approver'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '50878707ae6f42fda7b347a4834ea08f'
                        key: {
                            sc_cat_item: '9e9f533872034e0dac8f46e571d497a9'
                            user_criteria: '66ba1ad9364a45d488d906263eca17f8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '508f52ec44814fc6943337e5fdd1fdb3'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'team_hours_week'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '50d56fb1703642429a14b2b3d5902a7f'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'user_name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '50f1589229b94bfca14b43497bcb7da0'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'rating'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '50fa55910013445eae3e88d9d8d79d68'
                        key: {
                            document_key: '7bd863e2bf6146859fa3b3eb41de2000'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5110b438db3f41c1853cfb6e6fde6f6c'
                        key: {
                            document_key: '9716661d6fd045188d7382c623ceebae'
                            variable: '92c42ff0c3033300eaac11fe81d3aec0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '518c60d2d2af412d904998b8e010261b'
                        key: {
                            document_key: '496f0c62e4564613990a743a65304b6c'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '51a08bdee5004947ac0243ba3145bacc'
                        key: {
                            name: 'x_psm_persona_offering_service'
                            element: 'service'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '51a32e11594f473396dbc2c3a8b8d8d0'
                        key: {
                            sys_security_acl: '865b484906774bbab2ff5695991492ca'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '51e77517f5f54b7dad7750522b911058'
                        key: {
                            sys_security_acl: '7d3a43a8c73b493cb1054d6543f8bb64'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '51edc75c71b24f3296603c853702657f'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5239f1ca12444267b2ee832706eeba49'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52ab97e0269143808d5a75d81fd3d03e'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'state'
                            value: 'ordered'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '52c92b0e9d244def9cfa4cd0b3c9fae8'
                        key: {
                            sys_ui_form: {
                                id: 'b8f00c290f8e421a8b415c0379019852'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '52d54af0ee604df49678f6eccaa572ef'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '53146c65dcda4bc399d140372cf6e508'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'unit'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '53198bc9d33045cfa4bb1177c1e909c7'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'threshold_3'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '5336dad6a5d9458c90e6035478422c36'
                        key: {
                            sc_cat_item: '6436553e270a417a939f6503b5e90662'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '5354c4bcfb584962a692a15b17f65f62'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5355ebaac582452fbf20b1cff8e19f77'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'stakeholder'
                            value: 'requester'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '5357596e6f25481899c49114acefe8eb'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '53b104cb1230422c9896243c38293255'
                        key: {
                            name: 'x_psm_persona_availability_target'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '53bb97ffa65f401abfe0ab285cad1ee4'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'dimension'
                            value: 'technology'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53e5c98bb41b490c9fe477dbb73b2f7b'
                        key: {
                            document_key: 'aae3c15216544772811e076d5e763a0e'
                            variable: '92c42ff0c3033300eaac11fe81d3aec0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '53edcc47836b4f1692ea52f4f8f8ff5d'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '53f29890b2ed4452896746356e394de0'
                        key: {
                            sys_security_acl: '67a3e2548a014e98bb0e7c1b63b5537d'
                            sys_user_role: {
                                id: '68deef75079c4b45a5bc57b40b817c9c'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5418d9ac6e734884800d85564f1cd72a'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'weight'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5461809310824274ab4a32e0d46887e0'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'comment'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '54632c3a83db4814bb6a6bc2c172db8e'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '548df2883e4e46a99dc1fe1bf3352890'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'worst_group'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '54d53910347f4ed3a481abe664202713'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_rollout_plan'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '54d54d3ab900463abdb80e8b7072f8b4'
                        key: {
                            logical_table_name: 'x_psm_persona_business_area'
                            col_name_string: 'owner,active'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: '54f0dd3bc8e74014a3b6eb6fc2c92157'
                        key: {
                            id: 'psm_my_changes'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '55028302f3aa470db88aa472aa722b4d'
                        key: {
                            name: 'x_psm_persona_offering'
                            caption: 'Offering'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55371e105e1543aabceccd2a8ef7e34b'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_persona'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5540795dc477444db6d5b4def67fb285'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '556f3657ccea4f429941e3cb92071d38'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'monthly_cost'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '557035af7aa6445bb43fcb7f6c57966a'
                        key: {
                            sc_cat_item: '1bf3db2a6914490990e7e9dc8952b76f'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '55d4ed9ca29743b890230120710c8502'
                        key: {
                            sys_security_acl: 'd7111459fcad4931b9f200d57892b6a3'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55e2727b037b42ffb0808c94a669f770'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55e4f434f6874ed88e8282470b476d6f'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'xlas_measured'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5613b0ff7b0e46538b8b481a21a7e559'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'interaction'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5629efc59ab7495a8517498d43bc2a1e'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'threshold_3'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '56404343db144dd9aecc101c0069f61a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'e85d13ba5a014eb4b04baf6b9360c7e6'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '565ac85297654335a2907bbd12191733'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '56792cfba98c4d4baca20b00e22e12ac'
                        key: {
                            sc_cat_item: '0eca708e1ab94bbb8330cc3ec160ee7c'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '569b47a7b0ba495cab93573e5fc0c2b9'
                        key: {
                            name: 'x_psm_persona_offering_service'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '56b62ef0c14b404a989ef2f44142d8ae'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'metric'
                            value: 'devices'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '56e003ab7cec42019a6a82d71157bc70'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'min_ranking'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5745a5610fd24cc9b353015ea0da5c9f'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57570b70f0814bdf8089e6f813e6f128'
                        key: {
                            document_key: 'e99f47676c9b44f9a6d1b50f8f06d4d4'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '575f1a2910b24aec821692a11a7a045a'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'mobility'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5764969e821f4b3fa7cd676557b4f997'
                        key: {
                            document_key: '965a9ff0dd09462dadccae45631e0df4'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '57f876a0ece04f4c8d37d98188a1ed2c'
                        key: {
                            name: 'x_psm_persona_followup'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5814be0ed8d34d97b68fa10d9b4576f2'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'unit'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '583cc65fbb6d4436a709d0902ca29d70'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '583fd988e6b64f96a4f365f5eb300182'
                        key: {
                            name: 'x_psm_persona_profile'
                            caption: 'Usage'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '58563f075b3e4b86907176d8ffde3d68'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '585f4520850e4c0d9f85f0c85a3aceb2'
                        key: {
                            sys_ui_section: {
                                id: '72cac10075f74a399f6e3ed9bbc461d5'
                                key: {
                                    name: 'change_request'
                                    caption: 'Rollout'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_psm_persona_training'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5871068c19c94be689919a02c3c7ef4f'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'score'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: '588c48f011284e0d9aa4828bf63baf01'
                        key: {
                            map: '1df307360b5f4d9a93f996d47ee85062'
                            target_field: 'network_gb_month'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '589b5e8b3cf14312b7512b0e48c436de'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'to_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '58dd69d0df834be8b25ad9dcff2e1ac4'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'qualifier'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '58ee25a86dc045f4877bec4b25bbea4a'
                        key: {
                            sys_ui_form: {
                                id: '1b362e0c2f114cc68d892bf940ade9c5'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5934ade9bbe14450bde1c7ac39801c2a'
                        key: {
                            document_key: 'f5ff1e2b86d442c09ead7a460aaffca9'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '59506731ee994b91b0b984c0f1efeaac'
                        key: {
                            name: 'x_psm_persona_business_area'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '59c66ae61e2f4a62955b5f8ba3c9161c'
                        key: {
                            document_key: 'a22bc953a84140f2ae36cbd30e8e1535'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59db6b758712457d9c1c88ecf113a049'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'business_service'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5a84ff27bc7044df897892c9335ec123'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '5aa976d7981d4a0a865ff6a6881db8f6'
                        key: {
                            sc_cat_item: 'a5986aebbe7741a6a9f9a322bf35959c'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ab9888fb0ad47078c6d658f15304973'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ad9136cc9014a809d64ff05d8dc5a88'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'contacts_per_day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5b1a826d3bf143afa392ac45f0e0f61a'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'remote_pct'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b3afe4ebd5245138f75d977f8d0b4d9'
                        key: {
                            document_key: 'e979188562d3403d9f5b816fc73dd6d5'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b4a37768a9d4b769c08ac7aa2d2b46d'
                        key: {
                            document_key: 'd8a34215a7ff4d75b055f27252c71c59'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5b6da2bee54e4d4fb89ec829cae1fca7'
                        key: {
                            sys_security_acl: 'e460f9ef8b1249dc9d8282a7f772de20'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '5bbc839fcadb4e1480751ac4d70facad'
                        key: {
                            role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                            contains: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5c268017427146eeb5c2e99eb736d056'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'decided_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5cb1caa196ec443da76918898f71ab86'
                        key: {
                            document_key: '1600fce30f524ae2a702038cb2157dcd'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5cda4e55fb75444d872a011a794fdda3'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'last_demand'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ce55d61fe5245a8954f3ba906e9938a'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'current_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5cf0173334d84daa90e71ae7011a6c93'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'task'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5cffd7e76fe24b89a0726c50cc261356'
                        key: {
                            sys_security_acl: '02550e1d4fee45459b9d322570472c85'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5d3193295a5444a0b84d8877d7aed150'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e1bc5efa83e4dc2b04c4bf506f7e56d'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'capacity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '5e54693a0e254d1b9070bc7bb83be3f4'
                        key: {
                            name: 'change_request'
                            caption: 'Phases'
                            view: {
                                id: 'c37021d64a27497bba19e72262b771e8'
                                key: {
                                    name: 'psm_rollout'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5e87b0329849439a98382b1057286801'
                        key: {
                            list_id: {
                                id: '885ea92e3c6d479eac81927b7e77cf05'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'open_high_risk'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5e9e86aa3c624fd081e44f0d66c37b40'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'd6a27ea24cd34bb89e310262339e09d2'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f5de09066a04fdaa211de7ab3c8269c'
                        key: {
                            document_key: '161e929d2f5f464fac23a98b1079b7e4'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f83349cd2b1441f98a5a2b45df4cbb7'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'distance'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5fa6713429e546d0b478b91af1e58279'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'metric'
                            value: 'network_gb_month'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '60434d2b1566489e942c795c38084175'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'short_description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6112475eca1a41cf8f60776d983ad2d9'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'bundled'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '611df481cef94a7380708d24a6991a0c'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'xlas_measured'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6144d0066a0248b58ada7182a89539a1'
                        key: {
                            list_id: {
                                id: '565ac85297654335a2907bbd12191733'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6177fd81ab7f44408a0de2a2133cd844'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '618ba62fb68445e999f5b74895f4c173'
                        key: {
                            logical_table_name: 'x_psm_persona_offering_service'
                            col_name_string: 'offering,service'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '618bab43cac74d789aefac671298e6fb'
                        key: {
                            list_id: {
                                id: '077e0c7314b0492d9689ab74ff8a5132'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stakeholder'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '61f7991fdc3b4e2b8bfa7bc336c9c80f'
                        key: {
                            sc_cat_item: '82eaf904e48946288a67e8f74f12d58d'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '62628e925b294050a11bc33cf623dd0c'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'user'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6263bcdd35d746e198efcb078c963688'
                        key: {
                            document_key: '6682f10f713c439992e202b8fc7d98a1'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '62b51d9166f24d96a35e168b4d3fc88b'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'to_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '62ef8a4146374e77a46972b0c274e4ee'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '63c56a8777e34836b46b0e90ac3f0fdc'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'decided_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63d40285a7504fc8b4c4150249aac406'
                        key: {
                            document_key: 'c8ee2debca1747fd886554afb470fb48'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63e9e60bf5ee4ecfad4e20bc9d5e45ea'
                        key: {
                            document_key: '2e371bea5d1c4c678396e46c2a2fa1b4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '640657bafb3c4d7f9c72219af4989662'
                        key: {
                            list_id: {
                                id: '885ea92e3c6d479eac81927b7e77cf05'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'xlas_measured'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '643b2e0d7cdd4a6e8f3d56d37ee66ec8'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '644b513eb07045a091b535ce6a82ce82'
                        key: {
                            document_key: 'd95860ebddf84257affca0ec659ec805'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '64794c3e066443d28dbd91854b87b5a4'
                        key: {
                            list_id: {
                                id: '077e0c7314b0492d9689ab74ff8a5132'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6480255bebef4742abf64a5c7a99165d'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'control'
                            value: 'mfa'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6491bddc1bcc4548b20cf39ffd125b1a'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'service'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '649fca80f695488b91e4ea086e462119'
                        key: {
                            document_key: '134f828174474704855a145b332d7fd0'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '64c0cb5624294222bde1bfeeb0012b19'
                        key: {
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '654b8f2bb4574097b076ac7fc835ffe2'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'remote_pct'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '65554fb1dce744e1bc41e9d3d132301c'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '65607cd5dcec40878f44354ddb5446cb'
                        key: {
                            name: 'sys_user'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '65e1b29f136e4b6e8b21ec3860d786a9'
                        key: {
                            name: 'x_psm_persona_availability_target'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '6623d2d1f0e0438b8179698928f7a2a4'
                        key: {
                            name: 'x_psm_persona_item_control'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6685a3b1688b4bd998627158f3b2581f'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'measure'
                            value: 'high_risk_updates'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6713b01463e34179aa679fc7d4eb3c7f'
                        key: {
                            sys_ui_section: {
                                id: '234f403735754893b0fa0b3c0d8d3e3c'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stale'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6788fd7f92f14fdaaa39d17c16173f1e'
                        key: {
                            document_key: 'cfb400253a514afd9a9a5d0deb5e5341'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '678e408df57345288dd26645ec176228'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'task_table'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '68a6548dda6f4f7ba92e5729ba756252'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6965de8fb6764a538fac079948f11f8b'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'dimension'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '6969d89c6ed649978ef345e3c0703206'
                        key: {
                            name: 'x_psm_persona_exception'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '697b70168c9f4bb19326f30d2ea7f41c'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '69a8457f61354cd99fae4e299e249d13'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'measured_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '69b444fd40ff4b46b48d8fa5c021c409'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'control'
                            value: 'disk_encryption'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '69d4a4b58791434c871db7f09889639d'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'contacts_per_day'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '69e62734ca29418c92427629c65d9c6e'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'runner_up'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a18557fd799490a9fc25e55f3bfa6ff'
                        key: {
                            document_key: 'e979188562d3403d9f5b816fc73dd6d5'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6a66047a296b4593ad5aa2ab6432aa3c'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'monthly_cost'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6a81a65e5616407db80e004aca2dd125'
                        key: {
                            name: 'x_psm_persona_offering_service'
                            element: 'offering'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6a8a7d0251544e76bb57bc9584fe92b5'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'target_pct'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6a8b1819d2764e1ba501c7d1820437a9'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '6a99b501b1b94e0ab1ea6925912609f0'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '6aaea9eac2f64ffdab7d57179fdcab68'
                        key: {
                            name: 'x_psm_persona_assignment'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6ac106037cc94bfead56116c87bb5df0'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'state'
                            value: 'approved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6acc494f890145f28bb483a61f83fe0d'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'urgency'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6ad577034376480f9cc2d4d269e6d4cc'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'network'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6ae23fb41bf84fe2bf6c8a20fc51f02e'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_department'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6ae6527c7b3d404f8236ae6dfbb3cec6'
                        key: {
                            name: 'x_psm_persona_followup'
                            element: 'feedback'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6b7e6e1eb7064e8a8d24893e42b2aacf'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                        key: {
                            name: 'x_psm_persona_feedback'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6c05b1a6b7004404b1ec052da9127026'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'last_forecast'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6c0ded3b1978429bb3255abe845dbd0f'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'target'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c4619418d084ba9a1e91c32d85e024e'
                        key: {
                            document_key: 'a22bc953a84140f2ae36cbd30e8e1535'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6c7f2f18ea7c47f1bc30ba01d500b8a9'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c90d9af73634e1087bc8431ab0a752d'
                        key: {
                            document_key: '9975cd64788846128d958a394a1484c1'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6cae8fb6e3064862aeeda06074d2dea6'
                        key: {
                            sys_ui_section: {
                                id: '234f403735754893b0fa0b3c0d8d3e3c'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'user'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d0a12da02644e529d3380fa1d835620'
                        key: {
                            document_key: '9975cd64788846128d958a394a1484c1'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6d2c6e96d83b41d7adb6209006acbec0'
                        key: {
                            list_id: {
                                id: '077e0c7314b0492d9689ab74ff8a5132'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6d569d8ee36d4be9a8907b171ec26dcd'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'kind'
                            value: 'approval_decided'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6d6b3419a22d434e9fbe9b8f80fe6f25'
                        key: {
                            list_id: {
                                id: '349c387a05f44b339328807a05b8dc49'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'audience_location'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6d76835181ac4202894422c37bf73e8d'
                        key: {
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'mobility'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6d7df020a1f2436087a285418d44e163'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6d8a5f8857fa417aad120a4129e1aa3d'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'xlas_met'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6db3705e909847a49a5cd03dc25d4081'
                        key: {
                            sys_security_acl: 'b75a590a2e5b4157baf779a08148deed'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6dd4aca5bb18405aa4f86cae0b4c0594'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'summary'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6de60e4904484e1188043b4bf8d738e9'
                        key: {
                            name: 'x_psm_persona_followup'
                            element: 'feedback'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6df8431ea6924bc599f27e985a0a9243'
                        key: {
                            document_key: '2845401fbae04bddafa85a2f8be64e52'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6e7041be14bf41479fd45a56f3f7cdb8'
                        key: {
                            sys_security_acl: '0ae94ddeca8d425d9b19b598dcbf3b72'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '6eaecc8940e4411b8e7620f8946053ba'
                        key: {
                            name: 'sc_req_item'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6eaf9b9991cb487dadb96d80cc3646f0'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'rescore_requested'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ecf883eaff64262a3c6361fb30ecdc7'
                        key: {
                            document_key: 'd8a34215a7ff4d75b055f27252c71c59'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6ee6fd3272274714b6b44be01944d886'
                        key: {
                            sys_security_acl: '47d0cb50f46e4e68aed081b7fe6fb9c9'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ef72d76958c47a6b5a49914b18afadf'
                        key: {
                            document_key: 'f405c38c40604bf18a85b2d756894ef5'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f28d5ab4a3e45499c9cb3465b2aa0dc'
                        key: {
                            document_key: 'cfb5ae88e5634684832a962454a074a6'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6f2c77f4e8524600bc7d160a883055c4'
                        key: {
                            sys_security_acl: 'aa22951f02a643d888af53f5abba3a2d'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f3545b7d9f34d19b6d53713e63153aa'
                        key: {
                            document_key: '86f2a6a6a745401c8ffecc27e459d838'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6f53ab1be6394b99be6dae59889a96b0'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'per_user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f61d375f7fa46caa74ffaf17860e1e8'
                        key: {
                            document_key: 'bcb7475da05b494e98ac408c098c23fd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6fcfc677d16c425f946c914da6f4a596'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'subcategory'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6fd308d7213a4f92bda8fdc8d991211a'
                        key: {
                            document_key: 'bb414391f3bb400ea035c542f6905c2f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6feedb0dc0e6425dafaab225ecdd848f'
                        key: {
                            document_key: '207c10afaa1a45ec8d0f0a769ef0dd06'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7070dc411410433f9b841da86c19d473'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '710d02e16ef841aa971fa9eeb95e43c5'
                        key: {
                            list_id: {
                                id: '6aaea9eac2f64ffdab7d57179fdcab68'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'margin'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '71169ca213ae4eaea625924d0a90fc6a'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'catalog_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71473dc3c69c41d3b8275689ca523e34'
                        key: {
                            document_key: 'cfb5ae88e5634684832a962454a074a6'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '71745152a38241e59f51421ed98b6213'
                        key: {
                            sc_cat_item: '8442631320b44f9b84cd0bfc2a032882'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '71bc9e247e2a4bd98c2ee8a08bb0e8fb'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '71f3b44906b04f909a9bfa5189f43cc2'
                        key: {
                            list_id: {
                                id: '565ac85297654335a2907bbd12191733'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7203c32adaa442429e4335645e14d711'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'proposed_by'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '720f61d149b143ac860a56d467d4d9f1'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'proposal'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '7223c1d30a7a482a849083d7c6d1789b'
                        key: {
                            sys_ui_form: {
                                id: 'c8c63026dd6349418e432e3d5f2dbe43'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '728bbd5188f440c8bf595fe8057066f0'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'measure'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '72c9fbc985824399a2912b3699ba9e18'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'stakeholder'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '72ca57ab29a64e9b903a051b341db719'
                        key: {
                            document_key: '9716661d6fd045188d7382c623ceebae'
                            variable: 'd30577f4c3033300eaac11fe81d3ae3e'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '72cac10075f74a399f6e3ed9bbc461d5'
                        key: {
                            name: 'change_request'
                            caption: 'Rollout'
                            view: {
                                id: 'c37021d64a27497bba19e72262b771e8'
                                key: {
                                    name: 'psm_rollout'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '73163774f27548b087d783575db3fd8d'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'usage_on'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '732a33585ec94f20b0cb8f7e005a656d'
                        key: {
                            document_key: '2e371bea5d1c4c678396e46c2a2fa1b4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7330e14fe5364d73bbd12ee8e2df838a'
                        key: {
                            list_id: {
                                id: '565ac85297654335a2907bbd12191733'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'weight'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '735a262e19424aad9997e6242e19cecc'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'change_request'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '7382589cf4b94ccb98a8455f2ecb844e'
                        key: {
                            logical_table_name: 'x_psm_persona_followup'
                            col_name_string: 'feedback'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '73942997ed3d46489a6a25839e2077d8'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '739d63fde697496e86dab722d4e30fec'
                        key: {
                            name: 'sc_req_item'
                            element: 'x_psm_persona_price_shown'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73a9e0c8dfb243b6957353e493345873'
                        key: {
                            document_key: 'f405c38c40604bf18a85b2d756894ef5'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '73ac4aede26b490a8867715ca5f8fe4c'
                        key: {
                            name: 'sc_req_item'
                            element: 'x_psm_persona_member_monthly_cost'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '73b30c69e35e4312a8a35f0d9ffdc8aa'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'time_lost'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '73bc52b766884be7a32f04df5a5f741d'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '745adc0d2de64944b35ce82220a83f32'
                        key: {
                            name: 'x_psm_persona_offering_service'
                            element: 'service'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '748cb55cc8254414ab160cc578105320'
                        key: {
                            sys_security_acl: '9568fce1012f486fb78d075af0b13d9a'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '74936759b5c54dc1884af84b6a3c3bad'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'role'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '74ea9a960dd94977ae4cafb56ec57471'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'from_persona'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '751ae678c93e46dfa36a8efa996b9078'
                        key: {
                            document_key: 'bb1d6400b8e343259223849ead024eb7'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '754a33fda69a48c1a7fb606644ba1c89'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_phases'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75a136489f3f43ce9b07661daa202de1'
                        key: {
                            document_key: 'd8a34215a7ff4d75b055f27252c71c59'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '75abe81300ff4a5eb329610f38524026'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'technology'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '75cd9646d26b492a858226fb4b3dc25e'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7604a3ee064f4fcfabc7c65516e8ad8a'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'comment'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '760f23e072f74136aee2b196708830da'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'remote_pct'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '761b5df954b049c699e2ba4aa2e85eac'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '76296183936344b18269835c1cd5a0f9'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'sent_count'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7636303a35104e25815a9da60e6de6c5'
                        key: {
                            sys_ui_section: {
                                id: '234f403735754893b0fa0b3c0d8d3e3c'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'persona'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '76603d472a654b539b1973cac0fcf9d2'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'state'
                            value: 'granted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '770578f6afcc4250ba6e19f8fd6b40b4'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '771885bb565042a39205711f152fe34c'
                        key: {
                            document_key: '67726493966643cc916528700d19ba9f'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '772a581defa04091b6f1f71415f5e292'
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'rating'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '772d480fccf541b3bef40f3312241b1e'
                        key: {
                            name: 'x_psm_persona_offering'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '773cb3e06f4c4816aa9c85d1fe2bfed2'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '0eec2b35bbe6415fbd8a08b63f40cbf4'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '773ebc1c72564e54a23706f3ce0b3cd1'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'state'
                            value: 'removed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7785296cce0e4a58a4c1b4e9758bf3bb'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7797f3513383477aa410978d06096785'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'stakeholder'
                            value: 'approver'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '77b018af6f244f98a3b8ae407e2bfd11'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'capacity'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '77c82e87b1f74ab28029a8d451d4ea81'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'comment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '77e70a081a554b7198f7210067a9f991'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7832418d7aed4e618fbd17f7cf47718e'
                        key: {
                            document_key: 'bb414391f3bb400ea035c542f6905c2f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7840cf0f34d44e089c1acb8dc09af200'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_persona'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7848879015a248a1a612d1830f02e635'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '787743c31710486896a3aa897af1173f'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'validation_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '78ae39d03d584c73a8d733f9183e37c4'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'state'
                            value: 'kept'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '78f1e5aa8d8c41f4a3400df9374833f1'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'sent_on'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '78fa8abc44954d9d8624afa2d5e95ea7'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'measure'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '79229bdef74245c0ab093f374403c2fb'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '79446c82437a4cf9aaf57fa2cd8a5ee4'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'margin'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '798f61ed7f7f4879ba2d906f52603ee7'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'task_table'
                            value: 'change_request'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '79ec30d2a0b443ef9b282cfc52762995'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: '7a0f23ad3a7b499f89c060ae3b430a65'
                        key: {
                            map: '1df307360b5f4d9a93f996d47ee85062'
                            target_field: 'usage_source'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7a4796b85053497196a9b0f65679b453'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'dimension'
                            value: 'interaction'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7a4b4c50ef68449eb3d2575b615a3fa6'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'unit'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7a5859e8685a4d60a7f369c9f6f49a98'
                        key: {
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7a8e550131c04072bc746a50647652d0'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'worst_group'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7a9566de3c1241748c86a9818c922063'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'proposed_as'
                            value: 'manager'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            caption: 'Weekly digest'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b0d777d7ca7421c8aa47da464fee3dd'
                        key: {
                            document_key: 'c2368fac004d4f9bba9c80bc6d65930b'
                            variable: '4f32f713c324320076173b0ac3d3ae7e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7b27df5b3e32470baaa87f6e4d600956'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'assignment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b4c92a180aa4ed194986b519d5e9372'
                        key: {
                            document_key: 'e99f47676c9b44f9a6d1b50f8f06d4d4'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bbcc7d02ff84c72be92df120c5e2989'
                        key: {
                            document_key: 'bb1d6400b8e343259223849ead024eb7'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bbe49b5e25a4e57970462dd1bbffa6a'
                        key: {
                            document_key: '63008eb719e7480fbedc26c5b1fa4932'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '7be95a455b964c3e8ae72eb39b0255ea'
                        key: {
                            web_service_operation: '63827d1dbbcc4efb8a6f11eb83c5c214'
                            web_service_query_parameter: 'aba28f5c4afc44848fcbc40bc98016d4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7c856832418d4901944da798391286a1'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'monthly_cost'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c9ebe0a6d0d44a9b48d127be2fba947'
                        key: {
                            document_key: '0c0480f740184d92a41920a57e308581'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ca40ffb508247c28a91a60b5f8e1a88'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'network_gb_month'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ca5315ff4284e319609a6f22baba19d'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'network'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ccab3a0391b4c01a7e526ffa847edce'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ce1f23a6a0e431f8e8065607c33cdc2'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_phases'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7da3117700b34363805e3651aa1da017'
                        key: {
                            document_key: '10e1b56b7e964de9b128979227ba8b98'
                            variable: '4f32f713c324320076173b0ac3d3ae7e'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7ddc35f265fe4eed955028053ba15490'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'dimension'
                            value: 'mobility'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7df5a6488c5243b8835f7285ef76f965'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'threshold_2'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '7e0b931fe6d441118f1c9696a9feee01'
                        key: {
                            name: 'x_psm_persona_profile'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7e505a5e498a43318cf5a20699ae3ec8'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '9c165fe683a248e9a2408e98ae434fcc'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7e97acacdaee4b8eb90896364953dde3'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_test_results'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7ee251872c424edab1f390de9fa02a62'
                        key: {
                            sys_security_acl: '5be3d647bd544e0b84a3dac3091c8bee'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '7efc4bc3c5974ea18ce361912fab9e03'
                        key: {
                            name: 'x_psm_persona_usage_import'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7f094d0d2a364d7b82d595deee7b3cac'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'control'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f1bb2c6e58a4935b07c94d525ef932c'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'remote_pct'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f2a44828f354ddfb41100b8e6fb8c12'
                        key: {
                            document_key: '965a9ff0dd09462dadccae45631e0df4'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7f66fdb5c5624c00bc49960bf47d941e'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'reason'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7fdb29ce3829496fbcde6b04d4874946'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'control'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7fe2a0ed46d84937872a6ee3e017d932'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                        key: {
                            name: 'x_psm_persona.analyst'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7ff73623a87541079876ce4ee1440c8c'
                        key: {
                            sys_security_acl: '526ea4aea73e4c3e8d1427199d4e09bb'
                            sys_user_role: {
                                id: '447178835af24c999db4eeaa5a23c6c4'
                                key: {
                                    name: 'x_psm_persona.usage_loader'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '80064564f1f74259a2b80711986595f2'
                        key: {
                            sys_ui_form: {
                                id: 'c8c63026dd6349418e432e3d5f2dbe43'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '96db427dcc7641818bb20e12a3ee4dcc'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Offerings'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '80530c01e48e463f9eaeddb61f10ba2a'
                        key: {
                            name: 'sc_req_item'
                            element: 'x_psm_persona_member_monthly_cost'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '806dd6aac93d42e5a4fc89117390cf57'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'period_end'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '80fa4d85b4ea41efaac7881d418ac4e3'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'stakeholder'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '811bdcde80434d4e904575c83919e822'
                        key: {
                            sys_security_acl: 'f1fa005412f149cb8f99e3f84ab02d30'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81209e0914e849638b35ca793aaf8edc'
                        key: {
                            document_key: '496f0c62e4564613990a743a65304b6c'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '814f9a58dc724a78a54d5464fa9be86e'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'decided_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '817caa56d37244948faa7b62400a5740'
                        key: {
                            document_key: '7f36d2c25379447db1fcc0cc13af9766'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '819e196dd3b5488fab3785dec1b781a1'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'business_service'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '81be9604a4b64c86b711fcfba6972400'
                        key: {
                            name: 'x_psm_persona_xla'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '81efc5c67a11498abc28803314987f94'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'user_criteria'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '821240c263d14ed88dfbf2d5a012abc0'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'proposed_as'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '821ef4a513af4505b0679e82edb69a15'
                        key: {
                            name: 'x_psm_persona_persona'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '82527193fb844843987a546a80a3739d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'bcb7475da05b494e98ac408c098c23fd'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '829586e459e14fdf8fa3a2c45e2a2873'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'monthly_cost'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82adee213e554ae1aa7679472d51b5fe'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '82b6f09812bb42b79aee527dee12250d'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'threshold_pct'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82b875c54d3d4626b38652f16fdb2c00'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'explanation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82fe3e872d204a89bb87a5b20664cfe3'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_training'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83262586a43c450bad90b63921661415'
                        key: {
                            document_key: 'cfb400253a514afd9a9a5d0deb5e5341'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '833653b8c2744065aeff1c6a12f398cb'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'dimension'
                            value: 'communication'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8346721263254d78b089e459304341cc'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_workstyle'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '836b203cbc974046b525d4ef2d20934f'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'short_description'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '83b53158b3d7460b8a35bc270c098180'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'network'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '83eac2d012194da9b369fc9c455c5f34'
                        key: {
                            sys_security_acl: '4a5017357d794fcf87b57a5a17ea3743'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '841639eb59eb47f49a301cd41a4d935c'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8439525ab2ea40b795ba603879dd2677'
                        key: {
                            sys_security_acl: 'e39b447b3c6e468eb28a06899330e4ad'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '84a0c4280b5341e09da22afd64bfe84e'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'reason'
                            value: 'scored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '84ceba90a6074a0aa1a04fc6649ba938'
                        key: {
                            name: 'x_psm_persona_xla'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '84f0de4422614312981073c51563fe60'
                        key: {
                            sys_ui_section: {
                                id: '5e54693a0e254d1b9070bc7bb83be3f4'
                                key: {
                                    name: 'change_request'
                                    caption: 'Phases'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.change_request.x_psm_persona_change_phase.change'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '85f9e5465bd3491e94fc8db3eb62e013'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'weight'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '86499b4e591d47b186df6f98dd1d2b37'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '867b6eb2e61d4dfb82a9565b812d62bd'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '870cae345b2e44caa79e31f3b23cd8fa'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'worst_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '8738e69d5896490ebbbb23e7bbe6cef1'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '874bb8ca92974e5c8e733ee51ec4541b'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'urgency'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '87650364b3cb4282acdad89ee5ea4d14'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '876f4758d4234ec9b8d2952f32b9762b'
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '885ea92e3c6d479eac81927b7e77cf05'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8871c3e8338f4524b9cb35565313e399'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '88ac139966f54cabab3df8ea5ce72d47'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'decision_comment'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '88fc2c6d23924a1a91fe4cae5aaaae6f'
                        key: {
                            sc_cat_item: '7a2f7902dee04eda9ecd62510e858cc8'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8939caa91bc34fe790843341d424bb96'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'distance'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '89a5f6787e1547809935ead6674e73da'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'end'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8a27fd0ad5ae4e19a8b286828f580ec3'
                        key: {
                            sys_security_acl: 'f25cc55e667f429590ca731d30141e8a'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8aba84c9f1624eaa8783dbfb2f06de3e'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'locked'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8ada60dae7a643bc87a46e584ce9304e'
                        key: {
                            sys_security_acl: '111116016c5a4621a0cb6ecfd9e74b8a'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '8b065837779f4a0c8518901a6a353628'
                        key: {
                            name: 'x_psm_persona_item_control'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8b0cf09724624ddb82bb4499bcd5c861'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'duration_days'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8b12931fdd38405c968d98abe685edfc'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'from_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '8b276a70eaf64b058d2b4a851a429bc4'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_channel'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '8b311cbd2ec643b5a77f6121418bada7'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'network'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8b47599414d444db96b2337710b55fb3'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'mobility'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8b4b15835ead4cfcb3fcd626966b53aa'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'proposed_as'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8b58d4d693aa4137a03ff50240fba112'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8b6addfbcac64865a70c6603fd1ae5c6'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b925375b160431d93af4a03dc09e5c6'
                        key: {
                            document_key: '90c880133be445c2bb1639c7740863aa'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8bd050eddaa849c7a2eb2abaf2a37652'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '8be01a297a544d2786ad4a959b995568'
                        key: {
                            name: 'x_psm_persona_usage_import'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8be323f88055440d9b47f4c9eb913323'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'period_start'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8be9f94f93b94c2dae89aaee4d48859a'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '522c317b98624fe2bd57e610d027bec4'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '8c20ea83874944c69b60db72b3f4f3e4'
                        key: {
                            logical_table_name: 'x_psm_persona_xla_history'
                            col_name_string: 'change_request'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8c3540423a814588bc99a9f2d477e805'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'decision_comment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c5e336b111548a08aa54a4b23a56286'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'breached'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8c809cd010ab408cb5182f4c89b75a34'
                        key: {
                            list_id: {
                                id: '772d480fccf541b3bef40f3312241b1e'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'persona'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8ca6864df2ed4414b162942ef373a56c'
                        key: {
                            sys_security_acl: '2a7d1afc3eec4b1585be751cc010d2e7'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8cc8aa99065e4f918974ba7beb2ffa6f'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_impact_summary'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: '8d019c273335402d867327be327d0f9c'
                        key: {
                            id: 'psm_approval'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '8d36b89af2f847b39fed2e64d6e6b288'
                        key: {
                            logical_table_name: 'x_psm_persona_demand_factor'
                            col_name_string: 'service,dimension,ranking'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8d43795a9081440b8fa27faa0151a619'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_support_contact'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8d7681fe92064f54a5987e4f1b5a998d'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'state'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d8b18c2f6da429c96c0e2fd79630297'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_security_notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8d9a9013f3064746bcbd161dd00de298'
                        key: {
                            document_key: '67726493966643cc916528700d19ba9f'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8d9cd44b85274de79e4735208b2b40b9'
                        key: {
                            list_id: {
                                id: '077e0c7314b0492d9689ab74ff8a5132'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'objective'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8df3904c4f3f4622a0a61cdb27087829'
                        key: {
                            document_key: '9716661d6fd045188d7382c623ceebae'
                            variable: '13a08fa0c3033300eaac11fe81d3aecf'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e062bab95684490869a510388a94c66'
                        key: {
                            document_key: 'cfb400253a514afd9a9a5d0deb5e5341'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e3b8a06bb5c46ceaadb09829d312c3a'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8e927502c5fc42bb94e58a3f123799ae'
                        key: {
                            sys_security_acl: '95cb879819a14d2da084e9acdfcd6005'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '8ea34ae391c74faba4b4ddfa448a1cbf'
                        key: {
                            name: 'problem'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8eda6339136a44fda20f0a769a8cd296'
                        key: {
                            sys_security_acl: 'cc3c6d157a534477a17909f3963006c8'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ee0cd29514f4d75b50939a9b73f217c'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f138529330f4b37a4b213c015adb79f'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'validation_message'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8f9f2d3b32674107afc1f07115792398'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'mobility'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '90135207ccaa434f868d64be83f61895'
                        key: {
                            list_id: {
                                id: '6aaea9eac2f64ffdab7d57179fdcab68'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9053243ad7a345919ba59ea388ee3e82'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'dimension'
                            value: 'interaction'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90c489e494d84bdbb1da3e909c1e7d35'
                        key: {
                            document_key: '10e1b56b7e964de9b128979227ba8b98'
                            variable: '16bb323787221300bcbf480688cb0bce'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90e2549bdb0643a2837942dc4a1f3f18'
                        key: {
                            document_key: 'c2368fac004d4f9bba9c80bc6d65930b'
                            variable: '45623b13c324320076173b0ac3d3aefc'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '90ffa3a682374ab089781b636fe50be0'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'category'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91a0791a336a4446964bc6f1411a99c5'
                        key: {
                            document_key: 'b02be5d729b444bba46207777793b2e2'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '91ba0d6b87854547a76dbe8738b4582e'
                        key: {
                            logical_table_name: 'x_psm_persona_exception'
                            col_name_string: 'state,expires_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '91c9bc6f9a844778b097f1e3afaa8b1c'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'stakeholder'
                            value: 'requester'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '91d165754aac4602bdb036b6087b52f6'
                        key: {
                            name: 'x_psm_persona_assignment'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '91d784486ebf4f9ea209e575803397e7'
                        key: {
                            name: 'x_psm_persona_profile'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '92337f8b66fb40669125b0aef466e845'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'requested_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92975401b6ff4ccba6b25aab535f9818'
                        key: {
                            name: 'x_psm_persona_followup'
                            element: 'respondent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '92a14d3a539948c7bf7d9bcff6999191'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'network'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '92ce6fdd130f46149f4e26dfbaa3dd89'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'bb1d6400b8e343259223849ead024eb7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '92e5d960b4864e72919947840f7ca5e8'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '930a350e93044ebc929cf288c0b21be7'
                        key: {
                            document_key: '63008eb719e7480fbedc26c5b1fa4932'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '9321c889e4094f7ea375f721f899b2cb'
                        key: {
                            sys_ui_form: {
                                id: 'f710aaea723c4deb9cc43b3dcffe21e0'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '93421fee7e704eedac417fc560a63f71'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'bundled'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '939404eddbbd419799bda15b3c3786c3'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'dimension'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93c8361cd27c40348ec90238903f5d43'
                        key: {
                            document_key: 'd8a34215a7ff4d75b055f27252c71c59'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '93cb14473d48498984e644b4d3c8c02f'
                        key: {
                            sys_security_acl: '7ce70b7823fb440a8b3e60cb8303f08e'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '93cdc8211bad4cd8be9d0e2e3ad5c225'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '94365b6699544cdd95130f2d16ffc299'
                        key: {
                            name: 'x_psm_persona.business_area_owner'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '945da80e7cba4feea2bf37901c218bde'
                        key: {
                            sys_security_acl: '33177a0a721d496e90138a39dfea099e'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sp_page'
                        id: '947278759a6c4335a42d1585e9259085'
                        key: {
                            id: 'psm_item'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '94a4e2b91bdd489fa8f8876f6b7274e5'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_department'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '94b713ee27334b30b5ef5c5965199f27'
                        key: {
                            list_id: {
                                id: '565ac85297654335a2907bbd12191733'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9503a16383784900abce3fa117151462'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '959d7e22489c40f2aad2f6436741e270'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95b4531fba89491a8d50a2a27ca329b1'
                        key: {
                            document_key: 'c2368fac004d4f9bba9c80bc6d65930b'
                            variable: '82233f13c324320076173b0ac3d3aef7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9656b578919a45f296ef625d43c18044'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9696258d9708490e8b4170cafaf83aa1'
                        key: {
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'communication'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9699e5c258274e07a043f3ed9666db05'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'state'
                            value: 'nothing_to_order'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '96b618c9eaae4addbdf746ac73a1de56'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'sent_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '96db427dcc7641818bb20e12a3ee4dcc'
                        key: {
                            name: 'x_psm_persona_persona'
                            caption: 'Offerings'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '974b39d47d1c4b5ab3f2a7f85ed53f1c'
                        key: {
                            sc_cat_item: '7904f947649c40818cab073f8c941058'
                            user_criteria: '66ba1ad9364a45d488d906263eca17f8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '975be156c82e4a9486def9906bf6e67f'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '2d21320ecd444815a59147108b804c5d'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9764922aafd549a0a429de5af1b6b901'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_channel'
                            value: 'phone'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: '97e4bee737384af7b96379fdbfe016df'
                        key: {
                            map: '1df307360b5f4d9a93f996d47ee85062'
                            target_field: 'contacts_per_day'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '98177decb9d141db807f06388e509d42'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'catalog_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '98232994020f49f380cfa4953c410de2'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '982f5125060443fa8032567f574f92bd'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '985c43c86d2949a89645c1565c69186c'
                        key: {
                            document_key: '496f0c62e4564613990a743a65304b6c'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '98624a54b29340d8b25d74cf29543bce'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '98b6d5512f0848fbbabc8449b22dd64a'
                        key: {
                            sys_security_acl: '107a6691626c4d6ba4b85b302e0271a2'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '98b9febaa9c84d6f811eace440ced2fe'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'control'
                            value: 'vpn'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9905a8287a704d16866d3418bb773351'
                        key: {
                            document_key: 'e99f47676c9b44f9a6d1b50f8f06d4d4'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '99353663e1944e0aa9682a67da3a6374'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '994e006b09224024be8c9c69d5fe15f7'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'end'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '999cdc26ecf54669b223de66e015fee0'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'contacts_per_day'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '99c689a664c74a4dad5eecde2d02aba9'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'provisioning'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99daacf314084878b87435a0cf5b5d48'
                        key: {
                            document_key: '267c06734f824bd0b8a2724f934c6c82'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '99e22e66ac9447eb9b988636bf20f6fb'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'breached'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '99ff7b383f0446d69e4969232ec24f6d'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'proposal'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a2ef64032a946299a51cd2682912c1e'
                        key: {
                            document_key: 'cda204398ca34c6d86723e844c872e99'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9a44e07405d9409095244b612b923ad5'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'dimension'
                            value: 'mobility'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a8d705288764a5ba6edd21ec11dc578'
                        key: {
                            document_key: '161e929d2f5f464fac23a98b1079b7e4'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '9bac10b89ffe4170b815fc60d24eeb54'
                        key: {
                            name: 'x_psm_persona_offering'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9be41b1a6d4c4ba0ac5eeb6218605e10'
                        key: {
                            name: 'sys_user'
                            element: 'x_psm_persona_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c05da7056d84ec8af67b369c298451f'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'team_hours_week'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9d4d3a187ddc4ca780e7496ef24df729'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'validation_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d68d67014c74a0ab3f2a7d58cfd7773'
                        key: {
                            document_key: 'c230c68beb374143b194623fec91b950'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '9da1ac63e93a42838a265b254262ba88'
                        key: {
                            sc_cat_item: '7cf2030a8797462e83cb8dd8f96675ec'
                            user_criteria: '66ba1ad9364a45d488d906263eca17f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9dbd9603e53047ba96937cc4fab568bf'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'combine'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9dc750040b6e4f248c92b09b0f345b58'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'explanation'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9e2642d369524d34867f970e267b016f'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '965a9ff0dd09462dadccae45631e0df4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e3d6db4ac08459cb3dc59a32b32623e'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'team_hours_week'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e541b096a3f489aae6553e9d8887629'
                        key: {
                            document_key: 'bb414391f3bb400ea035c542f6905c2f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e74ace96ddd444e9c21a343afff8abc'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'dimension'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e9eb69cbce2409fbcd292bbe090ca82'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'subcategory'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: '9eb49bde887d48169be0740f2d15201f'
                        key: {
                            sc_cat_item: 'e28ce640642944c7934ba4eea976072d'
                            user_criteria: 'd4fddf2b241a46499554111762694683'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9ebe89fdf59c4da79fa0e3d0d0a997c5'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'rescored_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '9f2421a7255f42419a0d83b7c0897953'
                        key: {
                            name: 'x_psm_persona_proposal'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9f744795c2bc43caa2dc2f4535692bcb'
                        key: {
                            sys_security_acl: 'bc29f96dd53648ad891e0a0abfd36d46'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f796fa2a4f44d8694317e661582fa41'
                        key: {
                            document_key: '83b1d51b41ce47749aac9ec7a0d36733'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9fca8e6536f44f719de43809a31365e3'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_type'
                            value: 'everyone'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0088a36c3db439dbbdde70fbc162651'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0367ec369d440f1b8e0aef660105f5d'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a081e2d1d30b490992d3b56fd40b53c2'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'change_request'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a08fd4c5b5fd4c12a6a8a847d02fe796'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'target_pct'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a0b2b7493fdc4a4e8dd3b6e2e1ac8799'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0ba8824b1ee40edb39cffdc1d813169'
                        key: {
                            document_key: 'b02be5d729b444bba46207777793b2e2'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0c642e556de4d2084f905b0558e89d6'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a141a76d70a445c1962c90f6dec0a231'
                        key: {
                            document_key: '267c06734f824bd0b8a2724f934c6c82'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a1426c9b29714a39a2594715313cc867'
                        key: {
                            field: 'conditions'
                            table: 'var__m_atf_input_variable_a5600fa0c3033300eaac11fe81d3ae6a'
                            id: 'aae3c15216544772811e076d5e763a0e'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a16adf84b5d244b8a8707559ec1c65c0'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'margin'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a190e56610ca46fc91e919b42c3e6f52'
                        key: {
                            document_key: '7f36d2c25379447db1fcc0cc13af9766'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1c317ac53c64e10b64179bb8394de99'
                        key: {
                            document_key: '8de3b131be384dc8846c1f84be081ac0'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a1d4ff80dde340c28ae686db1d461cf3'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'network'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'a1ea9fc0ea6f4400a7510189ee3c2f19'
                        key: {
                            sc_cat_item: 'a5986aebbe7741a6a9f9a322bf35959c'
                            user_criteria: 'd4fddf2b241a46499554111762694683'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2371b68a17e45e6b226834671aec111'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a23cb05d99e54666ab1692b610b5c4c0'
                        key: {
                            document_key: 'c8ee2debca1747fd886554afb470fb48'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a26662f968104ce3b9d61c1ece897b5c'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'communication'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a27b52f50b5245c3957d34f57365c93b'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2a6539f5d79455fabfdc37f7ee02316'
                        key: {
                            name: 'x_psm_persona_followup'
                            element: 'respondent'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a2c59ed135644b66bd37c38099e7e70a'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'task_table'
                            value: 'sc_req_item'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a32f84abf4fe40489f7707732aabdadb'
                        key: {
                            list_id: {
                                id: '885ea92e3c6d479eac81927b7e77cf05'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'period_end'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a36494910f3545ed9fc21782cf4c71dd'
                        key: {
                            document_key: '9c165fe683a248e9a2408e98ae434fcc'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a36d21cf6e65486992068510fc608133'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'xlas_met'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4181b54a9b744928e99494e32bd39f2'
                        key: {
                            document_key: '6682f10f713c439992e202b8fc7d98a1'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'a41dd4f2c2fb48c59641aa94dfd71ad0'
                        key: {
                            name: 'x_psm_persona_assignment'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a431062c2c5f4e66b24b9b433b0c074c'
                        key: {
                            name: 'x_psm_persona_business_area'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'a45ef2c80bbb4e2d9104be772a7700dd'
                        key: {
                            logical_table_name: 'x_psm_persona_offering'
                            col_name_string: 'catalog_item,active'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'a4c22ecc0588414cbfa4079293287dd2'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a50fb056668440b4a22db3d36467477e'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'runner_up'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a5142f8f4af44b139c504cc15a3b886e'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'scored_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a55ad219642243d38b4a60db38ad3404'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'reason'
                            value: 'manual'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'a5ba1400131f4ffaa0e85591af06bc87'
                        key: {
                            name: 'x_psm_persona_service_review'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a5c86e1d2cb5410b955c0ae64f31f1bf'
                        key: {
                            list_id: {
                                id: '885ea92e3c6d479eac81927b7e77cf05'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'period_start'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5d8ce3e33644163adc28fab446581b4'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'catalog_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a61117a58e7742e396fe4db77dc19453'
                        key: {
                            sys_security_acl: '7e5063fc3788424eb63a974919ae1edb'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a6aa23f9897f4af79404990389894586'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stakeholder'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'a6ab280f226743c2b35eadabc91297b5'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a6af391f996a459083b39d9b102bff72'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'explanation'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a6bf095734584585899de1c071f5baa9'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a6c4fcb4c85043828837ae49667fcd93'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a7147ab9c7c644dfb30b68ce2376b24d'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'state'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a79f0ba66d4e4a1991947731d4a6bbf8'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'rating'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a7c10c101ec34519bc021d0aa4ff3832'
                        deleted: true
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a7f9d23384ea4ffaad9373e4456be033'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'decided_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a7fe91e2983349cda2d4c8e3447a6db8'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'start'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a83a8f7b687e426797cfa4abb6676357'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a89f82c28bea406098d5c0dc23c28547'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a8b797487ec94344b831aef09f14005b'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a8bbff3ba22d4998b90aa9d7ea49aadb'
                        key: {
                            sys_ui_section: {
                                id: '72cac10075f74a399f6e3ed9bbc461d5'
                                key: {
                                    name: 'change_request'
                                    caption: 'Rollout'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a93300f8e6324cbd9adb5d9307d4d77e'
                        key: {
                            document_key: 'e99f47676c9b44f9a6d1b50f8f06d4d4'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a93bcbc1099b47fbb562a6a191ce2045'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'a97c9b8ba79a4cb0bc411da157940773'
                        key: {
                            web_service_operation: '47cb0b2fe55040ac96064d266bce2daa'
                            web_service_query_parameter: '1f55e1cd3c9248d1aafbbc92659db366'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a981da28e4e94674a5b28668b5b577ac'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'current_persona'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a988400594614353b16ec36d90727b6d'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a9c7df2b4db84d1ba595ad8a2826a980'
                        key: {
                            sys_ui_section: {
                                id: '234f403735754893b0fa0b3c0d8d3e3c'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a9fea707704a4a93b7205cf8a7e15a0e'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aa1031174d544bf4bad0ec507a2861e4'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aa1380ac628445e581c31d15ddd5239d'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'network_gb_month'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aa555146562744d499fb88c633f7d68b'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'mobility'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'aab54643800b450799501ad05e7194fe'
                        key: {
                            sc_cat_item: 'dc40950798604e01af2184b87b184748'
                            user_criteria: '66ba1ad9364a45d488d906263eca17f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ab305c86d18b440b9a7f51f355f14f76'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'expires_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab3ee4624bdd4c1ab5395423083ba3b2'
                        key: {
                            document_key: '1600fce30f524ae2a702038cb2157dcd'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'abe070652d034efd8c098aac222f2f9e'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'network'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'ac075baddeac4d8cbd13246ec29a762e'
                        key: {
                            sys_ui_form: {
                                id: 'c8c63026dd6349418e432e3d5f2dbe43'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '1b81f116e27941bea27bb05a9b4d04c7'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Members'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ac3d4edafe73440b92b3b0734e43c407'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'kind'
                            value: 'approval_requested'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac5397c18f09444ea68ea0c8d66e6624'
                        key: {
                            document_key: '86f2a6a6a745401c8ffecc27e459d838'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ace93fde7c3346d3958b72bbe66ff761'
                        key: {
                            document_key: '161e929d2f5f464fac23a98b1079b7e4'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'acefbc66c487485d9f86a0d16e5c1017'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '8de3b131be384dc8846c1f84be081ac0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ad916516bd124bd4aad7325c07e7f6ab'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_type'
                            value: 'department'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ada0b03a916747b69134940aa02770e7'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'change'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'adc79bfc0ba642a583eee4dbc9a2e3c8'
                        key: {
                            document_key: '2845401fbae04bddafa85a2f8be64e52'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'add23c6d0f674f3cb11637c98f3d5c35'
                        key: {
                            sys_security_acl: 'fd41b428c37b4089b21196a52978a26c'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'addf9f255c1c412e84564c6296279a31'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'addfab9061d04cd9a5b6344c798905e8'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'adec9c5cfada49ab8d25eaed68e9ea4c'
                        key: {
                            logical_table_name: 'x_psm_persona_proposal'
                            col_name_string: 'user,state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ae6659f0a28940ee940f5c30374bf62b'
                        key: {
                            name: 'x_psm_persona_offering_service'
                            element: 'offering'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ae8460f262574724a2cf9932258f7d2b'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'devices'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ae91f6559f4643d699e35b24256f2bed'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'metric'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aea5a67bc5114a5e92afdb979f79bd54'
                        key: {
                            document_key: '86f2a6a6a745401c8ffecc27e459d838'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'aeb8771b490846dd880f1d659304e729'
                        key: {
                            sys_ui_form: {
                                id: 'f116090da6fc464e8b1ba99ca5ef2324'
                                key: {
                                    name: 'change_request'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '72cac10075f74a399f6e3ed9bbc461d5'
                                key: {
                                    name: 'change_request'
                                    caption: 'Rollout'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aebacadbe7684bc4a28fc2056a683933'
                        key: {
                            document_key: 'c2368fac004d4f9bba9c80bc6d65930b'
                            variable: '0ddfbbd3c324320076173b0ac3d3ae07'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aedbfc6e21af4606b0142c0457f62c7a'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'from_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'af0717e0222b4d39bb70e7dd0d8127d2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'd95860ebddf84257affca0ec659ec805'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'af30ee79b8eb46f59e680c03210488b8'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'usage_source'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af91ea67b5ca4c369cbc335818593169'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'decided_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'afb0fe463e8c4bda9bc48275f6b2437a'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'decided_by'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'afc20e41c7544459a844a2744eb140e5'
                        key: {
                            name: 'x_psm_persona_business_area'
                            element: 'department'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'afc4151c155c4ba1bb88ae471193e489'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_type'
                            value: 'group'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: 'aff92da48ca546598472967da1bc4dc3'
                        key: {
                            id: 'psm_feedback'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b01c69d543e646daa535371c0b4ba222'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b04b246f70d24109bcaa3dcd04dd263f'
                        key: {
                            document_key: '9975cd64788846128d958a394a1484c1'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b068774927d945e19c4de05c0927a6b1'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_persona'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b0cb3208f5ec4c91a6f239339fc47942'
                        key: {
                            sys_security_acl: '1a6c62828f504a74aad555c43920ac47'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b0f6187323a547aab71b1bc6a075e0a6'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'explanation'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b11503e07c3a4ea1875587d3fce7f2cc'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'persona'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b12f36e08db74f76b3174898afd6a372'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'objective'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b1a2500783984085840a30b931949c2e'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b1c7360885e54da58ea1f2650ec1b788'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'assignment'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b1c73a5f608c43568d4773a6f36eecf5'
                        key: {
                            sys_security_acl: '67a3e2548a014e98bb0e7c1b63b5537d'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b21d2d3fd8ec454a8c8f17d62ce50a08'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b28f1be295b74163b5b52013531a92c8'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'state'
                            value: 'expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b29ff27701a64533bdf59bbf23f2d08b'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_impact_summary'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b2a691d7da2d45fc9cdaf81a9071b282'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b2defbcfc5ec450694e96e116e2a5a23'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'network_gb_month'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b32bb91a5c6d4236aa6895739e1c63dc'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stakeholder'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b33626a7148a43c08d11cbd5911ebba0'
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'time_lost'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b356ad9e400940b1834c1929c8499298'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b3695fbdc677447a93d181239f52db86'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'open_high_risk'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b3760862ebb64c32ad8198140a3c5ec8'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b3d30998fe2440819c859ae8932e7ee2'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'persona'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b3dcee54b4d94356a4a738e5c2a92e2f'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'distance'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b42f1c38e20e4f69b350d69840bb34ce'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'decision_comment'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b457c24aaee64cd9b783b70c92975df7'
                        key: {
                            sys_security_acl: '1d41a375a85045d59500a5605cb022e9'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_number'
                        id: 'b471240d51bf4521b1334376df6f1757'
                        key: {
                            category: 'x_psm_persona_followup'
                            prefix: 'XFU'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b489733ead16418485e87ff2e25ff898'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'metric'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'b4a029ed2344474b966fbd9dec7ac25e'
                        key: {
                            sys_ui_form: {
                                id: 'f116090da6fc464e8b1ba99ca5ef2324'
                                key: {
                                    name: 'change_request'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '5e54693a0e254d1b9070bc7bb83be3f4'
                                key: {
                                    name: 'change_request'
                                    caption: 'Phases'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4cab6d685fa4d318150a1687e48def9'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b501525262ae4a43836ffdb6629977e4'
                        key: {
                            sys_security_acl: '77239564a4ad4dfba1484e72011cc9cc'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b55b1a1d62a2429ca6608993333cb5c7'
                        key: {
                            document_key: 'e979188562d3403d9f5b816fc73dd6d5'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b58760e65e7a48fb961583172904fa31'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '134f828174474704855a145b332d7fd0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b5a3997363e94d32943d0a0c36c9ae04'
                        key: {
                            sys_security_acl: '4efcf619222740bcaf4c186865b9441c'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b5eb8660130e4b699c9a6c619e60ae7d'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'interaction'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'b5efaf2d9117413496d39b7417a01b90'
                        key: {
                            sc_cat_item: '8ddd79f63365409682e18151fbd2f9cd'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b5f36676bfda48e9b903f4df9b3bf894'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '7f36d2c25379447db1fcc0cc13af9766'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b61f1fcb497b4bea9c7cabeb0265010a'
                        key: {
                            document_key: '496f0c62e4564613990a743a65304b6c'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'b69b47b086df4d1699d8dec1bded8762'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b7051d61b1ce46eb954eab1929257e18'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'bundled'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7265ed1955b4cc895bd3421ba8cb99e'
                        key: {
                            document_key: '32b51901b8694cf6be1e484ca0e10654'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b72a954a682b4a618ddd1fb6e2504553'
                        key: {
                            sys_ui_section: {
                                id: '234f403735754893b0fa0b3c0d8d3e3c'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'locked'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b72dbd9e6028411b9e171658e79d2b1f'
                        key: {
                            document_key: 'cda204398ca34c6d86723e844c872e99'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b747a9f5d52242c5873c8947f614bb13'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'control'
                            value: 'mfa'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b757523cc2cf427fbb3f198dab9e60c3'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b76eb1b4132a4f7b923fb61facc79c3a'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'unit'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b79d49c3ca2746a99d74f2e7ef8178bf'
                        key: {
                            document_key: 'a22bc953a84140f2ae36cbd30e8e1535'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b86a9060a3fc491b918eceaf2fdbb77f'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'state'
                            value: 'requested'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'b8f00c290f8e421a8b415c0379019852'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b94d0050358241dd845e8508bff53563'
                        key: {
                            logical_table_name: 'x_psm_persona_feedback'
                            col_name_string: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b955198bfb884836ada5ab92d96ae46e'
                        key: {
                            document_key: '965a9ff0dd09462dadccae45631e0df4'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b9e7c820cfb74500b86603e26a238623'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'team_hours_week'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b9f2ca1d24eb4c6992147271b6f5163d'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'metric'
                            position: '2'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ba01f01c3cb240c492c81b2e038831ae'
                        key: {
                            name: 'x_psm_persona_xla_history'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ba1344c8ed514fc290ef222fdc6b3425'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'last_summary'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ba1baff868684148bb3c5e2adee41fe3'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ba2d2c61d3234efd9c581d5ed49a7d2f'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'threshold_4'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'baafa209d8104caf965324968794798c'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'qualifier'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bab39614b0db4152baf4d07efc6d1284'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'locked'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bac7cb3d117b4ddfa90f90c1111afb60'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'runner_up'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'bb176a5ecc40470c8e46e1850c665f92'
                        key: {
                            sys_ui_form: {
                                id: 'f710aaea723c4deb9cc43b3dcffe21e0'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '234f403735754893b0fa0b3c0d8d3e3c'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bb43c5567674405199ecde8e6eb7cf8e'
                        key: {
                            sys_security_acl: 'b37f2c4d1be44522b724e07c27a2bd0c'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bb60faa7e3264ef8bcaa2b7783468088'
                        key: {
                            document_key: '0c0480f740184d92a41920a57e308581'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbad27a96f8741fb9a4d80c090fb98ec'
                        key: {
                            document_key: '33211059e7b84f5593a2f3313e8ba293'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbc3e6f0f5ed43379ba1d8acbcea3e1a'
                        key: {
                            document_key: 'd95860ebddf84257affca0ec659ec805'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbff6fafe2ed4075a4e86446e1219019'
                        key: {
                            document_key: 'a22bc953a84140f2ae36cbd30e8e1535'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc026e336ccc4509a20d920d275a9deb'
                        key: {
                            document_key: '2845401fbae04bddafa85a2f8be64e52'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bc083cd8f3c7427c98d04e463c1235c7'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'sent_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bc0ca1e2fc7e4bcda1c7bb3e6427bc48'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'bc2082c7746e49e7b8fa7973cc1234fd'
                        key: {
                            sys_ui_form: {
                                id: 'c8c63026dd6349418e432e3d5f2dbe43'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bc326b5c12484831b5f982bb8385bdd7'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bc494b6e57934e17986685e55b88ae81'
                        key: {
                            sys_security_acl: '9a92e514ad25497dae765844c6e7cb7c'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bc8a2fdeb1e941ae84eefd3239ec5f99'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'state'
                            value: 'requested'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bc8ca83daea24ba1b6dbd89b58eda611'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'to_persona'
                            position: '3'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'bd24d8848576425eb41a519493c959f2'
                        key: {
                            sc_cat_item: '7904f947649c40818cab073f8c941058'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bd2ad82ad111426797b63bff826d4e34'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'devices'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bdbf27bbe02b4e46bb932c51b82d8940'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'score'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bdd7ea3196f14aa1a2575aa0d80570d4'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'network'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'be5b0154810946dfa4062e36bd65fc1c'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'persona'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'be780e2c53ac46a9a5586058ab16bd3b'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bec43a6a2f624926a8517e96ca360a69'
                        key: {
                            sys_security_acl: '272e31f851b444c3816cecb8a00c85d2'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'befc2c00522a4f5b8ef4b62aaa2310fe'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'proposal'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bf27172539914e53ad0221654c4f5921'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'requested_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bfda3eb3074b44b7990abb0a8a429e4b'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'mobility'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bfdf0874280d4ad191ccf4bbe113345f'
                        key: {
                            sys_security_acl: 'a90fa4f8b36c4e98aa97b42148b828f0'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bfe64a919e0840fdb5e36b36901f1b8a'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'explanation'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c050a523c75a4e18bab0c70b86b7ddbf'
                        key: {
                            document_key: 'e85d13ba5a014eb4b04baf6b9360c7e6'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c083537ca36146bea2062a1491f1a93c'
                        key: {
                            document_key: '7bd863e2bf6146859fa3b3eb41de2000'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c0e3630c2afb4c908c892aab5acec786'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'metric'
                            value: 'team_hours_week'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: 'c119b98f8f54499e91b8999663c9028e'
                        key: {
                            id: 'psm_change_form'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c18d9bcaa6cb4d4f8340b7de2e3fb2a1'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'margin'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c1b4d71779304bcdabe4e7ea548a3e35'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'unit'
                            value: 'business_days'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c1c7d61d96254ce8969a949de1d84cb1'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c22c796bfe524530bd5f654680f42bee'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c265e6a29a3c4b599448613c392d18e7'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'time_lost'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c266404e7cdb44e5a5d02e8429bfab7c'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'audience_type'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c28a7ae98760446d90687ab7ac10ff7a'
                        key: {
                            document_key: '8de3b131be384dc8846c1f84be081ac0'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c308f090c5a0470b95c0523410ccaa0c'
                        key: {
                            name: 'sc_req_item'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'c32023f9131743af86fe2336341a5169'
                        key: {
                            sc_cat_item: '99cf821de55449adb2064596e35eccd9'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c348b52c84c04ce8ace04c6b38902d54'
                        key: {
                            sys_security_acl: 'f849874e8ce04f3f830d0433d2ddca54'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c36168dd34b045edaf4165d48cd5dc5b'
                        key: {
                            document_key: 'e4c800cbb660454891a4513faaf3d46a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c39635950a734f5a99b3d5297c6eec7b'
                        key: {
                            sys_security_acl: 'd9f3054e277b41ceb575696209e6f850'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: 'c3a3241ad0a5496f8ee2e83ed520cb0b'
                        key: {
                            map: '1df307360b5f4d9a93f996d47ee85062'
                            target_field: 'remote_pct'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c3f664de8bbe4960904a9bdab6bbf374'
                        key: {
                            document_key: '7f36d2c25379447db1fcc0cc13af9766'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c3f74b0754cf4f94b80eca998988bcd5'
                        key: {
                            sys_security_acl: '146ed2ed585b46a0a497083bef21c4f0'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c3fc4ffa40f7486b84cac2f6190d69bb'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c43babd0981945c7aca1be8749a8a596'
                        key: {
                            document_key: 'f405c38c40604bf18a85b2d756894ef5'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c4d1de41a14d45f0bb6cd3f92d8a22d3'
                        key: {
                            sys_security_acl: '1bee0553e1b4465694875405480c87a6'
                            sys_user_role: {
                                id: 'c15e7eb2bd74498fbd4784b949075d96'
                                key: {
                                    name: 'change_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c52bf53d4c9145788e0e59e899f09233'
                        key: {
                            document_key: '496f0c62e4564613990a743a65304b6c'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c52c496aaf03492d930e8b4aefdf78aa'
                        key: {
                            document_key: '965a9ff0dd09462dadccae45631e0df4'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c571f07efa8b4d918e4501c82d749a16'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5c900a6f9b74bb6929479049f9016c4'
                        key: {
                            document_key: '86f2a6a6a745401c8ffecc27e459d838'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c6672d9d3d284eb89d3f03d96eab51f1'
                        key: {
                            list_id: {
                                id: '565ac85297654335a2907bbd12191733'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'threshold_4'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'c692b887e1934ba1b011e1f709c88d17'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c6a0b0cc03a3433f9daff24108db966e'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c6dc674aef9b4ad6bcdb9c5b6f84bc7e'
                        key: {
                            name: 'sys_user'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c6f9adce4f1a459ab50f3dc22e604f01'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c74565afb7df46b58567685c37298c01'
                        key: {
                            document_key: 'bcb7475da05b494e98ac408c098c23fd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c74ff465d5014c5fb4b7a6c7b696ab1f'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'justification'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c78458ff096e49478f743499107d73c1'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'kind'
                            value: 'state'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c7875e23e32740a3916d2cc5ce7a66a7'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'stakeholder'
                            value: 'implementer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c81ad1aee84a4fe18a07aec49944261d'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'request'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c81f34c73b9c43d08528f18900f1b5bb'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c87cba52574a4236aa7cb35a00168843'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c89eb0cfddf7410694bf092201a493a5'
                        key: {
                            document_key: '7bd863e2bf6146859fa3b3eb41de2000'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'c8a9cfc78caf4246b87c13d131014d7c'
                        key: {
                            name: 'sys_user'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c8ab62b477d847438b21f7a7e837805c'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'threshold_4'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'c8c63026dd6349418e432e3d5f2dbe43'
                        key: {
                            name: 'x_psm_persona_persona'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c8cae8cbec70489c9bc9e82efbdefb2b'
                        key: {
                            list_id: {
                                id: '821ef4a513af4505b0679e82edb69a15'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'communication'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c8da2edb1d2d4b4c83aa55ee57005830'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c8dac6248f134bb989f035c82278bfc1'
                        key: {
                            document_key: '33211059e7b84f5593a2f3313e8ba293'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c901cb56be14456482d542c3e189b0fe'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'devices'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'c91e0d74a8e84b378c98ff45c297f14a'
                        key: {
                            sc_cat_item: 'a3fea402428544749394eb007e4d8a4c'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c93d4dfc7983497286e29c11e5540cba'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'interaction'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c96779a3c5234bddb6f13f6077433502'
                        key: {
                            list_id: {
                                id: '6aaea9eac2f64ffdab7d57179fdcab68'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c98e16f9769d44fcae7317b116425406'
                        key: {
                            document_key: 'bb414391f3bb400ea035c542f6905c2f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c99f0c88d452425eacbd6b2317304297'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_channel'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ca05689e6d5f4f08ade20c37193cb693'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'min_ranking'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca1ebaa1a9eb4aaf8b6838fa31b1b471'
                        key: {
                            document_key: '83b1d51b41ce47749aac9ec7a0d36733'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ca64e6302a8442629d9654e94cf40d72'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'role'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ca715320cb1e4b109b0a2230cc2dddd2'
                        key: {
                            sys_security_acl: '20a8d9c546684d2ea1d929284654e101'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ca9a67fa07df415b9f69d3de37bee91e'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cae65d86bb704450a84bf2e5da031eb9'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'threshold_4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cb4083b3ad024a7c8f0b82727ed90014'
                        key: {
                            sys_security_acl: '45c785bb30b44f9dbe96d9b14cc3e8bc'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'cb4d519f976a4dcb8e5a0d34f0f5f990'
                        key: {
                            sys_ui_form: {
                                id: 'f710aaea723c4deb9cc43b3dcffe21e0'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'cb55303b56f649d18b42dd141c13c409'
                        key: {
                            logical_table_name: 'x_psm_persona_offering'
                            col_name_string: 'persona,active'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'cb68278f040b477e889727ae0e62caa5'
                        key: {
                            name: 'x_psm_persona_change_notice'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cba859172f1f4ec8a20215c7be7c26d3'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'threshold_pct'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cbb737f8cc99477ab0065085c02d3964'
                        key: {
                            sys_ui_section: {
                                id: '234f403735754893b0fa0b3c0d8d3e3c'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'scored_on'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cbc5a129a7564472a739d12bee8a637b'
                        key: {
                            sys_security_acl: 'd30c286a37f848b58d1fa582772e027a'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cbd4efbd61424d7ca01de517a30d44a2'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'recipients'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cbf73e4462d446a0bc0a2375eca51339'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'per_user'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'cbf9a764257e45e49358a33da17c9c73'
                        key: {
                            name: 'x_psm_persona_offering_service'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cc39542378f9458da6bba6bc8315f98d'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'audience_group'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cc40fa7375624fefb56cb358eda85d02'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'period_end'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cc56455ae8404f6c814450c172bf88ef'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'last_checked'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc5dc7be0d1b420192d2df0770ff7435'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'stakeholder'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ccae301dcf604cfb946aba4ef3efc892'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'interaction'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cce3e8395289475aad94eafcd273129b'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'unit'
                            value: 'rating'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ccfb5d6fc24447789f879c9dfae271f2'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'communication'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cd1ebe7f66424d81a2122dbaa96b1e5a'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd46543db1384059a137bfc3928db16a'
                        key: {
                            document_key: '2815693fd47143caa36408856e9ebc3d'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cd8c909231734e0d8dbac1e76c51b2fc'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'open_high_risk'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cdab5cba2b0943b38030de0f8ac7377b'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'period_end'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cdb9f3a49e1f46368d72ca20a3ddf428'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'cdced8ec45b845bbbfa48d769ee17c5f'
                        key: {
                            name: 'x_psm_persona_xla'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ce080b67cdf4413f8e6467211e127bfe'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'network_gb_month'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce4f85218cd5485eba6d77c799a5a597'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ce5670cabc4649138011af8d9f864e34'
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stakeholder'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cebdad7127574b779fb467a15219fd85'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'mobility'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ceecd0cdf8414d38b8f8a1e7da8f4c2c'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'unit'
                            value: 'happiness'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf4b437e22db4e5c93a605f4d3782e07'
                        key: {
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'interaction'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cf4ef2e2755d4f0098433d2706a9223c'
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'comment'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cf5670978c264d9fb98d9b083618869f'
                        key: {
                            list_id: {
                                id: '349c387a05f44b339328807a05b8dc49'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'audience_persona'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cf71a4b154d34acbbae9b224482c9352'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'usage_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cfab52de222f49e0812e2aa09171b42e'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'urgency'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cfb134bf85994ecea886b88494271a0a'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'communication'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cfd159241db640d088fb4cc0a3590ccf'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'margin'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cfda5ef023c94b5bb8ce406d1fd94116'
                        key: {
                            document_key: 'b02be5d729b444bba46207777793b2e2'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cff5204c058c428cbceefd628729010b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '7f36d2c25379447db1fcc0cc13af9766'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd046cc687d1d49a19b90a10afcf87ca3'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'measure'
                            value: 'feedback_rating'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd066f4d9c5e942298cd79c1accaa3dde'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd0d427788d2f4cf69d0a1a3c1e7b8d0a'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'dimension'
                            value: 'technology'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd121eff4cfab4f11af681e3777039332'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'recipients'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'd1c39302e5f8494ba8ae0792bfc2689f'
                        key: {
                            sys_ui_form: {
                                id: '81be9604a4b64c86b711fcfba6972400'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'd1c793a928414ad6858ffc68e4a8d073'
                        key: {
                            sys_ui_form: {
                                id: 'fed0b88328b44026bcc0402116917a21'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd1c92241acd54ab0b9634a117c959790'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd1d7a8c50c7f49038f44e924ad0f1fee'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '9c165fe683a248e9a2408e98ae434fcc'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd1d7aedff198458a8104b672197917ad'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'change_request'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd203337884904ebaa1f238d7360c62bc'
                        key: {
                            name: 'x_psm_persona_business_area'
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'd240732646a7478782c0f11eec6fe6e1'
                        key: {
                            sc_cat_item: '77826f41b6a54a9faa1f80a05e52c4b5'
                            user_criteria: '4cc05be2d6c7445294a90301fd9ed84d'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd24bf7d83e794e10a54f0cb002149278'
                        key: {
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'technology'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd2537610bc6f4fb482e8da1b710668e0'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd28a7360a457404391b9e31f9e920814'
                        key: {
                            name: 'x_psm_persona_availability_target'
                            element: 'outage_notice'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd2ef1cbe67244210845aa076d46d2535'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'state'
                            value: 'open'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd344d6d09e614c669d10d0ea3d07d857'
                        key: {
                            sys_security_acl: '2a4ddfeab4c046c5b5fd6eacefb60697'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd351b3dcb2e84634af6e2f74a1dc1e80'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'd35eabe0ecd94637ba71ea820d8fcb73'
                        key: {
                            name: 'problem'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd3a2f97b19314094b0d38a3b821ce178'
                        key: {
                            list_id: {
                                id: '077e0c7314b0492d9689ab74ff8a5132'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd3aa0690ffe04ac78a3a4f4983e0eba2'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'control'
                            value: 'device_management'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd3bd9f42ff0a4163aad01f8af791072b'
                        key: {
                            sys_security_acl: 'e264c0402a0f4707886f07b4bddd946b'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3c2b0dd403e44c28e74c81c6368f1b7'
                        key: {
                            document_key: 'e979188562d3403d9f5b816fc73dd6d5'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd3c340b8aa054f63a93cd582226de9ad'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '47a673a5ef3f4a3384af90b6056eda08'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd3fa5597081c400fa8f7dd5265548978'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'requested_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'd42b6585a0bc4484bb80d2bd7298780c'
                        key: {
                            sc_cat_item: '342637b1136b46ad84620bc57d314e85'
                            user_criteria: '66ba1ad9364a45d488d906263eca17f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd43ca02f98334c84bb07fd90da5fbad6'
                        key: {
                            document_key: '207c10afaa1a45ec8d0f0a769ef0dd06'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd47d05db38d04a83ab46fecc95e9aec9'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd4d178aa113d47759eae4b0403da64b0'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd4df0fa601aa4c2b8f86cc30b9a93b3d'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'config_version'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'd50e089e7a784c549e363666c0118bef'
                        key: {
                            sc_cat_item: '7904f947649c40818cab073f8c941058'
                            user_criteria: 'd4fddf2b241a46499554111762694683'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd5277eb9a9734561abbf0c7b2a85a403'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd53f60251f5045a8b1e83acbc1987857'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'margin'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd54cfbfbee004030abe41444eb02e3ce'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd5549f6800234f189ca30517c6aea4ab'
                        key: {
                            sys_security_acl: '9fa8cd95c19a482486b7b5a7728b1192'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd588d71fec87463fb8de5c60144dc8e4'
                        key: {
                            document_key: 'e4c800cbb660454891a4513faaf3d46a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5fb9d951bae4ac0bada9af02672c00a'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'urgency'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'd5fde2b6d12c4127abed020e3bc4b174'
                        key: {
                            name: 'x_psm_persona_provisioning'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd60c40e9d20a4f3e96f4c3af9aaf039a'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'service'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd6634168ac0b4a128796cbc6a18dd85a'
                        key: {
                            document_key: '522c317b98624fe2bd57e610d027bec4'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd66d38388b064d3d9aec1228a61710b9'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_location'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd672895dcd354ca3803bd0c77f843ef9'
                        key: {
                            document_key: 'b7cebbb785a5434a906b2f2de0a5486a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd67c4975dfa646c0b806491fad327e26'
                        key: {
                            sys_security_acl: '4951fb71f2db4084b2baf6f8fde63e81'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd69a988592e14a62819d09d61aee6fa4'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'duration_days'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd6a79a41eae64481ad47eaf510b77882'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'summary'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd713782dfc82471a8d0986262172a0ad'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'd73bfefa5d3f403b89ea40d5c90d70b2'
                        key: {
                            name: 'sc_req_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd75011ca59c24b75b90288034db7d91b'
                        key: {
                            document_key: 'e979188562d3403d9f5b816fc73dd6d5'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd77ff98ca4294b25a69e40beab197832'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd8332702e533441099ae6a23f31ea2d4'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'd8553c92d41444d9ba8383808c64f5ea'
                        key: {
                            logical_table_name: 'x_psm_persona_profile'
                            col_name_string: 'stale'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8993f2d88814fa485d9a3e68a931d11'
                        key: {
                            document_key: '2e371bea5d1c4c678396e46c2a2fa1b4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8a1e190a35d4a87b73649c102c673fa'
                        key: {
                            document_key: '7f36d2c25379447db1fcc0cc13af9766'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'd911ce677a874c239702391f92281026'
                        key: {
                            name: 'x_psm_persona_required_control'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd916866cba93414086973e5f6759243a'
                        key: {
                            sys_security_acl: '5a8af2cd0db64ee7aca9e8c936a545e6'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd92bf44db9f547fc9e1a76ff2ffd35ed'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'monthly_cost'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd92c1894aa6c4829ac0c132445d91992'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'change'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'd93b61fcd1524ea593ecb040b384e5dc'
                        key: {
                            sc_cat_item: 'ccd9d3d422a24246803fa8fc0e43dfa0'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd95bf68090934c5ab5516f86ec0e948a'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'contacts_per_day'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd985f788ba9343e4afd865d64fe1fae8'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd9bd153e4a234619859e1c1be6acb2df'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd9bdc83926bb4bf08b1e3d517c3fa9ac'
                        key: {
                            name: 'problem'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd9fadb607ae6439a87408dd1e3b87c2c'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'audience_location'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'da3c8d4d00cb414883f63aaa88f6f0de'
                        key: {
                            sys_security_acl: '490c241b3fa74afd92b7d459ffd5a0fd'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'daeb7a552a1947a39260566059247664'
                        key: {
                            document_key: '6682f10f713c439992e202b8fc7d98a1'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'db0b26939da541218c95a73d248a8477'
                        key: {
                            sc_cat_item: '1bf3db2a6914490990e7e9dc8952b76f'
                            user_criteria: 'f3df7cad06544234acdc893e1fc34c3b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'db24e97608bb4cb881196b660e050d40'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'mobility'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'db3b5adb286e4d80852306e7d502fde8'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            caption: 'Scoring rule'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'db40f4651feb4b21a8b75f82d9f5c18a'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'short_description'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dbbd0012704f4d4b9dcc1aa65d8d2ec2'
                        key: {
                            sys_security_acl: '0fc9e49a14ab43258253d8dbaee79ba7'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc0e7717786742c889264bcefe48649a'
                        key: {
                            document_key: '10e1b56b7e964de9b128979227ba8b98'
                            variable: '0ddfbbd3c324320076173b0ac3d3ae07'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dc56dcc4cecd4fe9a6a8044bea29b209'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'network'
                            value: '4'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc70d3ad7aab454386a9ea9c12bd92ee'
                        key: {
                            document_key: '90c880133be445c2bb1639c7740863aa'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dcb7a135fd474bf49b37d32455bdacf4'
                        key: {
                            sys_ui_section: {
                                id: '1af40d99c98048f283bc996b21756b0b'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Workstyle'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '74836aabe0cc426ebcb0ffb647136ee3'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dcdc425933d64b6bb9b614d4f1b328b4'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'measure'
                            value: 'happiness'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dcdd5d44712c4902bdecc1a8c8a42501'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'mobility'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd17cb4bc3044aa9aedd7f5580f4e3d0'
                        key: {
                            document_key: '9c165fe683a248e9a2408e98ae434fcc'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dd33031eb1994aa8a77c962008de5d79'
                        key: {
                            sys_ui_section: {
                                id: '1f2cc1aebcf2478bbfe37fb31c8c0882'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    caption: 'Phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'audience_location'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dd50d7b14d674708be5fcd3778e43e5d'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'change_request'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dd59743a88b042bd9cb0285f026f2845'
                        key: {
                            sys_security_acl: '1bee0553e1b4465694875405480c87a6'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dd683389417f4707be4fc9a18a8d8ec4'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'step'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dd94204dec954a5b8179c9da1a269201'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ddb11267bef94d7ab1cf5e5fb52b61b1'
                        key: {
                            sys_ui_section: {
                                id: '72cac10075f74a399f6e3ed9bbc461d5'
                                key: {
                                    name: 'change_request'
                                    caption: 'Rollout'
                                    view: {
                                        id: 'c37021d64a27497bba19e72262b771e8'
                                        key: {
                                            name: 'psm_rollout'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ddde7b2e4cf74f36ac5cdbd9df9d7896'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'distance'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'de4d8ae9e5034362b131f39e6c825da1'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_channel'
                            value: 'sms'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'de737d0425b44e21aa23b39bb13af912'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'stakeholder'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'deb3a300a6ff4d02a48b1cf7d4307f32'
                        key: {
                            document_key: 'b7cebbb785a5434a906b2f2de0a5486a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'debcb1648fec4dc29510dfafcadd8caa'
                        key: {
                            name: 'x_psm_persona_exception'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'ded1f0701afa44d98317e45403d9bd37'
                        key: {
                            logical_table_name: 'x_psm_persona_feedback'
                            col_name_string: 'change_request,user,stakeholder'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'defaa8e403c743eea809709f7311decd'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'f5ff1e2b86d442c09ead7a460aaffca9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df1a17e0e93146329a0ac89961fd5707'
                        key: {
                            document_key: '47a673a5ef3f4a3384af90b6056eda08'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'df6210e38617448a8cea7de4005dc3f8'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'period_start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'df6395bf0227423db142850ec3512e15'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'persona'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dfa9dcebc1ce4db6a2d80cc163380a32'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
                            value: '4'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dfb2a2770d104c3ab564ae633a3baf08'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dfdfdeb1d8ee47929eceb9f292c859c4'
                        key: {
                            document_key: 'cfb5ae88e5634684832a962454a074a6'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dfee17edf0cc4052b93200a561dff228'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_rollout_plan'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dff7c1ac64e1495da2f8f5b0c1cf0616'
                        key: {
                            sys_ui_section: {
                                id: '55028302f3aa470db88aa472aa722b4d'
                                key: {
                                    name: 'x_psm_persona_offering'
                                    caption: 'Offering'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'persona'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e055b814f9234667ace70491ed947915'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'combine'
                            value: 'sum'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e07dcb1693fc417481d297096c81b867'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e0b8b29241254aafba7497fbea1359ac'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e1380e3e50a84998860bfbf435434e07'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e145822af27943ebb2b92c55abd260f8'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'b02be5d729b444bba46207777793b2e2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e15dbbd9ea384277bfa4904c06f8c068'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'change_request'
                            position: '1'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e1984c6868ac4fdbbeabd577963ca9d5'
                        key: {
                            name: 'x_psm_persona_change_notice'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e21a787400af47f28fcbf097a975c2d3'
                        key: {
                            name: 'change_request'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e258bb11c0c2477b9450d8bd65fbcda3'
                        key: {
                            name: 'x_psm_persona_business_area'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e264b3872bde4b558d31941e01f54cd8'
                        key: {
                            sys_security_acl: 'e39a976f86454607a7ff2fa1afa61c38'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e2bb89a359974e90be18757aca9f548a'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'user_criteria'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e2e9da389097493c821b15e882954daa'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e2f449b0cdf2429eb2be38d1adc70967'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'dimension'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e30666be60dc4c6798353367e8792450'
                        key: {
                            document_key: 'b02be5d729b444bba46207777793b2e2'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e31384b11ffc48d196a9f4fb7b5c2772'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'control'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e354e7672c0d45e19464ba5234d2b313'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'change_request'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e3636fc03e2144b9a87ebf8b23ae3885'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'e37be8f36e5646deac902dd460d94be7'
                        key: {
                            logical_table_name: 'x_psm_persona_exception'
                            col_name_string: 'user,catalog_item'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e3b42d73c7574d2c99cd498d949685fd'
                        key: {
                            sys_security_acl: '4ae08199806a4b4785bc64eb72069f59'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3e5332b151c49b4ba4ed27d63bc2066'
                        key: {
                            document_key: '90c880133be445c2bb1639c7740863aa'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e4c7eec353594c3a8d55fdb2d46f9992'
                        key: {
                            name: 'x_psm_persona_scoring_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4d4dfbb72794d5587ac56c266203ef0'
                        key: {
                            document_key: '9c165fe683a248e9a2408e98ae434fcc'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e4f68b22a5354a61bf58d70f836fb817'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'changes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e4fd2ff039f24e2fb242a7e6f2616464'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'request'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5047be053c84a26b9df5c33687ceef2'
                        key: {
                            document_key: 'e85d13ba5a014eb4b04baf6b9360c7e6'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e57a587905ef4b38b232196f92784602'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'mobility'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e5d6bae6faf8440d97d707b5d0e43438'
                        key: {
                            list_id: {
                                id: '349c387a05f44b339328807a05b8dc49'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'start'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e5fb6496c5214c86b8a09330e2be31ba'
                        key: {
                            name: 'x_psm_persona_required_control'
                            element: 'control'
                            value: 'disk_encryption'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e6197bb79c0646d3a6223862d3c56f72'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'usage_source'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e6265330c016449f8b3973bd59678771'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'distance'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e69b2f70d3b14625b7d0c8d06802c045'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e6a0891616964ae8b59466ae53cdfcbe'
                        key: {
                            list_id: {
                                id: '565ac85297654335a2907bbd12191733'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'threshold_2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e6aba5efdc3a4485b2c2826305dbf1bc'
                        key: {
                            sys_ui_section: {
                                id: '3da1c96f711c488b98e79252944258c9'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Scoring'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'interaction'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'e6c5647e4d194168852917896111b24f'
                        key: {
                            sys_ui_form: {
                                id: '0357f55c783f4b33b62f714afbd9f870'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e6c851212902493ab1a3c00e93da4bfb'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e6e3c77818cf4371aafebc6241c1c2dc'
                        key: {
                            sys_ui_section: {
                                id: '1b81f116e27941bea27bb05a9b4d04c7'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Members'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_psm_persona_persona.x_psm_persona_profile.persona'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e77107e3029e44d683307a14e667455e'
                        key: {
                            document_key: 'cda204398ca34c6d86723e844c872e99'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e7c3730b34f842c5ad24e6c7fcb22a4d'
                        key: {
                            sys_security_acl: '1edbd512197f48b3b1670949d0ce827e'
                            sys_user_role: {
                                id: '447178835af24c999db4eeaa5a23c6c4'
                                key: {
                                    name: 'x_psm_persona.usage_loader'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e7e4e24b86634220941cfa0f97e43cda'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e81bb7f85e5a48acb8f3b8f84ca4025a'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'dimension'
                            value: 'mobility'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e847181365b2407cb2e013becd3136de'
                        key: {
                            document_key: '10e1b56b7e964de9b128979227ba8b98'
                            variable: '45623b13c324320076173b0ac3d3aefc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e84c9ee252e7483a8b1bb376ca22c3cd'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'service'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'e84e29061f38474098fef6a33e4eaa6f'
                        key: {
                            name: 'x_psm_persona.admin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e868d60112a24be4811006bbfd91346f'
                        key: {
                            document_key: '8de3b131be384dc8846c1f84be081ac0'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e86a289b8f93495db95aba2b4538be56'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'f405c38c40604bf18a85b2d756894ef5'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e8d83c788f344acfa4ba806feef34faf'
                        key: {
                            name: 'x_psm_persona_xla_history'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e90ba08aea9943e69a7d7d28a63701fb'
                        key: {
                            document_key: 'a22bc953a84140f2ae36cbd30e8e1535'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'e938d71e87af4081bf4a5f8d435f40f4'
                        key: {
                            sc_cat_item: '7cf2030a8797462e83cb8dd8f96675ec'
                            user_criteria: 'd4fddf2b241a46499554111762694683'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e95366f02721406b89a218fc889d2163'
                        key: {
                            list_id: {
                                id: '885ea92e3c6d479eac81927b7e77cf05'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'worst_group'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e97b44af5b074091a003c258a5b1eaeb'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'last_checked'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e998f35a06e7442ea82d8d8ffba62f03'
                        key: {
                            name: 'x_psm_persona_provisioning'
                            element: 'member_monthly_cost'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e9af6a64cbe244079a43715f8643b59f'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'catalog_item'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e9b761ebe69f4d099cb7b3d1dceefbf6'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e9c96297c40843479cb5253f0314daec'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ea751438e8f7420b9c7acd148a88aff1'
                        key: {
                            sys_security_acl: '1378b457b27f4eac9a3a447440b0cfd6'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eaa665b870454dffa37d9097cd46cdbf'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'changes'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb125b21e0a34277ace671c2b028af5b'
                        key: {
                            document_key: '134f828174474704855a145b332d7fd0'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eb17d74f51db4b629358eec7900bb1a7'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'objective'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'eb6ba1ef42e04afab1e1ce44b672f8ff'
                        key: {
                            list_id: {
                                id: '349c387a05f44b339328807a05b8dc49'
                                key: {
                                    name: 'x_psm_persona_change_phase'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'end'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'eb79f334e8ba4bea8a22e0d3ad0651c6'
                        key: {
                            sys_ui_section: {
                                id: '0aec10aa072a483ba26402badcedf397'
                                key: {
                                    name: 'x_psm_persona_xla'
                                    caption: 'Experience level agreement'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eb7e1b94df4943028f5e349b7c53022c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '267c06734f824bd0b8a2724f934c6c82'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ebc7977709634ee3bf7dc626ee2f2d67'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'category'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ed03a1d07eff452fbb64c8c51b655c1f'
                        key: {
                            sys_ui_section: {
                                id: '7ab9cab1573e4b2ea4adf0b166ce5884'
                                key: {
                                    name: 'x_psm_persona_xla_digest'
                                    caption: 'Weekly digest'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed743f23aaa047ba9e34655009942a20'
                        key: {
                            document_key: '2e371bea5d1c4c678396e46c2a2fa1b4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ed7b533f19814c7aa688df18a4666c17'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: 'ed8fee37dfcd4385954f1fba2825c156'
                        key: {
                            id: 'psm_my_persona'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ed9a34048097450c8786144cddef0d90'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'stakeholder'
                            value: 'caller'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edbfadeb787b4d748fc9ff9d57300658'
                        key: {
                            document_key: '134f828174474704855a145b332d7fd0'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'edf371e0c163480d8edb2653f6fc9035'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'dimension'
                            value: 'technology'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ee00481ad9054df995f36f9701b80bf6'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'ee25815ae2ef4d57b2ffe28b258bcd74'
                        key: {
                            sc_cat_item: 'a8f8c04b7f79450bbfe655d97f85497c'
                            user_criteria: '66ba1ad9364a45d488d906263eca17f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee454b7113fb4df18ea111355920b29d'
                        key: {
                            document_key: '0c0480f740184d92a41920a57e308581'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'ee7b34769b554a0c900ba84ddfa1ec23'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'stakeholder'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ee8b8fea9d92452882c7ed6b45d9d2e3'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'catalog_item'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'eea775501c6644cfb21d566e23b75f85'
                        key: {
                            list_id: {
                                id: '565ac85297654335a2907bbd12191733'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'threshold_3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eeaf6c8b83ec4994bbcf34d02f859eae'
                        key: {
                            document_key: '0c0480f740184d92a41920a57e308581'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eeca7579d21f4f9d867be50142a44429'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eef3b94a2d3b47bf9221524858b4de1d'
                        key: {
                            name: 'x_psm_persona_change_phase'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ef15cac0babd449b9ab565a9980d593f'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_training'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ef19979a7ff248828835925704bb32d9'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'qualifier'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ef576315afff4f9c8fb7f3351b6d6612'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ef5815f955904fc79a8edc629792c911'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef80913a2484429d8198dadd6d431fbf'
                        key: {
                            document_key: 'cfb400253a514afd9a9a5d0deb5e5341'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'efc88219ee844df6897008675d202ffb'
                        key: {
                            sys_security_acl: 'b652957d850d491e950dcda4b1fccaf6'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f009b25fa7644833bb1152d8231e4d2a'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'task_table'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0d7183c7bca41a081a622597c2a1cc3'
                        key: {
                            document_key: '496f0c62e4564613990a743a65304b6c'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'f0dfed7386b948239cddaff13c98484f'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'f116090da6fc464e8b1ba99ca5ef2324'
                        key: {
                            name: 'change_request'
                            view: {
                                id: 'c37021d64a27497bba19e72262b771e8'
                                key: {
                                    name: 'psm_rollout'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f12271f497ea410c9835f8fd0df989f0'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f13384872439499f8f4febcf9ddc25b7'
                        key: {
                            name: 'x_psm_persona_offering_service'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'f15d82f54372417aad968e7231939fa1'
                        key: {
                            name: 'change_request'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f17c3d88c79a4c63967416ff58626fd5'
                        key: {
                            sys_ui_section: {
                                id: '234f403735754893b0fa0b3c0d8d3e3c'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f180dd3451c24e888264e2211c43c72d'
                        key: {
                            document_key: 'e85d13ba5a014eb4b04baf6b9360c7e6'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f1a9d7508acf426ba8d11879a2e17f8a'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'catalog_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f1e5030f67df458bba818aa65b038408'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'rating'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f20a0646f70e45bd98c557f26073fd51'
                        key: {
                            sys_ui_section: {
                                id: '4c6325f64f554e5d9613cd71663594e7'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    caption: 'Feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f2285bf6829044e2894e5bcc7c918113'
                        key: {
                            list_id: {
                                id: '6aaea9eac2f64ffdab7d57179fdcab68'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'from_persona'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f23d78da7caa41928a0300998ee7d0db'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'remote_pct'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f26539d1d58b429ea3d81918049ef572'
                        key: {
                            document_key: '6682f10f713c439992e202b8fc7d98a1'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2928955e4b145fab8c9f50568550a32'
                        key: {
                            document_key: '2815693fd47143caa36408856e9ebc3d'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f2c8319fedfa4c988f49936491b57962'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f33818323c6f4e8b8cf0ec3c14bb225a'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f34a967b14b947639dd1b5d9129072c8'
                        key: {
                            document_key: '67726493966643cc916528700d19ba9f'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f39a6d2ec79043a59de0765ce6d39e68'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: 'f3b89ccd0c014578b3683261936afccb'
                        key: {
                            id: 'psm_dashboard'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3dc778302ea4fe588e4d0a902a37034'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3f265ad84844b35884591a6b0b0d4b3'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'decision_comment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f4255cc87900447d9ecda202e9bd9c85'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'e4c800cbb660454891a4513faaf3d46a'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f42ec595a02c4e298a79634fcf99e576'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'unit'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f4a4a221ba784ee086e521d70df7096f'
                        key: {
                            sys_security_acl: '5e7f162a39fa46ca8e88bded56d38f42'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f58d09f430374ad6946efeb5af7753ad'
                        key: {
                            sys_security_acl: 'e637da709ba64c3dbfc9b8e70c39ed46'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f5fdde57e481499e9f5a6e9d9ffa6fcb'
                        key: {
                            name: 'x_psm_persona_usage_import'
                            element: 'measured_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f6308bbd43c94ba7b33bee38e116cc3a'
                        key: {
                            name: 'x_psm_persona_item_control'
                            element: 'control'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f641302184764733a593f2fbaf9cf9c1'
                        key: {
                            document_key: '9975cd64788846128d958a394a1484c1'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f68d194028c1468f99b5c114a6031719'
                        key: {
                            name: 'change_request'
                            element: 'x_psm_persona_support_contact'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f69dee971c3b48ab9186abec3fa15271'
                        key: {
                            document_key: 'f405c38c40604bf18a85b2d756894ef5'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f6ba7c470c1742d886bc3affd1fd8450'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'decided_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f70a503310e141d59cb350554a690680'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f70c5866b9bb40079d5d8c1b65e99216'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'e85d13ba5a014eb4b04baf6b9360c7e6'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'f710aaea723c4deb9cc43b3dcffe21e0'
                        key: {
                            name: 'x_psm_persona_profile'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f728402fa97749e88f6642ed0e4ca308'
                        key: {
                            name: 'x_psm_persona_followup'
                            element: 'score'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f750541b4f43467bbe2e85bc7cbe3070'
                        key: {
                            document_key: 'bb414391f3bb400ea035c542f6905c2f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f761f6f5be554be48f58cfb2e2ffc86b'
                        key: {
                            sys_ui_section: {
                                id: '2faeb70755fb4a6cadfe9c6d5c52548b'
                                key: {
                                    name: 'x_psm_persona_assignment'
                                    caption: 'Persona change'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7ab47bf0e474530a5833ab19f683914'
                        key: {
                            document_key: '33211059e7b84f5593a2f3313e8ba293'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f7f0bab852244cfc9001b881d8dfe916'
                        key: {
                            sys_ui_section: {
                                id: '583fd988e6b64f96a4f365f5eb300182'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    caption: 'Usage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'devices'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f82345a22ff644c0abba5bf1783a463f'
                        key: {
                            name: 'incident'
                            element: 'x_psm_persona_channel'
                            value: 'email'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f829370a73fd44adbfad84bfde463d4b'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f82f8dc7243940ef8bce60a35d409952'
                        key: {
                            name: 'x_psm_persona_demand_factor'
                            element: 'dimension'
                            value: 'network'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f83e85020f2d4f90bea1b87c5e52609f'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'open_high_risk'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f83e8a31c3e3450a99edf8f826ac91bb'
                        key: {
                            document_key: '207c10afaa1a45ec8d0f0a769ef0dd06'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f844ae9c8d74441b9790c0093ce5f749'
                        key: {
                            document_key: '32b51901b8694cf6be1e484ca0e10654'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f89351bbda074ec7962664ad660d1076'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8a8743128d942f08dcfbc5481df650b'
                        key: {
                            document_key: 'aae3c15216544772811e076d5e763a0e'
                            variable: '13a08fa0c3033300eaac11fe81d3aecf'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f8b56f6f4b9447e3acfa86fa4b353b25'
                        key: {
                            list_id: {
                                id: '6be53d4e7f824fe594fd3eecf8c9ccff'
                                key: {
                                    name: 'x_psm_persona_feedback'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'score'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'f9143f98d7014875ae2c403fe2ab5536'
                        key: {
                            sc_cat_item: 'e160346f4df4474da204fe8e57c9713a'
                            user_criteria: '4cc05be2d6c7445294a90301fd9ed84d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f91b6208b7ca44bfa059a620659efde4'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: 'f92ace1f8dc4463a9927f164b95b9e40'
                        key: {
                            map: '1df307360b5f4d9a93f996d47ee85062'
                            target_field: 'usage_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f94349cd874847f39b15aec7bfe19456'
                        key: {
                            document_key: '9c165fe683a248e9a2408e98ae434fcc'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f94fe481446b4a31af1acd70e46a1626'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'threshold_2'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f955756db2e546a0a041a23f5199c5f7'
                        key: {
                            sys_security_acl: 'e75c828575024d078386a2e407e2e484'
                            sys_user_role: {
                                id: '7ff15a44a49c4cd3bed5ddeb69493b50'
                                key: {
                                    name: 'x_psm_persona.analyst'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'f95a0b046b7948bba9b388494ea6aac7'
                        key: {
                            logical_table_name: 'x_psm_persona_feedback'
                            col_name_string: 'task,user,stakeholder'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f95d8b6a15cb4e259f6e2642f45096d6'
                        key: {
                            sys_ui_section: {
                                id: '3f76120a200349c2ac6cf08548f68e8c'
                                key: {
                                    name: 'x_psm_persona_persona'
                                    caption: 'Persona'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'user_criteria'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f972de709eef4591923c03e23aa95a9d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'e99f47676c9b44f9a6d1b50f8f06d4d4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f9a5f30089f043ef8406b8178f6c7419'
                        key: {
                            name: 'x_psm_persona_incident_rule'
                            element: 'dimension'
                            value: 'network'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f9abfc934b3a4b2d94f7dab39a64dd80'
                        key: {
                            name: 'x_psm_persona_proposal'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f9e0df46c9ac45128af7cbf80a81ac6d'
                        key: {
                            name: 'x_psm_persona_service_capacity'
                            element: 'last_forecast'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'fa83fe86731a4a06bf3bf3db7d29b510'
                        key: {
                            sc_cat_item: '9076c6ab4070427c9846bbaeef73f52d'
                            user_criteria: '4cc05be2d6c7445294a90301fd9ed84d'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'faf82bb040b8472d8c9b1f92a0cf0300'
                        key: {
                            sc_cat_item: '7a2f7902dee04eda9ecd62510e858cc8'
                            user_criteria: 'd4fddf2b241a46499554111762694683'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fb278d35b8514507ab15516c80a51d19'
                        key: {
                            name: 'x_psm_persona_xla_history'
                            element: 'step'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'fb2d4fd6b4264616a0517ddfe7d672b7'
                        key: {
                            name: 'x_psm_persona_followup'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb394b9de2514e27b0716ae4c91b3a33'
                        key: {
                            document_key: 'cfb5ae88e5634684832a962454a074a6'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_transform_entry'
                        id: 'fb4f14c9c7d04062b01c56ea2d843c3e'
                        key: {
                            map: '1df307360b5f4d9a93f996d47ee85062'
                            target_field: 'devices'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fb68bfd235554bcba20f82f46b92feba'
                        key: {
                            sys_ui_section: {
                                id: 'db3b5adb286e4d80852306e7d502fde8'
                                key: {
                                    name: 'x_psm_persona_scoring_rule'
                                    caption: 'Scoring rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fbd14faae3144d86b1a278a64beb0a5e'
                        key: {
                            name: 'x_psm_persona_change_notice'
                            element: 'held'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fc63d797dc6a443e9108d0064a4badc3'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'bb1d6400b8e343259223849ead024eb7'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'fc9fac02a9e54a009543dbef22983f9b'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fcd20a054cdd4820855281c27ae95d2e'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'restrict_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcdd8f021a144bf09c07a17d16c70c58'
                        key: {
                            document_key: '83b1d51b41ce47749aac9ec7a0d36733'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fd248413979e480b91b528e18a99165c'
                        key: {
                            name: 'x_psm_persona_exception'
                            element: 'requested_text'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fd67d382dcdc40e788382dcee640c5ea'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'to_persona'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fda28ac292b145c298aaf0ddd4c50e9c'
                        key: {
                            document_key: 'e4c800cbb660454891a4513faaf3d46a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fdb0f52bb1c6455bb8e56fefbc667456'
                        key: {
                            name: 'x_psm_persona_feedback'
                            element: 'task'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fdd9286a6d504a549f0f7bb4437085ca'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                            element: 'summary'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdd9e30166c14f1e85684e65aa50cffd'
                        key: {
                            document_key: 'e85d13ba5a014eb4b04baf6b9360c7e6'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fdde62aa624b4d9bac39819d1c48fa31'
                        key: {
                            name: 'x_psm_persona_xla'
                            element: 'unit'
                            value: 'minutes'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'fe088fb7674c4862822c62023cdc27d6'
                        key: {
                            name: 'x_psm_persona_followup'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe09182a2d0c4d1e81b03e31e282d80a'
                        key: {
                            document_key: 'd95860ebddf84257affca0ec659ec805'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'fea9ca3e4de2464481ce8e0b5fb823c5'
                        key: {
                            sc_cat_item: '7ba6fffe634743b29a390d9d37d0654e'
                            user_criteria: 'd357519501df43ed8d286473d30f5292'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'fed0b88328b44026bcc0402116917a21'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fed4c86a46374f4681a114d67070cf3c'
                        key: {
                            document_key: 'c8ee2debca1747fd886554afb470fb48'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fee0705f64a34056865d37368bf8595f'
                        key: {
                            document_key: 'c230c68beb374143b194623fec91b950'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ff1668ece2a5498682686b1df95b567c'
                        key: {
                            name: 'x_psm_persona_xla_digest'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ff2ad95304884b8597fd89465687be66'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'devices'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ff9db0b7c91b4ef88fb6ec63720cb4ad'
                        key: {
                            sys_security_acl: '858ac400c90844f7a3a97bd1df7e737f'
                            sys_user_role: {
                                id: 'e84e29061f38474098fef6a33e4eaa6f'
                                key: {
                                    name: 'x_psm_persona.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ffae17fff8f94dc4890195a8107d7239'
                        key: {
                            list_id: {
                                id: '7e0b931fe6d441118f1c9696a9feee01'
                                key: {
                                    name: 'x_psm_persona_profile'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'persona'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ffbb38ceb3124fe7a9452fcc4bbd3f6b'
                        key: {
                            name: 'x_psm_persona_offering'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffce80ffb25546aa838b1e2c2383416f'
                        key: {
                            document_key: 'b7cebbb785a5434a906b2f2de0a5486a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ffea5caf332d40fc9ae2e124fb9c52be'
                        key: {
                            name: 'x_psm_persona_service_review'
                            element: 'to_persona'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
