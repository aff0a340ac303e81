import type { BilingualMessage, LocalizedIssue } from './messages/message.js';
import { describeValue, headOf } from './messages/text.js';

// The value-quoting helpers live below this module (messages/text.ts); they are re-exported here
// for the modules that take them from errors.ts.
export { describeValue, headOf, idsShown } from './messages/text.js';

const BRAND = Symbol.for('baicheng-license-supervision.error');

/**
 * How many issues a RuleInputError keeps (see {@link RuleInputError.maxIssues}); for the modules
 * that need the number without the error classes.
 *
 * @internal
 */
export const MAX_ISSUES = 100;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function toMessage(value: unknown): BilingualMessage {
  const m = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { 'zh-CN': text(m['zh-CN']), en: text(m['en']) };
}

function toIssues(value: unknown): LocalizedIssue[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_ISSUES).map((v: unknown) => {
    const i = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
    const path = Array.isArray(i['path'])
      ? (i['path'] as unknown[]).map((p) => (typeof p === 'number' ? p : describeValue(p)))
      : [];
    return { path, code: text(i['code']), message: toMessage(i['message']) };
  });
}

/**
 * Base class of every error the library throws. Each carries a stable `code` and a message in
 * Chinese and English. `instanceof` also recognises errors thrown by another copy of the library
 * (the ESM and the CommonJS build loaded side by side).
 *
 * @example
 * ```ts
 * try { isInForce('bad'); } catch (e) { if (e instanceof SupervisionError) e.code; }
 * ```
 */
export class SupervisionError extends Error {
  /** A stable, machine-readable error code. */
  readonly code: string;
  /** The error message in both languages. */
  readonly messages: BilingualMessage;
  /** @internal brand that makes `instanceof` work across module copies. */
  readonly [BRAND] = true;

  /** @internal */
  constructor(code: string, messages: BilingualMessage) {
    const m = toMessage(messages);
    super(`${m['zh-CN']} (${m.en})`);
    this.code = describeValue(code);
    this.messages = m;
    this.name = new.target.name;
  }

  /** @internal code that instances of a subclass must carry; undefined for the base class. */
  declare static readonly errorCode: string | undefined;

  /** Recognises the library's errors by their brand and code rather than by prototype identity. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null || !(BRAND in value)) return false;
    const expected = this.errorCode;
    return expected === undefined || (value as { code?: unknown }).code === expected;
  }
}

/**
 * Thrown when the input to a schema-checked function is malformed. `issues` lists the problems
 * found, each with a path, a stable code and a message in Chinese and English: all of them, or
 * the first {@link RuleInputError.maxIssues} (100) when there are more. `issueCount` is the
 * number found in all, and `truncated` says whether `issues` holds fewer, so that a list of two
 * million bad entries gives an error of bounded size.
 *
 * @example
 * ```ts
 * try { parseOrThrow(plainDateSchema, '2023-02-29'); }
 * catch (e) { if (e instanceof RuleInputError) e.issues[0]?.code; } //=> 'DATE_IMPOSSIBLE'
 * ```
 */
export class RuleInputError extends SupervisionError {
  static override readonly errorCode = 'INVALID_INPUT';
  /**
   * The most issues an error keeps: 100. Those past it are counted in `issueCount`, not listed.
   *
   * @example
   * ```ts
   * RuleInputError.maxIssues; //=> 100
   * ```
   */
  static readonly maxIssues: number = MAX_ISSUES;
  /** The problems found, in the order found: all of them, or the first 100. */
  readonly issues: readonly LocalizedIssue[];
  /** How many problems were found in all (at least `issues.length`). */
  declare readonly issueCount: number;
  /** Whether more problems were found than `issues` lists. */
  declare readonly truncated: boolean;

  /**
   * Creates the error from localized issues (only the first 100 are kept). `issueCount`, when
   * given, is the number found in all, for a caller that stopped listing them early.
   */
  constructor(issues: readonly LocalizedIssue[], issueCount?: number) {
    const list = toIssues(issues);
    const first = list[0];
    const where = first && first.path.length > 0 ? ` @ ${first.path.join('.')}` : '';
    super('INVALID_INPUT', {
      'zh-CN': `输入无效${first ? `：${first.message['zh-CN']}${where}` : ''}`,
      en: `Invalid input${first ? `: ${first.message.en}${where}` : ''}`,
    });
    this.issues = list;
    this.issueCount = Math.max(Array.isArray(issues) ? issues.length : 0, Number(issueCount) || 0);
    this.truncated = this.issueCount > list.length;
  }
}

/**
 * Thrown when a decision is asked for a date before the regulation took effect
 * (2020-11-25, Article 24).
 *
 * @example
 * ```ts
 * try { assertInForce('2019-01-01'); } catch (e) { (e as NotInForceError).code; } //=> 'NOT_IN_FORCE'
 * ```
 */
export class NotInForceError extends SupervisionError {
  static override readonly errorCode = 'NOT_IN_FORCE';
  /** The date that was asked for (a `PlainDate`). */
  readonly asOf: string;

  /** Creates the error for the given date. */
  constructor(asOf: string, effectiveFrom: string) {
    const date = headOf(text(asOf), 40);
    const from = headOf(text(effectiveFrom), 40);
    super('NOT_IN_FORCE', {
      'zh-CN': `${date} 早于本办法施行日期 ${from}（第二十四条）`,
      en: `${date} is before the measures took effect on ${from} (Article 24)`,
    });
    this.asOf = date;
  }
}

/**
 * A {@link RuleInputError} for an argument of the wrong kind, with code `INVALID_ARGUMENT`.
 * @internal
 */
export function invalidArgument(name: string, expected: { 'zh-CN': string; en: string }): RuleInputError {
  return new RuleInputError([
    {
      path: [name],
      code: 'INVALID_ARGUMENT',
      message: { 'zh-CN': `参数 ${name} 应为${expected['zh-CN']}`, en: `Argument ${name} must be ${expected.en}` },
    },
  ]);
}
