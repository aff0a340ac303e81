import { ARTICLES } from './articles.data.js';
import { chineseNumeral, normalizeArticleRef, type ArticleRef } from './citation.js';

/**
 * The Chinese text of a provision, verbatim: a whole article (all its paragraphs, items
 * numbered, one per line), one paragraph, or one item.
 *
 * @throws RuleInputError when the provision does not exist
 * @example
 * ```ts
 * provisionText({ article: 7, item: 6 }); //=> '上级交办的检查。'
 * provisionText({ article: 24 }); //=> '本办法自2020年11月25日起施行。'
 * ```
 */
export function provisionText(ref: ArticleRef): string {
  const r = normalizeArticleRef(ref);
  const article = ARTICLES[r.article - 1];
  /* c8 ignore next */
  if (!article) return '';
  const para = (i: number): string => {
    const p = article.paragraphs[i];
    /* c8 ignore next */
    if (!p) return '';
    return [p.text, ...p.items.map((it, k) => `（${chineseNumeral(k + 1)}）${it}`)].join('\n');
  };
  const paragraph = r.paragraph ?? (r.item !== undefined || article.paragraphs.length === 1 ? 1 : undefined);
  if (paragraph === undefined) return article.paragraphs.map((_, i) => para(i)).join('\n');
  if (r.item === undefined) return para(paragraph - 1);
  return article.paragraphs[paragraph - 1]?.items[r.item - 1] ?? '';
}
