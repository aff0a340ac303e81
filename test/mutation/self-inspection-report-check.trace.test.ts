// Mutation-testing follow-up: selfInspectionReportCheck's full trace. Article 5¶1 (年度自查报告的
// 核查) and Article 6 item 2 (生产条件、检验手段、生产技术或工艺是否已经发生变化，是否按照法定要求办理重新
// 审查手续). The due date is the caller's. Expected steps and facts worked out by hand.
import { describe, expect, it } from 'vitest';
import { selfInspectionReportCheck, type Decision, type TraceStep } from '../../src/index.js';
import { ENTERPRISE, quietReport } from '../rules/fixtures.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const A5 = { article: 5, paragraph: 1 };
const A6 = { article: 6, item: 2 };

describe('selfInspectionReportCheck: the full trace (hand-derived from Articles 5¶1 and 6(2))', () => {
  it('in time, nothing changed: four passed/false steps echoing the report', () => {
    const d = selfInspectionReportCheck(quietReport(), { asOf: '2025-04-01', dueBy: '2025-03-31' });
    expect(steps(d)).toStrictEqual([
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
    expect(steps(d)).toStrictEqual([
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
    expect(steps(done)[4]).toEqual({ rule: 'art6.item2.reexamination_completed', basis: A6, passed: true, facts: { changesDeclared: ['inspection_means'], reexaminationCompleted: true } });
    const unknown = selfInspectionReportCheck(base, { asOf: '2025-04-01', dueBy: '2025-03-31' });
    expect(unknown.outcome).toEqual({ status: 'insufficient_information', receipt: 'in_time', changesDeclared: ['inspection_means'], reexamination: 'unknown', problems: [], missing: ['reexaminationCompleted'] });
    expect(steps(unknown)[4]?.facts).toEqual({ changesDeclared: ['inspection_means'], reexaminationCompleted: null });
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
    expect(steps(awaiting)).toStrictEqual([
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
