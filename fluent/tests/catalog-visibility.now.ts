import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { personaServicesCatalog, connectivityCategory } from '../catalog/catalog.now'
import { broadbandItem } from '../catalog/items-connectivity.now'

/*
 * Persona-filtered catalog: "Home Broadband Allowance" is offered to Telecommuters only, so its
 * Available For list holds the "Persona: Telecommuter" criterion alone. The personas are chosen
 * the way an administrator does (setting the profile's persona, which pins it and mirrors it to
 * sys_user); the catalog search runs as each user, so the platform's user criteria decide.
 */

Test(
    {
        $id: Now.ID['atf_catalog_visibility'],
        name: 'PSM: a persona-restricted item is visible to its persona only',
        description:
            'Creates two users, pins one to Telecommuter and the other to Business Analyst through their profiles, then searches the Persona Services catalog as each: the Telecommuter finds "Home Broadband Allowance" (granted by the "Persona: Telecommuter" user criterion) and the Business Analyst does not.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const telecommuter = atf.server.recordQuery({
            $id: Now.ID['atf_catalog_telecommuter'],
            table: 'x_psm_persona_persona',
            fieldValues: 'name=Telecommuter^active=true',
            assert: 'records_match_query',
        })
        const businessAnalyst = atf.server.recordQuery({
            $id: Now.ID['atf_catalog_business_analyst'],
            table: 'x_psm_persona_persona',
            fieldValues: 'name=Business Analyst^active=true',
            assert: 'records_match_query',
        })
        const remote = atf.server.createUser({
            $id: Now.ID['atf_catalog_remote_user'],
            firstName: 'ATF',
            lastName: 'Catalog Remote',
            fieldValues: { user_name: 'atf.psm.catalog.remote', email: 'atf.psm.catalog.remote@example.com' },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const analyst = atf.server.createUser({
            $id: Now.ID['atf_catalog_analyst_user'],
            firstName: 'ATF',
            lastName: 'Catalog Analyst',
            fieldValues: { user_name: 'atf.psm.catalog.analyst', email: 'atf.psm.catalog.analyst@example.com' },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const remoteProfile = atf.server.recordQuery({
            $id: Now.ID['atf_catalog_remote_profile'],
            table: 'x_psm_persona_profile',
            fieldValues: `user=${remote.user}`,
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_catalog_remote_pin'],
            table: 'x_psm_persona_profile',
            recordId: remoteProfile.first_record,
            fieldValues: { persona: telecommuter.first_record },
            assert: 'record_successfully_updated',
        })
        const analystProfile = atf.server.recordQuery({
            $id: Now.ID['atf_catalog_analyst_profile'],
            table: 'x_psm_persona_profile',
            fieldValues: `user=${analyst.user}`,
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_catalog_analyst_pin'],
            table: 'x_psm_persona_profile',
            recordId: analystProfile.first_record,
            fieldValues: { persona: businessAnalyst.first_record },
            assert: 'record_successfully_updated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_catalog_remote_mirrored'],
            table: 'sys_user',
            recordId: remote.user,
            fieldValues: `x_psm_persona_persona=${telecommuter.first_record}`,
            assert: 'record_validated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_catalog_analyst_mirrored'],
            table: 'sys_user',
            recordId: analyst.user,
            fieldValues: `x_psm_persona_persona=${businessAnalyst.first_record}`,
            assert: 'record_validated',
        })
        atf.server.impersonate({
            $id: Now.ID['atf_catalog_as_remote'],
            user: remote.user,
        })
        atf.server.searchForCatalogItem({
            $id: Now.ID['atf_catalog_remote_sees'],
            searchTerm: 'Home Broadband Allowance',
            catalog: personaServicesCatalog,
            category: connectivityCategory,
            assertItem: broadbandItem,
            assert: 'assert_item_present',
        })
        atf.server.impersonate({
            $id: Now.ID['atf_catalog_as_analyst'],
            user: analyst.user,
        })
        atf.server.searchForCatalogItem({
            $id: Now.ID['atf_catalog_analyst_does_not_see'],
            searchTerm: 'Home Broadband Allowance',
            catalog: personaServicesCatalog,
            category: connectivityCategory,
            assertItem: broadbandItem,
            assert: 'assert_item_not_present',
        })
    },
)
