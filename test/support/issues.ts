// Assertions about input errors, shared by tests of several modules.
import { expect } from 'vitest';
import { RuleInputError, type LocalizedIssue } from '../../src/index.js';
import { thrown } from '../rules/fixtures.js';

/** The issues of the RuleInputError that `fn` throws (fails the test on any other outcome). */
export function inputIssues(fn: () => unknown): readonly LocalizedIssue[] {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(RuleInputError);
  return (e as RuleInputError).issues;
}

/** Both languages of a message: non-empty and without an unrendered value. */
export function expectRendered(issue: LocalizedIssue | undefined): void {
  for (const text of [issue?.message['zh-CN'], issue?.message.en]) {
    expect(text).toBeTruthy();
    expect(text).not.toContain('undefined');
  }
}
