import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import {
  NotInForceError,
  RuleInputError,
  drawInspections,
  drawRecordSchema,
  fingerprintDrawLists,
  verifyDraw,
  type DrawInput,
} from '../../src/index.js';
import { creditCode, deepFreeze, plainEnterprises, plainInspectors } from './helpers.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputIssues } from '../support/issues.js';

const base: DrawInput = {
  seed: '1-2-3-4-5-6',
  asOf: '2024-03-01',
  ratio: 0.1,
  enterprises: plainEnterprises(30),
  inspectors: plainInspectors(6),
};

function issueCodes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleInputError) return error.issues.map((i) => i.code);
    throw error;
  }
  throw new Error('expected a RuleInputError');
}

function issuesOf(fn: () => unknown): RuleInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleInputError) return error;
    throw error;
  }
  throw new Error('expected a RuleInputError');
}

describe('drawInspections — input errors are RuleInputError, never TypeError', () => {
  it.each([null, undefined, 42, 'seed', [], {}])('rejects %j', (input) => {
    expect(() => drawInspections(input as never)).toThrow(RuleInputError);
  });

  it('rejects an empty seed and a seed with a lone surrogate', () => {
    expect(() => drawInspections({ ...base, seed: '' })).toThrow(RuleInputError);
    expect(issueCodes(() => drawInspections({ ...base, seed: 'a\uD800b' }))).toContain('NOT_WELL_FORMED_UNICODE');
  });

  it('rejects a seed given as a number (digits past 2^53 would be lost)', () => {
    expect(() => drawInspections({ ...base, seed: 12345678901234567890 as never })).toThrow(RuleInputError);
  });

  it('rejects enterprise ids that are not canonical credit codes', () => {
    expect(issueCodes(() => drawInspections({ ...base, enterprises: [{ id: '91350203M0001QAY9B' }] }))).toContain('USCC_CHECK_CHARACTER');
    expect(issueCodes(() => drawInspections({ ...base, enterprises: [{ id: '91350203m0001qay99' }] }))).toContain('USCC_NOT_CANONICAL');
  });

  it('names every duplicate enterprise id, and duplicate inspector ids', () => {
    const a = creditCode(1);
    const b = creditCode(2);
    const error = issuesOf(() =>
      drawInspections({
        ...base,
        enterprises: [{ id: a }, { id: b }, { id: a }, { id: b }, { id: creditCode(3) }],
        inspectors: [...plainInspectors(2), { id: 'I00', credentialValidUntil: '2030-01-01' }],
      }),
    );
    const dup = error.issues.find((i) => i.code === 'DUPLICATE_ENTERPRISE_ID');
    expect(dup?.message.en).toContain(a);
    expect(dup?.message.en).toContain(b);
    expect(dup?.message['zh-CN']).toContain(a);
    expect(error.issues.find((i) => i.code === 'DUPLICATE_INSPECTOR_ID')?.message.en).toContain('I00');
  });

  // Article 9¶1 asks for 2名以上 people: 'TB-001' and 'TB-001 ' (or an NFD spelling, or a blank
  // id) must not make up a team as two inspectors. Ids are kept as given, so they must be canonical.
  it('inspector ids that are blank, padded or not NFC: ID_NOT_CANONICAL; a blank seed: SEED_BLANK', () => {
    for (const id of ['TB-001 ', ' TB-001', '  ', '\u3000', '\u200b', 'TB-001\u200b', '\ufeffTB-001', 'e\u0301', 'TB\u0000001', 'TB\u0007']) {
      const error = issuesOf(() => drawInspections({ ...base, inspectors: [{ id, credentialValidUntil: '2030-01-01' }, ...plainInspectors(2)] }));
      expect(error.issues.map((i) => [i.code, i.path])).toContainEqual(['ID_NOT_CANONICAL', ['inspectors', 0, 'id']]);
    }
    // Each problem is named on its own; the empty id is too_small only.
    const message = (id: string): string | undefined =>
      issuesOf(() => drawInspections({ ...base, inspectors: [{ id, credentialValidUntil: '2030-01-01' }, ...plainInspectors(2)] })).issues.find(
        (i) => i.code === 'ID_NOT_CANONICAL',
      )?.message['zh-CN'];
    expect(message('  ')).toBe('检查人员编号“  ”为空白');
    expect(message('TB-001 ')).toBe('检查人员编号“TB-001 ”首尾有空白或不可见字符 U+0020（第 7 个字符）');
    expect(message('e\u0301')).toBe('检查人员编号“e\u0301”不是 Unicode NFC 形式');
    expect(message('TB\u0007')).toBe('检查人员编号“TB\u0007”含有控制字符 U+0007（第 3 个字符）');
    // Counted by hand: the control character inside (2nd), the space at the start (1st), in both
    // languages; a control character is named before the ends.
    expect(message('T\u0007B')).toBe('检查人员编号“T\u0007B”含有控制字符 U+0007（第 2 个字符）');
    expect(message(' TB-001')).toBe('检查人员编号“ TB-001”首尾有空白或不可见字符 U+0020（第 1 个字符）');
    expect(message('\u0001TB ')).toBe('检查人员编号“\u0001TB ”含有控制字符 U+0001（第 1 个字符）');
    const english = (id: string): string | undefined =>
      issuesOf(() => drawInspections({ ...base, inspectors: [{ id, credentialValidUntil: '2030-01-01' }, ...plainInspectors(2)] })).issues.find(
        (i) => i.code === 'ID_NOT_CANONICAL',
      )?.message.en;
    expect(english('T\u0007B')).toBe('The inspector id "T\u0007B" contains a control character, U+0007 (character 2)');
    expect(english(' TB-001')).toBe('The inspector id " TB-001" has white space or an invisible character at an end, U+0020 (character 1)');
    expect(issuesOf(() => drawInspections({ ...base, inspectors: [{ id: '', credentialValidUntil: '2030-01-01' }] })).issues.map((i) => i.code)).toEqual(['too_small']);
    // Ids equal as typed (NFKC, spaces and invisible characters removed) are one person twice.
    // A variation selector or a grapheme joiner inside an id shows nothing either.
    for (const twin of ['ＴＢ-００１', 'TB -001', 'TB-\u200b001', 'TB-\u034f001', 'TB-0\u180b01']) {
      const error = issuesOf(() =>
        drawInspections({ ...base, inspectors: [{ id: 'TB-001', credentialValidUntil: '2030-01-01' }, { id: twin, credentialValidUntil: '2030-01-01' }] }),
      );
      const dup = error.issues.find((i) => i.code === 'DUPLICATE_INSPECTOR_ID');
      expect(dup?.message.en).toContain('TB-001');
      expect(dup?.message.en).toContain(twin);
    }
    // Canonical ids pass, Chinese and NFC-composed ones included.
    expect(() => drawInspections({ ...base, inspectors: [{ id: '白城-é-001', credentialValidUntil: '2030-01-01' }, ...plainInspectors(2)] })).not.toThrow();
    expect(message('TB-001\u180b')).toBe('检查人员编号“TB-001\u180b”首尾有空白或不可见字符 U+180B（第 7 个字符）');
    for (const seed of [' ', '\u3000\u3000', '\u200b', '\ufe0f', '\u034f\u3164']) {
      expect(issuesOf(() => drawInspections({ ...base, seed })).issues.map((i) => i.code)).toContain('SEED_BLANK');
    }
  });

  it('the record writes the parameters given, and teamSize, nothing else; ratios by stratum in code-unit order', () => {
    const r = drawInspections({ ...base, ratio: undefined, count: 3 });
    // teamSize filled in with Article 9¶1's minimum, 2; no key for a parameter not given.
    expect(Object.keys(r.record.parameters)).toEqual(['count', 'teamSize']);
    expect(r.record.parameters.teamSize).toBe(2);
    const strata = drawInspections({ ...base, stratifyBy: 'riskClass', ratios: { unspecified: 0.5, D: 0.2, B: 0.3 } });
    // 'B' < 'D' < 'unspecified' in UTF-16 code units, whatever order they were given in.
    expect(Object.keys(strata.record.parameters.ratios ?? {})).toEqual(['B', 'D', 'unspecified']);
    expect(Object.keys(strata.record.parameters)).toEqual(['ratio', 'teamSize', 'stratifyBy', 'ratios']);
  });

  // The record is what is published and verified: work on the result (docs/draw-algorithm.md: a
  // reserve takes the place of a selected enterprise that cannot be inspected) must not change it.
  it('the result shares no list with the record: changing it leaves the record verifiable', () => {
    const input = { ...base, ratio: 0.2, enterprises: plainEnterprises(20), inspectors: plainInspectors(6), reserveCount: 2 };
    const r = drawInspections(input);
    const before = JSON.stringify(r.record);
    expect(r.selected.length).toBe(4); // ceil(0.2 × 20) = 4
    // A plain-JavaScript caller can change what the types mark readonly.
    const loose = r as unknown as { [K in 'selected' | 'reserves' | 'assignments' | 'excluded' | 'unstaffed' | 'strata']: unknown[] };
    loose.selected[0] = r.reserves[0];
    loose.reserves.pop();
    (loose.assignments[0] as { inspectorIds: string[] }).inspectorIds.reverse();
    loose.assignments.pop();
    loose.excluded.push({ kind: 'inspector', id: 'x', reason: 'CREDENTIAL_EXPIRED' });
    loose.unstaffed.push({ enterpriseId: 'x', reason: 'TOO_FEW_INSPECTORS' });
    (loose.strata[0] as { selected: number }).selected = 99;
    expect(JSON.stringify(r.record)).toBe(before);
    expect(verifyDraw(r.record, input)).toEqual({ valid: true, differences: [] });
  });

  it('shortens a long list of duplicates', () => {
    const enterprises = plainEnterprises(25);
    const error = issuesOf(() => drawInspections({ ...base, enterprises: [...enterprises, ...enterprises] }));
    expect(error.issues[0]?.message.en).toContain('(+5)');
  });

  it('wants exactly one of ratio and count', () => {
    const { ratio: _r, ...noRatio } = base;
    expect(issueCodes(() => drawInspections(noRatio))).toEqual(['RATIO_OR_COUNT_REQUIRED']);
    expect(issueCodes(() => drawInspections({ ...base, count: 3 }))).toEqual(['RATIO_AND_COUNT']);
  });

  it('neither ratio nor count (nor ratios): the plain message', () => {
    const { ratio: _r, ...noRatio } = base;
    const error = issuesOf(() => drawInspections(noRatio));
    expect(error.issues.map((i) => i.message['zh-CN'])).toEqual(['须给出 ratio（比例）或 count（数量）']);
  });

  it('ratios alone: the message says a ratio is wanted beside them (issue #4: ratios per stratum, with ratio)', () => {
    const { ratio: _r, ...noRatio } = base;
    const error = issuesOf(() => drawInspections({ ...noRatio, stratifyBy: 'county', ratios: { '220802': 0.5 } }));
    expect(error.issues.map((i) => [i.code, i.message['zh-CN'], i.message.en])).toEqual([
      ['RATIO_OR_COUNT_REQUIRED', '分层比例 ratios 须与 ratio（未列出分层的比例）一起给出', 'ratios needs a ratio as well (the ratio of strata it does not list)'],
    ]);
  });

  it.each([0, -0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('rejects ratio %s (0 < r ≤ 1)', (ratio) => {
    expect(() => drawInspections({ ...base, ratio })).toThrow(RuleInputError);
  });

  it.each([-1, 2.5, Number.NaN])('rejects count %s', (count) => {
    const { ratio: _r, ...noRatio } = base;
    expect(() => drawInspections({ ...noRatio, count })).toThrow(RuleInputError);
  });

  it('rejects a count above the number eligible (after exclusions)', () => {
    const { ratio: _r, ...noRatio } = base;
    const enterprises = [...plainEnterprises(3), { id: creditCode(50), licenseValidUntil: '2024-02-29' }];
    expect(() => drawInspections({ ...noRatio, enterprises, count: 3 })).not.toThrow();
    const error = issuesOf(() => drawInspections({ ...noRatio, enterprises, count: 4 }));
    expect(error.issues.map((i) => i.code)).toEqual(['COUNT_EXCEEDS_ELIGIBLE']);
    expect(error.issues[0]?.path).toEqual(['count']);
    expect(error.issues[0]?.message.en).toContain('3 eligible');
  });

  it('rejects a team smaller than 2, citing Article 9', () => {
    const error = issuesOf(() => drawInspections({ ...base, teamSize: 1 }));
    expect(error.issues[0]?.code).toBe('TEAM_SIZE_BELOW_MINIMUM');
    expect(error.issues[0]?.message['zh-CN']).toContain('第九条');
    expect(error.issues[0]?.message.en).toContain('Article 9');
    expect(() => drawInspections({ ...base, teamSize: 2.5 })).toThrow(RuleInputError);
  });

  it('rejects unknown keys, at the top and in entries', () => {
    expect(() => drawInspections({ ...base, extra: 1 } as never)).toThrow(RuleInputError);
    expect(() => drawInspections({ ...base, enterprises: [{ id: creditCode(1), name: 'x' } as never] })).toThrow(RuleInputError);
    const polluted = JSON.parse(`{"id":"${creditCode(1)}","__proto__":{"polluted":true}}`) as never;
    expect(() => drawInspections({ ...base, enterprises: [polluted] })).toThrow(RuleInputError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('checks ratios: needs stratifyBy, goes with ratio not count, keys of the right kind', () => {
    expect(issueCodes(() => drawInspections({ ...base, ratios: { A: 0.5 } }))).toEqual(['RATIOS_WITHOUT_STRATA']);
    const { ratio: _r, ...noRatio } = base;
    expect(issueCodes(() => drawInspections({ ...noRatio, count: 1, stratifyBy: 'riskClass', ratios: { A: 0.5 } }))).toEqual([
      'RATIOS_WITH_COUNT',
    ]);
    expect(issueCodes(() => drawInspections({ ...base, stratifyBy: 'riskClass', ratios: { '220802': 0.5 } }))).toEqual([
      'RATIOS_WRONG_STRATUM',
    ]);
    expect(issueCodes(() => drawInspections({ ...base, stratifyBy: 'county', ratios: { B: 0.5 } }))).toEqual(['RATIOS_WRONG_STRATUM']);
    expect(() => drawInspections({ ...base, stratifyBy: 'county', ratios: { X: 0.5 } as never })).toThrow(RuleInputError);
    expect(() => drawInspections({ ...base, stratifyBy: 'county', ratios: { unspecified: 0.5 } })).not.toThrow();
  });

  it('every issue has a message in both languages', () => {
    const error = issuesOf(() => drawInspections({ ...base, ratio: 2, teamSize: 1, enterprises: [{ id: 'x' }] }));
    for (const issue of error.issues) {
      expect(issue.message['zh-CN']).not.toBe('');
      expect(issue.message.en).not.toBe('');
    }
  });

  it('throws NotInForceError before 2020-11-25 (Article 24), and draws on that day', () => {
    expect(() => drawInspections({ ...base, asOf: '2020-11-24' })).toThrow(NotInForceError);
    expect(drawInspections({ ...base, asOf: '2020-11-25' }).selected).toHaveLength(3);
  });

  it('rejects malformed dates as RuleInputError', () => {
    expect(() => drawInspections({ ...base, asOf: '2024-02-30' })).toThrow(RuleInputError);
    expect(() => drawInspections({ ...base, inspectors: [{ id: 'x', credentialValidUntil: '2024/01/01' }] })).toThrow(RuleInputError);
  });
});

describe('drawInspections — selection size', () => {
  it('ceil(ratio × eligible) in exact decimal arithmetic: 0.1 × 30 = 3, not 4', () => {
    expect(drawInspections(base).selected).toHaveLength(3);
    expect(drawInspections({ ...base, enterprises: plainEnterprises(31) }).selected).toHaveLength(4);
    expect(drawInspections({ ...base, ratio: 0.07, enterprises: plainEnterprises(100) }).selected).toHaveLength(7);
  });

  it('ratio 1 selects everyone eligible and leaves no reserves', () => {
    const r = drawInspections({ ...base, ratio: 1 });
    expect(new Set(r.selected)).toEqual(new Set(plainEnterprises(30).map((e) => e.id)));
    expect(r.reserves).toEqual([]);
  });

  it('count selects exactly count; count 0 selects nothing', () => {
    const { ratio: _r, ...noRatio } = base;
    expect(drawInspections({ ...noRatio, count: 7 }).selected).toHaveLength(7);
    const none = drawInspections({ ...noRatio, count: 0 });
    expect(none.selected).toEqual([]);
    expect(none.assignments).toEqual([]);
    expect(none.reserves).toEqual([]);
  });

  it('no eligible enterprises: ratio selects 0, no error', () => {
    const r = drawInspections({ ...base, enterprises: [{ id: creditCode(1), licenseValidUntil: '2020-12-31' }] });
    expect(r.selected).toEqual([]);
    expect(r.strata).toEqual([]);
    expect(r.excluded).toEqual([{ kind: 'enterprise', id: creditCode(1), reason: 'LICENSE_EXPIRED' }]);
  });

  it('shares the total among strata by largest remainder, ties to the first key', () => {
    // Counties 220802: 5, 220821: 3, 220822: 2 → N = 10, T = ceil(0.5 × 10) = 5.
    // 5×5/10 = 2 rem 5; 5×3/10 = 1 rem 5; 5×2/10 = 1 rem 0 → one left, tie 5 = 5 → 220802.
    const counties = ['220802', '220802', '220802', '220802', '220802', '220821', '220821', '220821', '220822', '220822'] as const;
    const enterprises = counties.map((county, i) => ({ id: creditCode(i), county }));
    const r = drawInspections({ ...base, ratio: 0.5, stratifyBy: 'county', enterprises });
    expect(r.strata.map((s) => [s.key, s.eligible, s.selected])).toEqual([
      ['220802', 5, 3],
      ['220821', 3, 1],
      ['220822', 2, 1],
    ]);
    expect(r.selected).toHaveLength(5);
    const countyOf = new Map(enterprises.map((e) => [e.id, e.county]));
    // Round-robin merge by rank: ranks 0 of 220802, 220821, 220822, then rank 1 and 2 of 220802.
    expect(r.selected.map((id) => countyOf.get(id))).toEqual(['220802', '220821', '220822', '220802', '220802']);
  });

  it('count with strata is shared the same way', () => {
    const enterprises = plainEnterprises(9).map((e, i) => ({ ...e, riskClass: (['A', 'B', 'C'] as const)[i % 3] }));
    const { ratio: _r, ...noRatio } = base;
    // 3 per class, count 4: 4×3/9 = 1 rem 3 each; one left → 'A'.
    const r = drawInspections({ ...noRatio, count: 4, stratifyBy: 'riskClass', enterprises });
    expect(r.strata.map((s) => s.selected)).toEqual([2, 1, 1]);
  });

  it('per-stratum ratios: ceil(r_s × n_s), unlisted strata use ratio', () => {
    // A: 8 × 0.1 → ceil(0.8) = 1; B: 8 × 0.5 = 4; no class: 4 × 0.3 (ratio) → ceil(1.2) = 2.
    const enterprises = [
      ...plainEnterprises(8).map((e) => ({ ...e, riskClass: 'A' as const })),
      ...plainEnterprises(8, 100).map((e) => ({ ...e, riskClass: 'B' as const })),
      ...plainEnterprises(4, 200),
    ];
    const r = drawInspections({ ...base, ratio: 0.3, stratifyBy: 'riskClass', ratios: { A: 0.1, B: 0.5 }, enterprises });
    expect(r.strata.map((s) => [s.key, s.selected])).toEqual([
      ['A', 1],
      ['B', 4],
      ['unspecified', 2],
    ]);
  });

  it('reserves: by default as many as selected, capped by what is left; reserveCount overrides', () => {
    expect(drawInspections(base).reserves).toHaveLength(3);
    expect(drawInspections({ ...base, ratio: 0.9 }).reserves).toHaveLength(3); // 27 selected, 3 left
    expect(drawInspections({ ...base, reserveCount: 10 }).reserves).toHaveLength(10);
    expect(drawInspections({ ...base, reserveCount: 0 }).reserves).toEqual([]);
  });

  it('the ranking is a prefix: a larger ratio extends the selection, and reserves continue it', () => {
    const small = drawInspections({ ...base, ratio: 0.1, reserveCount: 6 });
    const large = drawInspections({ ...base, ratio: 0.3 });
    expect(large.selected.slice(0, 3)).toEqual(small.selected);
    expect(large.selected.slice(3, 9)).toEqual(small.reserves);
  });
});

describe('drawInspections — exclusions', () => {
  it('a licence valid until asOf is valid on asOf; one that ended the day before is not', () => {
    const enterprises = [
      { id: creditCode(1), licenseValidUntil: '2024-03-01' },
      { id: creditCode(2), licenseValidUntil: '2024-02-29' },
    ];
    const r = drawInspections({ ...base, ratio: 1, enterprises });
    expect(r.selected).toEqual([creditCode(1)]);
    expect(r.excluded).toEqual([{ kind: 'enterprise', id: creditCode(2), reason: 'LICENSE_EXPIRED' }]);
  });

  it('the yearly cap excludes enterprises at or above it; no cap, no exclusion', () => {
    const enterprises = [
      { id: creditCode(1), inspectionsThisYear: 1 },
      { id: creditCode(2), inspectionsThisYear: 2 },
      { id: creditCode(3), inspectionsThisYear: 3 },
      { id: creditCode(4) },
    ];
    const capped = drawInspections({ ...base, ratio: 1, enterprises, maxInspectionsPerYear: 2 });
    expect(capped.excluded.map((x) => [x.id, x.reason])).toEqual([
      [creditCode(2), 'YEARLY_CAP_REACHED'],
      [creditCode(3), 'YEARLY_CAP_REACHED'],
    ]);
    expect(drawInspections({ ...base, ratio: 1, enterprises }).excluded).toEqual([]);
  });

  it('an expired licence takes precedence over the cap; alreadyChecked comes last', () => {
    const enterprises = [{ id: creditCode(1), licenseValidUntil: '2024-01-01', inspectionsThisYear: 9 }, { id: creditCode(2), inspectionsThisYear: 9 }];
    const r = drawInspections({ ...base, enterprises, maxInspectionsPerYear: 1, alreadyChecked: [creditCode(1), creditCode(2), creditCode(3)] });
    expect(r.excluded.map((x) => x.reason)).toEqual(['LICENSE_EXPIRED', 'YEARLY_CAP_REACHED']);
  });

  it('inspectors whose credential ended before asOf are excluded and never on a team', () => {
    const inspectors = [...plainInspectors(3), { id: 'old', credentialValidUntil: '2024-02-29' }, { id: 'today', credentialValidUntil: '2024-03-01' }];
    const r = drawInspections({ ...base, ratio: 1, inspectors });
    expect(r.excluded).toEqual([{ kind: 'inspector', id: 'old', reason: 'CREDENTIAL_EXPIRED' }]);
    const used = new Set(r.assignments.flatMap((a) => a.inspectorIds));
    expect(used.has('old')).toBe(false);
    expect(used.has('today')).toBe(true);
  });
});

describe('drawInspections — teams', () => {
  it('teams of teamSize distinct inspectors; loads differ by at most one', () => {
    const r = drawInspections({ ...base, ratio: 1, teamSize: 3, inspectors: plainInspectors(7) });
    // 30 teams × 3 = 90 places over 7 inspectors: 90 = 7 × 12 + 6 → six with 13, one with 12.
    const load = new Map<string, number>();
    for (const a of r.assignments) {
      expect(new Set(a.inspectorIds).size).toBe(3);
      for (const i of a.inspectorIds) load.set(i, (load.get(i) ?? 0) + 1);
    }
    expect([...load.values()].sort((a, b) => a - b)).toEqual([12, 13, 13, 13, 13, 13, 13]);
  });

  it('pairs change from round to round (the tie-break is redrawn)', () => {
    const r = drawInspections({ ...base, ratio: 1, inspectors: plainInspectors(4) });
    const pairs = new Set(r.assignments.map((a) => [...a.inspectorIds].sort().join('+')));
    expect(pairs.size).toBeGreaterThan(2);
  });

  it('never sends an inspector to an enterprise they declared a conflict with', () => {
    const enterprises = plainEnterprises(10);
    const inspectors = plainInspectors(4).map((i, k) => ({ ...i, conflicts: enterprises.filter((_, j) => j % 4 === k).map((e) => e.id) }));
    const r = drawInspections({ ...base, ratio: 1, enterprises, inspectors });
    expect(r.unstaffed).toEqual([]);
    const conflicts = new Map(inspectors.map((i) => [i.id, new Set(i.conflicts)]));
    for (const a of r.assignments) for (const i of a.inspectorIds) expect(conflicts.get(i)?.has(a.enterpriseId)).toBe(false);
  });

  it('unstaffed TOO_FEW_INSPECTORS when fewer eligible inspectors than teamSize — never a team of one', () => {
    const r = drawInspections({ ...base, inspectors: plainInspectors(1) });
    expect(r.assignments).toEqual([]);
    expect(r.unstaffed).toEqual(r.selected.map((enterpriseId) => ({ enterpriseId, reason: 'TOO_FEW_INSPECTORS' })));
  });

  it('unstaffed INSPECTOR_CAPACITY_REACHED once every inspector is at the cap', () => {
    // 3 inspectors × 2 teams = 6 places = 3 teams of 2; the other 7 of 10 are unstaffed.
    const r = drawInspections({ ...base, ratio: 1, enterprises: plainEnterprises(10), inspectors: plainInspectors(3), maxTeamsPerInspector: 2 });
    expect(r.assignments).toHaveLength(3);
    expect(r.unstaffed).toHaveLength(7);
    expect(new Set(r.unstaffed.map((u) => u.reason))).toEqual(new Set(['INSPECTOR_CAPACITY_REACHED']));
    expect(r.assignments.map((a) => a.enterpriseId)).toEqual(r.selected.slice(0, 3));
  });

  it('unstaffed CONFLICT_OF_INTEREST when too few unconflicted inspectors remain', () => {
    const target = creditCode(0);
    const inspectors = plainInspectors(3).map((i, k) => (k < 2 ? { ...i, conflicts: [target, target] } : i));
    const r = drawInspections({ ...base, ratio: 1, enterprises: plainEnterprises(4), inspectors });
    expect(r.unstaffed).toEqual([{ enterpriseId: target, reason: 'CONFLICT_OF_INTEREST' }]);
    expect(r.assignments).toHaveLength(3);
  });
});

describe('drawInspections — seeds', () => {
  it("raw seedrandom confuses '2024年中' with '2024年夭' and 'a' with 'aa' (FACTS.md) …", () => {
    expect(seedrandom('2024年中')()).toBe(seedrandom('2024年夭')());
    expect(seedrandom('a')()).toBe(seedrandom('aa')());
  });

  it('… the draw does not', () => {
    const input = { ...base, enterprises: plainEnterprises(200) };
    expect(drawInspections({ ...input, seed: '2024年中' }).selected).not.toEqual(drawInspections({ ...input, seed: '2024年夭' }).selected);
    expect(drawInspections({ ...input, seed: 'a' }).selected).not.toEqual(drawInspections({ ...input, seed: 'aa' }).selected);
  });

  it('NFC-normalises the seed: composed and decomposed é draw the same, and the record keeps NFC', () => {
    const composed = drawInspections({ ...base, seed: 'caf\u00e9' });
    const decomposed = drawInspections({ ...base, seed: 'cafe\u0301' });
    expect(JSON.stringify(decomposed.record)).toBe(JSON.stringify(composed.record));
    expect(decomposed.record.seed).toBe('caf\u00e9');
  });
});

describe('drawInspections — output', () => {
  it('does not mutate a deeply frozen input', () => {
    const input = deepFreeze({
      ...base,
      stratifyBy: 'county' as const,
      ratios: { '220802': 0.5 },
      alreadyChecked: [creditCode(3), creditCode(1)],
      enterprises: plainEnterprises(30).map((e, i) => ({ ...e, county: i % 2 ? ('220802' as const) : ('220821' as const) })).reverse(),
      inspectors: plainInspectors(5).map((i) => ({ ...i, conflicts: [creditCode(9), creditCode(2), creditCode(9)] })).reverse(),
    });
    const copy = structuredClone(input);
    expect(() => drawInspections(input)).not.toThrow();
    expect(input).toEqual(copy);
  });

  it('the record is plain JSON, parses with its schema and carries the canonical parameters', () => {
    const r = drawInspections({ ...base, alreadyChecked: [creditCode(3), creditCode(1), creditCode(3)] });
    expect(JSON.parse(JSON.stringify(r.record))).toEqual(r.record);
    expect(drawRecordSchema.parse(r.record)).toEqual(r.record);
    expect(r.record.parameters).toEqual({ ratio: 0.1, teamSize: 2, alreadyChecked: [creditCode(1), creditCode(3)] });
    expect(Object.keys(r.record)).toEqual(['algorithm', 'seed', 'asOf', 'parameters', 'fingerprints', 'excluded', 'strata', 'result', 'digest']);
    expect(r.record.fingerprints).toEqual(fingerprintDrawLists(base));
  });

  it('an inspector called __proto__ is an ordinary id; outputs are plain objects', () => {
    const inspectors = [{ id: '__proto__', credentialValidUntil: '2030-01-01' }, { id: 'constructor', credentialValidUntil: '2030-01-01' }];
    const r = drawInspections({ ...base, ratio: 1, inspectors });
    expect(r.assignments.every((a) => a.inspectorIds.includes('__proto__'))).toBe(true);
    for (const value of [r, r.record, r.record.parameters, ...r.assignments, ...r.strata]) {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.hasOwn(value, '__proto__')).toBe(false);
    }
    expect(({} as Record<string, unknown>)['0']).toBeUndefined();
  });

  it('handles lists large enough for the linear-time sort (5 000 enterprises)', () => {
    const enterprises = plainEnterprises(5000).reverse();
    const r = drawInspections({ ...base, enterprises });
    expect(r.selected).toHaveLength(500);
    expect(r.record.fingerprints.enterprises.count).toBe(5000);
    expect(JSON.stringify(drawInspections({ ...base, enterprises: plainEnterprises(5000) }).record)).toBe(JSON.stringify(r.record));
  });
});

describe('drawInspections — team size before the measures took effect', () => {
  it('a team of one dated 2019 is an input error (checked against the first value of Article 9¶1)', () => {
    expect(() => drawInspections({ ...base, asOf: '2019-06-01', teamSize: 1 })).toThrow(RuleInputError);
  });
});

describe('drawInspections — readonly input types', () => {
  it('accepts readonly arrays (checked by tsc)', () => {
    const enterprises: readonly DrawInput['enterprises'][number][] = plainEnterprises(10);
    const inspectors = plainInspectors(2) as readonly DrawInput['inspectors'][number][];
    const input: DrawInput = { seed: 'ro', asOf: '2024-03-01', count: 1, enterprises, inspectors };
    expect(drawInspections(input).selected).toHaveLength(1);
  });
});

describe('drawInspections — basis', () => {
  it('cites Article 8 (double random, one public) and Article 9¶1 (teams of 2 or more), each call its own copy', () => {
    const input = { seed: '1', asOf: '2024-03-01', count: 1, enterprises: plainEnterprises(3), inspectors: plainInspectors(2) };
    const a = drawInspections(input);
    expect(a.basis).toEqual([{ article: 8 }, { article: 9, paragraph: 1 }]);
    expect(drawInspections(input).basis[0]).not.toBe(a.basis[0]);
    // The record is unchanged by it: bls-draw/1's layout has no basis.
    expect(Object.keys(a.record)).not.toContain('basis');
  });
});

describe('drawInspections — largest remainder ties in a draw (docs/draw-algorithm.md step 6)', () => {
  it('in a draw: count 2 over three one-enterprise counties selects from the first two county codes', () => {
    const input: DrawInput = {
      seed: 'ties',
      asOf: '2025-01-02',
      count: 2,
      stratifyBy: 'county',
      enterprises: [
        { id: creditCode(1), county: '220882' },
        { id: creditCode(2), county: '220802' },
        { id: creditCode(3), county: '220821' },
      ],
      inspectors: [],
    };
    const d = drawInspections(input);
    expect(d.strata.map((s) => [s.key, s.selected])).toEqual([
      ['220802', 1],
      ['220821', 1],
      ['220882', 0],
    ]);
    expect([...d.selected].sort()).toEqual([creditCode(2), creditCode(3)].sort());
  });
});

describe('canonical parameters: `ratios` keys in code-unit order (docs/draw-algorithm.md, Input)', () => {
  it('the risk-ratios vector with its ratios written D first gives the record with A first', () => {
    const vector = JSON.parse(readFileSync(join(__dirname, '..', 'vectors', 'risk-ratios.json'), 'utf8')) as { input: DrawInput };
    const input = { ...vector.input, ratios: { D: 1, A: 0.05 } } as DrawInput;
    const record = drawInspections(input).record;
    expect(Object.keys(record.parameters.ratios ?? {})).toEqual(['A', 'D']);
    expect(JSON.stringify(record.parameters.ratios)).toBe('{"A":0.05,"D":1}');
  });
});

// Duplicate ids are invalid input naming each duplicated id once, at the list's path; each draw
// parameter is checked at its own field (docs/draw-algorithm.md, "Input").
const smallDraw = (): DrawInput => ({ seed: 'dup', asOf: '2025-01-02', ratio: 0.5, enterprises: plainEnterprises(4), inspectors: plainInspectors(2) });
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('duplicate ids in the draw lists', () => {
  it('an enterprise id listed three times is named once, at ["enterprises"]', () => {
    const id = creditCode(1);
    const issues = inputIssues(() => drawInspections({ ...smallDraw(), enterprises: [...plainEnterprises(4), { id }, { id }] }));
    expect(issues).toMatchObject([{ path: ['enterprises'], code: 'DUPLICATE_ENTERPRISE_ID' }]);
    expect(occurrences(issues[0]!.message.en, id)).toBe(1);
    expect(occurrences(issues[0]!.message['zh-CN'], id)).toBe(1);
  });

  it('an inspector id listed three times is named once, at ["inspectors"]', () => {
    const issues = inputIssues(() => drawInspections({ ...smallDraw(), inspectors: [...plainInspectors(2), { id: 'I00', credentialValidUntil: '2030-12-31' }, { id: 'I00', credentialValidUntil: '2030-12-31' }] }));
    expect(issues).toMatchObject([{ path: ['inspectors'], code: 'DUPLICATE_INSPECTOR_ID' }]);
    expect(occurrences(issues[0]!.message.en, 'I00')).toBe(1);
  });

  it('at most 20 duplicated ids are named and the rest counted: 21 → 20 named and "+1"; 20 → all named, no count', () => {
    const ids = Array.from({ length: 21 }, (_, i) => ({ id: `D${String(i).padStart(2, '0')}`, credentialValidUntil: '2030-12-31' }));
    const twentyOne = inputIssues(() => drawInspections({ ...smallDraw(), inspectors: [...ids, ...ids] }))[0]!.message.en;
    expect(ids.filter(({ id }) => twentyOne.includes(id))).toHaveLength(20);
    expect(twentyOne).toContain('+1');
    const twenty = inputIssues(() => drawInspections({ ...smallDraw(), inspectors: [...ids.slice(0, 20), ...ids.slice(0, 20)] }))[0]!.message.en;
    expect(ids.filter(({ id }) => twenty.includes(id))).toHaveLength(20);
    expect(twenty).not.toContain('+');
  });
});

describe('draw parameters are checked at their own field (docs/draw-algorithm.md, Input)', () => {
  const at = (input: DrawInput) => inputIssues(() => drawInspections(input)).map((i) => [i.code, i.path]);

  it('RATIO_OR_COUNT_REQUIRED at ["ratio"]; TEAM_SIZE_BELOW_MINIMUM at ["teamSize"]', () => {
    const { ratio: _r, ...noRatio } = smallDraw();
    expect(at(noRatio as DrawInput)).toEqual([['RATIO_OR_COUNT_REQUIRED', ['ratio']]]);
    expect(at({ ...smallDraw(), teamSize: 1 })).toEqual([['TEAM_SIZE_BELOW_MINIMUM', ['teamSize']]]);
  });

  it('RATIOS_WITHOUT_STRATA and RATIOS_WITH_COUNT at ["ratios"]; RATIOS_WRONG_STRATUM at ["ratios", key]', () => {
    expect(at({ ...smallDraw(), ratios: { A: 0.5 } })).toEqual([['RATIOS_WITHOUT_STRATA', ['ratios']]]);
    expect(at({ ...smallDraw(), stratifyBy: 'riskClass', ratios: { '220802': 0.5 } } as never)).toEqual([['RATIOS_WRONG_STRATUM', ['ratios', '220802']]]);
    const { ratio: _r, ...withCount } = smallDraw();
    expect(at({ ...withCount, count: 1, stratifyBy: 'riskClass', ratios: { A: 0.5 } } as DrawInput)).toEqual([['RATIOS_WITH_COUNT', ['ratios']]]);
  });
});
