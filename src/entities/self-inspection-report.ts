import * as z from 'zod';
import { SEES_PARSE_ERROR } from '../messages/issues.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { nonEmptyId, requireDateOrder } from './refinements.js';
import { plainObject } from '../limit-guards.js';

/**
 * Schema of a licensed enterprise's annual self-inspection report (年度自查报告, Article 5¶1):
 * the enterprise, the year it covers, the day the department received it (absent: not received),
 * what it declares about the changes Article 6 item 2 asks about — production conditions (生产条件),
 * inspection means (检验手段), production technology or process (生产技术或工艺) — and whether the
 * re-examination procedure (重新审查手续) was completed. A change flag left out, or `changes` left
 * out (a report not yet received declares nothing), means the report does not say. Unknown keys are rejected (`z.strictObject`). A report received before its year
 * began is `DATE_ORDER`.
 *
 * @example
 * ```ts
 * selfInspectionReportSchema.safeParse({
 *   enterpriseId: '91350100M000100Y43', year: 2024, receivedOn: '2025-01-20',
 *   changes: { productionConditions: false, inspectionMeans: false, technologyOrProcess: false },
 * }).success; //=> true
 * ```
 */
export const selfInspectionReportSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: nonEmptyId.optional(),
    enterpriseId: unifiedSocialCreditCodeSchema,
    year: z.number().int().min(2020).max(9999),
    receivedOn: plainDateSchema.optional(),
    changes: plainObject(
      z.strictObject({
        productionConditions: z.boolean().optional(),
        inspectionMeans: z.boolean().optional(),
        technologyOrProcess: z.boolean().optional(),
      }),
    ).optional(),
    reexaminationCompleted: z.boolean().optional(),
  }).superRefine((r, ctx) => {
    // A year's report cannot arrive before that year has begun.
    requireDateOrder(
      ctx,
      { path: ['year'], value: `${r.year}-01-01`, name: { 'zh-CN': `报告年度 ${r.year} 年的第一天`, en: `the first day of the report's year ${r.year}` } },
      { path: ['receivedOn'], value: r.receivedOn, name: { 'zh-CN': '收到日期', en: 'The receipt date' } },
    );
  }).check(SEES_PARSE_ERROR))();

/**
 * An annual self-inspection report, as parsed.
 *
 * @example
 * ```ts
 * const report: SelfInspectionReport = {
 *   enterpriseId: '91350100M000100Y43',
 *   year: 2024,
 *   receivedOn: '2025-03-20',
 *   changes: { productionConditions: true, inspectionMeans: false, technologyOrProcess: false },
 *   reexaminationCompleted: true,
 * };
 * ```
 */
export type SelfInspectionReport = z.infer<typeof selfInspectionReportSchema>;

/**
 * An annual self-inspection report, as accepted by {@link selfInspectionReportSchema}.
 *
 * @example
 * ```ts
 * const input: SelfInspectionReportInput = {
 *   enterpriseId: '91350100M000100Y43',
 *   year: 2024,
 *   receivedOn: '2025-04-08',
 *   changes: { productionConditions: false, inspectionMeans: false, technologyOrProcess: false },
 * };
 * selfInspectionReportCheck(input, { asOf: '2025-04-10', dueBy: '2025-03-31' }).outcome.problems; //=> ['REPORT_LATE']
 * ```
 */
export type SelfInspectionReportInput = z.input<typeof selfInspectionReportSchema>;
