import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  NotInForceError,
  RuleInputError,
  SupervisionError,
  bilingualIssues,
  parseOrThrow,
  plainDateSchema,
  safeParseIn,
  unifiedSocialCreditCodeSchema,
  addDomainIssue,
  issueCode,
  localizeIssue,
} from '../../src/index.js';

describe('bilingual issues', () => {
  const schema = z.strictObject({ id: unifiedSocialCreditCodeSchema, on: plainDateSchema, n: z.number() });
  const bad = { id: '91350203M0001QAY9B', on: '2023-02-29', n: 'x' };

  it('gives every issue in Chinese and in English with a stable code and path', () => {
    const issues = bilingualIssues(schema, bad);
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['id', 'USCC_CHECK_CHARACTER'],
      ['on', 'DATE_IMPOSSIBLE'],
      ['n', 'invalid_type'],
    ]);
    expect(issues[1]!.message).toEqual({ 'zh-CN': '日期不存在：2023-02-29', en: 'No such date: 2023-02-29' });
    // A type issue, worded without "无效输入：" / "Invalid input: " in front (RuleInputError's
    // summary says that once).
    expect(issues[2]!.message).toEqual({ 'zh-CN': '期望 数字，实际接收 字符串', en: 'expected number, received string' });
  });
  it('is empty for valid input', () => {
    expect(bilingualIssues(schema, { id: '91350100M000100Y43', on: '2024-02-29', n: 1 })).toEqual([]);
  });
  it('safeParseIn writes every message in one language without changing zod’s global config', () => {
    const zh = safeParseIn(schema, bad, 'zh-CN');
    expect(zh.error!.issues.every((i) => /[\u4e00-\u9fff]/u.test(i.message) && !/Invalid/.test(i.message))).toBe(true);
    const en = safeParseIn(schema, bad, 'en');
    expect(en.error!.issues.every((i) => /^[\x20-\x7e]+$/.test(i.message))).toBe(true);
    // zod's global configuration is untouched: a plain parse still gives zod's default English.
    expect(z.number().safeParse('x').error!.issues[0]!.message).toMatch(/^Invalid input/);
  });
  it('unknown keys are rejected by strict objects (unrecognized_keys)', () => {
    const issues = bilingualIssues(schema, { id: '91350100M000100Y43', on: '2024-02-29', n: 1, extra: true });
    expect(issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('error classes', () => {
  it('RuleInputError carries code INVALID_INPUT and the issues', () => {
    try {
      parseOrThrow(plainDateSchema, '2024-13-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect(e).toBeInstanceOf(SupervisionError);
      expect(e).toBeInstanceOf(Error);
      expect(e).not.toBeInstanceOf(NotInForceError);
      const err = e as RuleInputError;
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.name).toBe('RuleInputError');
      expect(err.issues[0]?.code).toBe('DATE_IMPOSSIBLE');
      expect(err.messages['zh-CN']).toContain('日期不存在');
      expect(err.messages.en).toContain('No such date');
    }
  });
  it('recognises a copy of the class from another build by brand and code', () => {
    const foreign = Object.assign(Object.create(Error.prototype), {
      code: 'NOT_IN_FORCE',
      [Symbol.for('baicheng-license-supervision.error')]: true,
    });
    expect(foreign instanceof NotInForceError).toBe(true);
    expect(foreign instanceof RuleInputError).toBe(false);
    expect(foreign instanceof SupervisionError).toBe(true);
    expect(new Error('x') instanceof SupervisionError).toBe(false);
    expect((null as unknown as object) instanceof SupervisionError).toBe(false);
  });
  it('parseOrThrow returns the parsed value when valid', () => {
    expect(parseOrThrow(plainDateSchema, '2024-02-29')).toBe('2024-02-29');
  });
  it('an empty issue list still makes a readable error', () => {
    expect(new RuleInputError([]).message).toBe('输入无效 (Invalid input)');
  });
});

// Which zod issues count as the library's domain issues, the argument checks of the public
// helpers, paths that are not strings, and a schema that answers differently on the second
// parse. Expectations come from the doc comments of LocalizedIssue, addDomainIssue and issueCode
// (a domain issue is what addDomainIssue writes: a custom issue carrying a code and a message in
// both languages; anything else keeps zod's own code and message) and from README "Errors"
// (only the library's own errors are thrown).
/** The one issue a string schema reports when its refinement adds `issue`. */
function issueAdded(issue: Record<string, unknown>): z.core.$ZodIssue {
  const schema = z.string().superRefine((_value, ctx) => ctx.addIssue(issue as never));
  const r = schema.safeParse('x');
  expect(r.success).toBe(false);
  return r.error!.issues[0]!;
}

function argumentError(fn: () => unknown): RuleInputError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RuleInputError);
  return caught as RuleInputError;
}

function expectArgumentIssue(e: RuleInputError, name: string): void {
  expect(e.issues).toHaveLength(1);
  expect(e.issues[0]).toMatchObject({ path: [name], code: 'INVALID_ARGUMENT' });
  // Both languages say what was expected: nothing unrendered.
  for (const text of [e.issues[0]!.message['zh-CN'], e.issues[0]!.message.en]) {
    expect(text).toContain(name);
    expect(text).not.toContain('undefined');
  }
}

describe('custom issues that are not domain issues keep zod’s code and their own message', () => {
  const both = { 'zh-CN': '中文说明', en: 'English text' };

  it('control: a custom issue with a domain code and both messages is a domain issue', () => {
    const issue = issueAdded({ code: 'custom', message: 'own', params: { domainCode: 'MY_CODE', messages: both } });
    expect(issueCode(issue)).toBe('MY_CODE');
    expect(localizeIssue(issue, 'en')).toBe('English text');
  });

  it('a plain refinement (no params at all)', () => {
    const r = z
      .string()
      .refine(() => false, 'own')
      .safeParse('x');
    const issue = r.error!.issues[0]!;
    expect(issueCode(issue)).toBe('custom');
    expect(localizeIssue(issue, 'en')).toBe('own');
    expect(
      bilingualIssues(
        z.string().refine(() => false, 'own'),
        'x',
      )[0]?.code,
    ).toBe('custom');
  });

  it.each([
    ['params null', null],
    ['a domain code that is not a string', { domainCode: 5, messages: both }],
    ['no messages', { domainCode: 'MY_CODE' }],
    ['messages null', { domainCode: 'MY_CODE', messages: null }],
    ['messages a string', { domainCode: 'MY_CODE', messages: 'English text' }],
    ['no Chinese message', { domainCode: 'MY_CODE', messages: { en: 'English text' } }],
    ['no English message', { domainCode: 'MY_CODE', messages: { 'zh-CN': '中文说明' } }],
  ])('%s', (_name, params) => {
    const issue = issueAdded({ code: 'custom', message: 'own', params });
    expect(issueCode(issue)).toBe('custom');
    expect(localizeIssue(issue, 'en')).toBe('own');
    expect(localizeIssue(issue, 'zh-CN')).toBe('own');
  });

  it('a structural issue (too_small) carrying domain-like params keeps zod’s code (LocalizedIssue doc)', () => {
    const issue = issueAdded({
      code: 'too_small',
      origin: 'string',
      minimum: 5,
      inclusive: true,
      message: 'own',
      params: { domainCode: 'MY_CODE', messages: both },
    });
    expect(issueCode(issue)).toBe('too_small');
    expect(localizeIssue(issue, 'en')).toBe('own');
  });
});

describe('the helpers reject a wrong argument with INVALID_ARGUMENT at that argument', () => {
  it('issueCode and localizeIssue: an issue that is null, or a function with a code, is not a zod issue', () => {
    expectArgumentIssue(
      argumentError(() => issueCode(null as never)),
      'issue',
    );
    expectArgumentIssue(
      argumentError(() => localizeIssue(undefined as never, 'en')),
      'issue',
    );
    const fnWithCode = Object.assign(() => 0, { code: 'custom', message: 'own', path: [] });
    expectArgumentIssue(
      argumentError(() => issueCode(fnWithCode as never)),
      'issue',
    );
  });

  it('localizeIssue: a locale other than zh-CN and en', () => {
    const issue = plainDateSchema.safeParse('2023-02-29').error!.issues[0]!;
    expectArgumentIssue(
      argumentError(() => localizeIssue(issue, 'fr' as never)),
      'locale',
    );
  });

  it('bilingualIssues, safeParseIn and parseOrThrow: a schema that is not a zod schema', () => {
    expectArgumentIssue(
      argumentError(() => bilingualIssues({} as never, 'x')),
      'schema',
    );
    expectArgumentIssue(
      argumentError(() => safeParseIn({ safeParse: () => ({ success: true }) } as never, 'x', 'en')),
      'schema',
    );
    expectArgumentIssue(
      argumentError(() => parseOrThrow(null as never, 'x')),
      'schema',
    );
  });

  it('addDomainIssue: a context that is null, or a function with an addIssue method, is not a zod context', () => {
    const message = { 'zh-CN': '说明', en: 'text' };
    expectArgumentIssue(
      argumentError(() => addDomainIssue(null as never, 'MY_CODE', message)),
      'ctx',
    );
    let added = 0;
    const fnWithAddIssue = Object.assign(() => 0, { addIssue: () => void added++ });
    expectArgumentIssue(
      argumentError(() => addDomainIssue(fnWithAddIssue as never, 'MY_CODE', message)),
      'ctx',
    );
    expect(added).toBe(0);
  });
});

describe('bilingualIssues: paths that are not numbers, and a schema that answers differently on a second parse', () => {
  it('turns a path entry that is not a number into a string (LocalizedIssue.path: strings and numbers)', () => {
    const schema = z.string().superRefine((_value, ctx) => {
      addDomainIssue(ctx, 'MY_CODE', { 'zh-CN': '说明', en: 'text' }, [Symbol('where') as never, 0]);
    });
    const issues = bilingualIssues(schema, 'x');
    expect(issues).toHaveLength(1);
    const path = issues[0]!.path;
    expect(typeof path[0]).toBe('string');
    expect(path[0]).toContain('where');
    expect(path[1]).toBe(0);
    expect(issues[0]!.code).toBe('MY_CODE');
  });

  it('a schema that fails on the first parse only still gives its issue, with text in both languages', () => {
    // bilingualIssues parses once (issue #15 §2): both languages come from the failing parse.
    let parses = 0;
    const flaky = z.string().refine(() => ++parses > 1, 'first parse fails');
    const issues = bilingualIssues(flaky, 'x');
    expect(parses).toBe(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('custom');
    expect(issues[0]!.message['zh-CN'].length).toBeGreaterThan(0);
    expect(issues[0]!.message.en.length).toBeGreaterThan(0);
  });
});
