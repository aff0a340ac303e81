// Internal: how an authority's name is read for Article 14. Not part of the public API.
//
// Every reading here is a fixed number of left-to-right passes over the name's key, each looking
// at a character (or comparing a word of bounded length at a position) a bounded number of times:
// no regular expression runs over the name, no part of it is read again per bracket or per 局.
// `steps` counts the characters the passes look at, so that a test can show the cost is linear.
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
const PROVINCE_FULL_NAMES: ReadonlyMap<number, readonly (readonly [full: string, province: string])[]> = /* @__PURE__ */ (() => {
  const map = new Map<number, (readonly [string, string])[]>();
  for (const province of Object.values(PROVINCE_NAMES)) {
    for (const full of [fullName(province), province + '自治区']) {
      const first = full.charCodeAt(0);
      map.set(first, [...(map.get(first) ?? []), [full, province] as const]);
    }
  }
  return map;
})();

/** The words that end an authority's own name: …厅, …局, …署, …委员会 (厅, 局, 署, 委). */
const [TING, JU, SHU, WEI] = [0x5385, 0x5c40, 0x7f72, 0x59d4] as const;

/** The production-license line's names (条例 Art 5–6): market regulation, formerly quality supervision. */
const LINE_WORDS = ['市场监督管理', '市场监管', '市监', '质量技术监督', '质量监督检验检疫', '质量监督管理', '质监', '质检'] as const;
const LINE_ENDS = ['总局', '局', '厅', '委员会', '委'] as const;
const LINE_NAMES: readonly string[] = /* @__PURE__ */ (() => LINE_WORDS.flatMap((word) => LINE_ENDS.map((end) => word + end)))();
/** The English words read: of the license line, of an authority, of a body that is no authority. */
type EnglishWord = 'line' | 'authority' | 'notAuthority';
const ENGLISH_WORDS: readonly (readonly [word: string, kind: EnglishWord])[] = /* @__PURE__ */ (() => [
  ...['marketregulation', 'marketsupervision', 'qualitysupervision', 'qualityandsupervision', 'qualitytechnicalsupervision', 'qualitytechnologysupervision', 'qualityandtechnicalsupervision', 'qualityandtechnologysupervision'].map((word) => [word, 'line'] as const),
  ...['administration', 'bureau', 'department', 'commission'].map((word) => [word, 'authority'] as const),
  ...['institute', 'center', 'centre', 'station', 'laborator'].map((word) => [word, 'notAuthority'] as const),
])();
/** The English words by their first letter (a–z), so that a position is compared only with the words that can start there. */
const ENGLISH_BY_LETTER: readonly (readonly (readonly [word: string, kind: EnglishWord])[])[] = /* @__PURE__ */ (() =>
  Array.from({ length: 26 }, (_, letter) => ENGLISH_WORDS.filter(([word]) => word.charCodeAt(0) === 0x61 + letter)))();

/** The State Council's English names, apostrophes and white space left out. */
const STATE_COUNCIL_EN = ['statecouncil', 'thestatecouncil', 'statecouncilofthepeoplesrepublicofchina', 'thestatecouncilofthepeoplesrepublicofchina'] as const;

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
  /** How many characters the reading looked at: at most {@link STEPS_PER_CHARACTER} per character of `key`, plus a constant. */
  readonly steps: number;
}

/**
 * The bound the reading keeps: it takes no more than this many steps per character of the key
 * (`n`), plus {@link STEPS_CONSTANT}; a step looks at one position of the text and does there work
 * bounded by a constant that does not depend on the name (at most the comparisons with the
 * province's full names, each a few characters long). Counted pass by pass: the key itself (2n:
 * NFKC, then the invisible characters removed); the brackets (2n + 1: finding the last `)`, then
 * copying); the ends of the own name and its offices (n: each position once); the levels of the
 * parts (3n + 2: each part's positions once, and two steps per part, n + 1 parts at most); the
 * places of the own name (n + 2); the province of the key (1); the license line and the
 * government (4n: lower case, the English words, the two apostrophes left out). In all 13n + 6.
 */
export const STEPS_PER_CHARACTER = 13;
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
  if (lastClose < 0) return key;
  let out = '';
  let i = 0;
  while (i < key.length) {
    c.n++;
    if (i > lastClose) {
      // No `)` follows: the rest stays as it is.
      c.n += key.length - i - 1;
      out += key.slice(i);
      break;
    }
    if (key.charCodeAt(i) === 0x28 /* ( */) {
      // A `)` follows: skip to just after the first one.
      i++;
      while (key.charCodeAt(i) !== 0x29 /* ) */) {
        c.n++;
        i++;
      }
      i++;
    } else {
      out += key[i];
      i++;
    }
  }
  return out;
}

/**
 * Where the own name of `text` ends from `from` on: just after the first 厅, 局, 署 or 委员会 that
 * has something after it, or -1. (The reading of `/^(.*?(?:厅|局|署|委员会))(.+)$/u`.)
 */
function ownNameEnd(text: string, from: number, c: Counter): number {
  for (let p = from; p < text.length; p++) {
    c.n++;
    const ch = text.charCodeAt(p);
    const length = ch === TING || ch === JU || ch === SHU ? 1 : ch === WEI && text.startsWith('委员会', p) ? 3 : 0;
    if (length > 0) return p + length < text.length ? p + length : -1;
  }
  return -1;
}

/** The province whose full name `text` has at `at`, and where the rest after it starts. */
function provinceAt(text: string, at: number, c: Counter): { readonly province: string; readonly rest: number } | undefined {
  c.n++;
  for (const [full, province] of PROVINCE_FULL_NAMES.get(text.charCodeAt(at)) ?? []) {
    if (text.startsWith(full, at)) return { province, rest: at + full.length };
  }
  return undefined;
}

/** The characters that end a place's name: 市 (not followed by 场, market), 县, 区, 盟, 旗; and 场, 自. */
const [SHI, XIAN, QU, MENG, QI, CHANG, ZI] = [0x5e02, 0x53bf, 0x533a, 0x76df, 0x65d7, 0x573a, 0x81ea] as const;

/**
 * The length of the place (a city, district, county, autonomous prefecture, league or banner) that
 * `text` has at `from`, reading no further than `to`, or 0: one character or more without
 * 市县区盟旗, then 市 (not 市场), 县, 区, 自治州, 盟 or 旗. (The reading of
 * `/^[^市县区盟旗]+?(?:市(?!场)|县|区|自治州|盟|旗)/u` on `text.slice(from, to)`.)
 */
function placeLength(text: string, from: number, to: number, c: Counter): number {
  for (let i = from; i < to; i++) {
    c.n++;
    const ch = text.charCodeAt(i);
    const ends = ch === XIAN || ch === QU || ch === MENG || ch === QI;
    if (i > from) {
      if (ends || (ch === SHI && (i + 1 >= to || text.charCodeAt(i + 1) !== CHANG))) return i + 1 - from;
      if (ch === ZI && i + 3 <= to && text.startsWith('自治州', i)) return i + 3 - from;
    }
    if (ends || ch === SHI) return 0;
  }
  return 0;
}

/** Whether `text[start, end)` starts with `word`. */
const startsWithin = (text: string, word: string, start: number, end: number): boolean => start + word.length <= end && text.startsWith(word, start);

/** The level the part `text[start, end)` of a name shows by itself: 国家…, a place, or a province's full name alone. */
function partLevel(text: string, start: number, end: number, c: Counter): NameLevel | undefined {
  c.n++;
  if (startsWithin(text, '国家', start, end) || startsWithin(text, '国务院', start, end) || startsWithin(text, '中华人民共和国', start, end)) return 'national';
  const province = provinceAt(text, start, c);
  const own = province !== undefined && province.rest <= end ? province : undefined;
  if (placeLength(text, own?.rest ?? start, end, c) > 0) return 'local';
  return own === undefined ? undefined : 'provincial';
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
 * - whether it shows the production-license line or a people's government.
 */
export function readAuthorityName(name: string): AuthorityName {
  const c: Counter = { n: 0 };
  const key = typedKey(name);
  c.n += 2 * key.length;
  const text = withoutBrackets(key, c);
  // The own name and the offices inside one another: each part ends at the first 厅, 局, 署 or
  // 委员会 after the previous part (one pass over the text).
  const ends: number[] = [];
  for (let at = ownNameEnd(text, 0, c); at >= 0; at = ownNameEnd(text, at, c)) ends.push(at);
  const firstEnd = ends[0] ?? text.length;
  // The level: from the innermost part out, the first that shows one (each part read once). Part
  // k + 1 and all after it are the office of part k: when none of them shows a level and that
  // office is a branch (…分局, …监管局), part k is local; else part k shows what it shows.
  let level: NameLevel | undefined;
  for (let k = ends.length; k >= 0 && level === undefined; k--) {
    const start = k === 0 ? 0 : (ends[k - 1] as number);
    const end = k === ends.length ? text.length : (ends[k] as number);
    const officeLength = text.length - end;
    const branch = (text.endsWith('分局') && officeLength >= 2) || (text.endsWith('监管局') && officeLength >= 3);
    level = branch ? 'local' : partLevel(text, start, end, c);
  }
  // The own name's province and places.
  const own = provinceAt(text, 0, c);
  const from = own !== undefined && own.rest <= firstEnd ? own.rest : 0;
  const places: string[] = [];
  for (let at = from, n = placeLength(text, at, firstEnd, c); n > 0; at += n, n = placeLength(text, at, firstEnd, c)) places.push(text.slice(at, at + n));
  const atKey = provinceAt(key, 0, c);
  const baicheng = [BAICHENG_CITY, ...BAICHENG_COUNTIES].some((unit) => key.startsWith(unit.zh));
  const province = atKey?.province ?? (baicheng ? '吉林' : undefined);
  // The license line: the own name ends as a bureau, department or commission of the line, and
  // what follows it, if anything, is an internal division (…司, …处, …科, …室); in English, the
  // words of the line and of an authority, and none of an institute, centre, station or laboratory.
  const body = text.slice(0, firstEnd);
  const office = text.slice(firstEnd);
  c.n += body.length;
  const en = body.toLowerCase();
  const found = { line: false, authority: false, notAuthority: false };
  for (let p = 0; p < en.length; p++) {
    c.n++;
    const letter = en.charCodeAt(p) - 0x61;
    if (letter >= 0 && letter < 26) for (const [word, kind] of ENGLISH_BY_LETTER[letter] as readonly (readonly [string, EnglishWord])[]) if (en.startsWith(word, p)) found[kind] = true;
  }
  const division = office === '' || '司处科室'.includes(office.slice(-1));
  const licensingLine = division && (LINE_NAMES.some((line) => body.endsWith(line)) || en === 'samr' || en === 'aqsiq' || (found.line && found.authority && !found.notAuthority));
  // A government's own name never ends in 厅, 局, 署 or 委员会, so it is always the whole body.
  c.n += 2 * en.length;
  const plain = en.split("'").join('').split('’').join('');
  const government =
    body === '国务院' || body === '中华人民共和国国务院' || body.endsWith('人民政府') || (STATE_COUNCIL_EN as readonly string[]).includes(plain) || plain.endsWith('peoplesgovernment');
  return { key, body, office, level, province, places, licensingLine, government, steps: c.n };
}
