import * as z from 'zod';
import { SEES_PARSE_ERROR } from '../messages/issues.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { checklistItemKeySchema } from './checklist.js';
import { nonEmptyId, nonEmptyText, requireDateOrder } from './refinements.js';
import { boundedArray } from '../limit-guards.js';

/**
 * Schema of an order to rectify within a time limit (责令限期整改, Article 10): the enterprise, the
 * day of the order, the last day of the rectification period (`deadline`) and at least one item
 * to rectify (optionally tied to an Article 6 checklist item). A deadline before the order date is
 * invalid input (issue code `DATE_ORDER`); a deadline on the order date is accepted. Unknown keys
 * are rejected (`z.strictObject`).
 *
 * @example
 * ```ts
 * rectificationOrderSchema.safeParse({
 *   enterpriseId: '91350100M000100Y43', orderedOn: '2024-05-10', deadline: '2024-06-10',
 *   items: [{ description: '补充出厂检验记录', checklistItem: 'outgoing_inspection' }],
 * }).success; //=> true
 * ```
 */
export const rectificationOrderSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: nonEmptyId.optional(),
      enterpriseId: unifiedSocialCreditCodeSchema,
      inspectionRecordId: nonEmptyId.optional(),
      orderedOn: plainDateSchema,
      deadline: plainDateSchema,
      items: boundedArray(
        z.strictObject({
          description: nonEmptyText,
          checklistItem: checklistItemKeySchema.optional(),
        }),
        'listMaxLength',
        1,
      ),
    })
    .superRefine((o, ctx) => {
      requireDateOrder(
        ctx,
        { path: ['orderedOn'], value: o.orderedOn, name: { 'zh-CN': '责令整改日期', en: 'the order date' } },
        { path: ['deadline'], value: o.deadline, name: { 'zh-CN': '整改期限', en: 'The rectification deadline' } },
      );
    }).check(SEES_PARSE_ERROR))();

/**
 * An order to rectify within a time limit, as parsed.
 *
 * @example
 * ```ts
 * const order: RectificationOrder = {
 *   id: 'ZG-2024-007',
 *   enterpriseId: '91350100M000100Y43',
 *   inspectionRecordId: 'R-2024-031',
 *   orderedOn: '2024-05-10',
 *   deadline: '2024-06-10',
 *   items: [{ description: '补充出厂检验记录', checklistItem: 'outgoing_inspection' }],
 * };
 * ```
 */
export type RectificationOrder = z.infer<typeof rectificationOrderSchema>;

/**
 * An order to rectify, as accepted by {@link rectificationOrderSchema}.
 *
 * @example
 * ```ts
 * const input: RectificationOrderInput = {
 *   enterpriseId: '91350100M000100Y43',
 *   orderedOn: '2024-05-10',
 *   deadline: '2024-06-10',
 *   items: [{ description: '补充出厂检验记录', checklistItem: 'outgoing_inspection' }],
 * };
 * rectificationStatus(input, { asOf: '2024-06-01' }).outcome.status; //=> 'open'
 * ```
 */
export type RectificationOrderInput = z.input<typeof rectificationOrderSchema>;
