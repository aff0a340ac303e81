import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { parseOwn } from '../messages/issues.js';
import type { ArticleRef } from '../regulation/citation.js';
import type { Decision, LawRef, TraceStep } from './decision.js';
import { PRODUCT_QUALITY_LAW_15 } from './support/laws.js';
import { asOfOptionsSchema, readWithAsOf, requireRecordDate } from './support/options.js';
import { decide, plainNumber, step } from './support/trace.js';
import { plainObject } from '../limit-guards.js';

/**
 * Schema of the breaches of Article 21, in its order: `production_disrupted` (影响企业的正常生产
 * 经营活动), `fee_charged` (收取任何费用; also Article 17 for testing), `property_solicited_or_accepted`
 * (索取或收受企业财物), `improper_benefit_sought` (谋取不当利益).
 *
 * @example
 * ```ts
 * conductBreachSchema.options[1]; //=> 'fee_charged'
 * ```
 */
export const conductBreachSchema = /* @__PURE__ */ (() =>
  z.enum(['production_disrupted', 'fee_charged', 'property_solicited_or_accepted', 'improper_benefit_sought']))();

/**
 * A breach of Article 21.
 *
 * @example
 * ```ts
 * const breach: ConductBreach = 'property_solicited_or_accepted'; // 索取或收受企业财物
 * ```
 */
export type ConductBreach = z.infer<typeof conductBreachSchema>;

/**
 * Schema of what was recorded about how an inspection was conducted: its date (optional), any
 * fee charged to the enterprise in yuan (finite, ≥ 0), whether the inspection included supervisory
 * testing (产品监督检验, whose fee ban is also Article 17's), and whether normal production was
 * disrupted, property solicited or accepted, or improper benefit sought. A fact left out is not
 * known. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * inspectionConductFactsSchema.safeParse({ feeCharged: 0, normalProductionDisrupted: false }).success; //=> true
 * ```
 */
export const inspectionConductFactsSchema = /* @__PURE__ */ (() =>
  plainObject(
    z.strictObject({
      date: plainDateSchema.optional(),
      normalProductionDisrupted: z.boolean().optional(),
      feeCharged: z.number().nonnegative().optional(),
      supervisoryTesting: z.boolean().optional(),
      propertySolicitedOrAccepted: z.boolean().optional(),
      improperBenefitSought: z.boolean().optional(),
    }),
  ))();

/**
 * What was recorded about how an inspection was conducted (Articles 17 and 21).
 *
 * @example
 * ```ts
 * const facts: InspectionConductFacts = {
 *   date: '2024-05-10',
 *   normalProductionDisrupted: false,
 *   feeCharged: 0,
 *   propertySolicitedOrAccepted: false,
 *   improperBenefitSought: false,
 * };
 * inspectionConduct(facts, { asOf: '2024-05-11' }).outcome.status; //=> 'no_breach'
 * ```
 */
export type InspectionConductFacts = z.input<typeof inspectionConductFactsSchema>;

/**
 * Schema of the options of {@link inspectionConduct}: `{ asOf }`.
 *
 * @example
 * ```ts
 * inspectionConductOptionsSchema.safeParse({ asOf: '2024-05-11' }).success; //=> true
 * ```
 */
export const inspectionConductOptionsSchema = asOfOptionsSchema;

/**
 * Options of {@link inspectionConduct}: the decision date `asOf`.
 *
 * @example
 * ```ts
 * const options: InspectionConductOptions = { asOf: '2024-05-11' };
 * ```
 */
export type InspectionConductOptions = z.input<typeof inspectionConductOptionsSchema>;

/**
 * Outcome of {@link inspectionConduct}: whether an Article 21 breach is recorded, and which facts
 * are unknown.
 *
 * @example
 * ```ts
 * const outcome: InspectionConductOutcome = {
 *   status: 'insufficient_information',
 *   breach: false,
 *   breaches: [],
 *   missing: ['normalProductionDisrupted', 'propertySolicitedOrAccepted', 'improperBenefitSought'],
 * };
 * ```
 */
export interface InspectionConductOutcome {
  /**
   * `'breach'` when any breach is recorded; `'no_breach'` when every fact is known and none is a
   * breach; `'insufficient_information'` when no breach is recorded but some fact is not known.
   */
  readonly status: 'breach' | 'no_breach' | 'insufficient_information';
  /** Whether a breach is recorded. */
  readonly breach: boolean;
  /** The breaches, in Article 21's order. */
  readonly breaches: readonly ConductBreach[];
  /** The facts not given (field names), when no breach settles the answer. */
  readonly missing: readonly string[];
}

/**
 * Article 21 (and 17): whether an inspection was conducted as required — no disruption of the
 * enterprise's normal production and business, no fee of any amount (a fee of 0.01 yuan is a
 * breach), no property solicited or accepted, no improper benefit sought. A single recorded
 * breach decides; otherwise every fact must be known for `'no_breach'`. A fee cites Article 21;
 * when the inspection included supervisory testing (`supervisoryTesting: true`) it also cites
 * Article 17 (产品监督检验不得向企业收取费用) and 产品质量法 Art 15, in the order of
 * {@link assessSamplingRecord}.
 *
 * @param facts - what was recorded (see `inspectionConductFactsSchema`)
 * @param options - `{ asOf }`
 * @returns a decision whose outcome is `{ status, breach, breaches, missing }`
 * @throws RuleInputError for malformed input or an inspection dated after `asOf`;
 *   NotInForceError for dates before 2020-11-25
 * @example
 * ```ts
 * inspectionConduct({ feeCharged: 0.01 }, { asOf: '2024-05-11' }).outcome;
 * //=> { status: 'breach', breach: true, breaches: ['fee_charged'], missing: [] }
 * inspectionConduct({ feeCharged: 0 }, { asOf: '2024-05-11' }).outcome.status; //=> 'insufficient_information'
 * ```
 */
export function inspectionConduct(
  facts: DeepReadonly<InspectionConductFacts>,
  options: DeepReadonly<InspectionConductOptions>,
): Decision<InspectionConductOutcome> {
  const { asOf } = readWithAsOf(inspectionConductOptionsSchema, options);
  const f = parseOwn(inspectionConductFactsSchema, facts);
  if (f.date !== undefined) {
    requireRecordDate(f.date, asOf, ['date'], { 'zh-CN': '检查日期', en: 'The inspection date' });
  }
  const fee = f.feeCharged === undefined ? undefined : plainNumber(f.feeCharged);
  // Each check's wording: the act in Chinese, and in English the act in the past tense, in the
  // base form (for "did not …") and its object.
  const checks: readonly {
    breach: ConductBreach;
    field: string;
    value: boolean | number | undefined;
    is: boolean | undefined;
    zh: string;
    en: readonly [string, string, string];
  }[] = [
    {
      breach: 'production_disrupted',
      field: 'normalProductionDisrupted',
      value: f.normalProductionDisrupted,
      is: f.normalProductionDisrupted,
      zh: '影响企业的正常生产经营活动',
      en: ['disrupted', 'disrupt', "the enterprise's normal production and business"],
    },
    {
      breach: 'fee_charged',
      field: 'feeCharged',
      value: f.feeCharged,
      is: f.feeCharged === undefined ? undefined : f.feeCharged > 0,
      zh: `收取费用${fee === undefined ? '' : `（${fee} 元）`}`,
      en: ['charged', 'charge', `a fee${fee === undefined ? '' : ` (${fee} yuan)`}`],
    },
    {
      breach: 'property_solicited_or_accepted',
      field: 'propertySolicitedOrAccepted',
      value: f.propertySolicitedOrAccepted,
      is: f.propertySolicitedOrAccepted,
      zh: '索取或收受企业财物',
      en: ['solicited or accepted', 'solicit or accept', "the enterprise's property"],
    },
    {
      breach: 'improper_benefit_sought',
      field: 'improperBenefitSought',
      value: f.improperBenefitSought,
      is: f.improperBenefitSought,
      zh: '谋取不当利益',
      en: ['sought', 'seek', 'improper benefit'],
    },
  ];
  const breaches: ConductBreach[] = [];
  const unknown: string[] = [];
  const trace: TraceStep[] = [];
  for (const c of checks) {
    if (c.is === true) breaches.push(c.breach);
    if (c.is === undefined) unknown.push(c.field);
    const [past, base, object] = c.en;
    trace.push(
      step(
        `art21.no_${c.breach}`,
        { article: 21 },
        c.is === false,
        { [c.field]: c.value ?? null },
        c.is === undefined
          ? { 'zh-CN': `未记录是否${c.zh}`, en: `Not recorded whether the inspectors ${past} ${object}` }
          : c.is
          ? { 'zh-CN': `违反第二十一条：${c.zh}`, en: `Breach of Article 21: the inspectors ${past} ${object}` }
          : { 'zh-CN': `未${c.zh}`, en: `The inspectors did not ${base} ${object}` },
      ),
    );
    // Article 17 (产品监督检验不得向企业收取费用) applies to supervisory testing: checked beside
    // Article 21's ban on any fee when the facts say this was supervisory testing.
    if (c.breach === 'fee_charged' && f.supervisoryTesting === true) {
      trace.push(
        step(
          'art17.no_testing_fee',
          { article: 17 },
          c.is === false,
          { supervisoryTesting: true, feeCharged: c.value ?? null },
          c.is === undefined
            ? { 'zh-CN': '监督检验：未记录是否向企业收取费用', en: 'Supervisory testing: not recorded whether the enterprise was charged a fee' }
            : c.is
            ? { 'zh-CN': `违反第十七条：监督检验向企业收取费用（${fee} 元）`, en: `Breach of Article 17: the enterprise was charged ${fee} yuan for supervisory testing` }
            : { 'zh-CN': '监督检验未向企业收取费用', en: 'No fee was charged for supervisory testing' },
        ),
      );
    }
  }
  const breach = breaches.length > 0;
  const status = breach ? 'breach' : unknown.length > 0 ? 'insufficient_information' : 'no_breach';
  // Article 17 (and 产品质量法 Art 15) ban fees for supervisory testing only; Article 21 any fee.
  // Like the other rules, a breach cites the provisions breached, and no breach every provision
  // checked: Article 17 too when the facts say this was supervisory testing.
  const testing = f.supervisoryTesting === true && (breaches.includes('fee_charged') || status === 'no_breach');
  const basis: ArticleRef[] = testing ? [{ article: 17 }, { article: 21 }] : [{ article: 21 }];
  const higherLaw: LawRef[] = testing ? [PRODUCT_QUALITY_LAW_15] : [];
  return decide({ status, breach, breaches, missing: breach ? [] : unknown }, basis, higherLaw, trace);
}
