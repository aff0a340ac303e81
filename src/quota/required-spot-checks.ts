import * as z from 'zod';
import type { PlainDate } from '../dates/plain-date.js';
import { parseOwn } from '../messages/issues.js';
import { ANNUAL_SPOT_CHECK_RATIO, parameterValue } from '../regulation/parameters.js';

const countSchema = /* @__PURE__ */ (() => z.number().int().nonnegative())();

/**
 * The least number of licensed enterprises the city must spot-check in a year (Article 19:
 * 每年抽查获证企业比例不低于辖区内获证企业总数的10%): `ceil(licensed × 10 / 100)`, computed in
 * integer arithmetic as `floor((licensed × 10 + 99) / 100)` from the ratio in force on `asOf`
 * ({@link ANNUAL_SPOT_CHECK_RATIO}). "不低于" is a floor, so any fraction rounds up.
 *
 * @param licensed - number of licensed enterprises in the city
 * @param asOf - the day whose parameter value applies
 * @returns the minimum number to spot-check
 * @throws RuleInputError when `licensed` is not a non-negative integer
 * @throws NotInForceError when `asOf` is before 2020-11-25
 * @example
 * ```ts
 * requiredSpotChecks(95, '2024-12-31'); //=> 10
 * requiredSpotChecks(101, '2024-12-31'); //=> 11
 * requiredSpotChecks(10, '2024-12-31'); //=> 1
 * ```
 */
export function requiredSpotChecks(licensed: number, asOf: PlainDate): number {
  const n = parseOwn(countSchema, licensed, 'licensed');
  const { numerator, denominator } = parameterValue(ANNUAL_SPOT_CHECK_RATIO, asOf);
  const a = n * numerator + denominator - 1;
  return (a - (a % denominator)) / denominator;
}
