import * as z from 'zod';
import { SEES_PARSE_ERROR, addOwnIssue, parseOwn } from '../messages/issues.js';
import { headOf } from '../errors.js';
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
      addOwnIssue(
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
      addOwnIssue(
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
  const x = parseOwn(plainDateSchema, a, 'a');
  const y = parseOwn(plainDateSchema, b, 'b');
  // Valid plain dates have four-digit years, so their strings sort chronologically.
  return x < y ? -1 : x > y ? 1 : 0;
}
