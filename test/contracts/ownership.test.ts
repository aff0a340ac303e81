// Two contracts that keep one caller from changing what another reads:
// 1. the data the package exports (the regulation's text, its parameters, code lists) is frozen,
//    so no code in the same program can turn Article 9¶1's 2 into 1 or Article 17's 7 into 30;
// 2. every result a function returns is the caller's own: changing it changes no later result.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as lib from '../../src/index.js';
import { cityRevocation, failedReport, fullDossier, goodRecord, goodSampling, order, quietReport } from '../rules/fixtures.js';
import { plainEnterprises, plainInspectors } from '../draw/helpers.js';

/** Every exported value that is data: objects and arrays other than schemas. */
const exportedData = Object.entries(lib).filter(
  ([, value]) => typeof value === 'object' && value !== null && !(value instanceof z.ZodType),
);

/** Objects reachable from a value that are not frozen, as paths. */
function unfrozen(value: unknown, path: string, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  for (const key of Reflect.ownKeys(value)) unfrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, out, seen);
  return out;
}

describe('exported data is frozen all the way down', () => {
  it('covers the regulation, its parameters and every code list (at least these)', () => {
    const names = exportedData.map(([name]) => name);
    for (const name of ['ARTICLES', 'CHAPTERS', 'PARAMETERS', 'MIN_INSPECTORS', 'SAMPLE_DISPATCH_DAYS', 'ANNUAL_SPOT_CHECK_RATIO', 'CHECKLIST_ITEMS', 'LIMITS', 'BAICHENG_COUNTIES']) {
      expect(names).toContain(name);
    }
  });

  it.each(exportedData)('%s', (name, value) => {
    expect(unfrozen(value, name)).toEqual([]);
  });

  it('an attempt to lower Article 9¶1 to one inspector or lengthen Article 17 to 30 days fails, and the rules keep 2 and 7', () => {
    expect(() => {
      (lib.MIN_INSPECTORS.values[0] as { value: number }).value = 1;
    }).toThrow(TypeError);
    expect(() => {
      (lib.SAMPLE_DISPATCH_DAYS.values[0] as { value: number }).value = 30;
    }).toThrow(TypeError);
    expect(() => {
      (lib.ARTICLES[8]!.paragraphs[0] as { text: string }).text = '';
    }).toThrow(TypeError);
    // Art 9¶1 "2名以上": one inspector is too few.
    const record = goodRecord();
    const alone = { ...record, inspectors: record.inspectors.slice(0, 1), signatures: { ...record.signatures, inspectorIds: ['BC-017'] } };
    expect(lib.assessInspectionRecord(alone, { asOf: '2024-06-01' }).outcome.problems).toContain('TOO_FEW_INSPECTORS');
    // Art 17 "7日内": sealed 2024-03-01, deadline 2024-03-08 (民法典 Art 201: the day of sealing not counted).
    expect(lib.sampleDispatchDeadline('2024-03-01').outcome.deadline).toBe('2024-03-08');
  });
});

/** Changes every property of every object and array reachable from a value (frozen ones stay). */
function vandalize(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || Object.isFrozen(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    vandalize((value as Record<PropertyKey, unknown>)[key], seen);
    try {
      (value as Record<PropertyKey, unknown>)[key] = 'changed';
    } catch {
      // a read-only property: it cannot be changed, which is what the test wants anyway
    }
  }
  if (Array.isArray(value)) value.push('added');
}

const asOf = { asOf: '2024-06-30' };
const drawInput = { seed: '3-1-4', asOf: '2024-03-01', enterprises: plainEnterprises(6), inspectors: plainInspectors(4), ratio: 0.5 };

/** A call of each function whose result is an object, with valid input. */
const CALLS: readonly (readonly [string, () => unknown])[] = [
  ['specialInspectionTriggers', () => lib.specialInspectionTriggers({ asOf: '2024-06-01', events: [{ kind: 'complaint', date: '2024-05-01' }] })],
  ['samplingEligibility', () => lib.samplingEligibility({ asOf: '2024-06-01', findings: { seriousQualityProblemSuspected: true } })],
  ['assessInspectionRecord', () => lib.assessInspectionRecord(goodRecord(), asOf)],
  ['inspectionConsequences', () => lib.inspectionConsequences(goodRecord(), asOf)],
  ['rectificationStatus', () => lib.rectificationStatus(order(), { asOf: '2024-08-01' })],
  ['assessSamplingRecord', () => lib.assessSamplingRecord(goodSampling(), asOf)],
  ['testingFailureHandling', () => lib.testingFailureHandling(failedReport(), asOf)],
  ['licenseActionAuthority', () => lib.licenseActionAuthority(cityRevocation(), { asOf: '2024-07-31' })],
  ['inspectionConduct', () => lib.inspectionConduct({ feeCharged: 0, normalProductionDisrupted: false }, asOf)],
  ['selfInspectionReportCheck', () => lib.selfInspectionReportCheck(quietReport(), { asOf: '2025-06-30', dueBy: '2025-03-31' })],
  ['dossierCompleteness', () => lib.dossierCompleteness(fullDossier(), asOf)],
  ['drawInspections', () => lib.drawInspections(drawInput)],
  ['verifyDraw', () => lib.verifyDraw(lib.drawInspections(drawInput).record, drawInput)],
  ['fingerprintDrawLists', () => lib.fingerprintDrawLists({ enterprises: plainEnterprises(3), inspectors: plainInspectors(2) })],
  [
    'auditQuota',
    () =>
      lib.auditQuota({
        year: 2024,
        licensedEnterpriseIds: plainEnterprises(3).map((e) => e.id),
        spotChecks: [{ enterpriseId: plainEnterprises(1)[0]!.id, date: '2024-05-01' }],
        counties: Object.fromEntries(plainEnterprises(3).map((e) => [e.id, '220802'])),
      }),
  ],
  ['planAnnualAudit', () => lib.planAnnualAudit({ seed: '5', asOf: '2024-09-01', enterprises: plainEnterprises(20), inspectors: plainInspectors(4) })],
  ['parameterValue', () => lib.parameterValue(lib.ANNUAL_SPOT_CHECK_RATIO, '2024-01-01')],
  ['countyByCode', () => lib.countyByCode('220802')],
  ['parseLicenseNumber', () => lib.parseLicenseNumber('吉XK16-204-00397')],
  ['sampleDispatchDeadline', () => lib.sampleDispatchDeadline('2024-03-01')],
  ['normalizeArticleRef', () => lib.normalizeArticleRef({ article: 15, paragraph: 2, item: 3 })],
  ['bilingualIssues', () => lib.bilingualIssues(lib.plainDateSchema, '2023-02-29')],
];

describe('a result belongs to its caller: changing it changes no later result', () => {
  it.each(CALLS)('%s', (_name, call) => {
    const first = call();
    const snapshot = structuredClone(first);
    vandalize(first);
    expect(call()).toEqual(snapshot);
  });
});
