// Mutation-testing follow-up: inspectionConsequences's full trace. Article 6 (items 1–6), Article
// 10 (整改), Article 11 (违法行为 → 行政处罚), Article 12 (突出质量问题 → 约谈), Article 15¶2 items 1–2
// (监督检验). Expected steps worked out by hand from those articles and the inputs.
import { describe, expect, it } from 'vitest';
import { inspectionConsequences, type Decision, type TraceStep } from '../../src/index.js';
import { goodRecord } from '../rules/fixtures.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const ITEMS = ['license_mark', 'conditions_changed', 'raw_material_acceptance', 'outgoing_inspection', 'labelling', 'industrial_policy'];

describe('inspectionConsequences: the full trace (hand-derived from Articles 6, 10–12, 15¶2)', () => {
  it('a clean record: decided, nothing follows, every step as expected', () => {
    const d = inspectionConsequences(goodRecord(), { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({ status: 'decided', consequences: [], samplingGrounds: [], missing: [] });
    expect(d.basis).toEqual([{ article: 6 }, { article: 10 }, { article: 11 }, { article: 12 }, { article: 15, paragraph: 2 }]);
    expect(d.higherLaw).toEqual([]);
    expect(steps(d)).toStrictEqual([
      ...ITEMS.map((item, i) => ({
        rule: `art6.item${i + 1}.${item}`,
        basis: { article: 6, item: i + 1 },
        passed: true,
        facts: { item, status: item === 'industrial_policy' ? 'not_applicable' : 'compliant' },
      })),
      { rule: 'art10.rectification_needed', basis: { article: 10 }, passed: false, facts: { nonCompliantItems: [], findingsRequiringRectification: [], itemsNamedByFindings: [] } },
      { rule: 'art11.penalty_violation', basis: { article: 11 }, passed: false, facts: { findingsCallingForPenalty: [] } },
      { rule: 'art12.prominent_quality_problem', basis: { article: 12 }, passed: false, facts: { findingsWithProminentQualityProblem: [] } },
      { rule: 'art15.para2.item1.serious_quality_problem', basis: { article: 15, paragraph: 2, item: 1 }, passed: false, facts: { seriousQualityProblemSuspected: false } },
      { rule: 'art15.para2.item2.conditions_not_maintained', basis: { article: 15, paragraph: 2, item: 2 }, passed: false, facts: { conditionsNotMaintained: false } },
    ]);
  });

  it('every consequence at once: indexes of the findings, each provision cited, the penalty law in higherLaw', () => {
    const r = goodRecord();
    r.checklist = { ...r.checklist, labelling: { status: 'non_compliant' } };
    delete (r.checklist as { industrial_policy?: unknown }).industrial_policy;
    r.findings = [
      { description: '标识不规范', requiresRectification: true },
      { description: '无证生产', penaltyViolation: true, requiresRectification: false },
      { description: '抽检不合格率高', prominentQualityProblem: true, seriousQualityProblemSuspected: true },
      { description: '设备缺失', conditionsNotMaintained: true, penaltyViolation: true },
    ];
    const d = inspectionConsequences(r, { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({
      status: 'decided',
      consequences: ['rectification_order', 'penalty_referral', 'interview', 'sampling'],
      samplingGrounds: ['serious_quality_problem', 'conditions_not_maintained'],
      missing: [],
    });
    expect(d.basis).toEqual([
      { article: 6, item: 5 },
      { article: 10 },
      { article: 11 },
      { article: 12 },
      { article: 15, paragraph: 2, item: 1 },
      { article: 15, paragraph: 2, item: 2 },
    ]);
    expect(d.higherLaw).toEqual([{ law: '中华人民共和国行政处罚法' }]);
    const s = steps(d);
    expect(s.map((x) => [x.rule, x.passed])).toEqual([
      ['art6.item1.license_mark', true],
      ['art6.item2.conditions_changed', true],
      ['art6.item3.raw_material_acceptance', true],
      ['art6.item4.outgoing_inspection', true],
      ['art6.item5.labelling', false],
      ['art6.item6.industrial_policy', false],
      ['art10.rectification_needed', true],
      ['art11.penalty_violation', true],
      ['art12.prominent_quality_problem', true],
      ['art15.para2.item1.serious_quality_problem', true],
      ['art15.para2.item2.conditions_not_maintained', true],
    ]);
    expect(s[4]?.facts).toEqual({ item: 'labelling', status: 'non_compliant' });
    expect(s[5]?.facts).toEqual({ item: 'industrial_policy', status: null });
    expect(s[6]?.facts).toEqual({ nonCompliantItems: [5], findingsRequiringRectification: [0], itemsNamedByFindings: [] });
    expect(s[7]?.facts).toEqual({ findingsCallingForPenalty: [1, 3] });
    expect(s[8]?.facts).toEqual({ findingsWithProminentQualityProblem: [2] });
    expect(s[9]?.facts).toEqual({ seriousQualityProblemSuspected: true });
    expect(s[10]?.facts).toEqual({ conditionsNotMaintained: true });
  });

  it('a finding alone (all items compliant) is enough for rectification; unanswered items then do not block', () => {
    const r = goodRecord();
    r.checklist = { license_mark: { status: 'compliant' } };
    r.findings = [{ description: '记录不全', requiresRectification: true }];
    const d = inspectionConsequences(r, { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({ status: 'decided', consequences: ['rectification_order'], samplingGrounds: [], missing: [] });
    expect(d.basis).toEqual([{ article: 10 }]);
  });

  it('unanswered items and nothing else: insufficient information, the missing items cited first', () => {
    const r = goodRecord();
    r.checklist = { license_mark: { status: 'compliant' }, labelling: { status: 'not_applicable' } };
    r.findings = [{ description: '约谈', prominentQualityProblem: true }];
    const d = inspectionConsequences(r, { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({
      status: 'insufficient_information',
      consequences: ['interview'],
      samplingGrounds: [],
      missing: ['checklist.conditions_changed', 'checklist.raw_material_acceptance', 'checklist.outgoing_inspection', 'checklist.industrial_policy'],
    });
    expect(d.basis).toEqual([{ article: 6, item: 2 }, { article: 6, item: 3 }, { article: 6, item: 4 }, { article: 6, item: 6 }, { article: 12 }]);
  });
});
