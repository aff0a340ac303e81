// The error classes (src/errors.ts) built from odd arguments, the location in a RuleInputError's
// message, `instanceof` with values that are not errors, and the
// 60-character cut of describeValue. Expectations come from the documented contracts (the types
// and doc comments of LocalizedIssue, RuleInputError and describeValue, README "Errors",
// docs/performance.md "Limits") as noted, never from the code's output.
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, SupervisionError, normalizeCreditCode } from '../../src/index.js';
import type { LocalizedIssue } from '../../src/index.js';
import { describeValue } from '../../src/errors.js';

const problem = { 'zh-CN': '问题', en: 'the problem' };

describe('RuleInputError built from malformed issue lists (the constructor is public)', () => {
  it('a value that is not a list gives no issues and a plain message, never a TypeError', () => {
    // "Nothing else is thrown" (docs/getting-started.en.md, "Errors"): building the error must work.
    for (const notAList of [null, undefined, 'issues', 42, { length: 1 }]) {
      const e = new RuleInputError(notAList as never);
      expect(e.issues).toEqual([]);
      expect(e.code).toBe('INVALID_INPUT');
    }
  });

  it('an issue without a path gets an empty path, and the message names no location', () => {
    // LocalizedIssue.path is "where in the input the problem is": nothing given, nowhere to name.
    const e = new RuleInputError([{ code: 'SOME_CODE', message: problem }] as never);
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.path).toEqual([]);
    expect(e.issues[0]!.code).toBe('SOME_CODE');
    // The message quotes the first issue's message and appends nothing after it.
    expect(e.messages.en.endsWith(problem.en)).toBe(true);
    expect(e.messages['zh-CN'].endsWith(problem['zh-CN'])).toBe(true);
  });

  it('an issue with an empty path array: the message also ends with the issue text (no location)', () => {
    const e = new RuleInputError([{ path: [], code: 'SOME_CODE', message: problem }]);
    expect(e.messages.en.endsWith(problem.en)).toBe(true);
    expect(e.messages['zh-CN'].endsWith(problem['zh-CN'])).toBe(true);
  });

  it('the message names the location of the first issue (its path, joined with dots)', () => {
    const issues: LocalizedIssue[] = [
      { path: ['inspectors', 3, 'credentialNumber'], code: 'SOME_CODE', message: problem },
    ];
    const e = new RuleInputError(issues);
    expect(e.messages.en).toContain('inspectors.3.credentialNumber');
    expect(e.messages['zh-CN']).toContain('inspectors.3.credentialNumber');
    expect(e.message).toContain('inspectors.3.credentialNumber');
  });

  it('path entries that are not numbers become strings (LocalizedIssue.path holds strings and numbers)', () => {
    const e = new RuleInputError([{ path: [Symbol('where'), 2, 'k'], code: 'SOME_CODE', message: problem }] as never);
    const path = e.issues[0]!.path;
    expect(path).toHaveLength(3);
    expect(typeof path[0]).toBe('string');
    expect(path[0]).toContain('where');
    expect(path.slice(1)).toEqual([2, 'k']);
  });

  it('a code or message that is not a string is not carried over as such (LocalizedIssue: code and messages are strings)', () => {
    const e = new RuleInputError([{ path: [], code: 42, message: { 'zh-CN': 7, en: null } }] as never);
    const issue = e.issues[0]!;
    expect(typeof issue.code).toBe('string');
    expect(typeof issue.message['zh-CN']).toBe('string');
    expect(typeof issue.message.en).toBe('string');
  });
});

describe('invalidArgument: a wrong argument gives one INVALID_ARGUMENT issue at the argument', () => {
  it('normalizeCreditCode(42): RuleInputError, issue path ["input"], code INVALID_ARGUMENT, messages in both languages', () => {
    // README "Errors": functions throw only the library's own errors; the argument is named "input".
    let caught: unknown;
    try {
      normalizeCreditCode(42 as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleInputError);
    const issues = (caught as RuleInputError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['input']);
    expect(issues[0]!.code).toBe('INVALID_ARGUMENT');
    for (const text of [issues[0]!.message['zh-CN'], issues[0]!.message.en]) {
      expect(text.length).toBeGreaterThan(0);
      expect(text).toContain('input');
      expect(text).not.toContain('undefined');
    }
  });
});

describe('instanceof with values that are not errors', () => {
  it('primitives are never instances, and asking never throws', () => {
    const values: unknown[] = ['INVALID_INPUT', 42, true, undefined, Symbol('e'), 10n];
    for (const value of values) {
      expect(value instanceof SupervisionError).toBe(false);
      expect(value instanceof RuleInputError).toBe(false);
    }
  });

  it('plain objects and other errors are not instances, even with a matching code', () => {
    const values: unknown[] = [{}, { code: 'INVALID_INPUT' }, new Error('x'), Object.create(null)];
    for (const value of values) {
      expect(value instanceof SupervisionError).toBe(false);
      expect(value instanceof RuleInputError).toBe(false);
    }
  });
});

describe('NotInForceError quotes at most 40 characters of each date (docs/performance.md, "Limits")', () => {
  it('an over-long asOf and effectiveFrom are cut in the message and in asOf', () => {
    const asOf = 'a'.repeat(100);
    const from = 'b'.repeat(100);
    const e = new NotInForceError(asOf as never, from as never);
    expect(e.code).toBe('NOT_IN_FORCE');
    expect(e.asOf.length).toBeLessThanOrEqual(40);
    expect(asOf.startsWith(e.asOf)).toBe(true);
    for (const text of [e.messages['zh-CN'], e.messages.en]) {
      expect(text).toContain('a'.repeat(10));
      expect(text).not.toContain('a'.repeat(41));
      expect(text).toContain('b'.repeat(10));
      expect(text).not.toContain('b'.repeat(41));
    }
  });
});

describe('describeValue cuts to 60 characters (its doc comment)', () => {
  it('a value of exactly 60 characters is written whole, with nothing appended', () => {
    const sixty = 'x'.repeat(60);
    expect(describeValue(sixty)).toBe(sixty);
  });

  it('a value of 61 characters keeps its first 60 and loses the 61st', () => {
    const value = `${'x'.repeat(60)}y`;
    const out = describeValue(value);
    expect(out.startsWith('x'.repeat(60))).toBe(true);
    expect(out).not.toContain('y');
  });
});
