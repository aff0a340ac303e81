import * as z from 'zod';
import type { ArticleRef } from '../regulation/citation.js';
import type { BilingualMessage } from '../messages/message.js';
import { deepFreeze } from '../freeze.js';

/**
 * Schema of the three categories of supervision in Article 5¶1: daily management (日常管理),
 * routine supervisory inspection (日常监督检查) and special inspection (专项检查).
 *
 * @example
 * ```ts
 * supervisionCategorySchema.options; //=> ['daily_management', 'routine_inspection', 'special_inspection']
 * ```
 */
export const supervisionCategorySchema = /* @__PURE__ */ (() =>
  z.enum(['daily_management', 'routine_inspection', 'special_inspection']))();

/**
 * One of Article 5's three categories of supervision.
 *
 * @example
 * ```ts
 * const category: SupervisionCategory = 'routine_inspection';
 * supervisionForms.follow_up.category; //=> 'routine_inspection'
 * ```
 */
export type SupervisionCategory = z.infer<typeof supervisionCategorySchema>;

/**
 * Schema of every form of supervision Article 5 names: the three activities of daily management
 * (self-inspection report check 年度自查报告的核查, filing 建档管理, reporting 信息报送), the three
 * routine inspections (periodic 定期, non-periodic 不定期, follow-up 回访) and special inspection
 * (专项检查).
 *
 * @example
 * ```ts
 * supervisionFormSchema.safeParse('follow_up').success; //=> true
 * ```
 */
export const supervisionFormSchema = /* @__PURE__ */ (() =>
  z.enum([
    'self_inspection_report_check',
    'filing',
    'reporting',
    'periodic',
    'non_periodic',
    'follow_up',
    'special',
  ]))();

/**
 * One of the forms of supervision named in Article 5.
 *
 * @example
 * ```ts
 * const form: SupervisionForm = 'self_inspection_report_check';
 * supervisionForms[form].onSite; //=> false
 * ```
 */
export type SupervisionForm = z.infer<typeof supervisionFormSchema>;

/**
 * Schema of the kind of an inspection that produces a 《获证企业巡查、回访记录》 (Article 9¶2): the
 * on-site forms of Article 5 — periodic, non-periodic, follow-up (routine inspection) and special.
 *
 * @example
 * ```ts
 * inspectionKindSchema.safeParse('special').success; //=> true
 * inspectionKindSchema.safeParse('filing').success; //=> false (daily management, not on site)
 * ```
 */
export const inspectionKindSchema = /* @__PURE__ */ (() =>
  z.enum(['periodic', 'non_periodic', 'follow_up', 'special']))();

/**
 * The kind of an on-site inspection (Article 5).
 *
 * @example
 * ```ts
 * const kind: InspectionKind = 'follow_up';
 * supervisionForms[kind].onSite; //=> true
 * ```
 */
export type InspectionKind = z.infer<typeof inspectionKindSchema>;

/**
 * What {@link supervisionForms} says about one form of supervision.
 *
 * @example
 * ```ts
 * const followUp: SupervisionFormDefinition = {
 *   category: 'routine_inspection',
 *   name: { 'zh-CN': '回访', en: 'Follow-up visit' },
 *   basis: { article: 5, paragraph: 4 },
 *   definition: {
 *     'zh-CN': '各级监管部门对获证企业存在问题或违法行为整改情况实施的核查。',
 *     en: 'Verification of how a licensed enterprise rectified its problems or violations.',
 *   },
 *   onSite: true,
 *   samplingWhenNecessary: false,
 * };
 * ```
 */
export interface SupervisionFormDefinition {
  /** Which of Article 5's categories it belongs to. */
  readonly category: SupervisionCategory;
  /** Its name in the regulation (zh-CN) and in the working translation (en). */
  readonly name: BilingualMessage;
  /** The provision that defines or names it. */
  readonly basis: ArticleRef;
  /** The definition, following the regulation's words. */
  readonly definition: BilingualMessage;
  /** Whether it is an on-site inspection recorded in a 《获证企业巡查、回访记录》. */
  readonly onSite: boolean;
  /** Whether the regulation provides for product-quality sampling "when necessary" (必要时进行产品质量抽查). */
  readonly samplingWhenNecessary: boolean;
}

/**
 * Article 5's forms of supervision as data, keyed by {@link SupervisionForm}. The on-site forms
 * (`onSite: true`) are exactly the values of {@link inspectionKindSchema}, the `kind` of an
 * inspection record.
 *
 * @example
 * ```ts
 * supervisionForms.follow_up.name['zh-CN']; //=> '回访'
 * supervisionForms.follow_up.basis; //=> { article: 5, paragraph: 4 }
 * supervisionForms.filing.category; //=> 'daily_management'
 * ```
 */
export const supervisionForms: { readonly [K in SupervisionForm]: SupervisionFormDefinition } = /* @__PURE__ */ deepFreeze({
  self_inspection_report_check: {
    category: 'daily_management',
    name: { 'zh-CN': '年度自查报告的核查', en: 'Check of the annual self-inspection report' },
    basis: { article: 5, paragraph: 1 },
    definition: {
      'zh-CN': '日常管理的一部分：核查获证企业的年度自查报告。',
      en: "Part of daily management: checking a licensed enterprise's annual self-inspection report.",
    },
    onSite: false,
    samplingWhenNecessary: false,
  },
  filing: {
    category: 'daily_management',
    name: { 'zh-CN': '建档管理', en: 'Filing (keeping records)' },
    basis: { article: 5, paragraph: 1 },
    definition: {
      'zh-CN': '日常管理的一部分：建立并管理获证企业档案（见第十三条）。',
      en: 'Part of daily management: keeping the licensed enterprise files (see Article 13).',
    },
    onSite: false,
    samplingWhenNecessary: false,
  },
  reporting: {
    category: 'daily_management',
    name: { 'zh-CN': '信息报送', en: 'Reporting information' },
    basis: { article: 5, paragraph: 1 },
    definition: {
      'zh-CN': '日常管理的一部分：报送获证企业监管信息。',
      en: 'Part of daily management: reporting supervision information on licensed enterprises.',
    },
    onSite: false,
    samplingWhenNecessary: false,
  },
  periodic: {
    category: 'routine_inspection',
    name: { 'zh-CN': '定期监督检查', en: 'Periodic inspection' },
    basis: { article: 5, paragraph: 2 },
    definition: {
      'zh-CN': '各级监管部门有计划地对本辖区内获证企业进行实地核查，必要时进行产品质量抽查。',
      en: 'Planned on-site verification of licensed enterprises in the jurisdiction, with product-quality sampling when necessary.',
    },
    onSite: true,
    samplingWhenNecessary: true,
  },
  non_periodic: {
    category: 'routine_inspection',
    name: { 'zh-CN': '不定期监督检查', en: 'Non-periodic inspection' },
    basis: { article: 5, paragraph: 3 },
    definition: {
      'zh-CN':
        '各级监管部门根据某类产品的质量安全状况以及预防突发事件的需要，结合某类产品存在的问题而对生产企业组织实地核查，必要时进行产品质量抽查。',
      en: 'On-site verification organised according to the quality-safety situation of a product category, the need to prevent emergencies and the problems of that category, with product-quality sampling when necessary.',
    },
    onSite: true,
    samplingWhenNecessary: true,
  },
  follow_up: {
    category: 'routine_inspection',
    name: { 'zh-CN': '回访', en: 'Follow-up visit' },
    basis: { article: 5, paragraph: 4 },
    definition: {
      'zh-CN': '各级监管部门对获证企业存在问题或违法行为整改情况实施的核查。',
      en: 'Verification of how a licensed enterprise rectified its problems or violations.',
    },
    onSite: true,
    samplingWhenNecessary: false,
  },
  special: {
    category: 'special_inspection',
    name: { 'zh-CN': '专项检查', en: 'Special inspection' },
    basis: { article: 5, paragraph: 5 },
    definition: {
      'zh-CN':
        '各级监管部门对获证企业违法违规较多的重点地区、重点产品和重点行业开展的专项监督检查（第七条列明应当开展的情形）。',
      en: 'Targeted inspection of key regions, products and industries where licensed enterprises violate rules often (Article 7 lists when one is required).',
    },
    onSite: true,
    samplingWhenNecessary: false,
  },
});
