import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { compareDates, plainDateSchema, type PlainDate } from '../dates/plain-date.js';
import { parseOwn } from '../messages/issues.js';
import type { BilingualMessage } from '../messages/message.js';
import type { ArticleRef } from '../regulation/citation.js';
import { samplingRecordSchema, type SamplingRecordInput } from '../entities/sampling-record.js';
import type { Decision, LawRef, TraceStep } from './decision.js';
import { dispatchDeadline } from './sample-dispatch-deadline.js';
import { PRODUCT_QUALITY_LAW_15 } from './support/laws.js';
import {
  happenedBy,
  periodCountingSchema,
  readWithAsOf,
  requireRecordDate,
  restDayCalendarSchema,
} from './support/options.js';
import { decide, plainNumber, step } from './support/trace.js';
import { deepFreeze } from '../freeze.js';

/**
 * Schema of the problems {@link assessSamplingRecord} can find, in the order it checks them. See
 * {@link samplingRecordProblems} for each one's provision.
 *
 * @example
 * ```ts
 * samplingRecordProblemSchema.safeParse('FEE_CHARGED').success; //=> true
 * ```
 */
export const samplingRecordProblemSchema = /* @__PURE__ */ (() =>
  z.enum([
    'SAMPLED_OUTSIDE_PERMITTED_LOCATION',
    'NOT_FROM_PASSED_PRODUCTS',
    'SAMPLING_FORM_INCOMPLETE',
    'NOT_SEALED',
    'LABORATORY_NOT_QUALIFIED',
    'SENT_LATE',
    'NOT_SENT',
    'FEE_CHARGED',
  ]))();

/**
 * A problem found in a sampling record.
 *
 * @example
 * ```ts
 * const problem: SamplingRecordProblem = 'SENT_LATE';
 * samplingRecordProblems[problem].basis; //=> [{ article: 17 }]
 * ```
 */
export type SamplingRecordProblem = z.infer<typeof samplingRecordProblemSchema>;

/**
 * What {@link samplingRecordProblems} says about one problem code.
 *
 * @example
 * ```ts
 * const notSealed: SamplingRecordProblemDefinition = {
 *   basis: [{ article: 16 }],
 *   description: { 'zh-CN': '样品未封样', en: 'The sample was not sealed' },
 * };
 * ```
 */
export interface SamplingRecordProblemDefinition {
  /** The provisions the requirement comes from. */
  readonly basis: readonly ArticleRef[];
  /** What is wrong, in both languages. */
  readonly description: BilingualMessage;
}

/**
 * Every problem code of {@link assessSamplingRecord} with its provisions and meaning.
 *
 * @example
 * ```ts
 * samplingRecordProblems.FEE_CHARGED.basis; //=> [{ article: 17 }, { article: 21 }]
 * ```
 */
export const samplingRecordProblems: { readonly [K in SamplingRecordProblem]: SamplingRecordProblemDefinition } = /* @__PURE__ */ deepFreeze({
  SAMPLED_OUTSIDE_PERMITTED_LOCATION: {
    basis: [{ article: 16 }],
    description: {
      'zh-CN': '未在企业成品仓库内或生产现场抽样',
      en: 'Not sampled in the finished-goods warehouse or on the production site',
    },
  },
  NOT_FROM_PASSED_PRODUCTS: {
    basis: [{ article: 16 }],
    description: {
      'zh-CN': '样品不是从检验合格的产品中抽取',
      en: 'The sample was not drawn from products that passed inspection',
    },
  },
  SAMPLING_FORM_INCOMPLETE: {
    basis: [{ article: 16 }],
    description: { 'zh-CN': '未按规定填写抽样单', en: 'The sampling form was not filled in' },
  },
  NOT_SEALED: {
    basis: [{ article: 16 }],
    description: { 'zh-CN': '样品未封样', en: 'The sample was not sealed' },
  },
  LABORATORY_NOT_QUALIFIED: {
    basis: [{ article: 17 }],
    description: { 'zh-CN': '检验机构无资质', en: 'The laboratory is not qualified' },
  },
  SENT_LATE: {
    basis: [{ article: 17 }],
    description: { 'zh-CN': '样品未在7日内送检', en: 'The samples were sent after the 7-day period' },
  },
  NOT_SENT: {
    basis: [{ article: 17 }],
    description: { 'zh-CN': '期限届满样品仍未送检', en: 'The period has ended and the samples have not been sent' },
  },
  FEE_CHARGED: {
    basis: [{ article: 17 }, { article: 21 }],
    description: { 'zh-CN': '向企业收取了费用', en: 'A fee was charged to the enterprise' },
  },
});

/**
 * Schema of the options of {@link assessSamplingRecord}: the decision date, and the rest-day
 * calendar (`officialCalendar` when absent) and counting used for the Article 17 period (see
 * `sampleDispatchDeadline`).
 *
 * @example
 * ```ts
 * assessSamplingRecordOptionsSchema.safeParse({ asOf: '2024-03-20' }).success; //=> true
 * ```
 */
export const assessSamplingRecordOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: plainDateSchema,
    calendar: restDayCalendarSchema.optional(),
    counting: periodCountingSchema.optional(),
  }))();

/**
 * Options of {@link assessSamplingRecord}: the decision date, and the calendar and counting of the
 * Article 17 period.
 *
 * @example
 * ```ts
 * const options: AssessSamplingRecordOptions = { asOf: '2024-03-20', counting: 'calendar_days' };
 * ```
 */
export type AssessSamplingRecordOptions = z.input<typeof assessSamplingRecordOptionsSchema>;

/**
 * Outcome of {@link assessSamplingRecord}: whether a sampling met Articles 16, 17 and 21, and the
 * dispatch deadline.
 *
 * @example
 * ```ts
 * const outcome: AssessSamplingRecordOutcome = { status: 'compliant', problems: [], dispatchDeadline: '2024-03-08' };
 * ```
 */
export interface AssessSamplingRecordOutcome {
  /**
   * `'compliant'`; `'non_compliant'` when a problem was found; `'awaiting_dispatch'` when nothing
   * is wrong yet but the samples are still to be sent and the period has not ended.
   */
  readonly status: 'compliant' | 'non_compliant' | 'awaiting_dispatch';
  /** Each problem found, once, in the order of {@link samplingRecordProblemSchema}. */
  readonly problems: readonly SamplingRecordProblem[];
  /** The last day for sending the samples (Article 17). */
  readonly dispatchDeadline: PlainDate;
}

/**
 * Articles 16, 17 and 21: whether a supervisory sampling was done as the regulation requires —
 * sampled in the finished-goods warehouse or on the production site, from products that passed
 * outgoing inspection, with the sampling form filled in and the sample sealed (Article 16); sent to
 * a qualified laboratory within 7 days of sealing (Article 17, counted as in
 * `sampleDispatchDeadline`; from the sampling day when no sealing date is recorded); and no fee,
 * however small, charged to the enterprise (Articles 17 and 21; 产品质量法 Art 15). Sealing and
 * sending dated after `asOf` have not happened yet; not-yet-sent samples are a problem only once
 * the period has ended.
 *
 * @param record - the sampling record (see `samplingRecordSchema`)
 * @param options - `{ asOf, calendar?, counting? }`
 * @returns a decision whose outcome is `{ status, problems, dispatchDeadline }`; `basis` and
 *   `higherLaw` cite the provisions of the problems found (产品质量法 Art 15 for a fee, the Civil
 *   Code's period rules for a late or missing dispatch), all of them when there is none
 * @throws RuleInputError for malformed input or a sampling dated after `asOf`; NotInForceError
 *   for dates before 2020-11-25
 * @example
 * ```ts
 * assessSamplingRecord(
 *   {
 *     enterpriseId: '91350100M000100Y43', product: '塑料编织袋', location: 'finished_goods_warehouse',
 *     fromPassedOutgoingInspection: true, samplingFormCompleted: true,
 *     sampledOn: '2024-03-01', sealedOn: '2024-03-01', sentOn: '2024-03-08',
 *     laboratory: { name: '吉林省产品质量监督检验院', qualified: true }, feeCharged: 0.01,
 *   },
 *   { asOf: '2024-03-20' },
 * ).outcome; //=> { status: 'non_compliant', problems: ['FEE_CHARGED'], dispatchDeadline: '2024-03-08' }
 * ```
 */
export function assessSamplingRecord(
  record: DeepReadonly<SamplingRecordInput>,
  options: DeepReadonly<AssessSamplingRecordOptions>,
): Decision<AssessSamplingRecordOutcome> {
  const { asOf, calendar, counting } = readWithAsOf(assessSamplingRecordOptionsSchema, options);
  const r = parseOwn(samplingRecordSchema, record);
  requireRecordDate(r.sampledOn, asOf, ['sampledOn'], { 'zh-CN': '抽样日期', en: 'The sampling date' });

  const trace: TraceStep[] = [];
  const problems: SamplingRecordProblem[] = [];
  const push = (s: TraceStep, problem: SamplingRecordProblem): void => {
    trace.push(s);
    if (!s.passed) problems.push(problem);
  };
  const art16 = { article: 16 };

  const placeOk = r.location === 'finished_goods_warehouse' || r.location === 'production_site';
  push(
    step(
      'art16.location',
      art16,
      placeOk,
      { location: r.location, permitted: ['finished_goods_warehouse', 'production_site'] },
      placeOk
        ? {
            'zh-CN': `在${r.location === 'production_site' ? '生产现场' : '成品仓库内'}抽样`,
            en: `Sampled at the ${r.location === 'production_site' ? 'production site' : 'finished-goods warehouse'}`,
          }
        : {
            'zh-CN': '未在企业成品仓库内或生产现场抽样',
            en: 'Not sampled in the finished-goods warehouse or on the production site',
          },
    ),
    'SAMPLED_OUTSIDE_PERMITTED_LOCATION',
  );
  push(
    step(
      'art16.passed_products',
      art16,
      r.fromPassedOutgoingInspection,
      { fromPassedOutgoingInspection: r.fromPassedOutgoingInspection },
      r.fromPassedOutgoingInspection
        ? { 'zh-CN': '从检验合格的产品中抽样', en: 'Drawn from products that passed inspection' }
        : { 'zh-CN': '样品不是从检验合格的产品中抽取', en: 'Not drawn from products that passed inspection' },
    ),
    'NOT_FROM_PASSED_PRODUCTS',
  );
  push(
    step(
      'art16.sampling_form',
      art16,
      r.samplingFormCompleted,
      { samplingFormCompleted: r.samplingFormCompleted },
      r.samplingFormCompleted
        ? { 'zh-CN': '已填写抽样单', en: 'The sampling form was filled in' }
        : { 'zh-CN': '未填写抽样单', en: 'The sampling form was not filled in' },
    ),
    'SAMPLING_FORM_INCOMPLETE',
  );
  const sealed = happenedBy(r.sealedOn, asOf);
  push(
    step(
      'art16.sealed',
      art16,
      sealed,
      { sealedOn: r.sealedOn ?? null, asOf },
      sealed
        ? { 'zh-CN': `已于 ${r.sealedOn} 封样`, en: `Sealed on ${r.sealedOn}` }
        : { 'zh-CN': `截至 ${asOf} 未封样`, en: `Not sealed by ${asOf}` },
    ),
    'NOT_SEALED',
  );
  push(
    step(
      'art17.qualified_laboratory',
      { article: 17 },
      r.laboratory.qualified,
      { laboratory: r.laboratory.name, qualified: r.laboratory.qualified },
      r.laboratory.qualified
        ? { 'zh-CN': `检验机构 ${r.laboratory.name} 有资质`, en: `The laboratory ${r.laboratory.name} is qualified` }
        : {
            'zh-CN': `检验机构 ${r.laboratory.name} 无资质`,
            en: `The laboratory ${r.laboratory.name} is not qualified`,
          },
    ),
    'LABORATORY_NOT_QUALIFIED',
  );

  const start: PlainDate = sealed ? (r.sealedOn as PlainDate) : r.sampledOn;
  const period = dispatchDeadline(start, calendar, counting ?? 'calendar_days', !sealed);
  trace.push(...period.trace);
  const sent = happenedBy(r.sentOn, asOf);
  const sentInTime = sent && compareDates(r.sentOn as PlainDate, period.deadline) <= 0;
  const periodOver = compareDates(asOf, period.deadline) > 0;
  const awaiting = !sent && !periodOver;
  push(
    step(
      'art17.sent_within_period',
      { article: 17 },
      sentInTime || awaiting,
      { sentOn: r.sentOn ?? null, deadline: period.deadline, asOf },
      sentInTime
        ? {
            'zh-CN': `已于 ${r.sentOn} 送检，不晚于 ${period.deadline}`,
            en: `Sent on ${r.sentOn}, by ${period.deadline}`,
          }
        : sent
        ? {
            'zh-CN': `${r.sentOn} 送检，晚于期限 ${period.deadline}`,
            en: `Sent on ${r.sentOn}, after the deadline ${period.deadline}`,
          }
        : awaiting
        ? { 'zh-CN': `尚未送检，期限至 ${period.deadline}`, en: `Not sent yet; the deadline is ${period.deadline}` }
        : {
            'zh-CN': `期限 ${period.deadline} 已过，截至 ${asOf} 仍未送检`,
            en: `Not sent by ${asOf}, after the deadline ${period.deadline}`,
          },
    ),
    sent ? 'SENT_LATE' : 'NOT_SENT',
  );

  const free = r.feeCharged === 0;
  const feeMessage: BilingualMessage = free
    ? { 'zh-CN': '未向企业收取费用', en: 'No fee was charged' }
    : { 'zh-CN': `向企业收取了 ${plainNumber(r.feeCharged)} 元`, en: `A fee of ${plainNumber(r.feeCharged)} yuan was charged` };
  push(step('art17.no_testing_fee', { article: 17 }, free, { feeCharged: r.feeCharged }, feeMessage), 'FEE_CHARGED');
  push(step('art21.no_fee', { article: 21 }, free, { feeCharged: r.feeCharged }, feeMessage), 'FEE_CHARGED');

  const found = samplingRecordProblemSchema.options.filter((p) => problems.includes(p));
  const basis =
    found.length === 0
      ? [art16, { article: 17 }, { article: 21 }]
      : found.flatMap((p) => samplingRecordProblems[p].basis);
  // Like the basis, the higher law follows the problems found: 产品质量法 Art 15 (no fee for
  // spot-check testing) for a fee, the Civil Code's rules on periods for a late or missing
  // dispatch; an answer without problems rests on both.
  const higherLaw: LawRef[] = [
    ...(found.length === 0 || found.includes('FEE_CHARGED') ? [PRODUCT_QUALITY_LAW_15] : []),
    ...(found.length === 0 || found.includes('SENT_LATE') || found.includes('NOT_SENT') ? period.higherLaw : []),
  ];
  return decide(
    {
      status: found.length > 0 ? 'non_compliant' : awaiting ? 'awaiting_dispatch' : 'compliant',
      problems: found,
      dispatchDeadline: period.deadline,
    },
    basis,
    higherLaw,
    trace,
  );
}
