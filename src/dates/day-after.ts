// Internal: day arithmetic on plain dates already known to be valid, without parsing them again —
// the walks over working days do this once a day. Not public API.
import type { PlainDate } from './plain-date.js';
import { addDays } from './day-arithmetic.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The day after `date`, a valid plain date; `addDays` (and its out-of-range error) at 9999-12-31. */
export function dayAfter(date: PlainDate): PlainDate {
  if (date >= '9999-12-31') return addDays(date, 1);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const last = m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] as number);
  if (d < last) return `${date.slice(0, 8)}${two(d + 1)}`;
  if (m < 12) return `${date.slice(0, 5)}${two(m + 1)}-01`;
  return `${y + 1}-01-01`;
}

/** Whether `date`, a valid plain date, is a Saturday or a Sunday (computed in UTC). */
export function isWeekend(date: PlainDate): boolean {
  const days = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
  // 1970-01-01 was a Thursday (4); 0 = Sunday … 6 = Saturday.
  const dow = (((days + 4) % 7) + 7) % 7;
  return dow === 0 || dow === 6;
}
