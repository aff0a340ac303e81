/**
 * The seed, character by character. Two seeds that look the same on paper give different draws
 * when one holds an invisible character (a zero-width space, a direction mark), a different
 * space (full-width U+3000, no-break U+00A0) or a look-alike (a full-width digit, a Cyrillic
 * letter, a dash that is not a hyphen). Each code point is shown with its number, and those are
 * marked: `warn` for what cannot be seen or is not what it looks like, `note` for what is visible
 * but easily confused.
 */
import type { BilingualMessage } from 'baicheng-license-supervision';

/** How much a character deserves a look. */
export type SeedCharLevel = 'ok' | 'note' | 'warn';

/** One code point of the seed. */
export interface SeedChar {
  /** The character as it is (a lone surrogate stays one UTF-16 unit). */
  readonly char: string;
  readonly codePoint: number;
  /** `U+0033`. */
  readonly hex: string;
  /** What to draw in the page's cell: the character, or a visible stand-in for an invisible one. */
  readonly shown: string;
  readonly level: SeedCharLevel;
  /** What it is, in both languages. */
  readonly label: BilingualMessage;
}

const NAMED: Readonly<Record<number, readonly [string, string]>> = {
  0x0020: ['空格', 'space'],
  0x0009: ['制表符（不可见）', 'tab (invisible)'],
  0x000a: ['换行符（不可见）', 'line feed (invisible)'],
  0x000d: ['回车符（不可见）', 'carriage return (invisible)'],
  0x00a0: ['不换行空格，不是普通空格', 'no-break space, not a plain space'],
  0x00ad: ['软连字符（通常不显示）', 'soft hyphen (usually invisible)'],
  0x034f: ['组合字形连接符（不可见）', 'combining grapheme joiner (invisible)'],
  0x061c: ['阿拉伯字母标记（不可见）', 'Arabic letter mark (invisible)'],
  0x180e: ['蒙古文元音分隔符（不可见）', 'Mongolian vowel separator (invisible)'],
  0x2010: ['连字符 U+2010，不是 ASCII 的 -', 'hyphen U+2010, not the ASCII -'],
  0x2011: ['不换行连字符，不是 ASCII 的 -', 'non-breaking hyphen, not the ASCII -'],
  0x2012: ['数字线，不是 ASCII 的 -', 'figure dash, not the ASCII -'],
  0x2013: ['短破折号，不是 ASCII 的 -', 'en dash, not the ASCII -'],
  0x2014: ['长破折号，不是 ASCII 的 -', 'em dash, not the ASCII -'],
  0x2212: ['减号，不是 ASCII 的 -', 'minus sign, not the ASCII -'],
  0x200b: ['零宽空格（不可见）', 'zero-width space (invisible)'],
  0x200c: ['零宽不连字（不可见）', 'zero-width non-joiner (invisible)'],
  0x200d: ['零宽连字（不可见）', 'zero-width joiner (invisible)'],
  0x200e: ['从左到右标记（不可见）', 'left-to-right mark (invisible)'],
  0x200f: ['从右到左标记（不可见）', 'right-to-left mark (invisible)'],
  0x2060: ['词连接符（不可见）', 'word joiner (invisible)'],
  0x3000: ['全角空格，不是普通空格', 'ideographic (full-width) space, not a plain space'],
  0xfeff: ['字节顺序标记／零宽不换行空格（不可见）', 'byte-order mark / zero-width no-break space (invisible)'],
  0xff0d: ['全角连字符，不是 ASCII 的 -', 'full-width hyphen-minus, not the ASCII -'],
};

/** `U+0033`, `U+1F600`. */
export function codePointHex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

function classify(ch: string, cp: number): { level: SeedCharLevel; label: BilingualMessage } {
  const named = NAMED[cp];
  const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });
  if (named) return { level: cp === 0x20 ? 'ok' : 'warn', label: label(named[0], named[1]) };
  if (/\p{Cs}/u.test(ch))
    return { level: 'warn', label: label('不成对的代理项（不是有效字符）', 'lone surrogate (not a valid character)') };
  if (/\p{Cc}/u.test(ch)) return { level: 'warn', label: label('控制字符（不可见）', 'control character (invisible)') };
  if (/\p{Cf}/u.test(ch)) return { level: 'warn', label: label('格式字符（不可见）', 'format character (invisible)') };
  if (/\p{Z}/u.test(ch))
    return { level: 'warn', label: label('另一种空白，不是普通空格', 'another white space, not a plain space') };
  if (/\p{M}/u.test(ch))
    return {
      level: 'warn',
      label: label('组合符号（叠在前一个字符上）', 'combining mark (drawn over the character before)'),
    };
  if (/\p{Co}/u.test(ch)) return { level: 'warn', label: label('私用区字符', 'private-use character') };
  if (/\p{Cn}/u.test(ch)) return { level: 'warn', label: label('未分配的码位', 'unassigned code point') };
  if (/[0-9]/u.test(ch)) return { level: 'ok', label: label('数字', 'digit') };
  if (/[A-Za-z]/u.test(ch)) return { level: 'ok', label: label('拉丁字母', 'Latin letter') };
  if (cp < 0x80) return { level: 'ok', label: label('ASCII 符号', 'ASCII symbol') };
  if (cp >= 0xff01 && cp <= 0xff5e) {
    return {
      level: /\p{Nd}|\p{L}/u.test(ch) ? 'warn' : 'note',
      label: label(
        `全角字符，对应半角 ${String.fromCodePoint(cp - 0xfee0)}`,
        `full-width form of ${String.fromCodePoint(cp - 0xfee0)}`,
      ),
    };
  }
  if (/\p{Nd}/u.test(ch)) return { level: 'warn', label: label('非 ASCII 数字', 'non-ASCII digit') };
  if (/\p{Script=Han}/u.test(ch)) return { level: 'ok', label: label('汉字', 'Chinese character') };
  if (/\p{Script=Cyrillic}|\p{Script=Greek}/u.test(ch)) {
    return {
      level: 'warn',
      label: label('西里尔或希腊字母（可能与拉丁字母形似）', 'Cyrillic or Greek letter (may look Latin)'),
    };
  }
  if (/\p{P}|\p{S}/u.test(ch))
    return { level: 'note', label: label('非 ASCII 标点或符号', 'non-ASCII punctuation or symbol') };
  return { level: 'note', label: label('其他字符', 'other character') };
}

/** What to draw for a character that is invisible or blank. */
function shownOf(ch: string, level: SeedCharLevel, cp: number): string {
  if (cp === 0x20) return '␣';
  if (/\p{Cs}/u.test(ch)) return '�';
  if (level === 'warn' && (/\p{C}|\p{Z}/u.test(ch) || cp === 0x00ad || cp === 0x034f)) return '⍰';
  if (/\p{M}/u.test(ch)) return `◌${ch}`;
  return ch;
}

/** The seed's code points in order, each classified. */
export function seedCharacters(seed: string): SeedChar[] {
  const out: SeedChar[] = [];
  for (const ch of seed) {
    const cp = ch.codePointAt(0) as number;
    const { level, label } = classify(ch, cp);
    out.push({ char: ch, codePoint: cp, hex: codePointHex(cp), shown: shownOf(ch, level, cp), level, label });
  }
  return out;
}

/** Sizes of the seed and what to look out for, in both languages. */
export function seedSummary(seed: string): { facts: BilingualMessage[]; warnings: BilingualMessage[] } {
  const chars = seedCharacters(seed);
  const bytes = new TextEncoder().encode(seed).length;
  const facts: BilingualMessage[] = [
    {
      'zh-CN': `${chars.length} 个字符（码位），${seed.length} 个 UTF-16 码元，UTF-8 编码 ${bytes} 字节`,
      en: `${chars.length} characters (code points), ${seed.length} UTF-16 units, ${bytes} bytes in UTF-8`,
    },
  ];
  const warnings: BilingualMessage[] = [];
  const warned = chars.filter((c) => c.level === 'warn');
  if (warned.length > 0) {
    warnings.push({
      'zh-CN': `有 ${warned.length} 个字符不可见或与外观不符：${warned
        .map((c) => c.hex)
        .join('、')}。公布的种子中若没有这些字符，这份记录用的就不是公布的种子。`,
      en: `${warned.length} character(s) are invisible or not what they look like: ${warned
        .map((c) => c.hex)
        .join(', ')}. If the announced seed does not have them, this record was not made with the announced seed.`,
    });
  }
  if (seed !== seed.normalize('NFC')) {
    warnings.push({
      'zh-CN': '种子不是 Unicode NFC 规范形式：看上去相同的文字有不同的编码。',
      en: 'The seed is not in Unicode NFC: text that looks the same has another encoding.',
    });
  }
  if (seed !== seed.trim()) {
    warnings.push({ 'zh-CN': '种子首尾有空白。', en: 'The seed has white space at an end.' });
  }
  return { facts, warnings };
}
