// Mutation-testing follow-up for the yearly quota (Article 19: 每年抽查获证企业数量不少于获证企业总数的
// 10%; Article 24: in force from 2020-11-25). Expected values worked out by hand: required =
// ceil(10% × licensed). All calls are made inside the tests, so each mutant is exercised.
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, auditQuota, planAnnualAudit, type Decision, type TraceStep } from '../../src/index.js';
import { creditCode, plainEnterprises, plainInspectors } from '../draw/helpers.js';
import { thrown } from '../rules/fixtures.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const [c0, c1, c2, c7, c8, c9] = [0, 1, 2, 7, 8, 9].map((n) => creditCode(n)) as [string, string, string, string, string, string];
const A19 = { article: 19 };
const A24 = { article: 24 };

describe('auditQuota: the full trace (hand-derived from Articles 19 and 24)', () => {
  it('2020, the first, partial year: every kind of ignored check, sorted by date then id; a county breakdown', () => {
    const d = auditQuota({
      year: 2020,
      licensedEnterpriseIds: [c2, c0, c1], // county 220821 met first: the breakdown is sorted by county
      spotChecks: [
        { enterpriseId: c9, date: '2020-12-01' }, // not licensed
        { enterpriseId: c8, date: '2020-11-30' }, // not licensed
        { enterpriseId: c7, date: '2020-12-01' }, // not licensed
        { enterpriseId: c1, date: '2021-01-01' }, // outside the year
        { enterpriseId: c0, date: '2020-11-24' }, // before the measures took effect
        { enterpriseId: c1, date: '2020-11-25' }, // counted: the first day in force
        { enterpriseId: c1, date: '2020-12-01' }, // a repeat
      ],
      counties: { [c0]: '220802', [c1]: '220802', [c2]: '220821', [c9]: '220881', [c8]: '220882' }, // c9, c8 not licensed
    });
    const byCounty = [
      // 2 licensed → ceil(0.2) = 1 required; c1 checked
      { county: '220802', licensed: 2, required: 1, checked: 1, shortfall: 0, met: true },
      // 1 licensed → 1 required; none checked
      { county: '220821', licensed: 1, required: 1, checked: 0, shortfall: 1, met: false },
    ];
    expect(d.outcome).toStrictEqual({
      year: 2020,
      periodStart: '2020-11-25',
      periodEnd: '2020-12-31',
      partialYear: true,
      yearComplete: true,
      licensed: 3,
      required: 1,
      checked: 1,
      shortfall: 0,
      met: true,
      byCounty,
      // The three checks of ids not on the licensed list, by date then id, as the trace lists them.
      unmatchedChecks: [
        { enterpriseId: c8, date: '2020-11-30' },
        { enterpriseId: c7, date: '2020-12-01' },
        { enterpriseId: c9, date: '2020-12-01' },
      ],
    });
    expect(d.basis).toEqual([A19, A24]);
    expect(d.higherLaw).toEqual([]);
    expect(steps(d)).toStrictEqual([
      { rule: 'art24.in_force_for_year', basis: A24, passed: true, facts: { year: 2020, effectiveFrom: '2020-11-25', periodStart: '2020-11-25', periodEnd: '2020-12-31', partialYear: true } },
      { rule: 'art19.required_spot_checks', basis: A19, passed: true, facts: { licensed: 3, ratio: '10/100', required: 1 } },
      {
        rule: 'art19.checks_of_unlicensed',
        basis: A19,
        passed: false,
        facts: { ignored: [{ enterpriseId: c8, date: '2020-11-30' }, { enterpriseId: c7, date: '2020-12-01' }, { enterpriseId: c9, date: '2020-12-01' }] },
      },
      { rule: 'art19.checks_outside_year', basis: A19, passed: false, facts: { ignored: [{ enterpriseId: c1, date: '2021-01-01' }] } },
      { rule: 'art24.checks_before_in_force', basis: A24, passed: false, facts: { ignored: [{ enterpriseId: c0, date: '2020-11-24' }] } },
      { rule: 'art19.checks_after_as_of', basis: A19, passed: true, facts: { ignored: [] } },
      { rule: 'art19.distinct_enterprises', basis: A19, passed: true, facts: { checked: 1, repeatChecks: 1 } },
      { rule: 'art19.quota_met', basis: A19, passed: true, facts: { required: 1, checked: 1, shortfall: 0, yearComplete: true } },
      { rule: 'art19.county_breakdown', basis: A19, passed: false, facts: { byCounty, countiesOfUnlicensedIgnored: [c8, c9] } },
    ]);
    for (const s of d.trace) {
      expect(s.message['zh-CN']).toMatch(/\S/);
      expect(s.message.en).toMatch(/\S/);
    }
    // The county step mentions the ignored counties only when there are some.
    const none = auditQuota({ year: 2020, licensedEnterpriseIds: [c0], spotChecks: [], counties: { [c0]: '220802' } });
    expect(none.trace.at(-1)?.message.en).not.toBe(d.trace.at(-1)?.message.en);
    expect(none.trace.at(-1)?.message['zh-CN']).not.toBe(d.trace.at(-1)?.message['zh-CN']);
    expect(none.trace.at(-1)?.facts).toStrictEqual({
      byCounty: [{ county: '220802', licensed: 1, required: 1, checked: 0, shortfall: 1, met: false }],
      countiesOfUnlicensedIgnored: [],
    });
  });

  it('2024 as of 30 June: a check after asOf is ignored, the quota not (yet) met, no Article 24 steps, no byCounty', () => {
    const licensed = Array.from({ length: 25 }, (_, i) => creditCode(i)); // ceil(2.5) = 3
    const d = auditQuota({
      year: 2024,
      asOf: '2024-06-30',
      licensedEnterpriseIds: licensed,
      spotChecks: [
        { enterpriseId: c0, date: '2024-07-01' },
        { enterpriseId: c1, date: '2024-06-30' },
      ],
    });
    expect(d.outcome).toStrictEqual({
      year: 2024,
      periodStart: '2024-01-01',
      periodEnd: '2024-06-30',
      partialYear: false,
      yearComplete: false,
      licensed: 25,
      required: 3,
      checked: 1,
      shortfall: 2,
      met: false,
    });
    expect(d.basis).toEqual([A19]);
    expect(steps(d).map((s) => [s.rule, s.passed])).toEqual([
      ['art24.in_force_for_year', true],
      ['art19.required_spot_checks', true],
      ['art19.checks_of_unlicensed', true],
      ['art19.checks_outside_year', true],
      ['art19.checks_after_as_of', false],
      ['art19.distinct_enterprises', true],
      ['art19.quota_met', false],
    ]);
    expect(steps(d)[0]?.facts).toStrictEqual({ year: 2024, effectiveFrom: '2020-11-25', periodStart: '2024-01-01', periodEnd: '2024-06-30', partialYear: false });
    expect(steps(d)[4]?.facts).toStrictEqual({ ignored: [{ enterpriseId: c0, date: '2024-07-01' }] });
    expect(steps(d)[6]?.facts).toStrictEqual({ required: 3, checked: 1, shortfall: 2, yearComplete: false });
    for (const step of d.trace) {
      expect(step.message['zh-CN']).toMatch(/\S/);
      expect(step.message.en).toMatch(/\S/);
    }
    // The messages of the two Art 24 cases (partial first year or not) differ.
    const first = auditQuota({ year: 2020, licensedEnterpriseIds: [c0], spotChecks: [] });
    expect(first.trace[0]?.message.en).not.toBe(d.trace[0]?.message.en);
  });

  it('ignored checks are listed by date, then by id, whatever the input order; every county met passes the breakdown', () => {
    for (const order of [[c7, c9], [c9, c7]]) {
      const d = auditQuota({ year: 2024, licensedEnterpriseIds: [c0], spotChecks: order.map((id) => ({ enterpriseId: id, date: '2024-05-01' })) });
      expect(d.trace[2]?.facts).toStrictEqual({ ignored: [{ enterpriseId: c7, date: '2024-05-01' }, { enterpriseId: c9, date: '2024-05-01' }] });
    }
    const met = auditQuota({ year: 2024, licensedEnterpriseIds: [c0, c1], spotChecks: [{ enterpriseId: c0, date: '2024-05-01' }, { enterpriseId: c1, date: '2024-05-02' }], counties: { [c0]: '220802', [c1]: '220821' } });
    expect(met.trace.at(-1)).toMatchObject({ rule: 'art19.county_breakdown', passed: true });
  });

  it('asOf on 1 January of the year is accepted; the day before is ASOF_BEFORE_YEAR at ["asOf"]', () => {
    expect(auditQuota({ year: 2024, asOf: '2024-01-01', licensedEnterpriseIds: [c0], spotChecks: [] }).outcome.periodEnd).toBe('2024-01-01');
    const e = thrown(() => auditQuota({ year: 2024, asOf: '2023-12-31', licensedEnterpriseIds: [c0], spotChecks: [] }));
    expect(e).toBeInstanceOf(RuleInputError);
    expect((e as RuleInputError).issues).toMatchObject([{ code: 'ASOF_BEFORE_YEAR', path: ['asOf'] }]);
  });

  it('input problems are reported at their field: duplicate ids, a licensed enterprise without a county', () => {
    const dup = thrown(() => auditQuota({ year: 2024, licensedEnterpriseIds: [c0, c0], spotChecks: [] }));
    expect((dup as RuleInputError).issues).toMatchObject([{ code: 'DUPLICATE_ENTERPRISE_ID', path: ['licensedEnterpriseIds'] }]);
    const county = thrown(() => auditQuota({ year: 2024, licensedEnterpriseIds: [c0, c1], spotChecks: [], counties: { [c0]: '220802' } }));
    expect((county as RuleInputError).issues).toMatchObject([{ code: 'COUNTY_MISSING', path: ['counties'] }]);
  });

  it('Article 24: a year before 2020, or asOf before 2020-11-25, is not in force', () => {
    expect(thrown(() => auditQuota({ year: 2019, licensedEnterpriseIds: [c0], spotChecks: [] }))).toBeInstanceOf(NotInForceError);
    // Year 2019 audited as of a day in force: the year itself is before the measures.
    expect(thrown(() => auditQuota({ year: 2019, asOf: '2020-12-01', licensedEnterpriseIds: [c0], spotChecks: [] }))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => auditQuota({ year: 2020, asOf: '2020-11-24', licensedEnterpriseIds: [c0], spotChecks: [] }))).toBeInstanceOf(NotInForceError);
  });
});

describe('planAnnualAudit, computed inside each test', () => {
  // 20 enterprises plus one whose licence ended before asOf, one ending on asOf, one ending later.
  const enterprises = () => [
    ...plainEnterprises(20),
    { id: creditCode(900), licenseValidUntil: '2024-08-31' },
    { id: creditCode(901), licenseValidUntil: '2024-09-01' },
    { id: creditCode(902), licenseValidUntil: '2025-01-01' },
  ];

  it('counts as licensed only licences valid on asOf (a licence ending on asOf still counts): 22 → ceil(2.2) = 3 required', () => {
    const plan = planAnnualAudit({ seed: 'q', asOf: '2024-09-01', enterprises: enterprises(), inspectors: plainInspectors(4) });
    expect(plan.quota.outcome).toMatchObject({ licensed: 22, required: 3, checked: 0, shortfall: 3 });
  });

  it('does not draw enterprises already checked this year (ALREADY_CHECKED), and draws the shortfall', () => {
    const plan = planAnnualAudit({
      seed: 'q',
      asOf: '2024-09-01',
      enterprises: enterprises(),
      inspectors: plainInspectors(4),
      spotChecks: [{ enterpriseId: creditCode(3), date: '2024-02-01' }],
    });
    expect(plan.quota.outcome).toMatchObject({ licensed: 22, required: 3, checked: 1, shortfall: 2 });
    expect(plan.draw.excluded).toEqual([
      { kind: 'enterprise', id: creditCode(3), reason: 'ALREADY_CHECKED' },
      { kind: 'enterprise', id: creditCode(900), reason: 'LICENSE_EXPIRED' },
    ]);
    expect(plan.draw.selected).toHaveLength(2);
    expect(plan.draw.selected).not.toContain(creditCode(3));
    expect(plan.projectedChecked).toBe(3);
    expect(plan.projectedMet).toBe(true);
  });
});
