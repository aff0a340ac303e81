// Fees and other amounts are written out in full in messages. Expected values by hand: moving the
// decimal point of the digits JavaScript prints by the exponent.
import { describe, expect, it } from 'vitest';
import { plainNumber } from '../../src/rules/support/trace.js';

describe('plainNumber (internal): numbers in messages, never in exponent form', () => {
  it.each([
    [0, '0'],
    [50, '50'],
    [0.01, '0.01'],
    [0.000001, '0.000001'],
    [1e-7, '0.0000001'],
    [2.5e-8, '0.000000025'],
    [1.2345e-7, '0.00000012345'],
    [-1e-7, '-0.0000001'],
    [1e21, '1000000000000000000000'],
    [1.5e21, '1500000000000000000000'],
    [-1.23e22, '-12300000000000000000000'],
    [123456789012345680000, '123456789012345680000'],
  ])('%s → %s', (n, text) => {
    expect(plainNumber(n)).toBe(text);
    // Read back, the text is the same number.
    expect(Number(text)).toBe(n);
  });
});
