import * as z from 'zod';
import { addOwnIssue, SEES_PARSE_ERROR } from '../messages/issues.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { TextHasher, writeCanonical } from './canonical.js';
import { DRAW_ALGORITHM } from './prng.js';
import { UNSTAFFED_REASONS } from './assign.js';
import { listFingerprintSchema, sha256HexSchema } from './lists.js';
import { checkParameters, drawParameterShape, drawSeedSchema, teamSizeSchema } from './schemas.js';
import { LIMITS } from '../limits.js';
import { boundedArray, boundedString } from '../limit-guards.js';
import { deepFreeze } from '../freeze.js';

/** An id in a record (a credit code, an inspector's id, a stratum key): at most `LIMITS.idMaxLength`. */
const recordIdSchema = /* @__PURE__ */ (() =>
  boundedString('idMaxLength', z.string().max(LIMITS.idMaxLength), 'as-is'))();

/**
 * Why an enterprise or inspector was left out before the draw, checked in this order:
 * - `LICENSE_EXPIRED` — enterprise whose `licenseValidUntil` is before `asOf`;
 * - `YEARLY_CAP_REACHED` — enterprise with `inspectionsThisYear` ≥ `maxInspectionsPerYear`
 *   (国办发〔2024〕54号 asks for local caps);
 * - `ALREADY_CHECKED` — enterprise named in `alreadyChecked`;
 * - `CREDENTIAL_EXPIRED` — inspector whose `credentialValidUntil` is before `asOf` (Article 9¶1:
 *   持合法有效证件).
 *
 * @example
 * ```ts
 * EXCLUSION_REASONS[0]; //=> 'LICENSE_EXPIRED'
 * ```
 */
export const EXCLUSION_REASONS = /* @__PURE__ */ deepFreeze([
  'LICENSE_EXPIRED',
  'YEARLY_CAP_REACHED',
  'ALREADY_CHECKED',
  'CREDENTIAL_EXPIRED',
] as const);

/**
 * Why an entry was left out before the draw (see {@link EXCLUSION_REASONS}).
 *
 * @example
 * ```ts
 * const reason: ExclusionReason = 'YEARLY_CAP_REACHED';
 * ```
 */
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/**
 * Schema of one exclusion.
 *
 * @example
 * ```ts
 * drawExclusionSchema.safeParse({ kind: 'inspector', id: 'TB-007', reason: 'CREDENTIAL_EXPIRED' }).success; //=> true
 * ```
 */
export const drawExclusionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Which list the entry is on. */
    kind: z.enum(['enterprise', 'inspector']),
    /** Its id. */
    id: recordIdSchema,
    /** Why it was left out. */
    reason: z.enum(EXCLUSION_REASONS),
  }))();

/**
 * An enterprise or inspector left out before the draw, with the reason.
 *
 * @example
 * ```ts
 * const x: DrawExclusion = { kind: 'inspector', id: 'TB-007', reason: 'CREDENTIAL_EXPIRED' };
 * ```
 */
export type DrawExclusion = z.infer<typeof drawExclusionSchema>;

/**
 * Schema of one team assignment.
 *
 * @example
 * ```ts
 * drawAssignmentSchema.safeParse({ enterpriseId: '91310110666007217T', inspectorIds: ['a', 'b'] }).success; //=> true
 * ```
 */
export const drawAssignmentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The selected enterprise. */
    enterpriseId: recordIdSchema,
    /** The team, `teamSize` distinct inspectors, in the order they were chosen. */
    inspectorIds: boundedArray(recordIdSchema, 'drawMaxTeamSize'),
  }))();

/**
 * A selected enterprise and the team sent to it.
 *
 * @example
 * ```ts
 * const a: DrawAssignment = { enterpriseId: '91310110666007217T', inspectorIds: ['TB-003', 'TN-011'] };
 * ```
 */
export type DrawAssignment = z.infer<typeof drawAssignmentSchema>;

/**
 * Schema of one unstaffed enterprise.
 *
 * @example
 * ```ts
 * unstaffedEnterpriseSchema.safeParse({ enterpriseId: '91310110666007217T', reason: 'TOO_FEW_INSPECTORS' }).success; //=> true
 * ```
 */
export const unstaffedEnterpriseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The selected enterprise. */
    enterpriseId: recordIdSchema,
    /** Why no full team could be formed. */
    reason: z.enum(UNSTAFFED_REASONS),
  }))();

/**
 * A selected enterprise for which no full team could be formed — reported, never given a team
 * smaller than `teamSize`.
 *
 * @example
 * ```ts
 * const u: UnstaffedEnterprise = { enterpriseId: '91310110666007217T', reason: 'CONFLICT_OF_INTEREST' };
 * ```
 */
export type UnstaffedEnterprise = z.infer<typeof unstaffedEnterpriseSchema>;

/**
 * Schema of one stratum's figures.
 *
 * @example
 * ```ts
 * drawStratumSchema.safeParse({ key: 'all', eligible: 10, selected: 1, reserves: 1 }).success; //=> true
 * ```
 */
export const drawStratumSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** County code, risk class, `'unspecified'`, or `'all'` when the draw is not stratified. */
    key: recordIdSchema,
    /** Eligible enterprises in the stratum. */
    eligible: z.number().int().nonnegative(),
    /** Enterprises selected from it. */
    selected: z.number().int().nonnegative(),
    /** Reserves drawn from it. */
    reserves: z.number().int().nonnegative(),
  }))();

/**
 * The figures of one stratum of a draw.
 *
 * @example
 * ```ts
 * const s: DrawStratum = { key: '220802', eligible: 40, selected: 4, reserves: 4 };
 * ```
 */
export type DrawStratum = z.infer<typeof drawStratumSchema>;

/**
 * Schema of the parameters as a record writes them (`teamSize` always present), with the same
 * combination checks as {@link drawInputSchema}: exactly one of `ratio` and `count`, `ratios` only
 * with `stratifyBy` and `ratio`, `teamSize` at least 2 (Article 9¶1).
 *
 * @example
 * ```ts
 * drawParametersSchema.safeParse({ ratio: 0.1, teamSize: 2 }).success; //=> true
 * drawParametersSchema.safeParse({ ratio: 0.1, teamSize: 1 }).success; //=> false (Article 9¶1)
 * ```
 */
export const drawParametersSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      ...drawParameterShape,
      /** Inspectors per team (at least 2, Article 9¶1; at most `LIMITS.drawMaxTeamSize`), default filled in. */
      teamSize: teamSizeSchema(),
    })
    .superRefine((parameters, ctx) => checkParameters(parameters, ctx))
    .check(SEES_PARSE_ERROR))();

/**
 * The parameters of a draw as its record writes them: defaults filled in, `alreadyChecked`
 * sorted without repeats.
 *
 * @example
 * ```ts
 * const p: DrawParameters = { ratio: 0.1, teamSize: 2, stratifyBy: 'county' };
 * ```
 */
export type DrawParameters = z.infer<typeof drawParametersSchema>;

/**
 * Schema of a {@link DrawRecord}. Checks the shape, the algorithm version (only `bls-draw/1`),
 * that the seed is canonical ({@link drawSeedSchema}) and NFC-normalised, that the parameters
 * make a valid draw (`teamSize` from 2 to `LIMITS.drawMaxTeamSize`), and that no team lists
 * more than `LIMITS.drawMaxTeamSize` inspectors (`LIMIT_EXCEEDED`). Whether the record is
 * genuine is for {@link verifyDraw}, whose re-run refuses more than `LIMITS.drawMaxTeamSlots`
 * team places before forming a team.
 *
 * @example
 * ```ts
 * drawRecordSchema.safeParse(drawInspections(input).record).success; //=> true
 * ```
 */
export const drawRecordSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Version of the algorithm that made the draw. */
      algorithm: z.enum([DRAW_ALGORITHM]),
      /** The seed, NFC-normalised. */
      seed: drawSeedSchema,
      /** The day of the draw. */
      asOf: plainDateSchema,
      /** Every parameter, defaults filled in. */
      parameters: drawParametersSchema,
      /** Fingerprints of the lists as given (before exclusions). */
      fingerprints: z.strictObject({
        /** Fingerprint of the enterprise list. */
        enterprises: listFingerprintSchema,
        /** Fingerprint of the inspector list. */
        inspectors: listFingerprintSchema,
      }),
      /** Everything left out before the draw, enterprises then inspectors, each by id. */
      excluded: boundedArray(drawExclusionSchema, ['drawMaxEnterprises', 'drawMaxInspectors']),
      /** Figures per stratum, by key. */
      strata: boundedArray(drawStratumSchema, 'listMaxLength'),
      /** The result. */
      result: z.strictObject({
        /** Selected enterprises in draw order. */
        selected: boundedArray(recordIdSchema, 'drawMaxEnterprises'),
        /** Teams, in draw order. */
        assignments: boundedArray(drawAssignmentSchema, 'drawMaxEnterprises'),
        /** Selected enterprises without a team, in draw order. */
        unstaffed: boundedArray(unstaffedEnterpriseSchema, 'drawMaxEnterprises'),
        /** Reserves, ranked. */
        reserves: boundedArray(recordIdSchema, 'drawMaxEnterprises'),
      }),
      /** SHA-256 of the canonical JSON of every other field. */
      digest: sha256HexSchema,
    })
    .superRefine((record, ctx) => {
      if (record.seed.normalize('NFC') !== record.seed) {
        addOwnIssue(
          ctx,
          'SEED_NOT_NFC',
          { 'zh-CN': '记录中的种子应为 NFC 规范化形式', en: 'The seed in a record is NFC-normalised' },
          ['seed'],
        );
      }
    })
    .check(SEES_PARSE_ERROR))();

/**
 * The record of a draw: everything needed to re-run it except the two lists, which it
 * identifies by fingerprint. JSON-serialisable; the same input gives a byte-identical
 * `JSON.stringify(record)` on every JavaScript engine.
 *
 * @example
 * ```ts
 * const record: DrawRecord = drawInspections(input).record;
 * record.algorithm; //=> 'bls-draw/1'
 * ```
 */
export type DrawRecord = z.infer<typeof drawRecordSchema>;

/**
 * The digest of a record: lowercase hex SHA-256 of the canonical JSON of all its fields but
 * `digest`. Streams the JSON into the hash field by field, keys in code-unit order; equal to
 * `sha256Hex(canonicalJson(record without digest))`.
 *
 * @internal
 */
export function recordDigest(record: Omit<DrawRecord, 'digest'> & { digest?: string }): string {
  const { digest: _, ...body } = record;
  const hasher = new TextHasher();
  writeCanonical(body, hasher);
  return hasher.hex();
}
