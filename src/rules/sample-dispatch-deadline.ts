import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { plainDateSchema, type PlainDate } from '../dates/plain-date.js';
import { addDays } from '../dates/day-arithmetic.js';
import { periodEnd } from '../dates/periods.js';
import { calendarOrOfficial } from '../dates/working-days.js';
import { parseOwn } from '../messages/issues.js';
import { assertInForce } from '../regulation/in-force.js';
import { SAMPLE_DISPATCH_DAYS, parameterValue } from '../regulation/parameters.js';
import type { Decision, LawRef, TraceStep } from './decision.js';
import { CIVIL_CODE_1259, CIVIL_CODE_201, CIVIL_CODE_203 } from './support/laws.js';
import { periodCountingSchema, restDayCalendarSchema } from './support/options.js';
import { calendarUsed } from './support/calendar-trace.js';
import { decide, step } from './support/trace.js';
import { plainObject } from '../limit-guards.js';

/**
 * Schema of the options of {@link sampleDispatchDeadline}: a rest-day calendar (any object with
 * `isRestDay(date)`, e.g. from `createRestDayCalendar` or `extendCalendar`; `officialCalendar`
 * when absent) and the way of counting. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * sampleDispatchDeadlineOptionsSchema.safeParse({ counting: 'working_days' }).success; //=> true
 * ```
 */
export const sampleDispatchDeadlineOptionsSchema = /* @__PURE__ */ (() =>
  plainObject(
    z.strictObject({
      calendar: restDayCalendarSchema.optional(),
      counting: periodCountingSchema.optional(),
    }),
  ))();

/**
 * Options of {@link sampleDispatchDeadline}: the rest-day calendar and how the Article 17 period is
 * counted.
 *
 * @example
 * ```ts
 * const options: SampleDispatchDeadlineOptions = {
 *   calendar: createRestDayCalendar({
 *     holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
 *     workingDays: ['2024-09-29', '2024-10-12'],
 *   }),
 *   counting: 'calendar_days',
 * };
 * sampleDispatchDeadline('2024-09-24', options).outcome; //=> { deadline: '2024-10-08' }
 * ```
 */
export type SampleDispatchDeadlineOptions = z.input<typeof sampleDispatchDeadlineOptionsSchema>;

/**
 * Outcome of {@link sampleDispatchDeadline}: the last day for sending sealed samples (Article 17).
 *
 * @example
 * ```ts
 * const outcome: SampleDispatchDeadlineOutcome = { deadline: '2024-03-08' };
 * ```
 */
export interface SampleDispatchDeadlineOutcome {
  /** The last day on which sealed samples may still reach the laboratory in time. */
  readonly deadline: PlainDate;
}

/**
 * Article 17: the last day for sending sealed samples to a qualified laboratory ("在7日内").
 * Counted per the Civil Code by default (FACTS.md, docs/interpretation.md): the sealing day is not
 * counted (民法典 Art 201), the 7th day is still in time ("以内" includes the number, Art 1259), and
 * a last day that is a rest day moves to the next working day (Art 203). Rest days come from
 * {@link officialCalendar} (the State Council's yearly notices) unless a `calendar` is given; the
 * trace names the notices that decided. With `counting: 'working_days'` only working days after
 * the sealing day count. A period that runs past the official data (after 2026) is refused with
 * `CALENDAR_NOT_COVERED` until the next notice is added (see `extendCalendar`).
 *
 * This is a computation with a citation rather than a yes/no decision; it has no `asOf` — the
 * sealing date plays its part, so a sealing before 2020-11-25 throws NotInForceError.
 *
 * @param sealedOn - the day the samples were sealed (抽封)
 * @param options - `{ calendar?, counting? }`
 * @returns a decision whose outcome is `{ deadline }`, citing Article 17 and, in `higherLaw`,
 *   民法典 Art 201, 1259 and (calendar days) 203
 * @throws RuleInputError for a malformed date, options or calendar, or a period the official
 *   calendar does not cover (`CALENDAR_NOT_COVERED`); NotInForceError before 2020-11-25
 * @example
 * ```ts
 * sampleDispatchDeadline('2024-03-01').outcome.deadline; //=> '2024-03-08'
 * // Day 7 is Saturday 2024-03-16: the period ends on Monday (民法典 Art 203).
 * sampleDispatchDeadline('2024-03-09').outcome.deadline; //=> '2024-03-18'
 * // Day 7 is Saturday 2026-02-14, a working day by 国办发明电〔2025〕7号.
 * sampleDispatchDeadline('2026-02-07').outcome.deadline; //=> '2026-02-14'
 * // A caller's calendar overrides: here only 1–7 October 2024 are rest days.
 * const calendar = { isRestDay: (d: string) => d >= '2024-10-01' && d <= '2024-10-07' };
 * sampleDispatchDeadline('2024-09-28', { calendar }).outcome.deadline; //=> '2024-10-08'
 * sampleDispatchDeadline('2024-03-01', { counting: 'working_days' }).outcome.deadline; //=> '2024-03-12'
 * ```
 */
export function sampleDispatchDeadline(
  sealedOn: PlainDate,
  options: DeepReadonly<SampleDispatchDeadlineOptions> = {},
): Decision<SampleDispatchDeadlineOutcome> {
  const opts = parseOwn(sampleDispatchDeadlineOptionsSchema, options);
  const sealed = assertInForce(parseOwn(plainDateSchema, sealedOn, 'sealedOn'));
  const { deadline, trace, higherLaw } = dispatchDeadline(sealed, opts.calendar, opts.counting ?? 'calendar_days');
  return decide({ deadline }, [{ article: 17 }], higherLaw, trace);
}

/**
 * @internal The deadline computation shared with `assessSamplingRecord`: the period runs `from` the
 * sealing day, or from the sampling day when `unsealed` (the sample is not, or not yet, sealed).
 */
export function dispatchDeadline(
  from: PlainDate,
  calendar: z.infer<typeof restDayCalendarSchema> | undefined,
  counting: z.infer<typeof periodCountingSchema>,
  unsealed = false,
): { deadline: PlainDate; trace: TraceStep[]; higherLaw: LawRef[] } {
  const days = parameterValue(SAMPLE_DISPATCH_DAYS, from);
  // A sample not (yet) sealed: the period runs from the sampling day instead.
  const day = unsealed ? { 'zh-CN': '抽样当日', en: 'The sampling day' } : { 'zh-CN': '封样当日', en: 'The sealing day' };
  const start = unsealed ? { sealedOn: null, sampledOn: from } : { sealedOn: from };
  const used = calendarOrOfficial(calendar);
  const given = calendar !== undefined;
  const deadline = periodEnd(from, days, { calendar: used, counting });
  const art17 = { article: 17 };
  const trace: TraceStep[] = [
    step(
      'art17.dispatch_period',
      art17,
      true,
      { parameter: SAMPLE_DISPATCH_DAYS.id, days, ...start, counting },
      unsealed
        ? { 'zh-CN': `未封样：${days} 日送检期限（第十七条）自抽样日 ${from} 起算`, en: `The sample is not sealed: the ${days}-day period (Article 17) runs from the sampling day, ${from}` }
        : { 'zh-CN': `封样后 ${days} 日内送检（第十七条），自 ${from} 起算`, en: `Samples go to the laboratory within ${days} days of sealing (Article 17), from ${from}` },
    ),
  ];
  if (counting === 'calendar_days') {
    const plain = addDays(from, days);
    const moved = plain !== deadline;
    // The days the calendar was asked about: the plain last day up to the deadline.
    const source = calendarUsed(used, given, plain, deadline);
    trace.push(
      step(
        'art17.civil_code_201_start_day_not_counted',
        art17,
        true,
        { ...start, days, lastDay: plain },
        { 'zh-CN': `${day['zh-CN']}不计入（民法典第二百零一条），第 ${days} 日为 ${plain}`, en: `${day.en} is not counted (Civil Code Art 201): day ${days} is ${plain}` },
      ),
      step(
        'art17.civil_code_203_rest_day',
        art17,
        !moved,
        { lastDay: plain, calendarGiven: given, ...source.facts, deadline },
        moved
          ? { 'zh-CN': `${plain} 为休息日（${source.phrase['zh-CN']}），期限顺延至 ${deadline}（民法典第二百零三条）`, en: `${plain} is a rest day (${source.phrase.en}): the period ends on ${deadline} (Civil Code Art 203)` }
          : { 'zh-CN': `${plain} 为工作日（${source.phrase['zh-CN']}），期限不顺延`, en: `${plain} is a working day (${source.phrase.en}): not moved` },
      ),
    );
    return { deadline, trace, higherLaw: [CIVIL_CODE_201, CIVIL_CODE_1259, CIVIL_CODE_203] };
  }
  const source = calendarUsed(used, given, days === 0 ? from : addDays(from, 1), deadline);
  trace.push(
    step(
      'art17.working_days',
      art17,
      true,
      { ...start, days, calendarGiven: given, ...source.facts, deadline },
      { 'zh-CN': `按工作日计算：${day['zh-CN']}不计入，第 ${days} 个工作日为 ${deadline}（${source.phrase['zh-CN']}）`, en: `Counting working days after ${day.en.toLowerCase()}: working day ${days} is ${deadline} (${source.phrase.en})` },
    ),
  );
  return { deadline, trace, higherLaw: [CIVIL_CODE_201, CIVIL_CODE_1259] };
}
