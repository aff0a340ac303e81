// Mutation-testing follow-up for src/draw/canonical.ts (canonical JSON, hashing in batches, the
// linear-time sort of ids). Expected orders come from Array.prototype.sort() without a
// comparator (UTF-16 code-unit order, ECMAScript §23.1.3.30), expected digests from node:crypto's
// SHA-256 — both independent of the code under test.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RuleInputError } from '../../src/index.js';
import { TextHasher, canonicalJson, compareCodeUnits, sortById } from '../../src/draw/canonical.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const ids = <T extends { id: string }>(items: readonly T[]) => items.map((i) => i.id);
// A fixed permutation of 0..n-1 (7919 is prime, so i ↦ i × 7919 mod n is one-to-one for n = 5000).
const scrambled = (n: number) => Array.from({ length: n }, (_, i) => (i * 7919) % n);

describe('compareCodeUnits returns -1, 0 or 1', () => {
  it('1 when the first string comes later in code-unit order', () => {
    expect(compareCodeUnits('b', 'a')).toBe(1);
    expect(compareCodeUnits('a', 'b')).toBe(-1);
    expect(compareCodeUnits('张', 'z')).toBe(1); // U+5F20 > U+007A
  });
});

describe('canonicalJson refuses what JSON cannot carry with one NOT_JSON issue', () => {
  it('the issue is at the root, names the value, in both languages', () => {
    let error: unknown;
    try {
      canonicalJson({ a: [1, Number.POSITIVE_INFINITY] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleInputError);
    const issues = (error as RuleInputError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: [], code: 'NOT_JSON' });
    expect(issues[0]?.message['zh-CN']).toContain('Infinity');
    expect(issues[0]?.message.en).toContain('Infinity');
  });
});

describe('TextHasher: a piece larger than its 6 × 16 K byte buffer is hashed whole', () => {
  it('100 000 ASCII characters, and 40 000 CJK characters (120 000 UTF-8 bytes), match node:crypto', () => {
    for (const piece of ['a'.repeat(100_000), '张'.repeat(40_000)]) {
      const hasher = new TextHasher();
      hasher.add('前');
      hasher.add(piece);
      hasher.add('后');
      expect(hasher.hex()).toBe(nodeSha256(`前${piece}后`));
    }
  });
});

describe('sortById (4 096 items or more, same-length ids) gives the order of Array.prototype.sort()', () => {
  it('ids that differ in their first two code units (the most significant radix digit)', () => {
    const letters = 'ABCDEFGHJK';
    const items = scrambled(5000).map((n) => ({
      id: `${letters[n % 10]}${letters[Math.floor(n / 10) % 10]}${String(n).padStart(4, '0')}`,
    }));
    expect(ids(sortById(items))).toEqual(ids(items).sort());
  });

  it('ids whose second code unit varies while the first is fixed', () => {
    const items = scrambled(5000).map((n) => ({ id: `9${'ABCDEFGHJK'[n % 10]}${String(n).padStart(4, '0')}` }));
    expect(ids(sortById(items))).toEqual(ids(items).sort());
  });

  it('ids with the largest ASCII code units (0x7E, 0x7F): the highest radix digits', () => {
    const chars = ['\x7d', '\x7e', '\x7f', 'A'];
    const items = scrambled(5000).map((n) => ({ id: `${chars[n % 4]}${chars[Math.floor(n / 4) % 4]}${n % 7}` }));
    expect(ids(sortById(items))).toEqual(ids(items).sort());
  });

  it('ids made only of characters beyond ASCII (sorted by comparison, not by radix)', () => {
    // n written with the Chinese digits 〇一二三四五六七八九, four places: no code unit below 128.
    const digits = '〇一二三四五六七八九';
    const items = scrambled(5000).map((n) => ({
      id: [...String(n).padStart(4, '0')].map((d) => digits[Number(d)]).join(''),
    }));
    expect(ids(sortById(items))).toEqual(ids(items).sort());
  });

  it('never reorders the array it is given (a short list, sorted by comparison)', () => {
    const items = [{ id: 'c' }, { id: 'a' }, { id: 'b' }];
    expect(ids(sortById(items))).toEqual(['a', 'b', 'c']);
    expect(ids(items)).toEqual(['c', 'a', 'b']);
  });
});
