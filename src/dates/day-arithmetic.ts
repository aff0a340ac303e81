// Arithmetic on plain dates: adding days, counting them, the day of the week. Apart from
// plain-date.ts, which every schema with a date imports, so that a schema does not bring date-fns.
// By subpath: the package roots load every module of date-fns (some 250) and the full UTCDate,
// whose three Intl.DateTimeFormat objects (for toString) are built on import; together they
// tripled the time `import('baicheng-license-supervision')` takes. UTCDateMini has the UTC
// getters and setters date-fns uses.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { PLAIN_DATE_RANGE, isPlainDate, plainDateSchema, type PlainDate } from './plain-date.js';
import { parseOwn } from '../messages/issues.js';
import { RuleInputError, describeValue } from '../errors.js';

function toUtc(date: PlainDate, at: string): Date {
  const d = parseOwn(plainDateSchema, date, at);
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
