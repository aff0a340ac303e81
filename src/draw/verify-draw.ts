import type * as z from 'zod';
import { NotInForceError, RuleInputError } from '../errors.js';
import { isPlainDate } from '../dates/plain-date.js';
import { parseOwn, safeParseOwn } from '../messages/issues.js';
import { EFFECTIVE_FROM } from '../regulation/in-force.js';
import { canonicalJson } from './canonical.js';
import { canonicalParameters, completeDraw, prepareDraw } from './engine.js';
import {
  drawListsSchema,
  fingerprintSortedEnterprises,
  fingerprintSortedInspectors,
  sortLists,
  type DrawLists,
} from './lists.js';
import { drawRecordSchema, recordDigest, type DrawRecord } from './record.js';
import type { DeepReadonly } from './schemas.js';

/**
 * One way a record differs from the draw re-run from it.
 *
 * @example
 * ```ts
 * const d: DrawDifference = { field: 'fingerprints.enterprises', expected: { count: 3, sha256: 'ab…' }, actual: { count: 4, sha256: 'cd…' } };
 * ```
 */
export interface DrawDifference {
  /**
   * What differs: `fingerprints.enterprises`, `fingerprints.inspectors`, `draw` (the re-run
   * failed), `parameters`, `excluded`, `strata`, `result.selected`, `result.assignments`,
   * `result.unstaffed`, `result.reserves` (with `[i]` for one entry, `.length` for the length),
   * or `digest`. For a record that fails its schema, the path of the field at fault (`seed`,
   * `algorithm`, `asOf`, `result.selected[3]`, …).
   */
  readonly field: string;
  /**
   * The value the record states; for a record that fails its schema, what the field should be,
   * as the issue's message in both languages (`{ 'zh-CN', en }`).
   */
  readonly expected: unknown;
  /** The value found by re-running; for a record that fails its schema, the issue's code. */
  readonly actual: unknown;
}

/**
 * The answer of {@link verifyDraw}.
 *
 * @example
 * ```ts
 * const v: DrawVerification = { valid: true, differences: [] };
 * ```
 */
export interface DrawVerification {
  /** True when the record is exactly what re-running the draw on these lists gives. */
  readonly valid: boolean;
  /** Every difference found (at most 10 entries per list field). */
  readonly differences: readonly DrawDifference[];
}

const MAX_PER_FIELD = 10;

/** `result.selected[3]` from `['result', 'selected', 3]`; `record` for the record itself. */
function fieldName(path: readonly (string | number)[]): string {
  let name = '';
  for (const part of path) name += typeof part === 'number' ? `[${part}]` : name === '' ? part : `.${part}`;
  return name === '' ? 'record' : name;
}

function compareField(field: string, expected: unknown, actual: unknown, out: DrawDifference[]): void {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    let reported = 0;
    const common = Math.min(expected.length, actual.length);
    for (let i = 0; i < common && reported < MAX_PER_FIELD; i++) {
      if (canonicalJson(expected[i]) !== canonicalJson(actual[i])) {
        out.push({ field: `${field}[${i}]`, expected: expected[i], actual: actual[i] });
        reported++;
      }
    }
    if (expected.length !== actual.length) {
      out.push({ field: `${field}.length`, expected: expected.length, actual: actual.length });
    }
    return;
  }
  if (canonicalJson(expected) !== canonicalJson(actual)) out.push({ field, expected, actual });
}

/**
 * Re-runs a published draw from its record and the two lists, and reports every difference:
 * a list that changed since the draw shows as a fingerprint mismatch; a result edited in the
 * record is reported at the entries that differ; a seed or parameter changed without the rest
 * of the record shows in the recomputed digest (see docs/draw-algorithm.md).
 *
 * It proves that the record is the draw its own seed, date and parameters give on these lists,
 * not that they are the ones announced: the digest is a plain SHA-256, so a record rewritten for
 * another seed, digest included, is valid for that seed. Compare the record's `seed`, `asOf`,
 * `parameters` and `fingerprints` with what was published before the seed was made.
 *
 * @param record - the published record (checked with {@link drawRecordSchema})
 * @param lists - the enterprise and inspector lists the draw was made from (other properties
 *   are ignored, so the draw's input can be passed as it is)
 * A record (an object) that does not pass {@link drawRecordSchema} (another algorithm version, a
 * seed not in NFC, `teamSize` 1, a missing field…) or is dated before 2020-11-25 is not a valid
 * draw: it is answered `valid: false`, each problem a difference at its field (`expected` the
 * bilingual message, `actual` the issue code — `NOT_IN_FORCE` for a date before 2020-11-25), not
 * thrown.
 *
 * @returns `{ valid, differences }`
 * @throws RuleInputError when a list is malformed, or when `record` is not an object at all
 *   (`null`, a string, an array): malformed input, as everywhere in the library
 * @example
 * ```ts
 * const { record } = drawInspections(input);
 * verifyDraw(record, { enterprises: input.enterprises, inspectors: input.inspectors }).valid; //=> true
 * verifyDraw({ ...record, seed: 'another' }, input).valid; //=> false
 * ```
 */
export function verifyDraw(record: DeepReadonly<z.input<typeof drawRecordSchema>>, lists: DrawLists): DrawVerification {
  const parsed = parseOwn(drawListsSchema, lists);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    // Not a record at all: malformed input, like any other.
    parseOwn(drawRecordSchema, record);
  }
  // A record dated before the measures took effect (Article 24) cannot be a draw under them.
  const asOf = (record as { asOf?: unknown }).asOf;
  const early: DrawDifference[] =
    isPlainDate(asOf) && asOf < EFFECTIVE_FROM
      ? [{ field: 'asOf', expected: new NotInForceError(asOf, EFFECTIVE_FROM).messages, actual: 'NOT_IN_FORCE' }]
      : [];
  const checked = safeParseOwn(drawRecordSchema, record);
  if (!checked.success || early.length > 0) {
    // Not a record of a draw: each problem is a difference, at the field where it is.
    const issues = checked.success ? [] : checked.issues;
    return {
      valid: false,
      differences: [
        ...issues.map((issue) => ({ field: fieldName(issue.path), expected: issue.message, actual: issue.code })),
        ...early,
      ],
    };
  }
  const given: DrawRecord = checked.data;
  const differences: DrawDifference[] = [];

  const sorted = sortLists(parsed.enterprises, parsed.inspectors);
  compareField('fingerprints.enterprises', given.fingerprints.enterprises, fingerprintSortedEnterprises(sorted.enterprises), differences);
  compareField('fingerprints.inspectors', given.fingerprints.inspectors, fingerprintSortedInspectors(sorted.inspectors), differences);

  const parameters = canonicalParameters({ ...given.parameters, asOf: given.asOf });
  compareField('parameters', given.parameters, parameters, differences);
  let rerun: DrawRecord | undefined;
  try {
    const prepared = prepareDraw(given.seed, given.asOf, parameters, parsed.enterprises, parsed.inspectors);
    rerun = completeDraw(prepared, parameters).record;
  } catch (error) {
    /* v8 ignore next -- only RuleInputError can come out of a re-run of a parsed record */
    if (!(error instanceof RuleInputError)) throw error;
    differences.push({
      field: 'draw',
      expected: 'the draw re-runs',
      actual: error.issues.map((issue) => issue.code),
    });
  }
  if (rerun !== undefined) {
    compareField('excluded', given.excluded, rerun.excluded, differences);
    compareField('strata', given.strata, rerun.strata, differences);
    compareField('result.selected', given.result.selected, rerun.result.selected, differences);
    compareField('result.assignments', given.result.assignments, rerun.result.assignments, differences);
    compareField('result.unstaffed', given.result.unstaffed, rerun.result.unstaffed, differences);
    compareField('result.reserves', given.result.reserves, rerun.result.reserves, differences);
    compareField('digest', given.digest, rerun.digest, differences);
  } else if (recordDigest(given) !== given.digest) {
    differences.push({ field: 'digest', expected: given.digest, actual: recordDigest(given) });
  }
  return { valid: differences.length === 0, differences };
}
