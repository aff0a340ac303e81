// Mutation-testing follow-up: the full traces of inspectionConduct (Article 21: 不得妨碍正常生产，
// 不得收取费用，不得索取、收受财物，不得谋取不正当利益; a fee also breaches Article 17 and 产品质量法 Art 15)
// and testingFailureHandling (Article 18: 监督检验不合格的，依照产品质量法处理 — Arts 17 and 15).
// Expected steps and facts worked out by hand; absent facts are null.
import { describe, expect, it } from 'vitest';
import { inspectionConduct, testingFailureHandling, type Decision, type TraceStep } from '../../src/index.js';
import { failedReport } from '../rules/fixtures.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const A21 = { article: 21 };
const PQL = '中华人民共和国产品质量法';

describe('inspectionConduct: the full trace (hand-derived from Article 21)', () => {
  it('nothing stated: insufficient information, four failed steps with null facts', () => {
    const d = inspectionConduct({}, { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({
      status: 'insufficient_information',
      breach: false,
      breaches: [],
      missing: ['normalProductionDisrupted', 'feeCharged', 'propertySolicitedOrAccepted', 'improperBenefitSought'],
    });
    expect(d.basis).toEqual([A21]);
    expect(d.higherLaw).toEqual([]);
    expect(steps(d)).toStrictEqual([
      { rule: 'art21.no_production_disrupted', basis: A21, passed: false, facts: { normalProductionDisrupted: null } },
      { rule: 'art21.no_fee_charged', basis: A21, passed: false, facts: { feeCharged: null } },
      { rule: 'art21.no_property_solicited_or_accepted', basis: A21, passed: false, facts: { propertySolicitedOrAccepted: null } },
      { rule: 'art21.no_improper_benefit_sought', basis: A21, passed: false, facts: { improperBenefitSought: null } },
    ]);
  });

  it('all stated and clean: no breach, four passed steps', () => {
    const d = inspectionConduct(
      { normalProductionDisrupted: false, feeCharged: 0, propertySolicitedOrAccepted: false, improperBenefitSought: false },
      { asOf: '2024-06-01' },
    );
    expect(d.outcome).toEqual({ status: 'no_breach', breach: false, breaches: [], missing: [] });
    expect(steps(d).map((s) => [s.passed, s.facts])).toEqual([
      [true, { normalProductionDisrupted: false }],
      [true, { feeCharged: 0 }],
      [true, { propertySolicitedOrAccepted: false }],
      [true, { improperBenefitSought: false }],
    ]);
  });

  it('every breach, with some facts unknown: breach, nothing missing; a testing fee cites Art 17 and PQL Art 15', () => {
    const d = inspectionConduct(
      {
        date: '2024-05-10',
        normalProductionDisrupted: true,
        feeCharged: 0.01,
        supervisoryTesting: true,
        propertySolicitedOrAccepted: true,
        improperBenefitSought: true,
      },
      { asOf: '2024-06-01' },
    );
    expect(d.outcome).toEqual({
      status: 'breach',
      breach: true,
      breaches: ['production_disrupted', 'fee_charged', 'property_solicited_or_accepted', 'improper_benefit_sought'],
      missing: [],
    });
    expect(d.basis).toEqual([{ article: 17 }, A21]);
    expect(d.higherLaw).toEqual([{ law: PQL, article: 15 }]);
    // Five steps: Article 21's four, with Article 17's testing-fee step after the fee step
    // (supervisory testing, and a fee was charged: failed too).
    expect(steps(d).map((s) => [s.rule, s.passed])).toEqual([
      ['art21.no_production_disrupted', false],
      ['art21.no_fee_charged', false],
      ['art17.no_testing_fee', false],
      ['art21.no_property_solicited_or_accepted', false],
      ['art21.no_improper_benefit_sought', false],
    ]);
    // The same fee outside supervisory testing: Article 21 alone.
    const plain = inspectionConduct({ feeCharged: 0.01, supervisoryTesting: false }, { asOf: '2024-06-01' });
    expect(plain.basis).toEqual([A21]);
    expect(plain.higherLaw).toEqual([]);
    const one = inspectionConduct({ improperBenefitSought: true }, { asOf: '2024-06-01' });
    expect(one.outcome).toEqual({ status: 'breach', breach: true, breaches: ['improper_benefit_sought'], missing: [] });
    expect(one.basis).toEqual([A21]);
    expect(one.higherLaw).toEqual([]);
  });
});

describe('testingFailureHandling: the full trace (hand-derived from Article 18)', () => {
  it('a failed report: handled under the Product Quality Law, Arts 17 then 15', () => {
    const d = testingFailureHandling(failedReport(), { asOf: '2024-04-01' });
    expect(d.outcome).toEqual({ failed: true, handling: 'product_quality_law' });
    expect(d.basis).toEqual([{ article: 18 }]);
    expect(d.higherLaw).toEqual([{ law: PQL, article: 17 }, { law: PQL, article: 15 }]);
    expect(steps(d)).toStrictEqual([
      { rule: 'art18.failed_supervisory_testing', basis: { article: 18 }, passed: true, facts: { result: 'fail', failedItems: ['拉伸强度'], laboratory: '吉林省产品质量监督检验院', reportedOn: '2024-03-20' } },
    ]);
  });

  it('a passed report: nothing to handle; failedItems absent is an empty list', () => {
    const r = { ...failedReport(), result: 'pass' as const };
    delete (r as { failedItems?: unknown }).failedItems;
    const d = testingFailureHandling(r, { asOf: '2024-04-01' });
    expect(d.outcome).toEqual({ failed: false, handling: 'none' });
    expect(d.higherLaw).toEqual([]);
    expect(steps(d)).toStrictEqual([
      { rule: 'art18.failed_supervisory_testing', basis: { article: 18 }, passed: false, facts: { result: 'pass', failedItems: [], laboratory: '吉林省产品质量监督检验院', reportedOn: '2024-03-20' } },
    ]);
  });
});
