import * as z from 'zod';
import { plainDateSchema, type PlainDate } from './plain-date.js';
import { daysBetween } from './day-arithmetic.js';
import type { RestDayCalendar } from './calendar.js';
import { dayAfter } from './day-after.js';
import { calendarNotCovered, isOfficialCalendar, officialCalendar } from './official-calendar.js';
import { parseOwn } from '../messages/issues.js';
import { RuleInputError, describeValue, invalidArgument } from '../errors.js';
import { plainObject } from '../limit-guards.js';
import { guardCalendar } from '../rules/support/options.js';

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
 * Longest period, in days, that {@link periodEnd} accepts (and the longest span
 * {@link addWorkingDays} and {@link countWorkingDays} walk).
 *
 * @example
 * ```ts
 * MAX_PERIOD_DAYS; //=> 36600
 * const noRestDays = { isRestDay: () => false };
 * periodEnd('2024-03-01', MAX_PERIOD_DAYS, { calendar: noRestDays }); //=> '2124-05-16'
 * ```
 */
export const MAX_PERIOD_DAYS = 36_600;

/**
 * Options of the working-day functions: the rest-day calendar. Without one,
 * {@link officialCalendar} decides.
 *
 * @example
 * ```ts
 * const options: WorkingDayOptions = { calendar: createRestDayCalendar({ holidays: ['2024-10-01'] }) };
 * ```
 */
export interface WorkingDayOptions {
  /** Rest days (default {@link officialCalendar}). */
  readonly calendar?: RestDayCalendar | undefined;
}

/** The keys the working-day functions' options may have, on a plain object. */
const optionKeys = /* @__PURE__ */ (() => plainObject(z.strictObject({ calendar: z.unknown().optional() })))();

/**
 * @internal The calendar a computation uses: `given` when there is one (guarded, so that a
 * failure inside it is a RuleInputError), {@link officialCalendar} otherwise. The library's own
 * calendars are used as they are.
 */
export function calendarOrOfficial(given: RestDayCalendar | undefined): RestDayCalendar {
  if (given === undefined) return officialCalendar;
  return isOfficialCalendar(given) ? given : guardCalendar(given);
}

/**
 * @internal Reads the `calendar` of a plain options object whose keys `keys` allows (a misspelt
 * `calender`, or options inherited from a prototype, would otherwise count silently in another
 * way): the caller's calendar, guarded, or {@link officialCalendar}.
 */
export function readCalendarOption(options: WorkingDayOptions, keys: z.ZodType = optionKeys): RestDayCalendar {
  if (typeof options !== 'object' || options === null) {
    throw invalidArgument('options', { 'zh-CN': '对象', en: 'an object' });
  }
  parseOwn(keys, options, 'options');
  if (options.calendar !== undefined && typeof options.calendar?.isRestDay !== 'function') {
    throw invalidArgument('calendar', { 'zh-CN': '带 isRestDay 方法的日历', en: 'a calendar with an isRestDay method' });
  }
  return calendarOrOfficial(options.calendar);
}

function tooLong(name: string, value: unknown): RuleInputError {
  return new RuleInputError([
    {
      path: [name],
      code: 'PERIOD_LENGTH',
      message: {
        'zh-CN': `期间天数应为 0 至 ${MAX_PERIOD_DAYS} 的整数，收到 ${describeValue(value)}`,
        en: `Period length must be a whole number from 0 to ${MAX_PERIOD_DAYS}, got ${describeValue(value)}`,
      },
    },
  ]);
}

/** @internal Throws PERIOD_LENGTH unless `days` is a whole number from 0 to MAX_PERIOD_DAYS. */
export function requirePeriodLength(days: number, name = 'days'): void {
  if (!Number.isSafeInteger(days) || days < 0 || days > MAX_PERIOD_DAYS) throw tooLong(name, days);
}

/**
 * @internal Refuses a period whose first counted day comes before an official calendar's first
 * day (a later day outside it is refused when the calendar is asked about it).
 */
export function requireCoveredFrom(calendar: RestDayCalendar, first: PlainDate): void {
  if (isOfficialCalendar(calendar) && first < calendar.coverage.from) throw calendarNotCovered(first, calendar.coverage);
}

/** @internal `date`, or the first working day after it (民法典 Art 203). */
export function firstWorkingDay(date: PlainDate, calendar: RestDayCalendar): PlainDate {
  let d = date;
  for (let i = 0; i <= MAX_CONSECUTIVE_REST_DAYS; i++) {
    if (!calendar.isRestDay(d)) return d;
    d = dayAfter(d);
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

/** @internal The `days`-th working day after `start` (`start` itself when `days` is 0). */
export function nthWorkingDayAfter(start: PlainDate, days: number, calendar: RestDayCalendar): PlainDate {
  requireCoveredFrom(calendar, days === 0 ? start : dayAfter(start));
  let d = start;
  for (let counted = 0; counted < days; counted++) d = firstWorkingDay(dayAfter(d), calendar);
  return d;
}

/**
 * `date` itself when it is a working day, otherwise the first working day after it — where a
 * period whose last day is a rest day ends (民法典 Art 203).
 *
 * @param date - the day
 * @param options - `{ calendar? }` (default {@link officialCalendar})
 * @throws RuleInputError on a malformed date or options, a day the official calendar does not
 *   cover (`CALENDAR_NOT_COVERED`), or a broken calendar
 * @example
 * ```ts
 * nextWorkingDay('2024-10-05'); //=> '2024-10-08' (National Day: 1–7 October off)
 * nextWorkingDay('2024-10-12'); //=> '2024-10-12' (a Saturday worked: 国办发明电〔2023〕7号)
 * ```
 */
export function nextWorkingDay(date: PlainDate, options: WorkingDayOptions = {}): PlainDate {
  const d = parseOwn(plainDateSchema, date, 'date');
  const calendar = readCalendarOption(options);
  requireCoveredFrom(calendar, d);
  return firstWorkingDay(d, calendar);
}

/**
 * The `days`-th working day after `start`, the start day not counted (`start` itself for 0): the
 * last day of a period of `days` working days.
 *
 * @param start - the day the period starts (not counted)
 * @param days - how many working days, a whole number from 0 to {@link MAX_PERIOD_DAYS}
 * @param options - `{ calendar? }` (default {@link officialCalendar})
 * @throws RuleInputError on a malformed date, length or options, a period running into a day
 *   the official calendar does not cover (`CALENDAR_NOT_COVERED`), or a broken calendar
 * @example
 * ```ts
 * // 20 working days after 2024-09-20, across National Day and its two working weekend days.
 * addWorkingDays('2024-09-20', 20); //=> '2024-10-23'
 * addWorkingDays('2024-03-01', 7); //=> '2024-03-12'
 * ```
 */
export function addWorkingDays(start: PlainDate, days: number, options: WorkingDayOptions = {}): PlainDate {
  const from = parseOwn(plainDateSchema, start, 'start');
  requirePeriodLength(days);
  return nthWorkingDayAfter(from, days, readCalendarOption(options));
}

/**
 * How many working days come after `from` up to and including `to` (the start day not counted,
 * as in {@link addWorkingDays}); negative, by the same count, when `to` is before `from`.
 *
 * @param from - the first day (not counted)
 * @param to - the last day (counted)
 * @param options - `{ calendar? }` (default {@link officialCalendar})
 * @throws RuleInputError on a malformed date or options, dates more than {@link MAX_PERIOD_DAYS}
 *   apart (`PERIOD_LENGTH`), a day the official calendar does not cover between them
 *   (`CALENDAR_NOT_COVERED`), or a broken calendar
 * @example
 * ```ts
 * countWorkingDays('2024-09-20', '2024-10-23'); //=> 20
 * countWorkingDays('2024-10-23', '2024-09-20'); //=> -20
 * countWorkingDays('2024-09-30', '2024-10-07'); //=> 0 (National Day)
 * ```
 */
export function countWorkingDays(from: PlainDate, to: PlainDate, options: WorkingDayOptions = {}): number {
  const a = parseOwn(plainDateSchema, from, 'from');
  const b = parseOwn(plainDateSchema, to, 'to');
  const calendar = readCalendarOption(options);
  const span = daysBetween(a, b);
  if (Math.abs(span) > MAX_PERIOD_DAYS) throw tooLong('to', `${a} → ${b}`);
  const [first, last] = span < 0 ? [b, a] : [a, b];
  if (span !== 0) {
    requireCoveredFrom(calendar, dayAfter(first));
    // Refused before walking up to it.
    if (isOfficialCalendar(calendar) && last > calendar.coverage.to) {
      throw calendarNotCovered(dayAfter(calendar.coverage.to), calendar.coverage);
    }
  }
  let count = 0;
  for (let d = first; d < last; ) {
    d = dayAfter(d);
    if (!calendar.isRestDay(d)) count++;
  }
  return span < 0 ? -count : count;
}
