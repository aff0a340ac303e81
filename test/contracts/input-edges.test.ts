// Inputs at the edges of the draw, quota and date schemas: each problem is reported where it is,
// next to the others, and a schema's safeParse never throws. Expected values come from the
// schemas' documented contracts (TSDoc, docs/interpretation.md) and hand calculation.
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import {
  LIMITS,
  RuleInputError,
  addDays,
  auditQuota,
  auditQuotaInputSchema,
  bilingualIssues,
  checklistSchema,
  createRestDayCalendar,
  drawInputSchema,
  drawInspections,
  drawRecordSchema,
  inspectionConduct,
  inspectionConductFactsSchema,
  inspectionRecordSchema,
  planAnnualAudit,
  planAnnualAuditInputSchema,
  safeParseIn,
  samplingEligibilityInputSchema,
  selfInspectionReportSchema,
  testingReportSchema,
  sampleDispatchDeadline,
  sampleDispatchDeadlineOptionsSchema,
  samplingFindingsSchema,
  verifyDraw,
} from '../../src/index.js';
import { creditCode, plainEnterprises, plainInspectors } from '../draw/helpers.js';
import { goodRecord } from '../rules/fixtures.js';
import { inputIssues } from '../support/issues.js';

const base = {
  seed: '4-2-6-1',
  asOf: '2024-03-01',
  enterprises: plainEnterprises(4),
  inspectors: plainInspectors(4),
  ratio: 0.5,
};

/** Where and what each issue of the RuleInputError that `fn` throws is. */
const thrownIssues = (fn: () => unknown): { path: readonly (string | number)[]; code: string }[] =>
  inputIssues(fn).map(({ path, code }) => ({ path, code }));

describe('a malformed asOf is one issue among the others, at its own path', () => {
  const impossible = { ...base, asOf: '2024-02-30', seed: '', teamSize: 1 };

  it('drawInputSchema.safeParse returns the issues instead of throwing', () => {
    expect(() => drawInputSchema.safeParse(impossible)).not.toThrow();
    expect(drawInputSchema.safeParse(impossible).success).toBe(false);
  });

  it('every problem is reported: the empty seed, the impossible date, the team of 1 (Art 9¶1: at least 2)', () => {
    const codes = bilingualIssues(drawInputSchema, impossible).map(({ path, code }) => ({ path, code }));
    expect(codes).toEqual([
      { path: ['seed'], code: 'too_small' },
      { path: ['asOf'], code: 'DATE_IMPOSSIBLE' },
      { path: ['teamSize'], code: 'TEAM_SIZE_BELOW_MINIMUM' },
    ]);
  });

  it('drawInspections throws them all, with the date at asOf', () => {
    expect(thrownIssues(() => drawInspections(impossible))).toContainEqual({ path: ['asOf'], code: 'DATE_IMPOSSIBLE' });
    expect(thrownIssues(() => drawInspections({ ...base, asOf: 'x' }))).toEqual([{ path: ['asOf'], code: 'DATE_FORMAT' }]);
  });

  it('the other schemas with an asOf do the same: plan input, draw record (safeParseIn too)', () => {
    const plan = { seed: '5', asOf: '2024-02-30', enterprises: [], inspectors: [] };
    expect(() => planAnnualAuditInputSchema.safeParse(plan)).not.toThrow();
    expect(bilingualIssues(planAnnualAuditInputSchema, plan).map((i) => i.path)).toEqual([['asOf']]);
    const record = { ...drawInspections(base).record, asOf: '2024-02-30' };
    expect(() => drawRecordSchema.safeParse(record)).not.toThrow();
    expect(bilingualIssues(drawRecordSchema, record).map((i) => i.path)).toContainEqual(['asOf']);
    expect(safeParseIn(drawInputSchema, { ...base, asOf: '9999-99-99' }, 'en').success).toBe(false);
    expect(verifyDraw(record, base).differences.map((d) => [d.field, d.actual])).toContainEqual(['asOf', 'DATE_IMPOSSIBLE']);
  });
});

describe('the seed limit applies to the NFC form the record keeps', () => {
  // U+0958 (DEVANAGARI LETTER QA) is a composition exclusion: NFC writes it as two characters.
  const expanding = '\u0958'.repeat(600); // 600 characters given, 1200 after NFC

  it('is rejected with LIMIT_EXCEEDED naming the normalised length', () => {
    expect('\u0958'.normalize('NFC')).toHaveLength(2);
    const issues = bilingualIssues(drawInputSchema, { ...base, seed: expanding });
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ['seed'], code: 'LIMIT_EXCEEDED' }]);
    expect(issues[0]?.message.en).toContain(`at most ${LIMITS.seedMaxLength} characters`);
    expect(issues[0]?.message.en).toContain('got 1200');
  });

  // Devanagari is no seed character (docs/draw-algorithm.md, "Canonical text"): within the limit
  // as normalised, such a seed gets past the limit to the canonical-seed rule, which names the
  // first character. No seed character is lengthened by NFC, so for the seeds the draw accepts
  // the limit as given is the limit as recorded.
  it('a seed of 500 such characters (1000 after NFC) is within the limit, and not canonical', () => {
    const issues = bilingualIssues(drawInputSchema, { ...base, seed: '\u0958'.repeat(500) });
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ['seed'], code: 'SEED_NOT_CANONICAL' }]);
    expect(issues[0]?.message.en).toContain('Character 1 of the seed, U+0958');
  });

  it('a seed of 1000 Chinese characters, NFC already, is drawn and its record verifies', () => {
    const input = { ...base, seed: '骰'.repeat(LIMITS.seedMaxLength) };
    const { record } = drawInspections(input);
    expect(record.seed).toHaveLength(LIMITS.seedMaxLength);
    expect(verifyDraw(record, input).valid).toBe(true);
  });
});

describe('an own __proto__ key in a keyed record is rejected, not dropped', () => {
  const proto = (json: string): Record<string, unknown> => JSON.parse(json) as Record<string, unknown>;

  it('ratios of a stratified draw', () => {
    const input = { ...base, stratifyBy: 'county' as const, ratios: proto('{"__proto__":0.1}') };
    expect(thrownIssues(() => drawInspections(input as never))).toEqual([{ path: ['ratios', '__proto__'], code: 'invalid_key' }]);
  });

  it("auditQuota's counties", () => {
    const id = creditCode(1);
    const input = { year: 2024, licensedEnterpriseIds: [id], spotChecks: [], counties: proto(`{"${id}":"220802","__proto__":"zzz"}`) };
    expect(bilingualIssues(auditQuotaInputSchema, input).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['counties', '__proto__'], code: 'invalid_key' },
    ]);
    expect(() => auditQuota(input as never)).toThrow(RuleInputError);
  });

  // Issue #2: `__proto__`/`constructor` keys never reach an output object. The county keys are free
  // text (any id serves), so the names of an object's own machinery are refused there too.
  it("auditQuota's counties: constructor and prototype keys as well", () => {
    const id = creditCode(1);
    const input = { year: 2024, licensedEnterpriseIds: [id], spotChecks: [], counties: { [id]: '220802', constructor: '220802', prototype: '220821' } };
    expect(bilingualIssues(auditQuotaInputSchema, input).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['counties', 'constructor'], code: 'invalid_key' },
      { path: ['counties', 'prototype'], code: 'invalid_key' },
    ]);
    expect(auditQuotaInputSchema.safeParse({ ...input, counties: { [id]: '220802' } }).success).toBe(true);
  });

  it('a keyed record given as null or a primitive is invalid_type, never a TypeError', () => {
    const id = creditCode(1);
    for (const counties of [null, 'x', 5]) {
      expect(thrownIssues(() => auditQuota({ year: 2024, licensedEnterpriseIds: [id], spotChecks: [], counties } as never))).toEqual([
        { path: ['counties'], code: 'invalid_type' },
      ]);
    }
    for (const ratios of [null, 'x']) {
      expect(thrownIssues(() => drawInspections({ ...base, stratifyBy: 'county', ratios } as never))).toEqual([{ path: ['ratios'], code: 'invalid_type' }]);
    }
  });

  it('an ordinary object (no own __proto__) is still accepted', () => {
    expect(drawInspections({ ...base, stratifyBy: 'county', ratios: { '220802': 0.5 } }).record.parameters.ratios).toEqual({
      '220802': 0.5,
    });
  });
});

describe('planAnnualAudit reports a repeated enterprise in its own input', () => {
  it('at enterprises, with code DUPLICATE_ENTERPRISE_ID (not at a field it does not have)', () => {
    const enterprises = plainEnterprises(3);
    const input = { seed: '5', asOf: '2024-09-01', enterprises: [...enterprises, enterprises[1]!], inspectors: plainInspectors(2) };
    expect(thrownIssues(() => planAnnualAudit(input))).toEqual([{ path: ['enterprises'], code: 'DUPLICATE_ENTERPRISE_ID' }]);
  });
});

describe('a computed date outside 1900–9999 is DATE_OUT_OF_RANGE, not a format error', () => {
  it('addDays past either end', () => {
    expect(thrownIssues(() => addDays('9999-12-31', 1))).toEqual([{ path: [], code: 'DATE_OUT_OF_RANGE' }]);
    expect(thrownIssues(() => addDays('1900-01-01', -1))).toEqual([{ path: [], code: 'DATE_OUT_OF_RANGE' }]);
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
  });

  it('the 7-day dispatch deadline of a sealing on 9999-12-30 (Art 17: D + 7 is in year 10000)', () => {
    expect(thrownIssues(() => sampleDispatchDeadline('9999-12-30'))).toEqual([{ path: [], code: 'DATE_OUT_OF_RANGE' }]);
  });

  it('the message names the date, the days and the supported years in both languages', () => {
    const [issue] = inputIssues(() => addDays('9999-12-31', 1));
    expect(issue?.message['zh-CN']).toBe('9999-12-31 加 1 天超出支持的年份范围（1900–9999年）');
    expect(issue?.message.en).toBe('9999-12-31 plus 1 day falls outside the supported years 1900–9999');
  });
});

describe('an object of another kind is not an empty object', () => {
  // These four schemas have only optional fields: a Date or a Map has no own fields, so without a
  // check it would pass as {} (and inspectionConduct would answer "insufficient information").
  const schemas = { checklistSchema, inspectionConductFactsSchema, sampleDispatchDeadlineOptionsSchema, samplingFindingsSchema };

  it.each(Object.entries(schemas))('%s refuses a Date, a Map and a class instance with invalid_type', (_name, schema) => {
    for (const value of [new Date(0), new Map(), new (class Facts {})()]) {
      expect(bilingualIssues(schema, value).map(({ path, code }) => ({ path, code }))).toEqual([{ path: [], code: 'invalid_type' }]);
    }
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse(Object.create(null)).success).toBe(true);
  });

  it('createRestDayCalendar given a Map throws, instead of building the default calendar', () => {
    expect(thrownIssues(() => createRestDayCalendar(new Map() as never))).toEqual([{ path: [], code: 'invalid_type' }]);
  });

  it('inspectionConduct given a Date throws RuleInputError instead of deciding on no facts', () => {
    expect(thrownIssues(() => inspectionConduct(new Date(0) as never, { asOf: '2024-06-30' }))).toEqual([{ path: [], code: 'invalid_type' }]);
  });
});

describe('the edges of the checks themselves', () => {
  it('ratios or counties given as null are a type issue, not a crash', () => {
    expect(thrownIssues(() => drawInspections({ ...base, stratifyBy: 'county', ratios: null as never }))).toEqual([
      { path: ['ratios'], code: 'invalid_type' },
    ]);
    const quota = { year: 2024, licensedEnterpriseIds: [], spotChecks: [], counties: null };
    expect(bilingualIssues(auditQuotaInputSchema, quota).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['counties'], code: 'invalid_type' },
    ]);
  });

  it('an identifier counted as given: 2 spaces + 199 characters is 201, over LIMITS.idMaxLength (200)', () => {
    const id = `  ${'x'.repeat(LIMITS.idMaxLength - 1)}`;
    const input = { ...base, inspectors: [{ id, credentialValidUntil: '2030-12-31' }, ...plainInspectors(2)] };
    expect(bilingualIssues(drawInputSchema, input).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['inspectors', 0, 'id'], code: 'LIMIT_EXCEEDED' },
    ]);
  });

  it('free text is counted as given, not NFC-normalised: 2 000 × U+0958 is within LIMITS.textMaxLength', () => {
    const record = goodRecord();
    const name = '\u0958'.repeat(LIMITS.textMaxLength);
    const input = { ...record, inspectors: [{ ...record.inspectors[0]!, name }, record.inspectors[1]!] };
    expect(inspectionRecordSchema.safeParse(input).success).toBe(true);
  });

  it('repeated enterprises are named in code-unit order, each once', () => {
    const [a, b] = [creditCode(1), creditCode(2)];
    expect(a < b).toBe(true);
    const enterprises = [{ id: b }, { id: a }, { id: b }, { id: a }, { id: b }];
    const [issue] = inputIssues(() => planAnnualAudit({ seed: '5', asOf: '2024-09-01', enterprises, inspectors: plainInspectors(2) }));
    expect(issue?.message.en).toBe(`Enterprise ids appear more than once: ${a}, ${b}`);
  });

  it('days in the out-of-range message: "plus 7 days" for the Article 17 period', () => {
    const [issue] = inputIssues(() => sampleDispatchDeadline('9999-12-30'));
    expect(issue?.message.en).toBe('9999-12-30 plus 7 days falls outside the supported years 1900–9999');
  });
});

describe('no object inside a valid input accepts a Map or a Date in its place', () => {
  // Each sample is valid; every object in it (and the whole input) is replaced in turn. An object
  // with required fields fails on them anyway; one whose fields are all optional must refuse the
  // value itself, or the fields the caller meant would be lost.
  const samples: Record<string, [z.ZodType, () => unknown]> = {
    inspectionRecord: [inspectionRecordSchema, goodRecord],
    selfInspectionReport: [selfInspectionReportSchema, () => ({ enterpriseId: '91350100M000100Y43', year: 2024, receivedOn: '2025-03-20', changes: { productionConditions: true } })],
    samplingEligibilityInput: [samplingEligibilityInputSchema, () => ({ asOf: '2024-06-01', findings: { seriousQualityProblemSuspected: true } })],
    drawInput: [drawInputSchema, () => ({ ...base, stratifyBy: 'county', ratios: { '220802': 0.5 } })],
  };
  const objectPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
    if (typeof value !== 'object' || value === null) return [];
    const own = Array.isArray(value) ? [] : [path];
    return [...own, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, Array.isArray(value) ? Number(k) : k]))];
  };
  it.each(Object.entries(samples))('%s', (_name, [schema, sample]) => {
    expect(schema.safeParse(sample()).success).toBe(true);
    for (const path of objectPaths(sample())) {
      for (const odd of [new Map([['productionConditions', true]]), new Date(0)]) {
        const input = sample() as Record<string | number, unknown>;
        let parent = input;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        const candidate = path.length === 0 ? odd : (parent[path[path.length - 1]!] = odd, input);
        expect(schema.safeParse(candidate).success, `${path.join('.')} ← ${odd.constructor.name}`).toBe(false);
      }
    }
  });
});

describe('a testing report does not contradict itself', () => {
  const report = { enterpriseId: '91350100M000100Y43', product: '塑料编织袋', laboratory: '吉林省产品质量监督检验院', reportedOn: '2024-03-20' };

  it('pass (合格) with a failed item is FAILED_ITEMS_ON_PASS at failedItems', () => {
    expect(bilingualIssues(testingReportSchema, { ...report, result: 'pass', failedItems: ['拉伸强度'] }).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['failedItems'], code: 'FAILED_ITEMS_ON_PASS' },
    ]);
  });

  it('pass with no failed items, or an empty list; fail with its items: all accepted', () => {
    expect(testingReportSchema.safeParse({ ...report, result: 'pass' }).success).toBe(true);
    expect(testingReportSchema.safeParse({ ...report, result: 'pass', failedItems: [] }).success).toBe(true);
    expect(testingReportSchema.safeParse({ ...report, result: 'fail', failedItems: ['拉伸强度'] }).success).toBe(true);
  });
});
