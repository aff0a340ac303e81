import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, requiredSpotChecks } from '../../src/index.js';

describe('requiredSpotChecks — Article 19: at least 10%, rounded up', () => {
  // ceil(n × 10 / 100): 不低于10% is a floor, so any fraction of an enterprise rounds up.
  it.each([
    [0, 0],
    [1, 1], // 0.1 → 1
    [9, 1], // 0.9 → 1
    [10, 1], // exactly 1
    [11, 2], // 1.1 → 2
    [95, 10], // 9.5 → 10
    [100, 10],
    [101, 11], // 10.1 → 11
    [1000, 100],
    [1_000_001, 100_001],
  ])('%i licensed → %i', (licensed, required) => {
    expect(requiredSpotChecks(licensed, '2024-12-31')).toBe(required);
  });

  it('is exact where floating point is not (ceil(0.1 × 30) would be 4)', () => {
    expect(requiredSpotChecks(30, '2024-12-31')).toBe(3);
    expect(requiredSpotChecks(9_007_199_254_740, '2024-12-31')).toBe(900_719_925_474);
  });

  it.each([-1, 1.5, Number.NaN, '10', null])('rejects %s as a count', (n) => {
    expect(() => requiredSpotChecks(n as number, '2024-12-31')).toThrow(RuleInputError);
  });

  it('throws NotInForceError before 2020-11-25 and RuleInputError for a bad date', () => {
    expect(() => requiredSpotChecks(10, '2020-11-24')).toThrow(NotInForceError);
    expect(() => requiredSpotChecks(10, '2024-13-01')).toThrow(RuleInputError);
  });
});
