import * as path from 'node:path'
import { CatalogService } from '../../src/local/service-catalog/catalog-service'
import { GlideRecord, GlideRecordSecure } from '../../src/local/glide'
import type { BuildRecord } from '../../src/local/install/read-build'
import { withScope } from '../../src/local/glide/runtime'
import type { Instance } from '../../src/local/instance'

/*
 * Runs the app's ATF tests (sys_atf_test / sys_atf_step as `now-sdk build` ships them) against the
 * local instance, so a test that would fail on a real instance fails here first. It interprets the
 * server-side steps the app uses, with the platform's semantics: steps run in order and the first
 * failure ends the test; inputs may refer to earlier steps' outputs ({{step['<sys_id>'].<output>}});
 * record steps run business rules as the current (impersonated) user, with ACLs when
 * enforceSecurity is on; events are processed between steps, as the platform's event processor
 * would while a test waits. Any other step type fails loudly rather than passing unchecked.
 */

/** The SDK's own table of ATF step configurations: step_config sys_id → call name and input variables. */
interface StepShape {
    name: string
    callName: string
    variables: { [variableId: string]: { name: string; type: string; default?: unknown } }
}

// The SDK writes the build output from this table; it is not exported through the package's "exports", so it is loaded by path.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const STEP_SHAPES = (require(path.join(path.dirname(require.resolve('@servicenow/sdk-build-plugins')), 'atf/step-configs.js')) as { ToShapeStepConfigs: Record<string, StepShape> })
    .ToShapeStepConfigs

export interface AtfStep {
    sysId: string
    order: number
    /** 'server.recordInsert', 'email.validateOutboundEmailGeneratedByNotification', … */
    callName: string
    displayName: string
    /** The step's application (its sys_scope): its scripts run in that scope. */
    sysScope: string
    /** Input values by the Fluent parameter name (fieldValues, recordId, assert, …), defaults filled in. */
    inputs: Record<string, string>
}

export interface AtfTest {
    sysId: string
    name: string
    active: boolean
    steps: AtfStep[]
}

export interface StepOutcome {
    order: number
    step: string
    ok: boolean
    message: string
}

export interface TestOutcome {
    test: string
    ok: boolean
    steps: StepOutcome[]
}

const byTable = (records: readonly BuildRecord[], table: string) => records.filter((r) => r.table === table && r.action.toUpperCase() === 'INSERT_OR_UPDATE')

/** The ATF tests of a build, each with its active steps in execution order. */
export function atfTestsOf(records: readonly BuildRecord[]): AtfTest[] {
    const values = byTable(records, 'sys_variable_value').filter((v) => v.fields.document === 'sys_atf_step')
    const stepsOf = new Map<string, AtfStep[]>()
    for (const s of byTable(records, 'sys_atf_step')) {
        if (s.fields.active === 'false') continue
        const shape = STEP_SHAPES[s.fields.step_config]
        if (!shape) throw new Error(`${s.file}: step config ${s.fields.step_config} is not one the SDK knows`)
        const inputs: Record<string, string> = {}
        for (const v of Object.values(shape.variables)) if (v.default !== undefined) inputs[v.name] = typeof v.default === 'boolean' ? (v.default ? '1' : '0') : String(v.default)
        for (const v of values.filter((x) => x.fields.document_key === s.sysId)) {
            const variable = shape.variables[v.fields.variable]
            if (!variable) throw new Error(`${s.file}: input variable ${v.fields.variable} is not one of "${shape.name}"`)
            inputs[variable.name] = v.fields.value ?? ''
        }
        const list = stepsOf.get(s.fields.test) ?? []
        list.push({ sysId: s.sysId, order: Number(s.fields.order), callName: shape.callName, displayName: s.fields.display_name || shape.name, sysScope: s.fields.sys_scope ?? '', inputs })
        stepsOf.set(s.fields.test, list)
    }
    return byTable(records, 'sys_atf_test').map((t) => ({
        sysId: t.sysId,
        name: t.fields.name,
        active: t.fields.active !== 'false',
        steps: (stepsOf.get(t.sysId) ?? []).sort((a, b) => a.order - b.order),
    }))
}

class StepFailed extends Error {}

function expect(condition: boolean, message: string): void {
    if (!condition) throw new StepFailed(message)
}

/** "a=1^b=two^EQ" (a template_value input) as field → value. */
export function parseFieldValues(encoded: string): Record<string, string> {
    const out: Record<string, string> = {}
    for (const term of encoded.replace(/\^EQ$/, '').split('^')) {
        if (!term) continue
        const eq = term.indexOf('=')
        if (eq <= 0) throw new StepFailed(`field value "${term}" is not field=value`)
        out[term.slice(0, eq)] = term.slice(eq + 1)
    }
    return out
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true'
const conditions = (encoded: string) => encoded.replace(/\^EQ$/, '')

/** One run of one test: outputs of the steps so far and who the session is. */
class Run {
    private readonly outputs = new Map<string, Record<string, string>>()
    private user = 'system'
    private readonly emailsBefore: Set<string>

    constructor(private readonly instance: Instance) {
        this.emailsBefore = new Set(this.instance.run(() => ids('sys_email', '')))
    }

    execute(test: AtfTest): TestOutcome {
        const steps: StepOutcome[] = []
        for (const step of test.steps) {
            try {
                const inputs = this.resolve(step.inputs)
                const output = this.instance.runAs(this.user, () => this.perform(step, inputs))
                this.outputs.set(step.sysId, output)
                this.instance.drain()
                steps.push({ order: step.order, step: step.displayName, ok: true, message: '' })
            } catch (e) {
                steps.push({ order: step.order, step: step.displayName, ok: false, message: e instanceof Error ? e.message : String(e) })
                return { test: test.name, ok: false, steps }
            }
        }
        return { test: test.name, ok: true, steps }
    }

    private resolve(inputs: Record<string, string>): Record<string, string> {
        const out: Record<string, string> = {}
        for (const [k, v] of Object.entries(inputs)) {
            out[k] = v.replace(/\{\{step\['([0-9a-f]{32})'\]\.(\w+)\}\}/g, (_m, id: string, name: string) => {
                const value = this.outputs.get(id)?.[name]
                if (value === undefined) throw new StepFailed(`input ${k} refers to output ${name} of step ${id}, which has not run or has no such output`)
                return value
            })
        }
        return out
    }

    private perform(step: AtfStep, i: Record<string, string>): Record<string, string> {
        const callName = step.callName
        switch (callName) {
            case 'server.log':
                return {}
            case 'server.runServerSideScript':
                return this.serverScript(step, i)
            case 'server.impersonate':
                expect(!!this.instance.sessionFor(i.user), `no user ${i.user} to impersonate`)
                this.user = i.user
                return { user: i.user }
            case 'server.createUser':
                return this.createUser(i)
            case 'server.recordInsert':
                return this.insert(i)
            case 'server.recordUpdate':
                return this.update(i)
            case 'server.recordValidation':
                return this.validate(i)
            case 'server.recordQuery':
                return this.query(i)
            case 'server.searchForCatalogItem':
                return this.searchCatalog(i)
            case 'email.validateOutboundEmailGeneratedByNotification':
                return this.validateEmail(i)
            default:
                throw new StepFailed(`step ${callName} is not supported by the local ATF runner`)
        }
    }

    /**
     * "Run Server Side Script": "Return true from the main function body to pass the step; return false
     * to fail the step"; assertEqual "throws an Error ... that the assertion by name has failed" (the
     * step's own template). Jasmine suites are not interpreted: such a step fails loudly.
     * The script is the step's: it runs in the scope of the application that owns the step ("scripts run
     * in the scope of the application that owns the record that holds them"). The built-in steps (record
     * insert, impersonate, ...) run the platform's own step configurations, global records, so they are
     * performed here as the platform, outside any application scope.
     */
    private serverScript(step: AtfStep, i: Record<string, string>): Record<string, string> {
        const script = i.script ?? ''
        if (/^\s*jasmine\.getEnv\(\)\.execute\(\)/m.test(script)) throw new StepFailed('jasmine tests are not supported by the local ATF runner')
        // The template's main function is an expression statement whose value is the step's verdict.
        const body = script.replace(/^(\s*)\(function\s*\(outputs/m, '$1return (function (outputs')
        const outputs: Record<string, string> = {}
        let message = ''
        const fn = this.instance.scripts.compile(['outputs', 'steps', 'params', 'stepResult', 'assertEqual'], body, 'sys_atf_step (Run Server Side Script)')
        const assertEqual = (a: { name?: string; shouldbe?: unknown; value?: unknown }) => {
            // eslint-disable-next-line eqeqeq -- "compare that assertion.shouldbe == assertion.value"
            if (a.shouldbe != a.value) throw new StepFailed(`assertion "${a.name ?? ''}" failed: expected ${String(a.shouldbe)}, got ${String(a.value)}`)
        }
        const scope = this.instance.scripts.scopeOf(step.sysScope)
        const verdict = withScope(scope, () => fn(outputs, (id: string) => this.outputs.get(id) ?? {}, {}, { setOutputMessage: (m: unknown) => (message = String(m)) }, assertEqual))
        expect(verdict !== false, `the script returned false${message ? `: ${message}` : ''}`)
        return outputs
    }

    private createUser(i: Record<string, string>): Record<string, string> {
        const gr = new GlideRecord(i.table || 'sys_user')
        gr.initialize()
        gr.setValue('first_name', i.firstName ?? '')
        gr.setValue('last_name', i.lastName ?? '')
        gr.setValue('name', [i.firstName, i.lastName].filter((x) => x).join(' '))
        for (const [f, v] of Object.entries(parseFieldValues(i.fieldValues ?? ''))) gr.setValue(f, v)
        const user = gr.insert()
        expect(!!user, `user not created: ${this.instance.operations.lastRefusal?.message ?? 'refused'}`)
        for (const role of (i.roles ?? '').split(',').filter((x) => x)) insertOrFail('sys_user_has_role', { user: user as string, role })
        for (const group of (i.groups ?? '').split(',').filter((x) => x)) insertOrFail('sys_user_grmember', { user: user as string, group })
        if (isTrue(i.impersonate)) this.user = user as string
        return { user: user as string }
    }

    private record(table: string, secure: boolean): GlideRecord {
        return secure ? new GlideRecordSecure(table) : new GlideRecord(table)
    }

    private insert(i: Record<string, string>): Record<string, string> {
        const gr = this.record(i.table, isTrue(i.enforceSecurity))
        gr.initialize()
        for (const [f, v] of Object.entries(parseFieldValues(i.fieldValues))) gr.setValue(f, v)
        const id = gr.insert()
        const why = this.instance.operations.lastRefusal?.message ?? 'refused'
        if (i.assert === 'record_not_inserted') expect(!id, `${i.table} record was inserted (${id}) but the step expects it not to be`)
        else expect(!!id, `${i.table} record not inserted: ${why}`)
        return { table: i.table, record_id: id ?? '' }
    }

    private update(i: Record<string, string>): Record<string, string> {
        const gr = this.record(i.table, isTrue(i.enforceSecurity))
        expect(gr.get(i.recordId), `no ${i.table} record ${i.recordId} to update`)
        for (const [f, v] of Object.entries(parseFieldValues(i.fieldValues))) gr.setValue(f, v)
        const ok = gr.update() !== null
        const why = this.instance.operations.lastRefusal?.message ?? 'refused'
        if (i.assert === 'record_not_updated') expect(!ok, `${i.table} ${i.recordId} was updated but the step expects it not to be`)
        else expect(ok, `${i.table} ${i.recordId} not updated: ${why}`)
        return {}
    }

    private validate(i: Record<string, string>): Record<string, string> {
        const found = ids(i.table, `sys_id=${i.recordId}^${conditions(i.fieldValues)}`, isTrue(i.enforceSecurity)).length > 0
        if (i.assert === 'record_not_found') expect(!found, `${i.table} ${i.recordId} matches ${i.fieldValues} but the step expects it not to`)
        else expect(found, `${i.table} ${i.recordId} does not match ${i.fieldValues}: ${describe(i.table, i.recordId, i.fieldValues)}`)
        return {}
    }

    private query(i: Record<string, string>): Record<string, string> {
        const found = ids(i.table, conditions(i.fieldValues), isTrue(i.enforceSecurity))
        if (i.assert === 'no_records_match_query') expect(!found.length, `${found.length} ${i.table} record(s) match ${i.fieldValues} but the step expects none`)
        else expect(found.length > 0, `no ${i.table} record matches ${i.fieldValues}`)
        return { table: i.table, first_record: found[0] ?? '' }
    }

    private searchCatalog(i: Record<string, string>): Record<string, string> {
        const { items } = new CatalogService(this.instance).list(this.user, { text: i.searchTerm, catalog: i.catalog || undefined, category: i.category || undefined })
        const present = items.some((item) => item.sysId === i.assertItem)
        if (i.assert === 'assert_item_not_present') expect(!present, `catalog item ${i.assertItem} is found by ${this.user} searching "${i.searchTerm}" but the step expects it not to be`)
        else expect(present, `catalog item ${i.assertItem} is not found by ${this.user} searching "${i.searchTerm}" (found: ${items.map((x) => x.name).join(', ') || 'nothing'})`)
        return { catalog_item_id: present ? i.assertItem : '' }
    }

    /** As the platform, through sys_email_log: the emails the notification produced, then the step's conditions on them. */
    private validateEmail(i: Record<string, string>): Record<string, string> {
        const table = i.table ? `^target_table=${i.table}` : ''
        const log = new GlideRecord('sys_email_log')
        log.addQuery('notification', i.sourceNotification)
        log.query()
        const produced: string[] = []
        while (log.next()) produced.push(log.getValue('email') ?? '')
        const fresh = produced.filter((id) => id && !this.emailsBefore.has(id))
        const found = fresh.length ? ids('sys_email', `sys_idIN${fresh.join(',')}${table}^${conditions(i.conditions ?? '')}`) : []
        expect(found.length > 0, `no email from notification ${i.sourceNotification} matches ${i.conditions}; emails of this test: ${this.emailSummary()}`)
        return {}
    }

    private emailSummary(): string {
        const gr = new GlideRecord('sys_email')
        gr.query()
        const out: string[] = []
        while (gr.next()) if (!this.emailsBefore.has(gr.getUniqueValue())) out.push(`${gr.getValue('recipients')}: ${gr.getValue('subject')}`)
        return out.join(' | ') || 'none'
    }
}

function ids(table: string, query: string, secure = false): string[] {
    const gr = secure ? new GlideRecordSecure(table) : new GlideRecord(table)
    if (query) gr.addEncodedQuery(query)
    gr.query()
    const out: string[] = []
    while (gr.next()) out.push(gr.getUniqueValue())
    return out
}

/** The record's values of the fields a failed validation names, to show what was there instead. */
function describe(table: string, id: string, encoded: string): string {
    const gr = new GlideRecord(table)
    if (!gr.get(id)) return 'no such record'
    const fields = conditions(encoded)
        .split(/\^(?:OR|NQ)?/)
        .map((t) => /^[a-z0-9_.]+/i.exec(t)?.[0] ?? '')
        .filter((f) => f)
    return fields.map((f) => `${f}=${gr.getValue(f) ?? ''}`).join(', ')
}

function insertOrFail(table: string, values: Record<string, string>): void {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    expect(!!gr.insert(), `${table} not inserted: ${JSON.stringify(values)}`)
}

/** Runs one ATF test on the instance (which should be fresh: ATF on the platform rolls its data back afterwards). */
export function runAtfTest(instance: Instance, test: AtfTest): TestOutcome {
    return new Run(instance).execute(test)
}
