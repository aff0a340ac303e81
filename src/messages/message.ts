import { deepFreeze } from '../freeze.js';

/**
 * The two languages every message of the library is written in.
 *
 * @example
 * ```ts
 * const locale: Locale = 'zh-CN';
 * ```
 */
export type Locale = 'zh-CN' | 'en';

/**
 * Every locale the library writes messages in, Chinese first.
 *
 * @example
 * ```ts
 * LOCALES; //=> ['zh-CN', 'en']
 * ```
 */
export const LOCALES: readonly Locale[] = /* @__PURE__ */ deepFreeze(['zh-CN', 'en']);

/**
 * A message in both of the library's languages.
 *
 * @example
 * ```ts
 * const m: BilingualMessage = { 'zh-CN': '日期无效', en: 'Invalid date' };
 * m['zh-CN']; //=> '日期无效'
 * ```
 */
export interface BilingualMessage {
  /** Simplified Chinese, the language of the regulation. */
  readonly 'zh-CN': string;
  /** English. */
  readonly en: string;
}

/**
 * One problem found in an input, in both languages. Domain checks carry the library's own
 * upper-case codes (`USCC_CHECK_CHARACTER`, `DATE_IMPOSSIBLE`, `TOO_FEW_INSPECTORS`…); zod's
 * structural checks keep zod's lower-case codes (`invalid_type`, `too_small`…).
 *
 * @example
 * ```ts
 * const issue: LocalizedIssue = {
 *   path: ['creditCode'], code: 'USCC_CHECK_CHARACTER',
 *   message: { 'zh-CN': '统一社会信用代码校验码错误', en: 'Wrong check character' },
 * };
 * ```
 */
export interface LocalizedIssue {
  /** Where in the input the problem is: property names and array indexes. */
  readonly path: readonly (string | number)[];
  /** A stable code. */
  readonly code: string;
  /** The message in both languages. */
  readonly message: BilingualMessage;
}
