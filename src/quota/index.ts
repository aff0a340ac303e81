// Barrel: named re-exports only.
export { requiredSpotChecks } from './required-spot-checks.js';
export { auditQuota, auditQuotaInputSchema, spotCheckMakerSchema, spotCheckSchema } from './audit-quota.js';
export type { AuditQuotaInput, CountyQuota, QuotaOutcome, SpotCheck, SpotCheckMaker } from './audit-quota.js';
export { planAnnualAudit, planAnnualAuditInputSchema } from './plan-annual-audit.js';
export type { AnnualAuditPlan, PlanAnnualAuditInput } from './plan-annual-audit.js';
