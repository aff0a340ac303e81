import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { compareDates, plainDateSchema } from '../dates/plain-date.js';
import { parseOwn } from '../messages/issues.js';
import type { BilingualMessage } from '../messages/message.js';
import type { ArticleRef } from '../regulation/citation.js';
import { selfInspectionReportSchema, type SelfInspectionReportInput } from '../entities/self-inspection-report.js';
import type { Decision, TraceStep } from './decision.js';
import { happenedBy, readWithAsOf } from './support/options.js';
import { decide, step } from './support/trace.js';
import { RuleInputError } from '../errors.js';
import { assertInForce } from '../regulation/in-force.js';

/**
 * Schema of the changes Article 6 item 2 asks about: `production_conditions` (生产条件),
 * `inspection_means` (检验手段), `technology_or_process` (生产技术或工艺).
 *
 * @example
 * ```ts
 * productionChangeSchema.options; //=> ['production_conditions', 'inspection_means', 'technology_or_process']
 * ```
 */
export const productionChangeSchema = /* @__PURE__ */ (() =>
  z.enum(['production_conditions', 'inspection_means', 'technology_or_process']))();

/**
 * A change Article 6 item 2 asks about.
 *
 * @example
 * ```ts
 * const change: ProductionChange = 'technology_or_process'; // 生产技术或工艺
 * ```
 */
export type ProductionChange = z.infer<typeof productionChangeSchema>;

/**
 * Schema of the problems {@link selfInspectionReportCheck} can find: `REPORT_NOT_RECEIVED` (due
 * date passed, no report; Article 5¶1), `REPORT_LATE` (received after the due date; Article 5¶1),
 * `REEXAMINATION_NOT_COMPLETED` (a change declared without the re-examination procedure;
 * Article 6 item 2).
 *
 * @example
 * ```ts
 * selfInspectionProblemSchema.safeParse('REPORT_LATE').success; //=> true
 * ```
 */
export const selfInspectionProblemSchema = /* @__PURE__ */ (() =>
  z.enum(['REPORT_NOT_RECEIVED', 'REPORT_LATE', 'REEXAMINATION_NOT_COMPLETED']))();

/**
 * A problem found by {@link selfInspectionReportCheck}.
 *
 * @example
 * ```ts
 * const problem: SelfInspectionProblem = 'REPORT_LATE'; // Article 5¶1
 * ```
 */
export type SelfInspectionProblem = z.infer<typeof selfInspectionProblemSchema>;

/**
 * Schema of the options of {@link selfInspectionReportCheck}: the decision date and the due date
 * of the year's report. The due date is a local parameter: no national date is fixed (FACTS.md),
 * so the caller supplies the one its plan sets. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * selfInspectionReportCheckOptionsSchema.safeParse({ asOf: '2025-04-01', dueBy: '2025-03-31' }).success; //=> true
 * ```
 */
export const selfInspectionReportCheckOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: plainDateSchema,
    dueBy: plainDateSchema,
  }))();

/**
 * Options of {@link selfInspectionReportCheck}: the decision date and the local due date of the
 * year's report.
 *
 * @example
 * ```ts
 * const options: SelfInspectionReportCheckOptions = { asOf: '2025-04-01', dueBy: '2025-03-31' };
 * ```
 */
export type SelfInspectionReportCheckOptions = z.input<typeof selfInspectionReportCheckOptionsSchema>;

/**
 * Outcome of {@link selfInspectionReportCheck}: whether the annual report arrived in time (Article
 * 5¶1) and what its declared changes require (Article 6 item 2).
 *
 * @example
 * ```ts
 * const outcome: SelfInspectionReportCheckOutcome = {
 *   status: 'action_needed',
 *   receipt: 'late',
 *   changesDeclared: [],
 *   reexamination: 'not_needed',
 *   problems: ['REPORT_LATE'],
 *   missing: [],
 * };
 * ```
 */
export interface SelfInspectionReportCheckOutcome {
  /**
   * `'in_order'`; `'action_needed'` when a problem was found; `'awaiting_report'` when the report
   * has not arrived and the due date has not passed; `'insufficient_information'` when the report
   * leaves out something needed to answer.
   */
  readonly status: 'in_order' | 'action_needed' | 'awaiting_report' | 'insufficient_information';
  /** When the report arrived relative to the due date. */
  readonly receipt: 'in_time' | 'late' | 'not_received' | 'not_yet_due';
  /** The changes the report declares (each needs the re-examination procedure of Article 6(2)). */
  readonly changesDeclared: readonly ProductionChange[];
  /**
   * Whether re-examination is needed and whether it was done; `'unknown'` when the report leaves it
   * open or has not arrived (nothing is declared yet).
   */
  readonly reexamination: 'not_needed' | 'completed' | 'not_completed' | 'unknown';
  /** The problems found, in the order of {@link selfInspectionProblemSchema}. */
  readonly problems: readonly SelfInspectionProblem[];
  /** The report's fields needed to answer but left out, empty when decided. */
  readonly missing: readonly string[];
}

const CHANGES: readonly {
  change: ProductionChange;
  field: 'productionConditions' | 'inspectionMeans' | 'technologyOrProcess';
  name: BilingualMessage;
}[] = [
  {
    change: 'production_conditions',
    field: 'productionConditions',
    name: { 'zh-CN': '生产条件', en: 'production conditions' },
  },
  { change: 'inspection_means', field: 'inspectionMeans', name: { 'zh-CN': '检验手段', en: 'inspection means' } },
  {
    change: 'technology_or_process',
    field: 'technologyOrProcess',
    name: { 'zh-CN': '生产技术或工艺', en: 'production technology or process' },
  },
];

/**
 * Article 5¶1 (daily management: checking the annual self-inspection report) with Article 6 item 2:
 * was the year's report received by the due date, and does it declare changes of production
 * conditions, inspection means, or technology or process — which call for the re-examination
 * procedure the law requires — and was that procedure completed? Every declared change is treated
 * as one needing the procedure; whether the law requires it for that particular change is for the
 * inspector (docs/interpretation.md). A receipt dated after `asOf` has not happened yet.
 *
 * @param report - the self-inspection report (see `selfInspectionReportSchema`)
 * @param options - `{ asOf, dueBy }`
 * @returns a decision whose outcome is `{ status, receipt, changesDeclared, reexamination, problems, missing }`
 * @throws RuleInputError for malformed input, a report received before its year began or a
 *   `dueBy` before it (`DATE_ORDER`); NotInForceError when `asOf` or `dueBy` is before 2020-11-25
 * @example
 * ```ts
 * selfInspectionReportCheck(
 *   { enterpriseId: '91350100M000100Y43', year: 2024, receivedOn: '2025-03-20',
 *     changes: { productionConditions: true, inspectionMeans: false, technologyOrProcess: false },
 *     reexaminationCompleted: false },
 *   { asOf: '2025-04-01', dueBy: '2025-03-31' },
 * ).outcome;
 * //=> { status: 'action_needed', receipt: 'in_time', changesDeclared: ['production_conditions'],
 * //     reexamination: 'not_completed', problems: ['REEXAMINATION_NOT_COMPLETED'], missing: [] }
 * ```
 */
export function selfInspectionReportCheck(
  report: DeepReadonly<SelfInspectionReportInput>,
  options: DeepReadonly<SelfInspectionReportCheckOptions>,
): Decision<SelfInspectionReportCheckOutcome> {
  const { asOf, dueBy } = readWithAsOf(selfInspectionReportCheckOptionsSchema, options);
  const r = parseOwn(selfInspectionReportSchema, report);
  // The due date is set under the measures, so not before they took effect, and a year's report
  // cannot be due before that year begins.
  assertInForce(dueBy);
  if (compareDates(dueBy, `${r.year}-01-01`) < 0) {
    throw new RuleInputError([
      {
        path: ['dueBy'],
        code: 'DATE_ORDER',
        message: {
          'zh-CN': `提交期限（${dueBy}）不能早于报告年度 ${r.year} 年的第一天（${r.year}-01-01）`,
          en: `The due date (${dueBy}) cannot be before the first day of the report's year ${r.year} (${r.year}-01-01)`,
        },
      },
    ]);
  }
  const trace: TraceStep[] = [];
  const problems: SelfInspectionProblem[] = [];
  const basis: ArticleRef[] = [{ article: 5, paragraph: 1 }];

  const received = happenedBy(r.receivedOn, asOf);
  const receipt: SelfInspectionReportCheckOutcome['receipt'] = received
    ? compareDates(r.receivedOn as string, dueBy) <= 0
      ? 'in_time'
      : 'late'
    : compareDates(asOf, dueBy) > 0
    ? 'not_received'
    : 'not_yet_due';
  if (receipt === 'late') problems.push('REPORT_LATE');
  if (receipt === 'not_received') problems.push('REPORT_NOT_RECEIVED');
  const receiptText: { readonly [K in SelfInspectionReportCheckOutcome['receipt']]: BilingualMessage } = {
    in_time: {
      'zh-CN': `${r.year} 年度自查报告于 ${r.receivedOn} 收到，不晚于 ${dueBy}`,
      en: `The ${r.year} self-inspection report arrived on ${r.receivedOn}, by ${dueBy}`,
    },
    late: {
      'zh-CN': `${r.year} 年度自查报告于 ${r.receivedOn} 收到，晚于 ${dueBy}`,
      en: `The ${r.year} self-inspection report arrived on ${r.receivedOn}, after ${dueBy}`,
    },
    not_received: {
      'zh-CN': `截至 ${asOf} 未收到 ${r.year} 年度自查报告（应不晚于 ${dueBy} 提交）`,
      en: `No ${r.year} self-inspection report by ${asOf} (due ${dueBy})`,
    },
    not_yet_due: {
      'zh-CN': `尚未收到 ${r.year} 年度自查报告，提交期限 ${dueBy} 尚未届满`,
      en: `The ${r.year} report has not arrived; it is due by ${dueBy}`,
    },
  };
  trace.push(
    step(
      'art5.para1.report_received_by_due_date',
      { article: 5, paragraph: 1 },
      receipt === 'in_time' || receipt === 'not_yet_due',
      { year: r.year, receivedOn: r.receivedOn ?? null, dueBy, asOf },
      receiptText[receipt],
    ),
  );

  const changesDeclared: ProductionChange[] = [];
  const unknown: string[] = [];
  // Without a report nothing is declared yet: whether re-examination is needed is not known.
  let reexamination: SelfInspectionReportCheckOutcome['reexamination'] = received ? 'not_needed' : 'unknown';
  if (received) {
    for (const c of CHANGES) {
      const value = r.changes?.[c.field];
      if (value === true) changesDeclared.push(c.change);
      if (value === undefined) unknown.push(`changes.${c.field}`);
      trace.push(
        step(
          `art6.item2.${c.change}_changed`,
          { article: 6, item: 2 },
          value === true,
          { [c.field]: value ?? null },
          value === undefined
            ? {
                'zh-CN': `报告未说明${c.name['zh-CN']}是否变化`,
                en: `The report does not say whether ${c.name.en} changed`,
              }
            : value
            ? { 'zh-CN': `报告申报${c.name['zh-CN']}已发生变化`, en: `The report declares a change of ${c.name.en}` }
            : { 'zh-CN': `报告申报${c.name['zh-CN']}未变化`, en: `The report declares no change of ${c.name.en}` },
        ),
      );
    }
    if (changesDeclared.length > 0) {
      basis.push({ article: 6, item: 2 });
      const done = r.reexaminationCompleted;
      reexamination = done === undefined ? 'unknown' : done ? 'completed' : 'not_completed';
      if (done === false) problems.push('REEXAMINATION_NOT_COMPLETED');
      trace.push(
        step(
          'art6.item2.reexamination_completed',
          { article: 6, item: 2 },
          done === true,
          { changesDeclared, reexaminationCompleted: done ?? null },
          done === undefined
            ? {
                'zh-CN': '报告未说明是否已办理重新审查手续',
                en: 'The report does not say whether re-examination was completed',
              }
            : done
            ? { 'zh-CN': '已按照法定要求办理重新审查手续', en: 'The re-examination procedure was completed' }
            : {
                'zh-CN': '生产条件等发生变化，未办理重新审查手续',
                en: 'Changes declared without the re-examination procedure',
              },
        ),
      );
    }
  }

  const missing =
    changesDeclared.length > 0 ? (reexamination === 'unknown' ? ['reexaminationCompleted'] : []) : unknown;
  if (changesDeclared.length === 0 && unknown.length > 0) {
    reexamination = 'unknown';
    basis.push({ article: 6, item: 2 });
  }
  const status: SelfInspectionReportCheckOutcome['status'] =
    problems.length > 0
      ? 'action_needed'
      : receipt === 'not_yet_due'
      ? 'awaiting_report'
      : missing.length > 0
      ? 'insufficient_information'
      : 'in_order';
  return decide({ status, receipt, changesDeclared, reexamination, problems, missing }, basis, [], trace);
}
