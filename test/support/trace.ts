// Reading a decision's trace in tests: the steps without their messages (so that a test compares
// rule ids, cited provisions, `passed` flags and facts, never wording), and one step by rule id.
import { expect } from 'vitest';
import type { Decision, TraceStep } from '../../src/index.js';

/** Every step of the trace, in order, without its message. */
export const traceSteps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);

/** The first step with the rule id `rule` (fails the test when there is none). */
export function stepOf(d: Decision<unknown>, rule: string): TraceStep {
  const s = d.trace.find((t) => t.rule === rule);
  expect(s, rule).toBeDefined();
  return s!;
}

/** The Chinese message of the step with the rule id `rule`. */
export const zhOf = (d: Decision<unknown>, rule: string) => stepOf(d, rule).message['zh-CN'];

/** The English message of the step with the rule id `rule`. */
export const enOf = (d: Decision<unknown>, rule: string) => stepOf(d, rule).message.en;
