// Article 10: "责令企业限期整改，并在整改期过后对企业进行复查。复查结束后，应将《获证企业巡查、回访记录》、
// 企业整改资料等记录文书归档。" Order 2024-05-10, deadline 2024-06-10 (the period's last day).
import { describe, expect, it } from 'vitest';
import {
  NotInForceError,
  RuleInputError,
  rectificationStatus,
  samplingEligibility,
  type ReinspectionInput,
} from '../../src/index.js';
import { order, thrown } from './fixtures.js';
import { traceSteps } from '../support/trace.js';
import { inputIssues } from '../support/issues.js';

const passed: ReinspectionInput = { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-13', materialsFiledOn: '2024-06-14' };

describe('rectificationStatus (Article 10)', () => {
  it("before the deadline, and on it: 'open'", () => {
    for (const asOf of ['2024-05-10', '2024-06-01', '2024-06-10']) {
      const d = rectificationStatus(order(), { asOf });
      expect(d.outcome).toEqual({ status: 'open', deadline: '2024-06-10', outstandingFiling: [] });
      expect(d.basis).toEqual([{ article: 10 }]);
    }
  });

  it("after the deadline with no re-inspection: 'reinspection_due'", () => {
    const d = rectificationStatus(order(), { asOf: '2024-06-11' });
    expect(d.outcome.status).toBe('reinspection_due');
    expect(d.trace.map((s) => [s.rule, s.passed])).toEqual([
      ['art10.rectification_period_ended', true],
      ['art10.reinspection_recorded', false],
    ]);
  });

  it("re-inspection after the deadline, passed, record and materials filed: 'closed'", () => {
    const d = rectificationStatus(order(), { asOf: '2024-06-20', reinspection: passed });
    expect(d.outcome).toEqual({ status: 'closed', deadline: '2024-06-10', outstandingFiling: [] });
    expect(d.trace.map((s) => s.rule)).toEqual([
      'art10.rectification_period_ended',
      'art10.reinspection_recorded',
      'art10.reinspection_after_period',
      'art10.reinspection_passed',
      'art10.inspection_record_filed',
      'art10.rectification_materials_filed',
    ]);
  });

  it("passed but not (yet) filed: 'filing_due', listing what is outstanding", () => {
    const { materialsFiledOn: _m, ...noMaterials } = passed;
    expect(rectificationStatus(order(), { asOf: '2024-06-20', reinspection: noMaterials }).outcome).toEqual({
      status: 'filing_due',
      deadline: '2024-06-10',
      outstandingFiling: ['rectification_materials'],
    });
    // Filed on 06-13 and 06-14: as of 06-13 the materials are not yet filed.
    // English: "materials were", a sentence starting with a capital.
    expect(rectificationStatus(order(), { asOf: '2024-06-20', reinspection: passed }).trace.slice(-2).map((s) => s.message.en)).toEqual([
      'The Patrol and Follow-up Record was filed on 2024-06-13',
      "The enterprise's rectification materials were filed on 2024-06-14",
    ]);
    expect(rectificationStatus(order(), { asOf: '2024-06-13', reinspection: passed }).outcome.outstandingFiling).toEqual([
      'rectification_materials',
    ]);
    const { recordFiledOn: _r, ...nothingFiled } = noMaterials;
    expect(rectificationStatus(order(), { asOf: '2024-06-20', reinspection: nothingFiled }).outcome.outstandingFiling).toEqual([
      'inspection_record',
      'rectification_materials',
    ]);
  });

  it("re-inspection failed: 'failed', citing Article 15¶2 item 3 — which samplingEligibility then applies", () => {
    const d = rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-06-12', passed: false } });
    expect(d.outcome).toEqual({
      status: 'failed',
      deadline: '2024-06-10',
      outstandingFiling: ['inspection_record', 'rectification_materials'],
    });
    expect(d.basis).toEqual([{ article: 10 }, { article: 15, paragraph: 2, item: 3 }]);
    // Every provision of the basis has its step (issue 3: the trace shows every condition).
    expect(d.trace.map((s) => [s.rule, s.basis])).toEqual([
      ['art10.rectification_period_ended', { article: 10 }],
      ['art10.reinspection_recorded', { article: 10 }],
      ['art10.reinspection_after_period', { article: 10 }],
      ['art10.reinspection_passed', { article: 10 }],
      ['art15.para2.item3.rectification_failed', { article: 15, paragraph: 2, item: 3 }],
      ['art10.inspection_record_filed', { article: 10 }],
      ['art10.rectification_materials_filed', { article: 10 }],
    ]);
    expect(d.trace[4]).toMatchObject({ passed: true, facts: { passed: false } });
    const sampling = samplingEligibility({ asOf: '2024-06-20', findings: { rectification: 'failed_reinspection' } });
    expect(sampling.outcome.grounds).toEqual(['rectification_failed']);
  });

  it('a re-inspection before the deadline (or on it) is not the Article 10 re-inspection', () => {
    for (const date of ['2024-06-01', '2024-06-10']) {
      const early = { date, passed: true, recordFiledOn: date, materialsFiledOn: date };
      expect(rectificationStatus(order(), { asOf: '2024-06-05' > date ? '2024-06-05' : date, reinspection: early }).outcome.status).toBe('open');
      const after = rectificationStatus(order(), { asOf: '2024-06-20', reinspection: early });
      expect(after.outcome.status).toBe('reinspection_due');
      expect(after.trace.find((s) => s.rule === 'art10.reinspection_after_period')).toMatchObject({
        passed: false,
        facts: { reinspectionDate: date, deadline: '2024-06-10' },
      });
    }
  });

  it('a re-inspection dated after asOf has not happened yet', () => {
    const d = rectificationStatus(order(), { asOf: '2024-06-11', reinspection: passed });
    expect(d.outcome.status).toBe('reinspection_due');
    expect(d.trace[1]?.message.en).toBe('The re-inspection dated 2024-06-12 is after 2024-06-11: not yet happened');
  });

  it('invalid input: deadline before order, re-inspection before order, order after asOf', () => {
    const deadline = thrown(() => rectificationStatus({ ...order(), deadline: '2024-05-09' }, { asOf: '2024-06-01' }));
    expect((deadline as RuleInputError).issues).toMatchObject([{ path: ['deadline'], code: 'DATE_ORDER' }]);
    const reinspection = thrown(() =>
      rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-05-09', passed: true } }),
    );
    expect((reinspection as RuleInputError).issues).toMatchObject([{ path: ['reinspection', 'date'], code: 'DATE_ORDER' }]);
    const future = thrown(() => rectificationStatus(order(), { asOf: '2024-05-09' }));
    expect((future as RuleInputError).issues).toMatchObject([{ path: ['orderedOn'], code: 'RECORD_AFTER_AS_OF' }]);
    expect(thrown(() => rectificationStatus({ ...order(), orderedOn: '2020-11-01' }, { asOf: '2024-01-01' }))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-06-12' } as never }))).toBeInstanceOf(RuleInputError);
  });
});

// The whole trace (Article 10: "责令企业限期整改，并在整改期过后对企业进行复查。复查结束后，应将
// 《获证企业巡查、回访记录》、企业整改资料等记录文书归档"). Order 2024-05-10, deadline 2024-06-10
// (test/rules/fixtures.ts). Expected steps and facts are worked out by hand from the article and
// the inputs; absent facts are null.
describe('rectificationStatus: the full trace (hand-derived from Article 10)', () => {
  const A10 = { article: 10 };

  it('closed: period ended, re-inspected after it, passed, both documents filed by asOf', () => {
    const d = rectificationStatus(order(), {
      asOf: '2024-06-20',
      reinspection: { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-13', materialsFiledOn: '2024-06-20' },
    });
    expect(d.outcome).toEqual({ status: 'closed', deadline: '2024-06-10', outstandingFiling: [] });
    expect(d.basis).toEqual([A10]);
    expect(d.higherLaw).toEqual([]);
    expect(traceSteps(d)).toStrictEqual([
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
    expect(traceSteps(d).slice(4)).toEqual([
      { rule: 'art10.inspection_record_filed', basis: A10, passed: false, facts: { filedOn: '2024-06-21', asOf: '2024-06-20' } },
      { rule: 'art10.rectification_materials_filed', basis: A10, passed: false, facts: { filedOn: null, asOf: '2024-06-20' } },
    ]);
  });

  it('failed: re-inspected after the period and not passed; cites Article 15¶2 item 3 as well', () => {
    const d = rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-06-11', passed: false } });
    expect(d.outcome.status).toBe('failed');
    expect(d.basis).toEqual([A10, { article: 15, paragraph: 2, item: 3 }]);
    expect(traceSteps(d).slice(2, 4)).toEqual([
      { rule: 'art10.reinspection_after_period', basis: A10, passed: true, facts: { reinspectionDate: '2024-06-11', deadline: '2024-06-10' } },
      { rule: 'art10.reinspection_passed', basis: A10, passed: false, facts: { passed: false } },
    ]);
  });

  it('a re-inspection on or before the deadline is not the one "整改期过后": still reinspection_due', () => {
    for (const date of ['2024-06-10', '2024-06-01']) {
      const d = rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date, passed: true, recordFiledOn: '2024-06-13', materialsFiledOn: '2024-06-13' } });
      expect(d.outcome).toEqual({ status: 'reinspection_due', deadline: '2024-06-10', outstandingFiling: [] });
      expect(traceSteps(d).map((s) => [s.rule, s.passed])).toEqual([
        ['art10.rectification_period_ended', true],
        ['art10.reinspection_recorded', true],
        ['art10.reinspection_after_period', false],
      ]);
      expect(traceSteps(d)[2]?.facts).toEqual({ reinspectionDate: date, deadline: '2024-06-10' });
    }
  });

  it('a re-inspection dated after asOf has not happened as of asOf', () => {
    const d = rectificationStatus(order(), { asOf: '2024-06-15', reinspection: { date: '2024-06-16', passed: true } });
    expect(d.outcome.status).toBe('reinspection_due');
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art10.rectification_period_ended', basis: A10, passed: true, facts: { orderedOn: '2024-05-10', deadline: '2024-06-10', asOf: '2024-06-15' } },
      { rule: 'art10.reinspection_recorded', basis: A10, passed: false, facts: { reinspectionDate: '2024-06-16', asOf: '2024-06-15' } },
    ]);
    const none = rectificationStatus(order(), { asOf: '2024-06-15' });
    expect(traceSteps(none)[1]?.facts).toEqual({ reinspectionDate: null, asOf: '2024-06-15' });
  });
});

describe('Article 10: a re-inspection on the day of the order is not before it', () => {
  it('accepted (reinspection_due: it is within the period); the day before is DATE_ORDER', () => {
    const d = rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-05-10', passed: true } });
    expect(d.outcome.status).toBe('reinspection_due');
    expect(inputIssues(() => rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-05-09', passed: true } }))).toMatchObject([
      { path: ['reinspection', 'date'], code: 'DATE_ORDER' },
    ]);
  });
});
