import * as z from 'zod';
import { addOwnIssue, SEES_PARSE_ERROR } from '../messages/issues.js';
import { isPlainDate, plainDateSchema } from '../dates/plain-date.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { countyCodeSchema } from '../identifiers/divisions.js';
import { MIN_INSPECTORS, valueInForce } from '../regulation/parameters.js';
import { LIMITS } from '../limits.js';
import { boundedArray, boundedNumber, boundedString, noSilentKeys } from '../limit-guards.js';
import { deepFreeze } from '../freeze.js';
import type { DeepReadonly } from '../deep-readonly.js';
import type { BilingualMessage } from '../messages/message.js';
import { SHOWS_NOTHING, invisibleAtEnd, typedKey } from '../text-key.js';
import { codePointLabel, seedFault, seedFaultMessage } from './seed.js';

export type { DeepReadonly } from '../deep-readonly.js';

/**
 * Credit-risk classes of enterprises, A (best) to D (worst). Local plans set a spot-check ratio
 * per class (国市监信发〔2022〕6号; FACTS.md "双随机、一公开"); the library fixes none.
 *
 * @example
 * ```ts
 * RISK_CLASSES.includes('C'); //=> true
 * ```
 */
export const RISK_CLASSES = /* @__PURE__ */ deepFreeze(['A', 'B', 'C', 'D'] as const);

/**
 * The stratum of enterprises that lack the field the draw is stratified by (no `county`, or no
 * `riskClass`).
 *
 * @example
 * ```ts
 * UNSPECIFIED_STRATUM; //=> 'unspecified'
 * ```
 */
export const UNSPECIFIED_STRATUM = 'unspecified';

const LONE_SURROGATE = /\p{Cs}/u;

function wellFormed(field: string) {
  return (value: string, ctx: z.RefinementCtx): void => {
    if (LONE_SURROGATE.test(value)) {
      addOwnIssue(ctx, 'NOT_WELL_FORMED_UNICODE', {
        'zh-CN': `${field} 含有不成对的代理项，无法按 UTF-8 编码`,
        en: `${field} contains a lone surrogate and cannot be encoded as UTF-8`,
      });
    }
  };
}

/**
 * A problem followed by a character of `text` by code point and position:
 * `含有控制字符 U+0007（第 3 个字符）` / `contains a control character, U+0007 (character 3)`.
 */
function withCharacter(zh: string, en: string, text: string, index: number): BilingualMessage {
  const position = Array.from(text.slice(0, index)).length + 1;
  const label = codePointLabel(String.fromCodePoint(text.codePointAt(index) as number));
  return { 'zh-CN': `${zh} ${label}（第 ${position} 个字符）`, en: `${en}, ${label} (character ${position})` };
}

/**
 * Adds `ID_NOT_CANONICAL` when an inspector id is blank (white space or invisible characters
 * only), has white space or an invisible character at either end, is not in Unicode NFC, or
 * holds a control character (U+0000–U+001F, U+007F–U+009F), naming the character by code point
 * and position: ids are kept as given, and two spellings of one person must not count as two
 * inspectors (Article 9¶1, 2名以上; ids that differ only in width or spacing are duplicates, see
 * `canonicalLists`). The rules of ids and seeds side by side: docs/draw-algorithm.md,
 * "Canonical text".
 */
function canonicalId(value: string, ctx: z.RefinementCtx): void {
  // The empty id has its own issue (too_small).
  if (value === '') return;
  const control = value.search(/\p{Cc}/u);
  // Where the character at an end is: the first code point, else the last.
  const last = Array.from(value.slice(-2)).pop() as string;
  const end = SHOWS_NOTHING.test(String.fromCodePoint(value.codePointAt(0) as number))
    ? 0
    : invisibleAtEnd(value)
    ? value.length - last.length
    : -1;
  const problem: BilingualMessage | undefined =
    typedKey(value) === ''
      ? { 'zh-CN': '为空白', en: 'is blank' }
      : control >= 0
      ? withCharacter('含有控制字符', 'contains a control character', value, control)
      : end >= 0
      ? withCharacter('首尾有空白或不可见字符', 'has white space or an invisible character at an end', value, end)
      : value.normalize('NFC') !== value
      ? { 'zh-CN': '不是 Unicode NFC 形式', en: 'is not in Unicode NFC' }
      : undefined;
  if (problem !== undefined) {
    addOwnIssue(ctx, 'ID_NOT_CANONICAL', {
      'zh-CN': `检查人员编号“${value}”${problem['zh-CN']}`,
      en: `The inspector id "${value}" ${problem.en}`,
    });
  }
}

/**
 * Schema of a draw seed: the public seed, in canonical form (docs/draw-algorithm.md, "Canonical
 * text"), so that two seeds a reader cannot tell apart never make two draws. It may hold ASCII
 * letters and digits, the ASCII punctuation `!#$%()*+,-./:;=?@[]^_{}~`, single ASCII spaces
 * between other characters, the CJK unified ideographs of the Basic Multilingual Plane (and 〇),
 * and the pinyin letters with tone marks (ā á ǎ à … ü ǖ ê), composed or not: the draw
 * NFC-normalises the seed, so `café` typed as `cafe` + U+0301 draws as `café`. Anything else is
 * `SEED_NOT_CANONICAL`, with the first offending character named by code point and position:
 * controls (tab, line breaks, BEL), invisible characters (U+200B–U+200D, U+2060, U+FEFF, U+180E,
 * U+00AD, every default-ignorable character), white space other than one ASCII space inside,
 * characters NFKC changes (full-width digits and letters, ligatures, circled numbers…), other
 * scripts (Cyrillic, Greek…), and characters that read as another where they stand (the letter O
 * among digits or for a die, `4-2-6-O-3-5`; a lower-case l among capitals; 一 next to ASCII…),
 * while words keep their letters (`seed42`, `2024 Q1`, `ISO 9001`). A seed of white space or
 * invisible characters only is `SEED_BLANK`; a lone surrogate `NOT_WELL_FORMED_UNICODE`. The limit
 * `LIMITS.seedMaxLength` applies to the seed both as given and NFC-normalised (the form the
 * record keeps), before anything else. Never pass a JavaScript number: digits past 2^53 are lost.
 *
 * @example
 * ```ts
 * drawSeedSchema.safeParse('3-1-4-1-5-9-2-6').success; //=> true
 * drawSeedSchema.safeParse('2024年7月1日 白城市').success; //=> true
 * drawSeedSchema.safeParse('seed42 2024 Q1').success; //=> true
 * drawSeedSchema.safeParse('4-2-6-O-3-5').success; //=> false (the letter O for a die)
 * drawSeedSchema.safeParse('').success; //=> false
 * drawSeedSchema.safeParse('4-2-6\u200b-1').success; //=> false (SEED_NOT_CANONICAL: U+200B, character 6)
 * drawSeedSchema.safeParse('４-2-6-1').success; //=> false (full-width 4)
 * ```
 */
export const drawSeedSchema = /* @__PURE__ */ (() =>
  boundedString(
    'seedMaxLength',
    z
      .string()
      .min(1)
      .max(LIMITS.seedMaxLength)
      .superRefine(wellFormed('seed'))
      .superRefine((value, ctx) => {
        if (value === '') return;
        // A seed of white space (or invisible characters) only is no public seed.
        if (typedKey(value) === '') {
          addOwnIssue(ctx, 'SEED_BLANK', { 'zh-CN': '随机种子不能为空白', en: 'The seed must not be blank' });
          return;
        }
        const fault = seedFault(value);
        if (fault !== undefined) addOwnIssue(ctx, 'SEED_NOT_CANONICAL', seedFaultMessage(fault));
      }),
    'nfc',
  ))();

/**
 * Schema of a selection ratio: a number with 0 < r ≤ 1, read as the exact decimal it is written
 * as (0.1 is exactly one tenth).
 *
 * @example
 * ```ts
 * drawRatioSchema.safeParse(0.1).success; //=> true
 * drawRatioSchema.safeParse(0).success; //=> false
 * ```
 */
export const drawRatioSchema = /* @__PURE__ */ (() => z.number().gt(0).lte(1))();

/**
 * Schema of one enterprise on the list a draw is made from (the 检查对象名录库 of
 * "双随机、一公开", 国办发〔2015〕58号). `id` is a unified social credit code in canonical form
 * (the rules of enterprise ids, inspector ids and seeds side by side: docs/draw-algorithm.md,
 * "Canonical text").
 *
 * @example
 * ```ts
 * drawEnterpriseSchema.safeParse({ id: '91310110666007217T', county: '220802', riskClass: 'B' }).success; //=> true
 * ```
 */
export const drawEnterpriseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Unified social credit code (canonical form). */
    id: unifiedSocialCreditCodeSchema,
    /** County-level division whose bureau supervises it. */
    county: countyCodeSchema.optional(),
    /** Credit-risk class. */
    riskClass: z.enum(RISK_CLASSES).optional(),
    /** Last day its production license is valid; left out of the draw after that day. */
    licenseValidUntil: plainDateSchema.optional(),
    /** Inspections it has already had this year (for `maxInspectionsPerYear`). */
    inspectionsThisYear: z.number().int().nonnegative().optional(),
  }))();

/**
 * One enterprise on the draw list, as the caller writes it.
 *
 * @example
 * ```ts
 * const e: DrawEnterprise = { id: '91310110666007217T', county: '220881', riskClass: 'C', inspectionsThisYear: 1 };
 * ```
 */
export type DrawEnterprise = DeepReadonly<z.input<typeof drawEnterpriseSchema>>;

/**
 * Schema of one inspector on the list teams are drawn from (the 执法检查人员名录库).
 * `conflicts` lists the enterprises the inspector declared an interest in (回避, 行政处罚法 2021
 * Art 43); they are never sent there. The `id` is kept as given, so it must be canonical: not
 * blank, no control character, no white space or invisible character at either end, Unicode NFC
 * (`ID_NOT_CANONICAL`, naming the character by code point and position; docs/draw-algorithm.md,
 * "Canonical text").
 *
 * @example
 * ```ts
 * drawInspectorSchema.safeParse({ id: 'TB-001', credentialValidUntil: '2026-12-31' }).success; //=> true
 * ```
 */
export const drawInspectorSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Stable identifier, e.g. the enforcement-credential number. */
    id: boundedString(
      'idMaxLength',
      z.string().min(1).max(LIMITS.idMaxLength).superRefine(wellFormed('inspector id')).superRefine(canonicalId),
      'as-is',
    ),
    /** Last day the inspector's enforcement credential is valid (Article 9: 持合法有效证件). */
    credentialValidUntil: plainDateSchema,
    /** The bureau the inspector belongs to (informational; fingerprinted). */
    bureau: boundedString(
      'idMaxLength',
      z.string().min(1).max(LIMITS.idMaxLength).superRefine(wellFormed('bureau')),
      'as-is',
    ).optional(),
    /** Credit codes of enterprises the inspector must not inspect. */
    conflicts: boundedArray(unifiedSocialCreditCodeSchema, 'conflictsMaxPerInspector').optional(),
  }))();

/**
 * One inspector on the draw list, as the caller writes it.
 *
 * @example
 * ```ts
 * const i: DrawInspector = { id: 'TN-004', credentialValidUntil: '2026-06-30', bureau: '220881', conflicts: ['91310110666007217T'] };
 * ```
 */
export type DrawInspector = DeepReadonly<z.input<typeof drawInspectorSchema>>;

/**
 * What a draw may be stratified by: the enterprise's county or its credit-risk class.
 *
 * @example
 * ```ts
 * STRATIFY_BY; //=> ['county', 'riskClass']
 * ```
 */
export const STRATIFY_BY = /* @__PURE__ */ deepFreeze(['county', 'riskClass'] as const);

const STRATUM_KEYS = /* @__PURE__ */ (() => [...countyCodeSchema.options, ...RISK_CLASSES, UNSPECIFIED_STRATUM] as const)();

/**
 * A team size: an integer at most `LIMITS.drawMaxTeamSize` (`LIMIT_EXCEEDED`, checked before
 * anything else); the Article 9¶1 minimum is checked with the date (`checkParameters`).
 *
 * @internal
 */
export function teamSizeSchema() {
  return boundedNumber('drawMaxTeamSize', z.number().int().max(LIMITS.drawMaxTeamSize));
}

/**
 * The parameters of a draw other than its seed, date and lists, as written in the record.
 * `teamSize` is always present in a record.
 */
export const drawParameterShape = /* @__PURE__ */ (() => ({
  /** Share of eligible enterprises to select, 0 < r ≤ 1; the total is ceil(r × eligible). */
  ratio: drawRatioSchema.optional(),
  /** Number of enterprises to select (at most the number eligible). */
  count: z.number().int().nonnegative().optional(),
  /** Inspectors per team; at least 2 (Article 9¶1), at most `LIMITS.drawMaxTeamSize`. */
  teamSize: teamSizeSchema().optional(),
  /** Stratify the draw by county or by credit-risk class. */
  stratifyBy: z.enum(STRATIFY_BY).optional(),
  /** Ratio per stratum, overriding `ratio` (stratum keys: county codes, A–D, 'unspecified'). */
  ratios: noSilentKeys(z.strictObject(Object.fromEntries(STRATUM_KEYS.map((k) => [k, drawRatioSchema.optional()])) as Record<(typeof STRATUM_KEYS)[number], z.ZodOptional<typeof drawRatioSchema>>)).optional(),
  /** Reserves per stratum (default: as many as that stratum selects), capped by what is left. */
  reserveCount: z.number().int().nonnegative().optional(),
  /** Yearly cap: enterprises with `inspectionsThisYear` at or above it are left out. */
  maxInspectionsPerYear: z.number().int().positive().optional(),
  /** Most teams one inspector may join in this draw. */
  maxTeamsPerInspector: z.number().int().positive().optional(),
  /** Enterprises already spot-checked in the period, left out with reason `ALREADY_CHECKED`. */
  alreadyChecked: boundedArray(unifiedSocialCreditCodeSchema, 'drawMaxEnterprises').optional(),
}))();

type ParameterFields = {
  ratio?: number | undefined;
  count?: number | undefined;
  teamSize?: number | undefined;
  stratifyBy?: (typeof STRATIFY_BY)[number] | undefined;
  ratios?: Partial<Record<string, number>> | undefined;
  asOf?: string;
};

/** The minimum team size in force on a date (Article 9¶1: 2名以上). */
export function minimumTeamSize(asOf: string | undefined): number {
  // Before the measures took effect (the draw then throws NotInForceError), for a malformed
  // date (reported at `asOf` by its own schema) or without a date, the first value.
  return valueInForce(MIN_INSPECTORS.values, isPlainDate(asOf) ? asOf : '');
}

/** Cross-field checks shared by the input and the record schema. @internal */
export function checkParameters(p: ParameterFields, ctx: z.RefinementCtx, path: readonly string[] = []): void {
  if (p.ratio !== undefined && p.count !== undefined) {
    addOwnIssue(
      ctx,
      'RATIO_AND_COUNT',
      { 'zh-CN': 'ratio 与 count 只能给出其一', en: 'Give either ratio or count, not both' },
      [...path, 'count'],
    );
  } else if (p.ratio === undefined && p.count === undefined) {
    addOwnIssue(
      ctx,
      'RATIO_OR_COUNT_REQUIRED',
      p.ratios === undefined
        ? { 'zh-CN': '须给出 ratio（比例）或 count（数量）', en: 'Give a ratio or a count' }
        : {
            'zh-CN': '分层比例 ratios 须与 ratio（未列出分层的比例）一起给出',
            en: 'ratios needs a ratio as well (the ratio of strata it does not list)',
          },
      [...path, 'ratio'],
    );
  }
  if (p.ratios !== undefined) {
    if (p.stratifyBy === undefined) {
      addOwnIssue(
        ctx,
        'RATIOS_WITHOUT_STRATA',
        { 'zh-CN': '给出分层比例 ratios 时须指定 stratifyBy', en: 'ratios needs stratifyBy' },
        [...path, 'ratios'],
      );
    } else {
      const allowed: readonly string[] = p.stratifyBy === 'county' ? countyCodeSchema.options : RISK_CLASSES;
      for (const key of Object.keys(p.ratios)) {
        if (key !== UNSPECIFIED_STRATUM && !allowed.includes(key)) {
          addOwnIssue(
            ctx,
            'RATIOS_WRONG_STRATUM',
            {
              'zh-CN': `按 ${p.stratifyBy} 分层时没有“${key}”这一层`,
              en: `There is no stratum "${key}" when stratifying by ${p.stratifyBy}`,
            },
            [...path, 'ratios', key],
          );
        }
      }
    }
    if (p.count !== undefined) {
      addOwnIssue(
        ctx,
        'RATIOS_WITH_COUNT',
        {
          'zh-CN': '分层比例 ratios 须与 ratio（未列出分层的比例）一起使用，不能与 count 一起使用',
          en: 'ratios goes with ratio (the ratio of strata it does not list), not with count',
        },
        [...path, 'ratios'],
      );
    }
  }
  const min = minimumTeamSize(p.asOf);
  if (p.teamSize !== undefined && p.teamSize < min) {
    addOwnIssue(
      ctx,
      'TEAM_SIZE_BELOW_MINIMUM',
      {
        'zh-CN': `检查组人数不得少于${min}名（第九条第一款：应有2名以上持合法有效证件的工作人员参加），收到 ${p.teamSize}`,
        en: `A team needs at least ${min} inspectors (Article 9(1): 2 or more staff with valid credentials), got ${p.teamSize}`,
      },
      [...path, 'teamSize'],
    );
  }
}

/**
 * Schema of the input of {@link drawInspections}. Checks every field and the combinations:
 * exactly one of `ratio` and `count`; `ratios` only with `stratifyBy` and `ratio`; `teamSize`
 * at least 2 (Article 9¶1) and at most `LIMITS.drawMaxTeamSize` (`LIMIT_EXCEEDED`). Duplicate
 * ids, a `count` above the number eligible and more team places than `LIMITS.drawMaxTeamSlots`
 * are found by the draw itself (codes `DUPLICATE_ENTERPRISE_ID`, `DUPLICATE_INSPECTOR_ID`,
 * `COUNT_EXCEEDS_ELIGIBLE`, `LIMIT_EXCEEDED`).
 *
 * @example
 * ```ts
 * drawInputSchema.safeParse({ seed: '7', asOf: '2024-03-01', enterprises: [], inspectors: [], ratio: 0.1 }).success; //=> true
 * drawInputSchema.safeParse({ seed: '7', asOf: '2024-03-01', enterprises: [], inspectors: [] }).success; //=> false (no ratio or count)
 * ```
 */
export const drawInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The public seed (see docs/draw-algorithm.md, "The ceremony" and "Canonical text"). */
      seed: drawSeedSchema,
      /** The day of the draw: licenses and credentials must be valid on it. */
      asOf: plainDateSchema,
      /** The enterprises to draw from. */
      enterprises: boundedArray(drawEnterpriseSchema, 'drawMaxEnterprises'),
      /** The inspectors to draw teams from. */
      inspectors: boundedArray(drawInspectorSchema, 'drawMaxInspectors'),
      ...drawParameterShape,
    })
    .superRefine((input, ctx) => checkParameters(input, ctx))
    .check(SEES_PARSE_ERROR))();

/**
 * The input of {@link drawInspections}, as the caller writes it.
 *
 * @example
 * ```ts
 * const input: DrawInput = {
 *   seed: '3-1-4-1-5-9', asOf: '2024-03-01', ratio: 0.05, stratifyBy: 'county',
 *   enterprises: [{ id: '91310110666007217T', county: '220802' }],
 *   inspectors: [{ id: 'TB-001', credentialValidUntil: '2025-12-31' }],
 * };
 * ```
 */
export type DrawInput = DeepReadonly<z.input<typeof drawInputSchema>>;

/** The input of {@link drawInspections} after parsing. @internal */
export type ParsedDrawInput = z.output<typeof drawInputSchema>;

/** A parsed enterprise. @internal */
export type ParsedEnterprise = z.output<typeof drawEnterpriseSchema>;

/** A parsed inspector. @internal */
export type ParsedInspector = z.output<typeof drawInspectorSchema>;
