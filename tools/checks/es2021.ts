import { describeParseFailure, describeUse } from '../../src/local/scripts/es2021-check'
import { checkRecords, describeScriptRecord } from '../../src/local/scripts/es2021-records'
import type { Check } from './types'

/**
 * The server-side engine's ECMAScript 2021 (ES12) mode: every script and module of the build
 * (src/server as the SDK emits it into sys_module, and the Fluent records' script fields) is checked
 * by the same module the local instance's installer uses, so what passes lint installs.
 * "Disallowed features result in an error." (JavaScript engine feature support)
 */
export const es2021Engine: Check = ({ records }) =>
    checkRecords(records.filter((r) => r.action.toUpperCase() === 'INSERT_OR_UPDATE')).map((p) => ({
        check: 'es2021-engine',
        where: `${describeScriptRecord(p.record)} ${p.field} (${p.record.file})`,
        message: p.use ? describeUse(p.use) : p.parseError ? describeParseFailure(p.parseError) : '',
    }))
