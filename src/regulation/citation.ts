import type { Locale } from '../messages/message.js';
import type { LocalizedIssue } from '../messages/issues.js';
import { RuleInputError, describeValue, invalidArgument } from '../errors.js';
import { ARTICLE_STRUCTURE } from './structure.js';

/**
 * A reference to a provision of this regulation: Article N, paragraph P (款, counted from 1
 * within the article), item I (项, the numbered （一）（二）… list).
 *
 * @example
 * ```ts
 * const ref: ArticleRef = { article: 15, paragraph: 2, item: 3 }; // 第十五条第二款第（三）项
 * ```
 */
export interface ArticleRef {
  /** Article number, 1–24. */
  readonly article: number;
  /** Paragraph number within the article, from 1. */
  readonly paragraph?: number | undefined;
  /** Item number within the paragraph, from 1. */
  readonly item?: number | undefined;
}

/** A provision resolved against the structure: the paragraph is filled in where it is implied. */
interface Resolved {
  readonly article: number;
  readonly paragraphs: number;
  readonly paragraph: number | undefined;
  readonly item: number | undefined;
}

// Number.isInteger is false for anything that is not a number.
const isPositiveInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

function resolve(ref: unknown): Resolved | undefined {
  if (typeof ref !== 'object' || ref === null || Array.isArray(ref)) return undefined;
  const { article, paragraph: p, item, ...others } = ref as Record<string, unknown>;
  if (Object.keys(others).length > 0) return undefined;
  if (!isPositiveInt(article)) return undefined;
  if (p !== undefined && !isPositiveInt(p)) return undefined;
  if (item !== undefined && !isPositiveInt(item)) return undefined;
  const shape = ARTICLE_STRUCTURE[article - 1];
  if (!shape) return undefined;
  let paragraph = p;
  if (paragraph !== undefined && shape[paragraph - 1] === undefined) return undefined;
  if (item !== undefined) {
    if (paragraph === undefined) {
      const withItems = shape.flatMap((n, i) => (n > 0 ? [i + 1] : []));
      if (withItems.length !== 1) return undefined;
      paragraph = withItems[0];
    }
    if (item > (shape[(paragraph as number) - 1] ?? 0)) return undefined;
  }
  return { article, paragraphs: shape.length, paragraph, item };
}

/**
 * The issue for a reference that names no provision of the regulation, or `undefined` when it
 * names one. Code `NO_SUCH_PROVISION`.
 *
 * @example
 * ```ts
 * articleRefIssue({ article: 25 })?.code; //=> 'NO_SUCH_PROVISION'
 * articleRefIssue({ article: 7, item: 6 }); //=> undefined
 * ```
 */
export function articleRefIssue(ref: unknown): LocalizedIssue | undefined {
  if (resolve(ref)) return undefined;
  const shown = describeValue(ref);
  return {
    path: [],
    code: 'NO_SUCH_PROVISION',
    message: { 'zh-CN': `本办法没有该条款：${shown}`, en: `The measures have no such provision: ${shown}` },
  };
}

function resolveOrThrow(ref: unknown): Resolved {
  const resolved = resolve(ref);
  if (!resolved) throw new RuleInputError([articleRefIssue(ref) as LocalizedIssue]);
  return resolved;
}

/**
 * Whether a reference names a provision that exists. An item without a paragraph is accepted
 * when only one paragraph of the article has items (`{ article: 15, item: 3 }`).
 *
 * @example
 * ```ts
 * isValidArticleRef({ article: 25 }); //=> false
 * isValidArticleRef({ article: 6, item: 7 }); //=> false
 * isValidArticleRef({ article: 9, paragraph: 2 }); //=> true
 * ```
 */
export function isValidArticleRef(ref: unknown): ref is ArticleRef {
  return resolve(ref) !== undefined;
}

/**
 * The same provision written in full: the paragraph filled in where an item implies it, and
 * dropped for single-paragraph articles.
 *
 * @throws RuleInputError when the provision does not exist
 * @example
 * ```ts
 * normalizeArticleRef({ article: 15, item: 3 }); //=> { article: 15, paragraph: 2, item: 3 }
 * normalizeArticleRef({ article: 7, paragraph: 1, item: 1 }); //=> { article: 7, item: 1 }
 * ```
 */
export function normalizeArticleRef(ref: ArticleRef): ArticleRef {
  const r = resolveOrThrow(ref);
  const out: { article: number; paragraph?: number; item?: number } = { article: r.article };
  if (r.paragraph !== undefined && r.paragraphs > 1) out.paragraph = r.paragraph;
  if (r.item !== undefined) out.item = r.item;
  return out;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Writes a whole number from 1 to 99 in Chinese numerals, as used in article numbers; other
 * whole numbers are written in Arabic digits.
 *
 * @throws RuleInputError (code `INVALID_ARGUMENT`) when `n` is not a safe integer: a fraction,
 *   `NaN`, an infinity, or not a number at all
 * @example
 * ```ts
 * chineseNumeral(15); //=> '十五'
 * chineseNumeral(24); //=> '二十四'
 * chineseNumeral(100); //=> '100'
 * chineseNumeral(Number.NaN); // throws RuleInputError (code 'INVALID_ARGUMENT')
 * ```
 */
export function chineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n)) throw invalidArgument('n', { 'zh-CN': '整数', en: 'a whole number' });
  return numeral(n);
}

/** {@link chineseNumeral} of a safe integer. */
function numeral(n: number): string {
  if (n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = DIGITS[n % 10] as string;
  if (tens === 0) return ones;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones}`;
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
  const { article, paragraph, paragraphs, item } = resolveOrThrow(ref);
  if (locale !== 'zh-CN' && locale !== 'en') {
    throw invalidArgument('locale', { 'zh-CN': "'zh-CN' 或 'en'", en: "'zh-CN' or 'en'" });
  }
  // The paragraph is named only in an article of several paragraphs.
  const p = paragraphs > 1 ? paragraph : undefined;
  return locale === 'en'
    ? `Article ${article}${p === undefined ? '' : `(${p})`}${item === undefined ? '' : `(${item})`}`
    : `第${numeral(article)}条${p === undefined ? '' : `第${numeral(p)}款`}${item === undefined ? '' : `第（${numeral(item)}）项`}`;
}
