import * as z from 'zod';
import { deepFreeze } from '../freeze.js';

/**
 * Baicheng's county-level divisions (GB/T 2260), each with its own market-regulation bureau.
 * 220871 (白城经济开发区) is a statistics-only code, not a county-level bureau, and is absent.
 *
 * @example
 * ```ts
 * BAICHENG_COUNTIES.map((c) => c.code); //=> ['220802', '220821', '220822', '220881', '220882']
 * BAICHENG_COUNTIES[0]; //=> { code: '220802', zh: '洮北区', en: 'Taobei District', kind: 'district' }
 * ```
 */
export const BAICHENG_COUNTIES = /* @__PURE__ */ deepFreeze([
  { code: '220802', zh: '洮北区', en: 'Taobei District', kind: 'district' },
  { code: '220821', zh: '镇赉县', en: 'Zhenlai County', kind: 'county' },
  { code: '220822', zh: '通榆县', en: 'Tongyu County', kind: 'county' },
  { code: '220881', zh: '洮南市', en: 'Taonan', kind: 'county_level_city' },
  { code: '220882', zh: '大安市', en: "Da'an", kind: 'county_level_city' },
] as const);

/**
 * Baicheng city itself (GB/T 2260).
 *
 * @example
 * ```ts
 * BAICHENG_CITY; //=> { code: '220800', zh: '白城市', en: 'Baicheng' }
 * ```
 */
export const BAICHENG_CITY = /* @__PURE__ */ deepFreeze({ code: '220800', zh: '白城市', en: 'Baicheng' } as const);

/**
 * The division code of one of Baicheng's county-level units (see {@link BAICHENG_COUNTIES}).
 *
 * @example
 * ```ts
 * const county: CountyCode = '220802'; // 洮北区
 * ```
 */
export type CountyCode = (typeof BAICHENG_COUNTIES)[number]['code'];

/**
 * Schema of a Baicheng county-level division code.
 *
 * @example
 * ```ts
 * countyCodeSchema.safeParse('220821').success; //=> true (镇赉县)
 * countyCodeSchema.safeParse('220871').success; //=> false
 * ```
 */
export const countyCodeSchema = /* @__PURE__ */ (() => z.enum(['220802', '220821', '220822', '220881', '220882']))();

/**
 * The county-level unit with a given code, or `undefined`.
 *
 * @example
 * ```ts
 * countyByCode('220881')?.zh; //=> '洮南市'
 * ```
 */
export function countyByCode(code: string): (typeof BAICHENG_COUNTIES)[number] | undefined {
  return BAICHENG_COUNTIES.find((c) => c.code === code);
}
