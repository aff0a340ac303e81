import * as z from 'zod';
import { addOwnIssue, SEES_PARSE_ERROR } from '../messages/issues.js';
import { headOf, invalidArgument } from '../errors.js';
import { FORM_SPACE } from './uscc.js';

/**
 * The one-character abbreviations (简称) of the 31 provincial-level divisions of the mainland,
 * the authorities that issue provincial production licenses, with the second abbreviation of the
 * five that have two (川/蜀, 贵/黔, 云/滇, 陕/秦, 甘/陇).
 *
 * @example
 * ```ts
 * LICENSE_PROVINCE_PREFIXES.includes('吉'); //=> true
 * LICENSE_PROVINCE_PREFIXES.includes('中'); //=> false
 * ```
 */
export const LICENSE_PROVINCE_PREFIXES = '京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新';

const LICENSE_NUMBER = /^(\p{Script=Han})?XK(\d{2})-(\d{3})-(\d{5})$/u;

/** Whether a number's prefix, if it has one, is a province's abbreviation. */
const provinceOk = (prefix: string | undefined): boolean => prefix === undefined || LICENSE_PROVINCE_PREFIXES.includes(prefix);

/**
 * Schema of an industrial product production license number (生产许可证编号): `XK` and ten
 * digits as `XK××-×××-×××××` (industry, product, enterprise serial), optionally preceded by the
 * one-character abbreviation of the issuing province (e.g. `吉XK16-204-00397`; one of
 * {@link LICENSE_PROVINCE_PREFIXES}). Industry codes other than 16 (food-related products) are
 * accepted: no official table exists to check them against. Issue codes `LICENSE_NUMBER_FORMAT`,
 * and `LICENSE_NUMBER_PROVINCE` for a well-formed number whose prefix is not a province's
 * abbreviation.
 *
 * @example
 * ```ts
 * licenseNumberSchema.safeParse('吉XK16-204-00397').success; //=> true
 * licenseNumberSchema.safeParse('XK16-2040-0397').success; //=> false
 * licenseNumberSchema.safeParse('中XK16-204-00397').success; //=> false (not a province)
 * ```
 */
export const licenseNumberSchema = /* @__PURE__ */ (() =>
  z.string().superRefine((value, ctx) => {
    const m = LICENSE_NUMBER.exec(value);
    if (m && !provinceOk(m[1])) {
      addOwnIssue(ctx, 'LICENSE_NUMBER_PROVINCE', {
        'zh-CN': `生产许可证编号前缀“${m[1]}”不是省级行政区简称`,
        en: `The license number's prefix "${m[1]}" is not a province's abbreviation`,
      });
    } else if (!m) {
      const shown = value.length > 40 ? `${headOf(value, 40)}…` : value;
      addOwnIssue(ctx, 'LICENSE_NUMBER_FORMAT', {
        'zh-CN': `生产许可证编号格式应为 XK××-×××-×××××（可带省份简称前缀），收到“${shown}”`,
        en: `A production license number is written XK××-×××-××××× (optionally with a province prefix), got "${shown}"`,
      });
    }
  }).check(SEES_PARSE_ERROR))();

/**
 * A production license number (生产许可证编号), as accepted by {@link licenseNumberSchema}.
 *
 * @example
 * ```ts
 * const licenseNumber: LicenseNumber = '吉XK16-204-00397';
 * ```
 */
export type LicenseNumber = z.infer<typeof licenseNumberSchema>;

/**
 * The parts of a production license number, as returned by {@link parseLicenseNumber}.
 *
 * @example
 * ```ts
 * const parts: LicenseNumberParts = { province: '吉', industry: '16', product: '204', serial: '00397' };
 * ```
 */
export interface LicenseNumberParts {
  /** The province abbreviation in front, if any (吉 for Jilin). */
  readonly province: string | undefined;
  /** 2-digit industry code (16 = food-related products). */
  readonly industry: string;
  /** 3-digit product code (e.g. 204 plastic, 205 paper). */
  readonly product: string;
  /** 5-digit enterprise serial. */
  readonly serial: string;
}

/**
 * Splits a license number into its parts, or returns `undefined` when {@link licenseNumberSchema}
 * would reject it.
 *
 * @example
 * ```ts
 * parseLicenseNumber('吉XK16-204-00397');
 * //=> { province: '吉', industry: '16', product: '204', serial: '00397' }
 * ```
 */
export function parseLicenseNumber(value: string): LicenseNumberParts | undefined {
  if (typeof value !== 'string') return undefined;
  const m = LICENSE_NUMBER.exec(value);
  if (!m || !provinceOk(m[1])) return undefined;
  return { province: m[1], industry: m[2] as string, product: m[3] as string, serial: m[4] as string };
}

/**
 * Turns form input into the form {@link licenseNumberSchema} expects: full-width letters, digits
 * and hyphens made half-width (Unicode NFKC), other dashes (‐ ‑ ‒ – — ― −) made `-`, white space
 * and zero-width characters removed, letters upper-cased. It does not validate.
 *
 * @example
 * ```ts
 * normalizeLicenseNumber(' 吉xk16－204－00397 '); //=> '吉XK16-204-00397'
 * normalizeLicenseNumber('ＸＫ１６—２０４—００３９７'); //=> 'XK16-204-00397'
 * ```
 */
export function normalizeLicenseNumber(input: string): string {
  if (typeof input !== 'string') {
    throw invalidArgument('input', { 'zh-CN': '字符串', en: 'a string' });
  }
  return input.normalize('NFKC').replace(FORM_SPACE, '').replace(/[\u2010-\u2015\u2212]/gu, '-').toUpperCase();
}
