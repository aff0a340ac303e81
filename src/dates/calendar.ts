import * as z from 'zod';
import { plainDateSchema, type PlainDate } from './plain-date.js';
import { dayOfWeek } from './day-arithmetic.js';
import { addOwnIssue, parseOwn } from '../messages/issues.js';
import { boundedArray, plainObject } from '../limit-guards.js';

/**
 * Tells which days are rest days (weekends, statutory holidays). The library's own is
 * `officialCalendar` (the State Council's yearly notices, with make-up working days, 调休); a
 * caller may pass another wherever a `calendar` option is taken, e.g. from `createRestDayCalendar`.
 *
 * @example
 * ```ts
 * const calendar: RestDayCalendar = { isRestDay: (d) => d === '2024-10-01' };
 * ```
 */
export interface RestDayCalendar {
  /** Whether the date is a rest day (no work, so a period may not end on it). */
  isRestDay(date: PlainDate): boolean;
}

/**
 * Input of {@link createRestDayCalendar}: the year's statutory holidays and make-up working days.
 *
 * @example
 * ```ts
 * const input: RestDayCalendarInput = {
 *   holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
 *   workingDays: ['2024-09-29', '2024-10-12'],
 * };
 * ```
 */
export interface RestDayCalendarInput {
  /** Statutory holidays (法定节假日), including holiday days that fall on a weekend. */
  readonly holidays?: readonly PlainDate[] | undefined;
  /** Make-up working days (调休上班日): weekend days that are working days. */
  readonly workingDays?: readonly PlainDate[] | undefined;
  /** Whether Saturdays and Sundays are rest days unless listed as working days (default true). */
  readonly weekends?: boolean | undefined;
}

const calendarInputSchema = /* @__PURE__ */ (() =>
  plainObject(
    z.strictObject({
      holidays: boundedArray(plainDateSchema, 'listMaxLength').readonly().optional(),
      workingDays: boundedArray(plainDateSchema, 'listMaxLength').readonly().optional(),
      weekends: z.boolean().optional(),
    }),
  ))();

/**
 * Adds `CALENDAR_CONFLICT`: a day listed both as a holiday and as a working day (the caller's
 * calendar here, a year of the official calendar in official-calendar.ts).
 *
 * @internal
 */
export function addCalendarConflict(ctx: z.RefinementCtx, day: PlainDate, path: readonly (string | number)[]): void {
  addOwnIssue(
    ctx,
    'CALENDAR_CONFLICT',
    { 'zh-CN': `${day} 不能既是节假日又是调休上班日`, en: `${day} cannot be both a holiday and a make-up working day` },
    path,
  );
}

/**
 * Builds a {@link RestDayCalendar} from lists of holidays and make-up working days over
 * weekends. A date in both lists is an error.
 *
 * @throws RuleInputError for malformed dates or a date listed both as holiday and working day
 * @example
 * ```ts
 * // National Day 2024 (国办发明电〔2023〕7号): 1–7 October off, 29 Sep and 12 Oct worked.
 * const cal = createRestDayCalendar({
 *   holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
 *   workingDays: ['2024-09-29', '2024-10-12'],
 * });
 * cal.isRestDay('2024-10-05'); //=> true
 * cal.isRestDay('2024-09-29'); //=> false (a Sunday, but worked)
 * ```
 */
export function createRestDayCalendar(input: RestDayCalendarInput = {}): RestDayCalendar {
  const parsed = parseOwn(
    calendarInputSchema.superRefine((v, ctx) => {
      const holidays = new Set(v.holidays ?? []);
      (v.workingDays ?? []).forEach((d, i) => {
        if (holidays.has(d)) {
          addCalendarConflict(ctx, d, ['workingDays', i]);
        }
      });
    }),
    input,
  );
  const holidays = new Set(parsed.holidays ?? []);
  const workingDays = new Set(parsed.workingDays ?? []);
  const weekends = parsed.weekends ?? true;
  return {
    isRestDay(date: PlainDate): boolean {
      if (holidays.has(date)) return true;
      if (workingDays.has(date)) return false;
      if (!weekends) return false;
      const dow = dayOfWeek(date);
      return dow === 0 || dow === 6;
    },
  };
}
