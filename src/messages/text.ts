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
 * Writes any value for a message without ever throwing (objects without a prototype, symbols),
 * cut to 60 characters: a string as it is, an object or array as JSON writes it, anything else as
 * `String` does. Only the part the message shows is serialised: each array and string is cut to
 * 61 entries or characters before JSON writes it, and JSON is stopped after 61 values, so a list
 * of ten million entries is described as fast as a short one.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  let out: string;
  let values = 0;
  try {
    out =
      typeof value === 'string'
        ? value
        : typeof value === 'object' && value !== null
          ? (JSON.stringify(value, (_, v: unknown) =>
              values++ > SHOWN ? undefined : typeof v === 'string' || Array.isArray(v) ? v.slice(0, SHOWN + 1) : v,
            ) ?? '')
          : Object.is(value, -0)
            ? '-0'
            : String(value);
  } catch {
    out = Object.prototype.toString.call(value);
  }
  return out.length > SHOWN ? `${headOf(out, SHOWN)}…` : out;
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
