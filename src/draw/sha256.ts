// SHA-256 (FIPS 180-4, sections 4.1.2, 4.2.2, 5.1.1, 5.3.3 and 6.2), written from the standard:
// synchronous and in plain JavaScript, as the draw must run in a browser too, where
// `crypto.subtle.digest` is asynchronous. Checked against the standard's examples and node:crypto
// (test/draw/sha256.test.ts).

/** The first 64 prime numbers, 2 to 311. */
function primes(): number[] {
  const found: number[] = [];
  for (let n = 2; found.length < 64; n++) if (found.every((p) => n % p !== 0)) found.push(n);
  return found;
}

/** The first 32 bits of the fractional part of `x`, as an unsigned 32-bit integer. */
const fraction32 = (x: number): number => Math.floor((x - Math.floor(x)) * 0x1_0000_0000) >>> 0;

/**
 * The constants as FIPS 180-4 defines them: K (4.2.2) from the cube roots of the first 64
 * primes, H(0) (5.3.3) from the square roots of the first 8. A double carries some 50 bits of
 * each fraction, and none of the 72 lies within 2^-10 of a 32-bit boundary, so an error of an
 * ulp in `Math.cbrt` cannot change a bit (test/draw/sha256.test.ts checks the margin and the
 * standard's values).
 */
const CONSTANTS = /* @__PURE__ */ (() => {
  const p = primes();
  return { K: Int32Array.from(p, (n) => fraction32(Math.cbrt(n))), H0: p.slice(0, 8).map((n) => fraction32(Math.sqrt(n))) };
})();

/**
 * An incremental SHA-256: bytes are added with {@link Sha256.update}, and {@link Sha256.hex}
 * gives the lowercase hex digest once, at the end.
 *
 * @internal
 */
export class Sha256 {
  private readonly state = Int32Array.from(CONSTANTS.H0);
  private readonly w = new Int32Array(64);
  private readonly block = new Uint8Array(64);
  private filled = 0;
  private bytes = 0;

  /** Adds bytes to the message. */
  update(data: Uint8Array): this {
    this.bytes += data.length;
    let i = 0;
    if (this.filled > 0) {
      i = Math.min(64 - this.filled, data.length);
      this.block.set(data.subarray(0, i), this.filled);
      this.filled += i;
      if (this.filled < 64) return this;
      this.compress(this.block, 0);
      this.filled = 0;
    }
    for (; i + 64 <= data.length; i += 64) this.compress(data, i);
    if (i < data.length) {
      this.block.set(data.subarray(i), 0);
      this.filled = data.length - i;
    }
    return this;
  }

  /** Pads the message (FIPS 180-4, 5.1.1) and returns the digest in lowercase hex. */
  hex(): string {
    const { block } = this;
    block[this.filled++] = 0x80;
    if (this.filled > 56) {
      block.fill(0, this.filled);
      this.compress(block, 0);
      this.filled = 0;
    }
    block.fill(0, this.filled, 56);
    // The message length in bits, a 64-bit big-endian number (below 2^53 bytes here).
    const high = Math.floor(this.bytes / 0x2000_0000);
    const low = (this.bytes * 8) >>> 0;
    for (let k = 0; k < 4; k++) {
      block[56 + k] = high >>> (24 - 8 * k);
      block[60 + k] = low >>> (24 - 8 * k);
    }
    this.compress(block, 0);
    let out = '';
    for (const word of this.state) out += (word >>> 0).toString(16).padStart(8, '0');
    return out;
  }

  /** One 512-bit block at `offset` (FIPS 180-4, 6.2.2). */
  private compress(m: Uint8Array, offset: number): void {
    const { w, state } = this;
    const { K } = CONSTANTS;
    for (let t = 0; t < 16; t++) {
      const j = offset + 4 * t;
      w[t] = (m[j]! << 24) | (m[j + 1]! << 16) | (m[j + 2]! << 8) | m[j + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    let e = state[4]!;
    let f = state[5]!;
    let g = state[6]!;
    let h = state[7]!;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    state[0] = (state[0]! + a) | 0;
    state[1] = (state[1]! + b) | 0;
    state[2] = (state[2]! + c) | 0;
    state[3] = (state[3]! + d) | 0;
    state[4] = (state[4]! + e) | 0;
    state[5] = (state[5]! + f) | 0;
    state[6] = (state[6]! + g) | 0;
    state[7] = (state[7]! + h) | 0;
  }
}
