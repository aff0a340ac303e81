import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawInspections, verifyDraw, type DrawInput, type DrawRecord } from '../../src/index.js';
import { COUNTIES, creditCode, drawInputArb, permute } from './helpers.js';

const RUNS = { numRuns: 80 };

/** ceil(r × n) for the ratios the generator uses, by hand (no floating-point surprises). */
function expectedTotal(input: DrawInput, eligible: number): number {
  if (input.count !== undefined) return input.count;
  const r = input.ratio as number;
  // r ∈ {0.05, 0.1, 0.25, 1/3, 0.5, 1}: write each as p/q.
  const [p, q] =
    r === 0.05 ? [5, 100] : r === 0.1 ? [1, 10] : r === 0.25 ? [1, 4] : r === 0.5 ? [1, 2] : r === 1 ? [1, 1] : [0, 0];
  if (q === 0) return Math.ceil(r * eligible - 1e-9); // 1/3: String(1/3) = 0.3333333333333333, just below a third
  return Math.floor((eligible * p + q - 1) / q);
}

describe('drawInspections — properties', () => {
  it('is deterministic: the same input gives a byte-identical record', () => {
    fc.assert(
      fc.property(drawInputArb, (input) => {
        expect(JSON.stringify(drawInspections(input).record)).toBe(JSON.stringify(drawInspections(input).record));
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the input arrays (nor of conflicts)', () => {
    fc.assert(
      fc.property(drawInputArb, fc.array(fc.nat(100), { minLength: 1, maxLength: 50 }), (input, keys) => {
        const shuffled: DrawInput = {
          ...input,
          enterprises: permute(input.enterprises, keys),
          inspectors: permute(input.inspectors, [...keys].reverse()).map((i) =>
            i.conflicts ? { ...i, conflicts: [...i.conflicts].reverse() } : i,
          ),
        };
        expect(JSON.stringify(drawInspections(shuffled).record)).toBe(JSON.stringify(drawInspections(input).record));
      }),
      RUNS,
    );
  });

  it('selects no enterprise twice; reserves are disjoint from the selection; sizes are exact', () => {
    fc.assert(
      fc.property(drawInputArb, (input) => {
        const r = drawInspections(input);
        expect(new Set(r.selected).size).toBe(r.selected.length);
        expect(new Set(r.reserves).size).toBe(r.reserves.length);
        const selected = new Set(r.selected);
        for (const id of r.reserves) expect(selected.has(id)).toBe(false);
        const excluded = new Set(r.excluded.filter((x) => x.kind === 'enterprise').map((x) => x.id));
        for (const id of [...r.selected, ...r.reserves]) expect(excluded.has(id)).toBe(false);
        const eligible = input.enterprises.length - excluded.size;
        expect(r.strata.reduce((s, x) => s + x.eligible, 0)).toBe(eligible);
        expect(r.selected).toHaveLength(r.strata.reduce((s, x) => s + x.selected, 0));
        if (input.ratios === undefined) expect(r.selected).toHaveLength(expectedTotal(input, eligible));
        for (const s of r.strata) {
          expect(s.selected).toBeLessThanOrEqual(s.eligible);
          expect(s.reserves).toBe(Math.min(input.reserveCount ?? s.selected, s.eligible - s.selected));
        }
        // Every selected enterprise is either staffed or unstaffed, in draw order.
        const staffed = new Set(r.assignments.map((a) => a.enterpriseId));
        const unstaffed = new Set(r.unstaffed.map((u) => u.enterpriseId));
        expect(r.selected.filter((id) => staffed.has(id))).toEqual(r.assignments.map((a) => a.enterpriseId));
        expect(r.selected.filter((id) => unstaffed.has(id))).toEqual(r.unstaffed.map((u) => u.enterpriseId));
        expect(staffed.size + unstaffed.size).toBe(r.selected.length);
      }),
      RUNS,
    );
  });

  it('teams: teamSize distinct inspectors, credentials valid on asOf, no conflicts, caps respected', () => {
    fc.assert(
      fc.property(drawInputArb, (input) => {
        const r = drawInspections(input);
        const byId = new Map(input.inspectors.map((i) => [i.id, i]));
        const load = new Map<string, number>();
        for (const a of r.assignments) {
          expect(a.inspectorIds).toHaveLength(input.teamSize ?? 2);
          expect(new Set(a.inspectorIds).size).toBe(a.inspectorIds.length);
          for (const id of a.inspectorIds) {
            const inspector = byId.get(id);
            expect(inspector).toBeDefined();
            expect(inspector!.credentialValidUntil >= input.asOf).toBe(true);
            expect(inspector!.conflicts ?? []).not.toContain(a.enterpriseId);
            load.set(id, (load.get(id) ?? 0) + 1);
          }
        }
        if (input.maxTeamsPerInspector !== undefined) {
          for (const n of load.values()) expect(n).toBeLessThanOrEqual(input.maxTeamsPerInspector);
        }
      }),
      RUNS,
    );
  });

  it('loads differ by at most one when no conflicts or caps constrain the assignment', () => {
    fc.assert(
      fc.property(drawInputArb, (generated) => {
        const input: DrawInput = { ...generated, inspectors: generated.inspectors.map(({ conflicts: _c, ...i }) => i) };
        delete (input as { maxTeamsPerInspector?: number }).maxTeamsPerInspector;
        const r = drawInspections(input);
        const eligible = input.inspectors.filter((i) => i.credentialValidUntil >= input.asOf).map((i) => i.id);
        if (r.assignments.length === 0) return;
        const load = new Map(eligible.map((id) => [id, 0]));
        for (const a of r.assignments) for (const id of a.inspectorIds) load.set(id, (load.get(id) ?? 0) + 1);
        const loads = [...load.values()];
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('every enterprise and inspector is either used in the draw or excluded with its reason', () => {
    fc.assert(
      fc.property(drawInputArb, (input) => {
        const r = drawInspections(input);
        const checked = new Set(input.alreadyChecked ?? []);
        const reasons = new Map(r.excluded.map((x) => [`${x.kind}:${x.id}`, x.reason]));
        for (const e of input.enterprises) {
          const expected =
            e.licenseValidUntil !== undefined && e.licenseValidUntil < input.asOf
              ? 'LICENSE_EXPIRED'
              : input.maxInspectionsPerYear !== undefined && (e.inspectionsThisYear ?? 0) >= input.maxInspectionsPerYear
                ? 'YEARLY_CAP_REACHED'
                : checked.has(e.id)
                  ? 'ALREADY_CHECKED'
                  : undefined;
          expect(reasons.get(`enterprise:${e.id}`)).toBe(expected);
        }
        for (const i of input.inspectors) {
          expect(reasons.get(`inspector:${i.id}`)).toBe(i.credentialValidUntil < input.asOf ? 'CREDENTIAL_EXPIRED' : undefined);
        }
      }),
      RUNS,
    );
  });
});

type Mutation = { name: string; apply: (input: DrawInput, record: DrawRecord, k: number) => { record: DrawRecord; lists: DrawInput } | undefined };

const mutations: Mutation[] = [
  {
    name: 'an enterprise removed from the list',
    apply: (input, record, k) =>
      input.enterprises.length === 0 ? undefined : { record, lists: { ...input, enterprises: input.enterprises.filter((_, i) => i !== k % input.enterprises.length) } },
  },
  {
    name: 'an enterprise added to the list',
    apply: (input, record) => ({ record, lists: { ...input, enterprises: [...input.enterprises, { id: creditCode(99_999) }] } }),
  },
  {
    name: 'one field of one enterprise changed',
    apply: (input, record, k) => {
      if (input.enterprises.length === 0) return undefined;
      const j = k % input.enterprises.length;
      const enterprises = input.enterprises.map((e, i) =>
        i === j ? { ...e, county: e.county === COUNTIES[0] ? COUNTIES[1] : COUNTIES[0] } : e,
      );
      return { record, lists: { ...input, enterprises } };
    },
  },
  {
    name: 'one inspector changed',
    apply: (input, record, k) => {
      if (input.inspectors.length === 0) return undefined;
      const j = k % input.inspectors.length;
      const inspectors = input.inspectors.map((x, i) => (i === j ? { ...x, credentialValidUntil: '2031-01-01' } : x));
      return { record, lists: { ...input, inspectors } };
    },
  },
  {
    name: 'the seed changed',
    apply: (input, record) => ({ record: { ...record, seed: `${record.seed}!` }, lists: input }),
  },
  {
    name: 'a selected enterprise replaced',
    apply: (input, record) =>
      record.result.selected.length === 0
        ? undefined
        : { record: { ...record, result: { ...record.result, selected: [creditCode(99_999), ...record.result.selected.slice(1)] } }, lists: input },
  },
  {
    name: 'a team member swapped',
    apply: (input, record) => {
      const first = record.result.assignments[0];
      if (!first) return undefined;
      const assignments = [{ ...first, inspectorIds: [...first.inspectorIds].reverse() }, ...record.result.assignments.slice(1)];
      return { record: { ...record, result: { ...record.result, assignments } }, lists: input };
    },
  },
  {
    name: 'a reserve dropped',
    apply: (input, record) =>
      record.result.reserves.length === 0
        ? undefined
        : { record: { ...record, result: { ...record.result, reserves: record.result.reserves.slice(1) } }, lists: input },
  },
  {
    name: 'an exclusion dropped',
    apply: (input, record) => (record.excluded.length === 0 ? undefined : { record: { ...record, excluded: record.excluded.slice(1) }, lists: input }),
  },
  {
    name: 'teamSize changed',
    apply: (input, record) => ({ record: { ...record, parameters: { ...record.parameters, teamSize: record.parameters.teamSize + 1 } }, lists: input }),
  },
];

describe('verifyDraw — properties', () => {
  it('accepts every genuine record', () => {
    fc.assert(
      fc.property(drawInputArb, (input) => {
        const { record } = drawInspections(input);
        expect(verifyDraw(record, input)).toEqual({ valid: true, differences: [] });
        expect(verifyDraw(JSON.parse(JSON.stringify(record)) as DrawRecord, input).valid).toBe(true);
      }),
      RUNS,
    );
  });

  it.each(mutations.map((m) => [m.name, m] as const))('rejects a record after a single change: %s', (_name, mutation) => {
    fc.assert(
      fc.property(drawInputArb, fc.nat(), (input, k) => {
        const { record } = drawInspections(input);
        const changed = mutation.apply(input, record, k);
        if (changed === undefined) return;
        const v = verifyDraw(changed.record, changed.lists);
        expect(v.valid).toBe(false);
        expect(v.differences.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});
