import * as z from 'zod';
import { addDomainIssue } from '../messages/issues.js';
import { headOf } from '../errors.js';

const LICENSE_NUMBER = /^(\p{Script=Han})?XK(\d{2})-(\d{3})-(\d{5})$/u;

/**
 * Schema of an industrial product production license number (生产许可证编号): `XK` and ten
 * digits as `XK××-×××-×××××` (industry, product, enterprise serial), optionally preceded by the
 * one-character abbreviation of the issuing province (e.g. `吉XK16-204-00397`). Industry codes
 * other than 16 (food-related products) are accepted: no official table exists to check them
 * against. Issue code `LICENSE_NUMBER_FORMAT`.
 *
 * @example
 * ```ts
 * licenseNumberSchema.safeParse('吉XK16-204-00397').success; //=> true
 * licenseNumberSchema.safeParse('XK16-2040-0397').success; //=> false
 * ```
 */
export const licenseNumberSchema = /* @__PURE__ */ (() =>
  z.string().superRefine((value, ctx) => {
    if (!LICENSE_NUMBER.test(value)) {
      const shown = value.length > 40 ? `${headOf(value, 40)}…` : value;
      addDomainIssue(ctx, 'LICENSE_NUMBER_FORMAT', {
        'zh-CN': `生产许可证编号格式应为 XK××-×××-×××××（可带省份简称前缀），收到“${shown}”`,
        en: `A production license number is written XK××-×××-××××× (optionally with a province prefix), got "${shown}"`,
      });
    }
  }))();

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
 * Splits a license number into its parts, or returns `undefined` when it is malformed.
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
  if (!m) return undefined;
  return { province: m[1], industry: m[2] as string, product: m[3] as string, serial: m[4] as string };
}
