// seedrandom's own ARC4 generator only: the package root also loads the six other generators
// it ships (alea, xor128, xorwow, xorshift7, xor4096, tychei), which the draw never runs.
import seedrandom from 'seedrandom/seedrandom.js';
import { sha256Hex } from './canonical.js';

/**
 * The version of the draw algorithm (docs/draw-algorithm.md), written into every record and
 * every stream label. A change that alters any result is a new version.
 *
 * @example
 * ```ts
 * drawInspections(input).record.algorithm === DRAW_ALGORITHM; //=> true
 * DRAW_ALGORITHM; //=> 'bls-draw/1'
 * ```
 */
export const DRAW_ALGORITHM = 'bls-draw/1';

const TWO_32 = 0x1_0000_0000;

/**
 * The key a pseudo-random stream is started from: the lowercase hex SHA-256 of the UTF-8 bytes
 * of `label + "\n" + seed` (seed NFC-normalised). Keying seedrandom with this hex string rather
 * than the raw seed matters: seedrandom keeps only the low 8 bits of each UTF-16 code unit
 * (`'2024年中'` and `'2024年夭'` give the same stream) and repeats short keys (`'a'` = `'aa'`).
 *
 * @internal
 */
export function streamKey(label: string, seed: string): string {
  return sha256Hex(`${label}\n${seed.normalize('NFC')}`);
}

/**
 * A stream of unsigned 32-bit integers: RC4 keyed with the 64 ASCII bytes of a
 * {@link streamKey}, the first 256 bytes dropped (seedrandom's ARC4), four bytes per number,
 * big-endian.
 *
 * @internal
 */
export interface DrawStream {
  /** The next unsigned 32-bit integer. */
  next32(): number;
  /** A uniformly distributed integer in [0, n), by rejection sampling; n ≥ 1. */
  below(n: number): number;
}

/**
 * Starts the stream for a use (`label`) of a seed.
 *
 * @internal
 */
export function createStream(label: string, seed: string): DrawStream {
  const rng = seedrandom(streamKey(label, seed));
  const next32 = (): number => rng.int32() >>> 0;
  return {
    next32,
    below(n: number): number {
      // Accept u < limit, the largest multiple of n not above 2^32, so that u mod n is uniform.
      const limit = TWO_32 - (TWO_32 % n);
      for (;;) {
        const u = next32();
        if (u < limit) return u % n;
      }
    },
  };
}

/** The label of the stream that shuffles one stratum of enterprises. @internal */
export function enterpriseStreamLabel(stratum: string): string {
  return `${DRAW_ALGORITHM}/enterprises/${stratum}`;
}

/** The label of the stream that breaks ties between inspectors. @internal */
export const INSPECTOR_STREAM_LABEL = `${DRAW_ALGORITHM}/inspectors`;
