import * as z from 'zod';
import { SEES_PARSE_ERROR } from '../messages/issues.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { licenseNumberSchema } from '../identifiers/license-number.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { nonEmptyId, nonEmptyText, requireDateOrder } from './refinements.js';

/**
 * Schema of where a sample was taken. Article 16 allows the finished-goods warehouse
 * (`finished_goods_warehouse`, 成品仓库) and the production site (`production_site`, 生产现场);
 * anywhere else is `other`.
 *
 * @example
 * ```ts
 * samplingLocationSchema.safeParse('production_site').success; //=> true
 * ```
 */
export const samplingLocationSchema = /* @__PURE__ */ (() =>
  z.enum(['finished_goods_warehouse', 'production_site', 'other']))();

/**
 * Where a sample was taken.
 *
 * @example
 * ```ts
 * const location: SamplingLocation = 'finished_goods_warehouse'; // 成品仓库
 * ```
 */
export type SamplingLocation = z.infer<typeof samplingLocationSchema>;

/**
 * Schema of a testing laboratory (检验机构) and whether it is qualified (有资质, Article 17).
 *
 * @example
 * ```ts
 * laboratorySchema.safeParse({ name: '吉林省产品质量监督检验院', qualified: true }).success; //=> true
 * ```
 */
export const laboratorySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: nonEmptyText,
    qualified: z.boolean(),
  }))();

/**
 * A testing laboratory (检验机构) and whether it is qualified (有资质, Article 17).
 *
 * @example
 * ```ts
 * const laboratory: Laboratory = { name: '吉林省产品质量监督检验院', qualified: true };
 * ```
 */
export type Laboratory = z.infer<typeof laboratorySchema>;

/**
 * Schema of the record of one supervisory sampling (监督检验抽样, Articles 16–17): the enterprise,
 * product (and optionally its license number), where and from what the sample was drawn, whether
 * the sampling form (抽样单) was filled in, the days it was sampled, sealed and sent, the
 * laboratory, and any fee charged to the enterprise in yuan (a finite number ≥ 0).
 *
 * Structural checks only, plus date order (issue code `DATE_ORDER`): sealing not before sampling,
 * sending not before sealing (or sampling, when no sealing date is given). An absent `sealedOn`
 * or `sentOn` means not (yet) done. The Article 16–17 and 21 requirements are checked by
 * `assessSamplingRecord`. Unknown keys are rejected (`z.strictObject`).
 *
 * @example
 * ```ts
 * samplingRecordSchema.safeParse({
 *   enterpriseId: '91350100M000100Y43', product: '塑料编织袋', location: 'finished_goods_warehouse',
 *   fromPassedOutgoingInspection: true, samplingFormCompleted: true,
 *   sampledOn: '2024-03-01', sealedOn: '2024-03-01', sentOn: '2024-03-05',
 *   laboratory: { name: '吉林省产品质量监督检验院', qualified: true }, feeCharged: 0,
 * }).success; //=> true
 * ```
 */
export const samplingRecordSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: nonEmptyId.optional(),
      enterpriseId: unifiedSocialCreditCodeSchema,
      product: nonEmptyText,
      licenseNumber: licenseNumberSchema.optional(),
      location: samplingLocationSchema,
      fromPassedOutgoingInspection: z.boolean(),
      samplingFormCompleted: z.boolean(),
      sampledOn: plainDateSchema,
      sealedOn: plainDateSchema.optional(),
      sentOn: plainDateSchema.optional(),
      laboratory: laboratorySchema,
      feeCharged: z.number().nonnegative(),
    })
    .superRefine((r, ctx) => {
      const sampled = {
        path: ['sampledOn'],
        value: r.sampledOn,
        name: { 'zh-CN': '抽样日期', en: 'the sampling date' },
      };
      const sealed = { path: ['sealedOn'], value: r.sealedOn, name: { 'zh-CN': '封样日期', en: 'the sealing date' } };
      const sent = { path: ['sentOn'], value: r.sentOn, name: { 'zh-CN': '送检日期', en: 'The dispatch date' } };
      requireDateOrder(ctx, sampled, { ...sealed, name: { 'zh-CN': '封样日期', en: 'The sealing date' } });
      requireDateOrder(ctx, r.sealedOn === undefined ? sampled : sealed, sent);
    }).check(SEES_PARSE_ERROR))();

/**
 * A supervisory sampling record, as parsed.
 *
 * @example
 * ```ts
 * const record: SamplingRecord = {
 *   id: 'CY-2024-012',
 *   enterpriseId: '91350100M000100Y43',
 *   product: '塑料编织袋',
 *   licenseNumber: '吉XK16-204-00397',
 *   location: 'finished_goods_warehouse',
 *   fromPassedOutgoingInspection: true,
 *   samplingFormCompleted: true,
 *   sampledOn: '2024-03-01',
 *   sealedOn: '2024-03-01',
 *   sentOn: '2024-03-05',
 *   laboratory: { name: '吉林省产品质量监督检验院', qualified: true },
 *   feeCharged: 0,
 * };
 * ```
 */
export type SamplingRecord = z.infer<typeof samplingRecordSchema>;

/**
 * A supervisory sampling record, as accepted by {@link samplingRecordSchema}.
 *
 * @example
 * ```ts
 * const input: SamplingRecordInput = {
 *   enterpriseId: '91350100M000100Y43',
 *   product: '塑料编织袋',
 *   location: 'production_site',
 *   fromPassedOutgoingInspection: true,
 *   samplingFormCompleted: true,
 *   sampledOn: '2024-03-01',
 *   sealedOn: '2024-03-01',
 *   laboratory: { name: '吉林省产品质量监督检验院', qualified: true },
 *   feeCharged: 0,
 * };
 * assessSamplingRecord(input, { asOf: '2024-03-05' }).outcome;
 * //=> { status: 'awaiting_dispatch', problems: [], dispatchDeadline: '2024-03-08' }
 * ```
 */
export type SamplingRecordInput = z.input<typeof samplingRecordSchema>;
