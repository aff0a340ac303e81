import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
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

function writeCanonical(value: unknown, out: string[]): void {
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
  return bytesToHex(sha256(utf8ToBytes(text)));
}

const CHUNK_CHARS = 1 << 16;

/**
 * Hashes a long text handed over in pieces, without building the whole string: pieces are
 * gathered into chunks of about 64 K characters, each UTF-8 encoded and fed to SHA-256.
 *
 * @internal
 */
export class TextHasher {
  private readonly hash = sha256.create();
  private buffer = '';

  /** Appends a piece of text. */
  add(piece: string): void {
    this.buffer += piece;
    if (this.buffer.length >= CHUNK_CHARS) {
      this.hash.update(utf8ToBytes(this.buffer));
      this.buffer = '';
    }
  }

  /** The lowercase hex SHA-256 of everything added. */
  hex(): string {
    if (this.buffer.length > 0) this.hash.update(utf8ToBytes(this.buffer));
    this.buffer = '';
    return bytesToHex(this.hash.digest());
  }
}

/**
 * Sorts records by `id` in UTF-16 code-unit order and returns a new array. When every id has
 * the same length and only code units below 128 (unified social credit codes always do), a
 * least-significant-digit radix sort does it in linear time; otherwise a comparison sort.
 * Both give the order of {@link compareCodeUnits}.
 *
 * @internal
 */
export function sortById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const n = items.length;
  const width = n > 0 ? (items[0] as T).id.length : 0;
  if (n < 4096 || width === 0 || width > 64) return comparisonSort(items);
  // Column-major code units: column p holds the p-th code unit of every id.
  const columns: Uint8Array[] = [];
  for (let p = 0; p < width; p++) columns.push(new Uint8Array(n));
  for (let i = 0; i < n; i++) {
    const id = (items[i] as T).id;
    if (id.length !== width) return comparisonSort(items);
    for (let p = 0; p < width; p++) {
      const c = id.charCodeAt(p);
      if (c > 127) return comparisonSort(items);
      (columns[p] as Uint8Array)[i] = c;
    }
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(129);
  for (let p = width - 1; p >= 0; p--) {
    const column = columns[p] as Uint8Array;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const slot = (column[i] as number) + 1;
      counts[slot] = (counts[slot] as number) + 1;
    }
    // Every id has the same code unit here: the pass would change nothing.
    if (counts.includes(n)) continue;
    for (let c = 1; c <= 128; c++) counts[c] = (counts[c] as number) + (counts[c - 1] as number);
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

function comparisonSort<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return items.slice().sort((a, b) => compareCodeUnits(a.id, b.id));
}
