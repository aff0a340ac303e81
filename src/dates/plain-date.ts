import * as z from 'zod';
// By subpath: the package roots load every module of date-fns (some 250) and the full UTCDate,
// whose three Intl.DateTimeFormat objects (for toString) are built on import; together they
// tripled the time `import('baicheng-license-supervision')` takes. UTCDateMini has the UTC
// getters and setters date-fns uses.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { SEES_PARSE_ERROR, addDomainIssue, parseOrThrow } from '../messages/issues.js';
import { RuleInputError, describeValue, headOf } from '../errors.js';
import { deepFreeze } from '../freeze.js';

/**
 * A calendar date without time or zone, written `YYYY-MM-DD` (years 1900–9999). All arithmetic
 * is done in UTC, so the same input gives the same date on any machine in any time zone.
 *
 * @example
 * ```ts
 * const inspectedOn: PlainDate = '2024-03-15';
 * ```
 */
export type PlainDate = string;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Lowest and highest years a {@link PlainDate} may have.
 *
 * @example
 * ```ts
 * PLAIN_DATE_RANGE; //=> { minYear: 1900, maxYear: 9999 }
 * ```
 */
export const PLAIN_DATE_RANGE = /* @__PURE__ */ deepFreeze({ minYear: 1900, maxYear: 9999 } as const);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (for example `2024-02-29` is,
 * `2023-02-29` and `2024-13-01` are not).
 *
 * @example
 * ```ts
 * isPlainDate('2024-02-29'); //=> true
 * isPlainDate('2023-02-29'); //=> false
 * ```
 */
export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  const m = SHAPE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return (
    year >= PLAIN_DATE_RANGE.minYear &&
    year <= PLAIN_DATE_RANGE.maxYear &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Schema of a {@link PlainDate}: a string `YYYY-MM-DD` naming a day that exists.
 * Issue codes: `DATE_FORMAT` (not `YYYY-MM-DD`), `DATE_IMPOSSIBLE` (no such day, or a year
 * outside 1900–9999).
 *
 * @example
 * ```ts
 * plainDateSchema.safeParse('2024-02-29').success; //=> true
 * plainDateSchema.safeParse('2024-02-30').success; //=> false
 * ```
 */
export const plainDateSchema = /* @__PURE__ */ (() =>
  z.string().superRefine((value, ctx) => {
    if (!SHAPE.test(value)) {
      addDomainIssue(
        ctx,
        'DATE_FORMAT',
        value === ''
          ? { 'zh-CN': '请填写日期（YYYY-MM-DD）', en: 'A date is required (YYYY-MM-DD)' }
          : {
              'zh-CN': `日期格式应为 YYYY-MM-DD，收到“${headOf(value, 40)}”`,
              en: `Date must be written YYYY-MM-DD, got "${headOf(value, 40)}"`,
            },
      );
    } else if (!isPlainDate(value)) {
      const year = Number((value as string).slice(0, 4));
      addDomainIssue(
        ctx,
        'DATE_IMPOSSIBLE',
        year < PLAIN_DATE_RANGE.minYear
          ? {
              'zh-CN': `日期超出支持范围（${PLAIN_DATE_RANGE.minYear}–${PLAIN_DATE_RANGE.maxYear} 年）：${value}`,
              en: `Date outside the supported years ${PLAIN_DATE_RANGE.minYear}–${PLAIN_DATE_RANGE.maxYear}: ${value}`,
            }
          : { 'zh-CN': `日期不存在：${value}`, en: `No such date: ${value}` },
      );
    }
  }).check(SEES_PARSE_ERROR))();

function toUtc(date: PlainDate, at: string): Date {
  const d = parseOrThrow(plainDateSchema, date, at);
  return new UTCDateMini(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}

function fromUtc(date: Date): PlainDate {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Adds (or, with a negative number, subtracts) whole days.
 *
 * @throws RuleInputError when `date` is not a valid plain date, `days` not an integer, or the
 *   result falls outside the supported years (issue code `DATE_OUT_OF_RANGE`)
 * @example
 * ```ts
 * addDays('2024-02-28', 1); //=> '2024-02-29'
 * addDays('2024-03-01', -1); //=> '2024-02-29'
 * ```
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  const start = toUtc(date, 'date');
  if (!Number.isSafeInteger(days)) {
    throw invalidNumber('days', days);
  }
  const result = fromUtc(fnsAddDays(start, days));
  if (!isPlainDate(result)) throw outOfRange(date, days);
  return result;
}

function outOfRange(date: PlainDate, days: number): RuleInputError {
  const { minYear, maxYear } = PLAIN_DATE_RANGE;
  return new RuleInputError([
    {
      path: [],
      code: 'DATE_OUT_OF_RANGE',
      message: {
        'zh-CN': `${date} 加 ${days} 天超出支持的年份范围（${minYear}–${maxYear}年）`,
        en: `${date} plus ${days} day${Math.abs(days) === 1 ? '' : 's'} falls outside the supported years ${minYear}–${maxYear}`,
      },
    },
  ]);
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2024-02-28', '2024-03-01'); //=> 2
 * ```
 */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return differenceInCalendarDays(toUtc(to, 'to'), toUtc(from, 'from'));
}

/**
 * Compares two plain dates: negative when `a` is earlier, 0 when equal, positive when later.
 * Usable as an `Array.prototype.sort` comparator.
 *
 * @example
 * ```ts
 * ['2024-03-01', '2024-02-29'].sort(compareDates); //=> ['2024-02-29', '2024-03-01']
 * ```
 */
export function compareDates(a: PlainDate, b: PlainDate): number {
  const x = parseOrThrow(plainDateSchema, a, 'a');
  const y = parseOrThrow(plainDateSchema, b, 'b');
  // Valid plain dates have four-digit years, so their strings sort chronologically.
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The day of the week of a plain date, 0 = Sunday … 6 = Saturday, the same in every time zone.
 *
 * @example
 * ```ts
 * dayOfWeek('2024-10-01'); //=> 2 (a Tuesday)
 * ```
 */
export function dayOfWeek(date: PlainDate): number {
  return toUtc(date, 'date').getUTCDay();
}

function invalidNumber(name: string, value: unknown): RuleInputError {
  return new RuleInputError([
    {
      path: [name],
      code: 'NOT_AN_INTEGER',
      message: {
        'zh-CN': `${name} 应为整数，收到 ${typeof value === 'string' ? `字符串“${describeValue(value)}”` : describeValue(value)}`,
        en: `${name} must be an integer, got ${typeof value === 'string' ? `the string "${describeValue(value)}"` : describeValue(value)}`,
      },
    },
  ]);
}
