// Barrel: named re-exports only.
export type { AuthorityLevel, Authority } from './authority.js';
export { authorityLevelSchema, authoritySchema } from './authority.js';
export type {
  InspectionKind,
  SupervisionCategory,
  SupervisionForm,
  SupervisionFormDefinition,
} from './supervision-forms.js';
export {
  inspectionKindSchema,
  supervisionCategorySchema,
  supervisionFormSchema,
  supervisionForms,
} from './supervision-forms.js';
export type { LicenseIssuer, ProductionLicense, ProductionLicenseInput } from './production-license.js';
export { licenseIssuerSchema, productionLicenseSchema } from './production-license.js';
export type { LicensedEnterprise, LicensedEnterpriseInput } from './licensed-enterprise.js';
export { licensedEnterpriseSchema } from './licensed-enterprise.js';
export type { Credential, Inspector, InspectorBureau, InspectorInput } from './inspector.js';
export { credentialSchema, inspectorBureauSchema, inspectorSchema } from './inspector.js';
export type { Checklist, ChecklistAnswer, ChecklistItemDefinition, ChecklistItemKey } from './checklist.js';
export { CHECKLIST_ITEMS, checklistAnswerSchema, checklistItemKeySchema, checklistSchema } from './checklist.js';
export type { InspectionFinding } from './inspection-finding.js';
export { inspectionFindingSchema } from './inspection-finding.js';
export type {
  InspectionRecord,
  InspectionRecordInput,
  RecordInspector,
  RecordSignatures,
} from './inspection-record.js';
export { inspectionRecordSchema, recordInspectorSchema, recordSignaturesSchema } from './inspection-record.js';
export type { RectificationOrder, RectificationOrderInput } from './rectification-order.js';
export { rectificationOrderSchema } from './rectification-order.js';
export type { Reinspection, ReinspectionInput } from './reinspection.js';
export { reinspectionSchema } from './reinspection.js';
export type { Laboratory, SamplingLocation, SamplingRecord, SamplingRecordInput } from './sampling-record.js';
export { laboratorySchema, samplingLocationSchema, samplingRecordSchema } from './sampling-record.js';
export type { TestingReport, TestingReportInput } from './testing-report.js';
export { testingReportSchema } from './testing-report.js';
export type { SelfInspectionReport, SelfInspectionReportInput } from './self-inspection-report.js';
export { selfInspectionReportSchema } from './self-inspection-report.js';
export type { DossierEntry, QualityDossier, QualityDossierInput } from './quality-dossier.js';
export { dossierEntrySchema, qualityDossierSchema } from './quality-dossier.js';
export type { LicenseAction, LicenseActionDecision, LicenseActionDecisionInput } from './license-action-decision.js';
export { licenseActionDecisionSchema, licenseActionSchema } from './license-action-decision.js';
export type { PublicationRecord, PublicationRecordInput } from './publication-record.js';
export { publicationRecordSchema } from './publication-record.js';
