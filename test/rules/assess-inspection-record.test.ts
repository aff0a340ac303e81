// Articles 9 and 6. Expected values from the text: "应有2名以上持合法有效证件的工作人员参加"
// (9¶1); "经检查人员和企业负责人员分别签字后，由监管部门归档" (9¶2); six items (6).
import { describe, expect, it } from 'vitest';
import {
  NotInForceError,
  RuleInputError,
  assessInspectionRecord,
  inspectionRecordProblemSchema,
  inspectionRecordProblems,
  isValidArticleRef,
  type InspectionRecordInput,
} from '../../src/index.js';
import { ENTERPRISE, goodRecord, thrown } from './fixtures.js';
import { enOf, stepOf, traceSteps, zhOf } from '../support/trace.js';

const asOf = '2024-06-01';
const assess = (r: InspectionRecordInput, on = asOf) => assessInspectionRecord(r, { asOf: on });

describe('assessInspectionRecord (Articles 9, 6)', () => {
  it('a complete record with 2 credentialed inspectors, six answers, three signatures and filing is valid', () => {
    const d = assess(goodRecord());
    expect(d.outcome).toEqual({ valid: true, problems: [] });
    expect(d.basis).toEqual([{ article: 9, paragraph: 1 }, { article: 6 }, { article: 9, paragraph: 2 }]);
    expect(d.higherLaw).toEqual([
      { law: '中华人民共和国工业产品生产许可证管理条例', article: 39 },
      { law: '中华人民共和国行政处罚法', article: 43 },
    ]);
    expect(d.trace.every((s) => s.passed)).toBe(true);
    expect(d.trace.map((s) => s.rule)).toEqual([
      'art9.para1.min_inspectors',
      'art9.para1.distinct_inspectors',
      'art9.para1.credential_valid',
      'art9.para1.credential_valid',
      'art9.para1.no_conflict_of_interest',
      'art9.para1.no_conflict_of_interest',
      'art6.item1.answered',
      'art6.item2.answered',
      'art6.item3.answered',
      'art6.item4.answered',
      'art6.item5.answered',
      'art6.item6.answered',
      'art9.para2.inspector_signed',
      'art9.para2.inspector_signed',
      'art9.para2.signatories_are_inspectors',
      'art9.para2.enterprise_signed',
      'art9.para2.filed',
    ]);
  });

  it('1 inspector: TOO_FEW_INSPECTORS (2名以上)', () => {
    const r = goodRecord();
    const d = assess({ ...r, inspectors: r.inspectors.slice(0, 1), signatures: { ...r.signatures, inspectorIds: ['BC-017'] } });
    expect(d.outcome).toEqual({ valid: false, problems: ['TOO_FEW_INSPECTORS'] });
    expect(d.basis).toEqual([{ article: 9, paragraph: 1 }]);
    expect(d.trace[0]).toMatchObject({
      passed: false,
      facts: { inspectorsWithValidCredential: 1, listed: 1, required: 2, parameter: 'minInspectors' },
    });
  });

  it('no inspectors at all', () => {
    const r = goodRecord();
    expect(assess({ ...r, inspectors: [], signatures: { ...r.signatures, inspectorIds: [] } }).outcome.problems).toEqual(['TOO_FEW_INSPECTORS']);
  });

  it('expired credential (持合法有效证件): CREDENTIAL_EXPIRED, and only 1 valid holder remains', () => {
    const r = goodRecord();
    const inspectors = [{ ...r.inspectors[0]!, credentialValidUntil: '2024-05-09' }, r.inspectors[1]!];
    const d = assess({ ...r, inspectors });
    expect(d.outcome).toEqual({ valid: false, problems: ['TOO_FEW_INSPECTORS', 'CREDENTIAL_EXPIRED'] });
    const step = d.trace.find((s) => s.rule === 'art9.para1.credential_valid' && !s.passed);
    expect(step?.facts).toEqual({
      inspectorId: 'BC-017',
      credentialNumber: '吉0800123',
      validFrom: null,
      validUntil: '2024-05-09',
      inspectionDate: '2024-05-10',
    });
  });

  it('a credential expiring on the inspection day is still valid that day', () => {
    const r = goodRecord();
    const inspectors = [{ ...r.inspectors[0]!, credentialValidUntil: '2024-05-10' }, r.inspectors[1]!];
    expect(assess({ ...r, inspectors }).outcome.valid).toBe(true);
  });

  it('a credential not yet valid: CREDENTIAL_NOT_YET_VALID', () => {
    const r = goodRecord();
    const inspectors = [r.inspectors[0]!, { ...r.inspectors[1]!, credentialValidFrom: '2024-05-11' }];
    expect(assess({ ...r, inspectors }).outcome.problems).toEqual(['TOO_FEW_INSPECTORS', 'CREDENTIAL_NOT_YET_VALID']);
  });

  it('the same person twice is not two inspectors (same id, or same credential number)', () => {
    const r = goodRecord();
    const first = r.inspectors[0]!;
    const sameId = assess({
      ...r,
      inspectors: [first, { ...first, credentialNumber: '吉0800999' }],
      signatures: { ...r.signatures, inspectorIds: ['BC-017'] },
    });
    expect(sameId.outcome.problems).toEqual(['TOO_FEW_INSPECTORS', 'DUPLICATE_INSPECTOR']);
    const sameCredential = assess({
      ...r,
      inspectors: [first, { ...first, id: 'BC-099' }],
      signatures: { ...r.signatures, inspectorIds: ['BC-017', 'BC-099'] },
    });
    expect(sameCredential.outcome.problems).toEqual(['TOO_FEW_INSPECTORS', 'DUPLICATE_INSPECTOR']);
  });

  // Article 9¶1 counts people: a credential number typed with a space, in full width or with a
  // zero-width space is the same number, so the same person.
  it.each(['吉 0800123', '吉０８００１２３', '吉0800\u200b123'])('credential %j is the same as 吉0800123: one person', (typed) => {
    const r = goodRecord();
    const first = r.inspectors[0]!;
    expect(first.credentialNumber).toBe('吉0800123');
    const d = assess({
      ...r,
      inspectors: [first, { ...first, id: 'BC-099', credentialNumber: typed }],
      signatures: { ...r.signatures, inspectorIds: ['BC-017', 'BC-099'] },
    });
    expect(d.outcome.problems).toEqual(['TOO_FEW_INSPECTORS', 'DUPLICATE_INSPECTOR']);
  });

  // Also with a combining grapheme joiner (U+034F) or a variation selector (U+FE0F): characters
  // that show nothing, so the two ids look the same.
  it.each(['ＢＣ-017', 'BC - 017', 'BC-\u200b017', 'BC-017\u034f', 'BC-\ufe0f017'])('inspector id %j is BC-017 typed otherwise: one person', (typed) => {
    const r = goodRecord();
    const first = r.inspectors[0]!;
    expect(first.id).toBe('BC-017');
    const d = assess({
      ...r,
      inspectors: [first, { ...first, id: typed, credentialNumber: '吉0800999' }],
      signatures: { ...r.signatures, inspectorIds: ['BC-017', typed] },
    });
    expect(d.outcome.problems).toEqual(['TOO_FEW_INSPECTORS', 'DUPLICATE_INSPECTOR']);
  });

  // Article 9¶2: every listed inspector signs. An id typed in full width, signed exactly as
  // listed (or in half width), is a signature of that inspector, not of a stranger.
  it('an inspector listed and signing as ＢＣ-017 (full width) has signed: valid', () => {
    const r = goodRecord();
    const [first, second] = r.inspectors;
    for (const signedAs of ['ＢＣ-017', 'BC-017']) {
      const d = assess({
        ...r,
        inspectors: [{ ...first!, id: 'ＢＣ-017' }, second!],
        signatures: { ...r.signatures, inspectorIds: [signedAs, second!.id] },
      });
      expect(d.outcome).toEqual({ valid: true, problems: [] });
    }
  });

  it('an inspector with a declared conflict for this enterprise: CONFLICT_OF_INTEREST (回避)', () => {
    const r = goodRecord();
    const inspectors = [{ ...r.inspectors[0]!, conflicts: [ENTERPRISE] }, r.inspectors[1]!];
    const d = assess({ ...r, inspectors });
    expect(d.outcome).toEqual({ valid: false, problems: ['CONFLICT_OF_INTEREST'] });
    expect(d.trace.find((s) => s.rule === 'art9.para1.no_conflict_of_interest' && !s.passed)?.facts).toEqual({
      inspectorId: 'BC-017',
      enterpriseId: ENTERPRISE,
      conflictDeclared: true,
    });
  });

  it('a checklist item left unanswered: CHECKLIST_UNANSWERED, citing that item', () => {
    const r = goodRecord();
    const { labelling: _dropped, ...checklist } = r.checklist;
    const d = assess({ ...r, checklist });
    expect(d.outcome.problems).toEqual(['CHECKLIST_UNANSWERED']);
    expect(d.basis).toEqual([{ article: 6, item: 5 }]);
    expect(d.trace.find((s) => s.rule === 'art6.item5.answered')?.message['zh-CN']).toBe('第六条第（五）项未填写');
  });

  it('a missing inspector signature: INSPECTOR_SIGNATURE_MISSING', () => {
    const r = goodRecord();
    const d = assess({ ...r, signatures: { ...r.signatures, inspectorIds: ['BC-021'] } });
    expect(d.outcome).toEqual({ valid: false, problems: ['INSPECTOR_SIGNATURE_MISSING'] });
    expect(d.basis).toEqual([{ article: 9, paragraph: 2 }]);
  });

  it('someone not listed signing as inspector: SIGNATORY_NOT_INSPECTOR', () => {
    const r = goodRecord();
    const d = assess({ ...r, signatures: { ...r.signatures, inspectorIds: ['BC-017', 'BC-021', 'BC-404', 'BC-404'] } });
    expect(d.outcome.problems).toEqual(['SIGNATORY_NOT_INSPECTOR']);
    expect(d.trace.find((s) => s.rule === 'art9.para2.signatories_are_inspectors')?.facts).toMatchObject({ notListed: ['BC-404'] });
  });

  it("missing enterprise signature: ENTERPRISE_SIGNATURE_MISSING; one dated after asOf has not happened yet", () => {
    const r = goodRecord();
    const { filedOn: _f, ...unfiled } = r;
    const d = assess({ ...unfiled, signatures: { inspectorIds: ['BC-017', 'BC-021'] } });
    expect(d.outcome.problems).toEqual(['ENTERPRISE_SIGNATURE_MISSING', 'NOT_FILED']);
    const future = assess(
      { ...unfiled, signatures: { ...r.signatures, enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-06-02' } } },
      '2024-06-01',
    );
    expect(future.outcome.problems).toEqual(['ENTERPRISE_SIGNATURE_MISSING', 'NOT_FILED']);
  });

  it('not filed by asOf: NOT_FILED', () => {
    const d = assess({ ...goodRecord(), filedOn: '2024-06-05' });
    expect(d.outcome).toEqual({ valid: false, problems: ['NOT_FILED'] });
    expect(assess({ ...goodRecord(), filedOn: '2024-06-05' }, '2024-06-05').outcome.valid).toBe(true);
  });

  it('several problems are listed once each, in the documented order', () => {
    const r = goodRecord();
    const d = assess({
      ...r, // filed on 2024-05-13: NOT_FILED is not among them
      inspectors: [{ ...r.inspectors[0]!, credentialValidUntil: '2020-12-31' }],
      checklist: {},
      signatures: { inspectorIds: [] },
    });
    expect(d.outcome.problems).toEqual([
      'TOO_FEW_INSPECTORS',
      'CREDENTIAL_EXPIRED',
      'CHECKLIST_UNANSWERED',
      'INSPECTOR_SIGNATURE_MISSING',
      'ENTERPRISE_SIGNATURE_MISSING',
    ]);
  });

  it('every problem code is documented with a provision that exists', () => {
    for (const code of inspectionRecordProblemSchema.options) {
      expect(isValidArticleRef(inspectionRecordProblems[code].basis)).toBe(true);
      expect(inspectionRecordProblems[code].description['zh-CN']).not.toBe('');
    }
  });

  it('a record dated after asOf, or before 2020-11-25, cannot be assessed', () => {
    const late = thrown(() => assess({ ...goodRecord(), date: '2024-06-02', filedOn: undefined, signatures: { inspectorIds: [] } }));
    expect(late).toBeInstanceOf(RuleInputError);
    expect((late as RuleInputError).issues).toMatchObject([{ path: ['date'], code: 'RECORD_AFTER_AS_OF' }]);
    const r = goodRecord();
    const early = thrown(() =>
      assess({ ...r, date: '2020-11-24', signatures: { inspectorIds: [] }, filedOn: undefined }),
    );
    expect(early).toBeInstanceOf(NotInForceError);
  });

  it('options are checked first: asOf before 2020-11-25 wins over a malformed record', () => {
    expect(thrown(() => assessInspectionRecord({} as never, { asOf: '2020-11-24' }))).toBeInstanceOf(NotInForceError);
    const e = thrown(() => assessInspectionRecord(goodRecord(), { asOf: 'tomorrow' }));
    expect((e as RuleInputError).issues[0]).toMatchObject({ path: ['asOf'], code: 'DATE_FORMAT' });
    expect(thrown(() => assessInspectionRecord(goodRecord(), { asOf, now: true } as never))).toBeInstanceOf(RuleInputError);
  });
});

// Art 9¶1 counts people holding a valid credential ("2名以上持合法有效证件的工作人员"). Entries that
// share an id or a credential number are one person (docs/interpretation.md), who counts when any
// of their entries is valid on the day — so the order of the list cannot change the count.
describe('assessInspectionRecord: higherLaw follows the problems found, like basis', () => {
  const L39 = { law: '中华人民共和国工业产品生产许可证管理条例', article: 39 };
  const L43 = { law: '中华人民共和国行政处罚法', article: 43 };
  // FACTS.md: two or more staff with valid credentials is 条例 Art 39; 回避 is 行政处罚法 Art 43.
  it('only unfiled: no higher law; one inspector: 条例 Art 39; a conflict: 行政处罚法 Art 43', () => {
    const { filedOn: _f, ...unfiled } = goodRecord();
    expect(assess(unfiled).higherLaw).toEqual([]);
    const r = goodRecord();
    const one = assess({ ...r, inspectors: r.inspectors.slice(0, 1), signatures: { ...r.signatures, inspectorIds: r.signatures.inspectorIds.slice(0, 1) } });
    expect(one.outcome.problems).toEqual(['TOO_FEW_INSPECTORS']);
    expect(one.higherLaw).toEqual([L39]);
    const conflicted = assess({ ...r, inspectors: [{ ...r.inspectors[0]!, conflicts: [ENTERPRISE] }, ...r.inspectors.slice(1)] });
    expect(conflicted.outcome.problems).toEqual(['CONFLICT_OF_INTEREST']);
    expect(conflicted.higherLaw).toEqual([L43]);
  });

  it('an expired credential, a person listed twice, or one with a conflict too: the laws of each', () => {
    const r = goodRecord();
    const [first, second] = r.inspectors;
    const expired = assess({ ...r, inspectors: [first!, { ...second!, credentialValidUntil: '2024-05-09' }] });
    expect(expired.outcome.problems).toEqual(['TOO_FEW_INSPECTORS', 'CREDENTIAL_EXPIRED']);
    expect(expired.higherLaw).toEqual([L39]);
    const twice = assess({ ...r, inspectors: [first!, second!, { ...second!, id: 'BC-099' }], signatures: { ...r.signatures, inspectorIds: [...r.signatures.inspectorIds, 'BC-099'] } });
    expect(twice.outcome.problems).toEqual(['DUPLICATE_INSPECTOR']);
    expect(twice.higherLaw).toEqual([L39]);
    // Three listed, one expired: still two qualified, so the credential is the only problem.
    const third = { ...second!, id: 'BC-030', credentialNumber: '吉0800300', credentialValidUntil: '2024-05-09' };
    const oneExpired = assess({ ...r, inspectors: [first!, second!, third], signatures: { ...r.signatures, inspectorIds: [...r.signatures.inspectorIds, 'BC-030'] } });
    expect(oneExpired.outcome.problems).toEqual(['CREDENTIAL_EXPIRED']);
    expect(oneExpired.higherLaw).toEqual([L39]);
    const both = assess({ ...r, inspectors: [{ ...first!, conflicts: [ENTERPRISE] }, { ...second!, credentialValidUntil: '2024-05-09' }] });
    expect(both.higherLaw).toEqual([L39, L43]);
  });
});

describe('assessInspectionRecord: checklist answers in words', () => {
  it('a not_applicable answer reads "not applicable" in English and 不适用 in Chinese', () => {
    const r = goodRecord();
    const d = assess({ ...r, checklist: { ...r.checklist, license_mark: { status: 'not_applicable' } } });
    const answered = d.trace.find((s) => s.rule === 'art6.item1.answered')!;
    expect(answered.message.en).toBe('Article 6(1) (license_mark) answered: not applicable');
    expect(answered.message['zh-CN']).toBe('第六条第（一）项已填写：不适用');
  });
});

describe('assessInspectionRecord: the Article 9¶1 head count does not depend on the order of the list', () => {
  const countOf = (r: InspectionRecordInput): unknown =>
    assess(r).trace.find((s) => s.rule === 'art9.para1.min_inspectors')?.facts['inspectorsWithValidCredential'];
  const withInspectors = (inspectors: InspectionRecordInput['inspectors']): InspectionRecordInput => ({
    ...goodRecord(),
    inspectors,
    signatures: { ...goodRecord().signatures, inspectorIds: [...new Set(inspectors.map((i) => i.id))] },
  });
  // Inspection on 2024-05-10. A's old credential expired on 2024-01-01; A renewed it.
  const aOld = { id: 'A', name: '甲', credentialNumber: 'A-1', credentialValidUntil: '2024-01-01' };
  const aNew = { id: 'A', name: '甲', credentialNumber: 'A-2', credentialValidUntil: '2026-12-31' };
  const b = { id: 'B', name: '乙', credentialNumber: 'B-1', credentialValidUntil: '2026-12-31' };

  it('A (expired, then renewed) and B: two people with a valid credential, in either order', () => {
    for (const inspectors of [[aOld, aNew, b], [aNew, aOld, b], [b, aOld, aNew]]) {
      const d = assess(withInspectors(inspectors));
      expect(countOf(withInspectors(inspectors))).toBe(2);
      expect(d.outcome.problems).not.toContain('TOO_FEW_INSPECTORS');
      // Listing A twice, and the expired entry, are still reported.
      expect(d.outcome.problems).toEqual(['DUPLICATE_INSPECTOR', 'CREDENTIAL_EXPIRED']);
    }
  });

  it('a chain of entries is one person: X shares an id with one entry and a credential with another', () => {
    // P (id P, credential K-1) and Q (id Q, credential K-2) look like two people, but a third entry
    // (id P, credential K-2) shows P and Q are the same person: one person, fewer than 2.
    const p = { id: 'P', name: '丙', credentialNumber: 'K-1', credentialValidUntil: '2026-12-31' };
    const q = { id: 'Q', name: '丙', credentialNumber: 'K-2', credentialValidUntil: '2026-12-31' };
    const link = { id: 'P', name: '丙', credentialNumber: 'K-2', credentialValidUntil: '2026-12-31' };
    for (const inspectors of [[p, q, link], [link, q, p], [q, link, p]]) {
      expect(countOf(withInspectors(inspectors))).toBe(1);
      expect(assess(withInspectors(inspectors)).outcome.problems).toContain('TOO_FEW_INSPECTORS');
    }
  });

  it('a person whose only entries are expired does not count', () => {
    const aOlder = { ...aOld, credentialNumber: 'A-0', credentialValidUntil: '2023-01-01' };
    expect(countOf(withInspectors([aOld, aOlder, b]))).toBe(1);
  });
});

// The whole trace, step by step, for the fixture record (test/rules/fixtures.ts) and for a record
// that breaks Articles 6 and 9. Expected steps are worked out by hand from Article 9¶1
// ("2名以上持合法有效证件的工作人员"), Article 9¶2 (signatures, filing), Article 6 items 1–6 and the
// fixture's own values; the facts are the fixture's values echoed back, absent ones as null.
describe('assessInspectionRecord: the full trace (hand-derived from Articles 6 and 9)', () => {
  const ITEMS = ['license_mark', 'conditions_changed', 'raw_material_acceptance', 'outgoing_inspection', 'labelling', 'industrial_policy'];
  const P1 = { article: 9, paragraph: 1 };
  const P2 = { article: 9, paragraph: 2 };

  it('fixture record, as of 2024-06-01: every step passes, facts echo the record', () => {
    const d = assessInspectionRecord(goodRecord(), { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({ valid: true, problems: [] });
    expect(d.basis).toEqual([P1, { article: 6 }, P2]);
    expect(d.higherLaw).toEqual([
      { law: '中华人民共和国工业产品生产许可证管理条例', article: 39 },
      { law: '中华人民共和国行政处罚法', article: 43 },
    ]);
    expect(traceSteps(d)).toStrictEqual([
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
    const s = traceSteps(d);
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

// The message of a step must say which way the check went. The test asserts a key term that
// carries the fact, taken from the regulation's own text, or a structural property of the
// sentence, never its wording (docs/testing.md, "Mutants in messages").
describe('Article 9¶1: at least 2 inspectors with a valid credential (第九条 “2名以上”)', () => {
  const asOf = '2024-06-01';

  it('exactly 2 (the boundary) passes and says "not fewer than" (不少于); 1 fails and does not', () => {
    const two = assessInspectionRecord(goodRecord(), { asOf });
    expect(stepOf(two, 'art9.para1.min_inspectors').passed).toBe(true);
    expect(zhOf(two, 'art9.para1.min_inspectors')).toContain('不少于');

    // The second inspector's credential expired before the inspection on 2024-05-10.
    const r = goodRecord();
    r.inspectors = [r.inspectors[0]!, { ...r.inspectors[1]!, credentialValidUntil: '2024-05-09' }];
    const one = assessInspectionRecord(r, { asOf });
    expect(stepOf(one, 'art9.para1.min_inspectors').passed).toBe(false);
    expect(zhOf(one, 'art9.para1.min_inspectors')).not.toContain('不少于');
    expect(zhOf(one, 'art9.para1.min_inspectors')).not.toBe(zhOf(two, 'art9.para1.min_inspectors'));
  });

  it('passed checks of who is listed and who signed never end with an empty list', () => {
    const d = assessInspectionRecord(goodRecord(), { asOf });
    for (const rule of ['art9.para1.distinct_inspectors', 'art9.para2.signatories_are_inspectors']) {
      expect(stepOf(d, rule).passed).toBe(true);
      expect(zhOf(d, rule)).not.toMatch(/[：:]\s*$/);
      expect(enOf(d, rule)).not.toMatch(/:\s*$/);
    }
  });

  it('failed checks name the person: a duplicated id, a signatory who is not listed', () => {
    const r = goodRecord();
    r.inspectors = [...r.inspectors, { ...r.inspectors[0]! }];
    r.signatures = { ...r.signatures, inspectorIds: [...r.signatures.inspectorIds, 'BC-099'] };
    const d = assessInspectionRecord(r, { asOf });
    expect(stepOf(d, 'art9.para1.distinct_inspectors').passed).toBe(false);
    expect(zhOf(d, 'art9.para1.distinct_inspectors')).toContain('BC-017');
    expect(stepOf(d, 'art9.para2.signatories_are_inspectors').passed).toBe(false);
    expect(zhOf(d, 'art9.para2.signatories_are_inspectors')).toContain('BC-099');
    expect(enOf(d, 'art9.para2.signatories_are_inspectors')).toContain('BC-099');
  });
});
