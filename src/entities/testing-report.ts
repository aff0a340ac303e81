import * as z from 'zod';
import { plainDateSchema } from '../dates/plain-date.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { nonEmptyId, nonEmptyText } from './refinements.js';
import { boundedArray } from '../limit-guards.js';
import { addOwnIssue, SEES_PARSE_ERROR } from '../messages/issues.js';

/**
 * Schema of a supervisory testing report (检验报告, Articles 17–18): the enterprise, product,
 * optionally the sampling record it answers, the laboratory, the day it was issued, the result
 * (`pass` 合格 / `fail` 不合格) and the items that failed. Unknown keys are rejected
 * (`z.strictObject`); a `pass` that lists failed items is contradictory (`FAILED_ITEMS_ON_PASS`).
 *
 * @example
 * ```ts
 * testingReportSchema.safeParse({
 *   enterpriseId: '91350100M000100Y43', product: '塑料编织袋', laboratory: '吉林省产品质量监督检验院',
 *   reportedOn: '2024-03-20', result: 'fail', failedItems: ['拉伸强度'],
 * }).success; //=> true
 * ```
 */
export const testingReportSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: nonEmptyId.optional(),
    enterpriseId: unifiedSocialCreditCodeSchema,
    product: nonEmptyText,
    samplingRecordId: nonEmptyId.optional(),
    laboratory: nonEmptyText,
    reportedOn: plainDateSchema,
    result: z.enum(['pass', 'fail']),
    failedItems: boundedArray(nonEmptyText, 'listMaxLength').optional(),
  }).superRefine((report, ctx) => {
    if (report.result === 'pass' && (report.failedItems ?? []).length > 0) {
      addOwnIssue(
        ctx,
        'FAILED_ITEMS_ON_PASS',
        { 'zh-CN': '检验结论为合格，却列有不合格项目', en: 'The result is pass, yet failed items are listed' },
        ['failedItems'],
      );
    }
  }).check(SEES_PARSE_ERROR))();

/**
 * A supervisory testing report, as parsed.
 *
 * @example
 * ```ts
 * const report: TestingReport = {
 *   id: 'JY-2024-0320',
 *   enterpriseId: '91350100M000100Y43',
 *   product: '塑料编织袋',
 *   samplingRecordId: 'CY-2024-012',
 *   laboratory: '吉林省产品质量监督检验院',
 *   reportedOn: '2024-03-20',
 *   result: 'fail',
 *   failedItems: ['拉伸强度'],
 * };
 * ```
 */
export type TestingReport = z.infer<typeof testingReportSchema>;

/**
 * A supervisory testing report, as accepted by {@link testingReportSchema}.
 *
 * @example
 * ```ts
 * const input: TestingReportInput = {
 *   enterpriseId: '91350100M000100Y43',
 *   product: '塑料编织袋',
 *   laboratory: '吉林省产品质量监督检验院',
 *   reportedOn: '2024-03-20',
 *   result: 'pass',
 * };
 * testingFailureHandling(input, { asOf: '2024-04-01' }).outcome; //=> { failed: false, handling: 'none' }
 * ```
 */
export type TestingReportInput = z.input<typeof testingReportSchema>;
