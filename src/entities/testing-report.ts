import { z } from 'zod';
import { plainDateSchema } from '../dates/plain-date.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { nonEmptyText } from './refinements.js';

/**
 * Schema of a supervisory testing report (检验报告, Articles 17–18): the enterprise, product,
 * optionally the sampling record it answers, the laboratory, the day it was issued, the result
 * (`pass` 合格 / `fail` 不合格) and the items that failed. Unknown keys are rejected
 * (`z.strictObject`).
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
    id: nonEmptyText.optional(),
    enterpriseId: unifiedSocialCreditCodeSchema,
    product: nonEmptyText,
    samplingRecordId: nonEmptyText.optional(),
    laboratory: nonEmptyText,
    reportedOn: plainDateSchema,
    result: z.enum(['pass', 'fail']),
    failedItems: z.array(nonEmptyText).optional(),
  }))();

/** A supervisory testing report, as parsed. */
export type TestingReport = z.infer<typeof testingReportSchema>;

/** A supervisory testing report, as accepted by {@link testingReportSchema}. */
export type TestingReportInput = z.input<typeof testingReportSchema>;
