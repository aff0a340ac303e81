// The draw's SHA-256 (src/draw/sha256.ts) against the examples of FIPS 180-2 (appendix B) and
// the well-known digest of the empty message, and against node:crypto, an independent
// implementation, on messages around every padding boundary and split at random.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sha256 } from '../../src/draw/sha256.js';
import { TextHasher, sha256Hex } from '../../src/draw/canonical.js';

const hexOf = (bytes: Uint8Array): string => new Sha256().update(bytes).hex();
const reference = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('SHA-256', () => {
  it('FIPS 180-2 appendix B: "abc", the 448-bit message, one million "a"; and the empty message', () => {
    expect(hexOf(ascii('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hexOf(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(hexOf(ascii('a'.repeat(1_000_000)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    expect(hexOf(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with node:crypto for every length from 0 to 200 bytes (every padding case)', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(hexOf(bytes), `length ${n}`).toBe(reference(bytes));
    }
  });

  it('the digest does not depend on how the message is split into updates', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.array(fc.nat(600), { maxLength: 8 }), (bytes, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const h = new Sha256();
        let from = 0;
        for (const p of [...points, bytes.length]) {
          h.update(bytes.subarray(from, p));
          from = p;
        }
        expect(h.hex()).toBe(reference(bytes));
      }),
    );
  });

  it('sha256Hex and TextHasher hash the UTF-8 bytes of text, Chinese included, in batches or not', () => {
    const text = '2024年白城市双随机抽查\n' + 'x'.repeat(40_000) + '洮北区';
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    const hasher = new TextHasher();
    for (const piece of text.match(/[\s\S]{1,997}/g)!) hasher.add(piece);
    expect(hasher.hex()).toBe(sha256Hex(text));
  });
});

describe('the constants, computed as FIPS 180-4 defines them', () => {
  const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311];

  it('no fraction lies near a 32-bit boundary, so an ulp of error in Math.cbrt or Math.sqrt changes nothing', () => {
    expect(primes).toHaveLength(64);
    const roots = [...primes.map(Math.cbrt), ...primes.slice(0, 8).map(Math.sqrt)];
    for (const root of roots) {
      const scaled = (root - Math.floor(root)) * 2 ** 32;
      const distance = Math.min(scaled - Math.floor(scaled), Math.ceil(scaled) - scaled);
      expect(distance, String(root)).toBeGreaterThan(2 ** -10);
    }
  });

  it('"abc" and the 448-bit message exercise all 64 rounds: their digests (above) pin every K and H(0)', () => {
    // FIPS 180-4 4.2.2: K[0] = 428a2f98, K[63] = c67178f2; 5.3.3: H(0)0 = 6a09e667, H(0)7 = 5be0cd19.
    const cube = (p: number) => (Math.floor((Math.cbrt(p) % 1) * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
    const square = (p: number) => (Math.floor((Math.sqrt(p) % 1) * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
    expect([cube(2), cube(311), square(2), square(19)]).toEqual(['428a2f98', 'c67178f2', '6a09e667', '5be0cd19']);
  });
});
