// Mutation-testing follow-up for src/regulation/: which references name a provision, how they are
// normalised and cited, the whole text of a multi-paragraph article, and the input errors of
// formatCitation and parameterValue. The structure of the measures comes from measures.zh.txt
// (Article 7: one paragraph, items （一）–（六）; Article 9: two paragraphs without items;
// Article 19: one paragraph; 24 articles in all); messages are checked only for having no
// unrendered value, never for their wording.
import { describe, expect, it } from 'vitest';
import {
  RuleInputError,
  articleRefIssue,
  chineseNumeral,
  formatCitation,
  isValidArticleRef,
  normalizeArticleRef,
  parameterValue,
  provisionText,
  type LocalizedIssue,
} from '../../src/index.js';
import { expectRendered, inputIssues } from './support.js';

describe('isValidArticleRef: numbers are whole and counted from 1 (ArticleRef JSDoc)', () => {
  it('Article 7 has items （一）–（六）: item 0 and item 1.5 name nothing, item 1 does', () => {
    expect(isValidArticleRef({ article: 7, item: 1 })).toBe(true);
    expect(isValidArticleRef({ article: 7, item: 0 })).toBe(false);
    expect(isValidArticleRef({ article: 7, item: 1.5 })).toBe(false);
    expect(isValidArticleRef({ article: 7, paragraph: 1, item: 0 })).toBe(false);
  });

  it('a paragraph must be a number: { article: 9, paragraph: "1" } is not a reference', () => {
    expect(isValidArticleRef({ article: 9, paragraph: 1 })).toBe(true);
    expect(isValidArticleRef({ article: 9, paragraph: '1' })).toBe(false);
  });

  it('null and undefined are not references (answered, not thrown)', () => {
    expect(isValidArticleRef(null)).toBe(false);
    expect(isValidArticleRef(undefined)).toBe(false);
  });
});

describe('articleRefIssue: the problem is the reference as a whole', () => {
  it('Article 25 (the measures have 24): NO_SUCH_PROVISION with an empty path', () => {
    const issue = articleRefIssue({ article: 25 });
    expect(issue?.code).toBe('NO_SUCH_PROVISION');
    expect(issue?.path).toEqual([]);
  });
});

describe('normalizeArticleRef keeps only the parts that name something (normalizeArticleRef JSDoc)', () => {
  it('single-paragraph Article 7: the paragraph is dropped, the item kept', () => {
    expect(normalizeArticleRef({ article: 7, paragraph: 1, item: 1 })).toStrictEqual({ article: 7, item: 1 });
  });

  it('a whole article: no paragraph or item key at all, not even an undefined one', () => {
    expect(normalizeArticleRef({ article: 19 })).toStrictEqual({ article: 19 });
    expect(normalizeArticleRef({ article: 9 })).toStrictEqual({ article: 9 });
  });
});

describe('chineseNumeral: numbers outside 1–99 are written in Arabic digits (chineseNumeral JSDoc)', () => {
  it('0 → "0" and 100 → "100"', () => {
    expect(chineseNumeral(0)).toBe('0');
    expect(chineseNumeral(100)).toBe('100');
  });
});

describe('formatCitation: no paragraph number for a single-paragraph article', () => {
  // The convention of Chinese legal citation: 第七条第（一）项 — Article 7 has one paragraph.
  it('Article 7 item 1: 第七条第（一）项, Article 7(1)', () => {
    expect(formatCitation({ article: 7, item: 1 })).toBe('第七条第（一）项');
    expect(formatCitation({ article: 7, item: 1 }, 'en')).toBe('Article 7(1)');
  });

  it('Article 19 as a whole: 第十九条, Article 19', () => {
    expect(formatCitation({ article: 19 })).toBe('第十九条');
    expect(formatCitation({ article: 19 }, 'en')).toBe('Article 19');
  });

  it('Article 9 (two paragraphs) as a whole: 第九条, Article 9 — no paragraph named', () => {
    expect(formatCitation({ article: 9 })).toBe('第九条');
    expect(formatCitation({ article: 9 }, 'en')).toBe('Article 9');
  });

  it("an unknown locale is INVALID_ARGUMENT at ['locale'], not a silent Chinese citation", () => {
    const issues = inputIssues(() => formatCitation({ article: 19 }, 'fr' as never));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['locale'], 'INVALID_ARGUMENT']]);
    expectRendered(issues[0]);
  });
});

describe('provisionText of a whole multi-paragraph article: every paragraph, one per line', () => {
  it('Article 9: both paragraphs, verbatim from measures.zh.txt', () => {
    expect(provisionText({ article: 9 })).toBe(
      [
        '监督检查应有2名以上持合法有效证件的工作人员参加，企业应当予以配合。',
        '检查人员完成检查后，应当填写《获证企业巡查、回访记录》，经检查人员和企业负责人员分别签字后，由监管部门归档。',
      ].join('\n'),
    );
  });
});

describe('parameterValue: an object that is not one of the parameters', () => {
  it("INVALID_ARGUMENT at ['parameter'], its message fully rendered", () => {
    const issues = inputIssues(() => parameterValue({} as never, '2024-01-01'));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['parameter'], 'INVALID_ARGUMENT']]);
    expectRendered(issues[0]);
  });
});
