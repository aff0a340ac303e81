// What the integration tests share: a bad inspection record with zod's structural issues and the
// library's domain issues, and what "all Chinese" means for a message.
import { expect } from 'vitest';
import { goodRecord } from '../rules/fixtures.js';

/**
 * An inspection record as a form or another system might send it, with issues of both kinds:
 * - a credit code whose check character is wrong (GB 32100-2015, FACTS.md: the check character
 *   of 91350100M000100Y4? is 3, not 4): USCC_CHECK_CHARACTER;
 * - 2023-02-29 (2023 is not a leap year): DATE_IMPOSSIBLE;
 * - a kind given as a number, and a filing date given as a number: invalid_value, invalid_type;
 * - an inspector's name left blank: too_small;
 * - a key the record does not have: unrecognized_keys.
 */
export function badRecord(): Record<string, unknown> {
  const r = goodRecord() as unknown as Record<string, unknown> & { inspectors: Record<string, unknown>[] };
  return {
    ...r,
    enterpriseId: '91350100M000100Y44',
    date: '2023-02-29',
    kind: 42,
    filedOn: 20240513,
    remark: '无',
    inspectors: [{ ...r.inspectors[0], name: '' }, r.inspectors[1]],
  };
}

/** The fields of badRecord() that must each carry a message (the unknown key is on the record itself). */
export const BAD_FIELDS = ['enterpriseId', 'date', 'kind', 'filedOn', 'inspectors.0.name'] as const;

/**
 * Every message is Chinese: it has Han characters, and once what it quotes verbatim is set aside
 * (the input or key between “ ” or " ", the options of a choice, the pattern YYYY-MM-DD) no word
 * of Latin letters is left — no "expected", "Invalid", "Unrecognized", "Too small".
 */
export function expectAllChinese(messages: readonly string[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message, message).toMatch(/\p{Script=Han}/u);
    const unquoted = message.replace(/“[^”]*”|"[^"]*"/g, '').replace(/YYYY-MM-DD/g, '');
    expect(unquoted, message).not.toMatch(/[A-Za-z]{2,}/);
  }
}

/** Every `message` string found in a nested error object (react-hook-form's and vee-validate's). */
export function messagesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) messagesIn(v, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'message' && typeof v === 'string') out.push(v);
      else if (key !== 'ref') messagesIn(v, out);
    }
  }
  return out;
}
