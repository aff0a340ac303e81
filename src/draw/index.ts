// Barrel: named re-exports only.
export { drawInspections } from './draw-inspections.js';
export { verifyDraw } from './verify-draw.js';
export type { DrawDifference, DrawVerification } from './verify-draw.js';
export type { DrawResult } from './engine.js';
export { fingerprintDrawLists, listFingerprintSchema } from './lists.js';
export type { DrawFingerprints, DrawLists, ListFingerprint } from './lists.js';
export { DRAW_ALGORITHM } from './prng.js';
export {
  RISK_CLASSES,
  STRATIFY_BY,
  UNSPECIFIED_STRATUM,
  drawEnterpriseSchema,
  drawInputSchema,
  drawInspectorSchema,
  drawRatioSchema,
  drawSeedSchema,
} from './schemas.js';
export type { DeepReadonly, DrawEnterprise, DrawInput, DrawInspector } from './schemas.js';
export {
  EXCLUSION_REASONS,
  drawAssignmentSchema,
  drawExclusionSchema,
  drawParametersSchema,
  drawRecordSchema,
  drawStratumSchema,
  unstaffedEnterpriseSchema,
} from './record.js';
export type {
  DrawAssignment,
  DrawExclusion,
  DrawParameters,
  DrawRecord,
  DrawStratum,
  ExclusionReason,
  UnstaffedEnterprise,
} from './record.js';
export { UNSTAFFED_REASONS } from './assign.js';
export type { UnstaffedReason } from './assign.js';
