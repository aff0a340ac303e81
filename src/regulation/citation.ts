import { z } from 'zod';
import { ARTICLES } from './articles.data.js';
import type { RegulationArticle } from './articles.js';
import type { Locale } from '../messages/message.js';
import { addDomainIssue, parseOrThrow } from '../messages/issues.js';

const positiveInt = z.number().int().positive();

/**
 * Schema of an {@link ArticleRef} that exists in the regulation. Issue code `NO_SUCH_PROVISION`
 * for an article, paragraph or item that is not there (Article 25, item 7 of Article 6…). An item
 * without a paragraph is accepted when only one paragraph of the article has items.
 *
 * @example
 * ```ts
 * articleRefSchema.safeParse({ article: 7, item: 6 }).success; //=> true
 * articleRefSchema.safeParse({ article: 6, item: 7 }).success; //=> false
 * ```
 */
export const articleRefSchema = z
  .strictObject({
    article: positiveInt,
    paragraph: positiveInt.optional(),
    item: positiveInt.optional(),
  })
  .superRefine((ref, ctx) => {
    if (resolve(ref) === undefined) {
      addDomainIssue(ctx, 'NO_SUCH_PROVISION', {
        'zh-CN': `本办法没有该条款：${describeRaw(ref, 'zh-CN')}`,
        en: `The measures have no such provision: ${describeRaw(ref, 'en')}`,
      });
    }
  });

/**
 * A reference to a provision of this regulation: Article N, paragraph P (款, counted from 1
 * within the article), item I (项, the numbered （一）（二）… list).
 *
 * @example
 * ```ts
 * const ref: ArticleRef = { article: 15, paragraph: 2, item: 3 }; // 第十五条第二款第（三）项
 * ```
 */
export type ArticleRef = z.infer<typeof articleRefSchema>;

interface Resolved {
  readonly article: RegulationArticle;
  /** The paragraph, 1-based, or undefined when the ref names the whole article. */
  readonly paragraph: number | undefined;
  readonly item: number | undefined;
}

function resolve(ref: ArticleRef): Resolved | undefined {
  const article = ARTICLES[ref.article - 1];
  if (!article) return undefined;
  let paragraph = ref.paragraph;
  if (paragraph !== undefined && !article.paragraphs[paragraph - 1]) return undefined;
  if (ref.item !== undefined) {
    if (paragraph === undefined) {
      const withItems = article.paragraphs.flatMap((p, i) => (p.items.length > 0 ? [i + 1] : []));
      if (withItems.length !== 1) return undefined;
      paragraph = withItems[0];
    }
    const p = article.paragraphs[(paragraph ?? 0) - 1];
    if (!p || ref.item > p.items.length) return undefined;
  }
  return { article, paragraph, item: ref.item };
}

/**
 * Whether a reference names a provision that exists.
 *
 * @example
 * ```ts
 * isValidArticleRef({ article: 25 }); //=> false
 * isValidArticleRef({ article: 9, paragraph: 2 }); //=> true
 * ```
 */
export function isValidArticleRef(ref: unknown): ref is ArticleRef {
  return articleRefSchema.safeParse(ref).success;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Writes a number from 1 to 99 in Chinese numerals, as used in article numbers.
 *
 * @example
 * ```ts
 * chineseNumeral(15); //=> '十五'
 * chineseNumeral(24); //=> '二十四'
 * ```
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = DIGITS[n % 10] ?? '';
  if (tens === 0) return ones;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones}`;
}

function describeRaw(ref: { article?: unknown; paragraph?: unknown; item?: unknown }, locale: Locale): string {
  const parts = [ref.article, ref.paragraph, ref.item].map((v) => String(v));
  return locale === 'zh-CN'
    ? `第${parts[0]}条${ref.paragraph === undefined ? '' : `第${parts[1]}款`}${ref.item === undefined ? '' : `第${parts[2]}项`}`
    : `Article ${parts[0]}${ref.paragraph === undefined ? '' : ` paragraph ${parts[1]}`}${ref.item === undefined ? '' : ` item ${parts[2]}`}`;
}

/**
 * Formats a citation the way Chinese legal texts and their English translations write it.
 * Articles with a single paragraph take no paragraph number.
 *
 * @param ref - the provision
 * @param locale - `'zh-CN'` (default) or `'en'`
 * @throws RuleInputError when the provision does not exist
 * @example
 * ```ts
 * formatCitation({ article: 15, paragraph: 2, item: 3 }); //=> '第十五条第二款第（三）项'
 * formatCitation({ article: 7, item: 1 }); //=> '第七条第（一）项'
 * formatCitation({ article: 19 }, 'en'); //=> 'Article 19'
 * formatCitation({ article: 15, paragraph: 2, item: 3 }, 'en'); //=> 'Article 15(2)(3)'
 * ```
 */
export function formatCitation(ref: ArticleRef, locale: Locale = 'zh-CN'): string {
  const parsed = parseOrThrow(articleRefSchema, ref);
  const r = resolve(parsed) as Resolved;
  const showParagraph = r.paragraph !== undefined && r.article.paragraphs.length > 1;
  if (locale === 'en') {
    return `Article ${r.article.number}${showParagraph ? `(${r.paragraph})` : ''}${r.item === undefined ? '' : `(${r.item})`}`;
  }
  return `第${chineseNumeral(r.article.number)}条${showParagraph ? `第${chineseNumeral(r.paragraph as number)}款` : ''}${r.item === undefined ? '' : `第（${chineseNumeral(r.item)}）项`}`;
}

/**
 * The Chinese text of a provision, verbatim: a whole article (all its paragraphs, items
 * numbered), one paragraph, or one item.
 *
 * @throws RuleInputError when the provision does not exist
 * @example
 * ```ts
 * provisionText({ article: 7, item: 6 }); //=> '上级交办的检查。'
 * ```
 */
export function provisionText(ref: ArticleRef): string {
  const r = resolve(parseOrThrow(articleRefSchema, ref)) as Resolved;
  const para = (i: number): string => {
    const p = r.article.paragraphs[i];
    if (!p) return '';
    return [p.text, ...p.items.map((it, k) => `（${chineseNumeral(k + 1)}）${it}`)].join('\n');
  };
  if (r.paragraph === undefined) return r.article.paragraphs.map((_, i) => para(i)).join('\n');
  if (r.item === undefined) return para(r.paragraph - 1);
  return r.article.paragraphs[r.paragraph - 1]?.items[r.item - 1] ?? '';
}
