// Mutation-testing follow-up: rectificationStatus's full trace (Article 10: "责令企业限期整改，并在
// 整改期过后对企业进行复查。复查结束后，应将《获证企业巡查、回访记录》、企业整改资料等记录文书归档").
// Order 2024-05-10, deadline 2024-06-10 (test/rules/fixtures.ts). Expected steps and facts are
// worked out by hand from the article and the inputs; absent facts are null.
import { describe, expect, it } from 'vitest';
import { rectificationStatus, type Decision, type TraceStep } from '../../src/index.js';
import { order } from '../rules/fixtures.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const A10 = { article: 10 };

describe('rectificationStatus: the full trace (hand-derived from Article 10)', () => {
  it('closed: period ended, re-inspected after it, passed, both documents filed by asOf', () => {
    const d = rectificationStatus(order(), {
      asOf: '2024-06-20',
      reinspection: { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-13', materialsFiledOn: '2024-06-20' },
    });
    expect(d.outcome).toEqual({ status: 'closed', deadline: '2024-06-10', outstandingFiling: [] });
    expect(d.basis).toEqual([A10]);
    expect(d.higherLaw).toEqual([]);
    expect(steps(d)).toStrictEqual([
      { rule: 'art10.rectification_period_ended', basis: A10, passed: true, facts: { orderedOn: '2024-05-10', deadline: '2024-06-10', asOf: '2024-06-20' } },
      { rule: 'art10.reinspection_recorded', basis: A10, passed: true, facts: { reinspectionDate: '2024-06-12', asOf: '2024-06-20' } },
      { rule: 'art10.reinspection_after_period', basis: A10, passed: true, facts: { reinspectionDate: '2024-06-12', deadline: '2024-06-10' } },
      { rule: 'art10.reinspection_passed', basis: A10, passed: true, facts: { passed: true } },
      { rule: 'art10.inspection_record_filed', basis: A10, passed: true, facts: { filedOn: '2024-06-13', asOf: '2024-06-20' } },
      { rule: 'art10.rectification_materials_filed', basis: A10, passed: true, facts: { filedOn: '2024-06-20', asOf: '2024-06-20' } },
    ]);
  });

  it('filing_due: passed but neither document filed; a filing dated after asOf is not yet filed', () => {
    const d = rectificationStatus(order(), {
      asOf: '2024-06-20',
      reinspection: { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-21' },
    });
    expect(d.outcome).toEqual({ status: 'filing_due', deadline: '2024-06-10', outstandingFiling: ['inspection_record', 'rectification_materials'] });
    expect(steps(d).slice(4)).toEqual([
      { rule: 'art10.inspection_record_filed', basis: A10, passed: false, facts: { filedOn: '2024-06-21', asOf: '2024-06-20' } },
      { rule: 'art10.rectification_materials_filed', basis: A10, passed: false, facts: { filedOn: null, asOf: '2024-06-20' } },
    ]);
  });

  it('failed: re-inspected after the period and not passed; cites Article 15¶2 item 3 as well', () => {
    const d = rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-06-11', passed: false } });
    expect(d.outcome.status).toBe('failed');
    expect(d.basis).toEqual([A10, { article: 15, paragraph: 2, item: 3 }]);
    expect(steps(d).slice(2, 4)).toEqual([
      { rule: 'art10.reinspection_after_period', basis: A10, passed: true, facts: { reinspectionDate: '2024-06-11', deadline: '2024-06-10' } },
      { rule: 'art10.reinspection_passed', basis: A10, passed: false, facts: { passed: false } },
    ]);
  });

  it('a re-inspection on or before the deadline is not the one "整改期过后": still reinspection_due', () => {
    for (const date of ['2024-06-10', '2024-06-01']) {
      const d = rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date, passed: true, recordFiledOn: '2024-06-13', materialsFiledOn: '2024-06-13' } });
      expect(d.outcome).toEqual({ status: 'reinspection_due', deadline: '2024-06-10', outstandingFiling: [] });
      expect(steps(d).map((s) => [s.rule, s.passed])).toEqual([
        ['art10.rectification_period_ended', true],
        ['art10.reinspection_recorded', true],
        ['art10.reinspection_after_period', false],
      ]);
      expect(steps(d)[2]?.facts).toEqual({ reinspectionDate: date, deadline: '2024-06-10' });
    }
  });

  it('a re-inspection dated after asOf has not happened as of asOf', () => {
    const d = rectificationStatus(order(), { asOf: '2024-06-15', reinspection: { date: '2024-06-16', passed: true } });
    expect(d.outcome.status).toBe('reinspection_due');
    expect(steps(d)).toStrictEqual([
      { rule: 'art10.rectification_period_ended', basis: A10, passed: true, facts: { orderedOn: '2024-05-10', deadline: '2024-06-10', asOf: '2024-06-15' } },
      { rule: 'art10.reinspection_recorded', basis: A10, passed: false, facts: { reinspectionDate: '2024-06-16', asOf: '2024-06-15' } },
    ]);
    const none = rectificationStatus(order(), { asOf: '2024-06-15' });
    expect(steps(none)[1]?.facts).toEqual({ reinspectionDate: null, asOf: '2024-06-15' });
  });
});
