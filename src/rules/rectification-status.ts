import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { compareDates, plainDateSchema, type PlainDate } from '../dates/plain-date.js';
import { periodEnd } from '../dates/periods.js';
import { parseOwn } from '../messages/issues.js';
import type { ArticleRef } from '../regulation/citation.js';
import { rectificationOrderSchema, type RectificationOrderInput } from '../entities/rectification-order.js';
import { reinspectionSchema } from '../entities/reinspection.js';
import { RuleInputError } from '../errors.js';
import type { Decision, LawRef, TraceStep } from './decision.js';
import { CIVIL_CODE_203 } from './support/laws.js';
import { happenedBy, readWithAsOf, requireRecordDate, restDayCalendarSchema } from './support/options.js';
import { decide, step } from './support/trace.js';

/**
 * Schema of the states of a rectification order (Article 10):
 * - `open`: the rectification period has not ended (asOf ≤ deadline);
 * - `reinspection_due`: the period has ended and no re-inspection after it is recorded;
 * - `failed`: the re-inspection found the enterprise still failing (Article 15¶2 item 3 then
 *   applies);
 * - `filing_due`: the re-inspection passed but the record or rectification materials are not filed;
 * - `closed`: passed, and both filed.
 *
 * @example
 * ```ts
 * rectificationStateSchema.options; //=> ['open', 'reinspection_due', 'failed', 'filing_due', 'closed']
 * ```
 */
export const rectificationStateSchema = /* @__PURE__ */ (() =>
  z.enum(['open', 'reinspection_due', 'failed', 'filing_due', 'closed']))();

/**
 * The state of a rectification order (Article 10), from `open` to `closed`.
 *
 * @example
 * ```ts
 * const state: RectificationState = 'filing_due';
 * ```
 */
export type RectificationState = z.infer<typeof rectificationStateSchema>;

/**
 * Schema of the documents Article 10 has filed after the re-inspection.
 *
 * @example
 * ```ts
 * rectificationFilingSchema.options; //=> ['inspection_record', 'rectification_materials']
 * ```
 */
export const rectificationFilingSchema = /* @__PURE__ */ (() =>
  z.enum(['inspection_record', 'rectification_materials']))();

/**
 * A document Article 10 has filed after the re-inspection.
 *
 * @example
 * ```ts
 * const filing: RectificationFiling = 'rectification_materials'; // 整改资料
 * ```
 */
export type RectificationFiling = z.infer<typeof rectificationFilingSchema>;

/**
 * Schema of the options of {@link rectificationStatus}: the decision date, the re-inspection if one
 * took place, and a rest-day calendar (any object with `isRestDay(date)`, e.g. from
 * `createRestDayCalendar`) by which a deadline on a rest day moves to the next working day
 * (民法典 Art 203). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * rectificationStatusOptionsSchema.safeParse({ asOf: '2024-06-20', reinspection: { date: '2024-06-12', passed: true } }).success; //=> true
 * ```
 */
export const rectificationStatusOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: plainDateSchema,
    reinspection: reinspectionSchema.optional(),
    calendar: restDayCalendarSchema.optional(),
  }))();

/**
 * Options of {@link rectificationStatus}: the decision date, the re-inspection if one took place
 * (Article 10), and the rest-day calendar.
 *
 * @example
 * ```ts
 * const options: RectificationStatusOptions = {
 *   asOf: '2024-06-20',
 *   reinspection: { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-13' },
 * };
 * ```
 */
export type RectificationStatusOptions = z.input<typeof rectificationStatusOptionsSchema>;

/**
 * Outcome of {@link rectificationStatus}: where an Article 10 rectification order stands, and what
 * is still to be filed.
 *
 * @example
 * ```ts
 * const outcome: RectificationStatusOutcome = {
 *   status: 'filing_due',
 *   deadline: '2024-06-10',
 *   outstandingFiling: ['rectification_materials'],
 * };
 * ```
 */
export interface RectificationStatusOutcome {
  /** Where the order stands. */
  readonly status: RectificationState;
  /**
   * The last day of the rectification period: the order's deadline, or, when that day is a rest
   * day of the calendar given, the next working day (民法典 Art 203).
   */
  readonly deadline: PlainDate;
  /** Documents not yet filed after a re-inspection (empty before one). */
  readonly outstandingFiling: readonly RectificationFiling[];
}

/**
 * Article 10: where an order to rectify within a time limit stands on `asOf`. The re-inspection
 * comes "after the rectification period" (整改期过后): the deadline is the period's last day, which
 * the enterprise has in full (民法典 Art 203: a period ends at 24:00 of its last day), so only a
 * re-inspection dated after the deadline counts — one on the deadline itself does not. With a
 * `calendar`, a deadline that falls on a rest day moves to the next working day (民法典 Art 203, as
 * `periodEnd` counts a period in calendar days); without one it is not moved. An earlier visit is traced but does not
 * close the order (docs/interpretation.md); until the deadline has passed the order is `'open'`
 * whatever such a visit found. A re-inspection, or a filing, dated after `asOf` has not happened
 * yet. Map `'failed'` to `samplingEligibility`'s `rectification: 'failed_reinspection'` to apply
 * Article 15¶2 item 3.
 *
 * @param order - the rectification order (a deadline before the order date is invalid input)
 * @param options - `{ asOf, reinspection?, calendar? }`
 * @returns a decision whose outcome is `{ status, deadline, outstandingFiling }`; `higherLaw` cites
 *   民法典 Art 203 when a calendar is given
 * @throws RuleInputError for malformed input, an order dated after `asOf`, or a re-inspection
 *   before the order; NotInForceError for dates before 2020-11-25
 * @example
 * ```ts
 * const order = {
 *   enterpriseId: '91350100M000100Y43', orderedOn: '2024-05-10', deadline: '2024-06-10',
 *   items: [{ description: '补充出厂检验记录' }],
 * };
 * rectificationStatus(order, { asOf: '2024-06-01' }).outcome.status; //=> 'open'
 * rectificationStatus(order, { asOf: '2024-06-11' }).outcome.status; //=> 'reinspection_due'
 * rectificationStatus(order, {
 *   asOf: '2024-06-20',
 *   reinspection: { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-13', materialsFiledOn: '2024-06-13' },
 * }).outcome; //=> { status: 'closed', deadline: '2024-06-10', outstandingFiling: [] }
 * ```
 */
export function rectificationStatus(
  order: DeepReadonly<RectificationOrderInput>,
  options: DeepReadonly<RectificationStatusOptions>,
): Decision<RectificationStatusOutcome> {
  const { asOf, reinspection, calendar } = readWithAsOf(rectificationStatusOptionsSchema, options);
  const o = parseOwn(rectificationOrderSchema, order);
  requireRecordDate(o.orderedOn, asOf, ['orderedOn'], { 'zh-CN': '责令整改日期', en: 'The order date' });
  if (reinspection !== undefined && compareDates(reinspection.date, o.orderedOn) < 0) {
    throw new RuleInputError([
      {
        path: ['reinspection', 'date'],
        code: 'DATE_ORDER',
        message: {
          'zh-CN': `复查日期（${reinspection.date}）不能早于责令整改日期（${o.orderedOn}）`,
          en: `The re-inspection (${reinspection.date}) cannot be before the order (${o.orderedOn})`,
        },
      },
    ]);
  }

  const trace: TraceStep[] = [];
  const art10: ArticleRef = { article: 10 };
  const higherLaw: LawRef[] = [];
  // The last day of the period: the deadline, moved past rest days as periodEnd moves a period's
  // last day (民法典 Art 203) — only by a calendar the caller gives.
  const deadline = calendar === undefined ? o.deadline : periodEnd(o.deadline, 0, { calendar });
  if (calendar !== undefined) {
    const moved = deadline !== o.deadline;
    higherLaw.push(CIVIL_CODE_203);
    trace.push(
      step(
        'art10.civil_code_203_rest_day',
        art10,
        !moved,
        { orderDeadline: o.deadline, deadline },
        moved
          ? {
              'zh-CN': `整改期限 ${o.deadline} 为休息日，顺延至 ${deadline}（民法典第二百零三条）`,
              en: `The deadline ${o.deadline} is a rest day: the period ends on ${deadline} (Civil Code Art 203)`,
            }
          : { 'zh-CN': `整改期限 ${o.deadline} 为工作日，不顺延`, en: `The deadline ${o.deadline} is a working day: not moved` },
      ),
    );
  }
  const periodEnded = compareDates(asOf, deadline) > 0;
  trace.push(
    step(
      'art10.rectification_period_ended',
      art10,
      periodEnded,
      { orderedOn: o.orderedOn, deadline, asOf },
      periodEnded
        ? {
            'zh-CN': `整改期限 ${deadline} 已过（截至 ${asOf}）`,
            en: `The rectification period ended on ${deadline} (as of ${asOf})`,
          }
        : {
            'zh-CN': `整改期限至 ${deadline}，截至 ${asOf} 尚未届满`,
            en: `The rectification period runs until ${deadline}: not over as of ${asOf}`,
          },
    ),
  );

  const happened = reinspection !== undefined && happenedBy(reinspection.date, asOf);
  trace.push(
    step(
      'art10.reinspection_recorded',
      art10,
      happened,
      { reinspectionDate: reinspection?.date ?? null, asOf },
      happened
        ? { 'zh-CN': `已于 ${reinspection?.date} 复查`, en: `Re-inspected on ${reinspection?.date}` }
        : reinspection === undefined
        ? { 'zh-CN': '没有复查记录', en: 'No re-inspection is recorded' }
        : {
            'zh-CN': `复查日期 ${reinspection.date} 晚于 ${asOf}，尚未发生`,
            en: `The re-inspection dated ${reinspection.date} is after ${asOf}: not yet happened`,
          },
    ),
  );

  let counted = false;
  const outstandingFiling: RectificationFiling[] = [];
  if (happened) {
    counted = compareDates(reinspection.date, deadline) > 0;
    trace.push(
      step(
        'art10.reinspection_after_period',
        art10,
        counted,
        { reinspectionDate: reinspection.date, deadline },
        counted
          ? {
              'zh-CN': `复查（${reinspection.date}）在整改期（至 ${deadline}）过后`,
              en: `The re-inspection (${reinspection.date}) came after the period (until ${deadline})`,
            }
          : {
              'zh-CN': `复查（${reinspection.date}）未在整改期（至 ${deadline}）过后进行，不作为第十条的复查`,
              en: `The visit on ${reinspection.date} came before the period (until ${deadline}) ended: not the Article 10 re-inspection`,
            },
      ),
    );
  }
  if (happened && counted) {
    trace.push(
      step(
        'art10.reinspection_passed',
        art10,
        reinspection.passed,
        { passed: reinspection.passed },
        reinspection.passed
          ? { 'zh-CN': '复查合格', en: 'The re-inspection passed' }
          : { 'zh-CN': '经复查仍不合格', en: 'The enterprise still failed at re-inspection' },
      ),
    );
    if (!reinspection.passed) {
      // The Article 15¶2 item 3 in the basis of a failed rectification, as a step of its own.
      trace.push(
        step(
          'art15.para2.item3.rectification_failed',
          { article: 15, paragraph: 2, item: 3 },
          true,
          { passed: false },
          {
            'zh-CN': '经复查仍不合格，属于可以组织监督检验的情形（第十五条第二款第（三）项）',
            en: 'Still failing at re-inspection: a ground for supervisory testing (Article 15(2)(3))',
          },
        ),
      );
    }
    const filings: readonly [RectificationFiling, PlainDate | undefined, { 'zh-CN': string; en: string }][] = [
      [
        'inspection_record',
        reinspection.recordFiledOn,
        { 'zh-CN': '《获证企业巡查、回访记录》', en: 'The Patrol and Follow-up Record' },
      ],
      [
        'rectification_materials',
        reinspection.materialsFiledOn,
        { 'zh-CN': '企业整改资料', en: "The enterprise's rectification materials" },
      ],
    ];
    for (const [what, filedOn, name] of filings) {
      const filed = happenedBy(filedOn, asOf);
      if (!filed) outstandingFiling.push(what);
      trace.push(
        step(
          `art10.${what}_filed`,
          art10,
          filed,
          { filedOn: filedOn ?? null, asOf },
          filed
            ? { 'zh-CN': `${name['zh-CN']}已于 ${filedOn} 归档`, en: `${name.en} ${what === 'inspection_record' ? 'was' : 'were'} filed on ${filedOn}` }
            : { 'zh-CN': `截至 ${asOf} ${name['zh-CN']}未归档`, en: `${name.en} had not been filed by ${asOf}` },
        ),
      );
    }
  }

  const status: RectificationState = !periodEnded
    ? 'open'
    : !(happened && counted)
    ? 'reinspection_due'
    : !reinspection.passed
    ? 'failed'
    : outstandingFiling.length > 0
    ? 'filing_due'
    : 'closed';
  const basis: ArticleRef[] = status === 'failed' ? [art10, { article: 15, paragraph: 2, item: 3 }] : [art10];
  return decide({ status, deadline, outstandingFiling }, basis, higherLaw, trace);
}
