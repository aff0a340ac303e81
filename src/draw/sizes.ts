/**
 * The exact decimal a JavaScript number is written as (`String(x)`, the shortest decimal that
 * reads back as the same number), as an integer over a power of ten: 0.1 is 1/10, 1e-7 is
 * 1/10^7. So `ceil(0.1 × 30)` is 3, not the 4 that floating point gives.
 *
 * @internal
 */
export function decimalOf(x: number): { readonly digits: bigint; readonly scale: bigint } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  /* c8 ignore next */
  if (!m) throw new RangeError(`not a non-negative finite number: ${x}`);
  const fraction = m[2] ?? '';
  let scale = fraction.length - Number(m[3] ?? '0');
  let digits = BigInt(`${m[1]}${fraction}`);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale: 10n ** BigInt(scale) };
}

/**
 * `ceil(ratio × n)` in exact arithmetic, the ratio read as the decimal it is written as.
 *
 * @internal
 */
export function ceilRatio(ratio: number, n: number): number {
  const { digits, scale } = decimalOf(ratio);
  return Number((BigInt(n) * digits + scale - 1n) / scale);
}

/**
 * Shares `total` among strata in proportion to their sizes by the largest-remainder method:
 * each stratum first gets `floor(total × size / Σ size)`; what is left goes one each to the
 * strata with the largest remainders `(total × size) mod Σ size`, ties to the earlier stratum.
 * The shares sum exactly to `total` (which must not exceed `Σ size`).
 *
 * @internal
 */
export function largestRemainder(total: number, sizes: readonly number[]): number[] {
  const sum = BigInt(sizes.reduce((a, b) => a + b, 0));
  if (sum === 0n) return sizes.map(() => 0);
  const t = BigInt(total);
  const shares = sizes.map((s) => Number((t * BigInt(s)) / sum));
  const remainders = sizes.map((s) => (t * BigInt(s)) % sum);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = sizes
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  for (const i of order) {
    if (left === 0) break;
    shares[i] = (shares[i] as number) + 1;
    left--;
  }
  return shares;
}
