import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { parseOwn } from '../messages/issues.js';
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
import { BAICHENG_CITY, BAICHENG_COUNTIES } from '../identifiers/divisions.js';
import { PROVINCE_NAMES, fullName, readAuthorityName, type AuthorityName } from './support/authority-name.js';

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
   * `'valid'`, `'invalid'`, or `'insufficient_information'` when the decider is not excluded by
   * its level but the license's issuer is neither given nor told by a province prefix of the
   * license number (`missing: ['licenseIssuer']`), or when a superior's 撤销 of a lower issuer's
   * license cannot be confirmed to come from the issuer's province (or, for a city above a
   * county-level issuer, its city) because a name does not show it, or a city or county issuer is
   * given without its name (`missing` names `'licenseIssuer.name'` and/or `'decidedBy.name'`), or when
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

/** An authority's level: what its name shows outweighs a `level` it contradicts (the name is the
 * more specific fact); a city or county name keeps a city or county label, and reads as city
 * level otherwise.
 */
const readLevel = (level: Level, read: AuthorityName | undefined): Level => {
  const shown = read?.level;
  if (shown === undefined) return level;
  if (shown !== 'local') return shown;
  return RANK[level] <= RANK.city ? level : 'city';
};

/** The last place a name names (白城市 in 吉林省白城市市场监督管理局, 洮北区 in 白城市洮北区…). */
const placeOf = (name: AuthorityName): string | undefined => name.places[name.places.length - 1];

/**
 * The city a county-level unit's name shows it to be in: the place named before it
 * (白城市洮北区… → 白城市), or 白城市 for Baicheng's five county-level units (FACTS.md, GB/T 2260).
 */
const cityOf = (name: AuthorityName): string | undefined => {
  const { places } = name;
  if (places.length >= 2) return places[places.length - 2];
  const only = places[0];
  return only !== undefined && (name.province ?? '吉林') === '吉林' && BAICHENG_COUNTIES.some((unit) => unit.zh === only) ? BAICHENG_CITY.zh : undefined;
};

/**
 * How a city or county decider's place compares with a local issuer's: for a decider at the
 * issuer's level, its place (the last one named, in the same city when both names show one); for a
 * city above a county-level issuer, the city the issuer is in. `'other'` also when the provinces,
 * both known, differ; `'unknown'` when a name does not show the place.
 */
const placeRelation = (decider: AuthorityName, issuer: AuthorityName | undefined, issuerProvince: string | undefined, above: boolean): 'same' | 'other' | 'unknown' => {
  if (decider.province !== undefined && issuerProvince !== undefined && decider.province !== issuerProvince) return 'other';
  const place = placeOf(decider);
  const issuerPlace = issuer && (above ? cityOf(issuer) : placeOf(issuer));
  if (place === undefined || issuerPlace === undefined) return 'unknown';
  const [dc, ic] = [cityOf(decider), issuer && cityOf(issuer)];
  return place === issuerPlace && (above || dc === undefined || ic === undefined || dc === ic) ? 'same' : 'other';
};

/**
 * Article 14: a decision to withdraw (撤回), revoke (撤销), revoke as a penalty (吊销) or cancel
 * (注销) a production license is made by the licensing authority (许可审批机关) 依法 — according to
 * law. Read as: valid when the deciding authority is the authority that issued the license (or its
 * successor) — provincial for today's licenses, national for licenses the national authority
 * issued, and a city or county bureau for a license the input says that bureau issued (FACTS.md)
 * — and, for 撤销 only, also when a superior in the issuer's line revokes it (行政许可法 Art 69: the
 * national authority, the issuer's own province for a lower issuer, the issuer's own city for a
 * county-level issuer). A city or county bureau is never the licensing authority of a license
 * issued above its level, so its decision on one is invalid.
 * Without `licenseIssuer`, a license number's province prefix (吉XK… is Jilin's, FACTS.md) stands
 * for a provincial issuer in that province. At the issuer's level the decider must be the issuer
 * itself: at provincial level, of the issuer's province (read from the issuer's name, else from
 * the prefix; the decider's from its name), so a Guangdong decision on a Jilin license is invalid
 * and a renamed authority's successor is valid; when no province can be read, the names are
 * compared (NFKC, white space and invisible format characters removed), and without the issuer's
 * name only the levels. At city or county level, of the issuer's place (白城市质量技术监督局 →
 * 白城市市场监督管理局), and the issuer's name is needed. The national level is one authority of the
 * license line, and its 撤销 is valid even when the issuer is unknown. A province is read only from its full name (吉林省…, 北京市…, 广西壮族自治区…;
 * 吉林市… is a city's bureau), and the level a name shows (国家…; a city, district or county;
 * a province alone) outweighs a `level` it contradicts, for decider and issuer alike
 * (docs/interpretation.md). Finally the decider must be the licensing body itself: the issuer by
 * name, or, both names showing the production-license line (market regulation, formerly quality
 * and technical supervision: 条例 Art 5–6), its successor or superior; for 撤销 also a people's
 * government (…人民政府) or the State Council, a superior under 行政许可法 Art 69. Without the
 * issuer's name, a decider whose name does not show that line (吉林省公安厅, a court) leaves the
 * answer `'insufficient_information'`; with it, such a decider is invalid. Names are read in time
 * linear in their length.
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
 * // A license the city bureau itself issued: it decides.
 * licenseActionAuthority(
 *   { action: 'cancel', licenseNumber: 'XK16-204-00397', decidedOn: '2024-07-01',
 *     decidedBy: { level: 'city', name: '白城市市场监督管理局' },
 *     licenseIssuer: { level: 'city', name: '白城市市场监督管理局' } },
 *   { asOf: '2024-07-02' },
 * ).outcome; //=> { status: 'valid', valid: true, missing: [] }
 * ```
 */
export function licenseActionAuthority(
  decision: DeepReadonly<LicenseActionDecisionInput>,
  options: DeepReadonly<LicenseActionAuthorityOptions>,
): Decision<LicenseActionAuthorityOutcome> {
  const { asOf } = readWithAsOf(licenseActionAuthorityOptionsSchema, options);
  const d = parseOwn(licenseActionDecisionSchema, decision);
  requireRecordDate(d.decidedOn, asOf, ['decidedOn'], { 'zh-CN': '决定日期', en: 'The decision date' });
  const art14 = { article: 14 };
  const trace: TraceStep[] = [];
  // Each name is read once.
  const deciderName = readAuthorityName(d.decidedBy.name);
  const issuerRead = d.licenseIssuer?.name === undefined ? undefined : readAuthorityName(d.licenseIssuer.name);
  const labelLocal = RANK[d.decidedBy.level] <= RANK.city;
  const level = readLevel(d.decidedBy.level, deciderName);
  const local = RANK[level] <= RANK.city;
  // A name read otherwise than its label always changes the level (a local name reads as city).
  const given = level !== d.decidedBy.level ? [`（虽填为${ZH_LEVEL[d.decidedBy.level]}级）`, ` (though given as ${d.decidedBy.level} level)`] : ['', ''];
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
      : { level: readLevel(d.licenseIssuer.level, issuerRead), name: d.licenseIssuer.name };
  const lvl = (level: keyof typeof ZH_LEVEL): string => `${ZH_LEVEL[level]}级`;
  // A city or county bureau is the licensing authority of no license issued above its level; of
  // one issued at city or county level (or whose issuer is not known), it may be.
  const issuedAbove = issuer !== undefined && RANK[issuer.level] > RANK.city;
  const excluded = local && issuedAbove;
  trace.push(
    step(
      'art14.decider_is_not_local_bureau',
      art14,
      !excluded,
      { action: d.action, decidedBy: d.decidedBy.level, readAs: level, decider: d.decidedBy.name },
      excluded
        ? labelLocal
          ? { 'zh-CN': `${d.decidedBy.name}（${ZH_LEVEL[d.decidedBy.level]}级）不是生产许可审批机关，无权作出${ACTION_NAME[d.action][0]}决定`, en: `${d.decidedBy.name} (${d.decidedBy.level} level) is not the licensing authority and cannot decide a ${ACTION_NAME[d.action][1]} (${d.action})` }
          : { 'zh-CN': `${d.decidedBy.name} 按名称是市、县级机关${given[0]}，不是生产许可审批机关，无权作出${ACTION_NAME[d.action][0]}决定`, en: `${d.decidedBy.name} is by its name a city or county authority${given[1]}, not the licensing authority, and cannot decide a ${ACTION_NAME[d.action][1]} (${d.action})` }
        : { 'zh-CN': `决定机关 ${d.decidedBy.name} 为${lvl(level)}${given[0]}`, en: `${d.decidedBy.name} is at ${level} level${given[1]}` },
    ),
  );
  // The issuer's province: from its name, or else from the license number's prefix.
  const named = issuerRead?.province;
  if (named !== undefined && province !== undefined && named !== province) {
    throw new RuleInputError([
      {
        path: ['licenseIssuer', 'name'],
        code: 'ISSUER_PROVINCE_MISMATCH',
        message: { 'zh-CN': `发证机关 ${issuer?.name} 属于${fullName(named)}，而许可证编号前缀“${prefix}”表明由${fullName(province)}发证`, en: `The issuer ${issuer?.name} is an authority of ${fullName(named)}, but the number's prefix ${prefix} says the license was issued in ${fullName(province)}` },
      },
    ]);
  }
  let status: LicenseActionAuthorityOutcome['status'] = excluded ? 'invalid' : 'valid';
  const missing: string[] = [];
  if (!excluded) {
    const deciderProvince = deciderName.province;
    const issuerProvince = named ?? province;
    const source = named !== undefined ? [`发证机关 ${issuer?.name}`, `the issuer is ${issuer?.name}`] : [`许可证编号前缀“${prefix}”`, `the number's prefix is ${prefix}`];
    const sameLevel = issuer !== undefined && issuer.level === level;
    // A superior of the issuer: above its level and, below national level, in its province (or,
    // for a city above a county-level issuer, its city), which must be read from the names (or the
    // prefix) to be confirmed.
    const aboveIssuer = issuer !== undefined && superiorRevokes(d.action, level, issuer.level);
    // Provinces compared when both are known: a renamed provincial authority (质量技术监督局 →
    // 市场监督管理厅) is still the issuer. At city or county level, places instead (白城市质量技术监督局
    // → 白城市市场监督管理局), or, for a city above a county-level issuer, the issuer's city.
    // Otherwise the names, when the issuer's is given.
    const issuerWhere = local && issuerRead !== undefined ? (sameLevel ? placeOf : cityOf)(issuerRead) : undefined;
    const place = local ? placeRelation(deciderName, issuerRead, issuerProvince, !sameLevel) : undefined;
    const provincesKnown = place === undefined ? issuerProvince !== undefined && deciderProvince !== undefined : place !== 'unknown';
    const otherProvince = place === undefined ? provincesKnown && issuerProvince !== deciderProvince : place === 'other';
    // The issuer's province (or place) by full name, for the messages.
    const issuerPlace = issuerWhere ?? fullName(issuerProvince ?? '');
    // At national level there is one authority (and its predecessor).
    const otherAuthority = issuer?.level === 'national' ? false : provincesKnown ? otherProvince : issuerRead !== undefined && deciderName.key !== issuerRead.key;
    const superior = aboveIssuer && (level === 'national' || (provincesKnown && !otherProvince));
    // Unconfirmed: a superior whose province (or city) the names do not show, or a local decider
    // when the issuer, one of many of its level, is not named.
    const unconfirmed = !provincesKnown && ((aboveIssuer && level !== 'national') || (local && sameLevel && issuerRead === undefined));
    // 撤销 by the national authority is valid whoever issued the license: it is the issuer or a
    // superior of it (行政许可法 Art 69).
    const nationalRevokes = issuer === undefined && d.action === 'revoke' && level === 'national';
    if (issuer === undefined) {
      if (!nationalRevokes) {
        status = 'insufficient_information';
        missing.push('licenseIssuer');
      }
    } else if (unconfirmed) {
      // What does not show the province (or, at city and county level, the place).
      status = 'insufficient_information';
      if ((local ? issuerWhere : issuerProvince) === undefined) missing.push('licenseIssuer.name');
      if ((local ? placeOf(deciderName) : deciderProvince) === undefined) missing.push('decidedBy.name');
    } else if (sameLevel ? otherAuthority : !superior) {
      status = 'invalid';
    }
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
          ? { 'zh-CN': '国家级机关是发证机关或其上级机关，无论许可证由哪一级发证，均可依法撤销（行政许可法第六十九条）', en: 'The national authority is the issuer or a superior of it, so it may revoke whoever issued the license (Administrative Licensing Law Art 69)' }
          : issuer === undefined
          ? { 'zh-CN': '未提供许可证的发证机关，编号也未表明发证省份，无法判断', en: "The license's issuer is not given and its number names no province: cannot tell" }
          : unconfirmed
          ? { 'zh-CN': `无法从名称判断决定机关（${lvl(level)}）与发证机关（${lvl(issuer.level)}）是否属于同一${local ? '市、县' : '省份'}，不能确认其为发证机关${aboveIssuer ? '的上级机关' : ''}`, en: `Cannot tell from the names whether the decider (${level} level) and the issuer (${issuer.level} level) are in the same ${local ? 'city or county' : 'province'}, so not whether it is the issuer${aboveIssuer ? "'s superior" : ''}` }
          : superior
          ? { 'zh-CN': `决定机关（${lvl(level)}）是发证机关（${lvl(issuer.level)}）的上级机关，可以依法撤销（行政许可法第六十九条）`, en: `Revoked at ${level} level, a superior of the issuer (${issuer.level} level): Administrative Licensing Law Art 69` }
          : aboveIssuer
          ? // Above the issuer, in another province or city.
            { 'zh-CN': `决定机关 ${d.decidedBy.name} 不是${issuerPlace}的机关（${source[0]}），不是发证机关的上级机关`, en: `${d.decidedBy.name} is not an authority of ${issuerPlace} (${source[1]}), so not a superior of the issuer` }
          : !sameLevel
          ? { 'zh-CN': `决定机关（${lvl(level)}）不是发证机关（${lvl(issuer.level)}）`, en: `Decided at ${level} level, but the license was issued at ${issuer.level} level` }
          : issuer.level === 'national'
          ? { 'zh-CN': '决定机关与发证机关同为国家级', en: "Decided at the issuer's level (national)" }
          : provincesKnown
          ? otherProvince
            ? { 'zh-CN': `决定机关 ${d.decidedBy.name} 不是${issuerPlace}的机关，而许可证由${issuerPlace}发证（${source[0]}）`, en: `${d.decidedBy.name} is not an authority of ${issuerPlace}, where the license was issued (${source[1]})` }
            : { 'zh-CN': `决定机关 ${d.decidedBy.name} 是${issuerPlace}的${lvl(issuer.level)}机关，许可证由${issuerPlace}发证（${source[0]}）`, en: `${d.decidedBy.name} is the ${issuer.level} authority of ${issuerPlace}, where the license was issued (${source[1]})` }
          : issuer.name !== undefined
          ? otherAuthority
            ? { 'zh-CN': `决定机关 ${d.decidedBy.name} 不是发证机关 ${issuer.name}（虽同为${lvl(issuer.level)}）`, en: `Decided by ${d.decidedBy.name}, but the license was issued by ${issuer.name} (both ${issuer.level} level)` }
            : { 'zh-CN': `决定机关即发证机关 ${issuer.name}（${lvl(issuer.level)}）`, en: `Decided by the issuer, ${issuer.name} (${issuer.level} level)` }
          : issuerProvince !== undefined
          ? { 'zh-CN': `许可证由${fullName(issuerProvince)}发证（${source[0]}），但无法从决定机关名称判断其所属省份，仅比较层级`, en: `The license was issued in ${fullName(issuerProvince)} (${source[1]}), but the decider's name names no province, so only levels are compared` }
          : { 'zh-CN': `决定机关与发证机关同为${lvl(issuer.level)}（未提供发证机关名称，仅比较层级）`, en: `Decided at the issuer's level (${issuer.level}; the issuer's name is not given, so only levels are compared)` },
      ),
    );
    // The licensing authority itself decides, not another body of its level: the issuer by name,
    // or a body of the license line when the issuer is (its predecessor or successor, a superior in
    // its line). Without the issuer's name, a decider of the line is taken for it; any other
    // decider cannot be confirmed.
    const decider = d.decidedBy.name;
    const issuerName = d.licenseIssuer?.name;
    const ofLine = deciderName.licensingLine;
    const issuerItself = issuerRead !== undefined && issuerRead.key === deciderName.key;
    // 撤销 by the people's government of the issuer's province, or the State Council: a superior
    // (行政许可法 Art 69); level and province were checked above.
    const governmentRevokes = d.action === 'revoke' && deciderName.government;
    const confirmed =
      issuerItself || governmentRevokes || (ofLine && (issuerRead === undefined || issuerRead.licensingLine)) || (issuerName === undefined ? undefined : false);
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
          ? { 'zh-CN': `无法从名称确认 ${decider} 是生产许可主管部门（市场监督管理或质量技术监督部门），未提供发证机关名称以供比较`, en: `Cannot confirm from its name that ${decider} is the production-license authority (market regulation or quality and technical supervision), and the issuer's name is not given to compare` }
          : issuerItself
          ? { 'zh-CN': `决定机关 ${decider} 即发证机关`, en: `${decider} is the issuer` }
          : governmentRevokes
          ? { 'zh-CN': `决定机关 ${decider} 为人民政府：发证机关的本级或上级人民政府可以依法撤销（行政许可法第六十九条）`, en: `${decider} is a people's government: the issuer's own or a higher people's government may revoke (Administrative Licensing Law Art 69)` }
          : confirmed
          ? { 'zh-CN': `决定机关 ${decider} 属生产许可主管部门（市场监督管理或质量技术监督部门）`, en: `${decider} is a production-license authority (market regulation or quality and technical supervision)` }
          : { 'zh-CN': `决定机关 ${decider} 不是发证机关 ${issuerName}，名称也未表明二者同属生产许可主管部门（市场监督管理或质量技术监督部门）`, en: `${decider} is not the issuer, ${issuerName}, and the names do not show both to be production-license authorities (market regulation or quality and technical supervision)` },
      ),
    );
  }
  return decide({ status, valid: status === 'valid', missing }, [art14], [ACTION_LAW[d.action]], trace);
}
