// Article 13: "档案应包括企业基本信息、证书文本、监督抽查、日常检查记录等内容…各类记录及时整理，纳入企业质量档案"
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, dossierCompleteness } from '../../src/index.js';
import { ENTERPRISE, fullDossier, thrown } from './fixtures.js';
import { enOf, stepOf, traceSteps, zhOf } from '../support/trace.js';

const recorded = {
  recordedInspections: [{ recordId: 'R-2024-031', date: '2024-05-10' }],
  recordedSamplings: [{ recordId: 'S-2024-007', date: '2024-03-01' }],
};

describe('dossierCompleteness (Article 13)', () => {
  it('all four parts and every record in it: complete', () => {
    const d = dossierCompleteness(fullDossier(), { asOf: '2024-07-01', ...recorded });
    expect(d.outcome).toEqual({ status: 'complete', missingParts: [], unfiledInspections: [], unfiledSamplings: [], missing: [] });
    expect(d.basis).toEqual([{ article: 13 }]);
    expect(d.trace.find((s) => s.rule === 'art13.inspection_record_filed')!.message).toEqual({
      'zh-CN': '检查记录 R-2024-031 已纳入档案',
      en: 'The inspection record R-2024-031 is in the dossier',
    });
    expect(d.trace.map((s) => s.rule)).toEqual([
      'art13.part.basic_information',
      'art13.part.certificate_text',
      'art13.part.supervisory_sampling_results',
      'art13.part.routine_inspection_records',
      'art13.inspection_record_filed',
      'art13.sampling_record_filed',
    ]);
  });

  it('an empty dossier lacks all four parts, and every recorded record', () => {
    const d = dossierCompleteness({ enterpriseId: ENTERPRISE }, { asOf: '2024-07-01', ...recorded });
    expect(d.outcome).toEqual({
      status: 'incomplete',
      missingParts: ['basic_information', 'certificate_text', 'supervisory_sampling_results', 'routine_inspection_records'],
      unfiledInspections: ['R-2024-031'],
      unfiledSamplings: ['S-2024-007'],
      missing: [],
    });
  });

  it('empty lists are parts that exist with nothing in them yet', () => {
    const d = dossierCompleteness(
      { ...fullDossier(), supervisorySamplingResults: [], routineInspectionRecords: [] },
      { asOf: '2024-07-01', recordedInspections: [], recordedSamplings: [] },
    );
    expect(d.outcome.status).toBe('complete');
  });

  it('records not yet in the dossier are listed once; records dated after asOf are ignored', () => {
    const d = dossierCompleteness(fullDossier(), {
      asOf: '2024-07-01',
      recordedInspections: [
        { recordId: 'R-2024-031', date: '2024-05-10' },
        { recordId: 'R-2024-044', date: '2024-06-20' },
        { recordId: 'R-2024-044', date: '2024-06-20' },
        { recordId: 'R-2024-050', date: '2024-07-02' },
      ],
      recordedSamplings: [{ recordId: 'S-2024-009', date: '2024-06-30' }],
    });
    expect(d.outcome).toMatchObject({ status: 'incomplete', unfiledInspections: ['R-2024-044'], unfiledSamplings: ['S-2024-009'] });
    expect(d.trace.find((s) => s.rule === 'art13.inspection_record_on_or_before_as_of')).toMatchObject({
      passed: false,
      facts: { recordId: 'R-2024-050', date: '2024-07-02', asOf: '2024-07-01' },
    });
  });

  it('without the lists of recorded inspections and samplings: insufficient information', () => {
    const d = dossierCompleteness(fullDossier(), { asOf: '2024-07-01' });
    expect(d.outcome).toEqual({
      status: 'insufficient_information',
      missingParts: [],
      unfiledInspections: [],
      unfiledSamplings: [],
      missing: ['recordedInspections', 'recordedSamplings'],
    });
    const partial = dossierCompleteness(fullDossier(), { asOf: '2024-07-01', recordedSamplings: recorded.recordedSamplings });
    expect(partial.outcome.missing).toEqual(['recordedInspections']);
    // A missing part already decides "incomplete".
    const { certificateText: _c, ...noCertificate } = fullDossier();
    expect(dossierCompleteness(noCertificate, { asOf: '2024-07-01' }).outcome).toMatchObject({ status: 'incomplete', missing: [] });
  });

  it('errors', () => {
    expect(thrown(() => dossierCompleteness(fullDossier(), { asOf: '2019-12-31' }))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => dossierCompleteness({ ...fullDossier(), notes: 'x' } as never, { asOf: '2024-07-01' }))).toBeInstanceOf(RuleInputError);
  });

  // One record id with two dates is a contradiction between the dossier and the caller's list of
  // records; neither can be preferred, so it is invalid input at the dossier entry's date.
  it('a dossier entry matching a recorded record by id but not by date: RuleInputError DATE_MISMATCH', () => {
    const dossier = { ...fullDossier(), routineInspectionRecords: [{ recordId: 'R-2024-031', date: '2024-08-01' }] };
    const e = thrown(() => dossierCompleteness(dossier, { asOf: '2024-07-01', ...recorded }));
    expect(e).toBeInstanceOf(RuleInputError);
    expect((e as RuleInputError).issues[0]).toMatchObject({ code: 'DATE_MISMATCH', path: ['routineInspectionRecords', 0, 'date'] });
    expect((e as RuleInputError).issues[0]!.message['zh-CN']).toBe('检查记录 R-2024-031 有两个日期：2024-05-10 与 2024-08-01');
    // The same for sampling results; a dossier entry no list mentions is not checked.
    const sampling = { ...fullDossier(), supervisorySamplingResults: [{ recordId: 'S-2024-007', date: '2024-03-02' }] };
    expect((thrown(() => dossierCompleteness(sampling, { asOf: '2024-07-01', ...recorded })) as RuleInputError).issues[0]).toMatchObject({
      code: 'DATE_MISMATCH',
      path: ['supervisorySamplingResults', 0, 'date'],
    });
    expect(dossierCompleteness(dossier, { asOf: '2024-07-01' }).outcome.status).toBe('insufficient_information');
  });

  it('DATE_MISMATCH whatever the order or the date: duplicates, a list date after asOf, the list itself', () => {
    const asOf = '2024-07-01';
    // The right date first in the dossier, a wrong one after it.
    const twice = { ...fullDossier(), routineInspectionRecords: [{ recordId: 'R-2024-031', date: '2024-05-10' }, { recordId: 'R-2024-031', date: '2024-05-11' }] };
    expect((thrown(() => dossierCompleteness(twice, { asOf, ...recorded })) as RuleInputError).issues[0]).toMatchObject({
      code: 'DATE_MISMATCH',
      path: ['routineInspectionRecords', 1, 'date'],
    });
    // The list dates the record after asOf (ignored as not yet happened), the dossier otherwise.
    const later = { ...recorded, recordedInspections: [{ recordId: 'R-2024-031', date: '2024-07-10' }] };
    expect((thrown(() => dossierCompleteness(fullDossier(), { asOf, ...later })) as RuleInputError).issues[0]).toMatchObject({
      code: 'DATE_MISMATCH',
      path: ['routineInspectionRecords', 0, 'date'],
    });
    // The caller's list contradicts itself: blamed at the list.
    const selfContradicting = { ...recorded, recordedInspections: [{ recordId: 'R-9', date: '2024-05-10' }, { recordId: 'R-9', date: '2024-05-12' }] };
    expect((thrown(() => dossierCompleteness(fullDossier(), { asOf, ...selfContradicting })) as RuleInputError).issues[0]).toMatchObject({
      code: 'DATE_MISMATCH',
      path: ['recordedInspections', 1, 'date'],
    });
    // The same record twice with the same date is no contradiction.
    const same = { ...fullDossier(), routineInspectionRecords: [{ recordId: 'R-2024-031', date: '2024-05-10' }, { recordId: 'R-2024-031', date: '2024-05-10' }] };
    expect(dossierCompleteness(same, { asOf, ...recorded }).outcome.status).toBe('complete');
  });

  it('a missing sampling part is named in Article 13\'s own words, 监督抽查', () => {
    const { supervisorySamplingResults: _s, ...rest } = fullDossier();
    const d = dossierCompleteness(rest, { asOf: '2024-07-01', ...recorded });
    expect(d.trace.find((s) => s.rule === 'art13.part.supervisory_sampling_results')!.message['zh-CN']).toBe('档案缺少监督抽查');
  });

  // Record ids are compared as typed, like inspector ids: 'Ｒ-2024-031' (full width) is R-2024-031.
  it('a dossier entry whose id is typed in full width or with a space is the recorded record', () => {
    for (const recordId of ['Ｒ-2024-031', 'R-2024- 031']) {
      const dossier = { ...fullDossier(), routineInspectionRecords: [{ recordId, date: '2024-05-10' }] };
      expect(dossierCompleteness(dossier, { asOf: '2024-07-01', ...recorded }).outcome.status).toBe('complete');
    }
  });
});

// The whole trace. Article 13: 质量档案 includes the enterprise's basic information, the
// certificate text, supervisory sampling results and routine inspection records. Expected steps
// and facts worked out by hand from the article and the inputs.
describe('dossierCompleteness: the full trace (hand-derived from Article 13)', () => {
  const A13 = { article: 13 };
  const PARTS = ['basic_information', 'certificate_text', 'supervisory_sampling_results', 'routine_inspection_records'];

  it('all four parts, every recorded inspection and sampling filed: complete', () => {
    const d = dossierCompleteness(fullDossier(), {
      asOf: '2024-06-01',
      recordedInspections: [{ recordId: 'R-2024-031', date: '2024-05-10' }],
      recordedSamplings: [{ recordId: 'S-2024-007', date: '2024-03-01' }],
    });
    expect(d.outcome).toEqual({ status: 'complete', missingParts: [], unfiledInspections: [], unfiledSamplings: [], missing: [] });
    expect(d.basis).toEqual([A13]);
    expect(traceSteps(d)).toStrictEqual([
      ...PARTS.map((part) => ({ rule: `art13.part.${part}`, basis: A13, passed: true, facts: { part, present: true } })),
      { rule: 'art13.inspection_record_filed', basis: A13, passed: true, facts: { recordId: 'R-2024-031', date: '2024-05-10' } },
      { rule: 'art13.sampling_record_filed', basis: A13, passed: true, facts: { recordId: 'S-2024-007', date: '2024-03-01' } },
    ]);
  });

  it('no lists of recorded work: insufficient information, both lists missing, null facts', () => {
    const d = dossierCompleteness(fullDossier(), { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({ status: 'insufficient_information', missingParts: [], unfiledInspections: [], unfiledSamplings: [], missing: ['recordedInspections', 'recordedSamplings'] });
    expect(traceSteps(d).slice(4)).toEqual([
      { rule: 'art13.inspection_records_filed', basis: A13, passed: false, facts: { recordedInspections: null } },
      { rule: 'art13.sampling_records_filed', basis: A13, passed: false, facts: { recordedSamplings: null } },
    ]);
  });

  it('missing parts and unfiled records: incomplete (and then nothing is "missing"); later records skipped', () => {
    const d = dossierCompleteness(
      { enterpriseId: ENTERPRISE, basicInformation: { name: '某公司' } },
      {
        asOf: '2024-06-01',
        recordedInspections: [
          { recordId: 'R1', date: '2024-05-10' },
          { recordId: 'R1', date: '2024-05-10' },
          { recordId: 'R2', date: '2024-06-02' },
        ],
      },
    );
    expect(d.outcome).toEqual({
      status: 'incomplete',
      missingParts: ['certificate_text', 'supervisory_sampling_results', 'routine_inspection_records'],
      unfiledInspections: ['R1'],
      unfiledSamplings: [],
      missing: [],
    });
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art13.part.basic_information', basis: A13, passed: true, facts: { part: 'basic_information', present: true } },
      { rule: 'art13.part.certificate_text', basis: A13, passed: false, facts: { part: 'certificate_text', present: false } },
      { rule: 'art13.part.supervisory_sampling_results', basis: A13, passed: false, facts: { part: 'supervisory_sampling_results', present: false } },
      { rule: 'art13.part.routine_inspection_records', basis: A13, passed: false, facts: { part: 'routine_inspection_records', present: false } },
      { rule: 'art13.inspection_record_filed', basis: A13, passed: false, facts: { recordId: 'R1', date: '2024-05-10' } },
      { rule: 'art13.inspection_record_filed', basis: A13, passed: false, facts: { recordId: 'R1', date: '2024-05-10' } },
      { rule: 'art13.inspection_record_on_or_before_as_of', basis: A13, passed: false, facts: { recordId: 'R2', date: '2024-06-02', asOf: '2024-06-01' } },
      { rule: 'art13.sampling_records_filed', basis: A13, passed: false, facts: { recordedSamplings: null } },
    ]);
  });

  it('an unfiled sampling alone makes the dossier incomplete; a record dated asOf counts', () => {
    // The dossier holds R-2024-031 under the same date as the list (another date is DATE_MISMATCH).
    const d = dossierCompleteness({ ...fullDossier(), routineInspectionRecords: [{ recordId: 'R-2024-031', date: '2024-06-01' }] }, {
      asOf: '2024-06-01',
      recordedInspections: [{ recordId: 'R-2024-031', date: '2024-06-01' }],
      recordedSamplings: [{ recordId: 'S-9', date: '2024-04-01' }],
    });
    expect(d.outcome).toEqual({ status: 'incomplete', missingParts: [], unfiledInspections: [], unfiledSamplings: ['S-9'], missing: [] });
  });
});

describe('Article 13: an unfiled routine inspection alone makes the dossier incomplete', () => {
  it('all parts present, samplings filed, one inspection not in the dossier', () => {
    const d = dossierCompleteness(
      {
        enterpriseId: '91350100M000100Y43',
        basicInformation: { name: '某公司' },
        certificateText: { licenseNumber: '吉XK16-204-00397', documentRef: 'a.pdf' },
        supervisorySamplingResults: [],
        routineInspectionRecords: [],
      },
      { asOf: '2024-06-01', recordedInspections: [{ recordId: 'R-9', date: '2024-05-01' }], recordedSamplings: [] },
    );
    expect(d.outcome).toEqual({ status: 'incomplete', missingParts: [], unfiledInspections: ['R-9'], unfiledSamplings: [], missing: [] });
  });

  it('the step for a missing inspection list and for a missing sampling list say different things', () => {
    const d = dossierCompleteness({ enterpriseId: '91350100M000100Y43' }, { asOf: '2024-06-01' });
    const [inspections, samplings] = d.trace.slice(4);
    expect(inspections?.message.en).not.toBe(samplings?.message.en);
    expect(inspections?.message['zh-CN']).not.toBe(samplings?.message['zh-CN']);
  });
});

// The message of a step must say which way the check went. The test asserts a key term that
// carries the fact, taken from the regulation's own text, or a structural property of the
// sentence, never its wording (docs/testing.md, "Mutants in messages").
describe('Article 13: a missing list is named by its kind (检查记录 / 抽样检验记录)', () => {
  it('no list of samplings given → the message speaks of sampling (抽样); no list of inspections → it does not', () => {
    const asOf = '2024-07-01';
    const noSamplings = dossierCompleteness(fullDossier(), { asOf, recordedInspections: [] });
    expect(zhOf(noSamplings, 'art13.sampling_records_filed')).toContain('抽样');
    expect(enOf(noSamplings, 'art13.sampling_records_filed')).toContain('sampling');
    const noInspections = dossierCompleteness(fullDossier(), { asOf, recordedSamplings: [] });
    expect(zhOf(noInspections, 'art13.inspection_records_filed')).not.toContain('抽样');
    expect(enOf(noInspections, 'art13.inspection_records_filed')).not.toContain('sampling');
  });
});
