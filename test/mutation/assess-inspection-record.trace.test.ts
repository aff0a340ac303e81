// Mutation-testing follow-up: the whole trace of assessInspectionRecord, step by step, for the
// fixture record (test/rules/fixtures.ts) and for a record that breaks Articles 6 and 9.
// Expected steps are worked out by hand from Article 9¶1 ("2名以上持合法有效证件的工作人员"),
// Article 9¶2 (signatures, filing), Article 6 items 1–6 and the fixture's own values; the facts
// are the fixture's values echoed back, absent ones as null.
import { describe, expect, it } from 'vitest';
import { assessInspectionRecord, type Decision, type TraceStep } from '../../src/index.js';
import { ENTERPRISE, OTHER_ENTERPRISE, goodRecord } from '../rules/fixtures.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const ITEMS = ['license_mark', 'conditions_changed', 'raw_material_acceptance', 'outgoing_inspection', 'labelling', 'industrial_policy'];
const P1 = { article: 9, paragraph: 1 };
const P2 = { article: 9, paragraph: 2 };

describe('assessInspectionRecord: the full trace (hand-derived from Articles 6 and 9)', () => {
  it('fixture record, as of 2024-06-01: every step passes, facts echo the record', () => {
    const d = assessInspectionRecord(goodRecord(), { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({ valid: true, problems: [] });
    expect(d.basis).toEqual([P1, { article: 6 }, P2]);
    expect(d.higherLaw).toEqual([
      { law: '中华人民共和国工业产品生产许可证管理条例', article: 39 },
      { law: '中华人民共和国行政处罚法', article: 43 },
    ]);
    expect(steps(d)).toStrictEqual([
      { rule: 'art9.para1.min_inspectors', basis: P1, passed: true, facts: { inspectorsWithValidCredential: 2, listed: 2, required: 2, parameter: 'minInspectors' } },
      { rule: 'art9.para1.distinct_inspectors', basis: P1, passed: true, facts: { inspectorIds: ['BC-017', 'BC-021'], duplicates: [] } },
      { rule: 'art9.para1.credential_valid', basis: P1, passed: true, facts: { inspectorId: 'BC-017', credentialNumber: '吉0800123', validFrom: null, validUntil: '2026-12-31', inspectionDate: '2024-05-10' } },
      { rule: 'art9.para1.credential_valid', basis: P1, passed: true, facts: { inspectorId: 'BC-021', credentialNumber: '吉0800456', validFrom: '2022-01-01', validUntil: '2027-12-31', inspectionDate: '2024-05-10' } },
      { rule: 'art9.para1.no_conflict_of_interest', basis: P1, passed: true, facts: { inspectorId: 'BC-017', enterpriseId: ENTERPRISE, conflictDeclared: false } },
      { rule: 'art9.para1.no_conflict_of_interest', basis: P1, passed: true, facts: { inspectorId: 'BC-021', enterpriseId: ENTERPRISE, conflictDeclared: false } },
      ...ITEMS.map((item, i) => ({
        rule: `art6.item${i + 1}.answered`,
        basis: { article: 6, item: i + 1 },
        passed: true,
        facts: { item, status: item === 'industrial_policy' ? 'not_applicable' : 'compliant' },
      })),
      { rule: 'art9.para2.inspector_signed', basis: P2, passed: true, facts: { inspectorId: 'BC-017', signedBy: ['BC-017', 'BC-021'] } },
      { rule: 'art9.para2.inspector_signed', basis: P2, passed: true, facts: { inspectorId: 'BC-021', signedBy: ['BC-017', 'BC-021'] } },
      { rule: 'art9.para2.signatories_are_inspectors', basis: P2, passed: true, facts: { signedBy: ['BC-017', 'BC-021'], notListed: [] } },
      { rule: 'art9.para2.enterprise_signed', basis: P2, passed: true, facts: { responsiblePerson: '李四', signedOn: '2024-05-10', asOf: '2024-06-01' } },
      { rule: 'art9.para2.filed', basis: P2, passed: true, facts: { filedOn: '2024-05-13', asOf: '2024-06-01' } },
    ]);
  });

  it('a record breaking every rule: problems in schema order, failed steps cited, absent facts null', () => {
    const r = goodRecord();
    const record = {
      ...r,
      inspectors: [
        // valid from after the inspection date: not yet valid (Art 9¶1 "有效证件")
        { id: 'A', name: '甲', credentialNumber: 'C-1', credentialValidFrom: '2024-05-11', credentialValidUntil: '2026-12-31' },
        // expired the day before the inspection
        { id: 'B', name: '乙', credentialNumber: 'C-2', credentialValidUntil: '2024-05-09', conflicts: [ENTERPRISE] },
        // same credential number as A: the same person listed twice
        { id: 'C', name: '丙', credentialNumber: 'C-1', credentialValidUntil: '2026-12-31' },
      ],
      checklist: { license_mark: { status: 'non_compliant' as const } },
      signatures: { inspectorIds: ['A', 'Z'] },
    };
    delete (record as { filedOn?: string }).filedOn;
    const d = assessInspectionRecord(record, { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({
      valid: false,
      problems: [
        'TOO_FEW_INSPECTORS',
        'DUPLICATE_INSPECTOR',
        'CREDENTIAL_NOT_YET_VALID',
        'CREDENTIAL_EXPIRED',
        'CONFLICT_OF_INTEREST',
        'CHECKLIST_UNANSWERED',
        'INSPECTOR_SIGNATURE_MISSING',
        'SIGNATORY_NOT_INSPECTOR',
        'ENTERPRISE_SIGNATURE_MISSING',
        'NOT_FILED',
      ],
    });
    const s = steps(d);
    expect(s.map((x) => [x.rule, x.passed])).toEqual([
      ['art9.para1.min_inspectors', false],
      ['art9.para1.distinct_inspectors', false],
      ['art9.para1.credential_valid', false],
      ['art9.para1.credential_valid', false],
      ['art9.para1.credential_valid', true],
      ['art9.para1.no_conflict_of_interest', true],
      ['art9.para1.no_conflict_of_interest', false],
      ['art9.para1.no_conflict_of_interest', true],
      ['art6.item1.answered', true],
      ['art6.item2.answered', false],
      ['art6.item3.answered', false],
      ['art6.item4.answered', false],
      ['art6.item5.answered', false],
      ['art6.item6.answered', false],
      ['art9.para2.inspector_signed', true],
      ['art9.para2.inspector_signed', false],
      ['art9.para2.inspector_signed', false],
      ['art9.para2.signatories_are_inspectors', false],
      ['art9.para2.enterprise_signed', false],
      ['art9.para2.filed', false],
    ]);
    // By hand: A and C share credential C-1, so they are one person, who counts through C (valid
    // on 2024-05-10); B expired the day before. One person, fewer than 2.
    expect(s[0]?.facts).toEqual({ inspectorsWithValidCredential: 1, listed: 3, required: 2, parameter: 'minInspectors' });
    expect(s[1]?.facts).toEqual({ inspectorIds: ['A', 'B', 'C'], duplicates: ['C'] });
    expect(s[3]?.facts).toEqual({ inspectorId: 'B', credentialNumber: 'C-2', validFrom: null, validUntil: '2024-05-09', inspectionDate: '2024-05-10' });
    expect(s[6]?.facts).toEqual({ inspectorId: 'B', enterpriseId: ENTERPRISE, conflictDeclared: true });
    expect(s[9]?.facts).toEqual({ item: 'conditions_changed', status: null });
    expect(s[8]?.facts).toEqual({ item: 'license_mark', status: 'non_compliant' });
    expect(s[17]?.facts).toEqual({ signedBy: ['A', 'Z'], notListed: ['Z'] });
    expect(s[18]?.facts).toEqual({ responsiblePerson: null, signedOn: null, asOf: '2024-06-01' });
    expect(s[19]?.facts).toEqual({ filedOn: null, asOf: '2024-06-01' });
    // Basis: each failed step's provision, once.
    expect(d.basis).toEqual([P1, { article: 6, item: 2 }, { article: 6, item: 3 }, { article: 6, item: 4 }, { article: 6, item: 5 }, { article: 6, item: 6 }, P2]);
  });

  it('boundaries of "valid on the inspection date": valid from and valid until that very day count', () => {
    const r = goodRecord();
    r.inspectors = [
      { id: 'A', name: '甲', credentialNumber: 'C-1', credentialValidFrom: '2024-05-10', credentialValidUntil: '2024-05-10' },
      { id: 'B', name: '乙', credentialNumber: 'C-2', credentialValidUntil: '2024-05-10' },
    ];
    r.signatures = { ...r.signatures, inspectorIds: ['A', 'B'] };
    const d = assessInspectionRecord(r, { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({ valid: true, problems: [] });
  });

  it('signed or filed after asOf has not happened yet as of asOf (Art 9¶2)', () => {
    const r = goodRecord();
    r.signatures = { ...r.signatures, enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-20' } };
    r.filedOn = '2024-05-21';
    expect(assessInspectionRecord(r, { asOf: '2024-05-19' }).outcome.problems).toEqual(['ENTERPRISE_SIGNATURE_MISSING', 'NOT_FILED']);
    expect(assessInspectionRecord(r, { asOf: '2024-05-20' }).outcome.problems).toEqual(['NOT_FILED']);
    expect(assessInspectionRecord(r, { asOf: '2024-05-21' }).outcome.problems).toEqual([]);
  });
});
