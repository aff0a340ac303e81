// Internal: building traces and decisions. Not part of the public API.
import type { ArticleRef } from '../../regulation/citation.js';
import type { BilingualMessage } from '../../messages/message.js';
import type { Decision, LawRef, TraceStep } from '../decision.js';
import { uniqueLaws } from './laws.js';

/** Builds one trace step. */
export function step(
  rule: string,
  basis: ArticleRef,
  passed: boolean,
  facts: Readonly<Record<string, unknown>>,
  message: BilingualMessage,
): TraceStep {
  return { rule, basis: { ...basis }, passed, facts, message };
}

function refKey(ref: ArticleRef): string {
  return `${ref.article}.${ref.paragraph ?? ''}.${ref.item ?? ''}`;
}

/** Removes repeated article references, keeping the first of each. */
export function uniqueRefs(refs: readonly ArticleRef[]): ArticleRef[] {
  const seen = new Set<string>();
  return refs
    .filter((r) => {
      const key = refKey(r);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((r) => ({ ...r }));
}

/** Removes repeated values, keeping the first of each. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Assembles a decision, de-duplicating its references. */
export function decide<Outcome>(
  outcome: Outcome,
  basis: readonly ArticleRef[],
  higherLaw: readonly LawRef[],
  trace: readonly TraceStep[],
): Decision<Outcome> {
  return { outcome, basis: uniqueRefs(basis), higherLaw: uniqueLaws(higherLaw), trace };
}

/**
 * A number written out in full for a message, never in exponent form: 1e-7 → 0.0000001,
 * 1e21 → 1000000000000000000000. JavaScript writes a number in exponent form only below 1e-6
 * (the point then falls before the digits) or from 1e21 (after them, 17 digits at most).
 */
export function plainNumber(n: number): string {
  const [mantissa = '', exponent] = String(n).split('e');
  if (exponent === undefined) return mantissa;
  const sign = mantissa.startsWith('-') ? '-' : '';
  const [whole = '', fraction = ''] = mantissa.slice(sign.length).split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  return sign + (point < 0 ? `0.${'0'.repeat(-point)}${digits}` : digits + '0'.repeat(point - digits.length));
}
