import * as z from 'zod';
import { SEES_PARSE_ERROR } from '../messages/issues.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { checklistSchema } from './checklist.js';
import { inspectionFindingSchema } from './inspection-finding.js';
import { inspectionKindSchema } from './supervision-forms.js';
import { nonEmptyId, nonEmptyText, requireDateOrder } from './refinements.js';
import { boundedArray } from '../limit-guards.js';

/**
 * Schema of an inspector as named on an inspection record: who, which credential, its validity,
 * and the enterprises with which the inspector declared a conflict of interest. The record carries
 * these facts itself so that it can be assessed without looking anything up. `credentialValidFrom`,
 * when given, may not be after `credentialValidUntil` (issue code `DATE_ORDER`).
 *
 * @example
 * ```ts
 * recordInspectorSchema.safeParse({
 *   id: 'BC-017', name: '张三', credentialNumber: '吉0800123', credentialValidUntil: '2026-12-31',
 * }).success; //=> true
 * ```
 */
export const recordInspectorSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: nonEmptyId,
      name: nonEmptyText,
      credentialNumber: nonEmptyId,
      credentialValidFrom: plainDateSchema.optional(),
      credentialValidUntil: plainDateSchema,
      conflicts: boundedArray(unifiedSocialCreditCodeSchema, 'conflictsMaxPerInspector').optional(),
    })
    .superRefine((i, ctx) => {
      requireDateOrder(
        ctx,
        { path: ['credentialValidFrom'], value: i.credentialValidFrom, name: { 'zh-CN': '证件生效日', en: 'the start of validity' } },
        { path: ['credentialValidUntil'], value: i.credentialValidUntil, name: { 'zh-CN': '证件有效期截止日', en: 'The end of validity' } },
      );
    }).check(SEES_PARSE_ERROR))();

/**
 * An inspector as named on an inspection record.
 *
 * @example
 * ```ts
 * const inspector: RecordInspector = {
 *   id: 'BC-017',
 *   name: '张三',
 *   credentialNumber: '吉0800123',
 *   credentialValidFrom: '2022-01-01',
 *   credentialValidUntil: '2026-12-31',
 * };
 * ```
 */
export type RecordInspector = z.infer<typeof recordInspectorSchema>;

/**
 * Schema of the signatures on an inspection record (Article 9¶2: 经检查人员和企业负责人员分别签字):
 * the ids of the inspectors who signed, and the enterprise's responsible person with the day
 * they signed. Unknown keys are rejected (`z.strictObject`).
 *
 * @example
 * ```ts
 * recordSignaturesSchema.safeParse({
 *   inspectorIds: ['BC-017', 'BC-021'],
 *   enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-10' },
 * }).success; //=> true
 * ```
 */
export const recordSignaturesSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    inspectorIds: boundedArray(nonEmptyId, 'recordMaxInspectors'),
    enterpriseResponsiblePerson: z
      .strictObject({
        name: nonEmptyText,
        signedOn: plainDateSchema,
      })
      .optional(),
  }))();

/**
 * The signatures on an inspection record.
 *
 * @example
 * ```ts
 * const signatures: RecordSignatures = {
 *   inspectorIds: ['BC-017', 'BC-021'],
 *   enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-10' },
 * };
 * ```
 */
export type RecordSignatures = z.infer<typeof recordSignaturesSchema>;

/**
 * Schema of the 《获证企业巡查、回访记录》 (Licensed-Enterprise Patrol and Follow-up Record,
 * Article 9¶2) of one on-site inspection: the enterprise, the kind of inspection (Article 5), the
 * date, the inspectors, the Article 6 checklist (items may be unanswered), the findings, the
 * signatures and the filing date.
 *
 * The schema checks structure only: identifiers, real dates, and the order of dates — the
 * enterprise cannot sign before the inspection, nor the record be filed before the inspection or
 * the enterprise's signature (issue code `DATE_ORDER`). Whether the record meets Articles 6 and 9
 * (two inspectors, valid credentials, signatures…) is decided by `assessInspectionRecord`, so that
 * a defective record can still be read and reported on. Unknown keys are rejected
 * (`z.strictObject`): a misspelt field is an error, and `__proto__` or `constructor` keys never
 * reach the output.
 *
 * @example
 * ```ts
 * inspectionRecordSchema.safeParse({
 *   enterpriseId: '91350100M000100Y43', kind: 'periodic', date: '2024-05-10',
 *   inspectors: [], checklist: {}, findings: [], signatures: { inspectorIds: [] },
 * }).success; //=> true (structurally; assessInspectionRecord finds it invalid)
 * ```
 */
export const inspectionRecordSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: nonEmptyId.optional(),
      enterpriseId: unifiedSocialCreditCodeSchema,
      kind: inspectionKindSchema,
      date: plainDateSchema,
      inspectors: boundedArray(recordInspectorSchema, 'recordMaxInspectors'),
      checklist: checklistSchema,
      findings: boundedArray(inspectionFindingSchema, 'recordMaxFindings'),
      signatures: recordSignaturesSchema,
      filedOn: plainDateSchema.optional(),
    })
    .superRefine((r, ctx) => {
      const inspectionDate = { path: ['date'], value: r.date, name: { 'zh-CN': '检查日期', en: 'the inspection date' } };
      const signedOn = r.signatures.enterpriseResponsiblePerson?.signedOn;
      requireDateOrder(ctx, inspectionDate, {
        path: ['signatures', 'enterpriseResponsiblePerson', 'signedOn'],
        value: signedOn,
        name: { 'zh-CN': '企业负责人员签字日期', en: "The enterprise's signature date" },
      });
      const filed = { path: ['filedOn'], value: r.filedOn, name: { 'zh-CN': '归档日期', en: 'The filing date' } };
      requireDateOrder(ctx, inspectionDate, filed);
      requireDateOrder(
        ctx,
        { path: ['signatures', 'enterpriseResponsiblePerson', 'signedOn'], value: signedOn, name: { 'zh-CN': '企业负责人员签字日期', en: "the enterprise's signature date" } },
        filed,
      );
    }).check(SEES_PARSE_ERROR))();

/**
 * An inspection record, as parsed.
 *
 * @example
 * ```ts
 * const record: InspectionRecord = {
 *   id: 'R-2024-031',
 *   enterpriseId: '91350100M000100Y43',
 *   kind: 'periodic',
 *   date: '2024-05-10',
 *   inspectors: [
 *     { id: 'BC-017', name: '张三', credentialNumber: '吉0800123', credentialValidUntil: '2026-12-31' },
 *     { id: 'BC-021', name: '孙七', credentialNumber: '吉0800456', credentialValidUntil: '2026-12-31' },
 *   ],
 *   checklist: {
 *     license_mark: { status: 'compliant' },
 *     conditions_changed: { status: 'compliant' },
 *     raw_material_acceptance: { status: 'compliant' },
 *     outgoing_inspection: { status: 'non_compliant', note: '出厂检验记录缺失' },
 *     labelling: { status: 'compliant' },
 *     industrial_policy: { status: 'not_applicable' },
 *   },
 *   findings: [{ description: '出厂检验记录缺失', category: 'outgoing_inspection', requiresRectification: true }],
 *   signatures: {
 *     inspectorIds: ['BC-017', 'BC-021'],
 *     enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-10' },
 *   },
 *   filedOn: '2024-05-13',
 * };
 * ```
 */
export type InspectionRecord = z.infer<typeof inspectionRecordSchema>;

/**
 * An inspection record, as accepted by {@link inspectionRecordSchema}.
 *
 * @example
 * ```ts
 * const answered = { status: 'compliant' } as const;
 * const input: InspectionRecordInput = {
 *   enterpriseId: '91350100M000100Y43',
 *   kind: 'follow_up',
 *   date: '2024-06-12',
 *   inspectors: [
 *     { id: 'BC-017', name: '张三', credentialNumber: '吉0800123', credentialValidUntil: '2026-12-31' },
 *     { id: 'BC-021', name: '孙七', credentialNumber: '吉0800456', credentialValidUntil: '2026-12-31' },
 *   ],
 *   checklist: {
 *     license_mark: answered, conditions_changed: answered, raw_material_acceptance: answered,
 *     outgoing_inspection: answered, labelling: answered, industrial_policy: answered,
 *   },
 *   findings: [],
 *   signatures: {
 *     inspectorIds: ['BC-017', 'BC-021'],
 *     enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-06-12' },
 *   },
 *   filedOn: '2024-06-13',
 * };
 * assessInspectionRecord(input, { asOf: '2024-06-20' }).outcome; //=> { valid: true, problems: [] }
 * ```
 */
export type InspectionRecordInput = z.input<typeof inspectionRecordSchema>;
