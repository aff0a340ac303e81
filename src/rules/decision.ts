import type { ArticleRef } from '../regulation/citation.js';
import type { BilingualMessage } from '../messages/message.js';

/**
 * A provision of a higher law or a national document that a decision also rests on, kept apart
 * from this regulation's own articles.
 *
 * @example
 * ```ts
 * const ref: LawRef = { law: '中华人民共和国产品质量法', article: 15 };
 * ```
 */
export interface LawRef {
  /** The law's Chinese title (e.g. `中华人民共和国民法典`). */
  readonly law: string;
  /** Article number in that law, if one is cited. */
  readonly article?: number;
}

/**
 * One condition a rule checked, passed or failed, with the facts it compared.
 *
 * @example
 * ```ts
 * const step: TraceStep = {
 *   rule: 'art9.para1.min_inspectors', basis: { article: 9, paragraph: 1 }, passed: false,
 *   facts: { inspectors: 1, required: 2 },
 *   message: { 'zh-CN': '检查人员少于2名', en: 'Fewer than 2 inspectors' },
 * };
 * ```
 */
export interface TraceStep {
  /** Stable id of the condition, e.g. `art7.item1.complaint`. */
  readonly rule: string;
  /** The provision the condition comes from. */
  readonly basis: ArticleRef;
  /** Whether the condition held. */
  readonly passed: boolean;
  /** The actual values compared. */
  readonly facts: Readonly<Record<string, unknown>>;
  /** What was checked and what was found, in both languages. */
  readonly message: BilingualMessage;
}

/**
 * The answer of every decision function: the outcome, the provisions it rests on, and every
 * condition checked, in order.
 *
 * @example
 * ```ts
 * const d: Decision<{ required: boolean }> = {
 *   outcome: { required: false }, basis: [{ article: 7 }], higherLaw: [], trace: [],
 * };
 * ```
 */
export interface Decision<Outcome> {
  /** The answer. */
  readonly outcome: Outcome;
  /** The articles of this regulation the outcome rests on. */
  readonly basis: readonly ArticleRef[];
  /** Provisions of higher laws the outcome also rests on, kept apart from `basis`. */
  readonly higherLaw: readonly LawRef[];
  /** Every condition checked, passed or failed, in order. */
  readonly trace: readonly TraceStep[];
}
