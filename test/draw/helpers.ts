import fc from 'fast-check';
import { USCC_ALPHABET, creditCodeCheckCharacter } from '../../src/identifiers/uscc.js';
import type { DrawEnterprise, DrawInput, DrawInspector } from '../../src/draw/index.js';

/** A valid credit code from a number: prefix 9122080000 (Baicheng), then 7 base-31 digits. */
export function creditCode(n: number): string {
  let digits = '';
  let v = n;
  for (let i = 0; i < 7; i++) {
    digits = USCC_ALPHABET.charAt(v % 31) + digits;
    v = Math.floor(v / 31);
  }
  const first17 = `9122080000${digits}`;
  return first17 + (creditCodeCheckCharacter(first17) as string);
}

export const COUNTIES = ['220802', '220821', '220822', '220881', '220882'] as const;
export const CLASSES = ['A', 'B', 'C', 'D'] as const;

/** n enterprises with distinct ids 0..n-1 and no optional fields. */
export function plainEnterprises(n: number, offset = 0): DrawEnterprise[] {
  return Array.from({ length: n }, (_, i) => ({ id: creditCode(i + offset) }));
}

/** m inspectors valid until 2030-12-31, ids I00, I01… */
export function plainInspectors(m: number): DrawInspector[] {
  return Array.from({ length: m }, (_, i) => ({ id: `I${String(i).padStart(2, '0')}`, credentialValidUntil: '2030-12-31' }));
}

/** Deep-freezes a value (inputs must never be mutated). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Canonical public seeds (docs/draw-algorithm.md, "Canonical text"), canonical by construction:
 * tokens — dice digits, words of ASCII letters other than O, o, I and l (so no letter stands for a
 * digit; some with a pinyin tone mark, composed or as letter + combining mark, which the draw
 * composes), such a word followed by digits (`seed42`, `Q1`), runs of Chinese characters from
 * U+4E90 on but 十 (past 一, 丨, 二 and the other characters shaped like ASCII) — joined by one
 * separator each (a single space among them).
 */
export const canonicalSeedArb: fc.Arbitrary<string> = (() => {
  const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 6 });
  const letters = fc.constantFrom(...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ', 'é', 'e\u0301', 'ǎ', 'a\u030c', 'ü', 'u\u0308');
  const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((l) => l.join(''));
  const code = fc.tuple(word, digits).map(([w, d]) => w + d);
  const han = fc.string({ unit: fc.integer({ min: 0x4e90, max: 0x9fff }).filter((cp) => cp !== 0x5341).map((cp) => String.fromCodePoint(cp)), minLength: 1, maxLength: 4 });
  const separator = fc.constantFrom('-', ' ', '/', '.', ':', '_', ',', '#');
  return fc
    .tuple(fc.oneof(digits, word, code, han), fc.array(fc.tuple(separator, fc.oneof(digits, word, code, han)), { maxLength: 4 }))
    .map(([first, rest]) => first + rest.map(([sep, token]) => sep + token).join(''));
})();

/** Random draw inputs: small lists, every option exercised. */
export const drawInputArb: fc.Arbitrary<DrawInput> = fc
  .record({
    ids: fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 0, maxLength: 40 }),
    inspectorCount: fc.integer({ min: 0, max: 9 }),
    seed: canonicalSeedArb,
    mode: fc.constantFrom('ratio', 'count', 'ratios'),
    ratio: fc.constantFrom(0.05, 0.1, 0.25, 1 / 3, 0.5, 1),
    countShare: fc.double({ min: 0, max: 1, noNaN: true }),
    teamSize: fc.constantFrom(undefined, 2, 3),
    stratifyBy: fc.constantFrom(undefined, 'county' as const, 'riskClass' as const),
    reserveCount: fc.constantFrom(undefined, 0, 1, 5),
    maxInspectionsPerYear: fc.constantFrom(undefined, 1, 2),
    maxTeamsPerInspector: fc.constantFrom(undefined, 1, 3),
    attrs: fc.array(
      fc.record({
        county: fc.constantFrom(undefined, ...COUNTIES),
        riskClass: fc.constantFrom(undefined, ...CLASSES),
        expired: fc.boolean(),
        inspections: fc.constantFrom(undefined, 0, 1, 2),
      }),
      { minLength: 40, maxLength: 40 },
    ),
    inspectorAttrs: fc.array(
      fc.record({ expired: fc.boolean(), conflicts: fc.array(fc.integer({ min: 0, max: 39 }), { maxLength: 4 }) }),
      { minLength: 9, maxLength: 9 },
    ),
    alreadyChecked: fc.array(fc.integer({ min: 0, max: 39 }), { maxLength: 3 }),
  })
  .map((r) => {
    const enterprises: DrawEnterprise[] = r.ids.map((n, i) => {
      const a = r.attrs[i]!;
      return {
        id: creditCode(n),
        ...(a.county !== undefined ? { county: a.county } : {}),
        ...(a.riskClass !== undefined ? { riskClass: a.riskClass } : {}),
        ...(i % 3 === 0 ? { licenseValidUntil: a.expired ? '2024-02-29' : '2024-03-01' } : {}),
        ...(a.inspections !== undefined ? { inspectionsThisYear: a.inspections } : {}),
      };
    });
    const inspectors: DrawInspector[] = Array.from({ length: r.inspectorCount }, (_, i) => {
      const a = r.inspectorAttrs[i]!;
      const conflicts = a.conflicts.filter((c) => c < r.ids.length).map((c) => creditCode(r.ids[c]!));
      return {
        id: `insp-${i}`,
        credentialValidUntil: a.expired && i % 4 === 0 ? '2024-01-31' : '2026-01-31',
        ...(conflicts.length > 0 ? { conflicts } : {}),
        ...(i % 2 === 0 ? { bureau: COUNTIES[i % 5]! } : {}),
      };
    });
    const base = {
      seed: r.seed,
      asOf: '2024-03-01',
      enterprises,
      inspectors,
      ...(r.teamSize !== undefined ? { teamSize: r.teamSize } : {}),
      ...(r.reserveCount !== undefined ? { reserveCount: r.reserveCount } : {}),
      ...(r.maxInspectionsPerYear !== undefined ? { maxInspectionsPerYear: r.maxInspectionsPerYear } : {}),
      ...(r.maxTeamsPerInspector !== undefined ? { maxTeamsPerInspector: r.maxTeamsPerInspector } : {}),
      ...(r.alreadyChecked.length > 0
        ? { alreadyChecked: r.alreadyChecked.filter((c) => c < r.ids.length).map((c) => creditCode(r.ids[c]!)) }
        : {}),
    };
    if (r.mode === 'ratios' && r.stratifyBy !== undefined) {
      const keys = r.stratifyBy === 'county' ? [COUNTIES[0], COUNTIES[2]] : ['A', 'D'];
      return { ...base, stratifyBy: r.stratifyBy, ratio: r.ratio, ratios: { [keys[0]!]: 0.5, [keys[1]!]: 0.2 } } as DrawInput;
    }
    const strat = r.stratifyBy !== undefined ? { stratifyBy: r.stratifyBy } : {};
    if (r.mode === 'count') {
      // A count never above the number eligible (the exclusion rules of step 4, by hand).
      const checked = new Set((base as { alreadyChecked?: string[] }).alreadyChecked ?? []);
      const eligible = enterprises.filter(
        (e) =>
          !(e.licenseValidUntil !== undefined && e.licenseValidUntil < '2024-03-01') &&
          !(r.maxInspectionsPerYear !== undefined && (e.inspectionsThisYear ?? 0) >= r.maxInspectionsPerYear) &&
          !checked.has(e.id),
      ).length;
      return { ...base, ...strat, count: Math.floor(r.countShare * eligible) } as DrawInput;
    }
    return { ...base, ...strat, ratio: r.ratio } as DrawInput;
  });

/** Shuffles an array with a fast-check-provided permutation seed (for order independence). */
export function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)]! * 1000 + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}
