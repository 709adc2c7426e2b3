import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: '4adaf22b4b174b22a4b30d99730cf5a7'
                    }
                    br_group_rescore: {
                        table: 'sys_script'
                        id: 'f5a0b42e5be243e6acf74135cd609098'
                    }
                    br_persona_stale: {
                        table: 'sys_script'
                        id: '8c5812724aae46eaa392a279902e9f6f'
                    }
                    br_persona_validate: {
                        table: 'sys_script'
                        id: '94d0a39044e843e9ad991efed0f1ae99'
                    }
                    br_profile_apply: {
                        table: 'sys_script'
                        id: '4ebcb24c5d4243c1abbd6854aa130f8f'
                    }
                    br_profile_score: {
                        table: 'sys_script'
                        id: '4c088b00e0c647d79d2f724e2353039a'
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
                    br_user_profile: {
                        table: 'sys_script'
                        id: 'e04280502e2649f28c63e8cf45def97b'
                    }
                    br_user_rescore: {
                        table: 'sys_script'
                        id: '221a2922ee86494a8a57248e6166e7d8'
                    }
                    event_persona_changed: {
                        table: 'sysevent_register'
                        id: '92bac79a80f54917901a3076ba04e51f'
                    }
                    job_rescore: {
                        table: 'sysauto_script'
                        id: 'd6ced50610b94d418a2303ef648cdbf9'
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
                    prop_scoring_batch_size: {
                        table: 'sys_properties'
                        id: 'f8da8cbc7fec428c85e346970d746ef3'
                    }
                    prop_scoring_config_version: {
                        table: 'sys_properties'
                        id: 'bce40e4ed5c448029bf15440a14856e6'
                    }
                    prop_scoring_enabled: {
                        table: 'sys_properties'
                        id: '2fbd6d7a57f942b58d5fb26db94b3b04'
                    }
                    prop_scoring_switch_margin: {
                        table: 'sys_properties'
                        id: '76a9eec1c3534cff8424fc38b86c115f'
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
                    'src_server_persona_validate-persona-rule_ts': {
                        table: 'sys_module'
                        id: '1705e382a6c640b39ab275fdcf7ef950'
                    }
                    uc_itil_users: {
                        table: 'user_criteria'
                        id: 'afcefdbcd57147e08ed5a9187f727c18'
                    }
                }
                composite: [
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
                        table: 'sys_documentation'
                        id: '09b319821b9142129f2abb5dd32fc3bc'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'interaction'
                            language: 'en'
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
                        table: 'ua_table_licensing_config'
                        id: '0b742bd8f8544ca2a690e408e9a6119e'
                        key: {
                            name: 'x_psm_persona_persona'
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
                        table: 'sys_dictionary'
                        id: '0bd5308f4411489dbb1d7faa8fc1bdd2'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'NULL'
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
                        table: 'sys_db_object'
                        id: '1087d452b39b4a18bce53fb99827aada'
                        key: {
                            name: 'x_psm_persona_profile'
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
                        table: 'sys_choice_set'
                        id: '16b24477cf3944fa98e7ed14a5a94b3a'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
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
                        table: 'ua_table_licensing_config'
                        id: '1ab0ec0ce11f4ba9b88aa55ec3ac4d94'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
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
                        table: 'sys_db_object'
                        id: '1d628aa689bd48689fe8a006881474a6'
                        key: {
                            name: 'x_psm_persona_persona'
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
                        table: 'sys_index'
                        id: '20f17ef7860d40398664e686290422e5'
                        key: {
                            logical_table_name: 'x_psm_persona_persona'
                            col_name_string: 'active,order'
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
                        table: 'sys_documentation'
                        id: '23d05c4663b24e3f82fbc97c6eb837fe'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'stale'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '26105e8174e848b8bb5356b00b768666'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'threshold_2'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '2879521db2484763926d5db49ae77aec'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'threshold_3'
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
                        table: 'sys_dictionary'
                        id: '31370d70b2304658898e3ce2b9dc4f85'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'order'
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
                        table: 'sys_dictionary'
                        id: '3528175ea4264541a27772bc985eb58a'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'active'
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
                        table: 'sys_documentation'
                        id: '3f24586066d34570af5ecab06df08dad'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'user_criteria'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '43becdbb37b54849836b941f5ea164d1'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'margin'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '4c24bd66938343d3a821ab6d1ad29066'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
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
                        table: 'sys_choice_set'
                        id: '4f35cc6e82644b508364a14066c816ca'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
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
                        table: 'sys_documentation'
                        id: '53198bc9d33045cfa4bb1177c1e909c7'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'threshold_3'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '5418d9ac6e734884800d85564f1cd72a'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'weight'
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
                        table: 'sys_dictionary'
                        id: '556f3657ccea4f429941e3cb92071d38'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'monthly_cost'
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
                        table: 'sys_choice_set'
                        id: '575f1a2910b24aec821692a11a7a045a'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'mobility'
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
                        table: 'sys_dictionary'
                        id: '6177fd81ab7f44408a0de2a2133cd844'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'name'
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
                        table: 'sys_db_object'
                        id: '65607cd5dcec40878f44354ddb5446cb'
                        key: {
                            name: 'sys_user'
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
                        table: 'sys_documentation'
                        id: '6a66047a296b4593ad5aa2ab6432aa3c'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'monthly_cost'
                            language: 'en'
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
                        id: '75abe81300ff4a5eb329610f38524026'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'technology'
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
                        table: 'sys_dictionary'
                        id: '79446c82437a4cf9aaf57fa2cd8a5ee4'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'margin'
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
                        table: 'sys_documentation'
                        id: '7f1bb2c6e58a4935b07c94d525ef932c'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'remote_pct'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '81efc5c67a11498abc28803314987f94'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'user_criteria'
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
                        table: 'sys_documentation'
                        id: '841639eb59eb47f49a301cd41a4d935c'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'persona'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '87650364b3cb4282acdad89ee5ea4d14'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '8aba84c9f1624eaa8783dbfb2f06de3e'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'locked'
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
                        table: 'sys_documentation'
                        id: '8ee0cd29514f4d75b50939a9b73f217c'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'user'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '93cdc8211bad4cd8be9d0e2e3ad5c225'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'NULL'
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
                        id: '9dc750040b6e4f248c92b09b0f345b58'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'explanation'
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
                        table: 'sys_dictionary'
                        id: 'a0b2b7493fdc4a4e8dd3b6e2e1ac8799'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'user'
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
                        table: 'sys_dictionary'
                        id: 'a26662f968104ce3b9d61c1ece897b5c'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'communication'
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
                        table: 'sys_documentation'
                        id: 'aedbfc6e21af4606b0142c0457f62c7a'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'from_persona'
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
                        table: 'sys_dictionary'
                        id: 'b489733ead16418485e87ff2e25ff898'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'metric'
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
                        id: 'bfda3eb3074b44b7990abb0a8a429e4b'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'mobility'
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
                        table: 'sys_documentation'
                        id: 'c18d9bcaa6cb4d4f8340b7de2e3fb2a1'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'margin'
                            language: 'en'
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
                        table: 'ua_table_licensing_config'
                        id: 'c8a9cfc78caf4246b87c13d131014d7c'
                        key: {
                            name: 'sys_user'
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
                        table: 'sys_dictionary'
                        id: 'cd1ebe7f66424d81a2122dbaa96b1e5a'
                        key: {
                            name: 'x_psm_persona_assignment'
                            element: 'NULL'
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
                        table: 'sys_dictionary'
                        id: 'd351b3dcb2e84634af6e2f74a1dc1e80'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'NULL'
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
                        id: 'd53f60251f5045a8b1e83acbc1987857'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'margin'
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
                        id: 'db24e97608bb4cb881196b660e050d40'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'mobility'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'ddde7b2e4cf74f36ac5cdbd9df9d7896'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'distance'
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
                        table: 'sys_documentation'
                        id: 'e0b8b29241254aafba7497fbea1359ac'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'description'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'e6265330c016449f8b3973bd59678771'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'distance'
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
                        table: 'sys_dictionary'
                        id: 'eeca7579d21f4f9d867be50142a44429'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
                            element: 'NULL'
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
                        table: 'sys_db_object'
                        id: 'f0dfed7386b948239cddaff13c98484f'
                        key: {
                            name: 'x_psm_persona_scoring_rule'
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
                        id: 'f70a503310e141d59cb350554a690680'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'technology'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: 'ff2ad95304884b8597fd89465687be66'
                        key: {
                            name: 'x_psm_persona_profile'
                            element: 'devices'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
