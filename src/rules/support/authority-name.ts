// Internal: how an authority's name is read for Article 14. Not part of the public API.
//
// The reading is a fixed number of passes over the name's key, each linear in its length: loops
// that do bounded work at each position, and regular expressions without unbounded repetition
// (each alternative a word of a few characters, `?` at most), which do bounded work at each
// position they are tried at. No part of the name is read again per bracket or per 局 (the reading
// it replaced searched to the end of the name for every `(` and read the rest again for every 局).
// `steps` counts the positions the passes look at, so that a test can show the cost is linear.
import { BAICHENG_CITY, BAICHENG_COUNTIES } from '../../identifiers/divisions.js';
import { typedKey } from '../../text-key.js';

/** The province each license-number prefix stands for (LICENSE_PROVINCE_PREFIXES, FACTS.md). */
export const PROVINCE_NAMES: { readonly [prefix: string]: string } = {
  京: '北京', 津: '天津', 沪: '上海', 渝: '重庆', 冀: '河北', 晋: '山西', 蒙: '内蒙古', 辽: '辽宁',
  吉: '吉林', 黑: '黑龙江', 苏: '江苏', 浙: '浙江', 皖: '安徽', 闽: '福建', 赣: '江西', 鲁: '山东',
  豫: '河南', 鄂: '湖北', 湘: '湖南', 粤: '广东', 桂: '广西', 琼: '海南', 川: '四川', 蜀: '四川',
  贵: '贵州', 黔: '贵州', 云: '云南', 滇: '云南', 藏: '西藏', 陕: '陕西', 秦: '陕西', 甘: '甘肃',
  陇: '甘肃', 青: '青海', 宁: '宁夏', 新: '新疆',
};

/** The autonomous regions' full names; the other provinces add 省, the municipalities 市. */
const REGIONS: { readonly [province: string]: string } = {
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
};

/** A province's full name: 吉林 → 吉林省, 北京 → 北京市, 广西 → 广西壮族自治区. */
export const fullName = (province: string): string =>
  REGIONS[province] ?? province + ('北京天津上海重庆'.includes(province) ? '市' : '省');

/** Each province's full names (广西壮族自治区, and the short 广西自治区), with the province, by their first character. */
const PROVINCE_FULL_NAMES: ReadonlyMap<string, readonly (readonly [full: string, province: string])[]> = /* @__PURE__ */ (() => {
  const map = new Map<string, (readonly [string, string])[]>();
  for (const province of Object.values(PROVINCE_NAMES)) {
    for (const full of [fullName(province), province + '自治区']) map.set(full[0] as string, [...(map.get(full[0] as string) ?? []), [full, province]]);
  }
  return map;
})();

/** The level an authority's name shows, if any: a city's, district's or county's bureau is `'local'`. */
export type NameLevel = 'national' | 'provincial' | 'local';

/** What an authority's name says, read once. */
export interface AuthorityName {
  /** The name as compared ({@link typedKey}: NFKC, white space and format characters removed). */
  readonly key: string;
  /** Its own name, bracketed parts left out: up to its first 厅, 局, 署 or 委员会 (when more follows). */
  readonly body: string;
  /** What follows its own name: an office of it (…处, …分局), or `''`. */
  readonly office: string;
  /** The level the name shows, if any (see {@link readAuthorityName}). */
  readonly level: NameLevel | undefined;
  /** The province the name is in: by its full name, or Jilin for Baicheng's own bureaus. */
  readonly province: string | undefined;
  /** The cities, districts, counties… its own name names after its province (白城市, 洮北区). */
  readonly places: readonly string[];
  /** Whether it shows an authority of the production-license line (market regulation, quality supervision). */
  readonly licensingLine: boolean;
  /** Whether it is a people's government or the State Council. */
  readonly government: boolean;
  /** The positions the reading looked at: at most {@link STEPS_PER_CHARACTER} per character of `key`, plus {@link STEPS_CONSTANT}. */
  readonly steps: number;
}

/**
 * The bound the reading keeps: no more than this many steps per character of the key (`n`), plus
 * {@link STEPS_CONSTANT}, a step being one position looked at with work bounded by a constant that
 * does not depend on the name. Pass by pass: the key (2n: NFKC, the invisible characters removed);
 * the brackets (2n + 1: the last `)` found, then the rest copied); the ends of the own name and its
 * offices (n); the levels of the parts (3n + 2: each part's positions once, two steps per part, at
 * most n + 1 parts); the places of the own name (n + 2); the province of the key (1); the license
 * line and the government (8n: lower case, six regular expressions and one replacement over the
 * own name, one regular expression over the office). In all 17n + 6.
 */
export const STEPS_PER_CHARACTER = 17;
/** The constant part of the bound {@link STEPS_PER_CHARACTER}. */
export const STEPS_CONSTANT = 16;

/** A counter of the steps taken. */
interface Counter {
  n: number;
}

/**
 * The key with bracketed parts left out: each `(` up to the first `)` after it, as
 * `key.replace(/\([^)]*\)/gu, '')` does, but in one pass (a `(` with no `)` after it stays,
 * and so does all that follows it).
 */
function withoutBrackets(key: string, c: Counter): string {
  const lastClose = key.lastIndexOf(')');
  c.n += key.length;
  let out = '';
  for (let i = 0; i < key.length; i++) {
    c.n++;
    if (i > lastClose) return out + key.slice(i);
    // A `)` follows: skip to the first one.
    if (key[i] !== '(') out += key[i];
    else
      while (key[i] !== ')') {
        c.n++;
        i++;
      }
  }
  return out;
}

/** The province whose full name `text` has at `at`, and where the rest after it starts. */
function provinceAt(text: string, at: number, c: Counter): { readonly province: string; readonly rest: number } | undefined {
  c.n++;
  for (const [full, province] of PROVINCE_FULL_NAMES.get(text[at] as string) ?? []) if (text.startsWith(full, at)) return { province, rest: at + full.length };
  return undefined;
}

/**
 * The length of the place (a city, district, county, autonomous prefecture, league or banner) that
 * `text` has at `from`, reading no further than `to`, or 0: one character or more without
 * 市县区盟旗, then 市 (not 市场), 县, 区, 自治州, 盟 or 旗 — the reading of
 * `/^[^市县区盟旗]+?(?:市(?!场)|县|区|自治州|盟|旗)/u` on `text.slice(from, to)`. (`to` is the end of
 * the text or just after a 厅, 局, 署 or 委员会, so looking past it for 场 or 治州 finds neither.)
 */
function placeLength(text: string, from: number, to: number, c: Counter): number {
  for (let i = from; i < to; i++) {
    c.n++;
    const ch = text[i] as string;
    const ends = '县区盟旗'.includes(ch) || (ch === '市' && text[i + 1] !== '场');
    if (i > from && (ends || text.startsWith('自治州', i))) return i - from + (ends ? 1 : 3);
    if (ends || ch === '市') return 0;
  }
  return 0;
}

/** The words a national authority's name starts with. */
const NATIONAL = ['国家', '国务院', '中华人民共和国'] as const;

/** The level the part `text[start, end)` of a name shows by itself: 国家…, a place, or a province's full name alone. */
function partLevel(text: string, start: number, end: number, c: Counter): NameLevel | undefined {
  c.n++;
  // None of these words holds a 厅, 局, 署 or 委员会, so none reaches past the part's end.
  for (const word of NATIONAL) if (text.startsWith(word, start)) return 'national';
  const province = provinceAt(text, start, c);
  if (placeLength(text, province?.rest ?? start, end, c) > 0) return 'local';
  return province && 'provincial';
}

/**
 * Reads an authority's name once, in time linear in its length:
 *
 * - its own name and the office after it, compared by key with bracketed parts left out: the name
 *   up to its first 厅, 局, 署 or 委员会, and what follows (吉林省市场监督管理厅行政审批处 →
 *   吉林省市场监督管理厅 and 行政审批处; 中华人民共和国国务院（中央人民政府） → 中华人民共和国国务院);
 * - the level it shows: `'national'` (国家…, 国务院…, 中华人民共和国…); `'local'` when, after its
 *   province or without one, it names a city, district, county, autonomous prefecture, league or
 *   banner (白城市…, 吉林省白城市…, 北京市朝阳区…; 市场, market, is not a city); `'provincial'` for a
 *   province's full name alone. What follows the own name is an office of it, read the same way
 *   (its own name, then its office…): the level the innermost office that shows one shows, or,
 *   for a branch (…分局, …监管局), local; else the level the own name shows;
 * - its province (by the full name, 吉林省…, 北京市…, 广西壮族自治区…; or Jilin for the bureaus of
 *   Baicheng and its five county-level units, FACTS.md) and the places its own name names after it;
 * - whether it shows the production-license line (its own name ends as a market-regulation or
 *   quality-supervision bureau, department or commission, and what follows, if anything, is an
 *   internal division …司, …处, …科, …室; in English, SAMR, AQSIQ, or an administration, bureau,
 *   department or commission of market regulation or quality supervision that is no institute,
 *   centre, station or laboratory) or a people's government (…人民政府, the State Council).
 */
export function readAuthorityName(name: string): AuthorityName {
  const c: Counter = { n: 0 };
  const key = typedKey(name);
  c.n += 2 * key.length;
  const text = withoutBrackets(key, c);
  // The own name and the offices inside one another: each part ends at the first 厅, 局, 署 or
  // 委员会 after the previous part that has something after it.
  const ends: number[] = [];
  for (let p = 0; p < text.length; p++) {
    c.n++;
    const ch = text[p];
    const n = ch === '厅' || ch === '局' || ch === '署' ? 1 : text.startsWith('委员会', p) ? 3 : 0;
    if (n > 0 && p + n < text.length) ends.push(p + n);
    if (n === 3) p += 2; // past 委员会
  }
  const firstEnd = ends[0] ?? text.length;
  // The level: from the innermost part out, the first that shows one (each part read once). Part
  // k + 1 and all after it are the office of part k: when none of them shows a level and that
  // office is a branch (…分局, …监管局), part k is local; else part k shows what it shows.
  let level: NameLevel | undefined;
  for (let k = ends.length; k >= 0 && !level; k--) {
    const end = ends[k] ?? text.length;
    const office = text.length - end;
    level = (text.endsWith('分局') && office > 1) || (text.endsWith('监管局') && office > 2) ? 'local' : partLevel(text, ends[k - 1] ?? 0, end, c);
  }
  // The own name's province and places.
  const own = provinceAt(text, 0, c);
  const places: string[] = [];
  for (let at = own && own.rest <= firstEnd ? own.rest : 0, n; (n = placeLength(text, at, firstEnd, c)); at += n) places.push(text.slice(at, at + n));
  const province = provinceAt(key, 0, c)?.province ?? ([BAICHENG_CITY, ...BAICHENG_COUNTIES].some((unit) => key.startsWith(unit.zh)) ? '吉林' : undefined);
  const body = text.slice(0, firstEnd);
  const office = text.slice(firstEnd);
  const en = body.toLowerCase();
  c.n += 8 * body.length + office.length;
  const licensingLine =
    /^$|[司处科室]$/u.test(office) &&
    (/(?:市场监督管理|市场监管|市监|质量技术监督|质量监督检验检疫|质量监督管理|质监|质检)(?:总局|局|厅|委员会|委)$/u.test(body) ||
      /^(?:samr|aqsiq)$/u.test(en) ||
      (/market(?:regulation|supervision)|quality(?:and)?(?:technical|technology)?supervision/u.test(en) &&
        /administration|bureau|department|commission/u.test(en) &&
        !/institute|cent(?:er|re)|station|laborator/u.test(en)));
  // A government's own name never ends in 厅, 局, 署 or 委员会, so it is always the whole body.
  const government =
    body === '国务院' ||
    body === '中华人民共和国国务院' ||
    body.endsWith('人民政府') ||
    /^(?:the)?statecouncil(?:ofthepeoplesrepublicofchina)?$|peoplesgovernment$/u.test(en.replace(/['’]/gu, ''));
  return { key, body, office, level, province, places, licensingLine, government, steps: c.n };
}
