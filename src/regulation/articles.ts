/**
 * One paragraph (款) of an article: its text and its numbered items (项), if any.
 *
 * @example
 * ```ts
 * // Article 15¶2
 * const p: RegulationParagraph = {
 *   text: '有下列情形之一者，各级监管部门可以对企业获证产品组织监督检验：',
 *   items: [
 *     '监督检查发现企业产品涉嫌存在严重质量问题的；',
 *     '监督检查发现企业不能持续保持应当具备的条件的；',
 *     '企业未完成整改，或经复查仍不合格的；',
 *     '其他需要抽样检验的情形。',
 *   ],
 * };
 * ```
 */
export interface RegulationParagraph {
  /** The paragraph's Chinese text, verbatim (for a paragraph with items, the lead-in sentence). */
  readonly text: string;
  /** The items （一）（二）…, verbatim, without their numbers. */
  readonly items: readonly string[];
}

/**
 * One article (条) of the regulation.
 *
 * @example
 * ```ts
 * const a: RegulationArticle = {
 *   number: 24,
 *   chapter: 5,
 *   paragraphs: [{ text: '本办法自2020年11月25日起施行。', items: [] }],
 *   summary: 'In force from 25 November 2020.',
 * };
 * ```
 */
export interface RegulationArticle {
  /** The article number, 1–24. */
  readonly number: number;
  /** The chapter (章) it stands in, 1–5. */
  readonly chapter: number;
  /** Its paragraphs, in order. */
  readonly paragraphs: readonly RegulationParagraph[];
  /** An English summary (working translation). */
  readonly summary: string;
}

/**
 * One chapter (章) of the regulation.
 *
 * @example
 * ```ts
 * const c: RegulationChapter = { number: 3, zh: '监督检验', en: 'Supervisory inspection testing' };
 * ```
 */
export interface RegulationChapter {
  /** The chapter number, 1–5. */
  readonly number: number;
  /** Its Chinese heading. */
  readonly zh: string;
  /** Its English heading. */
  readonly en: string;
}
