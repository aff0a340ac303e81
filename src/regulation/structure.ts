/**
 * The shape of the regulation: for each article (index 0 = Article 1), the number of numbered
 * items (项) in each of its paragraphs (款). Article 6 has one paragraph with six items, Article 9
 * two paragraphs without items, Article 15 two paragraphs of which the second has four items.
 * Kept apart from the full text so that citing needs no text; a test checks it against
 * {@link ARTICLES}.
 *
 * @example
 * ```ts
 * ARTICLE_STRUCTURE[14]; //=> [0, 4] (Article 15)
 * ```
 */
export const ARTICLE_STRUCTURE: readonly (readonly number[])[] = /* @__PURE__ */ Object.freeze(
  [
    [0], [0], [0], [0], [0, 0, 0, 0, 0], [6], [6], [0], [0, 0], [0], [0], [0],
    [0], [0], [0, 4], [0], [0], [0], [0], [0], [0], [0], [0], [0],
  ].map((paragraphs) => Object.freeze(paragraphs)), // frozen two levels deep, without deepFreeze: citing stays small
);
