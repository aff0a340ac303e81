import * as z from 'zod';
import { countyCodeSchema } from '../identifiers/divisions.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/uscc.js';
import { addOwnIssue, SEES_PARSE_ERROR } from '../messages/issues.js';
import { productionLicenseSchema } from './production-license.js';
import { nonEmptyText } from './refinements.js';
import { boundedArray } from '../limit-guards.js';

/**
 * Schema of a licensed enterprise (获证企业, Article 3): its unified social credit code (canonical
 * form), name, the Baicheng county-level division it is in, and at least one production license.
 * The same license number listed twice is an error (issue code `LICENSE_DUPLICATE`). Unknown keys
 * are rejected (`z.strictObject`): a misspelt field is an error, and `__proto__` or `constructor`
 * keys never reach the output.
 *
 * @example
 * ```ts
 * licensedEnterpriseSchema.safeParse({
 *   creditCode: '91350100M000100Y43', name: '白城市某包装制品有限公司', county: '220802',
 *   licenses: [{ number: '吉XK16-204-00397', product: '塑料编织袋', issuedOn: '2022-03-01',
 *     validUntil: '2027-02-28', issuer: { level: 'provincial' } }],
 * }).success; //=> true
 * ```
 */
export const licensedEnterpriseSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      creditCode: unifiedSocialCreditCodeSchema,
      name: nonEmptyText,
      county: countyCodeSchema,
      licenses: boundedArray(productionLicenseSchema, 'listMaxLength', 1),
      legalRepresentative: nonEmptyText.optional(),
    })
    .superRefine((enterprise, ctx) => {
      const seen = new Set<string>();
      enterprise.licenses.forEach((license, i) => {
        if (seen.has(license.number)) {
          addOwnIssue(
            ctx,
            'LICENSE_DUPLICATE',
            {
              'zh-CN': `生产许可证编号重复：${license.number}`,
              en: `License number listed twice: ${license.number}`,
            },
            ['licenses', i, 'number'],
          );
        }
        seen.add(license.number);
      });
    }).check(SEES_PARSE_ERROR))();

/**
 * A licensed enterprise, as parsed.
 *
 * @example
 * ```ts
 * const enterprise: LicensedEnterprise = {
 *   creditCode: '91350100M000100Y43',
 *   name: '白城市某包装制品有限公司',
 *   county: '220802',
 *   licenses: [
 *     {
 *       number: '吉XK16-204-00397',
 *       product: '塑料编织袋',
 *       issuedOn: '2022-03-01',
 *       validUntil: '2027-02-28',
 *       issuer: { level: 'provincial', name: '吉林省市场监督管理厅' },
 *     },
 *   ],
 *   legalRepresentative: '王五',
 * };
 * ```
 */
export type LicensedEnterprise = z.infer<typeof licensedEnterpriseSchema>;

/**
 * A licensed enterprise, as accepted by {@link licensedEnterpriseSchema}.
 *
 * @example
 * ```ts
 * const input: LicensedEnterpriseInput = {
 *   creditCode: '91310110666007217T',
 *   name: '洮南市某纸制品有限公司',
 *   county: '220881',
 *   licenses: [
 *     { number: '吉XK16-205-00012', product: '食品用纸包装、容器等制品', issuedOn: '2023-09-15',
 *       validUntil: '2028-09-14', issuer: { level: 'provincial' } },
 *   ],
 * };
 * licensedEnterpriseSchema.safeParse(input).success; //=> true
 * ```
 */
export type LicensedEnterpriseInput = z.input<typeof licensedEnterpriseSchema>;
