// Edge cases of the foundation that the scenario tests do not reach: odd arguments must give the
// library's own bilingual errors, never a TypeError.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  MIN_INSPECTORS,
  RuleInputError,
  SupervisionError,
  addDomainIssue,
  chineseNumeral,
  issueCode,
  localizeIssue,
  parameterValue,
  periodEnd,
  provisionText,
  safeParseIn,
  bilingualIssues,
} from '../../src/index.js';
import { describeValue } from '../../src/errors.js';

describe('describeValue (used in messages)', () => {
  it('never throws, whatever it is given', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(describeValue(circular)).toBe('[object Object]');
    expect(describeValue(Object.create(null))).toBe('{}');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
    expect(describeValue(10n)).toBe('10');
    expect(describeValue('x'.repeat(100))).toHaveLength(61);
  });
});

describe('argument checks', () => {
  it('periodEnd rejects options that are not an object and calendars without isRestDay', () => {
    expect(() => periodEnd('2024-03-01', 7, null as never)).toThrow(RuleInputError);
    expect(() => periodEnd('2024-03-01', 7, { calendar: {} as never })).toThrow(RuleInputError);
  });
  it('parameterValue rejects something that is not a parameter', () => {
    expect(() => parameterValue({ values: [] } as never, '2024-01-01')).toThrow(RuleInputError);
    expect(() => parameterValue(null as never, '2024-01-01')).toThrow(RuleInputError);
  });
  it('parameterValue refuses malformed entries with its own error, not a TypeError', () => {
    for (const values of [[null], [1], [{}], [{ from: '2024-13-01', value: 2 }], [{ from: '2020-11-25' }], [{ from: '2022-01-01', value: 1 }, { from: '2021-01-01', value: 2 }], [{ from: '2022-01-01', value: 1 }, { from: '2022-01-01', value: 2 }]]) {
      expect(() => parameterValue({ ...MIN_INSPECTORS, values } as never, '2024-03-01')).toThrow(RuleInputError);
    }
  });
  it('parameterValue for a date before the parameter’s first value: PARAMETER_NOT_IN_FORCE, not undefined', () => {
    // The measures are in force on 2024-01-01 (Article 24); this parameter has no value until 2099.
    try {
      parameterValue({ ...MIN_INSPECTORS, values: [{ from: '2099-01-01', value: 3 }] }, '2024-01-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues.map((i) => i.code)).toEqual(['PARAMETER_NOT_IN_FORCE']);
    }
    // The latest value whose from is on or before the date.
    const stepped = { ...MIN_INSPECTORS, values: [{ from: '2020-11-25', value: 2 }, { from: '2030-01-01', value: 3 }] };
    expect(parameterValue(stepped, '2029-12-31')).toBe(2);
    expect(parameterValue(stepped, '2030-01-01')).toBe(3);
  });
  it('chineseNumeral refuses what is not a whole number instead of writing it', () => {
    for (const n of [Symbol('s'), Number.NaN, {}, '12', 1.5, Number.POSITIVE_INFINITY, 2 ** 53, null, undefined, 10n]) {
      expect(() => chineseNumeral(n as never)).toThrow(RuleInputError);
    }
    expect(chineseNumeral(-3)).toBe('-3');
  });
  it('issue helpers reject what is not a zod issue, locale or schema', () => {
    expect(() => localizeIssue(null as never, 'en')).toThrow(RuleInputError);
    expect(() => localizeIssue({ code: 'custom', message: 'x', path: [] } as never, 'fr' as never)).toThrow(RuleInputError);
    expect(() => issueCode({} as never)).toThrow(RuleInputError);
    expect(() => safeParseIn({} as never, 1, 'en')).toThrow(SupervisionError);
    expect(() => bilingualIssues('schema' as never, 1)).toThrow(RuleInputError);
    expect(() => addDomainIssue({} as never, 'X', { 'zh-CN': 'x', en: 'x' })).toThrow(RuleInputError);
  });
  it('a custom issue without the library’s params keeps zod’s message and code', () => {
    const schema = z.string().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'own', params: { domainCode: 1 } }));
    const issue = schema.safeParse('x').error!.issues[0]!;
    expect(localizeIssue(issue, 'zh-CN')).toBe('own');
    expect(issueCode(issue)).toBe('custom');
  });
});

describe('provisionText paragraphs and items', () => {
  it('quotes a single paragraph of a multi-paragraph article and an item of Article 15¶2', () => {
    expect(provisionText({ article: 5, paragraph: 4 })).toBe('回访是指各级监管部门对获证企业存在问题或违法行为整改情况实施的核查。');
    expect(provisionText({ article: 15, paragraph: 2, item: 3 })).toBe('企业未完成整改，或经复查仍不合格的；');
    expect(provisionText({ article: 19, paragraph: 1 })).toContain('10%');
  });
});
