// Internal: how typed text is compared. Not part of the public API.

/**
 * One character that shows nothing: white space, a control character, a format character
 * (zero-width space, BOM…), another default-ignorable character (variation selectors, the
 * combining grapheme joiner, the Hangul fillers…) or the Braille blank U+2800. The class of
 * docs/draw-algorithm.md, "Canonical text", shared by {@link typedKey}, {@link invisibleAtEnd}
 * and the draw seed's rule.
 */
export const SHOWS_NOTHING = /[\s\p{Cc}\p{Cf}\p{DI}\u2800]/u;

/**
 * A piece of typed text (a name, an id, a credential number) as compared: Unicode NFKC, so that
 * full-width letters and digits typed with a Chinese input method equal half-width ones, with
 * everything that shows nothing removed: white space, control characters, format characters
 * (zero-width space, BOM…), the other default-ignorable characters (variation selectors, the
 * combining grapheme joiner, the Hangul fillers…) and the Braille blank U+2800. Two spellings of
 * one text get the same key; a text with nothing visible gets `''`.
 */
export const typedKey = (text: string): string =>
  text.normalize('NFKC').replace(/[\s\p{Cc}\p{Cf}\p{DI}\u2800]+/gu, '');

/** Whether a text begins or ends with a character {@link typedKey} removes. */
export const invisibleAtEnd = (text: string): boolean =>
  /^[\s\p{Cc}\p{Cf}\p{DI}\u2800]|[\s\p{Cc}\p{Cf}\p{DI}\u2800]$/u.test(text);

/**
 * The ids among `ids` that share their key (`key(id, index)`) with another: every spelling of each
 * such key, once, keys in the order first seen (`['ABC', 'x', 'ＡＢＣ']` → `['ABC', 'ＡＢＣ']`), so
 * that a message names each way the one id was written.
 */
export function duplicatesBy(ids: readonly string[], key: (id: string, index: number) => string): string[] {
  // The first spelling of a key is kept as a string, the rest only when there are any: a long
  // list without repeats costs one map entry per id.
  const first = new Map<string, string>();
  const repeats = new Map<string, string[]>();
  for (const [index, id] of ids.entries()) {
    const k = key(id, index);
    const seen = first.get(k);
    const same = repeats.get(k);
    if (seen === undefined) first.set(k, id);
    else if (same === undefined) repeats.set(k, [seen, id]);
    else same.push(id);
  }
  return [...first.keys()].filter((k) => repeats.has(k)).flatMap((k) => [...new Set(repeats.get(k) as string[])]);
}
