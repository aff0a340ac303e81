// Internal: how values are quoted in messages. The bottom layer of the message modules: it
// imports nothing, so errors.ts, the issue helpers and formatCitation can all use it.

/** Longest text a value is quoted with in a message, before `…`. */
const SHOWN = 60;

/**
 * The first `max` UTF-16 code units of `text`, or one fewer when the cut would fall between the
 * two halves of a surrogate pair (an emoji, or a CJK character beyond the Basic Multilingual
 * Plane such as 𠮷), so that a value quoted in a message never ends in half a character.
 *
 * @internal
 */
export function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * Writes the JSON-like text of `value` into `out` until `out` holds more than `budget`
 * characters, then stops: only what the message shows is ever looked at. `seen` holds the
 * objects being written, so that an object containing itself is written `[Circular]`.
 */
function write(value: unknown, out: string[], budget: { left: number }, seen: object[], inList: boolean): void {
  if (budget.left <= 0) return;
  const put = (s: string): void => {
    out.push(s);
    budget.left -= s.length;
  };
  let v = value;
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    // A Date writes itself as its ISO text, as JSON does.
    if (v instanceof Date) v = Number.isNaN(v.getTime()) ? null : v.toISOString();
  }
  if (typeof v === 'string') return put(JSON.stringify(headOf(v, budget.left + 1)));
  if (typeof v === 'number') return put(Number.isFinite(v) ? String(v) : 'null');
  if (typeof v === 'bigint') return put(String(v));
  if (typeof v === 'boolean' || v === null) return put(String(v));
  if (typeof v !== 'object') return put(inList ? 'null' : '');
  if (seen.includes(v)) return put('"[Circular]"');
  seen.push(v);
  if (Array.isArray(v) || ArrayBuffer.isView(v)) {
    const list = v as unknown as ArrayLike<unknown>;
    put('[');
    for (let i = 0; i < list.length && budget.left > 0; i++) {
      if (i > 0) put(',');
      write(list[i], out, budget, seen, true);
    }
    put(']');
  } else {
    put('{');
    let first = true;
    for (const key in v) {
      if (budget.left <= 0) break;
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      const item = (v as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      if (!first) put(',');
      first = false;
      put(`${JSON.stringify(headOf(key, budget.left + 1))}:`);
      write(item, out, budget, seen, false);
    }
    put('}');
  }
  seen.pop();
}

/**
 * Writes any value for a message, cut to 60 characters (and `…`): a string as it is, a number
 * (`-0` included) or a boolean as JavaScript writes it, a symbol as `Symbol(description)`, a
 * function as `function name`, an object or array as JSON would write it. Only the part the
 * message shows is read, so a list of ten million entries is described as fast as a short one.
 * It never throws of itself; an exception from one of the caller's own getters or Proxy traps
 * gives the value's `[object …]` tag instead.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  let out: string;
  if (typeof value === 'string') out = headOf(value, SHOWN + 1);
  else if (typeof value === 'number') out = Object.is(value, -0) ? '-0' : String(value);
  else if (typeof value === 'symbol') out = `Symbol(${headOf(value.description ?? '', SHOWN + 1)})`;
  else if (typeof value === 'function') {
    const name = typeof value.name === 'string' ? headOf(value.name, SHOWN + 1) : '';
    out = name === '' ? 'function' : `function ${name}`;
  }
  else if (typeof value !== 'object' || value === null) out = String(value);
  else {
    try {
      const parts: string[] = [];
      write(value, parts, { left: SHOWN + 1 }, [], false);
      out = parts.join('');
    } catch {
      out = tagOf(value);
    }
  }
  return out.length > SHOWN ? `${headOf(out, SHOWN)}…` : out;
}

function tagOf(value: object): string {
  try {
    return Object.prototype.toString.call(value);
  } catch {
    return '[object Object]';
  }
}

/**
 * The first 20 ids of a list, for a message: `a, b, c`, and ` … (+n)` for the n left out, so
 * that a message about a long list stays short.
 *
 * @internal
 */
export function idsShown(ids: readonly string[]): string {
  return ids.slice(0, 20).join(', ') + (ids.length > 20 ? ` … (+${ids.length - 20})` : '');
}
