// Article 15¶2: "有下列情形之一者，各级监管部门可以对企业获证产品组织监督检验" — four grounds.
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, samplingEligibility } from '../../src/index.js';
import { thrown } from './fixtures.js';
import { traceSteps } from '../support/trace.js';

describe('samplingEligibility (Article 15¶2)', () => {
  it('item 1: products suspected of serious quality problems', () => {
    const d = samplingEligibility({ asOf: '2024-05-01', findings: { seriousQualityProblemSuspected: true } });
    expect(d.outcome).toEqual({ eligible: true, grounds: ['serious_quality_problem'] });
    expect(d.basis).toEqual([{ article: 15, paragraph: 2, item: 1 }]);
  });

  it('item 2: cannot keep meeting the required conditions', () => {
    const d = samplingEligibility({ asOf: '2024-05-01', findings: { conditionsNotMaintained: true } });
    expect(d.outcome).toEqual({ eligible: true, grounds: ['conditions_not_maintained'] });
    expect(d.basis).toEqual([{ article: 15, paragraph: 2, item: 2 }]);
  });

  it.each(['not_completed', 'failed_reinspection'] as const)('item 3: rectification %s', (rectification) => {
    const d = samplingEligibility({ asOf: '2024-05-01', findings: { rectification } });
    expect(d.outcome).toEqual({ eligible: true, grounds: ['rectification_failed'] });
    expect(d.basis).toEqual([{ article: 15, paragraph: 2, item: 3 }]);
  });

  it('item 3 does not apply once rectification is completed', () => {
    expect(samplingEligibility({ asOf: '2024-05-01', findings: { rectification: 'completed' } }).outcome).toEqual({
      eligible: false,
      grounds: [],
    });
  });

  it('item 4: other circumstances, with a stated reason (trimmed)', () => {
    const d = samplingEligibility({ asOf: '2024-05-01', findings: { otherNeed: '  上级部署的季节性抽检 ' } });
    expect(d.outcome).toEqual({ eligible: true, grounds: ['other'] });
    expect(d.trace[3]?.facts).toEqual({ otherNeed: '上级部署的季节性抽检' });
    expect(d.basis).toEqual([{ article: 15, paragraph: 2, item: 4 }]);
  });

  it('item 4 without a reason is invalid input (REASON_EMPTY)', () => {
    // Also the blank letters that show nothing: Hangul fillers (U+3164, U+FFA0, U+115F, U+1160)
    // and the Braille blank (U+2800).
    for (const otherNeed of ['', '   ', '\u3000', '\u200b', ' \u200b\u2060 ', '\u3164', '\uffa0', '\u115f\u1160', '\u2800\u2800', '\u034f', '\ufe0f', '\u0000']) {
      const e = thrown(() => samplingEligibility({ asOf: '2024-05-01', findings: { otherNeed } }));
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues).toMatchObject([{ path: ['findings', 'otherNeed'], code: 'REASON_EMPTY' }]);
    }
  });

  it('all four grounds together, in item order', () => {
    const d = samplingEligibility({
      asOf: '2024-05-01',
      findings: { otherNeed: '专项整治', rectification: 'failed_reinspection', conditionsNotMaintained: true, seriousQualityProblemSuspected: true },
    });
    expect(d.outcome.grounds).toEqual(['serious_quality_problem', 'conditions_not_maintained', 'rectification_failed', 'other']);
    expect(d.trace.every((s) => s.passed)).toBe(true);
  });

  it('nothing found: not eligible (flags false or absent mean "not found")', () => {
    const d = samplingEligibility({ asOf: '2024-05-01', findings: { seriousQualityProblemSuspected: false, conditionsNotMaintained: false } });
    expect(d.outcome).toEqual({ eligible: false, grounds: [] });
    expect(d.basis).toEqual([{ article: 15, paragraph: 2 }]);
    expect(d.trace.map((s) => s.rule)).toEqual([
      'art15.para2.item1.serious_quality_problem',
      'art15.para2.item2.conditions_not_maintained',
      'art15.para2.item3.rectification_failed',
      'art15.para2.item4.other',
    ]);
    expect(d.trace.map((s) => s.facts)).toEqual([
      { seriousQualityProblemSuspected: false },
      { conditionsNotMaintained: false },
      { rectification: null },
      { otherNeed: null },
    ]);
  });

  it('errors', () => {
    expect(thrown(() => samplingEligibility({ asOf: '2020-01-01', findings: {} }))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => samplingEligibility({ asOf: '2024-05-01', findings: { serious: true } as never }))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => samplingEligibility(undefined as never))).toBeInstanceOf(RuleInputError);
  });
});

// The whole trace (Article 15¶2, four items, "有下列情形之一者……可以对企业获证产品组织监督检验").
// Per docs/interpretation.md an absent finding means "not found"; the facts echo each finding,
// absent ones as null. Expected values worked out by hand.
describe('samplingEligibility: the full trace (hand-derived from Article 15¶2)', () => {
  const item = (n: number) => ({ article: 15, paragraph: 2, item: n });

  it('no findings: four failed steps with null facts, Article 15¶2 as a whole as basis', () => {
    const d = samplingEligibility({ asOf: '2024-05-01', findings: {} });
    expect(d.outcome).toEqual({ eligible: false, grounds: [] });
    expect(d.basis).toEqual([{ article: 15, paragraph: 2 }]);
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art15.para2.item1.serious_quality_problem', basis: item(1), passed: false, facts: { seriousQualityProblemSuspected: null } },
      { rule: 'art15.para2.item2.conditions_not_maintained', basis: item(2), passed: false, facts: { conditionsNotMaintained: null } },
      { rule: 'art15.para2.item3.rectification_failed', basis: item(3), passed: false, facts: { rectification: null } },
      { rule: 'art15.para2.item4.other', basis: item(4), passed: false, facts: { otherNeed: null } },
    ]);
  });

  it('explicit false findings are echoed as false and do not hold', () => {
    const d = samplingEligibility({ asOf: '2024-05-01', findings: { seriousQualityProblemSuspected: false, conditionsNotMaintained: false, rectification: 'completed' } });
    expect(d.outcome.eligible).toBe(false);
    expect(traceSteps(d).map((s) => s.facts)).toEqual([
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
    expect(traceSteps(d)).toStrictEqual([
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
