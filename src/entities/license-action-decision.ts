import * as z from 'zod';
import { plainDateSchema } from '../dates/plain-date.js';
import { licenseNumberSchema } from '../identifiers/license-number.js';
import { authoritySchema } from './authority.js';
import { licenseIssuerSchema } from './production-license.js';
import { nonEmptyId } from './refinements.js';

/**
 * Schema of the four license actions of Article 14: `withdraw` (撤回: product eliminated,
 * production stopped, legal basis changed), `revoke` (撤销: license wrongly granted, 行政许可法
 * Art 69), `revoke_as_penalty` (吊销: an administrative penalty) and `cancel` (注销: expiry,
 * dissolution, or after one of the others, 行政许可法 Art 70).
 *
 * @example
 * ```ts
 * licenseActionSchema.options; //=> ['withdraw', 'revoke', 'revoke_as_penalty', 'cancel']
 * ```
 */
export const licenseActionSchema = /* @__PURE__ */ (() =>
  z.enum(['withdraw', 'revoke', 'revoke_as_penalty', 'cancel']))();

/**
 * One of Article 14's license actions.
 *
 * @example
 * ```ts
 * const action: LicenseAction = 'cancel'; // 注销
 * ```
 */
export type LicenseAction = z.infer<typeof licenseActionSchema>;

/**
 * Schema of a decision to withdraw, revoke, revoke as a penalty or cancel a production license
 * (Article 14): the action, the license, the day, the deciding authority and — when known — the
 * authority that issued the license. Unknown keys are rejected (`z.strictObject`).
 *
 * @example
 * ```ts
 * licenseActionDecisionSchema.safeParse({
 *   action: 'revoke_as_penalty', licenseNumber: '吉XK16-204-00397', decidedOn: '2024-07-01',
 *   decidedBy: { level: 'city', name: '白城市市场监督管理局' }, licenseIssuer: { level: 'provincial' },
 * }).success; //=> true (structurally; licenseActionAuthority finds it invalid)
 * ```
 */
export const licenseActionDecisionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: nonEmptyId.optional(),
    action: licenseActionSchema,
    licenseNumber: licenseNumberSchema,
    decidedOn: plainDateSchema,
    decidedBy: authoritySchema,
    licenseIssuer: licenseIssuerSchema.optional(),
  }))();

/**
 * A decision on a license under Article 14, as parsed.
 *
 * @example
 * ```ts
 * const decision: LicenseActionDecision = {
 *   id: 'ZX-2024-003',
 *   action: 'cancel',
 *   licenseNumber: '吉XK16-204-00397',
 *   decidedOn: '2024-07-01',
 *   decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' },
 *   licenseIssuer: { level: 'provincial', name: '吉林省市场监督管理厅' },
 * };
 * ```
 */
export type LicenseActionDecision = z.infer<typeof licenseActionDecisionSchema>;

/**
 * A decision on a license, as accepted by {@link licenseActionDecisionSchema}.
 *
 * @example
 * ```ts
 * const input: LicenseActionDecisionInput = {
 *   action: 'revoke_as_penalty',
 *   licenseNumber: '吉XK16-204-00397',
 *   decidedOn: '2024-07-01',
 *   decidedBy: { level: 'city', name: '白城市市场监督管理局' },
 *   licenseIssuer: { level: 'provincial' },
 * };
 * licenseActionAuthority(input, { asOf: '2024-07-02' }).outcome.valid; //=> false
 * ```
 */
export type LicenseActionDecisionInput = z.input<typeof licenseActionDecisionSchema>;
