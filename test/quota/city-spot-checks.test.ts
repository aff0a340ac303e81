// Article 19: 市级市场监管部门应当加强对县级市场监管部门生产许可证相关工作的监督检查。每年抽查获证企业比例不低于
// 辖区内获证企业总数的10%。 The ratio is the city bureau's own: checks made by county bureaus do
// not count towards it. Expected figures worked out by hand: required = ceil(10% × licensed).
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  RuleInputError,
  auditQuota,
  auditQuotaInputSchema,
  bilingualIssues,
  planAnnualAudit,
  spotCheckMakerSchema,
  spotCheckSchema,
  type AuditQuotaInput,
} from '../../src/index.js';
import { LIMITS } from '../../src/limits.js';
import { boundedArray, boundedKeys, boundedString, noSilentKeys } from '../../src/limit-guards.js';
import { visible } from '../../src/entities/refinements.js';
import { countyCodeSchema } from '../../src/identifiers/divisions.js';
import { creditCode, plainEnterprises, plainInspectors } from '../draw/helpers.js';

const licensed = Array.from({ length: 20 }, (_, i) => creditCode(i)); // 20 → ceil(2.0) = 2 required

describe('Article 19 counts the city bureau\'s own spot checks', () => {
  it('a check that says madeBy "county" is not counted, and is traced; one that does not say is the city\'s', () => {
    const d = auditQuota({
      year: 2024,
      licensedEnterpriseIds: licensed,
      spotChecks: [
        { enterpriseId: licensed[0]!, date: '2024-03-01' }, // the city's (says nothing)
        { enterpriseId: licensed[1]!, date: '2024-03-02', madeBy: 'county' },
        { enterpriseId: licensed[2]!, date: '2024-03-03', madeBy: 'county' },
      ],
    });
    // 20 licensed → 2 required; only licensed[0] is the city's → 1 checked, 1 short.
    expect(d.outcome).toMatchObject({ licensed: 20, required: 2, checked: 1, shortfall: 1, met: false });
    const step = d.trace.find((s) => s.rule === 'art19.checks_by_county_bureaus');
    expect(step).toMatchObject({
      basis: { article: 19 },
      passed: false,
      facts: {
        ignored: [
          { enterpriseId: licensed[1], date: '2024-03-02', madeBy: 'county' },
          { enterpriseId: licensed[2], date: '2024-03-03', madeBy: 'county' },
        ],
      },
    });
    expect(step?.message['zh-CN']).toContain('县级市场监管部门');
    expect(step?.message.en).toContain('county bureaus');
    // The county bureaus' checks are not checks of unknown enterprises.
    expect(d.outcome.unmatchedChecks).toBeUndefined();
  });

  it('madeBy "city" counts as a check that does not say; the county step appears only when a county check is given', () => {
    const said = auditQuota({ year: 2024, licensedEnterpriseIds: licensed, spotChecks: [{ enterpriseId: licensed[0]!, date: '2024-03-01', madeBy: 'city' }] });
    const unsaid = auditQuota({ year: 2024, licensedEnterpriseIds: licensed, spotChecks: [{ enterpriseId: licensed[0]!, date: '2024-03-01' }] });
    expect(said.outcome).toEqual(unsaid.outcome);
    expect(said.outcome.checked).toBe(1);
    expect(said.trace.map((s) => s.rule)).toEqual(unsaid.trace.map((s) => s.rule));
    expect(said.trace.some((s) => s.rule === 'art19.checks_by_county_bureaus')).toBe(false);
  });

  it('the same enterprise checked by a county bureau and by the city counts once, for the city', () => {
    const d = auditQuota({
      year: 2024,
      licensedEnterpriseIds: licensed,
      spotChecks: [
        { enterpriseId: licensed[5]!, date: '2024-02-01', madeBy: 'county' },
        { enterpriseId: licensed[5]!, date: '2024-04-01' },
        { enterpriseId: licensed[6]!, date: '2024-04-02' },
      ],
    });
    expect(d.outcome).toMatchObject({ required: 2, checked: 2, shortfall: 0, met: true });
  });

  it('only county bureaus\' checks: nothing counted, the quota not met', () => {
    const d = auditQuota({
      year: 2024,
      licensedEnterpriseIds: licensed,
      spotChecks: licensed.map((enterpriseId) => ({ enterpriseId, date: '2024-06-01', madeBy: 'county' as const })),
    });
    expect(d.outcome).toMatchObject({ required: 2, checked: 0, shortfall: 2, met: false });
  });

  it('an unknown maker is refused', () => {
    expect(spotCheckMakerSchema.options).toEqual(['city', 'county']);
    expect(spotCheckSchema.safeParse({ enterpriseId: licensed[0], date: '2024-03-01', madeBy: 'province' }).success).toBe(false);
    expect(() =>
      auditQuota({ year: 2024, licensedEnterpriseIds: licensed, spotChecks: [{ enterpriseId: licensed[0]!, date: '2024-03-01', madeBy: 'City' as never }] }),
    ).toThrow(RuleInputError);
  });

  it('planAnnualAudit: a county bureau\'s check neither counts nor keeps the enterprise out of the city\'s draw', () => {
    // 20 licensed → 2 required. The city checked creditCode(0); a county bureau checked creditCode(1).
    const plan = planAnnualAudit({
      seed: '2-6-4-1',
      asOf: '2024-09-01',
      enterprises: plainEnterprises(20),
      inspectors: plainInspectors(4),
      spotChecks: [
        { enterpriseId: creditCode(0), date: '2024-02-01' },
        { enterpriseId: creditCode(1), date: '2024-02-02', madeBy: 'county' },
      ],
    });
    expect(plan.quota.outcome).toMatchObject({ required: 2, checked: 1, shortfall: 1 });
    expect(plan.draw.excluded).toEqual([{ kind: 'enterprise', id: creditCode(0), reason: 'ALREADY_CHECKED' }]);
    expect(plan.draw.selected).toHaveLength(1);
  });
});

describe('checks that match no licensed enterprise are in the outcome', () => {
  it('a mistyped credit code: checked 0, and the check listed in unmatchedChecks', () => {
    // 10 licensed → ceil(1.0) = 1 required. The check's last character is wrong (T → X).
    const ids = licensed.slice(0, 10);
    const typo = `${ids[0]!.slice(0, 17)}${ids[0]!.endsWith('X') ? 'Y' : 'X'}`;
    const d = auditQuota({ year: 2024, licensedEnterpriseIds: ids, spotChecks: [{ enterpriseId: typo, date: '2024-05-20' }] });
    expect(d.outcome).toMatchObject({ required: 1, checked: 0, met: false });
    expect(d.outcome.unmatchedChecks).toEqual([{ enterpriseId: typo, date: '2024-05-20' }]);
  });

  it('lists them by date, then id, whatever their order, each once; none: the field is absent', () => {
    const [a, b, c] = [creditCode(700), creditCode(701), creditCode(702)];
    const checks = [
      { enterpriseId: b, date: '2024-05-02' },
      { enterpriseId: licensed[0]!, date: '2024-05-01' },
      { enterpriseId: c, date: '2024-05-01' },
      { enterpriseId: a, date: '2024-05-02' },
      { enterpriseId: a, date: '2023-01-01' }, // also another year: the id is what is wrong
    ];
    const expected = [
      { enterpriseId: a, date: '2023-01-01' },
      { enterpriseId: c, date: '2024-05-01' },
      { enterpriseId: a, date: '2024-05-02' },
      { enterpriseId: b, date: '2024-05-02' },
    ];
    for (const spotChecks of [checks, [...checks].reverse()]) {
      const d = auditQuota({ year: 2024, licensedEnterpriseIds: licensed, spotChecks });
      expect(d.outcome.unmatchedChecks).toEqual(expected);
      expect(d.outcome.checked).toBe(1);
    }
    const none = auditQuota({ year: 2024, licensedEnterpriseIds: licensed, spotChecks: [{ enterpriseId: licensed[0]!, date: '2024-05-01' }] });
    expect('unmatchedChecks' in none.outcome).toBe(false);
  });

  it('an id typed otherwise (lower case, spaces, full width) matches its enterprise and is not unmatched', () => {
    const id = licensed[3]!;
    const typed = ` ${id.toLowerCase()} `.replace(/^ /u, '\u3000');
    const d = auditQuota({ year: 2024, licensedEnterpriseIds: licensed, spotChecks: [{ enterpriseId: typed, date: '2024-05-01' }] });
    expect(d.outcome.checked).toBe(1);
    expect(d.outcome.unmatchedChecks).toBeUndefined();
  });

  it('the outcome owns its list: changing it changes nothing in the trace', () => {
    const d = auditQuota({ year: 2024, licensedEnterpriseIds: licensed, spotChecks: [{ enterpriseId: creditCode(800), date: '2024-05-01' }] });
    const list = d.outcome.unmatchedChecks as unknown as { enterpriseId: string }[];
    list[0]!.enterpriseId = 'changed';
    expect(d.trace.find((s) => s.rule === 'art19.checks_of_unlicensed')?.facts).toEqual({
      ignored: [{ enterpriseId: creditCode(800), date: '2024-05-01' }],
    });
  });
});

// The ids are checked by one refinement per entry instead of a pipe per entry (a million ids pay
// for one call each). The problems reported must be those of the schema the ids had before: a
// string of 1 to LIMITS.idMaxLength characters (LIMIT_EXCEEDED beyond, alone), with something
// visible in it (BLANK), compared after the whole input is parsed.
describe('the quota input reports the same problems as the per-entry schema', () => {
  const entry = () => boundedString('idMaxLength', z.string().min(1).max(LIMITS.idMaxLength).superRefine(visible), 'as-is');
  const reference = z.strictObject({
    year: z.number().int().min(1900).max(9999),
    licensedEnterpriseIds: boundedArray(entry(), 'quotaMaxEnterprises'),
    spotChecks: boundedArray(z.strictObject({ enterpriseId: entry(), date: z.string() }), 'quotaMaxSpotChecks'),
    counties: boundedKeys('quotaMaxEnterprises', noSilentKeys(z.record(entry(), countyCodeSchema), ['__proto__', 'constructor', 'prototype'])).optional(),
  });
  const odd: unknown[] = [
    5,
    null,
    undefined,
    [],
    ['a', 'b'],
    { length: 3 },
    Array.from({ length: LIMITS.idMaxLength + 1 }, () => 'x'), // an array longer than an id may be
    '',
    ' ',
    '\u200b',
    '\u3000\u200d',
    '\ufe0f',
    'x'.repeat(LIMITS.idMaxLength),
    'x'.repeat(LIMITS.idMaxLength + 1),
    '\u200b'.repeat(LIMITS.idMaxLength + 1),
    'é',
    '企业甲',
    'Ａ',
    '\u200bA',
  ];

  it('for each odd id, in the licensed list, a spot check and a county key', () => {
    for (const value of odd) {
      const inputs = [
        { year: 2024, licensedEnterpriseIds: [value], spotChecks: [] },
        { year: 2024, licensedEnterpriseIds: [], spotChecks: [{ enterpriseId: value, date: '2024-01-01' }] },
        ...(typeof value === 'string' ? [{ year: 2024, licensedEnterpriseIds: [], spotChecks: [], counties: { [value]: '220802' } }] : []),
      ];
      for (const input of inputs) {
        const expected = bilingualIssues(reference, input);
        const actual = bilingualIssues(auditQuotaInputSchema, input);
        // The reference lacks the checks across fields (here: COUNTY_MISSING cannot arise).
        expect(actual, JSON.stringify(value)).toEqual(expected);
      }
    }
  });

  it('auditQuota refuses exactly what auditQuotaInputSchema refuses, checks across fields included', () => {
    const a = licensed[0]!;
    const cases: unknown[] = [
      { year: 2024, licensedEnterpriseIds: [a, a.toLowerCase()], spotChecks: [] },
      { year: 2024, licensedEnterpriseIds: [a, ''], spotChecks: [], counties: { [a]: '220802' } },
      { year: 2024, licensedEnterpriseIds: [a, '\u200b'], spotChecks: [], counties: { [a]: '220802', [a.toLowerCase()]: '220821' } },
      { year: 2024, licensedEnterpriseIds: [a, licensed[1]], spotChecks: [], counties: { [licensed[1]!]: '220802' } },
      { year: 2024, asOf: '2023-12-31', licensedEnterpriseIds: [a, a], spotChecks: [], counties: { [a]: '999999' } },
      { year: 2024, licensedEnterpriseIds: [5, a], spotChecks: [{ enterpriseId: a, date: '2024-02-30' }] },
      { year: 2024, licensedEnterpriseIds: [], spotChecks: [], counties: { ['x'.repeat(LIMITS.idMaxLength + 1)]: '220802' } },
    ];
    for (const input of cases) {
      let caught: unknown;
      try {
        auditQuota(input as AuditQuotaInput);
      } catch (e) {
        caught = e;
      }
      expect(caught, JSON.stringify(input)).toBeInstanceOf(RuleInputError);
      expect((caught as RuleInputError).issues).toEqual(bilingualIssues(auditQuotaInputSchema, input));
    }
  });

  it('counties given in an order other than the list, and under other spellings, give the same breakdown', () => {
    // 12 licensed: 220802 gets 0–5 (6 → 1 required), 220821 gets 6–11 (6 → 1 required).
    const ids = licensed.slice(0, 12);
    const county = (i: number) => (i < 6 ? '220802' : '220821');
    const inOrder = Object.fromEntries(ids.map((id, i) => [id, county(i)]));
    const otherOrder = Object.fromEntries(ids.map((id, i) => [id, i] as const).reverse().map(([id, i]) => [i % 2 ? id.toLowerCase() : id, county(i)]));
    const spotChecks = [{ enterpriseId: ids[7]!, date: '2024-04-04' }];
    const a = auditQuota({ year: 2024, licensedEnterpriseIds: ids, spotChecks, counties: inOrder as AuditQuotaInput['counties'] });
    const b = auditQuota({ year: 2024, licensedEnterpriseIds: ids, spotChecks, counties: otherOrder as AuditQuotaInput['counties'] });
    expect(a.outcome.byCounty).toEqual([
      { county: '220802', licensed: 6, required: 1, checked: 0, shortfall: 1, met: false },
      { county: '220821', licensed: 6, required: 1, checked: 1, shortfall: 0, met: true },
    ]);
    expect(b.outcome).toEqual(a.outcome);
  });
});
