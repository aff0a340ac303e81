// errorMap(locale): one language for every issue, zod's structural ones and the library's domain
// ones, per parse, globally (z.config) and through Standard Schema. A parse with nothing
// configured keeps the library's domain messages in Chinese (README, "Errors").
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  errorMap,
  inspectionRecordSchema,
  plainDateSchema,
  unifiedSocialCreditCodeSchema,
  drawInputSchema,
  auditQuotaInputSchema,
  articleRefSchema,
  RuleInputError,
} from '../../src/index.js';
import { goodRecord } from '../rules/fixtures.js';

// Han characters and full-width forms: what an English message must not hold.
const CJK = /[\u3400-\u9fff\uff00-\uffef]/;
// zod's English wording: what a Chinese message must not hold.
const ENGLISH = /\b(expected|received|Invalid|Too (small|big)|Unrecognized|must|got)\b/;

/**
 * A record with issues of both kinds, none quoting Chinese input: a credit code whose check
 * character is wrong (GB 32100-2015, FACTS.md: the check character of 91350100M000100Y4? is 3),
 * 2023-02-29 (2023 is not a leap year), a kind that is a number, an unknown key and a blank
 * inspector name.
 */
function badRecord(): unknown {
  const r = goodRecord() as unknown as Record<string, unknown> & { inspectors: Record<string, unknown>[] };
  return {
    ...r,
    enterpriseId: '91350100M000100Y44',
    date: '2023-02-29',
    kind: 42,
    extra: 1,
    inspectors: [{ ...r.inspectors[0], name: '' }, r.inspectors[1]],
  };
}

function messages(result: { success: boolean; error?: z.ZodError }): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => i.message);
}

function codes(result: { error?: z.ZodError }): string[] {
  return result.error!.issues.map((i) => (i.code === 'custom' ? String((i.params as { domainCode?: string }).domainCode) : i.code));
}

describe('errorMap, per parse', () => {
  it('the bad record has structural and domain issues', () => {
    const c = codes(inspectionRecordSchema.safeParse(badRecord()));
    expect(c).toEqual(expect.arrayContaining(['USCC_CHECK_CHARACTER', 'DATE_IMPOSSIBLE', 'unrecognized_keys', 'too_small']));
  });

  it("errorMap('zh-CN') words every issue in Chinese", () => {
    const m = messages(inspectionRecordSchema.safeParse(badRecord(), { error: errorMap('zh-CN') }));
    for (const message of m) {
      expect(message).toMatch(CJK);
      expect(message).not.toMatch(ENGLISH);
    }
  });

  it("errorMap('en') words every issue in English, the domain ones included", () => {
    const m = messages(inspectionRecordSchema.safeParse(badRecord(), { error: errorMap('en') }));
    for (const message of m) expect(message).not.toMatch(CJK);
    // The library's English for an impossible date (src/dates/plain-date.ts, its documented wording).
    expect(m).toContain('No such date: 2023-02-29');
  });

  it('with nothing configured, domain messages stay Chinese and zod words its own', () => {
    const r = inspectionRecordSchema.safeParse(badRecord());
    const byCode = new Map(r.error!.issues.map((i, k) => [codes(r)[k], i.message]));
    expect(byCode.get('DATE_IMPOSSIBLE')).toBe('日期不存在：2023-02-29');
    expect(byCode.get('USCC_CHECK_CHARACTER')).toMatch(CJK);
    expect(byCode.get('unrecognized_keys')).toMatch(/Unrecognized key/);
  });

  it('reaches the library schema inside an application schema and through copies of it', () => {
    const app = z.object({ when: plainDateSchema.optional().describe('a day'), code: unifiedSocialCreditCodeSchema.nullable() });
    const en = messages(app.safeParse({ when: '2023-02-29', code: '91350100M000100Y44' }, { error: errorMap('en') }));
    expect(en[0]).toBe('No such date: 2023-02-29');
    for (const message of en) expect(message).not.toMatch(CJK);
    const zh = messages(app.safeParse({ when: '2023-02-29', code: '91350100M000100Y44' }));
    expect(zh[0]).toBe('日期不存在：2023-02-29');
  });

  it('the lists and cross-field checks of the draw and the quota follow it too', () => {
    const draw = { seed: '7', asOf: '2023-02-29', enterprises: [{ id: '' }], inspectors: [], ratio: 0.1, count: 1 };
    for (const message of messages(drawInputSchema.safeParse(draw, { error: errorMap('en') }))) expect(message).not.toMatch(CJK);
    const quota = { year: 2024, licensedEnterpriseIds: ['A', 'A'], spotChecks: [] };
    for (const message of messages(auditQuotaInputSchema.safeParse(quota, { error: errorMap('en') }))) expect(message).not.toMatch(CJK);
    for (const message of messages(articleRefSchema.safeParse({ article: 25 }, { error: errorMap('en') }))) expect(message).not.toMatch(CJK);
  });

  it("a message the application's own schema sets is kept", () => {
    const app = z.object({ a: z.string().min(3, 'own message') });
    expect(messages(app.safeParse({ a: 'x' }, { error: errorMap('en') }))).toEqual(['own message']);
  });

  it('refuses a locale it does not know', () => {
    expect(() => errorMap('fr' as never)).toThrow(RuleInputError);
  });
});

describe('errorMap, globally', () => {
  const before = z.config().customError;
  afterEach(() => {
    z.config({ customError: before });
  });

  it('z.config({ customError }) words every parse, Standard Schema included, until it is reset', () => {
    z.config({ customError: errorMap('en') });
    for (const message of messages(inspectionRecordSchema.safeParse(badRecord()))) expect(message).not.toMatch(CJK);
    const standard = inspectionRecordSchema['~standard'].validate(badRecord()) as { issues: { message: string }[] };
    for (const { message } of standard.issues) expect(message).not.toMatch(CJK);

    z.config({ customError: errorMap('zh-CN') });
    for (const message of messages(inspectionRecordSchema.safeParse(badRecord()))) {
      expect(message).toMatch(CJK);
      expect(message).not.toMatch(ENGLISH);
    }

    z.config({ customError: before });
    expect(messages(plainDateSchema.safeParse('2023-02-29'))).toEqual(['日期不存在：2023-02-29']);
  });

  it('a per-parse map outranks the global one', () => {
    z.config({ customError: errorMap('zh-CN') });
    expect(messages(plainDateSchema.safeParse('2023-02-29', { error: errorMap('en') }))).toEqual(['No such date: 2023-02-29']);
  });
});

describe('zod’s global configuration is the application’s: the library only reads it', () => {
  it('parsing, wording and throwing leave every key of it as it was', async () => {
    // zod's global configuration object, shared by every schema of the application.
    const global = z.config();
    const before = { ...global };
    const lib = await import('../../src/index.js');
    lib.safeParseIn(plainDateSchema, 42, 'zh-CN');
    lib.bilingualIssues(drawInputSchema, { seed: '', asOf: 1 });
    plainDateSchema.safeParse('2023-02-29', { error: errorMap('en') });
    expect(() => lib.parseOrThrow(unifiedSocialCreditCodeSchema, 'x')).toThrow(RuleInputError);
    expect(() => lib.drawInspections({} as never)).toThrow(RuleInputError);
    expect({ ...z.config() }).toEqual(before);
    // No error map and no locale of the library's is installed globally.
    expect(z.config().customError).toBe(before.customError);
    expect(z.config().localeError).toBe(before.localeError);
  });
});
