import * as z from 'zod';
import { plainDateSchema } from '../dates/plain-date.js';
import { licenseNumberSchema } from '../identifiers/license-number.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { inspectionKindSchema } from './supervision-forms.js';
import { nonEmptyId, nonEmptyText } from './refinements.js';
import { boundedArray } from '../limit-guards.js';

/**
 * Schema of one record kept in a quality dossier: the id of the inspection record or sampling
 * record it is, and its date. Used for both routine inspection records and supervisory sampling
 * results.
 *
 * @example
 * ```ts
 * dossierEntrySchema.safeParse({ recordId: 'R-2024-031', date: '2024-05-10' }).success; //=> true
 * ```
 */
export const dossierEntrySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    recordId: nonEmptyId,
    date: plainDateSchema,
  }))();

/**
 * One record kept in a quality dossier.
 *
 * @example
 * ```ts
 * const entry: DossierEntry = { recordId: 'R-2024-031', date: '2024-05-10' };
 * ```
 */
export type DossierEntry = z.infer<typeof dossierEntrySchema>;

/**
 * Schema of an enterprise quality dossier (企业质量档案, Article 13): basic information
 * (企业基本信息), the certificate text (证书文本), supervisory sampling results (监督抽查) and routine
 * inspection records (日常检查记录). A part left out is missing from the dossier; an empty list is
 * a part that exists with nothing in it yet. `dossierCompleteness` reports what is missing.
 * Unknown keys are rejected (`z.strictObject`).
 *
 * @example
 * ```ts
 * qualityDossierSchema.safeParse({
 *   enterpriseId: '91350100M000100Y43',
 *   basicInformation: { name: '白城市某包装制品有限公司', products: ['塑料编织袋'] },
 *   certificateText: { licenseNumber: '吉XK16-204-00397', documentRef: 'scan/2022-03-01.pdf' },
 *   supervisorySamplingResults: [], routineInspectionRecords: [{ recordId: 'R-1', date: '2024-05-10', kind: 'periodic' }],
 * }).success; //=> true
 * ```
 */
export const qualityDossierSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    enterpriseId: unifiedSocialCreditCodeSchema,
    basicInformation: z
      .strictObject({
        name: nonEmptyText,
        productionScale: nonEmptyText.optional(),
        products: boundedArray(nonEmptyText, 'listMaxLength').optional(),
        productionConditions: nonEmptyText.optional(),
        qualitySituation: nonEmptyText.optional(),
      })
      .optional(),
    certificateText: z
      .strictObject({
        licenseNumber: licenseNumberSchema,
        documentRef: nonEmptyText,
      })
      .optional(),
    supervisorySamplingResults: boundedArray(
      dossierEntrySchema.extend({ result: z.enum(['pass', 'fail']).optional() }),
      'listMaxLength',
    ).optional(),
    routineInspectionRecords: boundedArray(
      dossierEntrySchema.extend({ kind: inspectionKindSchema.optional() }),
      'listMaxLength',
    ).optional(),
  }))();

/**
 * An enterprise quality dossier, as parsed.
 *
 * @example
 * ```ts
 * const dossier: QualityDossier = {
 *   enterpriseId: '91350100M000100Y43',
 *   basicInformation: { name: '白城市某包装制品有限公司', products: ['塑料编织袋'] },
 *   certificateText: { licenseNumber: '吉XK16-204-00397', documentRef: 'scan/2022-03-01.pdf' },
 *   supervisorySamplingResults: [{ recordId: 'CY-2024-012', date: '2024-03-01', result: 'pass' }],
 *   routineInspectionRecords: [{ recordId: 'R-2024-031', date: '2024-05-10', kind: 'periodic' }],
 * };
 * ```
 */
export type QualityDossier = z.infer<typeof qualityDossierSchema>;

/**
 * An enterprise quality dossier, as accepted by {@link qualityDossierSchema}.
 *
 * @example
 * ```ts
 * const input: QualityDossierInput = {
 *   enterpriseId: '91350100M000100Y43',
 *   basicInformation: { name: '白城市某包装制品有限公司' },
 *   supervisorySamplingResults: [],
 *   routineInspectionRecords: [{ recordId: 'R-2024-031', date: '2024-05-10' }],
 * };
 * dossierCompleteness(input, { asOf: '2024-07-01' }).outcome.missingParts; //=> ['certificate_text']
 * ```
 */
export type QualityDossierInput = z.input<typeof qualityDossierSchema>;
