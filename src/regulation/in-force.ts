import { plainDateSchema, type PlainDate } from '../dates/plain-date.js';
import { parseOwn } from '../messages/issues.js';
import { NotInForceError } from '../errors.js';

/**
 * The day the measures took effect: 2020-11-25 (Article 24, 本办法自2020年11月25日起施行).
 *
 * @example
 * ```ts
 * EFFECTIVE_FROM; //=> '2020-11-25'
 * isInForce(EFFECTIVE_FROM); //=> true
 * ```
 */
export const EFFECTIVE_FROM: PlainDate = '2020-11-25';

/**
 * Whether the measures are in force on a date (on or after {@link EFFECTIVE_FROM}, Article 24).
 * No repeal is known; the library does not guess one.
 *
 * @throws RuleInputError when `date` is not a valid plain date
 * @example
 * ```ts
 * isInForce('2020-11-24'); //=> false
 * isInForce('2020-11-25'); //=> true
 * ```
 */
export function isInForce(date: PlainDate): boolean {
  return inForce(date, 'date');
}

/** Whether the measures are in force on `date`, an issue's path naming the argument `at`. */
function inForce(date: PlainDate, at: string): boolean {
  // Plain dates (YYYY-MM-DD, four-digit years) compare as text.
  return parseOwn(plainDateSchema, date, at) >= EFFECTIVE_FROM;
}

/**
 * Checks that a decision date is valid and the measures are in force on it.
 *
 * @returns the date
 * @throws NotInForceError before 2020-11-25; RuleInputError for a malformed date
 * @example
 * ```ts
 * assertInForce('2024-01-01'); //=> '2024-01-01'
 * ```
 */
export function assertInForce(asOf: PlainDate): PlainDate {
  if (!inForce(asOf, 'asOf')) throw new NotInForceError(asOf, EFFECTIVE_FROM);
  return asOf;
}
