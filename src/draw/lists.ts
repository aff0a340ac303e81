import * as z from 'zod';
import { RuleInputError, idsShown } from '../errors.js';
import type { LocalizedIssue } from '../messages/issues.js';
import { addOwnIssue, parseOwn, SEES_PARSE_ERROR } from '../messages/issues.js';
import { TextHasher, canonicalJson, compareCodeUnits, sortById } from './canonical.js';
import {
  drawEnterpriseSchema,
  drawInspectorSchema,
  type DrawEnterprise,
  type DrawInspector,
  type ParsedEnterprise,
  type ParsedInspector,
} from './schemas.js';
import { boundedArray } from '../limit-guards.js';
import { duplicatesBy, typedKey } from '../text-key.js';

/** An inspector in canonical form: `conflicts` sorted and without repeats. @internal */
export type CanonicalInspector = ParsedInspector;

/**
 * The lists of a draw in canonical order (by id, UTF-16 code units), checked for duplicate ids.
 *
 * @internal
 */
export interface CanonicalLists {
  readonly enterprises: readonly ParsedEnterprise[];
  readonly inspectors: readonly CanonicalInspector[];
}

function duplicates(sorted: readonly { readonly id: string }[]): string[] {
  const found: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const id = (sorted[i] as { id: string }).id;
    if (id === (sorted[i - 1] as { id: string }).id && found[found.length - 1] !== id) found.push(id);
  }
  return found;
}

function duplicateIssue(kind: 'enterprise' | 'inspector', ids: readonly string[]): LocalizedIssue {
  const shown = idsShown(ids);
  return kind === 'enterprise'
    ? {
        path: ['enterprises'],
        code: 'DUPLICATE_ENTERPRISE_ID',
        message: {
          'zh-CN': `企业名录中有重复的统一社会信用代码：${shown}`,
          en: `Enterprise ids appear more than once: ${shown}`,
        },
      }
    : {
        path: ['inspectors'],
        code: 'DUPLICATE_INSPECTOR_ID',
        message: {
          'zh-CN': `检查人员名录中有重复的编号：${shown}`,
          en: `Inspector ids appear more than once: ${shown}`,
        },
      };
}

/**
 * Rejects an enterprise list with a repeated id (code `DUPLICATE_ENTERPRISE_ID` at
 * `enterprises`, the ids in code-unit order), as {@link canonicalLists} does, without sorting.
 *
 * @internal
 */
export function rejectDuplicateEnterprises(enterprises: readonly { readonly id: string }[]): void {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { id } of enterprises) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  if (repeated.size > 0) throw new RuleInputError([duplicateIssue('enterprise', [...repeated].sort(compareCodeUnits))]);
}

/**
 * Puts parsed lists in canonical order and rejects duplicate ids (codes
 * `DUPLICATE_ENTERPRISE_ID`, `DUPLICATE_INSPECTOR_ID`, naming the ids). The input arrays are
 * not changed.
 *
 * @internal
 */
export function canonicalLists(
  enterprises: readonly ParsedEnterprise[],
  inspectors: readonly ParsedInspector[],
): CanonicalLists {
  const lists = sortLists(enterprises, inspectors);
  const issues: LocalizedIssue[] = [];
  const dupE = duplicates(lists.enterprises);
  if (dupE.length > 0) issues.push(duplicateIssue('enterprise', dupE));
  // Inspector ids that name one person more than once: equal as typed (`TB001` and full-width
  // `ＴＢ００１`), each distinct spelling once, in canonical order.
  const dupI = duplicatesBy(
    lists.inspectors.map((inspector) => inspector.id),
    typedKey,
  );
  if (dupI.length > 0) issues.push(duplicateIssue('inspector', dupI));
  if (issues.length > 0) throw new RuleInputError(issues);
  return lists;
}

/**
 * Puts parsed lists in canonical order without checking for duplicates (what
 * {@link verifyDraw} fingerprints).
 *
 * @internal
 */
export function sortLists(
  enterprises: readonly ParsedEnterprise[],
  inspectors: readonly ParsedInspector[],
): CanonicalLists {
  const sortedInspectors = sortById(inspectors).map((i): CanonicalInspector => {
    if (i.conflicts === undefined) return i;
    const conflicts = [...new Set(i.conflicts)].sort(compareCodeUnits);
    return { ...i, conflicts };
  });
  return { enterprises: sortById(enterprises), inspectors: sortedInspectors };
}

/**
 * Canonical JSON of one enterprise: keys in code-unit order (county, id, inspectionsThisYear,
 * licenseValidUntil, riskClass), absent ones left out. Every string value has been validated
 * to need no JSON escaping (credit code, county code, risk class, date), so it is written
 * between quotes as is. Equal to {@link canonicalJson} of the object.
 *
 * @internal
 */
export function canonicalEnterpriseJson(e: ParsedEnterprise): string {
  let s = '{';
  if (e.county !== undefined) s += `"county":"${e.county}",`;
  s += `"id":"${e.id}"`;
  if (e.inspectionsThisYear !== undefined) s += `,"inspectionsThisYear":${e.inspectionsThisYear}`;
  if (e.licenseValidUntil !== undefined) s += `,"licenseValidUntil":"${e.licenseValidUntil}"`;
  if (e.riskClass !== undefined) s += `,"riskClass":"${e.riskClass}"`;
  return `${s}}`;
}

/** A lowercase hex SHA-256 (64 characters), with a message in both languages. @internal */
export const sha256HexSchema = /* @__PURE__ */ (() =>
  z.string().superRefine((value, ctx) => {
    if (!/^[0-9a-f]{64}$/.test(value)) {
      addOwnIssue(ctx, 'SHA256_FORMAT', {
        'zh-CN': `应为 SHA-256 摘要：64 个小写十六进制字符（0–9、a–f），收到 ${value.length} 个字符`,
        en: `Expected a SHA-256 digest: 64 lowercase hexadecimal characters (0–9, a–f), got ${value.length} characters`,
      });
    }
  }).check(SEES_PARSE_ERROR))();

/**
 * Schema of the count and SHA-256 of one canonical list.
 *
 * @example
 * ```ts
 * listFingerprintSchema.safeParse({ count: 0, sha256: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945' }).success; //=> true
 * ```
 */
export const listFingerprintSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Number of entries on the list. */
    count: z.number().int().nonnegative(),
    /** Lowercase hex SHA-256 of the list's canonical JSON (UTF-8). */
    sha256: sha256HexSchema,
  }))();

/**
 * Count and SHA-256 of one canonical list.
 *
 * @example
 * ```ts
 * const f: ListFingerprint = { count: 0, sha256: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945' }; // '[]'
 * ```
 */
export type ListFingerprint = z.infer<typeof listFingerprintSchema>;

/** SHA-256 of the canonical JSON array of enterprises already in canonical order. @internal */
export function fingerprintSortedEnterprises(sorted: readonly ParsedEnterprise[]): ListFingerprint {
  return fingerprintOf(sorted, canonicalEnterpriseJson);
}

/** The fingerprint of a list whose entries `write` writes as canonical JSON. */
function fingerprintOf<T>(sorted: readonly T[], write: (item: T) => string): ListFingerprint {
  const hasher = new TextHasher();
  hasher.list(sorted, write);
  return { count: sorted.length, sha256: hasher.hex() };
}

/** SHA-256 of the canonical JSON array of inspectors already in canonical form. @internal */
export function fingerprintSortedInspectors(sorted: readonly CanonicalInspector[]): ListFingerprint {
  // At most LIMITS.drawMaxInspectors (100 000) short entries: the generic writer will do.
  return fingerprintOf(sorted, canonicalJson);
}

/**
 * The lists of a draw, as the caller writes them.
 *
 * @example
 * ```ts
 * const lists: DrawLists = { enterprises: [{ id: '91310110666007217T' }], inspectors: [] };
 * ```
 */
export interface DrawLists {
  /** The enterprises to draw from. */
  readonly enterprises: readonly DrawEnterprise[];
  /** The inspectors to draw teams from. */
  readonly inspectors: readonly DrawInspector[];
}

/**
 * Fingerprints of both lists of a draw.
 *
 * @example
 * ```ts
 * const f: DrawFingerprints = { enterprises: { count: 0, sha256: '4f53…' }, inspectors: { count: 0, sha256: '4f53…' } };
 * ```
 */
export interface DrawFingerprints {
  /** Fingerprint of the enterprise list. */
  readonly enterprises: ListFingerprint;
  /** Fingerprint of the inspector list. */
  readonly inspectors: ListFingerprint;
}

/**
 * Schema of the two lists. Other properties are ignored (stripped), so the input of a draw can
 * be passed as it is.
 *
 * @internal
 */
export const drawListsSchema = /* @__PURE__ */ (() =>
  z.object({
    enterprises: boundedArray(drawEnterpriseSchema, 'drawMaxEnterprises'),
    inspectors: boundedArray(drawInspectorSchema, 'drawMaxInspectors'),
  }))();

/**
 * The fingerprints to publish when the lists of a draw are frozen, before the seed exists (see
 * "The ceremony" in docs/draw-algorithm.md): the count and SHA-256 of each list's canonical
 * JSON — entries sorted by id, keys sorted, array fields (`conflicts`) sorted and without
 * repeats. The order of the input arrays does not matter; any other change does. The draw
 * record carries the same fingerprints.
 *
 * @param lists - the enterprise and inspector lists (other properties are ignored, so a draw
 *   input can be passed as it is)
 * @returns the fingerprint of each list
 * @throws RuleInputError for a malformed entry or a duplicate id
 * @example
 * ```ts
 * fingerprintDrawLists({ enterprises: [], inspectors: [] }).enterprises;
 * //=> { count: 0, sha256: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945' }
 * ```
 */
export function fingerprintDrawLists(lists: DrawLists): DrawFingerprints {
  const parsed = parseOwn(drawListsSchema, lists);
  const canonical = canonicalLists(parsed.enterprises, parsed.inspectors);
  return {
    enterprises: fingerprintSortedEnterprises(canonical.enterprises),
    inspectors: fingerprintSortedInspectors(canonical.inspectors),
  };
}
