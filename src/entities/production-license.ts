import * as z from 'zod';
import { SEES_PARSE_ERROR } from '../messages/issues.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { licenseNumberSchema } from '../identifiers/license-number.js';
import { authoritySchema } from './authority.js';
import { nonEmptyText, requireDateOrder } from './refinements.js';

/**
 * Schema of the authority that issued a license (the 许可审批机关 of Article 14): its level and,
 * optionally, its name. Since the 2019–2024 reforms, industrial product production licenses,
 * food-related products included, are issued by the provincial authority (FACTS.md).
 *
 * @example
 * ```ts
 * licenseIssuerSchema.safeParse({ level: 'provincial' }).success; //=> true
 * ```
 */
export const licenseIssuerSchema = /* @__PURE__ */ (() => authoritySchema.partial({ name: true }))();

/**
 * The authority that issued a production license.
 *
 * @example
 * ```ts
 * const issuer: LicenseIssuer = { level: 'provincial', name: '吉林省市场监督管理厅' };
 * ```
 */
export type LicenseIssuer = z.infer<typeof licenseIssuerSchema>;

/**
 * Schema of an industrial product production license (生产许可证) held by an enterprise.
 * Structural checks only: a valid license number, real dates, and `validUntil` not before
 * `issuedOn` (issue code `DATE_ORDER`). Whether the license is still valid on a given day is a
 * question for the rules, not the schema. Unknown keys are rejected (`z.strictObject`), so a
 * misspelt field name is an error instead of being dropped, and `__proto__` or `constructor` keys
 * never reach the output.
 *
 * @example
 * ```ts
 * productionLicenseSchema.safeParse({
 *   number: '吉XK16-204-00397', product: '食品用塑料包装容器工具等制品',
 *   issuedOn: '2022-03-01', validUntil: '2027-02-28', issuer: { level: 'provincial' },
 * }).success; //=> true
 * ```
 */
export const productionLicenseSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      number: licenseNumberSchema,
      product: nonEmptyText,
      issuedOn: plainDateSchema,
      validUntil: plainDateSchema,
      issuer: licenseIssuerSchema,
    })
    .superRefine((license, ctx) => {
      requireDateOrder(
        ctx,
        { path: ['issuedOn'], value: license.issuedOn, name: { 'zh-CN': '发证日期', en: 'the issue date' } },
        { path: ['validUntil'], value: license.validUntil, name: { 'zh-CN': '有效期截止日', en: 'The expiry date' } },
      );
    }).check(SEES_PARSE_ERROR))();

/**
 * A production license, as parsed.
 *
 * @example
 * ```ts
 * const license: ProductionLicense = {
 *   number: '吉XK16-204-00397',
 *   product: '塑料编织袋',
 *   issuedOn: '2022-03-01',
 *   validUntil: '2027-02-28',
 *   issuer: { level: 'provincial', name: '吉林省市场监督管理厅' },
 * };
 * ```
 */
export type ProductionLicense = z.infer<typeof productionLicenseSchema>;

/**
 * A production license, as accepted by {@link productionLicenseSchema}.
 *
 * @example
 * ```ts
 * const input: ProductionLicenseInput = {
 *   number: 'XK16-205-00012',
 *   product: '食品用纸包装、容器等制品',
 *   issuedOn: '2023-09-15',
 *   validUntil: '2028-09-14',
 *   issuer: { level: 'provincial' },
 * };
 * productionLicenseSchema.safeParse(input).success; //=> true
 * ```
 */
export type ProductionLicenseInput = z.input<typeof productionLicenseSchema>;
