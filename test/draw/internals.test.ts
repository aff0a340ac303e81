import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RuleInputError } from '../../src/index.js';
import { TextHasher, canonicalJson, compareCodeUnits, sha256Hex, sortById } from '../../src/draw/canonical.js';
import { createStream, streamKey } from '../../src/draw/prng.js';
import { ceilRatio, decimalOf, largestRemainder } from '../../src/draw/sizes.js';
import { creditCode } from './helpers.js';
import { createHash } from 'node:crypto';
import { refStream } from './reference.js';

describe('canonical order and JSON', () => {
  it('compares by UTF-16 code units, not by locale', () => {
    expect(['b', 'B', 'a', 'é', 'e', '张', '10', '9'].sort(compareCodeUnits)).toEqual(['10', '9', 'B', 'a', 'b', 'e', 'é', '张']);
    expect(compareCodeUnits('x', 'x')).toBe(0);
  });

  it('the linear-time sort gives the order of Array.prototype.sort() on credit codes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(1_000_000), { minLength: 4096, maxLength: 4500 }), (ns) => {
        const items = ns.map((n) => ({ id: creditCode(n) }));
        expect(sortById(items).map((i) => i.id)).toEqual(items.map((i) => i.id).sort());
      }),
      { numRuns: 3 },
    );
  });

  it('falls back to a comparison sort for ids of different lengths or beyond ASCII', () => {
    const mixed = Array.from({ length: 5000 }, (_, i) => ({ id: `i${(i * 7919) % 5000}` }));
    expect(sortById(mixed).map((i) => i.id)).toEqual(mixed.map((i) => i.id).sort());
    const wide = Array.from({ length: 5000 }, (_, i) => ({ id: `${i % 2 ? '张' : 'z'}${String((i * 7919) % 5000).padStart(4, '0')}` }));
    expect(sortById(wide).map((i) => i.id)).toEqual(wide.map((i) => i.id).sort());
    const same = Array.from({ length: 5000 }, () => ({ id: 'AAAA' }));
    expect(sortById(same)).toHaveLength(5000);
  });

  it('writes canonical JSON: sorted keys, no white space, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: [true, false, null, 'x"y'], c: undefined, 张: 0.1 })).toBe('{"a":[true,false,null,"x\\"y"],"b":1,"张":0.1}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(RuleInputError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(RuleInputError);
  });

  it('hashes long text in chunks to the same SHA-256 as in one piece', () => {
    const hasher = new TextHasher();
    let whole = '';
    for (let i = 0; i < 20_000; i++) {
      const piece = `片段${i},`;
      hasher.add(piece);
      whole += piece;
    }
    expect(hasher.hex()).toBe(sha256Hex(whole));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('exact sizes', () => {
  it('reads a ratio as the decimal it is written as', () => {
    expect(decimalOf(0.1)).toEqual({ digits: 1n, scale: 10n });
    expect(decimalOf(1e-7)).toEqual({ digits: 1n, scale: 10_000_000n });
    expect(decimalOf(1.5e-7)).toEqual({ digits: 15n, scale: 100_000_000n });
    expect(decimalOf(1)).toEqual({ digits: 1n, scale: 1n });
    expect(decimalOf(1e21)).toEqual({ digits: 10n ** 21n, scale: 1n });
  });

  it('ceil(ratio × n) exactly', () => {
    expect(ceilRatio(0.1, 30)).toBe(3);
    expect(ceilRatio(0.1, 31)).toBe(4);
    expect(ceilRatio(0.07, 100)).toBe(7);
    expect(ceilRatio(0.1, 0)).toBe(0);
    expect(ceilRatio(1, 1_000_000)).toBe(1_000_000);
  });

  it('largest remainder: shares sum to the total, each within one of its quota', () => {
    expect(largestRemainder(5, [5, 3, 2])).toEqual([3, 1, 1]);
    expect(largestRemainder(4, [1, 4, 4, 4])).toEqual([1, 1, 1, 1]);
    expect(largestRemainder(0, [0, 0])).toEqual([0, 0]);
    expect(largestRemainder(0, [])).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), (sizes, share) => {
        const n = sizes.reduce((a, b) => a + b, 0);
        const total = Math.floor(share * n);
        const shares = largestRemainder(total, sizes);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(n === 0 ? 0 : total);
        shares.forEach((s, i) => {
          const quota = n === 0 ? 0 : (total * sizes[i]!) / n;
          expect(s).toBeGreaterThanOrEqual(Math.floor(quota));
          expect(s).toBeLessThanOrEqual(Math.ceil(quota));
          expect(s).toBeLessThanOrEqual(sizes[i]!);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('streams', () => {
  it('keys a stream with the hex SHA-256 of label, newline and NFC seed', () => {
    expect(streamKey('L', 'cafe\u0301')).toBe(sha256Hex('L\ncaf\u00e9'));
    expect(streamKey('L', 's')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('below(n) stays in [0, n), also when rejection is frequent', () => {
    const s = createStream('test', 'seed');
    expect(s.below(1)).toBe(0);
    const n = 2 ** 31 + 1; // about half of all 32-bit values are rejected
    for (let i = 0; i < 200; i++) {
      const v = s.below(n);
      expect(Number.isInteger(v) && v >= 0 && v < n).toBe(true);
    }
  });

  it('below(n) is close to uniform', () => {
    const s = createStream('uniform', 'seed');
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) counts[s.below(6)]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });
});

describe('team assignment with equal tie numbers', () => {
  it('falls back to canonical index: with a constant stream the rule is plain least-loaded, lowest index', async () => {
    const { assignTeams } = await import('../../src/draw/assign.js');
    const constant = { next32: () => 0, below: () => 0 };
    const r = assignTeams(['e1', 'e2', 'e3'], [{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, undefined, constant);
    // Loads 0,0,0 → a, b. Then a1 b1 c0 → c, a. Then a2 b1 c1 → b, c.
    expect(r.assignments).toEqual([
      { enterpriseId: 'e1', inspectorIds: ['a', 'b'] },
      { enterpriseId: 'e2', inspectorIds: ['c', 'a'] },
      { enterpriseId: 'e3', inspectorIds: ['b', 'c'] },
    ]);
  });
});

describe('hashing at a chunk boundary', () => {
  it('a batch that ends exactly at the end leaves nothing pending', () => {
    const hasher = new TextHasher();
    const piece = 'x'.repeat(1 << 13);
    hasher.add(piece);
    hasher.add(piece);
    expect(hasher.hex()).toBe(sha256Hex(piece + piece));
  });
});

describe('streamed serialisations equal the generic canonical JSON', () => {
  it('record digest', async () => {
    const { recordDigest } = await import('../../src/draw/record.js');
    const { drawInspections } = await import('../../src/index.js');
    const { drawInputArb } = await import('./helpers.js');
    fc.assert(
      fc.property(drawInputArb, (input) => {
        const { digest, ...rest } = drawInspections(input).record;
        expect(digest).toBe(sha256Hex(canonicalJson(rest)));
        expect(recordDigest(rest)).toBe(digest);
      }),
      { numRuns: 30 },
    );
  });

  it('pieces longer than the buffer, ASCII or not, hash the same as in one piece', () => {
    const long = 'a'.repeat(70_000);
    const wide = '张'.repeat(30_000);
    const h = new TextHasher();
    h.add('x');
    h.add(long);
    h.add(wide);
    h.add('y');
    expect(h.hex()).toBe(sha256Hex(`x${long}${wide}y`));
  });
});

// Canonical JSON, hashing in batches and the linear-time sort of ids (src/draw/canonical.ts).
// Expected orders come from Array.prototype.sort() without a comparator (UTF-16 code-unit order,
// ECMAScript §23.1.3.30), expected digests from node:crypto's SHA-256 — both independent of the
// code under test.
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

// Steps 6–7 of docs/draw-algorithm.md. Expected values come from the document, from hand
// calculation, or from the independent reference implementation test/draw/reference.ts
// (written from the document, not from src/draw).
describe('step 7: below(n) rejects u ≥ limit = 2^32 − (2^32 mod n), exactly as the reference stream', () => {
  const TWO_32 = 2 ** 32;

  it('n = 2^31 + 1 (about half of all u rejected): 40 draws equal the reference’s', () => {
    const n = 2 ** 31 + 1;
    const ours = createStream('bls-draw/1/enterprises/all', 'below-rejection');
    const ref = refStream('bls-draw/1/enterprises/all', 'below-rejection');
    const got = Array.from({ length: 40 }, () => ours.below(n));
    const want = Array.from({ length: 40 }, () => ref.below(n));
    expect(got).toEqual(want);
  });

  it('u equal to the limit is rejected: below(u0) on a stream whose first value is u0 > 2^31 returns u1 mod u0', () => {
    // Find, deterministically, a seed whose first value is above 2^31: then for n = u0 the limit
    // is 2^32 − (2^32 − u0) = u0 itself, so u0 is not < limit and the next value decides.
    let seed = '';
    let u0 = 0;
    let u1 = 0;
    for (let i = 0; ; i++) {
      const probe = refStream('bls-draw/1/inspectors', `seed-${i}`);
      u0 = probe.next32();
      u1 = probe.next32();
      if (u0 > 2 ** 31 && u1 < u0) {
        seed = `seed-${i}`;
        break;
      }
    }
    expect(TWO_32 - (TWO_32 % u0)).toBe(u0);
    expect(createStream('bls-draw/1/inspectors', seed).below(u0)).toBe(u1 % u0);
  });
});

describe('step 6 by hand: largest remainder, ties to the stratum that comes first', () => {
  it('by hand: T = 2 over three strata of 1 — quotas 2/3 each, remainders equal: strata 1 and 2 get one', () => {
    expect(largestRemainder(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(largestRemainder(1, [1, 1, 1, 1])).toEqual([1, 0, 0, 0]);
    expect(largestRemainder(3, [2, 2, 2, 2])).toEqual([1, 1, 1, 0]);
  });

  it('by hand: T = 3 over sizes [1, 1, 2] (N = 4): quotas 0.75, 0.75, 1.5 → floors 0, 0, 1; remainders 3, 3, 2 → [1, 1, 1]', () => {
    expect(largestRemainder(3, [1, 1, 2])).toEqual([1, 1, 1]);
    // sizes [2, 1, 1], T = 1: quotas 0.5, 0.25, 0.25 → the largest remainder (2) is the first.
    expect(largestRemainder(1, [2, 1, 1])).toEqual([1, 0, 0]);
    // sizes [1, 2], T = 1: remainders 1 and 2 → the second stratum.
    expect(largestRemainder(1, [1, 2])).toEqual([0, 1]);
  });
});
