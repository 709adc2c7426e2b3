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
                    br_persona_validate: {
                        table: 'sys_script'
                        id: '94d0a39044e843e9ad991efed0f1ae99'
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
                    prop_scoring_enabled: {
                        table: 'sys_properties'
                        id: '2fbd6d7a57f942b58d5fb26db94b3b04'
                    }
                    prop_scoring_switch_margin: {
                        table: 'sys_properties'
                        id: '76a9eec1c3534cff8424fc38b86c115f'
                    }
                    src_server_persona_dimensions_ts: {
                        table: 'sys_module'
                        id: '3c68a51df941451583f126dda2065b32'
                    }
                    'src_server_persona_persona-validation_ts': {
                        table: 'sys_module'
                        id: '160a076fe59a48a8b5ee4d731c68780b'
                    }
                    'src_server_persona_validate-persona-rule_ts': {
                        table: 'sys_module'
                        id: '1705e382a6c640b39ab275fdcf7ef950'
                    }
                }
                composite: [
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
                        table: 'sys_choice_set'
                        id: '16b24477cf3944fa98e7ed14a5a94b3a'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
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
                        table: 'sys_index'
                        id: '20f17ef7860d40398664e686290422e5'
                        key: {
                            logical_table_name: 'x_psm_persona_persona'
                            col_name_string: 'active,order'
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
                        id: '556f3657ccea4f429941e3cb92071d38'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'monthly_cost'
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
                        table: 'sys_choice_set'
                        id: '575f1a2910b24aec821692a11a7a045a'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'mobility'
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
                        id: '770578f6afcc4250ba6e19f8fd6b40b4'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'name'
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
                        id: '87650364b3cb4282acdad89ee5ea4d14'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'a1d4ff80dde340c28ae686db1d461cf3'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'network'
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
                        table: 'sys_documentation'
                        id: 'baafa209d8104caf965324968794798c'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'qualifier'
                            language: 'en'
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
                        id: 'c571f07efa8b4d918e4501c82d749a16'
                        key: {
                            name: 'x_psm_persona_persona'
                            element: 'communication'
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
                        table: 'sys_user_role'
                        id: 'e84e29061f38474098fef6a33e4eaa6f'
                        key: {
                            name: 'x_psm_persona.admin'
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
                ]
            }
        }
    }
}
