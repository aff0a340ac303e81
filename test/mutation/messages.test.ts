// Mutation-testing follow-up for src/messages/issues.ts: which zod issues count as the library's
// domain issues, the argument checks of the public helpers, paths that are not strings, and a
// schema that answers differently on the second parse. Expectations come from the doc comments
// of LocalizedIssue, addDomainIssue and issueCode (a domain issue is what addDomainIssue writes:
// a custom issue carrying a code and a message in both languages; anything else keeps zod's own
// code and message) and from README "Errors" (only the library's own errors are thrown).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  RuleInputError,
  addDomainIssue,
  bilingualIssues,
  issueCode,
  localizeIssue,
  parseOrThrow,
  plainDateSchema,
  safeParseIn,
} from '../../src/index.js';

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

describe('bilingualIssues', () => {
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
