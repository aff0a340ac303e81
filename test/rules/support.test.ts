// Internal helpers of the rules (not public API).
import { describe, expect, it } from 'vitest';
import { uniqueLaws, CIVIL_CODE_201, ADMINISTRATIVE_PENALTY_LAW } from '../../src/rules/support/laws.js';
import { uniqueRefs, unique } from '../../src/rules/support/trace.js';

describe('rules/support', () => {
  it('uniqueLaws keeps the first of each law and article', () => {
    expect(uniqueLaws([CIVIL_CODE_201, ADMINISTRATIVE_PENALTY_LAW, { ...CIVIL_CODE_201 }, { ...ADMINISTRATIVE_PENALTY_LAW }])).toEqual([
      CIVIL_CODE_201,
      ADMINISTRATIVE_PENALTY_LAW,
    ]);
  });
  it('uniqueRefs tells paragraphs and items apart', () => {
    expect(uniqueRefs([{ article: 9, paragraph: 1 }, { article: 9 }, { article: 9, paragraph: 1 }, { article: 6, item: 1 }])).toEqual([
      { article: 9, paragraph: 1 },
      { article: 9 },
      { article: 6, item: 1 },
    ]);
    expect(unique(['a', 'b', 'a'])).toEqual(['a', 'b']);
  });
});
