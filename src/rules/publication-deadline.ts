import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { compareDates, plainDateSchema, type PlainDate } from '../dates/plain-date.js';
import { addDays } from '../dates/day-arithmetic.js';
import type { RestDayCalendar } from '../dates/calendar.js';
import { addWorkingDays, calendarOrOfficial, countWorkingDays } from '../dates/working-days.js';
import { publicationRecordSchema, type PublicationRecordInput } from '../entities/publication-record.js';
import { parseOwn } from '../messages/issues.js';
import { assertInForce } from '../regulation/in-force.js';
import { PUBLICATION_WORKING_DAYS, parameterValue } from '../regulation/parameters.js';
import type { Decision, LawRef, TraceStep } from './decision.js';
import { CIVIL_CODE_1259, CIVIL_CODE_201, ENTERPRISE_INFORMATION_DISCLOSURE_6 } from './support/laws.js';
import { happenedBy, readWithAsOf, requireRecordDate, restDayCalendarSchema } from './support/options.js';
import { calendarUsed } from './support/calendar-trace.js';
import { decide, step } from './support/trace.js';
import { plainObject } from '../limit-guards.js';

/**
 * Schema of the options of {@link publicationDeadline}: a rest-day calendar (`officialCalendar`
 * when absent). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * publicationDeadlineOptionsSchema.safeParse({}).success; //=> true
 * ```
 */
export const publicationDeadlineOptionsSchema = /* @__PURE__ */ (() =>
  plainObject(z.strictObject({ calendar: restDayCalendarSchema.optional() })))();

/**
 * Options of {@link publicationDeadline}: the rest-day calendar that decides which days are
 * working days (default `officialCalendar`).
 *
 * @example
 * ```ts
 * const options: PublicationDeadlineOptions = { calendar: officialCalendar };
 * ```
 */
export type PublicationDeadlineOptions = z.input<typeof publicationDeadlineOptionsSchema>;

/**
 * Outcome of {@link publicationDeadline}: the last day to publish a spot check's result.
 *
 * @example
 * ```ts
 * const outcome: PublicationDeadlineOutcome = { deadline: '2024-10-23' };
 * ```
 */
export interface PublicationDeadlineOutcome {
  /** The last day on which the result may still be published in time. */
  readonly deadline: PlainDate;
}

/** The computation shared by {@link publicationDeadline} and {@link assessPublicationRecord}. */
function publicationPeriod(
  resultOn: PlainDate,
  calendar: RestDayCalendar | undefined,
): { deadline: PlainDate; used: RestDayCalendar; trace: TraceStep[]; higherLaw: LawRef[] } {
  const days = parameterValue(PUBLICATION_WORKING_DAYS, resultOn);
  const used = calendarOrOfficial(calendar);
  const deadline = addWorkingDays(resultOn, days, { calendar: used });
  const source = calendarUsed(used, calendar !== undefined, days === 0 ? resultOn : addDays(resultOn, 1), deadline);
  const art8 = { article: 8 };
  const trace = [
    step(
      'art8.publication_period',
      art8,
      true,
      { parameter: PUBLICATION_WORKING_DAYS.id, days, resultOn },
      {
        'zh-CN': `抽查结果自产生之日起 ${days} 个工作日内公示（第八条“一公开”；企业信息公示暂行条例第六条），自 ${resultOn} 起算`,
        en: `A spot check's result is published within ${days} working days of the day it is produced (Article 8, "one public"; 企业信息公示暂行条例 Art 6), from ${resultOn}`,
      },
    ),
    step(
      'art8.working_days',
      art8,
      true,
      { resultOn, days, calendarGiven: calendar !== undefined, ...source.facts, deadline },
      {
        'zh-CN': `结果产生当日（${resultOn}）不计入（民法典第二百零一条），第 ${days} 个工作日为 ${deadline}（${source.phrase['zh-CN']}）`,
        en: `The day the result was produced (${resultOn}) is not counted (Civil Code Art 201): working day ${days} is ${deadline} (${source.phrase.en})`,
      },
    ),
  ];
  return { deadline, used, trace, higherLaw: [ENTERPRISE_INFORMATION_DISCLOSURE_6, CIVIL_CODE_201, CIVIL_CODE_1259] };
}

/**
 * Article 8 ("一公开"): the last day to publish a spot check's result — 20 working days after the
 * day the result was produced, that day not counted (民法典 Art 201), the 20th still in time
 * (Art 1259). The measures give no period; the 20 working days are 企业信息公示暂行条例 Art 6's
 * ({@link PUBLICATION_WORKING_DAYS}, docs/interpretation.md). Working days come from
 * {@link officialCalendar} unless a `calendar` is given; the trace names the notices that decided.
 *
 * A computation with a citation, like `sampleDispatchDeadline`: no `asOf`, the result date plays
 * its part (a result before 2020-11-25 throws NotInForceError).
 *
 * @param resultOn - the day the spot check's result was produced
 * @param options - `{ calendar? }`
 * @returns a decision whose outcome is `{ deadline }`, citing Article 8 and, in `higherLaw`,
 *   企业信息公示暂行条例 Art 6 and 民法典 Art 201 and 1259
 * @throws RuleInputError for a malformed date or options, or a period the official calendar does
 *   not cover (`CALENDAR_NOT_COVERED`); NotInForceError before 2020-11-25
 * @example
 * ```ts
 * // Across National Day 2024 (1–7 October off; Sunday 29 September and Saturday 12 October worked).
 * publicationDeadline('2024-09-20').outcome; //=> { deadline: '2024-10-23' }
 * publicationDeadline('2024-09-20').basis; //=> [{ article: 8 }]
 * ```
 */
export function publicationDeadline(
  resultOn: PlainDate,
  options: DeepReadonly<PublicationDeadlineOptions> = {},
): Decision<PublicationDeadlineOutcome> {
  const opts = parseOwn(publicationDeadlineOptionsSchema, options);
  const from = assertInForce(parseOwn(plainDateSchema, resultOn, 'resultOn'));
  const { deadline, trace, higherLaw } = publicationPeriod(from, opts.calendar);
  return decide({ deadline }, [{ article: 8 }], higherLaw, trace);
}

/**
 * Schema of where the publication of a spot check's result stands on `asOf`:
 * - `published_on_time`: published by the deadline;
 * - `published_late`: published after it;
 * - `not_yet_due`: not published, and the deadline has not passed;
 * - `overdue`: not published, and the deadline has passed.
 *
 * @example
 * ```ts
 * publicationStatusSchema.options; //=> ['published_on_time', 'published_late', 'not_yet_due', 'overdue']
 * ```
 */
export const publicationStatusSchema = /* @__PURE__ */ (() =>
  z.enum(['published_on_time', 'published_late', 'not_yet_due', 'overdue']))();

/**
 * Where the publication of a spot check's result stands (see {@link publicationStatusSchema}).
 *
 * @example
 * ```ts
 * const status: PublicationStatus = 'overdue';
 * ```
 */
export type PublicationStatus = z.infer<typeof publicationStatusSchema>;

/**
 * Schema of the options of {@link assessPublicationRecord}: the decision date and the rest-day
 * calendar (`officialCalendar` when absent). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * assessPublicationRecordOptionsSchema.safeParse({ asOf: '2024-10-30' }).success; //=> true
 * ```
 */
export const assessPublicationRecordOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: plainDateSchema,
    calendar: restDayCalendarSchema.optional(),
  }))();

/**
 * Options of {@link assessPublicationRecord}: the decision date and the rest-day calendar.
 *
 * @example
 * ```ts
 * const options: AssessPublicationRecordOptions = { asOf: '2024-10-30' };
 * ```
 */
export type AssessPublicationRecordOptions = z.input<typeof assessPublicationRecordOptionsSchema>;

/**
 * Outcome of {@link assessPublicationRecord}: where the publication stands, and its deadline.
 *
 * @example
 * ```ts
 * const outcome: AssessPublicationRecordOutcome = { status: 'published_on_time', deadline: '2024-10-23' };
 * ```
 */
export interface AssessPublicationRecordOutcome {
  /** Where the publication stands on `asOf`. */
  readonly status: PublicationStatus;
  /** The last day to publish (as {@link publicationDeadline} computes it). */
  readonly deadline: PlainDate;
}

/**
 * Article 8 ("一公开"): whether a spot check's result was published in time, as of `asOf` — by the
 * deadline of {@link publicationDeadline} (`published_on_time`), after it (`published_late`), or
 * not yet: before the deadline has passed (`not_yet_due`) or after (`overdue`). A publication
 * dated after `asOf` has not happened yet. The trace counts the working days taken, or left.
 *
 * @param record - the publication record (see `publicationRecordSchema`)
 * @param options - `{ asOf, calendar? }`
 * @returns a decision whose outcome is `{ status, deadline }`, citing Article 8 and, in
 *   `higherLaw`, 企业信息公示暂行条例 Art 6 and 民法典 Art 201 and 1259
 * @throws RuleInputError for malformed input, a result dated after `asOf`, or a period the official
 *   calendar does not cover (`CALENDAR_NOT_COVERED`); NotInForceError for dates before 2020-11-25
 * @example
 * ```ts
 * const record = { enterpriseId: '91350100M000100Y43', resultOn: '2024-09-20' };
 * assessPublicationRecord(record, { asOf: '2024-10-10' }).outcome; //=> { status: 'not_yet_due', deadline: '2024-10-23' }
 * assessPublicationRecord(record, { asOf: '2024-10-24' }).outcome.status; //=> 'overdue'
 * assessPublicationRecord({ ...record, publishedOn: '2024-10-23' }, { asOf: '2024-10-30' }).outcome.status; //=> 'published_on_time'
 * assessPublicationRecord({ ...record, publishedOn: '2024-10-24' }, { asOf: '2024-10-30' }).outcome.status; //=> 'published_late'
 * ```
 */
export function assessPublicationRecord(
  record: DeepReadonly<PublicationRecordInput>,
  options: DeepReadonly<AssessPublicationRecordOptions>,
): Decision<AssessPublicationRecordOutcome> {
  const { asOf, calendar } = readWithAsOf(assessPublicationRecordOptionsSchema, options);
  const r = parseOwn(publicationRecordSchema, record);
  requireRecordDate(r.resultOn, asOf, ['resultOn'], { 'zh-CN': '抽查结果产生日期', en: 'The day the result was produced' });

  const period = publicationPeriod(r.resultOn, calendar);
  const { deadline } = period;
  const published = happenedBy(r.publishedOn, asOf);
  const publishedOn = r.publishedOn as PlainDate;
  const onTime = published && compareDates(publishedOn, deadline) <= 0;
  const due = compareDates(asOf, deadline) > 0;
  const status: PublicationStatus = published
    ? onTime
      ? 'published_on_time'
      : 'published_late'
    : due
      ? 'overdue'
      : 'not_yet_due';
  // Both spans lie within the period, which the calendar covers (the deadline was computed).
  const workingDaysTaken = onTime ? countWorkingDays(r.resultOn, publishedOn, { calendar: period.used }) : null;
  const workingDaysLeft = status === 'not_yet_due' ? countWorkingDays(asOf, deadline, { calendar: period.used }) : null;
  const messages = {
    published_on_time: {
      'zh-CN': `已于 ${publishedOn} 公示（第 ${workingDaysTaken} 个工作日），不晚于期限 ${deadline}`,
      en: `Published on ${publishedOn} (working day ${workingDaysTaken}), by the deadline ${deadline}`,
    },
    published_late: {
      'zh-CN': `${publishedOn} 才公示，晚于期限 ${deadline}`,
      en: `Published on ${publishedOn}, after the deadline ${deadline}`,
    },
    not_yet_due: {
      'zh-CN': `截至 ${asOf} 尚未公示，期限至 ${deadline}，还有 ${workingDaysLeft} 个工作日`,
      en: `Not published by ${asOf}; the deadline is ${deadline}, ${workingDaysLeft} working day${workingDaysLeft === 1 ? '' : 's'} away`,
    },
    overdue: {
      'zh-CN': `期限 ${deadline} 已过，截至 ${asOf} 仍未公示`,
      en: `Not published by ${asOf}, after the deadline ${deadline}`,
    },
  } as const;
  const trace: TraceStep[] = [
    ...period.trace,
    step(
      'art8.published_within_period',
      { article: 8 },
      status === 'published_on_time' || status === 'not_yet_due',
      { resultOn: r.resultOn, publishedOn: r.publishedOn ?? null, deadline, asOf, workingDaysTaken, workingDaysLeft },
      messages[status],
    ),
  ];
  return decide({ status, deadline }, [{ article: 8 }], period.higherLaw, trace);
}
