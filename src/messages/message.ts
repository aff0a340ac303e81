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
