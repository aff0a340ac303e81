import * as z from 'zod';
import { checklistItemKeySchema } from './checklist.js';
import { nonEmptyText } from './refinements.js';

/**
 * Schema of one finding of an inspection. Besides the description, the inspectors mark what the
 * finding amounts to; each flag feeds one consequence (see `inspectionConsequences`):
 * - `requiresRectification`: a problem needing rectification (Article 10);
 * - `penaltyViolation`: a violation of laws, regulations or rules calling for an administrative
 *   penalty (Article 11);
 * - `prominentQualityProblem`: a prominent product-quality problem (Article 12, interview);
 * - `seriousQualityProblemSuspected`: products suspected of serious quality problems
 *   (Article 15¶2 item 1);
 * - `conditionsNotMaintained`: the enterprise cannot keep meeting the required conditions
 *   (Article 15¶2 item 2).
 *
 * An absent flag means the inspectors did not find that. `category` optionally ties the finding
 * to an Article 6 item, to product quality, or to something else. Unknown keys are rejected
 * (`z.strictObject`).
 *
 * @example
 * ```ts
 * inspectionFindingSchema.safeParse({
 *   description: '出厂检验记录缺失', category: 'outgoing_inspection', requiresRectification: true,
 * }).success; //=> true
 * ```
 */
export const inspectionFindingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    description: nonEmptyText,
    category: z.enum([...checklistItemKeySchema.options, 'product_quality', 'other']).optional(),
    requiresRectification: z.boolean().optional(),
    penaltyViolation: z.boolean().optional(),
    prominentQualityProblem: z.boolean().optional(),
    seriousQualityProblemSuspected: z.boolean().optional(),
    conditionsNotMaintained: z.boolean().optional(),
  }))();

/**
 * One finding of an inspection.
 *
 * @example
 * ```ts
 * const finding: InspectionFinding = {
 *   description: '出厂检验记录缺失',
 *   category: 'outgoing_inspection',
 *   requiresRectification: true,
 * };
 * ```
 */
export type InspectionFinding = z.infer<typeof inspectionFindingSchema>;
