import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { addOwnIssue } from '../messages/issues.js';
import type { ArticleRef } from '../regulation/citation.js';
import type { Decision, TraceStep } from './decision.js';
import { readWithAsOf } from './support/options.js';
import { decide, step } from './support/trace.js';
import { LIMITS } from '../limits.js';
import { boundedString, plainObject } from '../limit-guards.js';
import { typedKey } from '../text-key.js';

/**
 * Schema of the grounds of Article 15¶2 for supervisory testing, in item order:
 * (1) `serious_quality_problem`, (2) `conditions_not_maintained`, (3) `rectification_failed`
 * (rectification not completed, or still failing at re-inspection), (4) `other`.
 *
 * @example
 * ```ts
 * samplingGroundSchema.options[2]; //=> 'rectification_failed'
 * ```
 */
export const samplingGroundSchema = /* @__PURE__ */ (() =>
  z.enum(['serious_quality_problem', 'conditions_not_maintained', 'rectification_failed', 'other']))();

/**
 * One of Article 15¶2's grounds for supervisory testing.
 *
 * @example
 * ```ts
 * const ground: SamplingGround = 'conditions_not_maintained'; // Article 15¶2 item 2
 * ```
 */
export type SamplingGround = z.infer<typeof samplingGroundSchema>;

/**
 * Schema of what supervision has found, as Article 15¶2 asks it. An absent flag means it was not
 * found; `rectification` is absent when no rectification is under way; `otherNeed`, when given,
 * must state a reason (a blank one, or one of invisible characters only, is invalid input, issue
 * code `REASON_EMPTY`). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * samplingFindingsSchema.safeParse({ rectification: 'failed_reinspection' }).success; //=> true
 * samplingFindingsSchema.safeParse({ otherNeed: '  ' }).success; //=> false (REASON_EMPTY)
 * ```
 */
export const samplingFindingsSchema = /* @__PURE__ */ (() =>
  plainObject(
    z.strictObject({
      seriousQualityProblemSuspected: z.boolean().optional(),
      conditionsNotMaintained: z.boolean().optional(),
      rectification: z.enum(['completed', 'not_completed', 'failed_reinspection']).optional(),
      otherNeed: boundedString(
        'textMaxLength',
        z
          .string()
          .trim()
          .max(LIMITS.textMaxLength)
          .superRefine((reason, ctx) => {
            // Nothing visible: white space and format characters (zero-width space…) only.
            if (typedKey(reason) === '') {
              addOwnIssue(ctx, 'REASON_EMPTY', {
                'zh-CN': '第十五条第二款第（四）项“其他需要抽样检验的情形”须写明理由',
                en: 'Article 15(2)(4) "other circumstances" needs a stated reason',
              });
            }
          }),
        'trimmed',
      ).optional(),
    }),
  ))();

/**
 * What supervision has found, as Article 15¶2 asks it.
 *
 * @example
 * ```ts
 * const findings: SamplingFindings = { seriousQualityProblemSuspected: true, rectification: 'completed' };
 * ```
 */
export type SamplingFindings = z.infer<typeof samplingFindingsSchema>;

/**
 * Schema of the input of {@link samplingEligibility}.
 *
 * @example
 * ```ts
 * samplingEligibilityInputSchema.safeParse({ asOf: '2024-05-01', findings: {} }).success; //=> true
 * ```
 */
export const samplingEligibilityInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: plainDateSchema,
    findings: samplingFindingsSchema,
  }))();

/**
 * Input of {@link samplingEligibility}: the decision date and what supervision has found (Article
 * 15¶2).
 *
 * @example
 * ```ts
 * const input: SamplingEligibilityInput = { asOf: '2024-07-01', findings: { rectification: 'failed_reinspection' } };
 * samplingEligibility(input).outcome; //=> { eligible: true, grounds: ['rectification_failed'] }
 * ```
 */
export type SamplingEligibilityInput = z.input<typeof samplingEligibilityInputSchema>;

/**
 * Outcome of {@link samplingEligibility}: whether Article 15¶2 allows supervisory testing, and on
 * which grounds.
 *
 * @example
 * ```ts
 * const outcome: SamplingEligibilityOutcome = { eligible: true, grounds: ['rectification_failed'] };
 * ```
 */
export interface SamplingEligibilityOutcome {
  /** Whether supervisory testing may be organised (可以组织监督检验). */
  readonly eligible: boolean;
  /** The grounds found, in Article 15¶2's item order. */
  readonly grounds: readonly SamplingGround[];
}

/** @internal The Article 15¶2 evaluation shared with `inspectionConsequences`. */
export interface GroundEvaluation {
  readonly grounds: SamplingGround[];
  readonly basis: ArticleRef[];
  readonly trace: TraceStep[];
}

/** @internal Evaluates the four grounds of Article 15¶2, tracing each. */
export function evaluateSamplingGrounds(findings: SamplingFindings): GroundEvaluation {
  const checks: readonly {
    ground: SamplingGround;
    holds: boolean;
    facts: Record<string, unknown>;
    yes: { 'zh-CN': string; en: string };
    no: { 'zh-CN': string; en: string };
  }[] = [
    {
      ground: 'serious_quality_problem',
      holds: findings.seriousQualityProblemSuspected === true,
      facts: { seriousQualityProblemSuspected: findings.seriousQualityProblemSuspected ?? null },
      yes: {
        'zh-CN': '监督检查发现企业产品涉嫌存在严重质量问题',
        en: 'Inspection found products suspected of serious quality problems',
      },
      no: { 'zh-CN': '未发现产品涉嫌存在严重质量问题', en: 'No suspected serious quality problem was found' },
    },
    {
      ground: 'conditions_not_maintained',
      holds: findings.conditionsNotMaintained === true,
      facts: { conditionsNotMaintained: findings.conditionsNotMaintained ?? null },
      yes: {
        'zh-CN': '监督检查发现企业不能持续保持应当具备的条件',
        en: 'Inspection found the enterprise cannot keep meeting the required conditions',
      },
      no: {
        'zh-CN': '未发现企业不能持续保持应当具备的条件',
        en: 'No failure to maintain the required conditions was found',
      },
    },
    {
      ground: 'rectification_failed',
      holds: findings.rectification === 'not_completed' || findings.rectification === 'failed_reinspection',
      facts: { rectification: findings.rectification ?? null },
      yes: {
        'zh-CN': '企业未完成整改，或经复查仍不合格',
        en: 'Rectification not completed, or failed at re-inspection',
      },
      no: { 'zh-CN': '无未完成整改或复查不合格的情形', en: 'No unfinished or failed rectification' },
    },
    {
      ground: 'other',
      holds: findings.otherNeed !== undefined,
      facts: { otherNeed: findings.otherNeed ?? null },
      yes: {
        'zh-CN': `其他需要抽样检验的情形：${findings.otherNeed ?? ''}`,
        en: `Other need for sampling: ${findings.otherNeed ?? ''}`,
      },
      no: { 'zh-CN': '未说明其他需要抽样检验的情形', en: 'No other need for sampling was stated' },
    },
  ];
  const grounds: SamplingGround[] = [];
  const basis: ArticleRef[] = [];
  const trace = checks.map((c, i) => {
    const ref = { article: 15, paragraph: 2, item: i + 1 };
    if (c.holds) {
      grounds.push(c.ground);
      basis.push(ref);
    }
    return step(`art15.para2.item${i + 1}.${c.ground}`, ref, c.holds, c.facts, c.holds ? c.yes : c.no);
  });
  return { grounds, basis, trace };
}

/**
 * Article 15¶2: whether supervisory testing (监督检验) of the enterprise's licensed products may be
 * organised, and on which grounds. The article says "may" (可以): an eligible case is one where
 * the department may sample, not one where it must. An absent finding is taken as not found —
 * the grounds are things supervision *found* — so the answer is always decided. Ground 3 takes
 * the result of `rectificationStatus`: status `'failed'` is `rectification: 'failed_reinspection'`.
 *
 * @param input - `{ asOf, findings }`
 * @returns a decision whose outcome is `{ eligible, grounds }`; `basis` cites each ground's item
 *   (Article 15¶2 as a whole when none holds)
 * @throws RuleInputError for malformed input (including a blank `otherNeed`); NotInForceError
 *   when `asOf` is before 2020-11-25
 * @example
 * ```ts
 * samplingEligibility({ asOf: '2024-05-01', findings: { conditionsNotMaintained: true } }).outcome;
 * //=> { eligible: true, grounds: ['conditions_not_maintained'] }
 * samplingEligibility({ asOf: '2024-05-01', findings: {} }).outcome;
 * //=> { eligible: false, grounds: [] }
 * ```
 */
export function samplingEligibility(input: DeepReadonly<SamplingEligibilityInput>): Decision<SamplingEligibilityOutcome> {
  const { findings } = readWithAsOf(samplingEligibilityInputSchema, input);
  const { grounds, basis, trace } = evaluateSamplingGrounds(findings);
  return decide(
    { eligible: grounds.length > 0, grounds },
    basis.length > 0 ? basis : [{ article: 15, paragraph: 2 }],
    [],
    trace,
  );
}
