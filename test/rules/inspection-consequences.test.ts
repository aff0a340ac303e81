// Articles 6, 10, 11, 12, 15: what follows from an inspection. Expected values from the text:
// 需要整改的 → 责令限期整改 (10); 需要给予行政处罚的 → 依法上报 (11); 产品质量问题突出 → 约谈 (12);
// 涉嫌严重质量问题 / 不能持续保持条件 → 可以组织监督检验 (15¶2 items 1–2).
import { describe, expect, it } from 'vitest';
import { RuleInputError, inspectionConsequences, type InspectionRecordInput } from '../../src/index.js';
import { goodRecord, thrown } from './fixtures.js';
import { enOf, stepOf, traceSteps, zhOf } from '../support/trace.js';

const asOf = '2024-06-01';
const consequences = (r: InspectionRecordInput) => inspectionConsequences(r, { asOf });
const withFindings = (findings: InspectionRecordInput['findings']): InspectionRecordInput => ({ ...goodRecord(), findings });

describe('inspectionConsequences (Articles 6, 10, 11, 12, 15)', () => {
  it('all compliant, no findings: nothing follows', () => {
    const d = consequences(goodRecord());
    expect(d.outcome).toEqual({ status: 'decided', consequences: [], samplingGrounds: [], missing: [] });
    expect(d.basis).toEqual([{ article: 6 }, { article: 10 }, { article: 11 }, { article: 12 }, { article: 15, paragraph: 2 }]);
    expect(d.trace.map((s) => s.rule)).toEqual([
      'art6.item1.license_mark',
      'art6.item2.conditions_changed',
      'art6.item3.raw_material_acceptance',
      'art6.item4.outgoing_inspection',
      'art6.item5.labelling',
      'art6.item6.industrial_policy',
      'art10.rectification_needed',
      'art11.penalty_violation',
      'art12.prominent_quality_problem',
      'art15.para2.item1.serious_quality_problem',
      'art15.para2.item2.conditions_not_maintained',
    ]);
  });

  it('a non-compliant Article 6 item leads to a rectification order (Article 10), citing the item', () => {
    const r = goodRecord();
    const d = consequences({ ...r, checklist: { ...r.checklist, labelling: { status: 'non_compliant', note: '标识不全' } } });
    expect(d.outcome.consequences).toEqual(['rectification_order']);
    expect(d.basis).toEqual([{ article: 6, item: 5 }, { article: 10 }]);
    expect(d.trace.find((s) => s.rule === 'art10.rectification_needed')?.facts).toEqual({
      nonCompliantItems: [5],
      findingsRequiringRectification: [],
      itemsNamedByFindings: [],
    });
  });

  it('a finding marked as needing rectification leads to a rectification order', () => {
    const d = consequences(withFindings([{ description: '原料库台账缺失', requiresRectification: true }]));
    expect(d.outcome.consequences).toEqual(['rectification_order']);
    expect(d.basis).toEqual([{ article: 10 }]);
  });

  it('a violation calling for a penalty is referred (Article 11), citing the Administrative Penalty Law apart', () => {
    const d = consequences(withFindings([{ description: '超范围生产', penaltyViolation: true }]));
    expect(d.outcome.consequences).toEqual(['penalty_referral']);
    expect(d.basis).toEqual([{ article: 11 }]);
    expect(d.higherLaw).toEqual([{ law: '中华人民共和国行政处罚法' }]);
  });

  it('prominent product-quality problems lead to an interview (Article 12)', () => {
    const d = consequences(withFindings([{ description: '连续抽检不合格', prominentQualityProblem: true }]));
    expect(d.outcome.consequences).toEqual(['interview']);
    expect(d.basis).toEqual([{ article: 12 }]);
  });

  it.each([
    [{ seriousQualityProblemSuspected: true }, 'serious_quality_problem', 1],
    [{ conditionsNotMaintained: true }, 'conditions_not_maintained', 2],
  ] as const)('sampling via Article 15¶2: %o', (flag, ground, item) => {
    const d = consequences(withFindings([{ description: 'x', ...flag }]));
    expect(d.outcome.consequences).toEqual(['sampling']);
    expect(d.outcome.samplingGrounds).toEqual([ground]);
    expect(d.basis).toEqual([{ article: 15, paragraph: 2, item }]);
  });

  // Article 10 orders the rectification of what Article 6 found at fault: a finding tied to an
  // Article 6 item by its category cites that item, like a non-compliant answer, in item order.
  it('a finding needing rectification cites the Article 6 item its category names', () => {
    const r = goodRecord();
    const d = consequences({
      ...r,
      checklist: { ...r.checklist, labelling: { status: 'non_compliant' } },
      findings: [
        { description: '包装标识不全', category: 'labelling', requiresRectification: true },
        { description: '出厂检验记录缺失', category: 'outgoing_inspection', requiresRectification: true },
        { description: '产品抽查不合格', category: 'product_quality', requiresRectification: true },
        { description: '未标注许可证编号', category: 'license_mark' },
      ],
    });
    expect(d.outcome.consequences).toEqual(['rectification_order']);
    // labelling is item 5, outgoing_inspection item 4; product_quality is no Article 6 item; the
    // license_mark finding does not need rectification.
    expect(d.basis).toEqual([{ article: 6, item: 4 }, { article: 6, item: 5 }, { article: 10 }]);
    // The trace says which items the findings named (each once, in finding order).
    expect(d.trace.find((s) => s.rule === 'art10.rectification_needed')?.facts).toEqual({
      nonCompliantItems: [5],
      findingsRequiringRectification: [0, 1, 2],
      itemsNamedByFindings: [5, 4],
    });
  });

  it('everything at once, in article order', () => {
    const r = goodRecord();
    const d = consequences({
      ...r,
      checklist: { ...r.checklist, license_mark: { status: 'non_compliant' } },
      findings: [
        { description: 'a', prominentQualityProblem: true, conditionsNotMaintained: true },
        { description: 'b', penaltyViolation: true, seriousQualityProblemSuspected: true },
      ],
    });
    expect(d.outcome).toEqual({
      status: 'decided',
      consequences: ['rectification_order', 'penalty_referral', 'interview', 'sampling'],
      samplingGrounds: ['serious_quality_problem', 'conditions_not_maintained'],
      missing: [],
    });
  });

  it('flags set to false, and not_applicable answers, lead to nothing', () => {
    const r = goodRecord();
    const d = consequences({
      ...r,
      checklist: { ...r.checklist, license_mark: { status: 'not_applicable' } },
      findings: [{ description: 'ok', requiresRectification: false, penaltyViolation: false, prominentQualityProblem: false }],
    });
    expect(d.outcome.consequences).toEqual([]);
    // The English message says the answer in words, not as its enum value.
    expect(d.trace.find((s) => s.facts.item === 'license_mark' || s.message.en.includes('(license_mark)'))!.message.en).toMatch(/\(license_mark\): not applicable$/);
  });

  it('unanswered items: insufficient information, naming them, unless a rectification order already follows', () => {
    const r = goodRecord();
    const { license_mark: _a, industrial_policy: _b, ...partial } = r.checklist;
    const d = consequences({ ...r, checklist: partial, findings: [{ description: 'x', prominentQualityProblem: true }] });
    expect(d.outcome).toEqual({
      status: 'insufficient_information',
      consequences: ['interview'],
      samplingGrounds: [],
      missing: ['checklist.license_mark', 'checklist.industrial_policy'],
    });
    expect(d.basis).toEqual([{ article: 6, item: 1 }, { article: 6, item: 6 }, { article: 12 }]);
    expect(d.trace[0]?.message.en).toContain('unanswered');

    const decided = consequences({ ...r, checklist: { ...partial, labelling: { status: 'non_compliant' } } });
    expect(decided.outcome.status).toBe('decided');
    expect(decided.outcome.missing).toEqual([]);
    expect(decided.outcome.consequences).toEqual(['rectification_order']);
  });

  it('a record dated after asOf is invalid input', () => {
    const e = thrown(() => inspectionConsequences({ ...goodRecord(), filedOn: undefined, date: '2024-06-02', signatures: { inspectorIds: [] } }, { asOf }));
    expect((e as RuleInputError).issues[0]?.code).toBe('RECORD_AFTER_AS_OF');
  });
});

// The whole trace. Article 6 (items 1–6), Article 10 (整改), Article 11 (违法行为 → 行政处罚),
// Article 12 (突出质量问题 → 约谈), Article 15¶2 items 1–2 (监督检验). Expected steps worked out by
// hand from those articles and the inputs.
describe('inspectionConsequences: the full trace (hand-derived from Articles 6, 10–12, 15¶2)', () => {
  const ITEMS = ['license_mark', 'conditions_changed', 'raw_material_acceptance', 'outgoing_inspection', 'labelling', 'industrial_policy'];

  it('a clean record: decided, nothing follows, every step as expected', () => {
    const d = inspectionConsequences(goodRecord(), { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({ status: 'decided', consequences: [], samplingGrounds: [], missing: [] });
    expect(d.basis).toEqual([{ article: 6 }, { article: 10 }, { article: 11 }, { article: 12 }, { article: 15, paragraph: 2 }]);
    expect(d.higherLaw).toEqual([]);
    expect(traceSteps(d)).toStrictEqual([
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
    const s = traceSteps(d);
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

describe('Article 6: messages reflect the answer they report (a distinction, not wording)', () => {
  it('Article 6 in inspectionConsequences: "compliant" and "not applicable" answers are reported differently', () => {
    const r = goodRecord();
    const d = inspectionConsequences(r, { asOf: '2024-06-01' });
    // items 1–5 compliant, item 6 not applicable (fixture)
    const compliant = d.trace[0]!.message;
    const r2 = { ...r, checklist: { ...r.checklist, license_mark: { status: 'not_applicable' as const } } };
    const notApplicable = inspectionConsequences(r2, { asOf: '2024-06-01' }).trace[0]!.message;
    expect(compliant['zh-CN']).not.toBe(notApplicable['zh-CN']);
    expect(compliant.en).not.toBe(notApplicable.en);
  });
});

// The message of a step must say which way the check went. The test asserts a key term that
// carries the fact, taken from the regulation's own text, or a structural property of the
// sentence, never its wording (docs/testing.md, "Mutants in messages").
describe('inspectionConsequences: each message tells the answer or the duty that follows', () => {
  const asOf = '2024-06-01';

  it('Article 6: a "not applicable" answer says 不适用, a "compliant" one does not', () => {
    const d = inspectionConsequences(goodRecord(), { asOf });
    // The fixture answers item 6 (industrial policy) "not applicable" and items 1–5 "compliant".
    expect(zhOf(d, 'art6.item6.industrial_policy')).toContain('不适用');
    expect(zhOf(d, 'art6.item1.license_mark')).not.toContain('不适用');
    expect(zhOf(d, 'art6.item1.license_mark')).toContain('符合');
  });

  it('Article 11 (上报) and Article 12 (约谈): the duty is named when it arises and only then', () => {
    const none = inspectionConsequences(goodRecord(), { asOf });
    expect(zhOf(none, 'art11.penalty_violation')).not.toContain('上报');
    expect(zhOf(none, 'art12.prominent_quality_problem')).not.toContain('约谈');
    const r = goodRecord();
    r.findings = [{ description: '无证生产', penaltyViolation: true, prominentQualityProblem: true }];
    const both = inspectionConsequences(r, { asOf });
    expect(stepOf(both, 'art11.penalty_violation').passed).toBe(true);
    expect(zhOf(both, 'art11.penalty_violation')).toContain('上报');
    expect(stepOf(both, 'art12.prominent_quality_problem').passed).toBe(true);
    expect(zhOf(both, 'art12.prominent_quality_problem')).toContain('约谈');
  });
});
