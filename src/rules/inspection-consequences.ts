import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { parseOwn } from '../messages/issues.js';
import { formatCitation, type ArticleRef } from '../regulation/citation.js';
import { CHECKLIST_ITEMS, checklistItemKeySchema, type ChecklistItemKey } from '../entities/checklist.js';
import { inspectionRecordSchema, type InspectionRecordInput } from '../entities/inspection-record.js';
import { supervisionForms } from '../entities/supervision-forms.js';
import type { Decision, LawRef, TraceStep } from './decision.js';
import { evaluateSamplingGrounds, type SamplingGround } from './sampling-eligibility.js';
import { ADMINISTRATIVE_PENALTY_LAW } from './support/laws.js';
import { asOfOptionsSchema, readWithAsOf, requireRecordDate } from './support/options.js';
import { decide, step } from './support/trace.js';

/**
 * Schema of what can follow from an inspection, in article order: `rectification_order`
 * (Article 10, 责令限期整改), `penalty_referral` (Article 11, 依法上报), `interview` (Article 12,
 * 约谈), `sampling` (Article 15¶2, 监督检验 may be organised).
 *
 * @example
 * ```ts
 * inspectionConsequenceSchema.options; //=> ['rectification_order', 'penalty_referral', 'interview', 'sampling']
 * ```
 */
export const inspectionConsequenceSchema = /* @__PURE__ */ (() =>
  z.enum(['rectification_order', 'penalty_referral', 'interview', 'sampling']))();

/**
 * Something that follows from an inspection (Articles 10, 11, 12 and 15¶2).
 *
 * @example
 * ```ts
 * const consequence: InspectionConsequence = 'interview'; // Article 12, 约谈
 * ```
 */
export type InspectionConsequence = z.infer<typeof inspectionConsequenceSchema>;

/**
 * Schema of the options of {@link inspectionConsequences}: `{ asOf }`.
 *
 * @example
 * ```ts
 * inspectionConsequencesOptionsSchema.safeParse({ asOf: '2024-06-01' }).success; //=> true
 * ```
 */
export const inspectionConsequencesOptionsSchema = asOfOptionsSchema;

/**
 * Options of {@link inspectionConsequences}: the decision date `asOf`.
 *
 * @example
 * ```ts
 * const options: InspectionConsequencesOptions = { asOf: '2024-06-01' };
 * ```
 */
export type InspectionConsequencesOptions = z.input<typeof inspectionConsequencesOptionsSchema>;

/**
 * Outcome of {@link inspectionConsequences}: what follows from an inspection under Articles 10, 11,
 * 12 and 15¶2.
 *
 * @example
 * ```ts
 * const outcome: InspectionConsequencesOutcome = {
 *   status: 'decided',
 *   consequences: ['rectification_order', 'sampling'],
 *   samplingGrounds: ['serious_quality_problem'],
 *   missing: [],
 * };
 * ```
 */
export interface InspectionConsequencesOutcome {
  /**
   * `'decided'`, or `'insufficient_information'` when unanswered checklist items of a routine
   * inspection could still add a rectification order (then `consequences` lists only what follows
   * from what was answered).
   */
  readonly status: 'decided' | 'insufficient_information';
  /** What follows, in article order; empty when everything was compliant. */
  readonly consequences: readonly InspectionConsequence[];
  /** The Article 15¶2 grounds behind `sampling` (items 1 and 2 come from an inspection). */
  readonly samplingGrounds: readonly SamplingGround[];
  /** The facts that would be needed to decide (paths into the record), empty when decided. */
  readonly missing: readonly string[];
}

/**
 * Articles 6, 10, 11, 12 and 15: what follows from an inspection's checklist and findings.
 * - `rectification_order` (Article 10) when a checklist item is `non_compliant` or a finding is
 *   marked `requiresRectification` — a non-compliant Article 6 item is read as a problem needing
 *   rectification (docs/interpretation.md);
 * - `penalty_referral` (Article 11) when a finding is marked `penaltyViolation`;
 * - `interview` (Article 12) when a finding is marked `prominentQualityProblem`;
 * - `sampling` (Article 15¶2 items 1–2) when a finding is marked
 *   `seriousQualityProblemSuspected` or `conditionsNotMaintained`. Sampling is discretionary
 *   ("may"); ground 3 comes from `rectificationStatus`, not from a single record.
 *
 * In a routine inspection (日常监督检查: `periodic`, `non_periodic`, `follow_up`, Article 5¶1),
 * unanswered checklist items make the outcome `'insufficient_information'` unless a rectification
 * order already follows (the only consequence a checklist item can add). Article 6's list is the
 * focus of routine inspections only: a special inspection (`special`, 专项检查) is judged on its
 * findings and on the items its inspectors chose to answer, so an item left unanswered there is
 * not missing (its trace step says so). The record's validity is a separate question
 * (`assessInspectionRecord`).
 *
 * @param record - the inspection record
 * @param options - `{ asOf }`
 * @returns a decision whose outcome is `{ status, consequences, samplingGrounds, missing }`
 * @throws RuleInputError for malformed input or a record dated after `asOf`; NotInForceError for
 *   dates before 2020-11-25
 * @example
 * ```ts
 * const answered = { status: 'compliant' } as const;
 * inspectionConsequences(
 *   {
 *     enterpriseId: '91350100M000100Y43', kind: 'periodic', date: '2024-05-10', inspectors: [],
 *     checklist: { license_mark: { status: 'non_compliant' }, conditions_changed: answered,
 *       raw_material_acceptance: answered, outgoing_inspection: answered, labelling: answered,
 *       industrial_policy: answered },
 *     findings: [{ description: '包装未标注许可证编号', prominentQualityProblem: true }],
 *     signatures: { inspectorIds: [] },
 *   },
 *   { asOf: '2024-06-01' },
 * ).outcome;
 * //=> { status: 'decided', consequences: ['rectification_order', 'interview'], samplingGrounds: [], missing: [] }
 * ```
 */
export function inspectionConsequences(
  record: DeepReadonly<InspectionRecordInput>,
  options: DeepReadonly<InspectionConsequencesOptions>,
): Decision<InspectionConsequencesOutcome> {
  const { asOf } = readWithAsOf(inspectionConsequencesOptionsSchema, options);
  const r = parseOwn(inspectionRecordSchema, record);
  requireRecordDate(r.date, asOf, ['date'], { 'zh-CN': '检查日期', en: 'The inspection date' });

  const trace: TraceStep[] = [];
  // Article 6 (日常监督检查重点是…) binds routine inspections; a special inspection answers what it chose to.
  const routine = supervisionForms[r.kind].category === 'routine_inspection';
  const nonCompliant: ArticleRef[] = [];
  const unanswered: string[] = [];
  const unansweredRefs: ArticleRef[] = [];
  for (const key of checklistItemKeySchema.options) {
    const item = CHECKLIST_ITEMS[key].item;
    const ref: ArticleRef = { article: 6, item };
    const zh = formatCitation(ref);
    const en = formatCitation(ref, 'en');
    const status = r.checklist[key]?.status;
    if (status === undefined && routine) {
      unanswered.push(`checklist.${key}`);
      unansweredRefs.push(ref);
    }
    if (status === 'non_compliant') nonCompliant.push(ref);
    const notAsked = status === undefined && !routine;
    trace.push(
      step(
        `art6.item${item}.${key}`,
        ref,
        status === 'compliant' || status === 'not_applicable' || notAsked,
        notAsked ? { item: key, status: null, required: false } : { item: key, status: status ?? null },
        notAsked
          ? { 'zh-CN': `${zh}未填写，专项检查不要求`, en: `${en} (${key}) is unanswered: not required in a special inspection` }
          : status === undefined
          ? { 'zh-CN': `${zh}未填写，无法判断`, en: `${en} (${key}) is unanswered: cannot tell` }
          : status === 'non_compliant'
          ? { 'zh-CN': `${zh}不符合`, en: `${en} (${key}) is non-compliant` }
          : { 'zh-CN': `${zh}：${status === 'compliant' ? '符合' : '不适用'}`, en: `${en} (${key}): ${status === 'compliant' ? 'compliant' : 'not applicable'}` },
      ),
    );
  }

  const indexes = (flag: (f: (typeof r.findings)[number]) => boolean | undefined): number[] =>
    r.findings.flatMap((f, i) => (flag(f) === true ? [i] : []));
  const rectification = indexes((f) => f.requiresRectification);
  const penalty = indexes((f) => f.penaltyViolation);
  const prominent = indexes((f) => f.prominentQualityProblem);

  const consequences: InspectionConsequence[] = [];
  const basis: ArticleRef[] = [];
  const higherLaw: LawRef[] = [];

  const needsRectification = nonCompliant.length > 0 || rectification.length > 0;
  // The Article 6 items that findings needing rectification are tied to by their category.
  const itemsNamedByFindings = [
    ...new Set(
      rectification.flatMap((i) => {
        const category = r.findings[i]?.category;
        return category !== undefined && Object.hasOwn(CHECKLIST_ITEMS, category) ? [CHECKLIST_ITEMS[category as ChecklistItemKey].item] : [];
      }),
    ),
  ];
  trace.push(
    step(
      'art10.rectification_needed',
      { article: 10 },
      needsRectification,
      { nonCompliantItems: nonCompliant.map((ref) => ref.item), findingsRequiringRectification: rectification, itemsNamedByFindings },
      needsRectification
        ? {
            'zh-CN': '发现需要整改的问题，应当责令限期整改',
            en: 'Problems needing rectification were found: order rectification within a time limit',
          }
        : { 'zh-CN': '未发现需要整改的问题', en: 'No problem needing rectification was found' },
    ),
  );
  if (needsRectification) {
    consequences.push('rectification_order');
    // The Article 6 items at fault: those answered non-compliant and those findings name, in item order.
    const items = new Set([...nonCompliant.map((ref) => ref.item as number), ...itemsNamedByFindings]);
    basis.push(...[...items].sort((a, b) => a - b).map((item) => ({ article: 6, item })), { article: 10 });
  }

  trace.push(
    step(
      'art11.penalty_violation',
      { article: 11 },
      penalty.length > 0,
      { findingsCallingForPenalty: penalty },
      penalty.length > 0
        ? {
            'zh-CN': '发现需要给予行政处罚的违法行为，检查人员应当及时依法上报',
            en: 'A violation calling for an administrative penalty was found: report it promptly',
          }
        : { 'zh-CN': '未发现需要给予行政处罚的违法行为', en: 'No violation calling for a penalty was found' },
    ),
  );
  if (penalty.length > 0) {
    consequences.push('penalty_referral');
    basis.push({ article: 11 });
    higherLaw.push(ADMINISTRATIVE_PENALTY_LAW);
  }

  trace.push(
    step(
      'art12.prominent_quality_problem',
      { article: 12 },
      prominent.length > 0,
      { findingsWithProminentQualityProblem: prominent },
      prominent.length > 0
        ? {
            'zh-CN': '产品质量问题突出，应对企业法人代表进行行政约谈',
            en: 'Prominent product-quality problems: summon the legal representative for an interview',
          }
        : { 'zh-CN': '未发现突出的产品质量问题', en: 'No prominent product-quality problem was found' },
    ),
  );
  if (prominent.length > 0) {
    consequences.push('interview');
    basis.push({ article: 12 });
  }

  const grounds = evaluateSamplingGrounds({
    seriousQualityProblemSuspected: r.findings.some((f) => f.seriousQualityProblemSuspected === true),
    conditionsNotMaintained: r.findings.some((f) => f.conditionsNotMaintained === true),
  });
  trace.push(...grounds.trace.slice(0, 2));
  if (grounds.grounds.length > 0) {
    consequences.push('sampling');
    basis.push(...grounds.basis);
  }

  const undecided = !needsRectification && unanswered.length > 0;
  const missing = undecided ? unanswered : [];
  if (undecided) basis.unshift(...unansweredRefs);
  return decide(
    {
      status: undecided ? 'insufficient_information' : 'decided',
      consequences,
      samplingGrounds: grounds.grounds,
      missing,
    },
    basis.length > 0
      ? basis
      : [{ article: 6 }, { article: 10 }, { article: 11 }, { article: 12 }, { article: 15, paragraph: 2 }],
    higherLaw,
    trace,
  );
}
