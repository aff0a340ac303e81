/** One paragraph (款) of an article: its text and its numbered items (项), if any. */
export interface RegulationParagraph {
  /** The paragraph's Chinese text, verbatim (for a paragraph with items, the lead-in sentence). */
  readonly text: string;
  /** The items （一）（二）…, verbatim, without their numbers. */
  readonly items: readonly string[];
}

/** One article (条) of the regulation. */
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

/** One chapter (章) of the regulation. */
export interface RegulationChapter {
  /** The chapter number, 1–5. */
  readonly number: number;
  /** Its Chinese heading. */
  readonly zh: string;
  /** Its English heading. */
  readonly en: string;
}
