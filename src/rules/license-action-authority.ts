import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { parseOrThrow } from '../messages/issues.js';
import { licenseActionDecisionSchema, type LicenseActionDecisionInput } from '../entities/license-action-decision.js';
import type { LicenseAction } from '../entities/license-action-decision.js';
import type { Decision, LawRef, TraceStep } from './decision.js';
import {
  ADMINISTRATIVE_LICENSING_LAW_69,
  ADMINISTRATIVE_LICENSING_LAW_70,
  ADMINISTRATIVE_LICENSING_LAW_8,
  LICENSE_REGULATIONS_PENALTIES,
} from './support/laws.js';
import { asOfOptionsSchema, readWithAsOf, requireRecordDate } from './support/options.js';
import { decide, step } from './support/trace.js';
import { parseLicenseNumber } from '../identifiers/license-number.js';
import { RuleInputError } from '../errors.js';
import { typedKey } from '../text-key.js';
import { BAICHENG_CITY, BAICHENG_COUNTIES } from '../identifiers/divisions.js';

/**
 * Schema of the options of {@link licenseActionAuthority}: `{ asOf }`.
 *
 * @example
 * ```ts
 * licenseActionAuthorityOptionsSchema.safeParse({ asOf: '2024-07-02' }).success; //=> true
 * ```
 */
export const licenseActionAuthorityOptionsSchema = asOfOptionsSchema;

/**
 * Options of {@link licenseActionAuthority}: the decision date `asOf`.
 *
 * @example
 * ```ts
 * const options: LicenseActionAuthorityOptions = { asOf: '2024-07-02' };
 * ```
 */
export type LicenseActionAuthorityOptions = z.input<typeof licenseActionAuthorityOptionsSchema>;

/**
 * Outcome of {@link licenseActionAuthority}: whether an Article 14 decision was made by the
 * licensing authority.
 *
 * @example
 * ```ts
 * const outcome: LicenseActionAuthorityOutcome = {
 *   status: 'insufficient_information',
 *   valid: false,
 *   missing: ['licenseIssuer'],
 * };
 * ```
 */
export interface LicenseActionAuthorityOutcome {
  /**
   * `'valid'`, `'invalid'`, or `'insufficient_information'` when the decider is not a city or
   * county bureau but the license's issuer is neither given nor told by a province prefix of the
   * license number (`missing: ['licenseIssuer']`), or when a provincial superior's 撤销 of a
   * lower issuer's license cannot be confirmed to come from the issuer's province because a name
   * shows no province (`missing` names `'licenseIssuer.name'` and/or `'decidedBy.name'`), or when
   * the decider's name does not show the production-license line and there is no issuer's name to
   * compare it with (`missing: ['licenseIssuer']` or `['licenseIssuer.name']`).
   */
  readonly status: 'valid' | 'invalid' | 'insufficient_information';
  /** True only when the status is `'valid'`. */
  readonly valid: boolean;
  /** The facts that would be needed to decide, empty when decided. */
  readonly missing: readonly string[];
}

const ACTION_LAW: { readonly [K in LicenseAction]: LawRef } = {
  withdraw: ADMINISTRATIVE_LICENSING_LAW_8,
  revoke: ADMINISTRATIVE_LICENSING_LAW_69,
  revoke_as_penalty: LICENSE_REGULATIONS_PENALTIES,
  cancel: ADMINISTRATIVE_LICENSING_LAW_70,
};

const ACTION_NAME: { readonly [K in LicenseAction]: readonly [string, string] } = {
  withdraw: ['撤回', 'withdrawal'],
  revoke: ['撤销', 'revocation'],
  revoke_as_penalty: ['吊销', 'revocation as a penalty'],
  cancel: ['注销', 'cancellation'],
};

const ZH_LEVEL = { national: '国家', provincial: '省', city: '市', county: '县' } as const;

/** The levels from the lowest up: a level's superiors are the ones after it. */
const RANK = { county: 0, city: 1, provincial: 2, national: 3 } as const;

type Level = keyof typeof RANK;

/** 行政许可法 Art 69: the issuer's superior (上级行政机关) may revoke (撤销), and only revoke. */
const superiorRevokes = (action: LicenseAction, decider: keyof typeof RANK, issuer: keyof typeof RANK): boolean =>
  action === 'revoke' && RANK[decider] > RANK[issuer];

/** The province each license-number prefix stands for (LICENSE_PROVINCE_PREFIXES, FACTS.md). */
const PROVINCE_NAMES: { readonly [prefix: string]: string } = {
  京: '北京', 津: '天津', 沪: '上海', 渝: '重庆', 冀: '河北', 晋: '山西', 蒙: '内蒙古', 辽: '辽宁',
  吉: '吉林', 黑: '黑龙江', 苏: '江苏', 浙: '浙江', 皖: '安徽', 闽: '福建', 赣: '江西', 鲁: '山东',
  豫: '河南', 鄂: '湖北', 湘: '湖南', 粤: '广东', 桂: '广西', 琼: '海南', 川: '四川', 蜀: '四川',
  贵: '贵州', 黔: '贵州', 云: '云南', 滇: '云南', 藏: '西藏', 陕: '陕西', 秦: '陕西', 甘: '甘肃',
  陇: '甘肃', 青: '青海', 宁: '宁夏', 新: '新疆',
};

/** An authority's name as compared ({@link typedKey}: NFKC, white space and format characters removed). */
const nameKey = typedKey;

/** The autonomous regions' full names; the other provinces add 省, the municipalities 市. */
const REGIONS: { readonly [province: string]: string } = {
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
};

/** A province's full name: 吉林 → 吉林省, 北京 → 北京市, 广西 → 广西壮族自治区. */
const fullName = (province: string): string =>
  REGIONS[province] ?? province + ('北京天津上海重庆'.includes(province) ? '市' : '省');

/**
 * The province an authority's name starts with, by the province's full name (吉林省市场监督管理厅
 * → 吉林; 吉林市市场监督管理局, a city's bureau, names none), if any; an autonomous region also as
 * 广西自治区. Returns the short name and the rest of the name after it.
 */
const provinceOf = (name: string): { readonly province: string; readonly rest: string } | undefined => {
  const key = nameKey(name);
  for (const province of Object.values(PROVINCE_NAMES)) {
    for (const full of [fullName(province), province + '自治区']) {
      if (key.startsWith(full)) return { province, rest: key.slice(full.length) };
    }
  }
  return undefined;
};

/**
 * An authority's own name and the office after it, compared as {@link nameKey} with bracketed parts
 * left out: the name up to its first 厅, 局, 署 or 委员会, and what follows (吉林省市场监督管理厅行政审批处
 * → 吉林省市场监督管理厅 and 行政审批处; 中华人民共和国国务院（中央人民政府） → 中华人民共和国国务院).
 */
const ownName = (name: string): { readonly body: string; readonly office: string } => {
  const key = nameKey(name).replace(/\([^)]*\)/gu, '');
  const [, body = key, office = ''] = /^(.*?(?:厅|局|署|委员会))(.+)$/u.exec(key) ?? [];
  return { body, office };
};

/**
 * The level an authority's name shows, if it shows one: `'national'` (国家…, 国务院…,
 * 中华人民共和国…); `'local'` when, after its province or without one, it names a city, district,
 * county, autonomous prefecture, league or banner (白城市…, 吉林省白城市…, 北京市朝阳区…,
 * 延边朝鲜族自治州…, 某县…; 市场, market, is not a city); `'provincial'` for a province's full name
 * alone (吉林省市场监督管理厅, 北京市市场监督管理局). Bracketed parts are left out
 * (…厅（知识产权局）). What follows the authority's own name — after its first 厅, 局, 署 or
 * 委员会 — is an office of it, whose level is what that part shows, and a branch (…分局, …监管局:
 * 北京市工商行政管理局海淀分局, 吉林省市场监督管理厅长春监管局) is local.
 */
const levelOfName = (name: string): 'national' | 'provincial' | 'local' | undefined => {
  const { body, office } = ownName(name);
  if (office !== '') {
    const shown = levelOfName(office);
    if (shown !== undefined) return shown;
    if (/(?:分局|监管局)$/u.test(office)) return 'local';
  }
  if (/^(?:国家|国务院|中华人民共和国)/u.test(body)) return 'national';
  const province = provinceOf(body);
  if (/^[^市县区盟旗]+?(?:市(?!场)|县|区|自治州|盟|旗)/u.test(province?.rest ?? body)) return 'local';
  return province === undefined ? undefined : 'provincial';
};

/**
 * An authority's level: what its name shows outweighs a `level` it contradicts (the name is the
 * more specific fact); a city or county name keeps a city or county label, and reads as city
 * level otherwise.
 */
const readLevel = (authority: { readonly level: Level; readonly name?: string | undefined }): Level => {
  const shown = authority.name === undefined ? undefined : levelOfName(authority.name);
  if (shown === undefined) return authority.level;
  if (shown !== 'local') return shown;
  return RANK[authority.level] <= RANK.city ? authority.level : 'city';
};

/**
 * The province an authority is in: its name's province ({@link provinceOf}), or Jilin for the
 * bureaus of Baicheng and its five county-level units (白城市…, 洮北区…, 镇赉县…, 通榆县…, 洮南市…,
 * 大安市…; FACTS.md, GB/T 2260 22xxxx), the library's own city.
 */
const provinceIn = (name: string): string | undefined => {
  const key = nameKey(name);
  return provinceOf(name)?.province ?? ([BAICHENG_CITY, ...BAICHENG_COUNTIES].some((unit) => key.startsWith(unit.zh)) ? '吉林' : undefined);
};

/** Whether two authority names are the same once compared by {@link nameKey}. */
const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/**
 * Whether a name shows an authority of the production-license line — the 工业产品生产许可证主管部门
 * of the 条例 (Art 5–6): its own name ({@link ownName}) ends as a market-regulation (市场监督管理,
 * 市场监管, 市监) or, before the 2018 reform, quality-supervision (质量技术监督, 质量监督检验检疫,
 * 质量监督管理, 质监, 质检) bureau, department or commission, and what follows it, if anything, is an
 * internal division (…司, …处, …科, …室), not an institute, centre, station or branch. In English:
 * SAMR, AQSIQ, or an administration, bureau, department or commission of market regulation or
 * quality (and technical) supervision that is no institute, centre, station or laboratory.
 * 吉林省公安厅, a court, 吉林省产品质量监督检验院 and …厅信息中心 show none.
 */
const licensingLine = (name: string): boolean => {
  const { body, office } = ownName(name);
  const en = body.toLowerCase();
  return (
    (office === '' || /[司处科室]$/u.test(office)) &&
    (/(?:市场监督管理|市场监管|市监|质量技术监督|质量监督检验检疫|质量监督管理|质监|质检)(?:总局|局|厅|委员会|委)$/u.test(body) ||
      /^(?:samr|aqsiq)$/u.test(en) ||
      (/market(?:regulation|supervision)|quality(?:and)?(?:technical|technology)?supervision/u.test(en) &&
        /administration|bureau|department|commission/u.test(en) &&
        !/institute|cent(?:er|re)|station|laborator/u.test(en)))
  );
};

/**
 * Whether a name is a people's government (…人民政府) or the State Council (国务院, 中华人民共和国国务院;
 * in English …People's Government, the State Council): a superior administrative organ of its
 * own departments, which 行政许可法 Art 69 lets revoke (撤销). Its offices (国务院办公厅) are not.
 */
const government = (name: string): boolean => {
  // A government's own name never ends in 厅, 局, 署 or 委员会, so it is always the whole body.
  const { body } = ownName(name);
  return (
    body === '国务院' ||
    body === '中华人民共和国国务院' ||
    body.endsWith('人民政府') ||
    /^(?:the)?statecouncil(?:ofthepeoplesrepublicofchina)?$|peoplesgovernment$/u.test(body.toLowerCase().replace(/['’]/gu, ''))
  );
};

/**
 * Article 14: a decision to withdraw (撤回), revoke (撤销), revoke as a penalty (吊销) or cancel
 * (注销) a production license is made by the licensing authority (许可审批机关) 依法 — according to
 * law. Read as: valid when the deciding authority is at the level of the authority that issued
 * the license — provincial for today's licenses, national for licenses the national authority
 * issued (FACTS.md) — and, for 撤销 only, also when a superior in the issuer's line revokes it
 * (行政许可法 Art 69: the national authority, or the issuer's own province for a lower issuer).
 * A city or county bureau is never the licensing authority, so its decision is always invalid.
 * Without `licenseIssuer`, a license number's province prefix (吉XK… is Jilin's, FACTS.md) stands
 * for a provincial issuer in that province. At the issuer's level the decider must be the issuer
 * itself: at provincial level, of the issuer's province (read from the issuer's name, else from
 * the prefix; the decider's from its name), so a Guangdong decision on a Jilin license is invalid
 * and a renamed authority's successor is valid; when no province can be read, the names are
 * compared (NFKC, white space and invisible format characters removed), and without the issuer's
 * name only the levels. The national level is one authority of the license line, and its 撤销 is
 * valid even when the issuer is unknown. A province is read only from its full name (吉林省…, 北京市…, 广西壮族自治区…;
 * 吉林市… is a city's bureau), and the level a name shows (国家…; a city, district or county;
 * a province alone) outweighs a `level` it contradicts, for decider and issuer alike
 * (docs/interpretation.md). Finally the decider must be the licensing body itself: the issuer by
 * name, or, both names showing the production-license line (market regulation, formerly quality
 * and technical supervision: 条例 Art 5–6), its successor or superior; for 撤销 also a people's
 * government (…人民政府) or the State Council, a superior under 行政许可法 Art 69. Without the
 * issuer's name, a decider whose name does not show that line (吉林省公安厅, a court) leaves the
 * answer `'insufficient_information'`; with it, such a decider is invalid.
 *
 * @param decision - the license action decision
 * @param options - `{ asOf }`
 * @returns a decision whose outcome is `{ status, valid, missing }`
 * @throws RuleInputError for malformed input, a decision dated after `asOf`, or an issuer named as
 *   another province's authority than the number's prefix says (`ISSUER_PROVINCE_MISMATCH`); NotInForceError
 *   for dates before 2020-11-25
 * @example
 * ```ts
 * licenseActionAuthority(
 *   { action: 'revoke_as_penalty', licenseNumber: '吉XK16-204-00397', decidedOn: '2024-07-01',
 *     decidedBy: { level: 'city', name: '白城市市场监督管理局' }, licenseIssuer: { level: 'provincial' } },
 *   { asOf: '2024-07-02' },
 * ).outcome; //=> { status: 'invalid', valid: false, missing: [] }
 * ```
 */
export function licenseActionAuthority(
  decision: DeepReadonly<LicenseActionDecisionInput>,
  options: DeepReadonly<LicenseActionAuthorityOptions>,
): Decision<LicenseActionAuthorityOutcome> {
  const { asOf } = readWithAsOf(licenseActionAuthorityOptionsSchema, options);
  const d = parseOrThrow(licenseActionDecisionSchema, decision);
  requireRecordDate(d.decidedOn, asOf, ['decidedOn'], { 'zh-CN': '决定日期', en: 'The decision date' });
  const art14 = { article: 14 };
  const trace: TraceStep[] = [];
  const labelLocal = RANK[d.decidedBy.level] <= RANK.city;
  const level = readLevel(d.decidedBy);
  const local = RANK[level] <= RANK.city;
  // A name read otherwise than its label always changes the level (a local name reads as city).
  const given = level !== d.decidedBy.level ? [`（虽填为${ZH_LEVEL[d.decidedBy.level]}级）`, ` (though given as ${d.decidedBy.level} level)`] : ['', ''];
  trace.push(
    step(
      'art14.decider_is_not_local_bureau',
      art14,
      !local,
      { action: d.action, decidedBy: d.decidedBy.level, readAs: level, decider: d.decidedBy.name },
      local
        ? labelLocal
          ? { 'zh-CN': `${d.decidedBy.name}（${ZH_LEVEL[d.decidedBy.level]}级）不是生产许可审批机关，无权作出${ACTION_NAME[d.action][0]}决定`, en: `${d.decidedBy.name} (${d.decidedBy.level} level) is not the licensing authority and cannot decide a ${ACTION_NAME[d.action][1]} (${d.action})` }
          : { 'zh-CN': `${d.decidedBy.name} 按名称是市、县级机关${given[0]}，不是生产许可审批机关，无权作出${ACTION_NAME[d.action][0]}决定`, en: `${d.decidedBy.name} is by its name a city or county authority${given[1]}, not the licensing authority, and cannot decide a ${ACTION_NAME[d.action][1]} (${d.action})` }
        : { 'zh-CN': `决定机关 ${d.decidedBy.name} 为${ZH_LEVEL[level]}级${given[0]}`, en: `${d.decidedBy.name} is at ${level} level${given[1]}` },
    ),
  );
  // FACTS.md: a provincially issued license number starts with the province's abbreviation.
  const prefix = parseLicenseNumber(d.licenseNumber)?.province;
  const province = prefix === undefined ? undefined : PROVINCE_NAMES[prefix];
  // The issuer, its level read like the decider's; without it, a prefix stands for a provincial
  // issuer of that province.
  const issuer =
    d.licenseIssuer === undefined
      ? province === undefined
        ? undefined
        : { level: 'provincial' as const, name: undefined }
      : { level: readLevel(d.licenseIssuer), name: d.licenseIssuer.name };
  // The issuer's province: from its name, or else from the license number's prefix.
  const named = issuer?.name === undefined ? undefined : provinceIn(issuer.name);
  if (named !== undefined && province !== undefined && named !== province) {
    throw new RuleInputError([
      {
        path: ['licenseIssuer', 'name'],
        code: 'ISSUER_PROVINCE_MISMATCH',
        message: {
          'zh-CN': `发证机关 ${issuer?.name} 属于${fullName(named)}，而许可证编号前缀“${prefix}”表明由${fullName(province)}发证`,
          en: `The issuer ${issuer?.name} is an authority of ${fullName(named)}, but the number's prefix ${prefix} says the license was issued in ${fullName(province)}`,
        },
      },
    ]);
  }
  let status: LicenseActionAuthorityOutcome['status'] = local ? 'invalid' : 'valid';
  const missing: string[] = [];
  if (!local) {
    const deciderProvince = provinceIn(d.decidedBy.name);
    const issuerProvince = named ?? province;
    const source = named !== undefined ? [`发证机关 ${issuer?.name}`, `the issuer is ${issuer?.name}`] : [`许可证编号前缀“${prefix}”`, `the number's prefix is ${prefix}`];
    // Provinces compared when both are known: a renamed provincial authority (质量技术监督局 →
    // 市场监督管理厅) is still the issuer. Otherwise the names, when the issuer's is given.
    const provincesKnown = issuerProvince !== undefined && deciderProvince !== undefined;
    const otherProvince = provincesKnown && issuerProvince !== deciderProvince;
    const sameLevel = issuer !== undefined && issuer.level === level;
    // At national level there is one authority (and its predecessor).
    const otherAuthority =
      issuer?.level === 'national' ? false : provincesKnown ? otherProvince : issuer?.name !== undefined && !sameName(issuer.name, d.decidedBy.name);
    // A superior of the issuer: above its level and, below national level, in its province, which
    // must be read from the names (or the prefix) to be confirmed.
    const aboveIssuer = issuer !== undefined && superiorRevokes(d.action, level, issuer.level);
    const superior = aboveIssuer && (level === 'national' || (provincesKnown && !otherProvince));
    const unconfirmed = aboveIssuer && level !== 'national' && !provincesKnown;
    // 撤销 by the national authority is valid whoever issued the license: it is the issuer or a
    // superior of it (行政许可法 Art 69).
    const nationalRevokes = issuer === undefined && d.action === 'revoke' && level === 'national';
    if (issuer === undefined) {
      if (!nationalRevokes) {
        status = 'insufficient_information';
        missing.push('licenseIssuer');
      }
    } else if (unconfirmed) {
      status = 'insufficient_information';
      if (issuerProvince === undefined) missing.push('licenseIssuer.name');
      if (deciderProvince === undefined) missing.push('decidedBy.name');
    } else if (sameLevel ? otherAuthority : !superior) {
      status = 'invalid';
    }
    const lvl = (level: keyof typeof ZH_LEVEL): string => `${ZH_LEVEL[level]}级`;
    trace.push(
      step(
        'art14.decider_is_licensing_authority',
        art14,
        status === 'valid',
        {
          decidedBy: level,
          licenseIssuer: issuer?.level ?? null,
          issuerName: issuer?.name ?? null,
          licenseProvince: province ?? null,
        },
        nationalRevokes
          ? {
              'zh-CN': '国家级机关是发证机关或其上级机关，无论许可证由哪一级发证，均可依法撤销（行政许可法第六十九条）',
              en: 'The national authority is the issuer or a superior of it, so it may revoke whoever issued the license (Administrative Licensing Law Art 69)',
            }
          : issuer === undefined
          ? { 'zh-CN': '未提供许可证的发证机关，编号也未表明发证省份，无法判断', en: "The license's issuer is not given and its number names no province: cannot tell" }
          : unconfirmed
          ? {
              'zh-CN': `无法从名称判断决定机关（${lvl(level)}）与发证机关（${lvl(issuer.level)}）是否属于同一省份，不能确认其为发证机关的上级机关`,
              en: `Cannot tell from the names whether the decider (${level} level) and the issuer (${issuer.level} level) are in the same province, so not whether it is the issuer's superior`,
            }
          : superior
          ? {
              'zh-CN': `决定机关（${lvl(level)}）是发证机关（${lvl(issuer.level)}）的上级机关，可以依法撤销（行政许可法第六十九条）`,
              en: `Revoked at ${level} level, a superior of the issuer (${issuer.level} level): Administrative Licensing Law Art 69`,
            }
          : aboveIssuer
          ? // Above the issuer, in another province (the province is known, or it is unconfirmed).
            {
              'zh-CN': `决定机关 ${d.decidedBy.name} 不是${fullName(issuerProvince as string)}的机关（${source[0]}），不是发证机关的上级机关`,
              en: `${d.decidedBy.name} is not an authority of ${fullName(issuerProvince as string)} (${source[1]}), so not a superior of the issuer`,
            }
          : !sameLevel
          ? { 'zh-CN': `决定机关（${lvl(level)}）不是发证机关（${lvl(issuer.level)}）`, en: `Decided at ${level} level, but the license was issued at ${issuer.level} level` }
          : issuer.level === 'national'
          ? { 'zh-CN': '决定机关与发证机关同为国家级', en: "Decided at the issuer's level (national)" }
          : provincesKnown
          ? otherProvince
            ? { 'zh-CN': `决定机关 ${d.decidedBy.name} 不是${fullName(issuerProvince)}的机关，而许可证由${fullName(issuerProvince)}发证（${source[0]}）`, en: `${d.decidedBy.name} is not an authority of ${fullName(issuerProvince)}, where the license was issued (${source[1]})` }
            : { 'zh-CN': `决定机关 ${d.decidedBy.name} 是${fullName(issuerProvince)}的${lvl(issuer.level)}机关，许可证由${fullName(issuerProvince)}发证（${source[0]}）`, en: `${d.decidedBy.name} is the ${issuer.level} authority of ${fullName(issuerProvince)}, where the license was issued (${source[1]})` }
          : issuer.name !== undefined
          ? otherAuthority
            ? { 'zh-CN': `决定机关 ${d.decidedBy.name} 不是发证机关 ${issuer.name}（虽同为${lvl(issuer.level)}）`, en: `Decided by ${d.decidedBy.name}, but the license was issued by ${issuer.name} (both ${issuer.level} level)` }
            : { 'zh-CN': `决定机关即发证机关 ${issuer.name}（${lvl(issuer.level)}）`, en: `Decided by the issuer, ${issuer.name} (${issuer.level} level)` }
          : issuerProvince !== undefined
          ? { 'zh-CN': `许可证由${fullName(issuerProvince)}发证（${source[0]}），但无法从决定机关名称判断其所属省份，仅比较层级`, en: `The license was issued in ${fullName(issuerProvince)} (${source[1]}), but the decider's name names no province, so only levels are compared` }
          : { 'zh-CN': `决定机关与发证机关同为${lvl(issuer.level)}（未提供发证机关名称，仅比较层级）`, en: `Decided at the issuer's level (${issuer.level}; the issuer's name is not given, so only levels are compared)` },
      ),
    );
  }
  if (!local) {
    // The licensing authority itself decides, not another body of its level: the issuer by name,
    // or a body of the license line when the issuer is (its predecessor or successor, a superior in
    // its line). Without the issuer's name, a decider of the line is taken for it; any other
    // decider cannot be confirmed.
    const decider = d.decidedBy.name;
    const issuerName = d.licenseIssuer?.name;
    const ofLine = licensingLine(decider);
    const issuerItself = issuerName !== undefined && sameName(issuerName, decider);
    // 撤销 by the people's government of the issuer's province, or the State Council: a superior
    // (行政许可法 Art 69); level and province were checked above.
    const governmentRevokes = d.action === 'revoke' && government(decider);
    const confirmed =
      issuerItself || governmentRevokes || (ofLine && (issuerName === undefined || licensingLine(issuerName))) || (issuerName === undefined ? undefined : false);
    if (confirmed === false) {
      // Not the licensing body: settled whatever was missing for the other checks.
      status = 'invalid';
      missing.length = 0;
    } else if (confirmed === undefined && status === 'valid') {
      status = 'insufficient_information';
      missing.push(d.licenseIssuer === undefined ? 'licenseIssuer' : 'licenseIssuer.name');
    }
    trace.push(
      step(
        'art14.decider_is_licensing_body',
        art14,
        confirmed === true,
        { decider, issuerName: issuerName ?? null, licensingLine: ofLine, governmentRevokes },
        confirmed === undefined
          ? {
              'zh-CN': `无法从名称确认 ${decider} 是生产许可主管部门（市场监督管理或质量技术监督部门），未提供发证机关名称以供比较`,
              en: `Cannot confirm from its name that ${decider} is the production-license authority (market regulation or quality and technical supervision), and the issuer's name is not given to compare`,
            }
          : issuerItself
          ? { 'zh-CN': `决定机关 ${decider} 即发证机关`, en: `${decider} is the issuer` }
          : governmentRevokes
          ? {
              'zh-CN': `决定机关 ${decider} 为人民政府：发证机关的本级或上级人民政府可以依法撤销（行政许可法第六十九条）`,
              en: `${decider} is a people's government: the issuer's own or a higher people's government may revoke (Administrative Licensing Law Art 69)`,
            }
          : confirmed
          ? {
              'zh-CN': `决定机关 ${decider} 属生产许可主管部门（市场监督管理或质量技术监督部门）`,
              en: `${decider} is a production-license authority (market regulation or quality and technical supervision)`,
            }
          : {
              'zh-CN': `决定机关 ${decider} 不是发证机关 ${issuerName}，名称也未表明二者同属生产许可主管部门（市场监督管理或质量技术监督部门）`,
              en: `${decider} is not the issuer, ${issuerName}, and the names do not show both to be production-license authorities (market regulation or quality and technical supervision)`,
            },
      ),
    );
  }
  return decide({ status, valid: status === 'valid', missing }, [art14], [ACTION_LAW[d.action]], trace);
}
