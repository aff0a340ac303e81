// Barrel: named re-exports only.
export type {
  SpecialInspectionEvent,
  SpecialInspectionTrigger,
  SpecialInspectionTriggersInput,
  SpecialInspectionTriggersOutcome,
} from './special-inspection-triggers.js';
export {
  specialInspectionEventSchema,
  specialInspectionTriggerSchema,
  specialInspectionTriggers,
  specialInspectionTriggersInputSchema,
} from './special-inspection-triggers.js';
export type {
  SamplingEligibilityInput,
  SamplingEligibilityOutcome,
  SamplingFindings,
  SamplingGround,
} from './sampling-eligibility.js';
export {
  samplingEligibility,
  samplingEligibilityInputSchema,
  samplingFindingsSchema,
  samplingGroundSchema,
} from './sampling-eligibility.js';
export type {
  AssessInspectionRecordOptions,
  AssessInspectionRecordOutcome,
  InspectionRecordProblem,
  InspectionRecordProblemDefinition,
} from './assess-inspection-record.js';
export {
  assessInspectionRecord,
  assessInspectionRecordOptionsSchema,
  inspectionRecordProblemSchema,
  inspectionRecordProblems,
} from './assess-inspection-record.js';
export type {
  InspectionConsequence,
  InspectionConsequencesOptions,
  InspectionConsequencesOutcome,
} from './inspection-consequences.js';
export {
  inspectionConsequenceSchema,
  inspectionConsequences,
  inspectionConsequencesOptionsSchema,
} from './inspection-consequences.js';
export type {
  RectificationFiling,
  RectificationState,
  RectificationStatusOptions,
  RectificationStatusOutcome,
} from './rectification-status.js';
export {
  rectificationFilingSchema,
  rectificationStateSchema,
  rectificationStatus,
  rectificationStatusOptionsSchema,
} from './rectification-status.js';
export type { SampleDispatchDeadlineOptions, SampleDispatchDeadlineOutcome } from './sample-dispatch-deadline.js';
export { sampleDispatchDeadline, sampleDispatchDeadlineOptionsSchema } from './sample-dispatch-deadline.js';
export type {
  AssessSamplingRecordOptions,
  AssessSamplingRecordOutcome,
  SamplingRecordProblem,
  SamplingRecordProblemDefinition,
} from './assess-sampling-record.js';
export {
  assessSamplingRecord,
  assessSamplingRecordOptionsSchema,
  samplingRecordProblemSchema,
  samplingRecordProblems,
} from './assess-sampling-record.js';
export type { TestingFailureHandlingOptions, TestingFailureHandlingOutcome } from './testing-failure-handling.js';
export { testingFailureHandling, testingFailureHandlingOptionsSchema } from './testing-failure-handling.js';
export type { LicenseActionAuthorityOptions, LicenseActionAuthorityOutcome } from './license-action-authority.js';
export { licenseActionAuthority, licenseActionAuthorityOptionsSchema } from './license-action-authority.js';
export type {
  ConductBreach,
  InspectionConductFacts,
  InspectionConductOptions,
  InspectionConductOutcome,
} from './inspection-conduct.js';
export {
  conductBreachSchema,
  inspectionConduct,
  inspectionConductFactsSchema,
  inspectionConductOptionsSchema,
} from './inspection-conduct.js';
export type {
  ProductionChange,
  SelfInspectionProblem,
  SelfInspectionReportCheckOptions,
  SelfInspectionReportCheckOutcome,
} from './self-inspection-report-check.js';
export {
  productionChangeSchema,
  selfInspectionProblemSchema,
  selfInspectionReportCheck,
  selfInspectionReportCheckOptionsSchema,
} from './self-inspection-report-check.js';
export type { DossierCompletenessOptions, DossierCompletenessOutcome, DossierPart } from './dossier-completeness.js';
export { dossierCompleteness, dossierCompletenessOptionsSchema, dossierPartSchema } from './dossier-completeness.js';
export type {
  AssessPublicationRecordOptions,
  AssessPublicationRecordOutcome,
  PublicationDeadlineOptions,
  PublicationDeadlineOutcome,
  PublicationStatus,
} from './publication-deadline.js';
export {
  assessPublicationRecord,
  assessPublicationRecordOptionsSchema,
  publicationDeadline,
  publicationDeadlineOptionsSchema,
  publicationStatusSchema,
} from './publication-deadline.js';
