import type { BilingualMessage } from './messages/message.js';
import type { LocalizedIssue } from './messages/issues.js';
import type { PlainDate } from './dates/plain-date.js';

const BRAND = Symbol.for('baicheng-license-supervision.error');

/**
 * Writes any value for a message without ever throwing (objects without a prototype, symbols),
 * cut to 60 characters.
 * @internal
 */
export function describeValue(value: unknown): string {
  let out: string;
  try {
    out = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? JSON.stringify(value) ?? '' : String(value);
  } catch {
    out = Object.prototype.toString.call(value);
  }
  if (typeof value === 'number' && Object.is(value, -0)) out = '-0';
  return out.length > 60 ? `${headOf(out, 60)}…` : out;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function toMessage(value: unknown): BilingualMessage {
  const m = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { 'zh-CN': text(m['zh-CN']), en: text(m['en']) };
}

function toIssues(value: unknown): LocalizedIssue[] {
  if (!Array.isArray(value)) return [];
  return value.map((v: unknown) => {
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
    const list = toIssues(issues);
    const first = list[0];
    const where = first && first.path.length > 0 ? ` @ ${first.path.join('.')}` : '';
    super('INVALID_INPUT', {
      'zh-CN': `输入无效${first ? `：${first.message['zh-CN']}${where}` : ''}`,
      en: `Invalid input${first ? `: ${first.message.en}${where}` : ''}`,
    });
    this.issues = list;
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

/**
 * The first `max` UTF-16 code units of `text`, or one fewer when the cut would fall between the
 * two halves of a surrogate pair (an emoji, or a CJK character beyond the Basic Multilingual
 * Plane such as 𠮷), so that a value quoted in a message never ends in half a character.
 *
 * @internal
 */
export function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * The first 20 ids of a list, for a message: `a, b, c`, and ` … (+n)` for the n left out, so
 * that a message about a long list stays short.
 *
 * @internal
 */
export function idsShown(ids: readonly string[]): string {
  return ids.slice(0, 20).join(', ') + (ids.length > 20 ? ` … (+${ids.length - 20})` : '');
}
