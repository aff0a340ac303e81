import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawInspections, drawRecordSchema, verifyDraw, type DrawInput, type DrawRecord } from '../../src/index.js';
import { refDraw, type RefInput } from './reference.js';
import { creditCode } from './helpers.js';

interface Vector {
  name: string;
  description: string;
  input: DrawInput;
  expected: DrawRecord;
}

const dir = join(__dirname, '..', 'vectors');
const vectors: Vector[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Vector);

describe('known-answer vectors (test/vectors; changing one is a breaking change)', () => {
  it('there are at least the five published vectors', () => {
    expect(vectors.map((v) => v.name)).toEqual(
      expect.arrayContaining(['small-stratified', 'conflicts-exclusions', 'chinese-seed', 'chinese-seed-twin', 'risk-ratios']),
    );
  });

  describe.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, vector) => {
    it('the library reproduces the expected record byte for byte', () => {
      expect(JSON.stringify(drawInspections(vector.input).record)).toBe(JSON.stringify(vector.expected));
    });

    it('the independent reference implementation of docs/draw-algorithm.md gives the same record', () => {
      expect(JSON.stringify(refDraw(vector.input as RefInput))).toBe(JSON.stringify(vector.expected));
    });

    it('the expected record is a valid record and verifies against its lists', () => {
      expect(drawRecordSchema.safeParse(vector.expected).success).toBe(true);
      expect(verifyDraw(vector.expected, vector.input)).toEqual({ valid: true, differences: [] });
    });

    it('the result does not depend on the order of the input arrays', () => {
      const reversed = { ...vector.input, enterprises: [...vector.input.enterprises].reverse(), inspectors: [...vector.input.inspectors].reverse() };
      expect(JSON.stringify(drawInspections(reversed).record)).toBe(JSON.stringify(vector.expected));
    });
  });

  it('the two Chinese seeds that raw seedrandom confuses give different draws', () => {
    const a = vectors.find((v) => v.name === 'chinese-seed') as Vector;
    const b = vectors.find((v) => v.name === 'chinese-seed-twin') as Vector;
    expect(a.expected.result.selected).not.toEqual(b.expected.result.selected);
  });

  describe('hand checks that do not depend on the random stream', () => {
    it('small-stratified: 13 eligible, ceil(0.25 × 13) = 4 shared by largest remainder 1/1/1/1', () => {
      // Strata 220802, 220821, 220822 with 4 each and 'unspecified' with 1; T = ceil(3.25) = 4.
      // Quotas 4×4/13 = 1.23 → 1 (rem 3) ×3, 4×1/13 = 0.31 → 0 (rem 4): the one left goes to the
      // largest remainder, 'unspecified' (4 > 3). Reserves min(k, n − k): 1, 1, 1, 0.
      const v = vectors.find((x) => x.name === 'small-stratified') as Vector;
      expect(v.expected.strata).toEqual([
        { key: '220802', eligible: 4, selected: 1, reserves: 1 },
        { key: '220821', eligible: 4, selected: 1, reserves: 1 },
        { key: '220822', eligible: 4, selected: 1, reserves: 1 },
        { key: 'unspecified', eligible: 1, selected: 1, reserves: 0 },
      ]);
      // Four teams of two from six inspectors: eight places, loads 2,2,1,1,1,1 (difference ≤ 1).
      const load = new Map<string, number>();
      for (const a of v.expected.result.assignments) for (const i of a.inspectorIds) load.set(i, (load.get(i) ?? 0) + 1);
      expect([...load.values()].sort()).toEqual([1, 1, 1, 1, 2, 2]);
      // The enterprise without a county is rank 0 of its stratum, merged fourth (key order).
      expect(v.expected.result.selected[3]).toBe(creditCode(999));
    });

    it('conflicts-exclusions: exclusions and reasons follow step 4', () => {
      // i % 5 === 1 → licence expired the day before asOf: 1, 6, 11. i % 7 === 3 → at the cap
      // of 2: 3, 10. 5 is already checked. 王五's credential ended the day before asOf; 赵六's
      // ends on asOf and is still valid.
      const v = vectors.find((x) => x.name === 'conflicts-exclusions') as Vector;
      expect(v.expected.excluded).toEqual([
        { kind: 'enterprise', id: creditCode(1), reason: 'LICENSE_EXPIRED' },
        { kind: 'enterprise', id: creditCode(3), reason: 'YEARLY_CAP_REACHED' },
        { kind: 'enterprise', id: creditCode(5), reason: 'ALREADY_CHECKED' },
        { kind: 'enterprise', id: creditCode(6), reason: 'LICENSE_EXPIRED' },
        { kind: 'enterprise', id: creditCode(10), reason: 'YEARLY_CAP_REACHED' },
        { kind: 'enterprise', id: creditCode(11), reason: 'LICENSE_EXPIRED' },
        { kind: 'inspector', id: '王五', reason: 'CREDENTIAL_EXPIRED' },
      ]);
      // 9 eligible, count 6, reserves min(3, 9 − 6) = 3.
      expect(v.expected.strata).toEqual([{ key: 'all', eligible: 9, selected: 6, reserves: 3 }]);
      // Four inspectors × 3 teams each = 12 places = at most 4 teams of 3.
      expect(v.expected.result.assignments.length).toBeLessThanOrEqual(4);
      // Enterprise 0 is conflicted with 张三, 李四 and 赵六: only 钱七 is left, so it cannot be staffed.
      expect(v.expected.result.unstaffed).toContainEqual({ enterpriseId: creditCode(0), reason: 'CONFLICT_OF_INTEREST' });
      for (const a of v.expected.result.assignments) {
        expect(new Set(a.inspectorIds).size).toBe(3);
        expect(a.inspectorIds).not.toContain('王五');
      }
    });

    it('chinese-seed: ratio 0.1 of 40 is exactly 4 (not 5 from floating point)', () => {
      const v = vectors.find((x) => x.name === 'chinese-seed') as Vector;
      expect(v.expected.result.selected).toHaveLength(4);
      expect(v.expected.result.reserves).toHaveLength(4);
    });

    it('risk-ratios: A ceil(0.05 × 10) = 1, B/C/unspecified ceil(0.2 × 5) = 1, D ceil(1 × 5) = 5', () => {
      // i % 6 === 5 has no class (5, 11, 17, 23, 29); the others cycle A, A, B, C, D by i % 5.
      const v = vectors.find((x) => x.name === 'risk-ratios') as Vector;
      expect(v.expected.strata).toEqual([
        { key: 'A', eligible: 10, selected: 1, reserves: 2 },
        { key: 'B', eligible: 5, selected: 1, reserves: 2 },
        { key: 'C', eligible: 5, selected: 1, reserves: 2 },
        { key: 'D', eligible: 5, selected: 5, reserves: 0 },
        { key: 'unspecified', eligible: 5, selected: 1, reserves: 2 },
      ]);
    });
  });
});
