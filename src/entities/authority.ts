import * as z from 'zod';
import { nonEmptyText } from './refinements.js';

/**
 * Schema of the level of a government authority: `'national'` (国家市场监督管理总局),
 * `'provincial'` (省级), `'city'` (市级, e.g. 白城市市场监督管理局) or `'county'` (县级, a county
 * or county-level city bureau). Used for who issued a production license and who decided an
 * Article 14 action.
 *
 * @example
 * ```ts
 * authorityLevelSchema.safeParse('provincial').success; //=> true
 * authorityLevelSchema.safeParse('township').success; //=> false
 * ```
 */
export const authorityLevelSchema = /* @__PURE__ */ (() => z.enum(['national', 'provincial', 'city', 'county']))();

/**
 * The level of a government authority: national, provincial, city or county (see
 * {@link authorityLevelSchema}).
 *
 * @example
 * ```ts
 * const level: AuthorityLevel = 'provincial';
 * ```
 */
export type AuthorityLevel = z.infer<typeof authorityLevelSchema>;

/**
 * Schema of a government authority: its level and its name (e.g.
 * `{ level: 'provincial', name: '吉林省市场监督管理厅' }`). Unknown keys are rejected
 * (`z.strictObject`): a misspelt field is an error, not silently dropped.
 *
 * @example
 * ```ts
 * authoritySchema.safeParse({ level: 'city', name: '白城市市场监督管理局' }).success; //=> true
 * authoritySchema.safeParse({ level: 'city' }).success; //=> false (name required)
 * ```
 */
export const authoritySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    level: authorityLevelSchema,
    name: nonEmptyText,
  }))();

/**
 * A government authority: level and name.
 *
 * @example
 * ```ts
 * const bureau: Authority = { level: 'city', name: '白城市市场监督管理局' };
 * ```
 */
export type Authority = z.infer<typeof authoritySchema>;
