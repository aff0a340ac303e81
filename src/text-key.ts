// Internal: how typed text is compared. Not part of the public API.

/**
 * A piece of typed text (a name, an id, a credential number) as compared: Unicode NFKC, so that
 * full-width letters and digits typed with a Chinese input method equal half-width ones, with
 * white space and invisible format characters (zero-width space, BOM…) removed. Two spellings of
 * one text get the same key; a text with nothing visible gets `''`.
 */
export const typedKey = (text: string): string => text.normalize('NFKC').replace(/[\s\p{Cf}]+/gu, '');
