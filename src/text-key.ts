// Internal: how typed text is compared. Not part of the public API.

/**
 * A piece of typed text (a name, an id, a credential number) as compared: Unicode NFKC, so that
 * full-width letters and digits typed with a Chinese input method equal half-width ones, with
 * white space, invisible format characters (zero-width space, BOM…) and the blank letters that
 * show nothing (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0; the Braille blank U+2800)
 * removed. Two spellings of one text get the same key; a text with nothing visible gets `''`.
 */
export const typedKey = (text: string): string =>
  text.normalize('NFKC').replace(/[\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]+/gu, '');

/**
 * The ids among `ids` that share their key with another: every spelling of each such key, once,
 * keys in the order first seen (`['ABC', 'x', 'ＡＢＣ']` → `['ABC', 'ＡＢＣ']`), so that a message
 * names each way the one id was written.
 */
export function duplicatesBy(ids: Iterable<string>, key: (id: string) => string): string[] {
  const byKey = new Map<string, string[]>();
  for (const id of ids) {
    const k = key(id);
    const same = byKey.get(k);
    if (same === undefined) byKey.set(k, [id]);
    else same.push(id);
  }
  return [...byKey.values()].filter((same) => same.length > 1).flatMap((same) => [...new Set(same)]);
}
