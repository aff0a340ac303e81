import * as z from 'zod';
import { plainDateSchema } from '../dates/plain-date.js';
import { parseOwn, SEES_PARSE_ERROR } from '../messages/issues.js';
import { assertInForce } from '../regulation/in-force.js';
import type { Decision } from '../rules/decision.js';
import { canonicalParameters, completeDraw, eligibleCount, prepareDraw, type DrawResult } from '../draw/engine.js';
import { rejectDuplicateEnterprises } from '../draw/lists.js';
import {
  checkParameters,
  type DeepReadonly,
  drawEnterpriseSchema,
  drawInspectorSchema,
  drawParameterShape,
  drawSeedSchema,
} from '../draw/schemas.js';
import { runQuotaAudit, spotCheckSchema, type QuotaOutcome } from './audit-quota.js';
import { boundedArray } from '../limit-guards.js';

/**
 * Schema of the input of {@link planAnnualAudit}: the draw's seed, date and lists, the spot
 * checks made so far, and the draw options other than `ratio`, `count`, `ratios` and
 * `alreadyChecked`, which the plan sets.
 *
 * @example
 * ```ts
 * planAnnualAuditInputSchema.safeParse({ seed: '5', asOf: '2024-09-01', enterprises: [], inspectors: [] }).success; //=> true
 * ```
 */
export const planAnnualAuditInputSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The public seed of the draw. */
      seed: drawSeedSchema,
      /** The day of the plan and the draw; the year audited is its year. */
      asOf: plainDateSchema,
      /** The licensed enterprises of the city. */
      enterprises: boundedArray(drawEnterpriseSchema, 'drawMaxEnterprises'),
      /** The inspectors. */
      inspectors: boundedArray(drawInspectorSchema, 'drawMaxInspectors'),
      /** The spot checks so far (default none); only the city's count (`madeBy`, Article 19). */
      spotChecks: boundedArray(spotCheckSchema, 'quotaMaxSpotChecks').optional(),
      /** Inspectors per team; at least 2 (Article 9¶1). */
      teamSize: drawParameterShape.teamSize,
      /** Stratify the draw by county or by credit-risk class. */
      stratifyBy: drawParameterShape.stratifyBy,
      /** Reserves per stratum (default: as many as that stratum selects). */
      reserveCount: drawParameterShape.reserveCount,
      /** Yearly cap: enterprises with `inspectionsThisYear` at or above it are left out. */
      maxInspectionsPerYear: drawParameterShape.maxInspectionsPerYear,
      /** Most teams one inspector may join in this draw. */
      maxTeamsPerInspector: drawParameterShape.maxTeamsPerInspector,
    })
    .superRefine((input, ctx) => checkParameters({ ...input, count: 0 }, ctx))
    .check(SEES_PARSE_ERROR))();

/**
 * The input of {@link planAnnualAudit}.
 *
 * @example
 * ```ts
 * const input: PlanAnnualAuditInput = { seed: '2-7-1-8', asOf: '2024-09-01', enterprises: [], inspectors: [], spotChecks: [] };
 * ```
 */
export type PlanAnnualAuditInput = DeepReadonly<z.input<typeof planAnnualAuditInputSchema>>;

/**
 * The answer of {@link planAnnualAudit}.
 *
 * @example
 * ```ts
 * const { quota, draw, projectedChecked, projectedMet } = planAnnualAudit(input);
 * ```
 */
export interface AnnualAuditPlan {
  /** The quota audit before the draw (Article 19). */
  readonly quota: Decision<QuotaOutcome>;
  /** The draw of `min(shortfall, eligible)` enterprises not yet checked this year. */
  readonly draw: DrawResult;
  /** Checked so far plus the enterprises the draw gave a team. */
  readonly projectedChecked: number;
  /** Whether `projectedChecked` reaches `required`. */
  readonly projectedMet: boolean;
}

/**
 * Plans the rest of the year's Article 19 spot checks: audits the quota as of `asOf` (the
 * licensed enterprises being those on `enterprises` whose license is valid that day), then
 * draws the shortfall at random from the licensed enterprises not yet checked this year
 * (left out with reason `ALREADY_CHECKED`), with teams, by {@link drawInspections}. When fewer
 * are eligible than the shortfall, it draws all of them and `projectedMet` is false. The
 * draw's record carries `count` and `alreadyChecked`, so {@link verifyDraw} re-runs it.
 *
 * @param input - seed, date, lists, spot checks so far and draw options
 * @returns the quota audit, the draw, and the projected figures
 * @throws RuleInputError for malformed input or duplicate ids
 * @throws NotInForceError when `asOf` is before 2020-11-25
 * @example
 * ```ts
 * const plan = planAnnualAudit({ seed: '3-6-1-4', asOf: '2024-09-01', enterprises, inspectors, spotChecks });
 * plan.draw.selected.length; //=> plan.quota.outcome.shortfall (when enough are eligible)
 * ```
 */
export function planAnnualAudit(input: PlanAnnualAuditInput): AnnualAuditPlan {
  const parsed = parseOwn(planAnnualAuditInputSchema, input);
  const asOf = assertInForce(parsed.asOf);
  rejectDuplicateEnterprises(parsed.enterprises);
  const licensedEnterpriseIds = parsed.enterprises
    .filter((e) => e.licenseValidUntil === undefined || e.licenseValidUntil >= asOf)
    .map((e) => e.id);
  const audit = runQuotaAudit({
    year: Number(asOf.slice(0, 4)),
    asOf,
    licensedEnterpriseIds,
    spotChecks: parsed.spotChecks ?? [],
  });
  const { seed: _seed, enterprises, inspectors, spotChecks: _checks, ...options } = parsed;
  const base = { ...options, alreadyChecked: audit.checkedIds() };
  const seed = parsed.seed.normalize('NFC');
  const prepared = prepareDraw(seed, asOf, canonicalParameters({ ...base, count: 0 }), enterprises, inspectors);
  const count = Math.min(audit.decision.outcome.shortfall, eligibleCount(prepared));
  const draw = completeDraw(prepared, canonicalParameters({ ...base, count }));
  const projectedChecked = audit.decision.outcome.checked + draw.assignments.length;
  return {
    quota: audit.decision,
    draw,
    projectedChecked,
    projectedMet: projectedChecked >= audit.decision.outcome.required,
  };
}
