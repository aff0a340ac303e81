// A failing input is parsed once, and the issues an error carries are bounded (issue #15 §2,
// README "Errors"): both languages come from the issues of that one parse, a RuleInputError keeps
// the first RuleInputError.maxIssues (100) issues and counts the rest, and a list of the library
// keeps no more than that many of its entries' issues however many entries are bad.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  RuleInputError,
  auditQuotaInputSchema,
  bilingualIssues,
  drawInputSchema,
  drawInspections,
  parseOrThrow,
  plainDateSchema,
  verifyDraw,
} from '../../src/index.js';

/** An object whose `date` is read through a getter that counts the reads. */
function counted(values: readonly unknown[]): { input: { readonly date: unknown }; reads: () => number } {
  let n = 0;
  const input = {
    get date(): unknown {
      const v = values[Math.min(n, values.length - 1)];
      n++;
      return v;
    },
  };
  return { input, reads: () => n };
}

function thrown(f: () => unknown): RuleInputError {
  try {
    f();
  } catch (error) {
    if (error instanceof RuleInputError) return error;
    throw error;
  }
  throw new Error('expected a RuleInputError');
}

// `{ id: 'x' }`: a credit code of 1 character where GB 32100-2015 has 18, which is the one issue
// (USCC_LENGTH) such an entry has.
const badEnterprises = (n: number) => Array.from({ length: n }, () => ({ id: 'x' }));
const drawOf = (enterprises: unknown[]) => ({ seed: '3-1-4', asOf: '2024-03-01', enterprises, inspectors: [], count: 1 });

describe('one parse', () => {
  it('parseOrThrow reads a failing input once and still words it in both languages', () => {
    const { input, reads } = counted(['2023-02-29']);
    const error = thrown(() => parseOrThrow(z.object({ date: plainDateSchema }), input));
    expect(reads()).toBe(1);
    expect(error.issues).toEqual([
      { path: ['date'], code: 'DATE_IMPOSSIBLE', message: { 'zh-CN': '日期不存在：2023-02-29', en: 'No such date: 2023-02-29' } },
    ]);
  });

  it('a getter giving a bad value and then good ones gives an error with its issue, not an empty one', () => {
    const { input, reads } = counted([42, '2024-03-01']);
    const error = thrown(() => parseOrThrow(z.object({ date: plainDateSchema }), input));
    expect(reads()).toBe(1);
    expect(error.issues.map((i) => i.code)).toEqual(['invalid_type']);
    expect(error.issues[0]!.message['zh-CN']).toMatch(/字符串/);
    expect(error.issues[0]!.message.en).toMatch(/string/);
  });

  it('the same for a draw: the issue of the read that failed is in the error', () => {
    let n = 0;
    const input = {
      ...drawOf([]),
      get asOf(): string {
        return n++ === 0 ? '2023-02-29' : '2024-03-01';
      },
    };
    const error = thrown(() => drawInspections(input as never));
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues.map((i) => i.code)).toContain('DATE_IMPOSSIBLE');
  });
});

describe('bounded issues', () => {
  it('RuleInputError keeps the first 100 issues and counts them all', () => {
    const error = thrown(() => drawInspections(drawOf(badEnterprises(250)) as never));
    expect(RuleInputError.maxIssues).toBe(100);
    expect(error.issues).toHaveLength(100);
    expect(error.issueCount).toBe(250);
    expect(error.truncated).toBe(true);
    expect(error.issues[0]).toMatchObject({ path: ['enterprises', 0, 'id'], code: 'USCC_LENGTH' });
    expect(error.issues[99]!.path).toEqual(['enterprises', 99, 'id']);
  });

  it('an error with few issues is not truncated and counts them', () => {
    const error = thrown(() => drawInspections(drawOf(badEnterprises(3)) as never));
    expect(error.issues).toHaveLength(3);
    expect(error.issueCount).toBe(3);
    expect(error.truncated).toBe(false);
  });

  it('a list keeps 100 of its entries’ issues and one ISSUES_OMITTED issue counting the others, for zod callers too', () => {
    const r = drawInputSchema.safeParse(drawOf(badEnterprises(20_000)));
    const issues = r.error!.issues;
    expect(issues).toHaveLength(101);
    const last = issues[100]! as z.core.$ZodIssueCustom;
    expect(last.path).toEqual(['enterprises']);
    expect(last.params).toMatchObject({ domainCode: 'ISSUES_OMITTED', omitted: 19_900 });
    expect(last.message).toBe('另有 19900 处问题未列出（只列出前 100 处）');
  });

  it('bilingualIssues lists 100 issues and says how many it left out', () => {
    const issues = bilingualIssues(drawInputSchema, drawOf(badEnterprises(150)));
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({
      path: [],
      code: 'ISSUES_OMITTED',
      message: { 'zh-CN': '另有 50 处问题未列出（只列出前 100 处）', en: '50 more issues not listed (only the first 100 are)' },
    });
  });

  it('the quota audit and verifyDraw are bounded the same way', () => {
    // Ids longer than LIMITS.idMaxLength (200): one LIMIT_EXCEEDED each, which stops the checks across the list.
    const ids = Array.from({ length: 300 }, (_, i) => 'x'.repeat(201 + i));
    const quota = thrown(() => parseOrThrow(auditQuotaInputSchema, { year: 2024, licensedEnterpriseIds: ids, spotChecks: [] }));
    expect(quota.issues).toHaveLength(100);
    expect(quota.issueCount).toBe(300);
    const lists = thrown(() => verifyDraw({} as never, { enterprises: badEnterprises(120), inspectors: [] } as never));
    expect(lists.issues).toHaveLength(100);
    expect(lists.issueCount).toBe(120);
  });

  it('an error built from more than 100 issues keeps 100 and the count', () => {
    const many = Array.from({ length: 205 }, (_, i) => ({ path: [i], code: 'X', message: { 'zh-CN': '错', en: 'wrong' } }));
    const error = new RuleInputError(many);
    expect(error.issues).toHaveLength(100);
    expect(error.issueCount).toBe(205);
    expect(new RuleInputError(many.slice(0, 2), 7)).toMatchObject({ issueCount: 7, truncated: true });
  });
});
