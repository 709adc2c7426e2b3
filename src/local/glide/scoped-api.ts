import { currentScope } from './runtime'

/*
 * The scoped API surface: what a script running in an application scope may call on the Glide
 * classes. Scoped scripts see the scoped API, a subset of the global one ("Scoped applications use
 * the scoped API... global methods that are not part of the scoped API are not available"); a call
 * outside it throws with the platform's wording, e.g. "Function log is not allowed in scope
 * sn_apptmnt_booking. Use gs.debug() or gs.info() instead" (Australia release notes, all other
 * fixes). Global scripts keep the whole global surface.
 *
 * Each allow list below is the list of method headings of the product documentation's scoped
 * reference page for the class (ServiceNowDocs, markdown/api-reference/server-api-reference/):
 * a member the scoped reference does not document is refused in scope, whatever the local instance
 * implements. Members the local instance implements but the scoped page does not list (the deny
 * side) are whatever is left; SCOPED_EQUIVALENTS names the ones the global reference documents,
 * with the scoped equivalent it points to.
 */

export type GlideClassName = 'GlideSystem' | 'GlideRecord' | 'GlideAggregate' | 'GlideElement' | 'GlideDateTime' | 'GlideUser' | 'GlideQueryCondition'

const list = (...names: string[]): ReadonlySet<string> => new Set(names)

/** Scoped GlideRecord (c_GlideRecordScopedAPI.md), shared with GlideRecordSecure (same API, ACLs enforced). */
const SCOPED_GLIDE_RECORD = list(
    '_next', '_query', 'addActiveQuery', 'addEncodedQuery', 'addFunction', 'addJoinQuery', 'addNotNullQuery', 'addNullQuery', 'addQuery',
    'addSystemEncodedQuery', 'addSystemOrderBy', 'addSystemOrderByDesc', 'addSystemQuery', 'addUserEncodedQuery', 'addUserOrderBy',
    'addUserOrderByDesc', 'addUserQuery', 'canCreate', 'canDelete', 'canRead', 'canWrite', 'chooseWindow', 'deleteMultiple', 'deleteRecord',
    'disableSysIdInOptimization', 'get', 'getAttribute', 'getClassDisplayValue', 'getDisplayValue', 'getED', 'getElement', 'getElements',
    'getEncodedQuery', 'getLabel', 'getLastErrorMessage', 'getLink', 'getRecordClassName', 'getRowCount', 'getTableName', 'getUniqueValue',
    'getValue', 'hasNext', 'initialize', 'insert', 'isActionAborted', 'isEncodedQueryValid', 'isNewRecord', 'isValid', 'isValidEncodedQuery',
    'isValidField', 'isValidRecord', 'isView', 'newRecord', 'next', 'operation', 'orderBy', 'orderByDesc', 'query', 'setAbortAction',
    'setCategory', 'setLimit', 'setNewGuidValue', 'setNoCount', 'setValue', 'setWorkflow', 'update', 'updateMultiple', 'updateWithReferences',
)

/** What a scoped script may call, per class: the scoped reference's method headings. */
export const SCOPED_API: Readonly<Record<GlideClassName, ReadonlySet<string>>> = {
    // GlideSystem - Scoped (c_GlideSystemScopedAPI.md)
    GlideSystem: list(
        'addErrorMessage', 'addHighMessage', 'addInfoMessage', 'addLowMessage', 'addModerateMessage', 'addSuccessMessage', 'base64Decode',
        'base64Encode', 'beginningOfLastMonth', 'beginningOfLastWeek', 'beginningOfNextMonth', 'beginningOfNextWeek', 'beginningOfNextYear',
        'beginningOfThisMonth', 'beginningOfThisQuarter', 'beginningOfThisWeek', 'beginningOfThisYear', 'dateGenerate', 'daysAgo', 'daysAgoEnd',
        'daysAgoStart', 'debug', 'endOfLastMonth', 'endOfLastWeek', 'endOfLastYear', 'endOfNextMonth', 'endOfNextWeek', 'endOfNextYear',
        'endOfThisMonth', 'endOfThisQuarter', 'endOfThisWeek', 'endOfThisYear', 'error', 'eventQueue', 'eventQueueScheduled', 'executeNow',
        'generateGUID', 'getCallerScopeName', 'getCssCacheVersionString', 'getCurrentApplicationId', 'getCurrentScopeName', 'getDateFormat',
        'getDateTimeFormat', 'getErrorMessages', 'getEscapedMessage', 'getMessage', 'getProperty', 'getSession', 'getSessionID',
        'getSessionToken', 'getTimeFormat', 'getTimeZoneName', 'getUrlOnStack', 'getUser', 'getUserDisplayName', 'getUserID', 'getUserName',
        'hasRole', 'hoursAgo', 'hoursAgoEnd', 'hoursAgoStart', 'include', 'info', 'isDebugging', 'isInteractive', 'isLoggedIn', 'isMobile',
        'minutesAgoEnd', 'minutesAgoStart', 'monthsAgo', 'monthsAgoEnd', 'monthsAgoStart', 'nil', 'quartersAgoEnd', 'quartersAgoStart',
        'setProperty', 'setRedirect', 'tableExists', 'urlDecode', 'urlEncode', 'warn', 'xmlToJSON', 'yearsAgo', 'yesterday',
    ),
    GlideRecord: SCOPED_GLIDE_RECORD,
    // GlideAggregate - Scoped (c_GlideAggregateScopedAPI.md): its own list, not GlideRecord's.
    GlideAggregate: list(
        'addAggregate', 'addEncodedQuery', 'addNotNullQuery', 'addNullQuery', 'addQuery', 'addTrend', 'getAggregate', 'getAggregateEncodedQuery',
        'getEncodedQuery', 'getRowCount', 'getTableName', 'getValue', 'groupBy', 'hasNext', 'next', 'orderBy', 'orderByAggregate', 'orderByDesc',
        'query', 'setAggregateWindow', 'setAggregateWorkflow', 'setCategory', 'setGroup', 'setIntervalYearIncluded',
    ),
    // GlideElement - Scoped (c_GlideElementScopedAPI.md)
    GlideElement: list(
        'canCreate', 'canRead', 'canWrite', 'changes', 'changesFrom', 'changesTo', 'dateNumericValue', 'getAttribute', 'getBooleanAttribute',
        'getChoiceValue', 'getChoices', 'getDecryptedValue', 'getDisplayValue', 'getDisplayValueLang', 'getED', 'getGlideObject',
        'getGlobalDisplayValue', 'getHTMLValue', 'getJournalEntry', 'getLabel', 'getLabelLang', 'getName', 'getRefRecord', 'getReferenceTable',
        'getTableName', 'getValue', 'nil', 'setDateNumericValue', 'setDisplayValue', 'setError', 'setPhoneNumber', 'setValue', 'toString',
    ),
    // GlideDateTime - Scoped (c_GlideDateTimeScoped.md)
    GlideDateTime: list(
        'add', 'addDaysLocalTime', 'addDaysUTC', 'addMonthsLocalTime', 'addMonthsUTC', 'addSeconds', 'addWeeksLocalTime', 'addWeeksUTC',
        'addYearsLocalTime', 'addYearsUTC', 'after', 'before', 'compareTo', 'equals', 'getDSTOffset', 'getDate', 'getDayOfMonthLocalTime',
        'getDayOfMonthUTC', 'getDayOfWeekLocalTime', 'getDayOfWeekUTC', 'getDaysInMonthLocalTime', 'getDaysInMonthUTC', 'getDisplayValue',
        'getDisplayValueInternal', 'getDisplayValueLang', 'getErrorMsg', 'getInternalFormattedLocalTime', 'getLocalDate', 'getLocalTime',
        'getMonthLocalTime', 'getMonthUTC', 'getNumericValue', 'getTZOffset', 'getTime', 'getUserFormattedLocalTime', 'getValue',
        'getWeekOfYearLocalTime', 'getWeekOfYearUTC', 'getYearLocalTime', 'getYearUTC', 'hasDate', 'isDST', 'isValid', 'onOrAfter', 'onOrBefore',
        'setDayOfMonthLocalTime', 'setDayOfMonthUTC', 'setDisplayValue', 'setDisplayValueInternal', 'setDisplayValueLang', 'setGlideDateTime',
        'setMonthLocalTime', 'setMonthUTC', 'setValue', 'setValueUTC', 'setYearLocalTime', 'setYearUTC', 'subtract', 'toString',
    ),
    // GlideUser - Scoped (c_GlideUserScopedAPI.md): what gs.getUser() returns.
    GlideUser: list(
        'getCompanyID', 'getDisplayName', 'getEmail', 'getFirstName', 'getID', 'getLastName', 'getName', 'getPreference', 'getRoles',
        'getTimeZoneLabel', 'getTimeZoneLabelLang', 'getUserRoles', 'hasRole', 'isMemberOf', 'savePreference',
    ),
    // GlideQueryCondition - Scoped (c_GlideQueryConditionScopedAPI.md): what addQuery() returns.
    GlideQueryCondition: list('addCondition', 'addOrCondition', 'addSystemCondition', 'addSystemOrCondition', 'addUserCondition', 'addUserOrCondition'),
}

/**
 * Global-only members the local instance implements, with the scoped equivalent the global
 * reference (c_GlideSystemAPI.md "Scoped equivalent", c_GlideRecordAPI.md …) or the scoped
 * reference points to. Documentation for people reading a refusal; the message itself carries only
 * the platform's own hint (PLATFORM_HINTS).
 */
export const SCOPED_EQUIVALENTS: Readonly<Record<string, string>> = {
    'GlideSystem.log': 'gs.info() / gs.debug()',
    'GlideSystem.print': 'gs.info()',
    'GlideSystem.nowDateTime': 'new GlideDateTime().getDisplayValue()',
    'GlideSystem.nowNoTZ': 'new GlideDateTime().getValue()',
    'GlideRecord.autoSysFields': '(none)',
    'GlideElement.getBooleanValue': "getValue() == '1'",
    'GlideDateTime.addDays': 'addDaysUTC() / addDaysLocalTime()',
    'GlideUser.getUserName': 'gs.getUserName()',
}

/**
 * The hints the platform adds to its message: "Function log is not allowed in scope
 * sn_apptmnt_booking. Use gs.debug() or gs.info() instead" (Australia release notes). Other
 * refusals read "Function <name> is not allowed in scope <scope>" alone.
 */
const PLATFORM_HINTS: Readonly<Record<string, string>> = {
    'GlideSystem.log': 'Use gs.debug() or gs.info() instead',
}

/**
 * Members on the classes' prototypes that belong to the engine, not to the script API: the engine
 * calls them while a scoped script runs (a query, a business rule, a default), so they are never
 * refused here; the script sandbox hides them from scripts (src/local/scripts/sandbox.ts). Plus
 * the members the JavaScript language itself calls (string and JSON conversion).
 */
const ENGINE_MEMBERS: ReadonlySet<string> = list(
    'constructor', 'toString', 'valueOf', 'toJSON',
    // GlideRecord's engine side, as hidden by the sandbox, and its private helpers.
    'tableInfo', 'makeCondition', 'buildSelect', 'accept', 'load', 'column', 'originalValue', 'changedValues', 'sameValue', 'element',
    'referencedRecord', 'applyDefaults', 'plainCopy', 'snapshot', 'markWritten', 'beginWrite', 'fieldChanged', 'applyQueryRules', 'notFound',
    'encoded', 'walk', 'firstOf', 'countMatching',
    // GlideAggregate and GlideRecordSecure private helpers.
    'alias', 'refuse',
)

/** The platform's message for a member outside the scoped API, with the documented equivalent where there is one. */
export function notAllowedMessage(className: GlideClassName, member: string, scope: string): string {
    const hint = PLATFORM_HINTS[`${className}.${member}`]
    return `Function ${member} is not allowed in scope ${scope}${hint ? `. ${hint}` : ''}`
}

/** Throws when the running script's scope may not call this member; global scripts may call anything. */
export function assertScopedApi(className: GlideClassName, member: string): void {
    const scope = currentScope()
    if (scope === 'global' || SCOPED_API[className].has(member)) return
    throw new Error(notAllowedMessage(className, member, scope))
}

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown

function guarded(className: GlideClassName, member: string, fn: AnyFunction): AnyFunction {
    // A named function expression keeps the member's name (scripts and stack traces show it).
    const wrapper = {
        [member](this: unknown, ...args: unknown[]): unknown {
            assertScopedApi(className, member)
            return Reflect.apply(fn, this, args)
        },
    }[member] as AnyFunction
    return wrapper
}

/** Whether a member is subject to the scoped surface (not the engine's, not the language's). */
function restricted(className: GlideClassName, member: string): boolean {
    return !SCOPED_API[className].has(member) && !ENGINE_MEMBERS.has(member)
}

/** The methods of a class (own and inherited) a scoped script is refused: the deny side of the table, computed. */
export function refusedInScope(cls: { prototype: object }, className: GlideClassName): string[] {
    const out = new Set<string>()
    for (let o: object | null = cls.prototype; o !== null && o !== Object.prototype; o = Reflect.getPrototypeOf(o)) {
        for (const key of Reflect.ownKeys(o)) {
            const d = Reflect.getOwnPropertyDescriptor(o, key)
            if (typeof key === 'string' && d && typeof d.value === 'function' && restricted(className, key)) out.add(key)
        }
    }
    return [...out].sort()
}

/**
 * Puts a class's methods (its own and inherited ones) outside its scoped list behind the scope
 * check, on the class's own prototype, so a subclass with a narrower scoped list (GlideAggregate)
 * refuses what its parent allows. Field accessors are left alone: fields are not API methods.
 * Called once per class, when its module loads, before any script can see the prototype.
 */
export function restrictToScopedApi(cls: { prototype: object; name: string }, className: GlideClassName): void {
    const proto = cls.prototype
    const seen = new Set<string>()
    for (let o: object | null = proto; o !== null && o !== Object.prototype; o = Reflect.getPrototypeOf(o)) {
        for (const key of Reflect.ownKeys(o)) {
            if (typeof key !== 'string' || seen.has(key)) continue
            seen.add(key)
            const d = Reflect.getOwnPropertyDescriptor(o, key)
            if (!d || typeof d.value !== 'function' || !restricted(className, key)) continue
            Object.defineProperty(proto, key, { value: guarded(className, key, d.value as AnyFunction), writable: true, enumerable: false, configurable: true })
        }
    }
}

/** The same for a plain API object (gs, a GlideUser): returns a copy whose restricted members check the scope. */
export function scopedApiObject<T extends object>(api: T, className: GlideClassName): T {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(api)) {
        out[key] = typeof value === 'function' && restricted(className, key) ? guarded(className, key, value as AnyFunction) : value
    }
    return out as T
}
