import { SHA256 } from '@noble/hashes/sha2';
import { RuleInputError } from '../errors.js';

/**
 * Compares two strings by their UTF-16 code units, the canonical order of every list the draw
 * sorts (the order of `Array.prototype.sort()` without a comparator; never `localeCompare`,
 * whose result depends on the locale and the ICU version).
 *
 * @internal
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Canonical JSON (RFC 8785 for the values the library writes): no white space, object keys
 * sorted by UTF-16 code units, properties whose value is `undefined` left out, strings and
 * numbers written as `JSON.stringify` writes them.
 *
 * @internal
 * @throws RuleInputError for a value JSON cannot carry (a non-finite number, a function…)
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  writeCanonical(value, out);
  return out.join('');
}

/** Where canonical JSON is written to, piece by piece: an array of strings, or a {@link TextHasher}. @internal */
export interface JsonSink {
  push(...pieces: string[]): unknown;
}

/**
 * Writes the canonical JSON of `value` to `out` (see {@link canonicalJson}).
 *
 * @internal
 */
export function writeCanonical(value: unknown, out: JsonSink): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw notJson(String(value));
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    default:
      throw notJson(typeof value);
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      writeCanonical(value[i], out);
    }
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  out.push('{');
  keys.forEach((key, i) => {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(key), ':');
    writeCanonical(record[key], out);
  });
  out.push('}');
}

function notJson(what: string): RuleInputError {
  return new RuleInputError([
    {
      path: [],
      code: 'NOT_JSON',
      message: {
        'zh-CN': `无法写成 JSON 的值：${what}`,
        en: `A value JSON cannot carry: ${what}`,
      },
    },
  ]);
}

/**
 * Lowercase hex SHA-256 of the UTF-8 bytes of a string.
 *
 * @internal
 */
export function sha256Hex(text: string): string {
  // @noble/hashes encodes a string as UTF-8.
  return hexOf(new SHA256().update(text).digest());
}

/** Lowercase hex of bytes. */
function hexOf(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += (b < 16 ? '0' : '') + b.toString(16);
  return out;
}

/** Pending characters are encoded once there are at least this many. */
const BATCH_CHARS = 1 << 14;

/**
 * Hashes a long text handed over in pieces without building the whole string: pieces are
 * gathered into batches of about 16 K characters, each UTF-8 encoded (`TextEncoder.encodeInto`)
 * into a reused buffer and fed to SHA-256.
 *
 * @internal
 */
export class TextHasher {
  private readonly hash = new SHA256();
  // A batch is below 2 × BATCH_CHARS code units; a code unit takes at most 3 UTF-8 bytes.
  private readonly bytes = new Uint8Array(6 * BATCH_CHARS);
  private readonly encoder = new TextEncoder();
  private pending = '';

  /** Appends well-formed text. */
  add(text: string): void {
    if (text.length >= BATCH_CHARS) {
      this.encodePending();
      this.hash.update(text);
      return;
    }
    this.pending += text;
    if (this.pending.length >= BATCH_CHARS) this.encodePending();
  }

  /** Appends well-formed pieces of text, in order (a {@link JsonSink}). */
  push(...pieces: string[]): void {
    for (const piece of pieces) this.add(piece);
  }

  /** Appends a JSON array: `[`, each item as `write` writes it, commas between, `]`. */
  list<T>(items: readonly T[], write: (item: T) => string): void {
    this.add('[');
    // One `add` per entry: many tiny pieces would cost more than the hashing.
    for (let i = 0; i < items.length; i++) this.add(i > 0 ? `,${write(items[i] as T)}` : write(items[i] as T));
    this.add(']');
  }

  private encodePending(): void {
    if (this.pending.length === 0) return;
    const { written } = this.encoder.encodeInto(this.pending, this.bytes);
    this.hash.update(this.bytes.subarray(0, written));
    this.pending = '';
  }

  /** The lowercase hex SHA-256 of everything appended. */
  hex(): string {
    this.encodePending();
    return hexOf(this.hash.digest());
  }
}

/**
 * Sorts records by `id` in UTF-16 code-unit order and returns a new array. When every id has
 * the same length and only code units below 128 (unified social credit codes always do), a
 * least-significant-digit radix sort on pairs of code units does it in linear time; otherwise
 * a comparison sort.
 * Both give the order of {@link compareCodeUnits}.
 *
 * @internal
 */
export function sortById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const n = items.length;
  const width = n > 0 ? (items[0] as T).id.length : 0;
  if (n < 4096 || width === 0 || width > 64) return comparisonSort(items);
  // Digits of two code units each (c1 × 128 + c2, a trailing odd unit padded with 0), column by
  // column: digits[d][i] is the d-th digit of the i-th id. Comparing digit sequences is
  // comparing the ids, since all ids have the same length.
  const digitCount = (width + 1) >> 1;
  const digits: Uint16Array[] = [];
  for (let d = 0; d < digitCount; d++) digits.push(new Uint16Array(n));
  for (let i = 0; i < n; i++) {
    const id = (items[i] as T).id;
    if (id.length !== width) return comparisonSort(items);
    for (let d = 0; d < digitCount; d++) {
      const hi = id.charCodeAt(2 * d);
      const lo = 2 * d + 1 < width ? id.charCodeAt(2 * d + 1) : 0;
      if ((hi | lo) > 127) return comparisonSort(items);
      (digits[d] as Uint16Array)[i] = (hi << 7) | lo;
    }
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(RADIX + 1);
  for (let d = digitCount - 1; d >= 0; d--) {
    const column = digits[d] as Uint16Array;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const slot = (column[i] as number) + 1;
      counts[slot] = (counts[slot] as number) + 1;
    }
    // Every id has the same digit here: the pass would change nothing.
    if (counts[(column[0] as number) + 1] === n) continue;
    for (let c = 1; c <= RADIX; c++) counts[c] = (counts[c] as number) + (counts[c - 1] as number);
    for (let i = 0; i < n; i++) {
      const idx = order[i] as number;
      const c = column[idx] as number;
      next[counts[c] as number] = idx;
      counts[c] = (counts[c] as number) + 1;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  const sorted = new Array<T>(n);
  for (let i = 0; i < n; i++) sorted[i] = items[order[i] as number] as T;
  return sorted;
}

const RADIX = 128 * 128;

function comparisonSort<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return items.slice().sort((a, b) => compareCodeUnits(a.id, b.id));
}
