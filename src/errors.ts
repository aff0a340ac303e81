import type { BilingualMessage } from './messages/message.js';
import type { LocalizedIssue } from './messages/issues.js';
import type { PlainDate } from './dates/plain-date.js';

const BRAND = Symbol.for('baicheng-license-supervision.error');

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
    super(`${messages['zh-CN']} (${messages.en})`);
    this.code = code;
    this.messages = messages;
    this.name = new.target.name;
  }

  /** @internal code that instances of a subclass must carry; undefined for the base class. */
  static readonly errorCode: string | undefined = undefined;

  /** Recognises the library's errors by their brand and code rather than by prototype identity. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null || !(BRAND in value)) return false;
    const expected = this.errorCode;
    return expected === undefined || (value as { code?: unknown }).code === expected;
  }
}

/**
 * Thrown when the input to a schema-checked function is malformed. `issues` lists every
 * problem found, each with a path, a stable code and a message in Chinese and English.
 *
 * @example
 * ```ts
 * try { parseOrThrow(plainDateSchema, '2023-02-29'); }
 * catch (e) { if (e instanceof RuleInputError) e.issues[0]?.code; } //=> 'DATE_IMPOSSIBLE'
 * ```
 */
export class RuleInputError extends SupervisionError {
  static override readonly errorCode = 'INVALID_INPUT';
  /** Every problem found in the input. */
  readonly issues: readonly LocalizedIssue[];

  /** Creates the error from localized issues. */
  constructor(issues: readonly LocalizedIssue[]) {
    const first = issues[0];
    const where = first && first.path.length > 0 ? ` @ ${first.path.join('.')}` : '';
    super('INVALID_INPUT', {
      'zh-CN': `输入无效${first ? `：${first.message['zh-CN']}${where}` : ''}`,
      en: `Invalid input${first ? `: ${first.message.en}${where}` : ''}`,
    });
    this.issues = issues;
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
  /** The date that was asked for. */
  readonly asOf: PlainDate;

  /** Creates the error for the given date. */
  constructor(asOf: PlainDate, effectiveFrom: PlainDate) {
    super('NOT_IN_FORCE', {
      'zh-CN': `${asOf} 早于本办法施行日期 ${effectiveFrom}（第二十四条）`,
      en: `${asOf} is before the measures took effect on ${effectiveFrom} (Article 24)`,
    });
    this.asOf = asOf;
  }
}
