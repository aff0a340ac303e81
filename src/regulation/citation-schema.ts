import * as z from 'zod';
import { addDomainIssue } from '../messages/issues.js';
import { articleRefIssue, type ArticleRef } from './citation.js';

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
      const issue = articleRefIssue(ref);
      if (issue) addDomainIssue(ctx, issue.code, issue.message);
    }))();
