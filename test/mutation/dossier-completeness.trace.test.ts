// Mutation-testing follow-up: dossierCompleteness's full trace. Article 13: 质量档案 includes the
// enterprise's basic information, the certificate text, supervisory sampling results and routine
// inspection records. Expected steps and facts worked out by hand from the article and inputs.
import { describe, expect, it } from 'vitest';
import { dossierCompleteness, type Decision, type TraceStep } from '../../src/index.js';
import { ENTERPRISE, fullDossier } from '../rules/fixtures.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const A13 = { article: 13 };
const PARTS = ['basic_information', 'certificate_text', 'supervisory_sampling_results', 'routine_inspection_records'];

describe('dossierCompleteness: the full trace (hand-derived from Article 13)', () => {
  it('all four parts, every recorded inspection and sampling filed: complete', () => {
    const d = dossierCompleteness(fullDossier(), {
      asOf: '2024-06-01',
      recordedInspections: [{ recordId: 'R-2024-031', date: '2024-05-10' }],
      recordedSamplings: [{ recordId: 'S-2024-007', date: '2024-03-01' }],
    });
    expect(d.outcome).toEqual({ status: 'complete', missingParts: [], unfiledInspections: [], unfiledSamplings: [], missing: [] });
    expect(d.basis).toEqual([A13]);
    expect(steps(d)).toStrictEqual([
      ...PARTS.map((part) => ({ rule: `art13.part.${part}`, basis: A13, passed: true, facts: { part, present: true } })),
      { rule: 'art13.inspection_record_filed', basis: A13, passed: true, facts: { recordId: 'R-2024-031', date: '2024-05-10' } },
      { rule: 'art13.sampling_record_filed', basis: A13, passed: true, facts: { recordId: 'S-2024-007', date: '2024-03-01' } },
    ]);
  });

  it('no lists of recorded work: insufficient information, both lists missing, null facts', () => {
    const d = dossierCompleteness(fullDossier(), { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({ status: 'insufficient_information', missingParts: [], unfiledInspections: [], unfiledSamplings: [], missing: ['recordedInspections', 'recordedSamplings'] });
    expect(steps(d).slice(4)).toEqual([
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
    expect(steps(d)).toStrictEqual([
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
