import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, drawInspections, fingerprintDrawLists, verifyDraw, type DrawInput, type DrawRecord } from '../../src/index.js';
import { creditCode, plainEnterprises, plainInspectors } from './helpers.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const input: DrawInput = {
  seed: '6-6-2-0-1-9-4-4',
  asOf: '2024-05-06',
  ratio: 0.2,
  enterprises: plainEnterprises(40),
  inspectors: plainInspectors(5),
};
const { record } = drawInspections(input);

describe('verifyDraw', () => {
  it('accepts the genuine record, also after a JSON round trip, with the draw input as lists', () => {
    expect(verifyDraw(record, input)).toEqual({ valid: true, differences: [] });
    expect(verifyDraw(JSON.parse(JSON.stringify(record)) as DrawRecord, { enterprises: input.enterprises, inspectors: input.inspectors }).valid).toBe(true);
  });

  it('a changed enterprise list shows as a fingerprint mismatch, named', () => {
    const lists = { ...input, enterprises: input.enterprises.slice(1) };
    const v = verifyDraw(record, lists);
    expect(v.valid).toBe(false);
    expect(v.differences[0]).toEqual({
      field: 'fingerprints.enterprises',
      expected: record.fingerprints.enterprises,
      actual: fingerprintDrawLists(lists).enterprises,
    });
    expect(v.differences.some((d) => d.field === 'fingerprints.inspectors')).toBe(false);
  });

  it('a changed inspector list shows as an inspector fingerprint mismatch', () => {
    const lists = { ...input, inspectors: input.inspectors.map((i, k) => (k === 0 ? { ...i, bureau: '220802' } : i)) };
    const fields = verifyDraw(record, lists).differences.map((d) => d.field);
    expect(fields).toContain('fingerprints.inspectors');
    expect(fields).not.toContain('fingerprints.enterprises');
  });

  it('reports differing entries with their index, at most 10 per list, and a length difference', () => {
    const selected = [...record.result.selected].reverse();
    const v = verifyDraw({ ...record, result: { ...record.result, selected } }, input);
    // 8 selected, reversed: every position differs (no palindrome), plus the digest.
    expect(v.differences.filter((d) => d.field.startsWith('result.selected['))).toHaveLength(8);
    const many = verifyDraw({ ...record, result: { ...record.result, reserves: [...record.result.reserves].reverse().concat(['x']) } }, input);
    expect(many.differences.map((d) => d.field)).toContain('result.reserves.length');
    const long = drawInspections({ ...input, ratio: 1 }).record;
    const shifted = verifyDraw({ ...long, result: { ...long.result, selected: [...long.result.selected.slice(1), long.result.selected[0]!] } }, input);
    expect(shifted.differences.filter((d) => d.field.startsWith('result.selected['))).toHaveLength(10);
  });

  it('a seed change is caught by the digest even when the result cannot change (everyone selected, no inspectors)', () => {
    const forced: DrawInput = { ...input, ratio: 1, enterprises: plainEnterprises(1), inspectors: [] };
    const genuine = drawInspections(forced).record;
    const v = verifyDraw({ ...genuine, seed: 'chosen later' }, forced);
    expect(v.valid).toBe(false);
    expect(v.differences.map((d) => d.field)).toEqual(['digest']);
  });

  it('a tampered digest alone is reported', () => {
    const v = verifyDraw({ ...record, digest: '0'.repeat(64) }, input);
    expect(v.differences).toEqual([{ field: 'digest', expected: '0'.repeat(64), actual: record.digest }]);
  });

  it('parameters not in canonical form are reported', () => {
    const odd = drawInspections({ ...input, alreadyChecked: [creditCode(1), creditCode(2)] }).record;
    const v = verifyDraw({ ...odd, parameters: { ...odd.parameters, alreadyChecked: [creditCode(2), creditCode(1)] } }, input);
    expect(v.differences.map((d) => d.field)).toContain('parameters');
  });

  it('a re-run that fails (count now above the eligible) is the difference "draw"', () => {
    const { ratio: _r, ...rest } = input;
    const counted = drawInspections({ ...rest, count: 40 }).record;
    const v = verifyDraw(counted, { ...input, enterprises: input.enterprises.slice(0, 39) });
    expect(v.differences.map((d) => d.field)).toEqual(['fingerprints.enterprises', 'draw']);
    expect(v.differences[1]?.actual).toEqual(['COUNT_EXCEEDS_ELIGIBLE']);
    // …and a duplicate id in the lists the same way (the fingerprint still computed).
    const dup = verifyDraw(record, { ...input, enterprises: [...input.enterprises, input.enterprises[0]!] });
    expect(dup.differences.map((d) => d.field)).toEqual(['fingerprints.enterprises', 'draw']);
    // A failed re-run with a tampered digest also reports the digest.
    const both = verifyDraw({ ...counted, digest: 'f'.repeat(64) }, { ...input, enterprises: input.enterprises.slice(0, 39) });
    expect(both.differences.map((d) => d.field)).toEqual(['fingerprints.enterprises', 'draw', 'digest']);
  });

  it('throws RuleInputError for malformed lists, or a record that is not an object at all', () => {
    expect(() => verifyDraw(null as never, input)).toThrow(RuleInputError);
    expect(() => verifyDraw('record' as never, input)).toThrow(RuleInputError);
    expect(() => verifyDraw([record] as never, input)).toThrow(RuleInputError);
    expect(() => verifyDraw(record, null as never)).toThrow(RuleInputError);
    expect(() => verifyDraw(record, { enterprises: [{ id: 'bad' }], inspectors: [] })).toThrow(RuleInputError);
  });

  // A record that is not a bls-draw/1 record cannot be the draw its lists give: the verifier's
  // answer is "not valid", with each problem at its field, never an exception.
  it('answers valid: false for a record object that fails its schema: another algorithm version, teamSize below 2…', () => {
    const fields = (r: unknown) => verifyDraw(r as never, input).differences.map((d) => [d.field, d.actual]);
    expect(verifyDraw({} as never, input)).toMatchObject({ valid: false });
    expect(fields({ ...record, seed: undefined })).toEqual([['seed', 'invalid_type']]);
    expect(fields({ ...record, algorithm: 'bls-draw/2' })).toEqual([['algorithm', 'invalid_value']]);
    expect(fields({ ...record, extra: 1 })).toEqual([['record', 'unrecognized_keys']]);
    const { teamSize: _t, ...params } = record.parameters;
    expect(fields({ ...record, parameters: params })).toEqual([['parameters.teamSize', 'invalid_type']]);
    // Article 9¶1: at least two inspectors.
    expect(fields({ ...record, parameters: { ...record.parameters, teamSize: 1 } })).toEqual([['parameters.teamSize', 'TEAM_SIZE_BELOW_MINIMUM']]);
    const selected = verifyDraw({ ...record, result: { ...record.result, selected: [...record.result.selected.slice(0, 3), 42] } } as never, input);
    expect(selected.valid).toBe(false);
    expect(selected.differences[0]!.field).toBe('result.selected[3]');
    expect(selected.differences[0]!.expected).toMatchObject({ 'zh-CN': expect.any(String), en: expect.any(String) });
  });

  it('answers valid: false for a record whose seed is not NFC', () => {
    const v = verifyDraw({ ...record, seed: 'cafe\u0301' }, input);
    expect(v.valid).toBe(false);
    expect(v.differences.map((d) => [d.field, d.actual])).toEqual([['seed', 'SEED_NOT_NFC']]);
  });

  it('answers valid: false for a record dated before 2020-11-25 (Article 24)', () => {
    expect(verifyDraw({ ...record, asOf: '2020-01-01' }, input)).toEqual({
      valid: false,
      differences: [
        {
          field: 'asOf',
          expected: { 'zh-CN': '2020-01-01 早于本办法施行日期 2020-11-25（第二十四条）', en: '2020-01-01 is before the measures took effect on 2020-11-25 (Article 24)' },
          actual: 'NOT_IN_FORCE',
        },
      ],
    });
    // With another problem of the record, both are reported: one difference per problem.
    const both = verifyDraw({ ...record, asOf: '2020-11-24', parameters: { ...record.parameters, teamSize: 1 } }, input);
    expect(both.differences.map((d) => [d.field, d.actual])).toEqual([
      ['parameters.teamSize', 'TEAM_SIZE_BELOW_MINIMUM'],
      ['asOf', 'NOT_IN_FORCE'],
    ]);
    // The first day in force is a day like any other.
    expect(verifyDraw({ ...record, asOf: '2020-11-25' }, input).differences.map((d) => d.field)).not.toContain('asOf');
  });
});

describe('fingerprintDrawLists', () => {
  it('matches the example of docs/draw-algorithm.md (SHA-256 computed independently)', () => {
    const f = fingerprintDrawLists({
      enterprises: [
        { riskClass: 'B', id: '91220800000000004Y' },
        { licenseValidUntil: '2023-01-01', id: '91220800000000003U', county: '220802' },
      ],
      inspectors: [],
    });
    expect(f.enterprises).toEqual({ count: 2, sha256: 'bc65f2aaa1945cafd515c8d993ca6690117ac39c508c2c621b4efc60b174bdaa' });
    expect(f.inspectors).toEqual({ count: 0, sha256: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945' });
  });

  it('ignores order (of lists and of conflicts) and repeated conflicts; sees every other change', () => {
    const a = fingerprintDrawLists({
      enterprises: [{ id: creditCode(1) }, { id: creditCode(2), inspectionsThisYear: 0 }],
      inspectors: [{ id: 'x', credentialValidUntil: '2025-01-01', conflicts: [creditCode(2), creditCode(1), creditCode(2)] }, { id: 'y', credentialValidUntil: '2025-01-01' }],
    });
    const b = fingerprintDrawLists({
      enterprises: [{ id: creditCode(2), inspectionsThisYear: 0 }, { id: creditCode(1) }],
      inspectors: [{ id: 'y', credentialValidUntil: '2025-01-01' }, { id: 'x', credentialValidUntil: '2025-01-01', conflicts: [creditCode(1), creditCode(2)] }],
    });
    expect(b).toEqual(a);
    const c = fingerprintDrawLists({ enterprises: [{ id: creditCode(2) }, { id: creditCode(1) }], inspectors: [] });
    expect(c.enterprises.sha256).not.toBe(a.enterprises.sha256); // inspectionsThisYear: 0 is part of the list as given
  });

  it('rejects duplicates and malformed entries', () => {
    expect(() => fingerprintDrawLists({ enterprises: [{ id: creditCode(1) }, { id: creditCode(1) }], inspectors: [] })).toThrow(RuleInputError);
    expect(() => fingerprintDrawLists({ enterprises: [], inspectors: [{ id: '', credentialValidUntil: '2025-01-01' }] })).toThrow(RuleInputError);
  });
});

// A record's own problems are reported at their field (docs/draw-algorithm.md, "Verification").
describe('a record’s own problems are reported at their field', () => {
  const vector = JSON.parse(readFileSync(join(__dirname, '..', 'vectors', 'small-stratified.json'), 'utf8')) as { input: DrawInput; expected: DrawRecord };

  it('a seed not in NFC: SEED_NOT_NFC at ["seed"]', () => {
    const record = { ...vector.expected, seed: 'e\u0301' };
    expect(verifyDraw(record, vector.input).differences).toMatchObject([{ field: 'seed', actual: 'SEED_NOT_NFC' }]);
  });

  it('both ratio and count in the parameters: reported under ["parameters", …]', () => {
    const record = { ...vector.expected, parameters: { ...vector.expected.parameters, count: 3 } };
    expect(verifyDraw(record, vector.input).differences).toMatchObject([{ field: 'parameters.count', actual: 'RATIO_AND_COUNT' }]);
  });
});
