// Articles 16, 17, 21: 在企业成品仓库内或生产现场检验合格的产品中随机抽取和封样 (16); 7日内送有资质的检验机构,
// 不得向企业收取费用 (17); 不得收取任何费用 (21). Deadlines hand-counted as in sample-dispatch-deadline.
import { describe, expect, it } from 'vitest';
import {
  RuleInputError,
  assessSamplingRecord,
  createRestDayCalendar,
  isValidArticleRef,
  samplingRecordProblemSchema,
  samplingRecordProblems,
  type SamplingRecordInput,
} from '../../src/index.js';
import { goodSampling, thrown } from './fixtures.js';
import { enOf, stepOf, traceSteps, zhOf } from '../support/trace.js';

const asOf = '2024-03-20';
const assess = (r: SamplingRecordInput, on = asOf) => assessSamplingRecord(r, { asOf: on });

describe('assessSamplingRecord (Articles 16, 17, 21)', () => {
  it('a sampling done as required is compliant', () => {
    const d = assess(goodSampling());
    expect(d.outcome).toEqual({ status: 'compliant', problems: [], dispatchDeadline: '2024-03-08' });
    expect(d.basis).toEqual([{ article: 16 }, { article: 17 }, { article: 21 }]);
    expect(d.higherLaw[0]).toEqual({ law: '中华人民共和国产品质量法', article: 15 });
    expect(d.trace.map((s) => s.rule)).toEqual([
      'art16.location',
      'art16.passed_products',
      'art16.sampling_form',
      'art16.sealed',
      'art17.qualified_laboratory',
      'art17.dispatch_period',
      'art17.civil_code_201_start_day_not_counted',
      'art17.civil_code_203_rest_day',
      'art17.sent_within_period',
      'art17.no_testing_fee',
      'art21.no_fee',
    ]);
  });

  it('a fee of 0.01 yuan is charged: FEE_CHARGED under Articles 17 and 21', () => {
    const d = assess({ ...goodSampling(), feeCharged: 0.01 });
    expect(d.outcome.problems).toEqual(['FEE_CHARGED']);
    expect(d.basis).toEqual([{ article: 17 }, { article: 21 }]);
    expect(d.trace.filter((s) => !s.passed).map((s) => [s.rule, s.facts])).toEqual([
      ['art17.no_testing_fee', { feeCharged: 0.01 }],
      ['art21.no_fee', { feeCharged: 0.01 }],
    ]);
  });

  it('on the production site is allowed; anywhere else is not', () => {
    expect(assess({ ...goodSampling(), location: 'production_site' }).outcome.status).toBe('compliant');
    const d = assess({ ...goodSampling(), location: 'other' });
    expect(d.outcome.problems).toEqual(['SAMPLED_OUTSIDE_PERMITTED_LOCATION']);
    expect(d.basis).toEqual([{ article: 16 }]);
  });

  it('not from products that passed inspection; sampling form not filled in', () => {
    expect(assess({ ...goodSampling(), fromPassedOutgoingInspection: false }).outcome.problems).toEqual(['NOT_FROM_PASSED_PRODUCTS']);
    expect(assess({ ...goodSampling(), samplingFormCompleted: false }).outcome.problems).toEqual(['SAMPLING_FORM_INCOMPLETE']);
  });

  it('not sealed: NOT_SEALED, and the 7 days run from the sampling day', () => {
    const { sealedOn: _s, ...unsealed } = goodSampling();
    const d = assess({ ...unsealed, sampledOn: '2024-03-02', sentOn: '2024-03-09' });
    // Day 7 is Saturday 2024-03-09, a rest day (国办发明电〔2023〕7号 does not make it worked): Monday 03-11.
    expect(d.outcome).toEqual({ status: 'non_compliant', problems: ['NOT_SEALED'], dispatchDeadline: '2024-03-11' });
    // The trace says where the period starts: no sealing date is recorded as one.
    const period = d.trace.find((s) => s.rule === 'art17.dispatch_period')!;
    expect(period.facts).toMatchObject({ sealedOn: null, sampledOn: '2024-03-02', days: 7 });
    expect(period.message['zh-CN']).toBe('未封样：7 日送检期限（第十七条）自抽样日 2024-03-02 起算');
    const startDay = d.trace.find((s) => s.rule === 'art17.civil_code_201_start_day_not_counted')!;
    expect(startDay.facts).toEqual({ sealedOn: null, sampledOn: '2024-03-02', days: 7, lastDay: '2024-03-09' });
    expect(startDay.message['zh-CN']).toBe('抽样当日不计入（民法典第二百零一条），第 7 日为 2024-03-09');
  });

  it('laboratory without qualification', () => {
    const d = assess({ ...goodSampling(), laboratory: { name: '某检测公司', qualified: false } });
    expect(d.outcome.problems).toEqual(['LABORATORY_NOT_QUALIFIED']);
    expect(d.basis).toEqual([{ article: 17 }]);
  });

  it('sent on day 7 is in time; on day 8 it is late', () => {
    expect(assess({ ...goodSampling(), sentOn: '2024-03-08' }).outcome.status).toBe('compliant');
    const late = assess({ ...goodSampling(), sentOn: '2024-03-09' });
    expect(late.outcome.problems).toEqual(['SENT_LATE']);
    expect(late.trace.find((s) => s.rule === 'art17.sent_within_period')?.facts).toEqual({
      sentOn: '2024-03-09',
      deadline: '2024-03-08',
      asOf,
    });
  });

  it('not sent yet: awaiting dispatch until the deadline, NOT_SENT after it', () => {
    const { sentOn: _s, ...unsent } = goodSampling();
    expect(assess(unsent, '2024-03-08').outcome).toEqual({ status: 'awaiting_dispatch', problems: [], dispatchDeadline: '2024-03-08' });
    expect(assess(unsent, '2024-03-09').outcome.problems).toEqual(['NOT_SENT']);
    // A dispatch dated after asOf has not happened yet.
    expect(assess({ ...goodSampling(), sentOn: '2024-03-05' }, '2024-03-04').outcome.status).toBe('awaiting_dispatch');
  });

  it('a sealing dated after asOf has not happened yet', () => {
    const { sentOn: _s, ...unsent } = goodSampling();
    const d = assess({ ...unsent, sealedOn: '2024-03-03' }, '2024-03-02');
    expect(d.outcome.problems).toEqual(['NOT_SEALED']);
    expect(d.trace.find((s) => s.rule === 'art17.dispatch_period')!.facts).toMatchObject({ sealedOn: null, sampledOn: '2024-03-01' });
  });

  it('the rest-day calendar and counting options are applied (National Day 2024)', () => {
    const record = { ...goodSampling(), sampledOn: '2024-09-28', sealedOn: '2024-09-28', sentOn: '2024-10-08' };
    const calendar = { isRestDay: (d: string) => d >= '2024-10-01' && d <= '2024-10-07' };
    expect(assessSamplingRecord(record, { asOf: '2024-10-20', calendar }).outcome.status).toBe('compliant');
    // Without a calendar the official one applies (国办发明电〔2023〕7号): day 7 (10-05) moves to 10-08.
    expect(assessSamplingRecord(record, { asOf: '2024-10-20' }).outcome).toEqual({ status: 'compliant', problems: [], dispatchDeadline: '2024-10-08' });
    // A calendar with no rest days: day 7 (10-05) is the deadline, so 10-08 is late.
    const noRest = { isRestDay: () => false };
    expect(assessSamplingRecord(record, { asOf: '2024-10-20', calendar: noRest }).outcome.problems).toEqual(['SENT_LATE']);
    // Working days: Sun 09-29 worked (1), Mon 30 (2), Oct 8–11 (3–6), Sat 10-12 worked (7).
    expect(assessSamplingRecord(record, { asOf: '2024-10-20', counting: 'working_days' }).outcome.dispatchDeadline).toBe('2024-10-12');
    // Weekends only (no holidays): Mon 09-30 (1), Oct 1–4 (2–5), Oct 7 (6), Oct 8 (7).
    const weekends = createRestDayCalendar();
    expect(assessSamplingRecord(record, { asOf: '2024-10-20', counting: 'working_days', calendar: weekends }).outcome.dispatchDeadline).toBe('2024-10-08');
  });

  it('all problems at once, each once, in order', () => {
    const { sealedOn: _s, sentOn: _t, ...bare } = goodSampling();
    const d = assess({
      ...bare,
      location: 'other',
      fromPassedOutgoingInspection: false,
      samplingFormCompleted: false,
      laboratory: { name: 'x', qualified: false },
      feeCharged: 200,
    });
    expect(d.outcome.problems).toEqual(samplingRecordProblemSchema.options.filter((p) => p !== 'SENT_LATE'));
  });

  it('every problem code is documented with provisions that exist', () => {
    for (const code of samplingRecordProblemSchema.options) {
      expect(samplingRecordProblems[code].basis.every((ref) => isValidArticleRef(ref))).toBe(true);
    }
  });

  it('a sampling dated after asOf is invalid input', () => {
    const e = thrown(() => assess(goodSampling(), '2024-02-29'));
    expect((e as RuleInputError).issues).toMatchObject([{ path: ['sampledOn'], code: 'RECORD_AFTER_AS_OF' }]);
    expect(thrown(() => assessSamplingRecord(goodSampling(), { asOf, calendar: 'cn' } as never))).toBeInstanceOf(RuleInputError);
  });
});

// The whole trace. Article 16 (在成品库或生产现场、出厂检验合格的产品中抽样，填写抽样单，封样),
// Article 17 (7日内送有资质的检验机构；不得收取检验费), Article 21 (不得收取费用), and the Civil Code
// period rules (Arts 201, 203, 1259) for the 7 days. Fixture (test/rules/fixtures.ts): sampled and
// sealed 2024-03-01, sent 2024-03-05, fee 0. Expected steps and facts worked out by hand:
// 2024-03-01 + 7 days = 2024-03-08.
describe('assessSamplingRecord: the full trace (hand-derived from Articles 16, 17, 21)', () => {
  const A16 = { article: 16 };
  const A17 = { article: 17 };
  const LAWS = [
    { law: '中华人民共和国产品质量法', article: 15 },
    { law: '中华人民共和国民法典', article: 201 },
    { law: '中华人民共和国民法典', article: 1259 },
    { law: '中华人民共和国民法典', article: 203 },
  ];

  it('the fixture sampling, as of 2024-03-10: compliant, every step as expected', () => {
    const d = assessSamplingRecord(goodSampling(), { asOf: '2024-03-10' });
    expect(d.outcome).toEqual({ status: 'compliant', problems: [], dispatchDeadline: '2024-03-08' });
    expect(d.basis).toEqual([A16, A17, { article: 21 }]);
    expect(d.higherLaw).toEqual(LAWS);
    expect(traceSteps(d)).toStrictEqual([
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
    expect(traceSteps(d).map((x) => [x.rule, x.passed])).toEqual([
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
    expect(traceSteps(d)[3]?.facts).toEqual({ sealedOn: null, asOf: '2024-03-10' });
    expect(traceSteps(d)[4]?.facts).toEqual({ laboratory: '某检测站', qualified: false });
    expect(traceSteps(d)[9]?.facts).toEqual({ feeCharged: 300 });
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

describe('Article 16: messages reflect the place of sampling (a distinction, not wording)', () => {
  it('Article 16: sampling at the production site and in the warehouse are reported differently', () => {
    const msg = (location: 'production_site' | 'finished_goods_warehouse') => assessSamplingRecord({ ...goodSampling(), location }, { asOf: '2024-03-10' }).trace[0]!.message;
    expect(msg('production_site')['zh-CN']).not.toBe(msg('finished_goods_warehouse')['zh-CN']);
    expect(msg('production_site').en).not.toBe(msg('finished_goods_warehouse').en);
  });
});

// The message of a step must say which way the check went. The test asserts a key term that
// carries the fact, taken from the regulation's own text, or a structural property of the
// sentence, never its wording (docs/testing.md, "Mutants in messages").
describe('Article 16: the place of sampling is named as the article names it (成品仓库内或生产现场)', () => {
  it('finished-goods warehouse → 成品仓库, production site → 生产现场, never the other', () => {
    const asOf = '2024-06-01';
    const warehouse = assessSamplingRecord(goodSampling(), { asOf });
    expect(zhOf(warehouse, 'art16.location')).toContain('成品仓库');
    expect(zhOf(warehouse, 'art16.location')).not.toContain('生产现场');
    expect(enOf(warehouse, 'art16.location')).toContain('warehouse');
    const site = assessSamplingRecord({ ...goodSampling(), location: 'production_site' }, { asOf });
    expect(zhOf(site, 'art16.location')).toContain('生产现场');
    expect(zhOf(site, 'art16.location')).not.toContain('仓库');
    expect(enOf(site, 'art16.location')).not.toContain('warehouse');
  });
});
