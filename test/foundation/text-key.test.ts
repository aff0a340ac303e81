// How typed text is compared (src/text-key.ts): the key of an id or name is what shows, so
// invisible characters and full-width forms do not make two entries different. Expected values are
// worked out by hand from the characters' Unicode properties, as noted.
import { describe, expect, it } from 'vitest';
import { duplicatesBy, invisibleAtEnd, typedKey } from '../../src/text-key.js';

describe('duplicatesBy (internal): every spelling of a repeated key, keys in the order first seen', () => {
  it('by hand: B repeats before A does, but A was seen first', () => {
    expect(duplicatesBy(['A', 'B', 'C', 'B', 'A'], (id) => id)).toEqual(['A', 'B']);
  });
  it('each spelling once, the first one included', () => {
    // 'ＡＢＣ' is 'ABC' in full width; 'abc' differs (case is kept by typedKey).
    expect(duplicatesBy(['ABC', 'abc', 'ＡＢＣ', 'ABC', 'x'], typedKey)).toEqual(['ABC', 'ＡＢＣ']);
  });
  it('the key function gets the index, so keys computed once can be passed', () => {
    const keys = ['k1', 'k2', 'k1'];
    expect(duplicatesBy(['a', 'b', 'c'], (_, i) => keys[i] as string)).toEqual(['a', 'c']);
  });
  it('no repeats: nothing', () => {
    expect(duplicatesBy(['a', 'b'], (id) => id)).toEqual([]);
    expect(duplicatesBy([], (id) => id)).toEqual([]);
  });
});

describe('typedKey and invisibleAtEnd (internal)', () => {
  it('what shows nothing is removed: white space, controls, format and default-ignorable characters, the Braille blank', () => {
    // U+034F combining grapheme joiner, U+FE0F and U+E0100 variation selectors, U+180B Mongolian
    // free variation selector, U+17B4 Khmer vowel inherent, U+FFF0 (unassigned, default-ignorable),
    // U+0001 and U+007F controls, the Hangul fillers, the Braille blank, a zero-width space, a space.
    for (const blank of ['\u034f', '\ufe0f', '\u{e0100}', '\u180b', '\u17b4', '\ufff0', '\u0001', '\u007f', '\u115f', '\u1160', '\u3164', '\uffa0', '\u2800', '\u200b', ' ']) {
      expect(typedKey(`a${blank}b`)).toBe('ab');
      expect(invisibleAtEnd(`${blank}ab`)).toBe(true);
      expect(invisibleAtEnd(`ab${blank}`)).toBe(true);
      expect(invisibleAtEnd(`a${blank}b`)).toBe(false);
    }
  });
});
