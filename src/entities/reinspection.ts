import * as z from 'zod';
import { SEES_PARSE_ERROR } from '../messages/issues.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { nonEmptyId, requireDateOrder } from './refinements.js';

/**
 * Schema of the re-inspection (复查) that follows a rectification period (Article 10): its date,
 * whether the enterprise passed, and the days on which the 《获证企业巡查、回访记录》 and the
 * enterprise's rectification materials were filed (absent: not filed). Neither may be filed
 * before the re-inspection (issue code `DATE_ORDER`). Unknown keys are rejected
 * (`z.strictObject`).
 *
 * @example
 * ```ts
 * reinspectionSchema.safeParse({
 *   date: '2024-06-12', passed: true, recordFiledOn: '2024-06-13', materialsFiledOn: '2024-06-13',
 * }).success; //=> true
 * ```
 */
export const reinspectionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: nonEmptyId.optional(),
      date: plainDateSchema,
      passed: z.boolean(),
      recordFiledOn: plainDateSchema.optional(),
      materialsFiledOn: plainDateSchema.optional(),
    })
    .superRefine((r, ctx) => {
      const date = { path: ['date'], value: r.date, name: { 'zh-CN': '复查日期', en: 'the re-inspection date' } };
      requireDateOrder(ctx, date, {
        path: ['recordFiledOn'],
        value: r.recordFiledOn,
        name: { 'zh-CN': '记录归档日期', en: 'The record filing date' },
      });
      requireDateOrder(ctx, date, {
        path: ['materialsFiledOn'],
        value: r.materialsFiledOn,
        name: { 'zh-CN': '整改资料归档日期', en: 'The materials filing date' },
      });
    }).check(SEES_PARSE_ERROR))();

/**
 * A re-inspection after a rectification period, as parsed.
 *
 * @example
 * ```ts
 * const reinspection: Reinspection = {
 *   id: 'FC-2024-007',
 *   date: '2024-06-12',
 *   passed: true,
 *   recordFiledOn: '2024-06-13',
 *   materialsFiledOn: '2024-06-13',
 * };
 * ```
 */
export type Reinspection = z.infer<typeof reinspectionSchema>;

/**
 * A re-inspection, as accepted by {@link reinspectionSchema}.
 *
 * @example
 * ```ts
 * const input: ReinspectionInput = { date: '2024-06-12', passed: false, recordFiledOn: '2024-06-13' };
 * reinspectionSchema.safeParse(input).success; //=> true
 * ```
 */
export type ReinspectionInput = z.input<typeof reinspectionSchema>;
