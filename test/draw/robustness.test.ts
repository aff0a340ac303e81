import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SupervisionError,
  auditQuota,
  drawInspections,
  fingerprintDrawLists,
  planAnnualAudit,
  requiredSpotChecks,
  verifyDraw,
} from '../../src/index.js';
import { deepFreeze, plainEnterprises, plainInspectors } from './helpers.js';

const valid = {
  seed: '1',
  asOf: '2024-03-01',
  ratio: 0.5,
  enterprises: plainEnterprises(4),
  inspectors: plainInspectors(3),
};
const record = drawInspections(valid).record;

/** Runs fn; anything thrown must be one of the library's own errors, with both messages. */
function onlyLibraryErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SupervisionError);
    const e = error as SupervisionError;
    expect(e.messages['zh-CN'].length).toBeGreaterThan(0);
    expect(e.messages.en.length).toBeGreaterThan(0);
  }
}

/** A valid input with one field replaced by an arbitrary value. */
function nearMiss<T extends object>(base: T): fc.Arbitrary<T> {
  return fc.record({ key: fc.constantFrom(...Object.keys(base), 'extra', '__proto__'), value: fc.anything() }).map(({ key, value }) => {
    const copy = { ...base } as Record<string, unknown>;
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy as T;
  });
}

describe('arbitrary input throws only the library’s errors (never TypeError), and is not mutated', () => {
  const anything = fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true });

  it('drawInspections', () => {
    fc.assert(fc.property(fc.oneof(anything, nearMiss(valid)), (input) => onlyLibraryErrors(() => drawInspections(deepFreeze(input) as never))), { numRuns: 300 });
  });

  it('verifyDraw', () => {
    fc.assert(
      fc.property(fc.oneof(anything, nearMiss(record)), fc.oneof(anything, nearMiss(valid)), (r, lists) =>
        onlyLibraryErrors(() => verifyDraw(deepFreeze(r) as never, deepFreeze(lists) as never)),
      ),
      { numRuns: 300 },
    );
  });

  it('fingerprintDrawLists', () => {
    fc.assert(fc.property(fc.oneof(anything, nearMiss(valid)), (lists) => onlyLibraryErrors(() => fingerprintDrawLists(deepFreeze(lists) as never))), { numRuns: 200 });
  });

  it('auditQuota, requiredSpotChecks, planAnnualAudit', () => {
    const quota = { year: 2024, licensedEnterpriseIds: valid.enterprises.map((e) => e.id), spotChecks: [] };
    const plan = { seed: 's', asOf: '2024-05-01', enterprises: valid.enterprises, inspectors: valid.inspectors };
    fc.assert(
      fc.property(fc.oneof(anything, nearMiss(quota)), fc.oneof(anything, nearMiss(plan)), anything, anything, (q, p, a, b) => {
        onlyLibraryErrors(() => auditQuota(deepFreeze(q) as never));
        onlyLibraryErrors(() => planAnnualAudit(deepFreeze(p) as never));
        onlyLibraryErrors(() => requiredSpotChecks(a as never, b as never));
      }),
      { numRuns: 300 },
    );
  });
});
