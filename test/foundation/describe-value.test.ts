// A bad value is described by reading only what the message shows (issue #15 §3): the cost of
// refusing a list of ten million entries does not depend on its length. Pinned by counting the
// entries read, not by timing.
import { describe, expect, it } from 'vitest';
import {
  RuleInputError,
  addDays,
  articleRefIssue,
  formatCitation,
  normalizeArticleRef,
  periodEnd,
  provisionText,
} from '../../src/index.js';
import { describeValue } from '../../src/errors.js';

/** A list of `n` strings behind a proxy that counts the entries read. */
function countedList(n: number): { list: string[]; reads: () => number } {
  let reads = 0;
  const target = new Array<string>(n).fill('abc');
  const list = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(t, key, receiver);
    },
  });
  return { list, reads: () => reads };
}

function refused(f: () => unknown): RuleInputError {
  try {
    f();
  } catch (error) {
    if (error instanceof RuleInputError) return error;
    throw error;
  }
  throw new Error('expected a RuleInputError');
}

describe('describeValue reads only what it shows', () => {
  it('a list of ten million entries: only its first 61 entries are read', () => {
    const { list, reads } = countedList(10_000_000);
    // Each entry is written "abc", (6 characters): 60 characters hold ten of them and the '['.
    expect(describeValue(list)).toBe(`[${'"abc",'.repeat(9)}"abc"…`);
    // Each value written takes at least one character, so 61 of them fill what is shown.
    expect(reads()).toBeLessThanOrEqual(61);
  });

  it('every function named in the issue refuses such a list, reading a handful of entries', () => {
    const calls: [string, (list: string[]) => unknown][] = [
      ['addDays', (l) => addDays(l as never, 1)],
      ['periodEnd (start)', (l) => periodEnd(l as never, 7)],
      ['periodEnd (days)', (l) => periodEnd('2024-03-01', l as never)],
      ['formatCitation', (l) => formatCitation(l as never)],
      ['provisionText', (l) => provisionText(l as never)],
      ['normalizeArticleRef', (l) => normalizeArticleRef(l as never)],
    ];
    for (const [name, call] of calls) {
      const { list, reads } = countedList(1_000_000);
      const error = refused(() => call(list));
      expect(error.issues.length, name).toBe(1);
      // At most two descriptions (one per language) of 61 entries each.
      expect(reads(), name).toBeLessThanOrEqual(122);
    }
    const { list, reads } = countedList(1_000_000);
    expect(articleRefIssue(list)?.code).toBe('NO_SUCH_PROVISION');
    expect(reads()).toBeLessThanOrEqual(61);
  });

  it('writes short values as JSON does, and what JSON cannot write without throwing', () => {
    expect(describeValue({ a: 1, b: [true, null, 'x'], c: undefined })).toBe('{"a":1,"b":[true,null,"x"]}');
    expect(describeValue([undefined, () => 1, Number.NaN])).toBe('[null,null,null]');
    expect(describeValue(new Date(Date.UTC(2024, 2, 1)))).toBe('"2024-03-01T00:00:00.000Z"');
    expect(describeValue({ n: 10n })).toBe('[object Object]');
    expect(describeValue(Symbol('x'.repeat(100)))).toHaveLength(61);
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(describeValue(throwing)).toBe('[object Object]');
  });

  it('a list nested in lists is cut at every level', () => {
    let reads = 0;
    const inner = new Proxy(new Array<number>(1_000_000).fill(7), {
      get: (t, k, r) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k, r)),
    });
    expect(describeValue([[inner, inner], inner])).toBe(`[[[${'7,'.repeat(28)}7…`);
    expect(reads).toBeLessThanOrEqual(3 * 61);
  });
});
