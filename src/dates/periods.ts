import * as z from 'zod';
import { addDays, plainDateSchema, type PlainDate } from './plain-date.js';
import { createRestDayCalendar, type RestDayCalendar } from './calendar.js';
import { parseOrThrow } from '../messages/issues.js';
import { RuleInputError, invalidArgument, describeValue } from '../errors.js';
import { plainObject } from '../limit-guards.js';
import { guardCalendar } from '../rules/support/options.js';

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
  /** Rest days. Without one, calendar-day periods are not moved and working days are Mon–Fri. */
  readonly calendar?: RestDayCalendar | undefined;
  /** How to count (default `'calendar_days'`). */
  readonly counting?: PeriodCounting | undefined;
}

/**
 * The longest run of consecutive rest days accepted before a calendar is taken as broken.
 *
 * @example
 * ```ts
 * MAX_CONSECUTIVE_REST_DAYS; //=> 366
 * periodEnd('2024-03-01', 3, { calendar: { isRestDay: () => true } });
 * //=> throws RuleInputError (code 'CALENDAR_NO_WORKING_DAY')
 * ```
 */
export const MAX_CONSECUTIVE_REST_DAYS = 366;

/**
 * Longest period, in days, that {@link periodEnd} accepts.
 *
 * @example
 * ```ts
 * MAX_PERIOD_DAYS; //=> 36600
 * periodEnd('2024-03-01', MAX_PERIOD_DAYS); //=> '2124-05-16'
 * ```
 */
export const MAX_PERIOD_DAYS = 36_600;

/** The keys {@link periodEnd}'s options may have, on a plain object; their values are checked after. */
const periodOptionKeys = /* @__PURE__ */ (() =>
  plainObject(z.strictObject({ calendar: z.unknown().optional(), counting: z.unknown().optional() })))();

function nextWorkingDay(date: PlainDate, calendar: RestDayCalendar): PlainDate {
  let d = date;
  for (let i = 0; i <= MAX_CONSECUTIVE_REST_DAYS; i++) {
    if (!calendar.isRestDay(d)) return d;
    d = addDays(d, 1);
  }
  throw new RuleInputError([
    {
      path: ['calendar'],
      code: 'CALENDAR_NO_WORKING_DAY',
      message: {
        'zh-CN': `日历自 ${date} 起 ${MAX_CONSECUTIVE_REST_DAYS} 天内没有工作日`,
        en: `The calendar has no working day within ${MAX_CONSECUTIVE_REST_DAYS} days of ${date}`,
      },
    },
  ]);
}

/**
 * The last day of a period of `days` days that starts on `start` (the start day itself is not
 * counted). Counted per the Civil Code (民法典 Art 200–204) by default; see {@link PeriodCounting}.
 *
 * @param start - the day the period starts (the event day, not counted)
 * @param days - the length of the period, a whole number of days ≥ 0
 * @returns the last day on which the act is still in time
 * @throws RuleInputError on a malformed date or length, options with an unknown key or not a plain
 *   object, or a calendar that answers other than `true`/`false` (`CALENDAR_NOT_BOOLEAN`) or throws
 *   (`CALENDAR_FAILED`, its error as `cause`)
 * @example
 * ```ts
 * periodEnd('2024-03-01', 7); //=> '2024-03-08'
 * periodEnd('2024-03-01', 7, { counting: 'working_days' }); //=> '2024-03-12'
 * ```
 */
export function periodEnd(start: PlainDate, days: number, options: PeriodOptions = {}): PlainDate {
  const from = parseOrThrow(plainDateSchema, start, 'start');
  if (!Number.isSafeInteger(days) || days < 0 || days > MAX_PERIOD_DAYS) {
    throw new RuleInputError([
      {
        path: ['days'],
        code: 'PERIOD_LENGTH',
        message: {
          'zh-CN': `期间天数应为 0 至 ${MAX_PERIOD_DAYS} 的整数，收到 ${describeValue(days)}`,
          en: `Period length must be a whole number from 0 to ${MAX_PERIOD_DAYS}, got ${describeValue(days)}`,
        },
      },
    ]);
  }
  if (typeof options !== 'object' || options === null) {
    throw invalidArgument('options', { 'zh-CN': '对象', en: 'an object' });
  }
  // A misspelt key (`calender`) or options inherited from a prototype would otherwise count the
  // period silently in another way.
  parseOrThrow(periodOptionKeys, options, 'options');
  if (options.calendar !== undefined && typeof options.calendar?.isRestDay !== 'function') {
    throw invalidArgument('calendar', { 'zh-CN': '带 isRestDay 方法的日历', en: 'a calendar with an isRestDay method' });
  }
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
  // A calendar answering other than true or false is an error, not a rest day.
  const given = options.calendar && guardCalendar(options.calendar);
  if (counting === 'calendar_days') {
    const end = addDays(from, days);
    return given ? nextWorkingDay(end, given) : end;
  }
  const calendar = given ?? createRestDayCalendar();
  let d = from;
  for (let counted = 0; counted < days; ) {
    d = nextWorkingDay(addDays(d, 1), calendar);
    counted++;
  }
  return d;
}
