// Values quoted in messages are cut to a fixed length (40 characters for dates, credit codes and
// licence numbers, 60 for other values; docs/performance.md "Limits"). A cut never splits a
// surrogate pair: 𠮷 (U+20BB7, a CJK character outside the Basic Multilingual Plane, used in
// Chinese names) is two UTF-16 code units, and half of it is no character at all.
import { describe, expect, it } from 'vitest';
import {
  bilingualIssues,
  licenseNumberSchema,
  plainDateSchema,
  unifiedSocialCreditCodeSchema,
} from '../../src/index.js';
import { describeValue, headOf } from '../../src/errors.js';

/** True when the text holds a high surrogate not followed by a low one, or a lone low one. */
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('headOf: the first max code units, one fewer rather than half a character', () => {
  it('a pair that straddles the cut is left out whole; one that ends at the cut is kept', () => {
    // 'a' × 39 then 𠮷: code units 40 and 41 are the pair; a cut at 40 would keep only its first.
    expect(headOf(`${'a'.repeat(39)}𠮷b`, 40)).toBe('a'.repeat(39));
    // 'a' × 38 then 𠮷: the pair is units 39 and 40, inside the first 40.
    expect(headOf(`${'a'.repeat(38)}𠮷b`, 40)).toBe(`${'a'.repeat(38)}𠮷`);
    // Text no longer than max is returned whole.
    expect(headOf('𠮷', 2)).toBe('𠮷');
    expect(headOf('abc', 3)).toBe('abc');
    expect(headOf('abcd', 3)).toBe('abc');
  });

  it('the first and the last high surrogate (U+D800 of 𐀀 U+10000, U+DBFF of U+10FC00) count as halves', () => {
    expect(headOf(`ab\u{10000}`, 3)).toBe('ab');
    expect(headOf(`ab\u{10FC00}`, 3)).toBe('ab');
  });

  it('text that fits is returned unchanged, even when it already ends in a lone high surrogate', () => {
    // Nothing is cut, so nothing is split: the input is quoted as it was given.
    expect(headOf('ab\uD842', 3)).toBe('ab\uD842');
  });
});

describe('messages quote whole characters only', () => {
  const straddling = `${'吉'.repeat(39)}${'𠮷'.repeat(30)}`; // the 40th and 41st code units are a pair

  it('a malformed date (plainDateSchema, 40 characters)', () => {
    const [issue] = bilingualIssues(plainDateSchema, straddling);
    expect(issue?.code).toBe('DATE_FORMAT');
    expect(hasLoneSurrogate(issue!.message['zh-CN'])).toBe(false);
    expect(hasLoneSurrogate(issue!.message.en)).toBe(false);
    expect(issue!.message.en).toContain('吉'.repeat(39));
  });

  it('a malformed credit code and licence number (40 characters)', () => {
    for (const schema of [unifiedSocialCreditCodeSchema, licenseNumberSchema]) {
      for (const issue of bilingualIssues(schema, straddling)) {
        expect(hasLoneSurrogate(issue.message['zh-CN'])).toBe(false);
        expect(hasLoneSurrogate(issue.message.en)).toBe(false);
      }
    }
  });

  it('any other value (describeValue, 60 characters)', () => {
    const out = describeValue(`${'a'.repeat(59)}𠮷𠮷`);
    expect(hasLoneSurrogate(out)).toBe(false);
    expect(out).toBe(`${'a'.repeat(59)}…`);
  });
});
