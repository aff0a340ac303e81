import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, planAnnualAudit, verifyDraw, type PlanAnnualAuditInput } from '../../src/index.js';
import { creditCode, plainEnterprises, plainInspectors } from '../draw/helpers.js';

const enterprises = [...plainEnterprises(48), { id: creditCode(900), licenseValidUntil: '2024-01-01' }, { id: creditCode(901), licenseValidUntil: '2025-01-01' }];
// 49 licensed on 2024-09-01 (one licence ended in January) → ceil(4.9) = 5 required.
const input: PlanAnnualAuditInput = {
  seed: '5-5-1-2-6',
  asOf: '2024-09-01',
  enterprises,
  inspectors: plainInspectors(4),
  spotChecks: [
    { enterpriseId: creditCode(0), date: '2024-02-01' },
    { enterpriseId: creditCode(1), date: '2024-03-01' },
    { enterpriseId: creditCode(1), date: '2024-04-01' },
    { enterpriseId: creditCode(2), date: '2023-05-01' }, // last year: does not count
  ],
};

describe('planAnnualAudit', () => {
  const plan = planAnnualAudit(input);

  it('audits the quota first: 49 licensed, 5 required, 2 checked, 3 short', () => {
    expect(plan.quota.outcome).toMatchObject({ year: 2024, licensed: 49, required: 5, checked: 2, shortfall: 3, yearComplete: false });
  });

  it('draws the shortfall among licensed enterprises not yet checked this year', () => {
    expect(plan.draw.selected).toHaveLength(3);
    expect(plan.draw.selected).not.toContain(creditCode(0));
    expect(plan.draw.selected).not.toContain(creditCode(1));
    expect(plan.draw.excluded).toEqual([
      { kind: 'enterprise', id: creditCode(0), reason: 'ALREADY_CHECKED' },
      { kind: 'enterprise', id: creditCode(1), reason: 'ALREADY_CHECKED' },
      { kind: 'enterprise', id: creditCode(900), reason: 'LICENSE_EXPIRED' },
    ]);
    expect(plan.projectedChecked).toBe(5);
    expect(plan.projectedMet).toBe(true);
  });

  it('its record is an ordinary draw record that verifyDraw re-runs', () => {
    expect(plan.draw.record.parameters).toEqual({ count: 3, teamSize: 2, alreadyChecked: [creditCode(0), creditCode(1)] });
    expect(verifyDraw(plan.draw.record, input).valid).toBe(true);
  });

  it('draws nothing when the quota is met', () => {
    const done = planAnnualAudit({
      ...input,
      spotChecks: [0, 1, 2, 3, 4].map((n) => ({ enterpriseId: creditCode(n), date: '2024-05-05' })),
    });
    expect(done.draw.selected).toEqual([]);
    expect(done.projectedMet).toBe(true);
  });

  it('when too few are eligible, draws them all and says the quota will not be met', () => {
    // 20 licensed → 2 required; 19 at the yearly cap, 1 eligible.
    const few = planAnnualAudit({
      ...input,
      spotChecks: [],
      maxInspectionsPerYear: 1,
      enterprises: plainEnterprises(20).map((e, i) => ({ ...e, inspectionsThisYear: i === 0 ? 0 : 1 })),
    });
    expect(few.quota.outcome.required).toBe(2);
    expect(few.draw.selected).toEqual([creditCode(0)]);
    expect(few.projectedChecked).toBe(1);
    expect(few.projectedMet).toBe(false);
  });

  it('staffing shortfalls are not counted as planned checks', () => {
    const unstaffed = planAnnualAudit({ ...input, inspectors: plainInspectors(1) });
    expect(unstaffed.draw.unstaffed).toHaveLength(3);
    expect(unstaffed.projectedChecked).toBe(2);
    expect(unstaffed.projectedMet).toBe(false);
  });

  it('input errors', () => {
    expect(() => planAnnualAudit({ ...input, asOf: '2020-11-24' })).toThrow(NotInForceError);
    expect(() => planAnnualAudit({ ...input, teamSize: 1 })).toThrow(RuleInputError);
    expect(() => planAnnualAudit({ ...input, ratio: 0.5 } as never)).toThrow(RuleInputError);
    expect(() => planAnnualAudit(undefined as never)).toThrow(RuleInputError);
  });

  it('works without spot checks and with strata', () => {
    const p = planAnnualAudit({ seed: 'x', asOf: '2024-01-02', enterprises: plainEnterprises(30).map((e, i) => ({ ...e, county: i < 10 ? ('220802' as const) : ('220821' as const) })), inspectors: plainInspectors(3), stratifyBy: 'county' });
    // 30 → 3 required; shared 10:20 → 1 and 2.
    expect(p.draw.strata.map((s) => s.selected)).toEqual([1, 2]);
  });
});

// The spot check counts whatever form its credit code was typed in, so the enterprise already
// checked is not drawn again (alreadyChecked holds the code as the list writes it).
describe('planAnnualAudit — a check typed in lower case', () => {
  it('counts, and the enterprise is not drawn again', () => {
    const four = plainEnterprises(4);
    const plan = planAnnualAudit({
      seed: '1-2-3',
      asOf: '2024-09-01',
      enterprises: four,
      inspectors: plainInspectors(2),
      spotChecks: [{ enterpriseId: four[0]!.id.toLowerCase(), date: '2024-05-01' }],
    });
    // ceil(10% × 4) = 1 required, 1 checked: nothing to draw.
    expect(plan.quota.outcome).toMatchObject({ required: 1, checked: 1, shortfall: 0 });
    expect(plan.draw.selected).toEqual([]);
  });
});

describe('planAnnualAudit: only licences valid on asOf count, and enterprises already checked are not drawn (Article 19)', () => {
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
