// Mutation-testing follow-up: samplingEligibility's trace (Article 15¶2, four items, "有下列情形之一者
// ……可以对企业获证产品组织监督检验"). Per docs/interpretation.md an absent finding means "not found";
// the facts echo each finding, absent ones as null. Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { samplingEligibility, type Decision, type TraceStep } from '../../src/index.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const item = (n: number) => ({ article: 15, paragraph: 2, item: n });

describe('samplingEligibility: the full trace (hand-derived from Article 15¶2)', () => {
  it('no findings: four failed steps with null facts, Article 15¶2 as a whole as basis', () => {
    const d = samplingEligibility({ asOf: '2024-05-01', findings: {} });
    expect(d.outcome).toEqual({ eligible: false, grounds: [] });
    expect(d.basis).toEqual([{ article: 15, paragraph: 2 }]);
    expect(steps(d)).toStrictEqual([
      { rule: 'art15.para2.item1.serious_quality_problem', basis: item(1), passed: false, facts: { seriousQualityProblemSuspected: null } },
      { rule: 'art15.para2.item2.conditions_not_maintained', basis: item(2), passed: false, facts: { conditionsNotMaintained: null } },
      { rule: 'art15.para2.item3.rectification_failed', basis: item(3), passed: false, facts: { rectification: null } },
      { rule: 'art15.para2.item4.other', basis: item(4), passed: false, facts: { otherNeed: null } },
    ]);
  });

  it('explicit false findings are echoed as false and do not hold', () => {
    const d = samplingEligibility({ asOf: '2024-05-01', findings: { seriousQualityProblemSuspected: false, conditionsNotMaintained: false, rectification: 'completed' } });
    expect(d.outcome.eligible).toBe(false);
    expect(steps(d).map((s) => s.facts)).toEqual([
      { seriousQualityProblemSuspected: false },
      { conditionsNotMaintained: false },
      { rectification: 'completed' },
      { otherNeed: null },
    ]);
  });

  it('all four grounds: every step passes, each item cited; the stated reason is carried into the trace', () => {
    const d = samplingEligibility({
      asOf: '2024-05-01',
      findings: { seriousQualityProblemSuspected: true, conditionsNotMaintained: true, rectification: 'not_completed', otherNeed: '专项整治' },
    });
    expect(d.basis).toEqual([item(1), item(2), item(3), item(4)]);
    expect(steps(d)).toStrictEqual([
      { rule: 'art15.para2.item1.serious_quality_problem', basis: item(1), passed: true, facts: { seriousQualityProblemSuspected: true } },
      { rule: 'art15.para2.item2.conditions_not_maintained', basis: item(2), passed: true, facts: { conditionsNotMaintained: true } },
      { rule: 'art15.para2.item3.rectification_failed', basis: item(3), passed: true, facts: { rectification: 'not_completed' } },
      { rule: 'art15.para2.item4.other', basis: item(4), passed: true, facts: { otherNeed: '专项整治' } },
    ]);
    // The reason given by the department is data, not wording: it must reach both messages.
    expect(d.trace[3]?.message['zh-CN']).toContain('专项整治');
    expect(d.trace[3]?.message.en).toContain('专项整治');
    for (const s of d.trace) {
      expect(s.message['zh-CN']).toMatch(/\S/);
      expect(s.message.en).toMatch(/\S/);
    }
  });
});
