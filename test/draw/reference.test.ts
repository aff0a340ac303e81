import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { drawInspections } from '../../src/index.js';
import { RefStream, refCeil, refDraw, refStream, type RefInput } from './reference.js';
import { drawInputArb } from './helpers.js';

describe('the reference implementation (docs/draw-algorithm.md) agrees with the library', () => {
  it('RC4-drop[256] of the document is what seedrandom(key).int32() gives', () => {
    const key = 'ab'.repeat(32);
    const ours = new RefStream(key);
    const theirs = seedrandom(key);
    for (let i = 0; i < 1000; i++) expect(ours.next32()).toBe(theirs.int32() >>> 0);
  });

  it('RC4 of the document matches the published RC4 test vector (key "Key": EB 9F 77 81…) before the drop', () => {
    // Wikipedia / RFC 6229 style check of the textbook RC4, independent of seedrandom:
    // keystream of key "Key" starts EB9F7781B734CA72A719.
    const s = Array.from({ length: 256 }, (_, i) => i);
    const k = [...'Key'].map((c) => c.charCodeAt(0));
    let j = 0;
    for (let i = 0; i < 256; i++) {
      j = (j + s[i]! + k[i % k.length]!) % 256;
      [s[i], s[j]] = [s[j]!, s[i]!];
    }
    let a = 0;
    let b = 0;
    const out: number[] = [];
    for (let n = 0; n < 10; n++) {
      a = (a + 1) % 256;
      b = (b + s[a]!) % 256;
      [s[a], s[b]] = [s[b]!, s[a]!];
      out.push(s[(s[a]! + s[b]!) % 256]!);
    }
    expect(Buffer.from(out).toString('hex')).toBe('eb9f7781b734ca72a719');
  });

  it('ceil(ratio × n) reads the ratio as its decimal', () => {
    expect(refCeil(0.1, 30)).toBe(3); // 0.1 × 30 is 3.0000000000000004 in floating point
    expect(refCeil(0.07, 100)).toBe(7); // 0.07 × 100 is 7.000000000000001
    expect(refCeil(1e-7, 10_000_001)).toBe(2);
    expect(refCeil(1, 5)).toBe(5);
  });

  it('gives byte-identical records on random inputs', () => {
    fc.assert(
      fc.property(drawInputArb, (input) => {
        const lib = JSON.stringify(drawInspections(input).record);
        const ref = JSON.stringify(refDraw(input as RefInput));
        expect(lib).toBe(ref);
      }),
      { numRuns: 150 },
    );
  });

  it('streams have distinct labels: the inspector stream is not the enterprise stream', () => {
    expect(refStream('bls-draw/1/inspectors', 's').next32()).not.toBe(refStream('bls-draw/1/enterprises/all', 's').next32());
  });
});
