import * as z from 'zod';
import { addOwnIssue, SEES_PARSE_ERROR } from '../messages/issues.js';
import { chineseNumeral, isValidArticleRef, type ArticleRef } from './citation.js';

const positiveInt = /* @__PURE__ */ (() => z.number().int().positive())();

/**
 * Schema of an {@link ArticleRef} that exists in the regulation. Issue code `NO_SUCH_PROVISION`
 * for an article, paragraph or item that is not there (Article 25, item 7 of Article 6…).
 *
 * @example
 * ```ts
 * articleRefSchema.safeParse({ article: 7, item: 6 }).success; //=> true
 * articleRefSchema.safeParse({ article: 6, item: 7 }).success; //=> false
 * ```
 */
export const articleRefSchema: z.ZodType<ArticleRef> = /* @__PURE__ */ (() =>
  z
    .strictObject({
      article: positiveInt,
      paragraph: positiveInt.optional(),
      item: positiveInt.optional(),
    })
    .superRefine((ref, ctx) => {
      const { article, paragraph, item } = ref;
      // Numbers that failed their own checks are reported there.
      const numbers = [article, paragraph ?? 1, item ?? 1];
      if (isValidArticleRef({ article, paragraph, item }) || !numbers.every((n) => Number.isSafeInteger(n) && n > 0)) return;
      const p = paragraph === undefined ? '' : `第${chineseNumeral(paragraph)}款`;
      const i = item === undefined ? '' : `第（${chineseNumeral(item)}）项`;
      addOwnIssue(ctx, 'NO_SUCH_PROVISION', {
        'zh-CN': `本办法没有第${chineseNumeral(article)}条${p}${i}`,
        en: `The measures have no Article ${article}${paragraph === undefined ? '' : `(${paragraph})`}${
          item === undefined ? '' : `(${item})`
        }`,
      });
    }).check(SEES_PARSE_ERROR))();
