// Internal: provisions of higher laws the rules cite in `higherLaw`. Not part of the public API.
import type { LawRef } from '../decision.js';

const CIVIL_CODE = '中华人民共和国民法典';
const PRODUCT_QUALITY_LAW = '中华人民共和国产品质量法';
const ADMINISTRATIVE_LICENSING_LAW = '中华人民共和国行政许可法';
const PENALTY_LAW = '中华人民共和国行政处罚法';
const LICENSE_REGULATIONS = '中华人民共和国工业产品生产许可证管理条例';
const ENTERPRISE_INFORMATION_DISCLOSURE = '企业信息公示暂行条例';

/** 民法典 Art 201: the day a period starts is not counted. */
export const CIVIL_CODE_201: LawRef = { law: CIVIL_CODE, article: 201 };
/** 民法典 Art 203: a period ending on a statutory holiday ends on the day after it. */
export const CIVIL_CODE_203: LawRef = { law: CIVIL_CODE, article: 203 };
/** 民法典 Art 1259: "以内" includes the stated number. */
export const CIVIL_CODE_1259: LawRef = { law: CIVIL_CODE, article: 1259 };
/** 产品质量法 Art 15: supervisory sampling — random samples from finished goods, no testing fee. */
export const PRODUCT_QUALITY_LAW_15: LawRef = { law: PRODUCT_QUALITY_LAW, article: 15 };
/** 产品质量法 Art 17: products failing supervisory sampling — rectification within a time limit, etc. */
export const PRODUCT_QUALITY_LAW_17: LawRef = { law: PRODUCT_QUALITY_LAW, article: 17 };
/** 行政许可法 Art 8: withdrawal (撤回) of a license when its legal basis or circumstances change. */
export const ADMINISTRATIVE_LICENSING_LAW_8: LawRef = { law: ADMINISTRATIVE_LICENSING_LAW, article: 8 };
/** 行政许可法 Art 69: revocation (撤销) of a wrongly granted license. */
export const ADMINISTRATIVE_LICENSING_LAW_69: LawRef = { law: ADMINISTRATIVE_LICENSING_LAW, article: 69 };
/** 行政许可法 Art 70: cancellation (注销) of a license. */
export const ADMINISTRATIVE_LICENSING_LAW_70: LawRef = { law: ADMINISTRATIVE_LICENSING_LAW, article: 70 };
/** 行政处罚法 (2021) Art 43: an official with an interest in the matter withdraws (回避). */
export const ADMINISTRATIVE_PENALTY_LAW_43: LawRef = { law: PENALTY_LAW, article: 43 };
/** 行政处罚法: the law under which a violation calling for a penalty is handled (Article 11). */
export const ADMINISTRATIVE_PENALTY_LAW: LawRef = { law: PENALTY_LAW };
/** 工业产品生产许可证管理条例 Art 39: inspections by two or more staff showing valid credentials. */
export const LICENSE_REGULATIONS_39: LawRef = { law: LICENSE_REGULATIONS, article: 39 };
/** 工业产品生产许可证管理条例: the penalties, including revocation as a penalty (吊销). */
export const LICENSE_REGULATIONS_PENALTIES: LawRef = { law: LICENSE_REGULATIONS };
/**
 * 企业信息公示暂行条例 (国务院令第654号, revised by 国务院令第777号) Art 6: information a market
 * regulation department produces in its work is published on the national enterprise credit
 * information system "自产生之日起20个工作日内".
 */
export const ENTERPRISE_INFORMATION_DISCLOSURE_6: LawRef = { law: ENTERPRISE_INFORMATION_DISCLOSURE, article: 6 };

/** Removes repeated law references, keeping the first of each. */
export function uniqueLaws(refs: readonly LawRef[]): LawRef[] {
  const seen = new Set<string>();
  return refs
    .filter((r) => {
      const key = `${r.law}#${r.article ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((r) => ({ ...r })); // the constants above are shared; a decision owns its copies
}
