// Internal: the canonical public seed (docs/draw-algorithm.md, "Canonical text"). Not public API.
import type { BilingualMessage } from '../messages/message.js';
import { SHOWS_NOTHING } from '../text-key.js';

/** ASCII punctuation a seed may hold: all of it but quotes, backslash, `|`, `<`, `>` and `&`. */
const SEPARATORS = '!#$%()*+,-./:;=?@[]^_{}~';

/**
 * The letters of Hanyu Pinyin with a tone mark, and ü and ê, by their NFD: a vowel with a macron,
 * acute, caron or grave; u or U with a diaeresis and perhaps a tone mark; e or E with a circumflex.
 * One code point each in NFC: āáǎà ēéěè īíǐì ōóǒò ūúǔù üǖǘǚǜ ê and the capitals.
 */
const PINYIN_NFD = /^(?:[aeiouAEIOU][\u0300\u0301\u0304\u030c]|[uU]\u0308[\u0300\u0301\u0304\u030c]?|[eE]\u0302)$/u;
const isPinyin = (c: string): boolean => c.length === 1 && c > '\u007f' && PINYIN_NFD.test(c.normalize('NFD'));

/**
 * The CJK unified ideographs of the Basic Multilingual Plane: Extension A, the URO (filled up to
 * U+9FFF by Unicode 14) and the twelve unified ideographs among the compatibility ideographs.
 * Written as ranges, not `\p{Unified_Ideograph}`, so that every runtime gives the same answer.
 */
function isIdeograph(cp: number): boolean {
  return (
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    [0xfa0e, 0xfa0f, 0xfa11, 0xfa13, 0xfa14, 0xfa1f, 0xfa21, 0xfa23, 0xfa24, 0xfa27, 0xfa28, 0xfa29].includes(cp) ||
    cp === 0x3007 // 〇, the zero of Chinese dates (二〇二四年)
  );
}

const isAsciiLetter = (c: string): boolean => /^[A-Za-z]$/.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9' && c.length === 1;
const isLetter = (c: string): boolean => isAsciiLetter(c) || isPinyin(c);

/** Whether a character (NFC) may stand in a seed, the ASCII space aside. */
function allowed(c: string): boolean {
  const cp = c.codePointAt(0) as number;
  return c.length > 0 && ((cp > 0x20 && cp < 0x7f && (isDigit(c) || isAsciiLetter(c) || SEPARATORS.includes(c))) || isPinyin(c) || isIdeograph(cp));
}

/**
 * Letters that read as a digit where no other letter is near them: the pairs 0/O and 1/l/I of
 * UTS #39's confusables, with the lower-case o.
 */
const DIGIT_LIKE: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1' };
/** Chinese characters read as an ASCII character next to ASCII text. */
const HAN_LOOKALIKE: Readonly<Record<string, string>> = {
  '一': '-', '丨': 'l', '丿': '/', '丶': ',', '亅': 'J', '〇': '0', '二': '=', '十': '+',
};

/** What is wrong with a character of a seed. */
export type SeedFaultKind =
  | 'control'
  | 'invisible'
  | 'space'
  | 'space-end'
  | 'space-double'
  | 'mark'
  | 'compatibility'
  | 'outside'
  | 'confusable';

/**
 * Where a `confusable` character stands: among digits, with no other letter near it, among
 * capitals, next to ASCII text.
 */
export type SeedConfusion = 'digits' | 'alone' | 'capitals' | 'ascii';

/** The first character that makes a seed not canonical, and how many such characters it has. */
export interface SeedFault {
  /** Position of the character in the seed as given, counted in code points from 1. */
  readonly position: number;
  /** The character. */
  readonly character: string;
  /** What is wrong with it. */
  readonly kind: SeedFaultKind;
  /** For `compatibility`, its NFKC form; for `confusable`, the character it reads as. */
  readonly looksLike?: string;
  /** For `confusable`, where it stands. */
  readonly among?: SeedConfusion;
  /** Characters at fault in the seed, this one included. */
  readonly count: number;
}

interface Unit {
  /** The character as the draw reads it (NFC). */
  ch: string;
  /** The code points it was given as. */
  source: string;
  position: number;
}

interface Found {
  readonly position: number;
  readonly character: string;
  readonly kind: SeedFaultKind;
  readonly looksLike?: string;
  readonly among?: SeedConfusion;
}

/**
 * The first character that keeps `seed` from being a canonical public seed, or `undefined` when
 * it is one (docs/draw-algorithm.md, "Canonical text"). Lone surrogates are left to their own
 * check. Linear in the length of the seed.
 *
 * @internal
 */
export function seedFault(seed: string): SeedFault | undefined {
  const cps = Array.from(seed);
  const faults: Found[] = [];
  const units: Unit[] = [];
  // The unit a combining mark may join: the one given just before it.
  let open: Unit | undefined;
  cps.forEach((c, i) => {
    const position = i + 1;
    const cp = c.codePointAt(0) as number;
    const fault = (kind: SeedFaultKind, looksLike?: string): void => {
      faults.push(looksLike === undefined ? { position, character: c, kind } : { position, character: c, kind, looksLike });
      open = undefined;
    };
    if ((cp > 0x20 && cp < 0x7f) || isIdeograph(cp)) {
      // The common case, decided without normalising: printable ASCII and the ideographs have no
      // decomposition and are neither controls, spaces, marks nor invisible.
      if (allowed(c)) {
        open = { ch: c, source: c, position };
        units.push(open);
      } else {
        fault('outside');
      }
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      open = undefined;
    } else if (/\p{Cc}/u.test(c)) {
      fault('control');
    } else if (c === ' ') {
      if (i === 0 || i === cps.length - 1) fault('space-end');
      else if (cps[i - 1] === ' ') fault('space-double');
      else units.push({ ch: ' ', source: ' ', position });
      open = undefined;
    } else if (/[\p{Cf}\p{DI}\u2800]/u.test(c)) {
      fault('invisible');
    } else if (SHOWS_NOTHING.test(c) || /\p{Z}/u.test(c)) {
      fault('space');
    } else if (/\p{M}/u.test(c)) {
      const composed = open === undefined ? '' : `${open.source}${c}`.normalize('NFC');
      if (open !== undefined && isPinyin(composed)) {
        open.source += c;
        open.ch = composed;
      } else {
        fault('mark');
      }
    } else if (c.normalize('NFKD') !== c.normalize('NFD')) {
      fault('compatibility', c.normalize('NFKC'));
    } else {
      const ch = c.normalize('NFC');
      if (allowed(ch)) {
        open = { ch, source: c, position };
        units.push(open);
      } else {
        fault('outside');
      }
    }
  });
  if (faults.length === 0) confusables(units, faults);
  const first = faults.reduce<Found | undefined>((a, f) => (a === undefined || f.position < a.position ? f : a), undefined);
  return first === undefined ? undefined : { ...first, count: faults.length };
}

/** A run of letters and digits: its units, whether it holds a digit, whether a letter not in DIGIT_LIKE. */
interface Run {
  readonly units: readonly Unit[];
  readonly digit: boolean;
  readonly word: boolean;
}

/**
 * Adds the characters of a seed (as units, every one allowed) that read as another here
 * (docs/draw-algorithm.md, "Canonical text"):
 * - `O o I l` in a run of letters and digits with no other letter, when the run holds a digit
 *   (`2O24`) or neither the run before nor the run after it holds another letter (`4-2-6-O-3-5`);
 * - a lower-case `l` in a run whose other letters are all capitals (`lSO`);
 * - 一 丨 丿 丶 亅 〇 二 十 next to ASCII text (`4一2`), or alone between spaces beside it (`1 十 2`).
 */
function confusables(units: readonly Unit[], faults: Found[]): void {
  const add = (u: Unit, looksLike: string, among: SeedConfusion): void => {
    faults.push({ position: u.position, character: u.source, kind: 'confusable', looksLike, among });
  };
  const alnum = (u: Unit): boolean => isLetter(u.ch) || isDigit(u.ch);
  const runs: Run[] = [];
  for (let start = 0; start < units.length; ) {
    if (!alnum(units[start] as Unit)) {
      start++;
      continue;
    }
    let end = start;
    while (end < units.length && alnum(units[end] as Unit)) end++;
    const run = units.slice(start, end);
    runs.push({
      units: run,
      digit: run.some((u) => isDigit(u.ch)),
      word: run.some((u) => isLetter(u.ch) && DIGIT_LIKE[u.ch] === undefined),
    });
    start = end;
  }
  runs.forEach((run, k) => {
    if (!run.word && (run.digit || !(runs[k - 1]?.word === true || runs[k + 1]?.word === true))) {
      // Letters that stand for digits: among digits, or with no word beside them.
      for (const u of run.units) {
        const digit = DIGIT_LIKE[u.ch];
        if (digit !== undefined) add(u, digit, run.digit ? 'digits' : 'alone');
      }
      return;
    }
    // A lower-case l whose run has capitals and no other lower-case letter reads as I.
    const capital = run.units.some((u) => u.ch !== u.ch.toLowerCase());
    const lower = run.units.some((u) => u.ch !== 'l' && u.ch !== u.ch.toUpperCase());
    if (capital && !lower) for (const u of run.units) if (u.ch === 'l') add(u, 'I', 'capitals');
  });
  // Chinese characters shaped like an ASCII character, next to ASCII text.
  const ascii = (u: Unit | undefined): boolean => u !== undefined && (u.ch.charCodeAt(0) < 0x7f || isPinyin(u.ch));
  const neighbour = (i: number, step: number): Unit | undefined => {
    let j = i + step;
    while (j >= 0 && j < units.length && (units[j] as Unit).ch === ' ') j += step;
    return units[j];
  };
  // Past a space only when the character stands alone (`1 十 2` reads as `1 + 2`); at the head of
  // a Chinese word (`2026 十万家`, `2024 一季度`) it reads as Chinese.
  const chinese = (u: Unit | undefined): boolean => u !== undefined && u.ch !== ' ' && !ascii(u);
  units.forEach((u, i) => {
    const like = HAN_LOOKALIKE[u.ch];
    if (like === undefined) return;
    const text = (v: Unit | undefined): boolean => v !== undefined && v.ch !== ' ' && ascii(v);
    const touching = text(units[i - 1]) || text(units[i + 1]);
    const alone = !chinese(units[i - 1]) && !chinese(units[i + 1]);
    if (touching || (alone && (ascii(neighbour(i, -1)) || ascii(neighbour(i, 1))))) add(u, like, 'ascii');
  });
}

/** `U+200B` for a character. */
export function codePointLabel(c: string): string {
  return `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

const AMONG: Record<SeedConfusion, BilingualMessage> = {
  digits: { 'zh-CN': '在数字中', en: 'among digits' },
  alone: { 'zh-CN': '在附近没有其他字母时', en: 'with no other letter near it' },
  capitals: { 'zh-CN': '在大写字母中', en: 'among capitals' },
  ascii: { 'zh-CN': '紧挨 ASCII 字符时', en: 'next to ASCII characters' },
};

const DESCRIPTIONS: Record<SeedFaultKind, (f: SeedFault) => BilingualMessage> = {
  control: () => ({ 'zh-CN': '是控制字符（制表、换行等）', en: 'is a control character (tab, line break…)' }),
  invisible: () => ({ 'zh-CN': '是不可见字符（零宽字符、软连字符等）', en: 'is invisible (zero-width, soft hyphen…)' }),
  space: () => ({
    'zh-CN': '是 ASCII 空格以外的空白（不换行空格、全角空格等）',
    en: 'is white space other than the ASCII space (no-break, ideographic…)',
  }),
  'space-end': () => ({ 'zh-CN': '是首尾的空格', en: 'is a space at an end' }),
  'space-double': () => ({ 'zh-CN': '是连续的第二个空格', en: 'is a second space in a row' }),
  mark: () => ({ 'zh-CN': '是不能合成拼音字母的组合符号', en: 'is a combining mark that makes no pinyin letter' }),
  compatibility: (f) => ({
    'zh-CN': `“${f.character}”是兼容字符，NFKC 后为“${f.looksLike as string}”`,
    en: `"${f.character}" is a compatibility character, "${f.looksLike as string}" after NFKC`,
  }),
  outside: (f) => ({
    'zh-CN': `“${f.character}”不是公开种子可用的字符（ASCII 字母、数字、分隔符，汉字，拼音字母）`,
    en: `"${f.character}" is not a seed character (ASCII letters, digits, separators; Chinese characters; pinyin letters)`,
  }),
  confusable: (f) => ({
    'zh-CN': `“${f.character}”${AMONG[f.among as SeedConfusion]['zh-CN']}易被看成“${f.looksLike as string}”`,
    en: `"${f.character}" reads as "${f.looksLike as string}" ${AMONG[f.among as SeedConfusion].en}`,
  }),
};

/**
 * The message of `SEED_NOT_CANONICAL`: the character by code point and position, what is wrong
 * with it, and how many characters are at fault.
 *
 * @internal
 */
export function seedFaultMessage(fault: SeedFault): BilingualMessage {
  const what = DESCRIPTIONS[fault.kind](fault);
  const label = codePointLabel(fault.character);
  const more = fault.count > 1;
  return {
    'zh-CN': `随机种子第 ${fault.position} 个字符 ${label} ${what['zh-CN']}${more ? `（共 ${fault.count} 处）` : ''}`,
    en: `Character ${fault.position} of the seed, ${label}, ${what.en}${more ? `; ${fault.count} such characters in all` : ''}`,
  };
}
