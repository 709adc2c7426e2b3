import { criteriaScript } from '../../src/server/catalog/criteria-text'
import { checkScript } from '../../src/local/scripts/es2021-check'

/*
 * Scripts the app writes at run time (not in the build, so not checked at install or by lint) must
 * also run under the engine's ECMAScript 2021 (ES12) mode: "Disallowed features result in an error"
 * (JavaScript engine feature support). The persona criteria script is the one the app writes.
 */
test('the persona user criteria script the app writes is plain ES12-mode JavaScript', () => {
    expect(checkScript(criteriaScript('0123456789abcdef0123456789abcdef'), 'script')).toEqual({ uses: [] })
})
