// Issue: every public function, fed arbitrary input, returns normally or throws one of the
// library's own errors with a bilingual message; never mutates its input; never returns an
// object with a polluted prototype. The registry below must name every exported function, so a
// new export cannot be forgotten.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as lib from '../../src/index.js';
import { RuleInputError, SupervisionError } from '../../src/index.js';
import { anyValue, args, argsOf, dateish, deepFreeze, hasPollutedPrototype, jsValue, mutated } from './arbitraries.js';
import { cityRevocation, failedReport, fullDossier, goodRecord, goodSampling, order, quietReport } from '../rules/fixtures.js';
import { plainEnterprises, plainInspectors } from '../draw/helpers.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
// Thousands of runs per test: no test should fail because a shared machine is slow.
const TIMEOUT = 300_000;

const locale = fc.constantFrom<unknown>('zh-CN', 'en');
const articleRef = fc.record(
  { article: fc.integer({ min: -1, max: 26 }), paragraph: fc.integer({ min: 0, max: 6 }), item: fc.integer({ min: 0, max: 8 }) },
  { requiredKeys: ['article'] },
);
const schema = fc.constantFrom<unknown>(lib.plainDateSchema, lib.unifiedSocialCreditCodeSchema, lib.articleRefSchema);

/** Arguments for each exported function. Classes are constructed with `new`. */
export const REGISTRY: Record<string, fc.Arbitrary<unknown[]>> = {
  // messages
  addDomainIssue: args(4),
  bilingualIssues: argsOf(schema, anyValue),
  issueCode: args(1),
  localizeIssue: argsOf(anyValue, locale),
  errorMap: argsOf(locale),
  parseOrThrow: argsOf(schema, anyValue),
  safeParseIn: argsOf(schema, anyValue, locale),
  // errors
  SupervisionError: args(2),
  RuleInputError: args(1),
  NotInForceError: argsOf(dateish, dateish),
  // dates
  addDays: argsOf(dateish, fc.integer({ min: -100_000, max: 100_000 })),
  compareDates: argsOf(dateish, dateish),
  dayOfWeek: argsOf(dateish),
  daysBetween: argsOf(dateish, dateish),
  isPlainDate: argsOf(dateish),
  createRestDayCalendar: argsOf(fc.record({ holidays: fc.array(dateish), workingDays: fc.array(dateish) })),
  periodEnd: argsOf(dateish, fc.integer({ min: -2, max: 400 }), fc.record({ counting: fc.constantFrom('calendar_days', 'working_days') })),
  extendCalendar: argsOf(
    fc.constantFrom<unknown>(lib.officialCalendar, lib.createRestDayCalendar(), null),
    mutated({ year: 2027, notice: { number: '国办发明电〔2026〕1号', issuedOn: '2026-11-01' }, holidays: ['2026-12-31', '2027-01-01'], workdays: ['2027-01-09'] }),
  ),
  addWorkingDays: argsOf(dateish, fc.integer({ min: -2, max: 400 })),
  countWorkingDays: argsOf(dateish, dateish),
  nextWorkingDay: argsOf(dateish),
  // regulation
  articleRefIssue: argsOf(articleRef),
  chineseNumeral: argsOf(fc.integer({ min: -5, max: 120 })),
  formatCitation: argsOf(articleRef, locale),
  isValidArticleRef: argsOf(articleRef),
  normalizeArticleRef: argsOf(articleRef),
  provisionText: argsOf(articleRef),
  assertInForce: argsOf(dateish),
  isInForce: argsOf(dateish),
  parameterValue: argsOf(
    fc.oneof(
      fc.constantFrom<unknown>(lib.MIN_INSPECTORS, lib.SAMPLE_DISPATCH_DAYS),
      fc.record({ id: anyValue, values: fc.array(fc.oneof(fc.record({ from: dateish, value: anyValue }), anyValue), { maxLength: 4 }) }),
    ),
    dateish,
  ),
  // identifiers
  creditCodeCheckCharacter: argsOf(fc.string({ minLength: 17, maxLength: 17 })),
  isValidOrganizationCode: args(1),
  normalizeCreditCode: args(1),
  normalizeLicenseNumber: args(1),
  parseLicenseNumber: args(1),
  countyByCode: args(1),
  // rules (Articles 5–7, 9–18, 21): valid fixtures with one place changed, and anything at all
  specialInspectionTriggers: argsOf(
    mutated({ asOf: '2024-06-01', events: [{ kind: 'complaint', date: '2024-05-01', ref: 'x' }, { kind: 'quality_audit', date: '2024-07-01' }] }),
  ),
  samplingEligibility: argsOf(mutated({ asOf: '2024-06-01', findings: { seriousQualityProblemSuspected: true, rectification: 'failed_reinspection', otherNeed: '抽检计划' } })),
  assessInspectionRecord: argsOf(mutated(goodRecord()), mutated({ asOf: '2024-06-30' })),
  inspectionConsequences: argsOf(mutated(goodRecord()), mutated({ asOf: '2024-06-30' })),
  rectificationStatus: argsOf(mutated(order()), mutated({ asOf: '2024-08-01' })),
  sampleDispatchDeadline: argsOf(dateish, fc.record({ counting: fc.constantFrom('calendar_days', 'working_days') })),
  assessSamplingRecord: argsOf(mutated(goodSampling()), mutated({ asOf: '2024-06-30' })),
  testingFailureHandling: argsOf(mutated(failedReport()), mutated({ asOf: '2024-06-30' })),
  licenseActionAuthority: argsOf(mutated(cityRevocation()), mutated({ asOf: '2024-06-30' })),
  inspectionConduct: argsOf(
    mutated({ feeCharged: 0, normalProductionDisrupted: false }),
    mutated({ asOf: '2024-06-30' }),
  ),
  selfInspectionReportCheck: argsOf(mutated(quietReport()), mutated({ asOf: '2024-06-30', dueBy: '2024-03-31' })),
  dossierCompleteness: argsOf(mutated(fullDossier()), mutated({ asOf: '2024-06-30' })),
  publicationDeadline: argsOf(dateish),
  assessPublicationRecord: argsOf(
    mutated({ enterpriseId: '91350100M000100Y43', resultOn: '2024-09-20', publishedOn: '2024-10-10' }),
    mutated({ asOf: '2024-10-30' }),
  ),
  // draw and quota (Articles 8, 9, 19)
  drawInspections: argsOf(
    mutated({ seed: '骰子 3-1-4-1-5', asOf: '2024-03-01', enterprises: plainEnterprises(6), inspectors: plainInspectors(4), ratio: 0.5 }),
  ),
  verifyDraw: args(2),
  fingerprintDrawLists: argsOf(mutated({ enterprises: plainEnterprises(3), inspectors: plainInspectors(2) })),
  requiredSpotChecks: argsOf(fc.integer({ min: -5, max: 1_000_000 })),
  auditQuota: argsOf(
    mutated({
      year: 2024,
      licensedEnterpriseIds: plainEnterprises(3).map((e) => e.id),
      spotChecks: [{ enterpriseId: plainEnterprises(1)[0]!.id, date: '2024-05-01' }],
    }),
  ),
  planAnnualAudit: args(1),
};

/**
 * Valid samples of the object schemas, so that fuzzing their safeParse reaches the refinements
 * (a date that does not exist next to a team size, a seed next to an asOf…).
 */
const SCHEMA_SAMPLES: Record<string, () => unknown> = {
  drawInputSchema: () => ({ seed: '7', asOf: '2024-03-01', enterprises: plainEnterprises(3), inspectors: plainInspectors(2), ratio: 0.5, teamSize: 2 }),
  drawRecordSchema: () =>
    lib.drawInspections({ seed: '7', asOf: '2024-03-01', enterprises: plainEnterprises(3), inspectors: plainInspectors(2), ratio: 0.5 }).record,
  planAnnualAuditInputSchema: () => ({ seed: '5', asOf: '2024-09-01', enterprises: plainEnterprises(3), inspectors: plainInspectors(2), teamSize: 2 }),
  auditQuotaInputSchema: () => ({
    year: 2024,
    asOf: '2024-06-01',
    licensedEnterpriseIds: plainEnterprises(2).map((e) => e.id),
    spotChecks: [{ enterpriseId: plainEnterprises(1)[0]!.id, date: '2024-05-01' }],
  }),
  inspectionRecordSchema: goodRecord,
  samplingRecordSchema: goodSampling,
  rectificationOrderSchema: order,
  testingReportSchema: failedReport,
  licenseActionDecisionSchema: cityRevocation,
  selfInspectionReportSchema: quietReport,
  qualityDossierSchema: fullDossier,
  publicationRecordSchema: () => ({ enterpriseId: '91350100M000100Y43', resultOn: '2024-09-20', publishedOn: '2024-10-10' }),
};

const exported = Object.entries(lib);
const functions = exported.filter(([, v]) => typeof v === 'function') as [string, (...a: unknown[]) => unknown][];
const schemas = exported.filter(([, v]) => v instanceof z.ZodType) as [string, z.ZodType][];
const isClass = (f: unknown): boolean => typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));

/** Every object reachable from a value (own enumerable keys, at most 10 000 objects). */
function reachable(value: unknown, out = new Set<unknown>()): Set<unknown> {
  if (typeof value !== 'object' || value === null || out.has(value) || out.size > 10_000) return out;
  out.add(value);
  for (const key of Object.keys(value)) reachable((value as Record<string, unknown>)[key], out);
  return out;
}

function checkThrown(error: unknown): void {
  if (!(error instanceof SupervisionError)) throw error;
  expect(error.messages['zh-CN'].length).toBeGreaterThan(0);
  expect(error.messages.en.length).toBeGreaterThan(0);
  expect(typeof error.code).toBe('string');
  // Every issue worded: the decision functions' own Chinese covers every kind their schemas raise
  // (test/foundation/own-wording.test.ts); "无效输入" alone would be the fallback for one it did not.
  if (error instanceof RuleInputError) {
    for (const issue of error.issues) expect(issue.message['zh-CN']).not.toBe('无效输入');
  }
}

describe('fuzzing every exported function', () => {
  it('has an arbitrary for every exported function (a new export cannot be forgotten)', () => {
    const missing = functions.map(([name]) => name).filter((name) => !(name in REGISTRY));
    expect(missing).toEqual([]);
    const stale = Object.keys(REGISTRY).filter((name) => !functions.some(([n]) => n === name));
    expect(stale).toEqual([]);
  });

  for (const [name, fn] of functions) {
    const arb = REGISTRY[name];
    if (!arb) continue;
    it(`${name}: returns or throws a library error; never mutates input; no polluted output`, () => {
      fc.assert(
        fc.property(arb, (rawArgs) => {
          const callArgs = deepFreeze(rawArgs);
          let out: unknown;
          try {
            out = isClass(fn) ? new (fn as unknown as new (...a: unknown[]) => unknown)(...callArgs) : fn(...callArgs);
          } catch (error) {
            checkThrown(error);
            return;
          }
          // The caller's own objects handed back (a parameter's value) are not the library's to judge.
          expect(hasPollutedPrototype(out, reachable(callArgs))).toBe(false);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
    }, TIMEOUT);
  }

  for (const [name, sample] of Object.entries(SCHEMA_SAMPLES)) {
    const schema = (lib as Record<string, unknown>)[name] as z.ZodType;
    it(`${name}.safeParse of a valid sample with one place changed (any value or a date-like string) never throws`, () => {
      expect(schema.safeParse(sample()).success).toBe(true);
      fc.assert(
        fc.property(mutated(sample(), fc.oneof(anyValue, dateish)), (input) => {
          const result = schema.safeParse(deepFreeze(input));
          if (result.success) expect(hasPollutedPrototype(result.data)).toBe(false);
        }),
        { numRuns: Math.max(200, Math.floor(RUNS / 4)) },
      );
    }, TIMEOUT);
  }

  for (const [name, schema] of schemas) {
    it(`${name}.safeParse never throws and never returns polluted data`, () => {
      fc.assert(
        fc.property(anyValue, (input) => {
          const result = schema.safeParse(deepFreeze(input));
          if (result.success) expect(hasPollutedPrototype(result.data)).toBe(false);
        }),
        { numRuns: Math.max(200, Math.floor(RUNS / 4)) },
      );
    }, TIMEOUT);
  }
});

describe('documented results for nonsense arguments (issue #15 §4)', () => {
  it('chineseNumeral: Chinese numerals for 1–99, Arabic digits for other whole numbers, else RuleInputError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -200, max: 200 }), fc.double(), jsValue, anyValue), (n) => {
        let out: string;
        try {
          out = lib.chineseNumeral(n as number);
        } catch (error) {
          expect(error).toBeInstanceOf(lib.RuleInputError);
          expect(Number.isSafeInteger(n)).toBe(false);
          return;
        }
        expect(Number.isSafeInteger(n)).toBe(true);
        const k = n as number;
        // 一 … 九十九 for 1–99 (the numerals of the article numbers), the number's digits otherwise.
        if (k >= 1 && k <= 99) expect(out).toMatch(/^[一二三四五六七八九十]+$/);
        else expect(out).toBe(String(k));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('parameterValue: a value, never undefined, or one of the library’s errors', () => {
    fc.assert(
      fc.property(REGISTRY['parameterValue'] as fc.Arbitrary<unknown[]>, ([parameter, asOf]) => {
        try {
          expect(lib.parameterValue(deepFreeze(parameter) as never, asOf as never)).not.toBeUndefined();
        } catch (error) {
          checkThrown(error);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
