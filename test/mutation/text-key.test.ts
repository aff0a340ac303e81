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
  it('the blank letters count as invisible: Hangul fillers and the Braille blank', () => {
    for (const blank of ['\u115f', '\u1160', '\u3164', '\uffa0', '\u2800', '\u200b', ' ']) {
      expect(typedKey(`a${blank}b`)).toBe('ab');
      expect(invisibleAtEnd(`${blank}ab`)).toBe(true);
      expect(invisibleAtEnd(`ab${blank}`)).toBe(true);
      expect(invisibleAtEnd(`a${blank}b`)).toBe(false);
    }
  });
});
