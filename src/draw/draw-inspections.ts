import { parseOwn } from '../messages/issues.js';
import { assertInForce } from '../regulation/in-force.js';
import { canonicalParameters, completeDraw, prepareDraw, type DrawResult } from './engine.js';
import { drawInputSchema, type DrawInput } from './schemas.js';

/**
 * Makes a "双随机、一公开" draw (Article 8; 国办发〔2015〕58号): selects enterprises at random
 * from the enterprise list and assigns each a team of inspectors at random from the inspector
 * list, with a record anyone can re-run ({@link verifyDraw}).
 *
 * - Left out first, with a reason: enterprises whose license expired before `asOf`, at the
 *   yearly cap or already checked; inspectors whose credential expired (Article 9¶1).
 * - Selects `ceil(ratio × eligible)` or `count` enterprises; with `stratifyBy`, the total is
 *   shared among strata by largest remainder, or each stratum draws `ceil(its ratio × its
 *   eligible)` when `ratios` are given.
 * - Each team has `teamSize` (default and minimum 2, Article 9¶1) distinct inspectors with no
 *   declared conflict (回避), least-loaded first; when no full team can be formed the
 *   enterprise is listed in `unstaffed`, never given a smaller team.
 * - The seed is hashed (SHA-256 of its NFC UTF-8 bytes with a label per use) before keying
 *   seedrandom; the input arrays' order does not matter; the same input gives a byte-identical
 *   record everywhere. The algorithm is specified in docs/draw-algorithm.md.
 *
 * The input is not changed.
 *
 * @param input - seed, date, lists and parameters (see {@link drawInputSchema})
 * @returns the selection, teams, reserves, exclusions, unstaffed enterprises and the record
 * @throws RuleInputError for malformed input, duplicate ids (`DUPLICATE_ENTERPRISE_ID`,
 *   `DUPLICATE_INSPECTOR_ID`), a `count` above the number eligible (`COUNT_EXCEEDS_ELIGIBLE`),
 *   a `teamSize` below 2 (`TEAM_SIZE_BELOW_MINIMUM`)
 * @throws NotInForceError when `asOf` is before 2020-11-25 (Article 24)
 * @example
 * ```ts
 * const result = drawInspections({
 *   seed: '4-2-6-1-3-5', asOf: '2024-03-01', ratio: 0.1,
 *   enterprises: [{ id: '91310110666007217T' }, { id: '91310115591693856A' }],
 *   inspectors: [
 *     { id: 'TB-001', credentialValidUntil: '2025-12-31' },
 *     { id: 'TB-002', credentialValidUntil: '2025-12-31' },
 *   ],
 * });
 * result.selected.length; //=> 1 (ceil(0.1 × 2))
 * result.assignments[0]?.inspectorIds.length; //=> 2
 * ```
 */
export function drawInspections(input: DrawInput): DrawResult {
  const parsed = parseOwn(drawInputSchema, input);
  const asOf = assertInForce(parsed.asOf);
  const parameters = canonicalParameters(parsed);
  const prepared = prepareDraw(parsed.seed.normalize('NFC'), asOf, parameters, parsed.enterprises, parsed.inspectors);
  return completeDraw(prepared, parameters);
}
