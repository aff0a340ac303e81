import type { ArticleRef } from './citation.js';
import type { BilingualMessage } from '../messages/message.js';
import { isPlainDate, type PlainDate } from '../dates/plain-date.js';
import { assertInForce } from './in-force.js';
import { RuleInputError, describeValue, invalidArgument } from '../errors.js';
import { deepFreeze } from '../freeze.js';

/**
 * One value of a parameter, in force from a date until the next value's date.
 *
 * @example
 * ```ts
 * const v: DatedValue<number> = { from: '2020-11-25', value: 7 };
 * ```
 */
export interface DatedValue<T> {
  /** First day the value applies. */
  readonly from: PlainDate;
  /** The value. */
  readonly value: T;
}

/**
 * A figure the rules use, with the provision it comes from and its values over time.
 *
 * @example
 * ```ts
 * SAMPLE_DISPATCH_DAYS.values[0]; //=> { from: '2020-11-25', value: 7 }
 * ```
 */
export interface RegulationParameter<T> {
  /** Stable id. */
  readonly id: string;
  /** The provision that sets it. */
  readonly basis: ArticleRef;
  /** The provision's words for it. */
  readonly source: string;
  /** What it means, in both languages. */
  readonly description: BilingualMessage;
  /** Its values, oldest first. */
  readonly values: readonly DatedValue<T>[];
}

/**
 * A ratio kept as whole numbers so that quotas are computed exactly.
 *
 * @example
 * ```ts
 * const tenPercent: Ratio = { numerator: 10, denominator: 100 };
 * ```
 */
export interface Ratio {
  /** Numerator. */
  readonly numerator: number;
  /** Denominator (> 0). */
  readonly denominator: number;
}

/**
 * Article 19: each year the city spot-checks at least 10% of licensed enterprises.
 *
 * @example
 * ```ts
 * parameterValue(ANNUAL_SPOT_CHECK_RATIO, '2024-01-01'); //=> { numerator: 10, denominator: 100 }
 * ```
 */
export const ANNUAL_SPOT_CHECK_RATIO: RegulationParameter<Ratio> = /* @__PURE__ */ deepFreeze({
  id: 'annualSpotCheckRatio',
  basis: { article: 19 },
  source: '每年抽查获证企业比例不低于辖区内获证企业总数的10%',
  description: {
    'zh-CN': '市级每年抽查获证企业的最低比例',
    en: 'Minimum share of licensed enterprises the city spot-checks each year',
  },
  values: [{ from: '2020-11-25', value: { numerator: 10, denominator: 100 } }],
});

/**
 * Article 17: sealed samples go to a qualified laboratory within 7 days.
 *
 * @example
 * ```ts
 * parameterValue(SAMPLE_DISPATCH_DAYS, '2024-01-01'); //=> 7
 * ```
 */
export const SAMPLE_DISPATCH_DAYS: RegulationParameter<number> = /* @__PURE__ */ deepFreeze({
  id: 'sampleDispatchDays',
  basis: { article: 17 },
  source: '检查人员应将抽封的样品在7日内送有资质的检验机构进行检验',
  description: {
    'zh-CN': '封样后送检的期限（日）',
    en: 'Days within which sealed samples must reach a qualified laboratory',
  },
  values: [{ from: '2020-11-25', value: 7 }],
});

/**
 * Article 9¶1: at least 2 staff with valid credentials take part in an inspection.
 *
 * @example
 * ```ts
 * parameterValue(MIN_INSPECTORS, '2024-01-01'); //=> 2
 * MIN_INSPECTORS.basis; //=> { article: 9, paragraph: 1 }
 * ```
 */
export const MIN_INSPECTORS: RegulationParameter<number> = /* @__PURE__ */ deepFreeze({
  id: 'minInspectors',
  basis: { article: 9, paragraph: 1 },
  source: '监督检查应有2名以上持合法有效证件的工作人员参加',
  description: {
    'zh-CN': '参加监督检查的持证工作人员最少人数',
    en: 'Minimum number of credentialed staff taking part in an inspection',
  },
  values: [{ from: '2020-11-25', value: 2 }],
});

/**
 * Article 8 ("一公开"): a spot check's result is published within 20 working days of the day it is
 * produced. The measures say "publish" but give no period; the 20 working days are those of
 * 企业信息公示暂行条例 Art 6 ("前款规定的企业信息应当自产生之日起20个工作日内予以公示", 国务院令第654号,
 * unchanged by 国务院令第777号 of 2024), which binds the market regulation departments that carry
 * out these checks (docs/interpretation.md).
 *
 * @example
 * ```ts
 * parameterValue(PUBLICATION_WORKING_DAYS, '2024-01-01'); //=> 20
 * PUBLICATION_WORKING_DAYS.basis; //=> { article: 8 }
 * ```
 */
export const PUBLICATION_WORKING_DAYS: RegulationParameter<number> = /* @__PURE__ */ deepFreeze({
  id: 'publicationWorkingDays',
  basis: { article: 8 },
  source: '“双随机、一公开”抽查机制',
  description: {
    'zh-CN': '抽查结果自产生之日起公示的期限（工作日，企业信息公示暂行条例第六条）',
    en: 'Working days within which a spot-check result is published (企业信息公示暂行条例 Art 6)',
  },
  values: [{ from: '2020-11-25', value: 20 }],
});

/**
 * Every parameter the rules read, by id.
 *
 * @example
 * ```ts
 * Object.keys(PARAMETERS); //=> ['annualSpotCheckRatio', 'sampleDispatchDays', 'minInspectors', 'publicationWorkingDays']
 * parameterValue(PARAMETERS.sampleDispatchDays, '2024-06-01'); //=> 7
 * ```
 */
export const PARAMETERS = /* @__PURE__ */ deepFreeze({
  annualSpotCheckRatio: ANNUAL_SPOT_CHECK_RATIO,
  sampleDispatchDays: SAMPLE_DISPATCH_DAYS,
  minInspectors: MIN_INSPECTORS,
  publicationWorkingDays: PUBLICATION_WORKING_DAYS,
} as const);

/**
 * The value in force on `asOf` among dated values (each `from` later than the one before): the
 * last whose `from` is not after it, else the first (a date before the measures, or none at all).
 * Without {@link parameterValue}'s checks: for the library's own parameters, and for values those
 * checks have passed.
 *
 * @internal
 */
export function valueInForce<T>(values: readonly DatedValue<T>[], asOf: string): T {
  let current = (values[0] as DatedValue<T>).value;
  for (const { from, value } of values) if (from <= asOf) current = value;
  return current;
}

/**
 * The value of a parameter in force on a date: the value of the latest entry of `values` whose
 * `from` is on or before `asOf`.
 *
 * @throws NotInForceError before 2020-11-25; RuleInputError for a malformed date, for a
 *   parameter that is not one (code `INVALID_ARGUMENT`: no `values`, an entry without a valid
 *   `from` date or without a `value`, entries not in increasing order of `from`), and for a date
 *   before the parameter's first value (code `PARAMETER_NOT_IN_FORCE`)
 * @example
 * ```ts
 * parameterValue(MIN_INSPECTORS, '2024-06-01'); //=> 2
 * parameterValue({ ...MIN_INSPECTORS, values: [{ from: '2099-01-01', value: 3 }] }, '2024-06-01'); // throws RuleInputError (code 'PARAMETER_NOT_IN_FORCE')
 * ```
 */
export function parameterValue<T>(parameter: RegulationParameter<T>, asOf: PlainDate): T {
  assertInForce(asOf);
  const values = (parameter as { values?: unknown } | null)?.values;
  const notOne = () => invalidArgument('parameter', { 'zh-CN': '本库的参数对象', en: 'one of the library’s parameters' });
  if (!Array.isArray(values) || values.length === 0) throw notOne();
  // Each entry a { from, value }, its from a date later than the one before; each read once.
  const checked: DatedValue<T>[] = [];
  for (const entry of values as unknown[]) {
    const { from, value } = (typeof entry === 'object' && entry !== null ? entry : {}) as { from?: unknown; value?: unknown };
    if (!isPlainDate(from) || value === undefined || from <= (checked.at(-1)?.from ?? '')) throw notOne();
    checked.push({ from, value: value as T });
  }
  if ((checked[0] as DatedValue<T>).from > asOf) {
    const id = describeValue((parameter as { id?: unknown }).id);
    throw new RuleInputError([
      {
        path: ['asOf'],
        code: 'PARAMETER_NOT_IN_FORCE',
        message: { 'zh-CN': `参数 ${id} 在 ${asOf} 尚无生效的值`, en: `Parameter ${id} has no value in force on ${asOf}` },
      },
    ]);
  }
  return valueInForce(checked, asOf);
}
