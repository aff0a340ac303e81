// Article 6 applies to routine inspections only. Text: 第五条 日常监督检查包括定期监督检查、不定期监督检查和回访
// (¶1) … 专项检查是指…开展的专项监督检查 (¶5); 第六条 日常监督检查重点是…，包括：（一）…（六）; 第九条 监督检查应有2名
// 以上持合法有效证件的工作人员参加 (¶1) … 经检查人员和企业负责人员分别签字后，由监管部门归档 (¶2) — for every
// inspection. So a special inspection (专项检查) answers to Article 9 and to whatever items its inspectors chose
// to answer; a periodic, non-periodic or follow-up (回访) inspection also answers all six Article 6 items.
import { describe, expect, it } from 'vitest';
import {
  assessInspectionRecord,
  inspectionConsequences,
  inspectionKindSchema,
  supervisionForms,
  type InspectionKind,
  type InspectionRecordInput,
} from '../../src/index.js';
import { goodRecord } from './fixtures.js';

const asOf = '2024-06-01';
const ROUTINE: readonly InspectionKind[] = ['periodic', 'non_periodic', 'follow_up'];

/** goodRecord() as a record of `kind` with nothing on the checklist. */
const emptyChecklist = (kind: InspectionKind, findings: InspectionRecordInput['findings'] = []): InspectionRecordInput => ({
  ...goodRecord(),
  kind,
  checklist: {},
  findings,
});

describe('which kinds are routine (Article 5¶1: 定期、不定期监督检查和回访)', () => {
  it('periodic, non-periodic and follow-up are routine inspections; special is not', () => {
    expect(inspectionKindSchema.options.filter((k) => supervisionForms[k].category === 'routine_inspection')).toEqual(ROUTINE);
    expect(supervisionForms.special.category).toBe('special_inspection');
  });
});

describe('assessInspectionRecord: Article 6 binds routine inspections, Article 9 every inspection', () => {
  it('a special inspection with an empty checklist, two credentialed inspectors, three signatures and filing is valid', () => {
    const d = assessInspectionRecord(emptyChecklist('special'), { asOf });
    expect(d.outcome).toEqual({ valid: true, problems: [] });
    // Valid on Article 9 alone: Article 6 is not among the provisions it rests on.
    expect(d.basis).toEqual([{ article: 9, paragraph: 1 }, { article: 9, paragraph: 2 }]);
    expect(d.trace.some((s) => s.rule.startsWith('art6.item'))).toBe(false);
    const step = d.trace.find((s) => s.rule === 'art6.routine_inspections_only');
    expect(step).toMatchObject({ basis: { article: 6 }, passed: true, facts: { kind: 'special', category: 'special_inspection', answeredItems: [] } });
    expect(step?.message['zh-CN']).toContain('专项检查不属于日常监督检查');
    expect(step?.message.en).toContain('answered: 0');
  });

  it('a special inspection that answered some items: still valid, the answered items named', () => {
    const d = assessInspectionRecord(
      { ...emptyChecklist('special'), checklist: { labelling: { status: 'non_compliant', note: '标识不全' } } },
      { asOf },
    );
    expect(d.outcome.valid).toBe(true);
    const step = d.trace.find((s) => s.rule === 'art6.routine_inspections_only');
    expect(step?.facts['answeredItems']).toEqual(['labelling']);
    expect(step?.message.en).toContain('answered: 1');
  });

  it.each(ROUTINE)('a %s inspection with an empty checklist is CHECKLIST_UNANSWERED, all six items cited', (kind) => {
    const d = assessInspectionRecord(emptyChecklist(kind), { asOf });
    expect(d.outcome).toEqual({ valid: false, problems: ['CHECKLIST_UNANSWERED'] });
    expect(d.basis).toEqual([1, 2, 3, 4, 5, 6].map((item) => ({ article: 6, item })));
    expect(d.trace.some((s) => s.rule === 'art6.routine_inspections_only')).toBe(false);
  });

  it('a special inspection is held to Article 9 like any other: one inspector, no signatures, not filed', () => {
    const r = emptyChecklist('special');
    const { filedOn: _filed, ...unfiled } = r;
    const d = assessInspectionRecord({ ...unfiled, inspectors: [r.inspectors[0]!], signatures: { inspectorIds: [] } }, { asOf });
    expect(d.outcome).toEqual({
      valid: false,
      problems: ['TOO_FEW_INSPECTORS', 'INSPECTOR_SIGNATURE_MISSING', 'ENTERPRISE_SIGNATURE_MISSING', 'NOT_FILED'],
    });
  });
});

describe('inspectionConsequences: a special inspection is not undecided for want of Article 6 answers', () => {
  it('a special inspection finding a violation that calls for a penalty: decided, referred under Article 11', () => {
    const d = inspectionConsequences(emptyChecklist('special', [{ description: '无证生产', penaltyViolation: true }]), { asOf });
    expect(d.outcome).toEqual({ status: 'decided', consequences: ['penalty_referral'], samplingGrounds: [], missing: [] });
    expect(d.basis).toEqual([{ article: 11 }]);
    expect(d.higherLaw).toEqual([{ law: '中华人民共和国行政处罚法' }]);
    const items = d.trace.filter((s) => s.rule.startsWith('art6.item'));
    expect(items).toHaveLength(6);
    for (const s of items) {
      expect(s.passed).toBe(true);
      expect(s.facts).toMatchObject({ status: null, required: false });
      expect(s.message['zh-CN']).toContain('专项检查不要求');
    }
  });

  it('the same findings in a follow-up (回访, routine) inspection: insufficient information, the six items missing', () => {
    const d = inspectionConsequences(emptyChecklist('follow_up', [{ description: '无证生产', penaltyViolation: true }]), { asOf });
    expect(d.outcome).toEqual({
      status: 'insufficient_information',
      consequences: ['penalty_referral'],
      samplingGrounds: [],
      missing: [
        'checklist.license_mark',
        'checklist.conditions_changed',
        'checklist.raw_material_acceptance',
        'checklist.outgoing_inspection',
        'checklist.labelling',
        'checklist.industrial_policy',
      ],
    });
  });

  it('what a special inspection did answer still counts: a non-compliant item orders rectification (Article 10)', () => {
    const d = inspectionConsequences(
      { ...emptyChecklist('special'), checklist: { outgoing_inspection: { status: 'non_compliant', note: '出厂检验记录缺失' } } },
      { asOf },
    );
    expect(d.outcome).toEqual({ status: 'decided', consequences: ['rectification_order'], samplingGrounds: [], missing: [] });
    expect(d.basis).toEqual([{ article: 6, item: 4 }, { article: 10 }]);
    expect(d.trace.find((s) => s.rule === 'art6.item4.outgoing_inspection')).toMatchObject({ passed: false, facts: { item: 'outgoing_inspection', status: 'non_compliant' } });
  });

  it('a special inspection with an empty checklist and no findings: decided, nothing follows', () => {
    const d = inspectionConsequences(emptyChecklist('special'), { asOf });
    expect(d.outcome).toEqual({ status: 'decided', consequences: [], samplingGrounds: [], missing: [] });
  });
});
