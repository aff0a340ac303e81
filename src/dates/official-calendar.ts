import * as z from 'zod';
import { isPlainDate, plainDateSchema, type PlainDate } from './plain-date.js';
import { dayOfWeek } from './day-arithmetic.js';
import { dayAfter, isWeekend } from './day-after.js';
import { addCalendarConflict, type RestDayCalendar } from './calendar.js';
import { OFFICIAL_CALENDAR_FROM, OFFICIAL_NOTICE_YEARS, type CompactNoticeYear } from './official-calendar.data.js';
import { addOwnIssue, parseOwn } from '../messages/issues.js';
import { RuleInputError, invalidArgument } from '../errors.js';
import { boundedArray, plainObject } from '../limit-guards.js';
import { deepFreeze } from '../freeze.js';

/**
 * A State Council General Office notice on a year's holidays (国务院办公厅关于某年部分节假日安排的通知),
 * the source of one year of {@link officialCalendar}.
 *
 * @example
 * ```ts
 * const notice: HolidayNotice = {
 *   year: 2024,
 *   title: '国务院办公厅关于2024年部分节假日安排的通知',
 *   number: '国办发明电〔2023〕7号',
 *   issuedOn: '2023-10-25',
 * };
 * ```
 */
export interface HolidayNotice {
  /** The year whose holidays it arranges. */
  readonly year: number;
  /** Its title. */
  readonly title: string;
  /** Its number (文号), e.g. `国办发明电〔2023〕7号`. */
  readonly number: string;
  /** The day it was issued (成文日期). */
  readonly issuedOn: PlainDate;
}

/**
 * One year of an {@link OfficialCalendar}: its notice, the rest days it sets (放假调休, weekend days
 * inside a run included) and the weekend days it makes working days (调休上班).
 *
 * @example
 * ```ts
 * const year = officialCalendar.years.find((y) => y.notice.year === 2024);
 * year?.workdays.includes('2024-09-29'); //=> true (a Sunday worked before National Day)
 * ```
 */
export interface OfficialCalendarYear {
  /** The notice these days come from. */
  readonly notice: HolidayNotice;
  /** Rest days it sets, oldest first. */
  readonly holidays: readonly PlainDate[];
  /** Saturdays and Sundays it makes working days, oldest first. */
  readonly workdays: readonly PlainDate[];
}

/**
 * A {@link RestDayCalendar} built from the State Council's yearly notices: {@link officialCalendar},
 * or one made from it by {@link extendCalendar}. It answers only for the days it covers;
 * `isRestDay` on another day throws RuleInputError `CALENDAR_NOT_COVERED`, never a guess.
 *
 * @example
 * ```ts
 * officialCalendar.coverage; //=> { from: '2020-11-25', to: '2026-12-31' }
 * officialCalendar.isRestDay('2026-02-14'); //=> false (a make-up working Saturday)
 * officialCalendar.noticeFor('2026-02-14').number; //=> '国办发明电〔2025〕7号'
 * ```
 */
export interface OfficialCalendar extends RestDayCalendar {
  /** The first and the last day it answers for. */
  readonly coverage: { readonly from: PlainDate; readonly to: PlainDate };
  /** Its years, oldest first. */
  readonly years: readonly OfficialCalendarYear[];
  /**
   * Whether `date` is a rest day: a day a notice lists as holiday, or a Saturday or Sunday it
   * does not list as a working day.
   *
   * @throws RuleInputError `CALENDAR_NOT_COVERED` for a day outside `coverage`; a malformed date
   */
  isRestDay(date: PlainDate): boolean;
  /** Whether `date` is within `coverage` (false for a malformed date). */
  isCovered(date: PlainDate): boolean;
  /**
   * The notice that decides `date`: the one that lists it, otherwise the notice on its year.
   *
   * @throws RuleInputError `CALENDAR_NOT_COVERED` for a day outside `coverage`; a malformed date
   */
  noticeFor(date: PlainDate): HolidayNotice;
}

/**
 * A later year's notice for {@link extendCalendar}: the year, the notice's number and date (the
 * title defaults to `国务院办公厅关于<year>年部分节假日安排的通知`), every rest day it sets and every
 * Saturday or Sunday it makes a working day. The notice on a year may start New Year's rest in
 * the December before (the notice on 2023 did, from 2022-12-31); such days may be listed too, and
 * then this notice decides them.
 *
 * @example
 * ```ts
 * // A made-up year, to show the shape: take the days from the notice once it is published.
 * const input: CalendarYearInput = {
 *   year: 2027,
 *   notice: { number: '国办发明电〔2026〕1号', issuedOn: '2026-11-01' },
 *   holidays: ['2027-01-01'],
 *   workdays: [],
 * };
 * ```
 */
export interface CalendarYearInput {
  /** The year the notice arranges: the year after the calendar's last. */
  readonly year: number;
  /** The notice: number (文号), issue date, and optionally its title. */
  readonly notice: { readonly number: string; readonly issuedOn: PlainDate; readonly title?: string | undefined };
  /** Every rest day it sets (放假调休), weekend days inside a run included or not. */
  readonly holidays: readonly PlainDate[];
  /** Every Saturday or Sunday it makes a working day (调休上班). */
  readonly workdays?: readonly PlainDate[] | undefined;
}

const BRAND = Symbol.for('baicheng-license-supervision.official-calendar');

/** @internal Whether a calendar is an {@link OfficialCalendar} made by this library. */
export function isOfficialCalendar(calendar: unknown): calendar is OfficialCalendar {
  return typeof calendar === 'object' && calendar !== null && (calendar as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * @internal The error for a day an official calendar does not cover: the year, and how to supply
 * it (a later year through `extendCalendar`, an earlier day through a calendar of one's own).
 */
export function calendarNotCovered(date: PlainDate, coverage: OfficialCalendar['coverage']): RuleInputError {
  const year = date.slice(0, 4);
  const later = date > coverage.to;
  return new RuleInputError([
    {
      path: ['calendar'],
      code: 'CALENDAR_NOT_COVERED',
      message: later
        ? {
            'zh-CN': `官方休息日日历只收录到 ${coverage.to}，没有 ${year} 年的数据（${date}）：待国务院办公厅发布关于${year}年部分节假日安排的通知后，用 extendCalendar(officialCalendar, { year: ${year}, notice, holidays, workdays }) 补充该年并作为 calendar 选项传入，或传入自己的休息日日历`,
            en: `The official rest-day calendar ends on ${coverage.to} and has no data for ${year} (${date}): once the State Council General Office publishes its notice on ${year}'s holidays, add the year with extendCalendar(officialCalendar, { year: ${year}, notice, holidays, workdays }) and pass the result as the calendar option, or pass a rest-day calendar of your own`,
          }
        : {
            'zh-CN': `官方休息日日历自 ${coverage.from} 起收录，不含 ${year} 年的 ${date}：请以 calendar 选项传入涵盖该日的休息日日历`,
            en: `The official rest-day calendar starts on ${coverage.from} and does not cover ${date} (${year}): pass a rest-day calendar that does as the calendar option`,
          },
    },
  ]);
}

const titleOf = (year: number): string => `国务院办公厅关于${year}年部分节假日安排的通知`;

function build(from: PlainDate, years: readonly OfficialCalendarYear[]): OfficialCalendar {
  // Oldest first, so that a later notice's December days (New Year's rest) replace an earlier one's.
  const listed = new Map<PlainDate, { readonly rest: boolean; readonly notice: HolidayNotice }>();
  const byYear = new Map<number, HolidayNotice>();
  for (const { notice, holidays, workdays } of years) {
    byYear.set(notice.year, notice);
    for (const d of holidays) listed.set(d, { rest: true, notice });
    for (const d of workdays) listed.set(d, { rest: false, notice });
  }
  const last = years[years.length - 1] as OfficialCalendarYear;
  const coverage = { from, to: `${last.notice.year}-12-31` };
  const covered = (date: PlainDate): boolean => isPlainDate(date) && date >= coverage.from && date <= coverage.to;
  const check = (date: PlainDate): PlainDate => {
    // The schema only for its message: a well-formed date is not parsed again (this runs once a day
    // of every period counted).
    const d = isPlainDate(date) ? date : parseOwn(plainDateSchema, date, 'date');
    if (!covered(d)) throw calendarNotCovered(d, coverage);
    return d;
  };
  const calendar: OfficialCalendar = {
    coverage,
    years,
    isRestDay(date: PlainDate): boolean {
      const d = check(date);
      const entry = listed.get(d);
      if (entry !== undefined) return entry.rest;
      return isWeekend(d);
    },
    isCovered: covered,
    noticeFor(date: PlainDate): HolidayNotice {
      const d = check(date);
      return listed.get(d)?.notice ?? (byYear.get(Number(d.slice(0, 4))) as HolidayNotice);
    },
  };
  Object.defineProperty(calendar, BRAND, { value: true });
  return deepFreeze(calendar);
}

/** `MMDD` of `year`, or of the year before when `before` (a run that starts in December). */
function day(year: number, mmdd: string, before = false): PlainDate {
  return `${before ? year - 1 : year}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
}

/** Expands one compact entry (see official-calendar.data.ts). */
function expand(c: CompactNoticeYear): OfficialCalendarYear {
  const holidays: PlainDate[] = [];
  for (const token of c.holidays.split(' ').filter(Boolean)) {
    const [first = '', lastDay = first] = token.split('-');
    const end = day(c.year, lastDay);
    for (let d = day(c.year, first, first > lastDay); d <= end; d = dayAfter(d)) holidays.push(d);
  }
  return {
    notice: { year: c.year, title: titleOf(c.year), number: c.number, issuedOn: c.issuedOn },
    holidays,
    workdays: c.workdays.split(' ').filter(Boolean).map((mmdd) => day(c.year, mmdd)),
  };
}

/**
 * China's official rest days from 2020-11-25 (the day the measures took effect) to 2026-12-31:
 * the statutory holidays and make-up working days (调休上班) of each year's 国务院办公厅关于部分节假日
 * 安排的通知, from 国办发明电〔2019〕16号 (on 2020) to 国办发明电〔2025〕7号 (on 2026); a Saturday or
 * Sunday a notice does not make a working day is a rest day. Every period the library ends on a
 * working day uses it unless a `calendar` option is given. A day outside it is refused
 * (`CALENDAR_NOT_COVERED`); add a later year's notice with {@link extendCalendar}.
 *
 * @example
 * ```ts
 * officialCalendar.isRestDay('2026-02-14'); //=> false (Saturday, worked: 国办发明电〔2025〕7号)
 * officialCalendar.isRestDay('2026-02-15'); //=> true (Spring Festival)
 * officialCalendar.isRestDay('2024-03-16'); //=> true (an ordinary Saturday)
 * officialCalendar.noticeFor('2024-10-01').number; //=> '国办发明电〔2023〕7号'
 * officialCalendar.isCovered('2027-01-04'); //=> false
 * ```
 */
export const officialCalendar: OfficialCalendar = /* @__PURE__ */ build(
  OFFICIAL_CALENDAR_FROM,
  OFFICIAL_NOTICE_YEARS.map(expand),
);

const noticeInputSchema = /* @__PURE__ */ (() =>
  plainObject(
    z.strictObject({
      number: z.string().trim().min(1).max(100),
      issuedOn: plainDateSchema,
      title: z.string().trim().min(1).max(200).optional(),
    }),
  ))();

const dateList = /* @__PURE__ */ (() => boundedArray(plainDateSchema, 'listMaxLength').readonly())();

const yearInputSchema = /* @__PURE__ */ (() =>
  plainObject(
    z.strictObject({
      year: z.number().int().min(1901).max(9999),
      notice: noticeInputSchema,
      holidays: dateList,
      workdays: dateList.optional(),
    }),
  ))();

const baseSchema = /* @__PURE__ */ (() =>
  z.object({
    coverage: z.object({ from: plainDateSchema, to: plainDateSchema }),
    years: z
      .array(
        z.object({
          notice: z.object({ year: z.number().int(), title: z.string(), number: z.string(), issuedOn: plainDateSchema }),
          holidays: dateList,
          workdays: dateList,
        }),
      )
      .min(1)
      .max(8000),
  }))();

/**
 * A new {@link OfficialCalendar}: `base` (usually {@link officialCalendar}) with the next year's
 * notice added, once the State Council General Office has published it. `base` is not changed.
 * The year must be the one after `base`'s last; holidays must fall in that year or in the December
 * before it (New Year's rest may start there, and then this notice decides those days); working
 * days must be Saturdays or Sundays of those days; no day may be both.
 *
 * Issue codes: `CALENDAR_YEAR_NOT_NEXT`, `CALENDAR_DATE_OUTSIDE_YEAR`,
 * `CALENDAR_WORKDAY_NOT_WEEKEND`, `CALENDAR_CONFLICT`, and the date codes.
 *
 * @param base - the calendar to extend (`officialCalendar` or one `extendCalendar` returned)
 * @param next - the year, its notice, its rest days and its working weekend days
 * @returns a calendar covering `base`'s days and the whole of the new year
 * @throws RuleInputError for malformed input or a year that does not follow `base`'s last
 * @example
 * ```ts
 * // A made-up notice, to show the shape: take the days from the real one once it is published.
 * const calendar = extendCalendar(officialCalendar, {
 *   year: 2027,
 *   notice: { number: '国办发明电〔2026〕1号', issuedOn: '2026-11-01' },
 *   holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
 *   workdays: ['2027-01-09'],
 * });
 * calendar.coverage; //=> { from: '2020-11-25', to: '2027-12-31' }
 * calendar.isRestDay('2027-01-01'); //=> true
 * calendar.isRestDay('2027-01-09'); //=> false (a Saturday made a working day)
 * calendar.noticeFor('2027-01-01').number; //=> '国办发明电〔2026〕1号'
 * officialCalendar.isCovered('2027-01-01'); //=> false (the base is unchanged)
 * ```
 */
export function extendCalendar(base: OfficialCalendar, next: CalendarYearInput): OfficialCalendar {
  if (typeof base !== 'object' || base === null) {
    throw invalidArgument('base', { 'zh-CN': '官方休息日日历（如 officialCalendar）', en: 'an official rest-day calendar (such as officialCalendar)' });
  }
  const b = parseOwn(baseSchema, base, 'base');
  const lastYear = (b.years[b.years.length - 1] as (typeof b.years)[number]).notice.year;
  const input = parseOwn(
    yearInputSchema.superRefine((v, ctx) => {
      if (v.year !== lastYear + 1) {
        addOwnIssue(
          ctx,
          'CALENDAR_YEAR_NOT_NEXT',
          {
            'zh-CN': `日历收录到 ${lastYear} 年，只能补充 ${lastYear + 1} 年，收到 ${v.year} 年`,
            en: `The calendar ends with ${lastYear}: only ${lastYear + 1} can be added, got ${v.year}`,
          },
          ['year'],
        );
        return;
      }
      // The year, or December of the year before (a New Year's run may start there).
      const from = `${v.year - 1}-12-01`;
      const to = `${v.year}-12-31`;
      const outside = (d: PlainDate, key: string, i: number): boolean => {
        if (d >= from && d <= to) return false;
        addOwnIssue(
          ctx,
          'CALENDAR_DATE_OUTSIDE_YEAR',
          {
            'zh-CN': `${d} 不在 ${v.year} 年（或其前一年的 12 月）内`,
            en: `${d} is not in ${v.year} (or the December before it)`,
          },
          [key, i],
        );
        return true;
      };
      const holidays = new Set(v.holidays);
      v.holidays.forEach((d, i) => outside(d, 'holidays', i));
      (v.workdays ?? []).forEach((d, i) => {
        if (outside(d, 'workdays', i)) return;
        const dow = dayOfWeek(d);
        if (dow !== 0 && dow !== 6) {
          addOwnIssue(
            ctx,
            'CALENDAR_WORKDAY_NOT_WEEKEND',
            {
              'zh-CN': `${d} 不是周六或周日，不能是调休上班日`,
              en: `${d} is not a Saturday or Sunday, so it cannot be a make-up working day`,
            },
            ['workdays', i],
          );
        } else if (holidays.has(d)) {
          addCalendarConflict(ctx, d, ['workdays', i]);
        }
      });
    }),
    next,
  );
  const sorted = (dates: readonly PlainDate[]): PlainDate[] => [...new Set(dates)].sort();
  const added: OfficialCalendarYear = {
    notice: {
      year: input.year,
      title: input.notice.title ?? titleOf(input.year),
      number: input.notice.number,
      issuedOn: input.notice.issuedOn,
    },
    holidays: sorted(input.holidays),
    workdays: sorted(input.workdays ?? []),
  };
  const copy = (y: (typeof b.years)[number]): OfficialCalendarYear => ({
    notice: { ...y.notice },
    holidays: [...y.holidays],
    workdays: [...y.workdays],
  });
  return build(b.coverage.from, [...b.years.map(copy), added]);
}
