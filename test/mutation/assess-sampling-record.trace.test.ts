// Mutation-testing follow-up: assessSamplingRecord's full trace. Article 16 (在成品库或生产现场、
// 出厂检验合格的产品中抽样，填写抽样单，封样), Article 17 (7日内送有资质的检验机构；不得收取检验费),
// Article 21 (不得收取费用), and the Civil Code period rules (Arts 201, 203, 1259) for the 7 days.
// Fixture (test/rules/fixtures.ts): sampled and sealed 2024-03-01, sent 2024-03-05, fee 0.
// Expected steps and facts worked out by hand: 2024-03-01 + 7 days = 2024-03-08.
import { describe, expect, it } from 'vitest';
import { assessSamplingRecord, type Decision, type TraceStep } from '../../src/index.js';
import { goodSampling } from '../rules/fixtures.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const A16 = { article: 16 };
const A17 = { article: 17 };
const LAWS = [
  { law: '中华人民共和国产品质量法', article: 15 },
  { law: '中华人民共和国民法典', article: 201 },
  { law: '中华人民共和国民法典', article: 1259 },
  { law: '中华人民共和国民法典', article: 203 },
];

describe('assessSamplingRecord: the full trace (hand-derived from Articles 16, 17, 21)', () => {
  it('the fixture sampling, as of 2024-03-10: compliant, every step as expected', () => {
    const d = assessSamplingRecord(goodSampling(), { asOf: '2024-03-10' });
    expect(d.outcome).toEqual({ status: 'compliant', problems: [], dispatchDeadline: '2024-03-08' });
    expect(d.basis).toEqual([A16, A17, { article: 21 }]);
    expect(d.higherLaw).toEqual(LAWS);
    expect(steps(d)).toStrictEqual([
      { rule: 'art16.location', basis: A16, passed: true, facts: { location: 'finished_goods_warehouse', permitted: ['finished_goods_warehouse', 'production_site'] } },
      { rule: 'art16.passed_products', basis: A16, passed: true, facts: { fromPassedOutgoingInspection: true } },
      { rule: 'art16.sampling_form', basis: A16, passed: true, facts: { samplingFormCompleted: true } },
      { rule: 'art16.sealed', basis: A16, passed: true, facts: { sealedOn: '2024-03-01', asOf: '2024-03-10' } },
      { rule: 'art17.qualified_laboratory', basis: A17, passed: true, facts: { laboratory: '吉林省产品质量监督检验院', qualified: true } },
      { rule: 'art17.dispatch_period', basis: A17, passed: true, facts: { parameter: 'sampleDispatchDays', days: 7, sealedOn: '2024-03-01', counting: 'calendar_days' } },
      { rule: 'art17.civil_code_201_start_day_not_counted', basis: A17, passed: true, facts: { sealedOn: '2024-03-01', days: 7, lastDay: '2024-03-08' } },
      // Friday 2024-03-08: a working day under 国办发明电〔2023〕7号 (the official calendar, no calendar given).
      { rule: 'art17.civil_code_203_rest_day', basis: A17, passed: true, facts: { lastDay: '2024-03-08', calendarGiven: false, calendar: 'official', notices: ['国办发明电〔2023〕7号'], deadline: '2024-03-08' } },
      { rule: 'art17.sent_within_period', basis: A17, passed: true, facts: { sentOn: '2024-03-05', deadline: '2024-03-08', asOf: '2024-03-10' } },
      { rule: 'art17.no_testing_fee', basis: A17, passed: true, facts: { feeCharged: 0 } },
      { rule: 'art21.no_fee', basis: { article: 21 }, passed: true, facts: { feeCharged: 0 } },
    ]);
  });

  it('everything wrong: every problem in schema order, each with its article(s)', () => {
    const s = { ...goodSampling(), location: 'other' as const, fromPassedOutgoingInspection: false, samplingFormCompleted: false, laboratory: { name: '某检测站', qualified: false }, feeCharged: 300, sentOn: '2024-03-09' };
    delete (s as { sealedOn?: string }).sealedOn;
    const d = assessSamplingRecord(s, { asOf: '2024-03-10' });
    expect(d.outcome).toEqual({
      status: 'non_compliant',
      problems: ['SAMPLED_OUTSIDE_PERMITTED_LOCATION', 'NOT_FROM_PASSED_PRODUCTS', 'SAMPLING_FORM_INCOMPLETE', 'NOT_SEALED', 'LABORATORY_NOT_QUALIFIED', 'SENT_LATE', 'FEE_CHARGED'],
      // Not sealed: the 7 days run from the sampling day, 2024-03-01.
      dispatchDeadline: '2024-03-08',
    });
    expect(d.basis).toEqual([A16, A17, { article: 21 }]);
    expect(steps(d).map((x) => [x.rule, x.passed])).toEqual([
      ['art16.location', false],
      ['art16.passed_products', false],
      ['art16.sampling_form', false],
      ['art16.sealed', false],
      ['art17.qualified_laboratory', false],
      ['art17.dispatch_period', true],
      ['art17.civil_code_201_start_day_not_counted', true],
      ['art17.civil_code_203_rest_day', true],
      ['art17.sent_within_period', false],
      ['art17.no_testing_fee', false],
      ['art21.no_fee', false],
    ]);
    expect(steps(d)[3]?.facts).toEqual({ sealedOn: null, asOf: '2024-03-10' });
    expect(steps(d)[4]?.facts).toEqual({ laboratory: '某检测站', qualified: false });
    expect(steps(d)[9]?.facts).toEqual({ feeCharged: 300 });
  });

  it('sent on the 7th day is in time; not sent: awaiting until the deadline, NOT_SENT after it', () => {
    const onTime = { ...goodSampling(), sentOn: '2024-03-08' };
    expect(assessSamplingRecord(onTime, { asOf: '2024-03-10' }).outcome.status).toBe('compliant');
    const unsent = goodSampling();
    delete (unsent as { sentOn?: string }).sentOn;
    const awaiting = assessSamplingRecord(unsent, { asOf: '2024-03-08' });
    expect(awaiting.outcome).toEqual({ status: 'awaiting_dispatch', problems: [], dispatchDeadline: '2024-03-08' });
    expect(awaiting.trace.find((x) => x.rule === 'art17.sent_within_period')).toMatchObject({ passed: true, facts: { sentOn: null, deadline: '2024-03-08', asOf: '2024-03-08' } });
    const overdue = assessSamplingRecord(unsent, { asOf: '2024-03-09' });
    expect(overdue.outcome).toEqual({ status: 'non_compliant', problems: ['NOT_SENT'], dispatchDeadline: '2024-03-08' });
    expect(overdue.basis).toEqual([A17]);
    // Sent after asOf counts as not (yet) sent.
    const future = assessSamplingRecord({ ...goodSampling(), sentOn: '2024-03-11' }, { asOf: '2024-03-09' });
    expect(future.outcome.problems).toEqual(['NOT_SENT']);
  });

  it('a fee alone cites Articles 17 and 21; sampled at the production site is permitted', () => {
    const d = assessSamplingRecord({ ...goodSampling(), location: 'production_site', feeCharged: 1 }, { asOf: '2024-03-10' });
    expect(d.outcome.problems).toEqual(['FEE_CHARGED']);
    expect(d.basis).toEqual([A17, { article: 21 }]);
    // The higher law follows the problems, as the basis does: 产品质量法 Art 15 for the fee only.
    expect(d.higherLaw).toEqual(LAWS.slice(0, 1));
  });

  it('higherLaw follows the problems: not sealed alone cites none, sent late the Civil Code periods', () => {
    const { sealedOn: _s, ...unsealed } = goodSampling();
    const notSealed = assessSamplingRecord(unsealed, { asOf: '2024-03-10' });
    expect(notSealed.outcome.problems).toEqual(['NOT_SEALED']);
    expect(notSealed.higherLaw).toEqual([]);
    const late = assessSamplingRecord({ ...goodSampling(), sentOn: '2024-03-09' }, { asOf: '2024-03-10' });
    expect(late.outcome.problems).toEqual(['SENT_LATE']);
    expect(late.higherLaw).toEqual(LAWS.slice(1));
  });

  it("counting 'working_days' with a weekend calendar: the 7th working day after Friday 2024-03-01 is 2024-03-12", () => {
    const weekends = { isRestDay: (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) };
    const d = assessSamplingRecord({ ...goodSampling(), sentOn: '2024-03-12' }, { asOf: '2024-03-20', calendar: weekends, counting: 'working_days' });
    expect(d.outcome).toEqual({ status: 'compliant', problems: [], dispatchDeadline: '2024-03-12' });
    expect(d.higherLaw).toEqual(LAWS.slice(0, 3));
  });
});
