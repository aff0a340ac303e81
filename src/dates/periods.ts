import * as z from 'zod';
import { plainDateSchema, type PlainDate } from './plain-date.js';
import { addDays } from './day-arithmetic.js';
import type { RestDayCalendar } from './calendar.js';
import { firstWorkingDay, nthWorkingDayAfter, readCalendarOption, requireCoveredFrom, requirePeriodLength } from './working-days.js';
import { parseOwn } from '../messages/issues.js';
import { RuleInputError, describeValue } from '../errors.js';
import { plainObject } from '../limit-guards.js';

/**
 * How a period of days is counted.
 * - `'calendar_days'`: 民法典 Art 200–204: the start day is not counted, every following day
 *   counts, and a period whose last day is a rest day ends on the next working day (Art 203).
 * - `'working_days'`: only working days after the start day count (the way some procedural laws
 *   count short periods, e.g. 行政许可法 Art 82).
 *
 * @example
 * ```ts
 * const counting: PeriodCounting = 'working_days';
 * periodEnd('2024-03-01', 7, { counting }); //=> '2024-03-12'
 * ```
 */
export type PeriodCounting = 'calendar_days' | 'working_days';

/**
 * Options of {@link periodEnd}: the rest-day calendar and how days are counted.
 *
 * @example
 * ```ts
 * const options: PeriodOptions = {
 *   calendar: createRestDayCalendar({ holidays: ['2024-10-01'] }),
 *   counting: 'calendar_days',
 * };
 * ```
 */
export interface PeriodOptions {
  /**
   * Rest days. Without one, {@link officialCalendar} decides (the State Council's notices,
   * 2020-11-25 to 2026-12-31; a period running outside them is refused, `CALENDAR_NOT_COVERED`).
   * To count with no rest days at all, pass `{ isRestDay: () => false }`.
   */
  readonly calendar?: RestDayCalendar | undefined;
  /** How to count (default `'calendar_days'`). */
  readonly counting?: PeriodCounting | undefined;
}

export { MAX_CONSECUTIVE_REST_DAYS, MAX_PERIOD_DAYS } from './working-days.js';

/** The keys {@link periodEnd}'s options may have, on a plain object; their values are checked after. */
const periodOptionKeys = /* @__PURE__ */ (() =>
  plainObject(z.strictObject({ calendar: z.unknown().optional(), counting: z.unknown().optional() })))();

/**
 * The last day of a period of `days` days that starts on `start` (the start day itself is not
 * counted). Counted per the Civil Code (民法典 Art 200–204) by default; see {@link PeriodCounting}.
 * Rest days come from {@link officialCalendar} unless a `calendar` is given, so a calendar-day
 * period whose last day is a weekend or holiday ends on the next working day (Art 203).
 *
 * @param start - the day the period starts (the event day, not counted)
 * @param days - the length of the period, a whole number of days ≥ 0
 * @returns the last day on which the act is still in time
 * @throws RuleInputError on a malformed date or length, options with an unknown key or not a plain
 *   object, a period that runs into a day the official calendar does not cover
 *   (`CALENDAR_NOT_COVERED`), or a calendar that answers other than `true`/`false`
 *   (`CALENDAR_NOT_BOOLEAN`) or throws (`CALENDAR_FAILED`, its error as `cause`)
 * @example
 * ```ts
 * periodEnd('2024-03-01', 7); //=> '2024-03-08'
 * periodEnd('2024-03-09', 7); //=> '2024-03-18' (day 7 is Saturday 03-16)
 * periodEnd('2024-03-01', 7, { counting: 'working_days' }); //=> '2024-03-12'
 * periodEnd('2026-12-28', 7);
 * //=> throws RuleInputError (code 'CALENDAR_NOT_COVERED')
 * ```
 */
export function periodEnd(start: PlainDate, days: number, options: PeriodOptions = {}): PlainDate {
  const from = parseOwn(plainDateSchema, start, 'start');
  requirePeriodLength(days);
  // The official calendar unless the caller gives one; a caller's calendar answering other than
  // true or false is an error, not a rest day.
  const calendar = readCalendarOption(options, periodOptionKeys);
  const counting = options.counting ?? 'calendar_days';
  if (counting !== 'calendar_days' && counting !== 'working_days') {
    throw new RuleInputError([
      {
        path: ['counting'],
        code: 'PERIOD_COUNTING',
        message: {
          'zh-CN': `计算方式应为 calendar_days 或 working_days，收到 ${describeValue(counting)}`,
          en: `Counting must be calendar_days or working_days, got ${describeValue(counting)}`,
        },
      },
    ]);
  }
  if (counting === 'working_days') return nthWorkingDayAfter(from, days, calendar);
  // Every day of the period must be one the calendar covers, though only the last is asked about.
  requireCoveredFrom(calendar, days === 0 ? from : addDays(from, 1));
  return firstWorkingDay(addDays(from, days), calendar);
}
