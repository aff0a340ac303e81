// Mutation-testing follow-up for src/entities/: the DATE_ORDER refinement shared by the entity
// schemas. Each schema documents (in its JSDoc) which dates may not come before which, and that
// the issue is reported at the later field's path with code DATE_ORDER. The messages are checked
// only for what docs/testing.md asks of every message: both dates stated, no unrendered value
// (`undefined`) in either language — never their wording.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  bilingualIssues,
  credentialSchema,
  inspectionRecordSchema,
  productionLicenseSchema,
  recordInspectorSchema,
  reinspectionSchema,
  samplingRecordSchema,
  type LocalizedIssue,
} from '../../src/index.js';
import { goodRecord, goodSampling } from '../rules/fixtures.js';

/** The issues of an input, after checking there is exactly one DATE_ORDER issue, at `path`. */
function dateOrder(schema: z.ZodType, input: unknown, path: readonly (string | number)[]): LocalizedIssue {
  const issues = bilingualIssues(schema, input).filter((i) => i.code === 'DATE_ORDER');
  expect(issues.map((i) => i.path)).toEqual([path]);
  return issues[0]!;
}

/** Both languages state both dates and hold no unrendered value. */
function expectRendered(issue: LocalizedIssue, earlier: string, later: string): void {
  for (const text of [issue.message['zh-CN'], issue.message.en]) {
    expect(text).not.toContain('undefined');
    expect(text).toContain(earlier);
    expect(text).toContain(later);
  }
}

describe('credentials: validFrom may not be after validUntil (credentialSchema JSDoc)', () => {
  it('inspector credential: DATE_ORDER at ["validUntil"], both dates named in the message', () => {
    const issue = dateOrder(
      credentialSchema,
      { number: '吉0800123', validFrom: '2024-03-01', validUntil: '2024-02-01' },
      ['validUntil'],
    );
    expectRendered(issue, '2024-03-01', '2024-02-01');
  });

  it('credential on an inspection record: DATE_ORDER at ["credentialValidUntil"] (recordInspectorSchema JSDoc)', () => {
    const input = {
      id: 'BC-017',
      name: '张三',
      credentialNumber: '吉0800123',
      credentialValidFrom: '2024-03-01',
      credentialValidUntil: '2024-02-01',
    };
    expectRendered(dateOrder(recordInspectorSchema, input, ['credentialValidUntil']), '2024-03-01', '2024-02-01');
  });
});

describe('an invalid date is reported once, by its own check, never also as DATE_ORDER (refinements.ts contract)', () => {
  // 2024-02-30 does not exist (February 2024 has 29 days). Compared as text it sorts after
  // 2024-02-01 and before 2024-03-01, so a DATE_ORDER check that let it through would fire.
  it('impossible validFrom, earlier-looking validUntil: only DATE_IMPOSSIBLE at ["validFrom"]', () => {
    const issues = bilingualIssues(credentialSchema, {
      number: '吉0800123',
      validFrom: '2024-02-30',
      validUntil: '2024-02-01',
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['validFrom'], 'DATE_IMPOSSIBLE']]);
  });

  it('valid validFrom, impossible validUntil that sorts before it: only DATE_IMPOSSIBLE at ["validUntil"]', () => {
    const issues = bilingualIssues(credentialSchema, {
      number: '吉0800123',
      validFrom: '2024-03-01',
      validUntil: '2024-02-30',
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['validUntil'], 'DATE_IMPOSSIBLE']]);
  });
});

describe('production licence: validUntil not before issuedOn (productionLicenseSchema JSDoc)', () => {
  it('DATE_ORDER at ["validUntil"], both dates named', () => {
    const input = {
      number: '吉XK16-204-00397',
      product: '塑料编织袋',
      issuedOn: '2022-03-01',
      validUntil: '2022-02-28',
      issuer: { level: 'provincial' },
    };
    expectRendered(dateOrder(productionLicenseSchema, input, ['validUntil']), '2022-03-01', '2022-02-28');
  });
});

describe('re-inspection: neither filing before the re-inspection (reinspectionSchema JSDoc, Article 10)', () => {
  it('record filed the day before: DATE_ORDER at ["recordFiledOn"]', () => {
    const input = { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-11' };
    expectRendered(dateOrder(reinspectionSchema, input, ['recordFiledOn']), '2024-06-12', '2024-06-11');
  });

  it('materials filed the day before: DATE_ORDER at ["materialsFiledOn"]', () => {
    const input = { date: '2024-06-12', passed: true, materialsFiledOn: '2024-06-11' };
    expectRendered(dateOrder(reinspectionSchema, input, ['materialsFiledOn']), '2024-06-12', '2024-06-11');
  });
});

describe('inspection record: signature and filing not before the inspection, filing not before the signature', () => {
  // inspectionRecordSchema JSDoc: "the enterprise cannot sign before the inspection, nor the
  // record be filed before the inspection or the enterprise's signature". The fixture record is
  // dated 2024-05-10.
  const signedOnPath = ['signatures', 'enterpriseResponsiblePerson', 'signedOn'];

  it('signed the day before the inspection: DATE_ORDER at the signature date', () => {
    const r = goodRecord();
    const input = {
      ...r,
      signatures: { ...r.signatures, enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-09' } },
    };
    expectRendered(dateOrder(inspectionRecordSchema, input, signedOnPath), '2024-05-10', '2024-05-09');
  });

  it('filed the day before the inspection, no signature: DATE_ORDER at ["filedOn"]', () => {
    const r = goodRecord();
    const input = { ...r, signatures: { inspectorIds: r.signatures.inspectorIds }, filedOn: '2024-05-09' };
    expectRendered(dateOrder(inspectionRecordSchema, input, ['filedOn']), '2024-05-10', '2024-05-09');
  });

  it('filed after the inspection but before the signature: DATE_ORDER at ["filedOn"], naming the signature date', () => {
    const r = goodRecord();
    const input = {
      ...r,
      signatures: { ...r.signatures, enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-15' } },
      filedOn: '2024-05-13',
    };
    expectRendered(dateOrder(inspectionRecordSchema, input, ['filedOn']), '2024-05-15', '2024-05-13');
  });
});

describe('sampling record: sealing not before sampling, sending not before sealing (samplingRecordSchema JSDoc)', () => {
  it('sealed the day before sampling: DATE_ORDER at ["sealedOn"]', () => {
    // sentOn 2024-03-05 is after both, so only the sealing is out of order.
    const input = { ...goodSampling(), sampledOn: '2024-03-02', sealedOn: '2024-03-01' };
    expectRendered(dateOrder(samplingRecordSchema, input, ['sealedOn']), '2024-03-02', '2024-03-01');
  });

  it('sent after sampling but before sealing: DATE_ORDER at ["sentOn"], naming the sealing date', () => {
    const input = { ...goodSampling(), sampledOn: '2024-03-01', sealedOn: '2024-03-04', sentOn: '2024-03-03' };
    expectRendered(dateOrder(samplingRecordSchema, input, ['sentOn']), '2024-03-04', '2024-03-03');
  });

  it('no sealing date, sent before sampling: DATE_ORDER at ["sentOn"], naming the sampling date', () => {
    const { sealedOn: _omitted, ...rest } = goodSampling();
    const input = { ...rest, sampledOn: '2024-03-02', sentOn: '2024-03-01' };
    expectRendered(dateOrder(samplingRecordSchema, input, ['sentOn']), '2024-03-02', '2024-03-01');
  });
});
