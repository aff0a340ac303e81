import * as z from 'zod';
import { isPlainDate, plainDateSchema, type PlainDate } from '../dates/plain-date.js';
import { NotInForceError, idsShown } from '../errors.js';
import { countyCodeSchema, type CountyCode } from '../identifiers/divisions.js';
import { addOwnIssue, parseOwn, SEES_PARSE_ERROR } from '../messages/issues.js';
import type { ArticleRef } from '../regulation/citation.js';
import { EFFECTIVE_FROM } from '../regulation/in-force.js';
import { ANNUAL_SPOT_CHECK_RATIO, parameterValue } from '../regulation/parameters.js';
import type { Decision, TraceStep } from '../rules/decision.js';
import type { DeepReadonly } from '../draw/schemas.js';
import { requiredSpotChecks } from './required-spot-checks.js';
import { boundedArray, boundedKeys, limitExceeded, noSilentKeys } from '../limit-guards.js';
import { LIMITS } from '../limits.js';
import { creditCodeCheckCharacter, normalizeCreditCode } from '../identifiers/uscc.js';
import { duplicatesBy, typedKey } from '../text-key.js';
import { visible } from '../entities/refinements.js';

/** The first year the duty of Article 19 applies (the measures took effect on 2020-11-25). */
const FIRST_YEAR = 2020;

/**
 * Schema of who made a spot check: the city bureau (`'city'`, 白城市市场监督管理局) or a county
 * bureau (`'county'`, a 县（市、区）市场监管部门). Article 19 counts the city's own checks only.
 *
 * @example
 * ```ts
 * spotCheckMakerSchema.options; //=> ['city', 'county']
 * ```
 */
export const spotCheckMakerSchema = /* @__PURE__ */ (() => z.enum(['city', 'county']))();

/**
 * Who made a spot check: the city bureau or a county bureau.
 *
 * @example
 * ```ts
 * const maker: SpotCheckMaker = 'county'; // not counted for Article 19
 * ```
 */
export type SpotCheckMaker = z.infer<typeof spotCheckMakerSchema>;

/**
 * Schema of one spot check: the enterprise, the day, and who made it (`madeBy`, default the
 * city). Article 19 (市级市场监管部门…每年抽查获证企业比例不低于…10%) counts the city bureau's own
 * checks; a check with `madeBy: 'county'` is traced and not counted.
 *
 * @example
 * ```ts
 * spotCheckSchema.safeParse({ enterpriseId: '91310110666007217T', date: '2024-05-20' }).success; //=> true
 * spotCheckSchema.safeParse({ enterpriseId: '91310110666007217T', date: '2024-05-20', madeBy: 'county' }).success; //=> true
 * ```
 */
export const spotCheckSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Id of the enterprise checked, as in `licensedEnterpriseIds` (usually its credit code). */
    enterpriseId: quotaEnterpriseId(),
    /** Day of the check. */
    date: plainDateSchema,
    /** Who made the check (default `'city'`): only the city bureau's checks count. */
    madeBy: spotCheckMakerSchema.optional(),
  }))();

/**
 * One spot check: the enterprise, the day and, optionally, who made it (the city when not said).
 *
 * @example
 * ```ts
 * const c: SpotCheck = { enterpriseId: '91310110666007217T', date: '2024-05-20' };
 * const byCounty: SpotCheck = { enterpriseId: '91310115591693856A', date: '2024-06-03', madeBy: 'county' };
 * ```
 */
export type SpotCheck = z.infer<typeof spotCheckSchema>;

/**
 * An enterprise id in the quota's lists: a string of 1 to `LIMITS.idMaxLength` characters with
 * something visible in it (else `BLANK`), compared as typed ({@link quotaKey}). Usually the credit
 * code, but Article 19 counts enterprises, so the caller's own ids serve as well; a spot check
 * whose id is not on the licensed list is ignored and traced.
 */
function quotaEnterpriseId(seen?: KeyCount) {
  // One refinement on a plain string, not a pipe per entry: a list of a million ids pays for one
  // call per id. It reports what `boundedString('idMaxLength', …, 'as-is')` with `visible` would:
  // LIMIT_EXCEEDED alone (aborting) beyond the limit, too_small for '', BLANK for invisible text.
  // The length checks run on strings only (zod would run them on any value with a length).
  // With `seen`, the strings it is given are also counted.
  return z
    .string()
    .superRefine((id, ctx) => {
      if (seen !== undefined) seen.count++;
      if (id.length > LIMITS.idMaxLength) ctx.addIssue(limitExceeded(['idMaxLength'], 'characters', id.length) as never);
      // Text with a printable ASCII character in it shows something: only the rest is looked at.
      else if (!PRINTABLE_ASCII.test(id)) visible(id, ctx);
    })
    .check(onStrings(z.minLength(1)), onStrings(z.maxLength(LIMITS.idMaxLength)));
}

/**
 * A length check that runs on strings only. zod runs a length check on any value with a length,
 * even after the type check failed (an array given for an id would also be "too long"); and
 * after LIMIT_EXCEEDED, which aborts explicitly, it does not run at all.
 */
function onStrings<C extends z.core.$ZodCheck>(check: C): C {
  check._zod.def.when = (payload) => typeof payload.value === 'string';
  return check;
}

/** A printable ASCII character (U+0021–U+007E): NFKC keeps it, and it is visible. */
const PRINTABLE_ASCII = /[!-~]/u;

/** Whether a value passed {@link quotaEnterpriseId} (the refinement also sees values that failed). */
const isEnterpriseId = (id: unknown): id is string =>
  typeof id === 'string' && id.length >= 1 && id.length <= LIMITS.idMaxLength;

/**
 * How the quota compares enterprise ids: a credit code in any typed form (lower case, spaces,
 * full width: {@link normalizeCreditCode}) as its canonical code, any other id as typed
 * ({@link typedKey}: NFKC, white space and invisible characters removed), so that a check typed
 * `91310110666007217t` counts for `91310110666007217T`.
 */
function quotaKey(id: string): string {
  if (/^[0-9A-Z]{18}$/u.test(id)) return id;
  const code = normalizeCreditCode(id);
  return code.length === 18 && creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? code : typedKey(id);
}

/**
 * The number of keys of `counties` zod parsed, counted as it goes: the audit then knows it without
 * going through a record of a million keys again.
 */
interface KeyCount {
  count: number;
}

/** The fields of {@link auditQuotaInputSchema}, before the checks across fields. */
const auditQuotaFields = /* @__PURE__ */ (() => quotaFields())();

/** {@link auditQuotaFields}, counting the keys of `counties` in `countyKeys` when given. */
function quotaFields(countyKeys?: KeyCount) {
  return z.strictObject({
    /** The calendar year audited. */
    year: z.number().int().min(1900).max(9999),
    /** Ids of every licensed enterprise in the city (辖区内获证企业), usually credit codes. */
    licensedEnterpriseIds: boundedArray(quotaEnterpriseId(), 'quotaMaxEnterprises'),
    /** The spot checks, the city's and (with `madeBy: 'county'`) the county bureaus'; any order, any years. */
    spotChecks: boundedArray(spotCheckSchema, 'quotaMaxSpotChecks'),
    /** The day of the audit (default: 31 December of `year`); later checks are ignored. */
    asOf: plainDateSchema.optional(),
    /** County of each licensed enterprise, for an informational per-county breakdown. */
    counties: boundedKeys(
      'quotaMaxEnterprises',
      noSilentKeys(z.record(quotaEnterpriseId(countyKeys), countyCodeSchema), ['__proto__', 'constructor', 'prototype']),
    ).optional(),
  });
}

/** What the checks across fields compute on the way, for the audit to use. */
interface QuotaKeys {
  /** The position of each licensed id by its key ({@link quotaKey}), the first when repeated. */
  readonly indexByKey: ReadonlyMap<string, number>;
  /** With `counties`, the county of each licensed id by position (none for a repeat). */
  readonly countyOf: readonly (CountyCode | undefined)[] | undefined;
  /** The keys of `counties`, as written, of enterprises not on the licensed list. */
  readonly countiesNotLicensed: readonly string[];
}

/**
 * The checks across fields of {@link auditQuotaInputSchema}. zod runs them even when a field
 * failed a check that lets the parse go on (an empty or blank id): each looks only at values that
 * passed theirs. Every key is computed once, and what is built here serves the audit.
 */
function checkAcrossFields(
  input: z.output<typeof auditQuotaFields>,
  ctx: z.RefinementCtx,
  countyKeys?: number,
): QuotaKeys {
  const ids = input.licensedEnterpriseIds;
  // From the end, so that a repeated key keeps its first position.
  const indexByKey = new Map<string, number>();
  for (let i = ids.length - 1; i >= 0; i--) indexByKey.set(quotaKey(ids[i] as string), i);
  // Fewer keys than ids: some id is repeated. Naming them all costs a second pass, only then.
  const repeated = indexByKey.size < ids.length;
  if (repeated) {
    const dups = duplicatesBy(ids, quotaKey);
    addOwnIssue(
      ctx,
      'DUPLICATE_ENTERPRISE_ID',
      {
        'zh-CN': `获证企业名单中有重复的企业：${idsShown(dups)}`,
        en: `Licensed enterprise ids appear more than once: ${idsShown(dups)}`,
      },
      ['licensedEnterpriseIds'],
    );
  }
  if (isPlainDate(input.asOf) && input.asOf < `${String(input.year).padStart(4, '0')}-01-01`) {
    addOwnIssue(
      ctx,
      'ASOF_BEFORE_YEAR',
      {
        'zh-CN': `审核日期 ${input.asOf} 早于所审核的 ${input.year} 年`,
        en: `asOf ${input.asOf} is before the year audited, ${input.year}`,
      },
      ['asOf'],
    );
  }
  const counties = input.counties;
  if (counties === undefined) return { indexByKey, countyOf: undefined, countiesNotLicensed: [] };
  // The county keys are compared as the licensed ids are: one enterprise written two ways has one
  // county, and a key written otherwise than its licensed id still gives it.
  const countyOf = new Array<CountyCode | undefined>(ids.length).fill(undefined);
  const countiesNotLicensed: string[] = [];
  let twice = false;
  // First each licensed id as written, looked up in `counties`. When every key of `counties` (as
  // zod counted them) is so found for distinct ids, nothing is written otherwise: no key is left
  // for an enterprise not on the list, nor for a second spelling of one.
  let found = 0;
  if (countyKeys !== undefined && !repeated) {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      const county: unknown = counties[id];
      if (typeof county === 'string' && Object.hasOwn(counties, id)) {
        countyOf[i] = county as CountyCode;
        found++;
      }
    }
  }
  if (found !== countyKeys) {
    // Otherwise each key of `counties` is compared as typed, from the start.
    countyOf.fill(undefined);
    const otherKeys = new Set<string>();
    for (const id in counties) {
      if (!Object.hasOwn(counties, id) || !isEnterpriseId(id)) continue;
      const key = quotaKey(id);
      const i = indexByKey.get(key);
      if (i === undefined) {
        countiesNotLicensed.push(id);
        if (otherKeys.has(key)) twice = true;
        else otherKeys.add(key);
      } else if (countyOf[i] !== undefined) twice = true;
      else countyOf[i] = counties[id] as CountyCode;
    }
  }
  if (twice) {
    const dupCounties = duplicatesBy(Object.keys(counties).filter(isEnterpriseId), quotaKey);
    addOwnIssue(
      ctx,
      'DUPLICATE_ENTERPRISE_ID',
      {
        'zh-CN': `所属县（市、区）中同一企业出现多次：${idsShown(dupCounties)}`,
        en: `One enterprise appears more than once in counties: ${idsShown(dupCounties)}`,
      },
      ['counties'],
    );
  }
  // A repeated licensed id has its county at its key's first position.
  const missing = ids.filter(
    (id, i) => isEnterpriseId(id) && countyOf[repeated ? (indexByKey.get(quotaKey(id)) as number) : i] === undefined,
  );
  if (missing.length > 0) {
    addOwnIssue(
      ctx,
      'COUNTY_MISSING',
      {
        'zh-CN': `以下获证企业未给出所属县（市、区）：${idsShown(missing)}`,
        en: `No county given for these licensed enterprises: ${idsShown(missing)}`,
      },
      ['counties'],
    );
  }
  return { indexByKey, countyOf, countiesNotLicensed };
}

/**
 * Schema of the input of {@link auditQuota}. Issue codes beyond the structural ones:
 * `DUPLICATE_ENTERPRISE_ID` (an id twice in `licensedEnterpriseIds`), `ASOF_BEFORE_YEAR`
 * (`asOf` earlier than the year audited), `COUNTY_MISSING` (with `counties`, a licensed
 * enterprise without one).
 *
 * @example
 * ```ts
 * auditQuotaInputSchema.safeParse({ year: 2024, licensedEnterpriseIds: [], spotChecks: [] }).success; //=> true
 * ```
 */
export const auditQuotaInputSchema = /* @__PURE__ */ (() =>
  auditQuotaFields
    .superRefine((input, ctx) => {
      checkAcrossFields(input, ctx);
    })
    .check(SEES_PARSE_ERROR))();

/**
 * The input of {@link auditQuota}.
 *
 * @example
 * ```ts
 * const input: AuditQuotaInput = { year: 2024, licensedEnterpriseIds: ['91310110666007217T'], spotChecks: [] };
 * ```
 */
export type AuditQuotaInput = DeepReadonly<z.input<typeof auditQuotaInputSchema>>;

/**
 * The quota figures of one county (informational: Article 19's 10% applies to the city as a
 * whole, not to each county).
 *
 * @example
 * ```ts
 * const c: CountyQuota = { county: '220802', licensed: 12, required: 2, checked: 1, shortfall: 1, met: false };
 * ```
 */
export interface CountyQuota {
  /** County-level division code. */
  readonly county: CountyCode;
  /** Licensed enterprises in the county. */
  readonly licensed: number;
  /** ceil(10% × licensed), the same formula applied to the county. */
  readonly required: number;
  /** Distinct licensed enterprises of the county checked in the period. */
  readonly checked: number;
  /** max(0, required − checked). */
  readonly shortfall: number;
  /** checked ≥ required. */
  readonly met: boolean;
}

/**
 * The outcome of {@link auditQuota}.
 *
 * @example
 * ```ts
 * const o: QuotaOutcome = {
 *   year: 2024, periodStart: '2024-01-01', periodEnd: '2024-12-31', partialYear: false, yearComplete: true,
 *   licensed: 95, required: 10, checked: 10, shortfall: 0, met: true,
 * };
 * ```
 */
export interface QuotaOutcome {
  /** The year audited. */
  readonly year: number;
  /** First day a check counts: 1 January, or 2020-11-25 in 2020. */
  readonly periodStart: PlainDate;
  /** Last day a check counts: 31 December, or `asOf` if earlier. */
  readonly periodEnd: PlainDate;
  /** True for 2020, when the measures were in force only from 25 November. */
  readonly partialYear: boolean;
  /** True when `asOf` is 31 December or later: a shortfall is then final. */
  readonly yearComplete: boolean;
  /** Licensed enterprises in the city. */
  readonly licensed: number;
  /** ceil(10% × licensed), in integer arithmetic. */
  readonly required: number;
  /** Distinct licensed enterprises spot-checked in the period. */
  readonly checked: number;
  /** max(0, required − checked). */
  readonly shortfall: number;
  /** checked ≥ required. */
  readonly met: boolean;
  /** Per county, by code (only when `counties` is given). */
  readonly byCounty?: readonly CountyQuota[];
  /**
   * The city's checks whose id matches no licensed enterprise (a mistyped credit code, or an
   * enterprise not, or no longer, licensed): they count for nothing. Sorted by date, then id, as
   * the trace lists them; present only when there is at least one.
   */
  readonly unmatchedChecks?: readonly SpotCheck[];
}

// Functions, not constants: each decision owns its references.
const art19 = (): ArticleRef => ({ article: 19 });
const art24 = (): ArticleRef => ({ article: 24 });

type IgnoredCheck = SpotCheck;

/** The audit together with the ids it counted. @internal */
export interface QuotaAudit {
  readonly decision: Decision<QuotaOutcome>;
  /** Licensed enterprises checked in the period, in code-unit order (computed when asked). */
  checkedIds(): string[];
}

function sortChecks(checks: IgnoredCheck[]): IgnoredCheck[] {
  return checks.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.enterpriseId < b.enterpriseId
      ? -1
      : a.enterpriseId > b.enterpriseId
      ? 1
      : 0,
  );
}

function yearStart(year: number): PlainDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

function yearEnd(year: number): PlainDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** {@link auditQuota} with the counted ids. @internal */
export function runQuotaAudit(input: AuditQuotaInput): QuotaAudit {
  // The public schema's checks, keeping what they computed: each key is computed once.
  let keys: QuotaKeys | undefined;
  const countyKeys: KeyCount = { count: 0 };
  // Every parse counts afresh (an input that fails is parsed again for its messages).
  const fresh = (value: unknown): unknown => {
    countyKeys.count = 0;
    return value;
  };
  const schema = z.preprocess(
    fresh,
    quotaFields(countyKeys).superRefine((fields, ctx) => {
      keys = checkAcrossFields(fields, ctx, countyKeys.count);
    }),
  );
  const parsed = parseOwn(schema, input);
  const { indexByKey, countyOf, countiesNotLicensed } = keys as QuotaKeys;
  const ids = parsed.licensedEnterpriseIds;
  const { year } = parsed;
  const end = yearEnd(year);
  if (year < FIRST_YEAR) throw new NotInForceError(end, EFFECTIVE_FROM);
  const asOf = parsed.asOf ?? end;
  if (asOf < EFFECTIVE_FROM) throw new NotInForceError(asOf, EFFECTIVE_FROM);

  const partialYear = yearStart(year) < EFFECTIVE_FROM;
  const periodStart = partialYear ? EFFECTIVE_FROM : yearStart(year);
  const periodEnd = asOf < end ? asOf : end;
  const yearComplete = asOf >= end;
  // A check counts for the id as the licensed list writes it (at its position in the list).
  const licensed = indexByKey.size;
  const required = requiredSpotChecks(licensed, periodEnd);
  const ratio = parameterValue(ANNUAL_SPOT_CHECK_RATIO, periodEnd);

  const byCountyBureaus: IgnoredCheck[] = [];
  const unknown: IgnoredCheck[] = [];
  const outsideYear: IgnoredCheck[] = [];
  const beforeInForce: IgnoredCheck[] = [];
  const afterAsOf: IgnoredCheck[] = [];
  // Which licensed enterprises are checked, by position in the list.
  const counted = new Uint8Array(ids.length);
  let checked = 0;
  const start = yearStart(year);
  let repeats = 0;
  for (const check of parsed.spotChecks) {
    // Article 19 counts the city bureau's own checks; a check that does not say is the city's.
    if (check.madeBy === 'county') {
      byCountyBureaus.push(check);
      continue;
    }
    const i = indexByKey.get(quotaKey(check.enterpriseId));
    if (i === undefined) unknown.push(check);
    else if (check.date < start || check.date > end) outsideYear.push(check);
    else if (check.date < EFFECTIVE_FROM) beforeInForce.push(check);
    else if (check.date > asOf) afterAsOf.push(check);
    else if (counted[i] === 1) repeats++;
    else {
      counted[i] = 1;
      checked++;
    }
  }
  const shortfall = Math.max(0, required - checked);
  const met = checked >= required;

  const trace: TraceStep[] = [];
  trace.push({
    rule: 'art24.in_force_for_year',
    basis: art24(),
    passed: true,
    facts: { year, effectiveFrom: EFFECTIVE_FROM, periodStart, periodEnd, partialYear },
    message: partialYear
      ? {
          'zh-CN': `本办法自${EFFECTIVE_FROM}起施行（第二十四条）。第十九条“每年”的比例要求无过渡条款，${year}年仍按全年适用，但只计施行之日起的抽查（${periodStart}至${periodEnd}）`,
          en: `The measures took effect on ${EFFECTIVE_FROM} (Article 24). Article 19's yearly ratio has no transition clause, so it applies to ${year} in full, but only checks from that day count (${periodStart} to ${periodEnd})`,
        }
      : {
          'zh-CN': `${year}年本办法全年施行，计入${periodStart}至${periodEnd}的抽查`,
          en: `The measures were in force all of ${year}; checks from ${periodStart} to ${periodEnd} count`,
        },
  });
  trace.push({
    rule: 'art19.required_spot_checks',
    basis: art19(),
    passed: true,
    facts: { licensed, ratio: `${ratio.numerator}/${ratio.denominator}`, required },
    message: {
      'zh-CN': `每年抽查获证企业比例不低于总数的10%：${licensed}家获证企业，至少抽查${required}家（向上取整）`,
      en: `At least 10% of licensed enterprises each year: ${licensed} licensed, at least ${required} to check (rounded up)`,
    },
  });
  const ignoredStep = (rule: string, basis: ArticleRef, list: IgnoredCheck[], zh: string, en: string): TraceStep => ({
    rule,
    basis,
    passed: list.length === 0,
    facts: { ignored: sortChecks(list) },
    message: { 'zh-CN': `${zh}：${list.length}次，不计入`, en: `${en}: ${list.length}, not counted` },
  });
  if (byCountyBureaus.length > 0) {
    trace.push(
      ignoredStep(
        'art19.checks_by_county_bureaus',
        art19(),
        byCountyBureaus,
        '第十九条计算市级市场监管部门的抽查，县级市场监管部门的抽查',
        "Article 19 counts the city bureau's checks; checks made by county bureaus",
      ),
    );
  }
  trace.push(
    ignoredStep(
      'art19.checks_of_unlicensed',
      art19(),
      unknown,
      '抽查对象不在获证企业名单中',
      'Checks of enterprises not on the licensed list',
    ),
  );
  trace.push(
    ignoredStep(
      'art19.checks_outside_year',
      art19(),
      outsideYear,
      `抽查日期不在${year}年内`,
      `Checks dated outside ${year}`,
    ),
  );
  if (partialYear) {
    trace.push(
      ignoredStep(
        'art24.checks_before_in_force',
        art24(),
        beforeInForce,
        `抽查日期早于施行日期${EFFECTIVE_FROM}`,
        `Checks dated before the measures took effect on ${EFFECTIVE_FROM}`,
      ),
    );
  }
  trace.push(
    ignoredStep(
      'art19.checks_after_as_of',
      art19(),
      afterAsOf,
      `抽查日期晚于审核日期${asOf}`,
      `Checks dated after asOf ${asOf}`,
    ),
  );
  trace.push({
    rule: 'art19.distinct_enterprises',
    basis: art19(),
    passed: true,
    facts: { checked, repeatChecks: repeats },
    message: {
      'zh-CN': `比例按被抽查的获证企业家数计算：${checked}家；同一企业的重复抽查${repeats}次只计一次`,
      en: `The ratio counts enterprises checked: ${checked}; ${repeats} repeat ${repeats === 1 ? 'check' : 'checks'} of the same enterprise ${repeats === 1 ? 'counts' : 'count'} once`,
    },
  });
  trace.push({
    rule: 'art19.quota_met',
    basis: art19(),
    passed: met,
    facts: { required, checked, shortfall, yearComplete },
    message: met
      ? {
          'zh-CN': `已抽查${checked}家，达到最低要求${required}家`,
          en: `${checked} checked, meeting the minimum of ${required}`,
        }
      : {
          'zh-CN': `已抽查${checked}家，低于最低要求${required}家，尚差${shortfall}家${
            yearComplete ? '' : '（年度尚未结束）'
          }`,
          en: `${checked} checked, below the minimum of ${required}: ${shortfall} short${
            yearComplete ? '' : ' (the year is not over)'
          }`,
        },
  });

  let byCounty: CountyQuota[] | undefined;
  if (countyOf !== undefined) {
    // The county entries of enterprises not on the list, as written.
    const notLicensed = [...countiesNotLicensed].sort();
    const perCounty = new Map<CountyCode, { licensed: number; checked: number }>();
    // The ids are distinct here (a repeat is invalid input), so each position is one enterprise.
    for (let i = 0; i < countyOf.length; i++) {
      const county = countyOf[i] as CountyCode;
      let entry = perCounty.get(county);
      if (entry === undefined) perCounty.set(county, (entry = { licensed: 0, checked: 0 }));
      entry.licensed++;
      entry.checked += counted[i] as number;
    }
    byCounty = [...perCounty.keys()].sort().map((county) => {
      const c = perCounty.get(county) as { licensed: number; checked: number };
      const req = requiredSpotChecks(c.licensed, periodEnd);
      return {
        county,
        licensed: c.licensed,
        required: req,
        checked: c.checked,
        shortfall: Math.max(0, req - c.checked),
        met: c.checked >= req,
      };
    });
    trace.push({
      rule: 'art19.county_breakdown',
      basis: art19(),
      passed: byCounty.every((c) => c.met),
      facts: { byCounty, countiesOfUnlicensedIgnored: notLicensed },
      message: {
        'zh-CN': `分县（市、区）统计仅供参考：第十九条的10%针对全市获证企业总数，不要求各县分别达到${
          notLicensed.length > 0 ? `；${notLicensed.length}个不在获证名单中的企业的县别被忽略` : ''
        }`,
        en: `Per-county figures are informational: Article 19's 10% applies to the city's total, not to each county${
          notLicensed.length > 0
            ? `; counties of ${notLicensed.length} enterprises not on the licensed list were ignored`
            : ''
        }`,
      },
    });
  }

  const outcome: QuotaOutcome = {
    year,
    periodStart,
    periodEnd,
    partialYear,
    yearComplete,
    licensed,
    required,
    checked,
    shortfall,
    met,
    ...(byCounty !== undefined ? { byCounty } : {}),
    // The trace lists the same checks, sorted in place by its step: the outcome has its own copies.
    ...(unknown.length > 0 ? { unmatchedChecks: unknown.map((check) => ({ ...check })) } : {}),
  };
  return {
    decision: { outcome, basis: partialYear ? [art19(), art24()] : [art19()], higherLaw: [], trace },
    checkedIds: () => ids.filter((_, i) => counted[i] === 1).sort(),
  };
}

/**
 * Audits the city's yearly spot-check quota (Article 19: 每年抽查获证企业比例不低于辖区内获证企业
 * 总数的10%). `required` is ceil(10% × licensed) in integer arithmetic (0→0, 1→1, 10→1, 11→2,
 * 95→10, 101→11); `checked` counts distinct licensed enterprises spot-checked in the calendar
 * year, on or before `asOf`. Only the city bureau's own checks count (市级市场监管部门…抽查): a
 * check with `madeBy: 'county'` is ignored and listed in the trace, one that does not say is the
 * city's. Checks of enterprises not on the licensed list, dated outside the year or after `asOf`,
 * are ignored and each listed in the trace; a second check of the same enterprise counts once.
 * The city's checks whose id matches no licensed enterprise are also in the outcome
 * (`unmatchedChecks`): a mistyped credit code counts for nothing, and the caller should see it.
 *
 * 2020: the measures took effect on 25 November 2020 (Article 24). Article 19 says "每年" with
 * no transition clause, so the library reads the full 10% as due for 2020, counting only checks
 * dated from 2020-11-25; the outcome carries `partialYear: true` and the trace says so.
 *
 * With `counties`, the outcome adds a per-county breakdown by the same formula; it is
 * informational, since the 10% applies to the city as a whole.
 *
 * @param input - year, licensed ids, spot checks, optional `asOf` and `counties`
 * @returns a decision whose outcome is `{ required, checked, shortfall, met, … }`
 * @throws RuleInputError for malformed input or duplicate licensed ids
 * @throws NotInForceError for a year before 2020 or an `asOf` before 2020-11-25
 * @example
 * ```ts
 * const d = auditQuota({
 *   year: 2024,
 *   licensedEnterpriseIds: ['91310110666007217T', '91310115591693856A'],
 *   spotChecks: [{ enterpriseId: '91310110666007217T', date: '2024-05-20' }],
 * });
 * d.outcome; //=> { year: 2024, …, licensed: 2, required: 1, checked: 1, shortfall: 0, met: true }
 *
 * auditQuota({
 *   year: 2024,
 *   licensedEnterpriseIds: ['91310110666007217T', '91310115591693856A'],
 *   spotChecks: [
 *     { enterpriseId: '91310110666007217T', date: '2024-05-20', madeBy: 'county' },
 *     { enterpriseId: '91310115591693856B', date: '2024-06-03' },
 *   ],
 * }).outcome;
 * //=> { …, checked: 0, met: false, unmatchedChecks: [{ enterpriseId: '91310115591693856B', date: '2024-06-03' }] }
 * ```
 */
export function auditQuota(input: AuditQuotaInput): Decision<QuotaOutcome> {
  return runQuotaAudit(input).decision;
}
