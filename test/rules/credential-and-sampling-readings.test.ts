// Readings pinned here (docs/interpretation.md, "Second reading: special inspections, the city's quota,
// credentials, the last day of a period, Article 16"):
// - 第十六条 在企业成品仓库内或生产现场检验合格的产品中随机抽取: "检验合格的产品" governs both places, so a
//   sample taken on the production site must also come from products that passed inspection.
// - 第八条 / 第九条第一款: the draw checks credentials on its own date (the only date it has, recorded as
//   `asOf`); the inspection record is checked on the inspection date (持合法有效证件 when the inspection
//   takes place). Each rule asks on its own date, and the second does not trust the first.
import { describe, expect, it } from 'vitest';
import { assessInspectionRecord, assessSamplingRecord, drawInspections } from '../../src/index.js';
import { plainEnterprises } from '../draw/helpers.js';
import { goodRecord, goodSampling } from './fixtures.js';

describe('Article 16: 检验合格的产品 on the production site too', () => {
  it('a sample on the production site from products that had not passed inspection: NOT_FROM_PASSED_PRODUCTS', () => {
    const d = assessSamplingRecord({ ...goodSampling(), location: 'production_site', fromPassedOutgoingInspection: false }, { asOf: '2024-03-20' });
    expect(d.outcome.problems).toEqual(['NOT_FROM_PASSED_PRODUCTS']);
    expect(d.basis).toEqual([{ article: 16 }]);
  });

  it('on the production site from products that passed: compliant', () => {
    const d = assessSamplingRecord({ ...goodSampling(), location: 'production_site', fromPassedOutgoingInspection: true }, { asOf: '2024-03-20' });
    expect(d.outcome.status).toBe('compliant');
  });
});

describe('credentials: the draw on its date, the inspection on its own', () => {
  const enterprises = plainEnterprises(10); // ratio 0.1 of 10 → 1 selected
  const draw = (asOf: string) =>
    drawInspections({
      seed: '1-2-3-4',
      asOf,
      ratio: 0.1,
      enterprises,
      inspectors: [
        { id: 'A', credentialValidUntil: '2024-03-01' },
        { id: 'B', credentialValidUntil: '2026-12-31' },
        { id: 'C', credentialValidUntil: '2026-12-31' },
      ],
    });

  it('a credential valid until the draw day is valid for the draw; a day later it is not', () => {
    expect(draw('2024-03-01').excluded).toEqual([]);
    expect(draw('2024-03-02').excluded).toEqual([{ kind: 'inspector', id: 'A', reason: 'CREDENTIAL_EXPIRED' }]);
  });

  it('drawn on 1 March, inspected on 5 March: the record finds the credential expired on the inspection day', () => {
    // Only A and B: the one team of two must be A and B.
    const d = drawInspections({
      seed: '1-2-3-4',
      asOf: '2024-03-01',
      ratio: 0.1,
      enterprises,
      inspectors: [
        { id: 'A', credentialValidUntil: '2024-03-01' },
        { id: 'B', credentialValidUntil: '2026-12-31' },
      ],
    });
    expect(d.excluded).toEqual([]);
    const assignment = d.assignments[0]!;
    expect([...assignment.inspectorIds].sort()).toEqual(['A', 'B']);
    const record = {
      ...goodRecord(),
      enterpriseId: assignment.enterpriseId,
      date: '2024-03-05',
      inspectors: [
        { id: 'A', name: '张三', credentialNumber: '吉0800123', credentialValidUntil: '2024-03-01' },
        { id: 'B', name: '王五', credentialNumber: '吉0800456', credentialValidUntil: '2026-12-31' },
      ],
      signatures: { inspectorIds: ['A', 'B'], enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-03-05' } },
      filedOn: '2024-03-06',
    };
    // On 5 March only B holds a valid credential: fewer than 2 (Article 9¶1), and A's has expired.
    expect(assessInspectionRecord(record, { asOf: '2024-03-10' }).outcome).toEqual({
      valid: false,
      problems: ['TOO_FEW_INSPECTORS', 'CREDENTIAL_EXPIRED'],
    });
  });
});
