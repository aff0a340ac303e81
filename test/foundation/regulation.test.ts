import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ANNUAL_SPOT_CHECK_RATIO,
  ARTICLES,
  ARTICLE_STRUCTURE,
  articleRefSchema,
  normalizeArticleRef,
  CHAPTERS,
  EFFECTIVE_FROM,
  MIN_INSPECTORS,
  NotInForceError,
  PARAMETERS,
  REGULATION_TITLE,
  RuleInputError,
  SAMPLE_DISPATCH_DAYS,
  assertInForce,
  chineseNumeral,
  formatCitation,
  isInForce,
  isValidArticleRef,
  parameterValue,
  provisionText,
  articleRefIssue,
} from '../../src/index.js';
import { expectRendered, inputIssues } from '../support/issues.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'regulation', 'measures.zh.txt');

describe('the regulation as data', () => {
  it('has 24 articles in 5 chapters, numbered in order', () => {
    expect(ARTICLES).toHaveLength(24);
    expect(ARTICLES.map((a) => a.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(CHAPTERS.map((c) => c.zh)).toEqual(['总则', '监管方式与内容', '监督检验', '执法监督', '附则']);
    expect(REGULATION_TITLE).toContain('生产事中事后监管办法');
  });
  it('has the structure of the text: Art 5 five paragraphs, Art 6 and 7 six items, Art 9 two paragraphs, Art 15 four items in ¶2', () => {
    const shape = (n: number) => ARTICLES[n - 1]!.paragraphs.map((p) => p.items.length);
    expect(shape(5)).toEqual([0, 0, 0, 0, 0]);
    expect(shape(6)).toEqual([6]);
    expect(shape(7)).toEqual([6]);
    expect(shape(9)).toEqual([0, 0]);
    expect(shape(15)).toEqual([0, 4]);
    expect(shape(19)).toEqual([0]);
  });
  it('quotes provisions verbatim', () => {
    expect(provisionText({ article: 7, item: 6 })).toBe('上级交办的检查。');
    expect(provisionText({ article: 9, paragraph: 1 })).toBe('监督检查应有2名以上持合法有效证件的工作人员参加，企业应当予以配合。');
    expect(provisionText({ article: 24 })).toBe('本办法自2020年11月25日起施行。');
    expect(provisionText({ article: 14 })).toBe('依法撤回、撤销、吊销、注销生产许可的决定由许可审批机关依法作出。');
    expect(provisionText({ article: 7 }).split('\n')).toHaveLength(7);
    expect(provisionText({ article: 15, paragraph: 2 })).toContain('（四）其他需要抽样检验的情形。');
  });
  it.skipIf(!existsSync(shared))('matches the authoritative text character for character', () => {
    const text = readFileSync(shared, 'utf8').replace(/\s+/g, '');
    for (const a of ARTICLES) {
      const body = provisionText({ article: a.number }).replace(/\s+/g, '');
      expect(text).toContain(`第${chineseNumeral(a.number)}条${body}`);
    }
  });
  it('ARTICLE_STRUCTURE is the shape of the text', () => {
    expect(ARTICLE_STRUCTURE).toEqual(ARTICLES.map((a) => a.paragraphs.map((p) => p.items.length)));
  });
  it('has an English summary for every article', () => {
    for (const a of ARTICLES) expect(a.summary.length).toBeGreaterThan(10);
  });
});

describe('formatCitation', () => {
  it.each([
    [{ article: 15, paragraph: 2, item: 3 }, '第十五条第二款第（三）项', 'Article 15(2)(3)'],
    [{ article: 7, item: 1 }, '第七条第（一）项', 'Article 7(1)'],
    [{ article: 7, paragraph: 1, item: 1 }, '第七条第（一）项', 'Article 7(1)'],
    [{ article: 19 }, '第十九条', 'Article 19'],
    [{ article: 9, paragraph: 2 }, '第九条第二款', 'Article 9(2)'],
    [{ article: 5, paragraph: 5 }, '第五条第五款', 'Article 5(5)'],
    [{ article: 10 }, '第十条', 'Article 10'],
    [{ article: 20 }, '第二十条', 'Article 20'],
    [{ article: 24 }, '第二十四条', 'Article 24'],
    [{ article: 15, item: 4 }, '第十五条第二款第（四）项', 'Article 15(2)(4)'],
  ])('%j → %s / %s', (ref, zh, en) => {
    expect(formatCitation(ref)).toBe(zh);
    expect(formatCitation(ref, 'zh-CN')).toBe(zh);
    expect(formatCitation(ref, 'en')).toBe(en);
  });
  it.each([
    { article: 25 },
    { article: 0 },
    { article: 6, item: 7 },
    { article: 9, paragraph: 3 },
    { article: 9, item: 1 },
    { article: 15, paragraph: 1, item: 1 },
    { article: 5, item: 1 },
    { article: 1.5 },
    { article: 7, extra: 1 },
    { article: '7' },
    null,
    [7],
  ])('rejects %j', (ref) => {
    expect(isValidArticleRef(ref)).toBe(false);
    expect(() => formatCitation(ref as never)).toThrow(RuleInputError);
  });
  it('articleRefSchema agrees with isValidArticleRef', () => {
    expect(articleRefSchema.safeParse({ article: 7, item: 6 }).success).toBe(true);
    expect(articleRefSchema.safeParse({ article: 6, item: 7 }).success).toBe(false);
    expect(articleRefSchema.safeParse({ article: 7, extra: 1 }).success).toBe(false);
    expect(articleRefSchema.safeParse('Article 7').success).toBe(false);
  });
  it('normalizeArticleRef fills in an implied paragraph and drops a lone one', () => {
    expect(normalizeArticleRef({ article: 15, item: 3 })).toEqual({ article: 15, paragraph: 2, item: 3 });
    expect(normalizeArticleRef({ article: 7, paragraph: 1, item: 1 })).toEqual({ article: 7, item: 1 });
    expect(normalizeArticleRef({ article: 9, paragraph: 2 })).toEqual({ article: 9, paragraph: 2 });
    expect(() => normalizeArticleRef({ article: 0 })).toThrow(RuleInputError);
  });
  it('names a missing provision with NO_SUCH_PROVISION', () => {
    try {
      formatCitation({ article: 25 });
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).issues[0]?.code).toBe('NO_SUCH_PROVISION');
      expect((e as RuleInputError).issues[0]?.message['zh-CN']).toBe('本办法没有该条款：{"article":25}');
    }
  });
  it('writes Chinese numerals', () => {
    expect([1, 10, 11, 19, 20, 21, 24, 99].map(chineseNumeral)).toEqual(['一', '十', '十一', '十九', '二十', '二十一', '二十四', '九十九']);
    expect(chineseNumeral(0)).toBe('0');
  });
});

describe('in force from 2020-11-25 (Article 24)', () => {
  it('EFFECTIVE_FROM is the date Article 24 states', () => {
    expect(EFFECTIVE_FROM).toBe('2020-11-25');
  });
  it('isInForce switches on 25 November 2020', () => {
    expect(isInForce('2020-11-24')).toBe(false);
    expect(isInForce('2020-11-25')).toBe(true);
    expect(isInForce('2026-01-01')).toBe(true);
  });
  it('assertInForce throws NotInForceError with code NOT_IN_FORCE before it', () => {
    expect(() => assertInForce('2020-11-24')).toThrow(NotInForceError);
    try {
      assertInForce('2019-01-01');
    } catch (e) {
      expect((e as NotInForceError).code).toBe('NOT_IN_FORCE');
      expect((e as NotInForceError).messages['zh-CN']).toContain('第二十四条');
    }
    expect(() => isInForce('2020-02-30')).toThrow(RuleInputError);
  });
});

describe('dated, cited parameters', () => {
  it('10% annual ratio (Art 19), 7 days (Art 17), 2 inspectors (Art 9¶1)', () => {
    const r = parameterValue(ANNUAL_SPOT_CHECK_RATIO, '2024-01-01');
    expect(r.numerator / r.denominator).toBe(0.1);
    expect(parameterValue(SAMPLE_DISPATCH_DAYS, '2024-01-01')).toBe(7);
    expect(parameterValue(MIN_INSPECTORS, '2020-11-25')).toBe(2);
    expect(ANNUAL_SPOT_CHECK_RATIO.basis).toEqual({ article: 19 });
    expect(SAMPLE_DISPATCH_DAYS.basis).toEqual({ article: 17 });
    expect(MIN_INSPECTORS.basis).toEqual({ article: 9, paragraph: 1 });
  });
  it('every parameter quotes the provision it cites', () => {
    for (const p of Object.values(PARAMETERS)) {
      expect(provisionText(p.basis).replace(/\s/g, '')).toContain(p.source);
    }
  });
  it('has no value before the regulation took effect', () => {
    expect(() => parameterValue(MIN_INSPECTORS, '2020-11-24')).toThrow(NotInForceError);
  });
  it('the library reads its own parameters by date too: the last value from on or before the day, else the first', async () => {
    const { valueInForce } = await import('../../src/regulation/parameters.js');
    const ownParameterValue = (p: typeof MIN_INSPECTORS, asOf: string): number => valueInForce(p.values, asOf);
    // A parameter amended on 2024-01-01 (a made-up amendment, to have two dated values).
    const amended = { ...MIN_INSPECTORS, values: [{ from: '2020-11-25', value: 2 }, { from: '2024-01-01', value: 3 }] };
    expect(ownParameterValue(amended, '2023-12-31')).toBe(2);
    expect(ownParameterValue(amended, '2024-01-01')).toBe(3);
    expect(ownParameterValue(amended, '2024-06-30')).toBe(3);
    // Before the measures, or no date at all: the first value (the draw reports the date itself).
    expect(ownParameterValue(amended, '2020-11-24')).toBe(2);
    expect(ownParameterValue(amended, '')).toBe(2);
    // The public reading agrees wherever it answers.
    for (const d of ['2023-12-31', '2024-01-01', '2024-06-30']) expect(parameterValue(amended, d)).toBe(ownParameterValue(amended, d));
  });
});

// Which references name a provision, how they are normalised and cited, the whole text of a
// multi-paragraph article, and the input errors of formatCitation and parameterValue. The
// structure of the measures comes from measures.zh.txt (Article 7: one paragraph, items
// （一）–（六）; Article 9: two paragraphs without items; Article 19: one paragraph; 24 articles in
// all); messages are checked only for having no unrendered value, never for their wording.
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
