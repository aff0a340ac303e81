import * as z from 'zod';
import { plainDateSchema } from '../dates/plain-date.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { nonEmptyId, requireDateOrder } from './refinements.js';

/**
 * Schema of the record of publishing one spot check's result (抽查结果公示, Article 8 "一公开"): the
 * enterprise checked, the day the result was produced (`resultOn`, 抽查结果产生之日) and, once it
 * is, the day it was published (`publishedOn`) on the national enterprise credit information
 * system. An absent `publishedOn` means not (yet) published. Structural checks only, plus date
 * order (`DATE_ORDER`: publication not before the result). The deadline is checked by
 * `assessPublicationRecord`. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * publicationRecordSchema.safeParse({
 *   enterpriseId: '91350100M000100Y43', resultOn: '2024-09-20', publishedOn: '2024-10-15',
 * }).success; //=> true
 * ```
 */
export const publicationRecordSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: nonEmptyId.optional(),
      enterpriseId: unifiedSocialCreditCodeSchema,
      resultOn: plainDateSchema,
      publishedOn: plainDateSchema.optional(),
    })
    .superRefine((r, ctx) => {
      requireDateOrder(
        ctx,
        { path: ['resultOn'], value: r.resultOn, name: { 'zh-CN': '抽查结果产生日期', en: 'the day the result was produced' } },
        { path: ['publishedOn'], value: r.publishedOn, name: { 'zh-CN': '公示日期', en: 'The publication date' } },
      );
    }))();

/**
 * The record of publishing a spot check's result, as parsed.
 *
 * @example
 * ```ts
 * const record: PublicationRecord = {
 *   id: 'GS-2024-031', enterpriseId: '91350100M000100Y43', resultOn: '2024-09-20', publishedOn: '2024-10-15',
 * };
 * ```
 */
export type PublicationRecord = z.infer<typeof publicationRecordSchema>;

/**
 * The record of publishing a spot check's result, as accepted by {@link publicationRecordSchema}.
 *
 * @example
 * ```ts
 * const input: PublicationRecordInput = { enterpriseId: '91350100M000100Y43', resultOn: '2024-09-20' };
 * ```
 */
export type PublicationRecordInput = z.input<typeof publicationRecordSchema>;
