import * as z from 'zod';
import type { BilingualMessage } from '../messages/message.js';
import { nonEmptyText } from './refinements.js';
import { deepFreeze } from '../freeze.js';
import { plainObject } from '../limit-guards.js';

/**
 * Schema of the stable names of Article 6's six checklist items, in item order:
 * (1) `license_mark`, (2) `conditions_changed`, (3) `raw_material_acceptance`,
 * (4) `outgoing_inspection`, (5) `labelling`, (6) `industrial_policy`.
 *
 * @example
 * ```ts
 * checklistItemKeySchema.options[1]; //=> 'conditions_changed'
 * ```
 */
export const checklistItemKeySchema = /* @__PURE__ */ (() =>
  z.enum([
    'license_mark',
    'conditions_changed',
    'raw_material_acceptance',
    'outgoing_inspection',
    'labelling',
    'industrial_policy',
  ]))();

/**
 * The stable name of one of Article 6's checklist items.
 *
 * @example
 * ```ts
 * const key: ChecklistItemKey = 'outgoing_inspection';
 * CHECKLIST_ITEMS[key].item; //=> 4
 * ```
 */
export type ChecklistItemKey = z.infer<typeof checklistItemKeySchema>;

/**
 * What {@link CHECKLIST_ITEMS} says about one Article 6 item.
 *
 * @example
 * ```ts
 * const labelling: ChecklistItemDefinition = {
 *   item: 5,
 *   question: {
 *     'zh-CN': '企业产品包装是否符合标识标注规定，是否存在误导、欺骗消费者的情况',
 *     en: 'Does the packaging comply with labelling rules without misleading or deceiving consumers?',
 *   },
 * };
 * ```
 */
export interface ChecklistItemDefinition {
  /** The item number in Article 6 (1–6). */
  readonly item: number;
  /** What is checked, in both languages. */
  readonly question: BilingualMessage;
}

/**
 * Article 6's six checklist items, keyed by {@link ChecklistItemKey}. For `conditions_changed`
 * (item 2), `non_compliant` means the conditions, inspection means, technology or process changed
 * without the re-examination procedure the law requires; an unchanged plant is `compliant`.
 *
 * @example
 * ```ts
 * CHECKLIST_ITEMS.labelling.item; //=> 5
 * ```
 */
export const CHECKLIST_ITEMS: { readonly [K in ChecklistItemKey]: ChecklistItemDefinition } = /* @__PURE__ */ deepFreeze({
  license_mark: {
    item: 1,
    question: {
      'zh-CN': '是否按照规定要求在产品包装上标注生产许可证编号和标志',
      en: 'Are the license number and mark printed on the packaging as required?',
    },
  },
  conditions_changed: {
    item: 2,
    question: {
      'zh-CN': '生产条件、检验手段、生产技术或工艺是否已经发生变化，是否按照法定要求办理重新审查手续',
      en: 'Have production conditions, inspection means, technology or process changed, and were re-examination procedures completed as the law requires?',
    },
  },
  raw_material_acceptance: {
    item: 3,
    question: {
      'zh-CN': '原辅材料进货验收制度是否有效运行',
      en: 'Does the incoming raw-material acceptance system run effectively?',
    },
  },
  outgoing_inspection: {
    item: 4,
    question: {
      'zh-CN': '产品出厂检验的实施情况（出厂检验记录和报告）',
      en: 'How is outgoing inspection carried out (records and reports)?',
    },
  },
  labelling: {
    item: 5,
    question: {
      'zh-CN': '企业产品包装是否符合标识标注规定，是否存在误导、欺骗消费者的情况',
      en: 'Does the packaging comply with labelling rules without misleading or deceiving consumers?',
    },
  },
  industrial_policy: {
    item: 6,
    question: { 'zh-CN': '获证企业执行产业政策情况', en: 'Does the enterprise comply with industrial policy?' },
  },
});

/**
 * Schema of the answer to one checklist item: `compliant`, `non_compliant` or `not_applicable`,
 * with an optional note. Unknown keys are rejected (`z.strictObject`).
 *
 * @example
 * ```ts
 * checklistAnswerSchema.safeParse({ status: 'non_compliant', note: '未标注QS标志' }).success; //=> true
 * ```
 */
export const checklistAnswerSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    status: z.enum(['compliant', 'non_compliant', 'not_applicable']),
    note: nonEmptyText.optional(),
  }))();

/**
 * The answer to one checklist item.
 *
 * @example
 * ```ts
 * const answer: ChecklistAnswer = { status: 'non_compliant', note: '包装未标注生产许可证编号' };
 * ```
 */
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;

/**
 * Schema of the Article 6 checklist of an inspection record. Every item may be absent, so an
 * unanswered item can be represented (the rules report it in a routine inspection; a special
 * inspection need not answer the items); other keys are rejected (`z.strictObject`).
 *
 * @example
 * ```ts
 * checklistSchema.safeParse({ license_mark: { status: 'compliant' } }).success; //=> true
 * checklistSchema.safeParse({ licence_mark: { status: 'compliant' } }).success; //=> false (misspelt)
 * ```
 */
export const checklistSchema = /* @__PURE__ */ (() =>
  plainObject(
    z.strictObject({
      license_mark: checklistAnswerSchema.optional(),
      conditions_changed: checklistAnswerSchema.optional(),
      raw_material_acceptance: checklistAnswerSchema.optional(),
      outgoing_inspection: checklistAnswerSchema.optional(),
      labelling: checklistAnswerSchema.optional(),
      industrial_policy: checklistAnswerSchema.optional(),
    }),
  ))();

/**
 * The Article 6 checklist of an inspection record.
 *
 * @example
 * ```ts
 * const checklist: Checklist = {
 *   license_mark: { status: 'compliant' },
 *   conditions_changed: { status: 'compliant' },
 *   raw_material_acceptance: { status: 'compliant' },
 *   outgoing_inspection: { status: 'non_compliant', note: '出厂检验记录缺失' },
 *   labelling: { status: 'compliant' },
 *   industrial_policy: { status: 'not_applicable' },
 * };
 * ```
 */
export type Checklist = z.infer<typeof checklistSchema>;
