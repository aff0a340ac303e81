import * as z from 'zod';
import { addOwnIssue, SEES_PARSE_ERROR } from '../messages/issues.js';
import { headOf, invalidArgument } from '../errors.js';
import { deepFreeze } from '../freeze.js';

/**
 * The 31 characters a unified social credit code may contain (GB 32100-2015): no I, O, S, V, Z.
 * A character's index is its value in the check-character sum.
 *
 * @example
 * ```ts
 * USCC_ALPHABET.length; //=> 31
 * USCC_ALPHABET.indexOf('Y'); //=> 30
 * USCC_ALPHABET.includes('O'); //=> false
 * ```
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Weights of positions 1–17 in the check-character sum: 3^i mod 31 (GB 32100-2015).
 *
 * @example
 * ```ts
 * USCC_WEIGHTS.length; //=> 17
 * USCC_WEIGHTS.slice(0, 4); //=> [1, 3, 9, 27]
 * ```
 */
export const USCC_WEIGHTS: readonly number[] = /* @__PURE__ */ deepFreeze([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);

/**
 * The check character (position 18) that GB 32100-2015 gives for the first 17 characters,
 * or `undefined` when they are not 17 characters of the code's alphabet.
 *
 * @example
 * ```ts
 * creditCodeCheckCharacter('91350203M0001QAY9'); //=> '9'
 * ```
 */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  if (typeof first17 !== 'string' || first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (USCC_WEIGHTS[i] as number);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET.charAt(check);
}

/** White space (full-width included) and the invisible characters copy-paste brings along. @internal */
export const FORM_SPACE = /[\s\u200b-\u200d\u2060]+/gu;

/**
 * Turns form input into the canonical form the schema expects: full-width letters and digits
 * (typed with a Chinese input method) made half-width (Unicode NFKC), white space (including
 * full-width spaces) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) removed and
 * letters upper-cased. It does not validate.
 *
 * @example
 * ```ts
 * normalizeCreditCode(' 9135 0203m0001qay99 '); //=> '91350203M0001QAY99'
 * normalizeCreditCode('９１３５０１００Ｍ０００１００Ｙ４３'); //=> '91350100M000100Y43'
 * ```
 */
export function normalizeCreditCode(input: string): string {
  if (typeof input !== 'string') {
    throw invalidArgument('input', { 'zh-CN': '字符串', en: 'a string' });
  }
  return canonicalForm(input);
}

const canonicalForm = (text: string): string => text.normalize('NFKC').replace(FORM_SPACE, '').toUpperCase();

/**
 * Schema of a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of
 * {@link USCC_ALPHABET} whose last is the check character. The schema takes codes in canonical
 * form only (upper case, no spaces): ids must compare equal, so form input goes through
 * {@link normalizeCreditCode} first. Issue codes: `USCC_LENGTH`, `USCC_NOT_CANONICAL`,
 * `USCC_CHARACTER`, `USCC_CHECK_CHARACTER`.
 *
 * @example
 * ```ts
 * unifiedSocialCreditCodeSchema.safeParse('91350100M000100Y43').success; //=> true
 * unifiedSocialCreditCodeSchema.safeParse('91350203M0001QAY9B').success; //=> false (check should be 9)
 * ```
 */
export const unifiedSocialCreditCodeSchema = /* @__PURE__ */ (() =>
  z.string().superRefine((given, ctx) => {
    let code = given;
    const normal = canonicalForm(given);
    if (normal !== given && /^[0-9A-Za-z\s\u200b-\u200d\u2060０-９Ａ-Ｚａ-ｚ]*$/u.test(given) && normal.length === 18) {
      // Form input: suggest the canonical form only when it is itself a valid code; otherwise
      // say what else is wrong with it.
      code = normal;
      const valid = [...code].every((c) => USCC_ALPHABET.includes(c)) && creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17);
      const zh = '统一社会信用代码应使用半角大写字母和数字且不含空格';
      const en = 'Write the unified social credit code in half-width upper case without spaces';
      addOwnIssue(ctx, 'USCC_NOT_CANONICAL', valid ? { 'zh-CN': `${zh}：${code}`, en: `${en}: ${code}` } : { 'zh-CN': zh, en });
      if (valid) return;
    }
    const shown = code.length > 40 ? `${headOf(code, 40)}…` : code;
    if (code.length !== 18) {
      addOwnIssue(ctx, 'USCC_LENGTH', {
        'zh-CN': `统一社会信用代码应为18位，收到${code.length}位`,
        en: `A unified social credit code has 18 characters, got ${code.length}`,
      });
      return;
    }
    const bad = [...code].find((c) => !USCC_ALPHABET.includes(c));
    if (bad !== undefined) {
      addOwnIssue(ctx, 'USCC_CHARACTER', {
        'zh-CN': `统一社会信用代码含有不允许的字符“${bad}”（不使用 I、O、S、V、Z）：${shown}`,
        en: `The unified social credit code contains "${bad}", which is not allowed (I, O, S, V, Z are never used): ${shown}`,
      });
      return;
    }
    const expected = creditCodeCheckCharacter(code.slice(0, 17));
    if (expected !== code.charAt(17)) {
      addOwnIssue(ctx, 'USCC_CHECK_CHARACTER', {
        'zh-CN': `统一社会信用代码校验码错误：应为 ${expected}，实为 ${code.charAt(17)}`,
        en: `Wrong check character: expected ${expected}, got ${code.charAt(17)}`,
      });
    }
  }).check(SEES_PARSE_ERROR))();

/**
 * A unified social credit code in canonical form (upper case, no spaces, valid check character);
 * see {@link unifiedSocialCreditCodeSchema}.
 *
 * @example
 * ```ts
 * const creditCode: UnifiedSocialCreditCode = '91310110666007217T';
 * ```
 */
export type UnifiedSocialCreditCode = z.infer<typeof unifiedSocialCreditCodeSchema>;

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Whether a 9-character organisation code (组织机构代码, GB 11714-1997, positions 9–17 of a
 * credit code) carries a correct check character. The credit-code schema does not require it;
 * call this for a stricter check.
 *
 * @example
 * ```ts
 * isValidOrganizationCode('M0001QAY9'); //=> true
 * isValidOrganizationCode('M0001QAY8'); //=> false
 * ```
 */
export function isValidOrganizationCode(code: string): boolean {
  if (typeof code !== 'string' || !/^[0-9A-Z]{8}[0-9X]$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = code.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * (ORG_WEIGHTS[i] as number);
  }
  const check = 11 - (sum % 11);
  const expected = check === 10 ? 'X' : check === 11 ? '0' : String(check);
  return code.charAt(8) === expected;
}
