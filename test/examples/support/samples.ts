// Sample inputs for the example tests, built from examples/data (the synthetic Baicheng dataset)
// and the shared rule fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DrawInput, InspectorInput, LicensedEnterpriseInput } from 'baicheng-license-supervision';
import { root } from './built.js';

function data<T>(file: string): T {
  return JSON.parse(readFileSync(join(root, 'examples', 'data', file), 'utf8')) as T;
}

/** The 150 licensed enterprises of examples/data. */
export const enterprises = (): LicensedEnterpriseInput[] => data('enterprises.json');
/** The 30 inspectors of examples/data. */
export const inspectors = (): InspectorInput[] => data('inspectors.json');
/** Credit-risk class by credit code. */
export const riskClasses = (): Record<string, 'A' | 'B' | 'C' | 'D'> => data('risk-classes.json');
/** Inspections each enterprise already had this year, by credit code. */
export const inspectionsThisYear = (): Record<string, number> => data('inspections-this-year.json');
/** The spot checks of 2025. */
export const spotChecks2025 = (): unknown[] => data('spot-checks-2025.json');

/** A draw input over the whole dataset: 10 %, stratified by county. */
export function drawInput(overrides: Partial<DrawInput> = {}): DrawInput {
  const risk = riskClasses();
  const done = inspectionsThisYear();
  return {
    seed: '2025-03-01 白城市 公开摇号 3-1-4-1-5-9',
    asOf: '2025-03-01',
    ratio: 0.1,
    teamSize: 2,
    stratifyBy: 'county',
    maxInspectionsPerYear: 2,
    enterprises: enterprises().map((e) => {
      const validUntil = e.licenses
        .map((l) => l.validUntil)
        .sort()
        .at(-1);
      return {
        id: e.creditCode,
        ...(e.county === undefined ? {} : { county: e.county }),
        ...(risk[e.creditCode] === undefined ? {} : { riskClass: risk[e.creditCode] }),
        ...(validUntil === undefined ? {} : { licenseValidUntil: validUntil }),
        inspectionsThisYear: done[e.creditCode] ?? 0,
      };
    }),
    inspectors: inspectors().map((i) => ({
      id: i.id,
      credentialValidUntil: i.credential.validUntil,
      bureau: i.bureau.level === 'city' ? 'city' : i.bureau.county,
      ...(i.conflicts === undefined ? {} : { conflicts: i.conflicts }),
    })),
    ...overrides,
  };
}
