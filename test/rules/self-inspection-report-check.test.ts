// Article 5¶1 (日常管理包括对获证企业年度自查报告的核查) with Article 6 item 2 (生产条件、检验手段、生产技术或工艺
// 是否已经发生变化，是否按照法定要求办理重新审查手续). The due date is the caller's (a local parameter).
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, selfInspectionReportCheck, type SelfInspectionReportInput } from '../../src/index.js';
import { quietReport, thrown, ENTERPRISE } from './fixtures.js';
import { enOf, stepOf, traceSteps, zhOf } from '../support/trace.js';

const options = { asOf: '2025-04-01', dueBy: '2025-03-31' };
const check = (r: SelfInspectionReportInput, o = options) => selfInspectionReportCheck(r, o);

describe('selfInspectionReportCheck (Articles 5, 6(2))', () => {
  it('received by the due date, no change declared: in order', () => {
    const d = check(quietReport());
    expect(d.outcome).toEqual({
      status: 'in_order',
      receipt: 'in_time',
      changesDeclared: [],
      reexamination: 'not_needed',
      problems: [],
      missing: [],
    });
    expect(d.basis).toEqual([{ article: 5, paragraph: 1 }]);
    expect(d.trace.map((s) => s.rule)).toEqual([
      'art5.para1.report_received_by_due_date',
      'art6.item2.production_conditions_changed',
      'art6.item2.inspection_means_changed',
      'art6.item2.technology_or_process_changed',
    ]);
  });

  it('received on the due date is in time; the day after is late', () => {
    expect(check({ ...quietReport(), receivedOn: '2025-03-31' }).outcome.receipt).toBe('in_time');
    const late = check({ ...quietReport(), receivedOn: '2025-04-01' });
    expect(late.outcome).toMatchObject({ status: 'action_needed', receipt: 'late', problems: ['REPORT_LATE'] });
  });

  it('not received: awaiting before the due date, REPORT_NOT_RECEIVED after it', () => {
    const { receivedOn: _r, ...none } = quietReport();
    expect(check(none, { asOf: '2025-03-31', dueBy: '2025-03-31' }).outcome).toMatchObject({
      status: 'awaiting_report',
      receipt: 'not_yet_due',
      problems: [],
    });
    const overdue = check(none);
    expect(overdue.outcome).toMatchObject({ status: 'action_needed', receipt: 'not_received', problems: ['REPORT_NOT_RECEIVED'] });
    expect(overdue.trace).toHaveLength(1);
    // A receipt dated after asOf has not happened yet.
    expect(check({ ...quietReport(), receivedOn: '2025-04-02' }).outcome.receipt).toBe('not_received');
  });

  it('a declared change with re-examination completed: in order, citing Article 6(2)', () => {
    const d = check({ ...quietReport(), changes: { productionConditions: false, inspectionMeans: true, technologyOrProcess: true }, reexaminationCompleted: true });
    expect(d.outcome).toMatchObject({
      status: 'in_order',
      changesDeclared: ['inspection_means', 'technology_or_process'],
      reexamination: 'completed',
    });
    expect(d.basis).toEqual([{ article: 5, paragraph: 1 }, { article: 6, item: 2 }]);
  });

  it('a declared change without re-examination: REEXAMINATION_NOT_COMPLETED', () => {
    const d = check({ ...quietReport(), changes: { productionConditions: true, inspectionMeans: false, technologyOrProcess: false }, reexaminationCompleted: false });
    expect(d.outcome).toMatchObject({ status: 'action_needed', reexamination: 'not_completed', problems: ['REEXAMINATION_NOT_COMPLETED'] });
  });

  it('a declared change, re-examination not stated: insufficient information', () => {
    const d = check({ ...quietReport(), changes: { productionConditions: true } });
    expect(d.outcome).toMatchObject({ status: 'insufficient_information', reexamination: 'unknown', missing: ['reexaminationCompleted'] });
  });

  it('the report does not say whether something changed: insufficient information, naming the fields', () => {
    const d = check({ ...quietReport(), changes: { productionConditions: false } });
    expect(d.outcome).toMatchObject({
      status: 'insufficient_information',
      reexamination: 'unknown',
      missing: ['changes.inspectionMeans', 'changes.technologyOrProcess'],
    });
    expect(d.trace[2]?.message['zh-CN']).toBe('报告未说明检验手段是否变化');
  });

  // Article 5¶1 asks whether the report came; a report not yet received declares nothing, so its
  // changes cannot be required. Left out, they are "not said", as with changes: {}.
  it('changes left out: not received is still judged; received, the report does not say', () => {
    const { changes: _c, receivedOn: _r, ...notYet } = quietReport();
    // Due 2025-03-31 (options), asOf after it: not received, a problem of Article 5¶1.
    expect(check(notYet).outcome).toMatchObject({ status: 'action_needed', receipt: 'not_received', problems: ['REPORT_NOT_RECEIVED'] });
    const { changes: _c2, ...silent } = quietReport();
    expect(check(silent).outcome).toMatchObject({
      status: 'insufficient_information',
      missing: ['changes.productionConditions', 'changes.inspectionMeans', 'changes.technologyOrProcess'],
    });
  });

  it('late and with an undeclared re-examination: both reported', () => {
    const d = check({ ...quietReport(), receivedOn: '2025-04-01', changes: { productionConditions: true }, reexaminationCompleted: false });
    expect(d.outcome.problems).toEqual(['REPORT_LATE', 'REEXAMINATION_NOT_COMPLETED']);
  });

  it('errors', () => {
    expect(thrown(() => check(quietReport(), { asOf: '2020-01-01', dueBy: '2020-03-31' }))).toBeInstanceOf(NotInForceError);
    const e = thrown(() => selfInspectionReportCheck(quietReport(), { asOf: '2025-04-01' } as never));
    expect((e as RuleInputError).issues[0]?.path).toEqual(['dueBy']);
  });

  // Article 5¶1 checks the 年度自查报告, a report on one year: it cannot arrive before that year has
  // begun, nor be due before it.
  it('a report received before its year began: RuleInputError DATE_ORDER at receivedOn', () => {
    for (const [year, receivedOn] of [[2030, '2025-03-01'], [2025, '2024-12-31']] as const) {
      const e = thrown(() => check({ ...quietReport(), year, receivedOn }));
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues[0]).toMatchObject({ code: 'DATE_ORDER', path: ['receivedOn'] });
      expect((e as RuleInputError).issues[0]!.message['zh-CN']).toBe(`收到日期（${receivedOn}）不能早于报告年度 ${year} 年的第一天（${year}-01-01）`);
    }
    // Received on the first day of its year: accepted (a report on the year so far is possible).
    expect(check({ ...quietReport(), year: 2025, receivedOn: '2025-01-01' }).outcome.receipt).toBe('in_time');
  });

  it('a due date before the report\'s year begins: RuleInputError DATE_ORDER at dueBy', () => {
    const e = thrown(() => check(quietReport(), { asOf: '2025-04-01', dueBy: '2023-03-31' }));
    expect((e as RuleInputError).issues[0]).toMatchObject({ code: 'DATE_ORDER', path: ['dueBy'] });
    expect((e as RuleInputError).issues[0]!.message['zh-CN']).toBe('提交期限（2023-03-31）不能早于报告年度 2024 年的第一天（2024-01-01）');
    // The year's first day itself is a possible due date.
    expect(check(quietReport(), { asOf: '2025-04-01', dueBy: '2024-01-01' }).outcome.receipt).toBe('late');
  });

  // Article 24: the measures govern from 2020-11-25, so a due date set under them is not earlier.
  it('a due date before 2020-11-25: NotInForceError, like every other date', () => {
    const e = thrown(() => check({ ...quietReport(), year: 2020, receivedOn: undefined }, { asOf: '2021-04-01', dueBy: '2020-11-24' }));
    expect(e).toBeInstanceOf(NotInForceError);
    // Before the measures and before the year: the measures' date is checked first.
    expect(thrown(() => check({ ...quietReport(), year: 2020, receivedOn: undefined }, { asOf: '2021-04-01', dueBy: '2019-12-31' }))).toBeInstanceOf(NotInForceError);
    expect(check({ ...quietReport(), year: 2020, receivedOn: undefined }, { asOf: '2021-04-01', dueBy: '2020-11-25' }).outcome.receipt).toBe('not_received');
  });
});

// The whole trace. Article 5¶1 (年度自查报告的核查) and Article 6 item 2 (生产条件、检验手段、生产技术
// 或工艺是否已经发生变化，是否按照法定要求办理重新审查手续). The due date is the caller's. Expected steps
// and facts worked out by hand.
describe('selfInspectionReportCheck: the full trace (hand-derived from Articles 5¶1 and 6(2))', () => {
  const A5 = { article: 5, paragraph: 1 };
  const A6 = { article: 6, item: 2 };

  it('in time, nothing changed: four passed/false steps echoing the report', () => {
    const d = selfInspectionReportCheck(quietReport(), { asOf: '2025-04-01', dueBy: '2025-03-31' });
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art5.para1.report_received_by_due_date', basis: A5, passed: true, facts: { year: 2024, receivedOn: '2025-03-20', dueBy: '2025-03-31', asOf: '2025-04-01' } },
      { rule: 'art6.item2.production_conditions_changed', basis: A6, passed: false, facts: { productionConditions: false } },
      { rule: 'art6.item2.inspection_means_changed', basis: A6, passed: false, facts: { inspectionMeans: false } },
      { rule: 'art6.item2.technology_or_process_changed', basis: A6, passed: false, facts: { technologyOrProcess: false } },
    ]);
  });

  it('changes declared, re-examination not completed: action needed, both articles cited', () => {
    const d = selfInspectionReportCheck(
      { enterpriseId: ENTERPRISE, year: 2024, receivedOn: '2025-03-31', changes: { productionConditions: true, technologyOrProcess: true }, reexaminationCompleted: false },
      { asOf: '2025-04-01', dueBy: '2025-03-31' },
    );
    expect(d.outcome).toEqual({
      status: 'action_needed',
      receipt: 'in_time',
      changesDeclared: ['production_conditions', 'technology_or_process'],
      reexamination: 'not_completed',
      problems: ['REEXAMINATION_NOT_COMPLETED'],
      missing: [],
    });
    expect(d.basis).toEqual([A5, A6]);
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art5.para1.report_received_by_due_date', basis: A5, passed: true, facts: { year: 2024, receivedOn: '2025-03-31', dueBy: '2025-03-31', asOf: '2025-04-01' } },
      { rule: 'art6.item2.production_conditions_changed', basis: A6, passed: true, facts: { productionConditions: true } },
      { rule: 'art6.item2.inspection_means_changed', basis: A6, passed: false, facts: { inspectionMeans: null } },
      { rule: 'art6.item2.technology_or_process_changed', basis: A6, passed: true, facts: { technologyOrProcess: true } },
      { rule: 'art6.item2.reexamination_completed', basis: A6, passed: false, facts: { changesDeclared: ['production_conditions', 'technology_or_process'], reexaminationCompleted: false } },
    ]);
  });

  it('a change declared, re-examination completed: in order; unknown: insufficient information', () => {
    const base = { enterpriseId: ENTERPRISE, year: 2024, receivedOn: '2025-03-01', changes: { inspectionMeans: true } };
    const done = selfInspectionReportCheck({ ...base, reexaminationCompleted: true }, { asOf: '2025-04-01', dueBy: '2025-03-31' });
    expect(done.outcome).toEqual({ status: 'in_order', receipt: 'in_time', changesDeclared: ['inspection_means'], reexamination: 'completed', problems: [], missing: [] });
    expect(traceSteps(done)[4]).toEqual({ rule: 'art6.item2.reexamination_completed', basis: A6, passed: true, facts: { changesDeclared: ['inspection_means'], reexaminationCompleted: true } });
    const unknown = selfInspectionReportCheck(base, { asOf: '2025-04-01', dueBy: '2025-03-31' });
    expect(unknown.outcome).toEqual({ status: 'insufficient_information', receipt: 'in_time', changesDeclared: ['inspection_means'], reexamination: 'unknown', problems: [], missing: ['reexaminationCompleted'] });
    expect(traceSteps(unknown)[4]?.facts).toEqual({ changesDeclared: ['inspection_means'], reexaminationCompleted: null });
  });

  it('no change declared but some not stated: insufficient information, the unstated fields missing', () => {
    const d = selfInspectionReportCheck(
      { enterpriseId: ENTERPRISE, year: 2024, receivedOn: '2025-03-01', changes: { productionConditions: false } },
      { asOf: '2025-04-01', dueBy: '2025-03-31' },
    );
    expect(d.outcome).toEqual({
      status: 'insufficient_information',
      receipt: 'in_time',
      changesDeclared: [],
      reexamination: 'unknown',
      problems: [],
      missing: ['changes.inspectionMeans', 'changes.technologyOrProcess'],
    });
    expect(d.basis).toEqual([A5, A6]);
  });

  it('not received: before the due date awaiting, after it REPORT_NOT_RECEIVED; received late: REPORT_LATE', () => {
    const report = { enterpriseId: ENTERPRISE, year: 2024, changes: {} };
    const awaiting = selfInspectionReportCheck(report, { asOf: '2025-03-31', dueBy: '2025-03-31' });
    // No report yet: nothing declared, so whether re-examination is needed is not known.
    expect(awaiting.outcome).toEqual({ status: 'awaiting_report', receipt: 'not_yet_due', changesDeclared: [], reexamination: 'unknown', problems: [], missing: [] });
    // On the due date itself the period has not run out (the Chinese says 尚未届满, not 未到).
    expect(awaiting.trace[0]?.message).toEqual({
      'zh-CN': '尚未收到 2024 年度自查报告，提交期限 2025-03-31 尚未届满',
      en: 'The 2024 report has not arrived; it is due by 2025-03-31',
    });
    expect(traceSteps(awaiting)).toStrictEqual([
      { rule: 'art5.para1.report_received_by_due_date', basis: A5, passed: true, facts: { year: 2024, receivedOn: null, dueBy: '2025-03-31', asOf: '2025-03-31' } },
    ]);
    const overdue = selfInspectionReportCheck(report, { asOf: '2025-04-01', dueBy: '2025-03-31' });
    expect(overdue.outcome).toMatchObject({ status: 'action_needed', receipt: 'not_received', problems: ['REPORT_NOT_RECEIVED'] });
    expect(overdue.trace[0]?.passed).toBe(false);
    expect(overdue.outcome.reexamination).toBe('unknown');
    // A report received on the due date is in time, so the due date is 不晚于, not 前 (before).
    expect(overdue.trace[0]?.message['zh-CN']).toBe('截至 2025-04-01 未收到 2024 年度自查报告（应不晚于 2025-03-31 提交）');
    // Received after asOf: not yet received as of asOf.
    const future = selfInspectionReportCheck({ ...report, receivedOn: '2025-04-02' }, { asOf: '2025-04-01', dueBy: '2025-03-31' });
    // What a report not yet received declares is not yet known, even a declared change.
    const declared = { ...report, receivedOn: '2025-04-02', changes: { productionConditions: true }, reexaminationCompleted: false };
    expect(selfInspectionReportCheck(declared, { asOf: '2025-04-01', dueBy: '2025-03-31' }).outcome).toMatchObject({ reexamination: 'unknown', problems: ['REPORT_NOT_RECEIVED'] });
    expect(future.outcome).toMatchObject({ receipt: 'not_received', problems: ['REPORT_NOT_RECEIVED'] });
    const late = selfInspectionReportCheck({ ...quietReport(), receivedOn: '2025-04-01' }, { asOf: '2025-04-02', dueBy: '2025-03-31' });
    expect(late.outcome).toMatchObject({ status: 'action_needed', receipt: 'late', problems: ['REPORT_LATE'] });
    expect(late.trace[0]?.passed).toBe(false);
  });
});

// The message of a step must say which way the check went. The test asserts a key term that
// carries the fact, taken from the regulation's own text, or a structural property of the
// sentence, never its wording (docs/testing.md, "Mutants in messages").
describe('Article 6 item 2: "not stated" and "not completed" are different facts and different sentences', () => {
  it('re-examination not stated vs stated as not completed', () => {
    const asOf = '2025-04-01';
    const dueBy = '2025-03-31';
    const changed = {
      ...quietReport(),
      changes: { productionConditions: true, inspectionMeans: false, technologyOrProcess: false },
    };
    const unknown = selfInspectionReportCheck(changed, { asOf, dueBy });
    const notDone = selfInspectionReportCheck({ ...changed, reexaminationCompleted: false }, { asOf, dueBy });
    expect(stepOf(unknown, 'art6.item2.reexamination_completed').facts.reexaminationCompleted).toBeNull();
    expect(stepOf(notDone, 'art6.item2.reexamination_completed').facts.reexaminationCompleted).toBe(false);
    expect(zhOf(unknown, 'art6.item2.reexamination_completed')).not.toBe(
      zhOf(notDone, 'art6.item2.reexamination_completed'),
    );
    expect(enOf(unknown, 'art6.item2.reexamination_completed')).not.toBe(
      enOf(notDone, 'art6.item2.reexamination_completed'),
    );
  });
});
