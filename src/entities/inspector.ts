import * as z from 'zod';
import { SEES_PARSE_ERROR } from '../messages/issues.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { countyCodeSchema } from '../identifiers/divisions.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { nonEmptyId, nonEmptyText, requireDateOrder } from './refinements.js';
import { boundedArray } from '../limit-guards.js';

/**
 * Schema of the bureau an inspector belongs to: the city bureau (`{ level: 'city' }`, 白城市市场监督
 * 管理局) or a county-level bureau with its division code (`{ level: 'county', county: '220821' }`).
 * Unknown keys are rejected (`z.strictObject`).
 *
 * @example
 * ```ts
 * inspectorBureauSchema.safeParse({ level: 'county', county: '220821' }).success; //=> true
 * inspectorBureauSchema.safeParse({ level: 'county' }).success; //=> false (which county?)
 * ```
 */
export const inspectorBureauSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('level', [
    z.strictObject({ level: z.literal('city') }),
    z.strictObject({ level: z.literal('county'), county: countyCodeSchema }),
  ]))();

/**
 * The bureau an inspector belongs to.
 *
 * @example
 * ```ts
 * const bureau: InspectorBureau = { level: 'county', county: '220821' }; // 镇赉县市场监督管理局
 * ```
 */
export type InspectorBureau = z.infer<typeof inspectorBureauSchema>;

/**
 * Schema of an enforcement credential (执法证件, the 合法有效证件 of Article 9¶1): its number and
 * validity. `validFrom`, when given, may not be after `validUntil` (issue code `DATE_ORDER`).
 *
 * @example
 * ```ts
 * credentialSchema.safeParse({ number: '吉0800123', validUntil: '2026-12-31' }).success; //=> true
 * ```
 */
export const credentialSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      number: nonEmptyId,
      validFrom: plainDateSchema.optional(),
      validUntil: plainDateSchema,
    })
    .superRefine((c, ctx) => {
      requireDateOrder(
        ctx,
        { path: ['validFrom'], value: c.validFrom, name: { 'zh-CN': '证件生效日', en: 'the start of validity' } },
        { path: ['validUntil'], value: c.validUntil, name: { 'zh-CN': '证件有效期截止日', en: 'The end of validity' } },
      );
    }).check(SEES_PARSE_ERROR))();

/**
 * An enforcement credential (执法证件, Article 9¶1): its number and validity.
 *
 * @example
 * ```ts
 * const credential: Credential = { number: '吉0800123', validFrom: '2022-01-01', validUntil: '2026-12-31' };
 * ```
 */
export type Credential = z.infer<typeof credentialSchema>;

/**
 * Schema of an inspector (检查人员): id, name, bureau, enforcement credential, and the enterprises
 * (by unified social credit code) with which the inspector has declared a conflict of interest
 * (回避: 行政处罚法 2021 Art 43; FACTS.md). Unknown keys are rejected (`z.strictObject`): a
 * misspelt field is an error, and `__proto__` or `constructor` keys never reach the output.
 *
 * @example
 * ```ts
 * inspectorSchema.safeParse({
 *   id: 'BC-017', name: '张三', bureau: { level: 'city' },
 *   credential: { number: '吉0800123', validUntil: '2026-12-31' },
 *   conflicts: ['91350100M000100Y43'],
 * }).success; //=> true
 * ```
 */
export const inspectorSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: nonEmptyId,
    name: nonEmptyText,
    bureau: inspectorBureauSchema,
    credential: credentialSchema,
    conflicts: boundedArray(unifiedSocialCreditCodeSchema, 'conflictsMaxPerInspector').optional(),
  }))();

/**
 * An inspector, as parsed.
 *
 * @example
 * ```ts
 * const inspector: Inspector = {
 *   id: 'BC-017',
 *   name: '张三',
 *   bureau: { level: 'city' },
 *   credential: { number: '吉0800123', validFrom: '2022-01-01', validUntil: '2026-12-31' },
 *   conflicts: ['91310110666007217T'],
 * };
 * ```
 */
export type Inspector = z.infer<typeof inspectorSchema>;

/**
 * An inspector, as accepted by {@link inspectorSchema}.
 *
 * @example
 * ```ts
 * const input: InspectorInput = {
 *   id: 'TB-004',
 *   name: '赵六',
 *   bureau: { level: 'county', county: '220822' },
 *   credential: { number: '吉0822045', validUntil: '2027-06-30' },
 * };
 * inspectorSchema.safeParse(input).success; //=> true
 * ```
 */
export type InspectorInput = z.input<typeof inspectorSchema>;
