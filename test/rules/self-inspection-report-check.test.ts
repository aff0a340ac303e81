// Article 5¶1 (日常管理包括对获证企业年度自查报告的核查) with Article 6 item 2 (生产条件、检验手段、生产技术或工艺
// 是否已经发生变化，是否按照法定要求办理重新审查手续). The due date is the caller's (a local parameter).
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, selfInspectionReportCheck, type SelfInspectionReportInput } from '../../src/index.js';
import { quietReport, thrown } from './fixtures.js';

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
