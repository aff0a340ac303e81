import type { PlainDate } from '../dates/plain-date.js';
import type { ArticleRef } from '../regulation/citation.js';
import { RuleInputError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { TextHasher, compareCodeUnits } from './canonical.js';
import { assignTeams } from './assign.js';
import {
  canonicalEnterpriseJson,
  canonicalLists,
  fingerprintSortedInspectors,
  type CanonicalInspector,
  type DrawFingerprints,
} from './lists.js';
import { DRAW_ALGORITHM, INSPECTOR_STREAM_LABEL, createStream, enterpriseStreamLabel } from './prng.js';
import {
  recordDigest,
  type DrawAssignment,
  type DrawExclusion,
  type DrawParameters,
  type DrawRecord,
  type DrawStratum,
  type UnstaffedEnterprise,
} from './record.js';
import { UNSPECIFIED_STRATUM, minimumTeamSize, type ParsedDrawInput, type ParsedEnterprise, type ParsedInspector } from './schemas.js';
import { ceilRatio, largestRemainder } from './sizes.js';

/** The stratum key of an unstratified draw. */
export const WHOLE_LIST_STRATUM = 'all';

/**
 * The outcome of a draw.
 *
 * @example
 * ```ts
 * const { selected, assignments, reserves, excluded, unstaffed, record } = drawInspections(input);
 * ```
 */
export interface DrawResult {
  /** Selected enterprises in draw order (those with a team and those without). */
  readonly selected: readonly string[];
  /** Teams for the selected enterprises, in draw order; each of exactly `teamSize` inspectors. */
  readonly assignments: readonly DrawAssignment[];
  /**
   * The ranked continuation of the draw: when a selected enterprise turns out not to be
   * inspectable, the first unused reserve (of the same stratum, in a stratified draw) replaces it.
   */
  readonly reserves: readonly string[];
  /** Every enterprise and inspector left out before the draw, with the reason. */
  readonly excluded: readonly DrawExclusion[];
  /** Selected enterprises for which no full team could be formed, with the reason. */
  readonly unstaffed: readonly UnstaffedEnterprise[];
  /** Figures per stratum (one stratum, `'all'`, when not stratified). */
  readonly strata: readonly DrawStratum[];
  /**
   * The record to publish; {@link verifyDraw} re-runs it. It shares no array or object with the
   * lists above, so changing those leaves the record as drawn.
   */
  readonly record: DrawRecord;
  /**
   * The provisions the draw carries out: Article 8 (the "double random, one public" mechanism:
   * targets and inspectors drawn at random, the record published) and Article 9¶1 (teams of at
   * least 2 inspectors with valid credentials). Not part of the record.
   */
  readonly basis: readonly ArticleRef[];
}

/** The parameters in the form the record writes them. @internal */
export function canonicalParameters(input: Omit<ParsedDrawInput, 'seed' | 'enterprises' | 'inspectors'>): DrawParameters {
  const { ratios, alreadyChecked } = input;
  const out: Record<string, unknown> = {};
  // In this order, each only when given; teamSize always (the default filled in).
  const put = (key: keyof DrawParameters, value: unknown): void => {
    if (value !== undefined) out[key] = value;
  };
  put('ratio', input.ratio);
  put('count', input.count);
  put('teamSize', input.teamSize ?? minimumTeamSize(input.asOf));
  put('stratifyBy', input.stratifyBy);
  put('ratios', ratios && Object.fromEntries(Object.entries(ratios).sort(([a], [b]) => compareCodeUnits(a, b))));
  put('reserveCount', input.reserveCount);
  put('maxInspectionsPerYear', input.maxInspectionsPerYear);
  put('maxTeamsPerInspector', input.maxTeamsPerInspector);
  put('alreadyChecked', alreadyChecked && [...new Set(alreadyChecked)].sort(compareCodeUnits));
  return out as DrawParameters;
}

/** A draw with its lists canonicalised, fingerprinted, filtered and stratified. @internal */
export interface PreparedDraw {
  readonly seed: string;
  readonly asOf: PlainDate;
  readonly fingerprints: DrawFingerprints;
  readonly excluded: DrawExclusion[];
  /** Eligible enterprise ids per stratum, strata by key, ids in canonical order. */
  readonly strata: { readonly key: string; readonly ids: string[] }[];
  /** Eligible inspectors in canonical order. */
  readonly inspectors: CanonicalInspector[];
}

/**
 * Steps 2–5 of docs/draw-algorithm.md: canonical order, fingerprints, exclusions, strata.
 *
 * @internal
 */
export function prepareDraw(
  seed: string,
  asOf: PlainDate,
  parameters: DrawParameters,
  enterprises: readonly ParsedEnterprise[],
  inspectors: readonly ParsedInspector[],
): PreparedDraw {
  const lists = canonicalLists(enterprises, inspectors);
  const excluded: DrawExclusion[] = [];
  const cap = parameters.maxInspectionsPerYear;
  const checked = new Set(parameters.alreadyChecked ?? []);
  const byStratum = new Map<string, string[]>();
  const stratifyBy = parameters.stratifyBy;
  // One pass over the sorted list both fingerprints it (step 3) and applies steps 4–5, so each
  // entry is read from memory once.
  const hasher = new TextHasher();
  hasher.add('[');
  const sorted = lists.enterprises;
  for (let k = 0; k < sorted.length; k++) {
    const e = sorted[k] as ParsedEnterprise;
    hasher.add(k === 0 ? canonicalEnterpriseJson(e) : `,${canonicalEnterpriseJson(e)}`);
    if (e.licenseValidUntil !== undefined && e.licenseValidUntil < asOf) {
      excluded.push({ kind: 'enterprise', id: e.id, reason: 'LICENSE_EXPIRED' });
    } else if (cap !== undefined && (e.inspectionsThisYear ?? 0) >= cap) {
      excluded.push({ kind: 'enterprise', id: e.id, reason: 'YEARLY_CAP_REACHED' });
    } else if (checked.size > 0 && checked.has(e.id)) {
      excluded.push({ kind: 'enterprise', id: e.id, reason: 'ALREADY_CHECKED' });
    } else {
      const key =
        stratifyBy === undefined ? WHOLE_LIST_STRATUM : ((stratifyBy === 'county' ? e.county : e.riskClass) ?? UNSPECIFIED_STRATUM);
      let ids = byStratum.get(key);
      if (ids === undefined) {
        ids = [];
        byStratum.set(key, ids);
      }
      ids.push(e.id);
    }
  }
  hasher.add(']');
  const fingerprints: DrawFingerprints = {
    enterprises: { count: sorted.length, sha256: hasher.hex() },
    inspectors: fingerprintSortedInspectors(lists.inspectors),
  };
  const eligibleInspectors: CanonicalInspector[] = [];
  for (const i of lists.inspectors) {
    if (i.credentialValidUntil < asOf) excluded.push({ kind: 'inspector', id: i.id, reason: 'CREDENTIAL_EXPIRED' });
    else eligibleInspectors.push(i);
  }
  const strata = [...byStratum.keys()].sort(compareCodeUnits).map((key) => ({ key, ids: byStratum.get(key) as string[] }));
  return { seed, asOf, fingerprints, excluded, strata, inspectors: eligibleInspectors };
}

/** Number of enterprises eligible in a prepared draw. @internal */
export function eligibleCount(prepared: PreparedDraw): number {
  return prepared.strata.reduce((sum, s) => sum + s.ids.length, 0);
}

function selectionSizes(prepared: PreparedDraw, p: DrawParameters): number[] {
  const sizes = prepared.strata.map((s) => s.ids.length);
  const ratios = p.ratios;
  if (ratios !== undefined) {
    return prepared.strata.map((s, i) => ceilRatio(ratios[s.key as keyof typeof ratios] ?? (p.ratio as number), sizes[i] as number));
  }
  const eligible = eligibleCount(prepared);
  let total: number;
  if (p.count !== undefined) {
    if (p.count > eligible) {
      throw new RuleInputError([
        {
          path: ['count'],
          code: 'COUNT_EXCEEDS_ELIGIBLE',
          message: {
            'zh-CN': `抽取数量 ${p.count} 超过可抽取的企业数 ${eligible}`,
            en: `count ${p.count} is more than the ${eligible} eligible enterprises`,
          },
        },
      ]);
    }
    total = p.count;
  } else {
    total = ceilRatio(p.ratio as number, eligible);
  }
  return largestRemainder(total, sizes);
}

function interleave(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  const longest = lists.reduce((max, l) => Math.max(max, l.length), 0);
  for (let rank = 0; rank < longest; rank++) {
    for (const list of lists) {
      if (rank < list.length) out.push(list[rank] as string);
    }
  }
  return out;
}

/**
 * Refuses a draw whose teams would take more than `LIMITS.drawMaxTeamSlots` places (enterprises
 * selected × `teamSize`), before anything is shuffled or any team formed.
 *
 * @internal
 */
export function checkTeamPlaces(sizes: readonly number[], teamSize: number): void {
  let selected = 0;
  for (const k of sizes) selected += k;
  const places = selected * teamSize;
  if (places > LIMITS.drawMaxTeamSlots) {
    const max = LIMITS.drawMaxTeamSlots;
    throw new RuleInputError([
      {
        path: ['teamSize'],
        code: 'LIMIT_EXCEEDED',
        message: {
          'zh-CN': `检查组席位超出上限：抽中 ${selected} 家企业、每组 ${teamSize} 人，共 ${places} 个，最多 ${max} 个（LIMITS.drawMaxTeamSlots）`,
          en: `Too many team places: ${selected} enterprises selected × ${teamSize} inspectors is ${places}, at most ${max} (LIMITS.drawMaxTeamSlots)`,
        },
      },
    ]);
  }
}

/**
 * Steps 6–11 of docs/draw-algorithm.md: sizes, shuffles, merge, teams, record.
 *
 * @internal
 */
export function completeDraw(prepared: PreparedDraw, parameters: DrawParameters): DrawResult {
  const { seed, asOf } = prepared;
  const sizes = selectionSizes(prepared, parameters);
  checkTeamPlaces(sizes, parameters.teamSize);
  const selectedByStratum: string[][] = [];
  const reservesByStratum: string[][] = [];
  const strata: DrawStratum[] = [];
  prepared.strata.forEach((stratum, s) => {
    const ids = stratum.ids.slice();
    const n = ids.length;
    const k = sizes[s] as number;
    const r = Math.min(parameters.reserveCount ?? k, n - k);
    if (k + r > 0) {
      const stream = createStream(enterpriseStreamLabel(stratum.key), seed);
      for (let i = 0; i < k + r; i++) {
        const j = i + stream.below(n - i);
        const t = ids[i] as string;
        ids[i] = ids[j] as string;
        ids[j] = t;
      }
    }
    selectedByStratum.push(ids.slice(0, k));
    reservesByStratum.push(ids.slice(k, k + r));
    strata.push({ key: stratum.key, eligible: n, selected: k, reserves: r });
  });
  const selected = interleave(selectedByStratum);
  const reserves = interleave(reservesByStratum);
  const teams = assignTeams(
    selected,
    prepared.inspectors,
    parameters.teamSize,
    parameters.maxTeamsPerInspector,
    createStream(INSPECTOR_STREAM_LABEL, seed),
  );
  const body = {
    algorithm: DRAW_ALGORITHM,
    seed,
    asOf,
    parameters,
    fingerprints: prepared.fingerprints,
    excluded: prepared.excluded,
    strata,
    result: { selected, assignments: teams.assignments, unstaffed: teams.unstaffed, reserves },
  } satisfies Omit<DrawRecord, 'digest'>;
  const record: DrawRecord = { ...body, digest: recordDigest(body) };
  // The result's lists are copies: changing them (say, putting a reserve in a selected place)
  // must not change the record that is published and verified.
  return {
    selected: [...selected],
    assignments: teams.assignments.map((a) => ({ enterpriseId: a.enterpriseId, inspectorIds: [...a.inspectorIds] })),
    reserves: [...reserves],
    excluded: prepared.excluded.map((e) => ({ ...e })),
    unstaffed: teams.unstaffed.map((u) => ({ ...u })),
    strata: strata.map((s) => ({ ...s })),
    record,
    basis: [{ article: 8 }, { article: 9, paragraph: 1 }],
  };
}
