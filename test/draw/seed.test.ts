// The canonical public seed (docs/draw-algorithm.md, "Canonical text"): two seeds a reader cannot
// tell apart never make two draws. Whoever types the ceremony's seed must not be able to try
// `4-2-6-1-3-5` with an invisible character in six places and keep the draw they like.
// Expected classes come from the Unicode Character Database (general categories Cc, Cf, Zs, Zl,
// Zp, Mn; Default_Ignorable_Code_Point; compatibility decompositions, which NFKC applies and NFC
// does not) and from the rule written in the document; positions are counted by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RuleInputError,
  drawInspections,
  drawRecordSchema,
  drawSeedSchema,
  verifyDraw,
  type DrawInput,
  type DrawRecord,
  type LocalizedIssue,
} from '../../src/index.js';
import { canonicalParameters, completeDraw, prepareDraw } from '../../src/draw/engine.js';
import { bilingualIssues } from '../../src/messages/issues.js';
import { seedFault } from '../../src/draw/seed.js';
import { SHOWS_NOTHING } from '../../src/text-key.js';
import { canonicalSeedArb, plainEnterprises, plainInspectors } from './helpers.js';

const base: DrawInput = {
  seed: '4-2-6-1-3-5',
  asOf: '2024-03-01',
  ratio: 0.25,
  enterprises: plainEnterprises(24),
  inspectors: plainInspectors(6),
};

function issuesOf(fn: () => unknown): readonly LocalizedIssue[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleInputError) return error.issues;
    throw error;
  }
  return [];
}

const seedIssues = (seed: string): readonly LocalizedIssue[] => bilingualIssues(drawSeedSchema, seed);
const codes = (seed: string): string[] => seedIssues(seed).map((i) => i.code);
const cp = (c: string): string => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

/** The one issue of a refused seed: SEED_NOT_CANONICAL, naming `label` at `position`. */
function expectRefused(seed: string, label: string, position: number, words: string): void {
  const issues = seedIssues(seed);
  expect(issues.map((i) => i.code), JSON.stringify(seed)).toEqual(['SEED_NOT_CANONICAL']);
  const message = (issues[0] as LocalizedIssue).message;
  expect(message.en).toContain(`Character ${position} of the seed, ${label},`);
  expect(message.en).toContain(words);
  expect(message['zh-CN']).toContain(`随机种子第 ${position} 个字符 ${label}`);
}

describe('seeds the ceremony produces are canonical', () => {
  it.each([
    ['dice digits', '4-0-7-7-1-9-2-6-5-3-8-8-0-1-4-6-2-9-7-5'],
    ['an ISO date', '2024-03-01'],
    ['a date with slashes and dots', '2024/03/01 2024.03.01'],
    ['a Chinese date', '2024年3月1日'],
    ['a Chinese date in Chinese numerals', '二〇二四年三月一日'],
    ['a Chinese phrase with dice', '2025-03-01 白城市 公开摇号 3-1-4-1-5-9'],
    ['Latin words with single spaces', 'spot check round 3'],
    ['pinyin with tone marks', 'Báichéng chōuchá'],
    ['the seeds of the known-answer vectors', '2024年中'],
    ['', '2024年夭'],
    ['', 'exclusions-and-conflicts'],
    ['', '0-0-7-2-9-4-1-8'],
    ['separators', '(3)+[4]#5_6:7;8,9=1?2!3@4%5^6~7{8}9$1*2'],
  ])('%s: %s', (_, seed) => {
    expect(seedIssues(seed)).toEqual([]);
  });
});

describe('each class of character that is refused, named by code point and position', () => {
  // Controls (general category Cc): tab, line feed, carriage return, bell, NUL, next line.
  it.each(['\t', '\n', '\r', '\u0007', '\u0000', '\u0085', '\u007f'])('control %j', (c) => {
    expectRefused(`4-2${c}6`, cp(c), 4, 'is a control character');
  });

  // Invisible: format characters (Cf) and the other default-ignorable code points.
  it.each([
    ['U+200B zero width space', '\u200b'],
    ['U+200C zero width non-joiner', '\u200c'],
    ['U+200D zero width joiner', '\u200d'],
    ['U+2060 word joiner', '\u2060'],
    ['U+FEFF zero width no-break space (BOM)', '\ufeff'],
    ['U+180E Mongolian vowel separator', '\u180e'],
    ['U+00AD soft hyphen', '\u00ad'],
    ['U+FE0F variation selector-16', '\ufe0f'],
    ['U+034F combining grapheme joiner', '\u034f'],
    ['U+3164 Hangul filler', '\u3164'],
    ['U+2800 Braille blank', '\u2800'],
    ['U+202E right-to-left override', '\u202e'],
    ['U+E0020 tag space', '\u{e0020}'],
  ])('invisible: %s', (_, c) => {
    expectRefused(`4-2${c}6`, cp(c), 4, 'is invisible');
  });

  // White space other than U+0020 (Zs, Zl, Zp): it looks like a space, or like nothing.
  it.each([
    ['U+00A0 no-break space', '\u00a0'],
    ['U+3000 ideographic space', '\u3000'],
    ['U+2002 en space', '\u2002'],
    ['U+2009 thin space', '\u2009'],
    ['U+202F narrow no-break space', '\u202f'],
    ['U+205F medium mathematical space', '\u205f'],
    ['U+1680 Ogham space mark', '\u1680'],
    ['U+2028 line separator', '\u2028'],
    ['U+2029 paragraph separator', '\u2029'],
  ])('white space: %s', (_, c) => {
    expectRefused(`4-2${c}6`, cp(c), 4, 'is white space other than the ASCII space');
  });

  it('the ASCII space: not at either end, not twice in a row (a web page shows one)', () => {
    expectRefused(' 4-2', 'U+0020', 1, 'is a space at an end');
    expectRefused('4-2 ', 'U+0020', 4, 'is a space at an end');
    expectRefused('4  2', 'U+0020', 3, 'a second space in a row');
    expect(seedIssues('4 2')).toEqual([]);
  });

  // Compatibility characters: NFKC changes them, NFC does not.
  it.each([
    ['full-width digit', '４', '4'],
    ['full-width letter', 'Ａ', 'A'],
    ['full-width hyphen-minus', '－', '-'],
    ['full-width comma', '，', ','],
    ['circled digit', '①', '1'],
    ['superscript two', '²', '2'],
    ['mathematical bold digit zero', '\u{1d7ce}', '0'],
    ['ligature fi', 'ﬁ', 'fi'],
    ['Kangxi radical one', '\u2f00', '一'],
    ['Roman numeral twelve', 'Ⅻ', 'XII'],
  ])('compatibility: %s', (_, c, nfkc) => {
    expect(c.normalize('NFKC')).toBe(nfkc);
    expectRefused(`3-${c}`, cp(c), 3, `is a compatibility character, "${nfkc}" after NFKC`);
  });

  // Other scripts and symbols, look-alikes of the allowed characters among them.
  it.each([
    ['Cyrillic a', '\u0430'],
    ['Cyrillic o', '\u043e'],
    ['Greek omicron', '\u03bf'],
    ['Greek capital alpha', '\u0391'],
    ['Latin dental click (looks like l)', '\u01c0'],
    ['dotless i', '\u0131'],
    ['hyphen U+2010', '\u2010'],
    ['en dash', '\u2013'],
    ['minus sign', '\u2212'],
    ['middle dot', '\u00b7'],
    ['ideographic comma', '\u3001'],
    ['ideographic full stop', '\u3002'],
    ['CJK radical repeat (a radical, not an ideograph)', '\u2e80'],
    ['apostrophe', "'"],
    ['quotation mark', '"'],
    ['grave accent', '`'],
    ['backslash', '\\'],
    ['vertical line (looks like l and 1)', '|'],
    ['less-than sign', '<'],
    ['ampersand', '&'],
    ['a letter with a tone mark outside pinyin', 'ã'],
    ['an emoji', '\u{1f3b2}'],
    ['a private-use character', '\ue000'],
    ['an Extension B ideograph (outside the BMP)', '\u{20bb7}'],
  ])('outside the seed characters: %s', (_, c) => {
    expectRefused(`3-${c}`, cp(c), 3, 'is not a seed character');
  });

  it('a combining mark that makes no pinyin letter', () => {
    expectRefused('x\u0301', 'U+0301', 2, 'is a combining mark');
    expectRefused('4\u0301', 'U+0301', 2, 'is a combining mark');
    expectRefused('\u0301a', 'U+0301', 1, 'is a combining mark');
    expectRefused('白\u0308', 'U+0308', 2, 'is a combining mark');
  });

  // Characters that read as another where they stand (docs/draw-algorithm.md, "Canonical text"):
  // the pairs 0/O and 1/l/I of UTS #39's confusables, and the ideographs shaped like ASCII.
  // Positions counted by hand.
  it.each([
    ['the letter O in a number', '2O24', 'U+004F', 2, '"O" reads as "0" among digits'],
    ['a lower-case o in a number', '2o24', 'U+006F', 2, '"o" reads as "0" among digits'],
    ['O before a digit', 'O7', 'U+004F', 1, '"O" reads as "0" among digits'],
    ['I after a digit', '1I', 'U+0049', 2, '"I" reads as "1" among digits'],
    ['O at the end of a number', '10O', 'U+004F', 3, '"O" reads as "0" among digits'],
    ['l between digits', '1l0', 'U+006C', 2, '"l" reads as "1" among digits'],
    ['the letter O for a die that showed 0', '4-2-6-O-3-5', 'U+004F', 7, '"O" reads as "0" with no other letter near it'],
    ['the letter l for a die that showed 1', '4-l-7', 'U+006C', 3, '"l" reads as "1" with no other letter near it'],
    ['a word of O o I l only, alone', 'lO', 'U+006C', 1, '"l" reads as "1" with no other letter near it'],
    ['a letter in the seed that is not beside the die', '2024 Q1 4-2-6-l-3-5', 'U+006C', 15, '"l" reads as "1" with no other letter near it'],
    ['I among Chinese characters and digits (第I次 for 第1次)', '白城市2024年第I次', 'U+0049', 10, '"I" reads as "1" with no other letter near it'],
    ['a lower-case l among capitals', 'lSO', 'U+006C', 1, '"l" reads as "I" among capitals'],
    ['一 next to digits', '4一2', 'U+4E00', 2, '"一" reads as "-" next to ASCII characters'],
    ['〇 next to digits', '2〇24', 'U+3007', 2, '"〇" reads as "0" next to ASCII characters'],
    ['十 next to digits, past a space', '1 十 2', 'U+5341', 3, '"十" reads as "+" next to ASCII characters'],
    ['丨 next to a letter', 'A丨', 'U+4E28', 2, '"丨" reads as "l" next to ASCII characters'],
  ])('confusable: %s (%s)', (_, seed, label, position, words) => {
    expectRefused(seed, label, position, words);
  });

  it('the message names the place in both languages and counts every such letter', () => {
    const [issue] = seedIssues('4-O-O-3');
    expect(issue?.message.en).toBe(
      'Character 3 of the seed, U+004F, "O" reads as "0" with no other letter near it; 2 such characters in all',
    );
    expect(issue?.message['zh-CN']).toBe('随机种子第 3 个字符 U+004F “O”在附近没有其他字母时易被看成“0”（共 2 处）');
    expect(seedIssues('2O24')[0]?.message['zh-CN']).toBe('随机种子第 2 个字符 U+004F “O”在数字中易被看成“0”');
    expect(seedIssues('lSO')[0]?.message['zh-CN']).toBe('随机种子第 1 个字符 U+006C “l”在大写字母中易被看成“I”');
    expect(seedIssues('4一2')[0]?.message['zh-CN']).toBe('随机种子第 2 个字符 U+4E00 “一”紧挨 ASCII 字符时易被看成“-”');
  });

  // Seeds that people and other systems write: a word with a number, a quarter, a grid square, a
  // version, a standard, a name and a date, Chinese counts. None has O, o, I or l standing for a
  // digit: where they occur, another letter shares their run (ISO, SO2, so).
  it.each([
    'seed42', 'draw2024', 'abc123', '2024 Q1', 'Q1', 'B2', 'v1', 'A1', 'ISO 9001', 'so', 'ISO', 'SO2',
    'Baicheng-2024-01', '2024年第一次抽查', '白城市2024年第1次', 'test-seed-1', '4-2-6-1-3-5', '2024-03-01',
  ])('an ordinary seed is accepted: %s', (seed) => {
    expect(seedIssues(seed)).toEqual([]);
  });

  it('at the head of a Chinese word after a space they read as Chinese: 2026-03-02 十万家, 2024 一季度, Q1 二批 are accepted', () => {
    // 十, 一 and 二 begin a word of Chinese characters: nobody reads 十万家 as "+万家".
    for (const seed of ['2026-03-02 十万家 4-0-7-7-1-9-3-3-8-2', '2024 一季度', 'Q1 二批', '白城 2024 十月']) {
      expect(drawSeedSchema.safeParse(seed).success, seed).toBe(true);
    }
    // Alone between spaces, or touching ASCII, they still read as ASCII.
    for (const seed of ['1 十 2', '2024 一 3', '4一2', '2024十']) expect(drawSeedSchema.safeParse(seed).success, seed).toBe(false);
  });

  it('the same characters elsewhere are fine: 一 and 〇 among Chinese characters, O I l o beside another letter', () => {
    for (const seed of ['2024年一月', '二〇二四', 'lottery', 'Oct 2024', 'Room 101', 'B4', 'x7', 'ISTAR', 'Plan O', 'O Plan', 'Phase I 2024', 'Oil-7', 'solo 2024']) {
      expect(seedIssues(seed), seed).toEqual([]);
    }
  });

  // Decided, not overlooked (docs/draw-algorithm.md, "What is left to the ceremony"): a digit
  // beside letters (v1, A1 and hexadecimal digests need it), S and Z (SO2, ISO), and I or l at
  // the start of a lower-case word (Inspection, lottery) are ordinary spellings.
  it('digits beside letters, S and Z, and I or l starting a word are accepted', () => {
    for (const seed of ['0ct', 'IS0 9001', '3f0a9c1e', '4-S-7', '4-Z-7', 'Inspection-2024', 'Iottery']) {
      expect(seedIssues(seed), seed).toEqual([]);
    }
  });

  it('positions count characters (code points), not UTF-16 units; the number of faults is given', () => {
    expectRefused('\u{20bb7}a\u200b', 'U+20BB7', 1, 'is not a seed character');
    expectRefused('白\u{1f3b2}\u200b', 'U+1F3B2', 2, 'is not a seed character');
    const [issue] = seedIssues('\u200b4-2\u200b6\u00a0');
    expect(issue?.message.en).toBe(
      'Character 1 of the seed, U+200B, is invisible (zero-width, soft hyphen…); 3 such characters in all',
    );
    expect(issue?.message['zh-CN']).toBe(
      '随机种子第 1 个字符 U+200B 是不可见字符（零宽字符、软连字符等）（共 3 处）',
    );
  });

  it('a blank seed is SEED_BLANK alone; a lone surrogate NOT_WELL_FORMED_UNICODE alone', () => {
    for (const seed of [' ', '\u3000\u3000', '\u200b', '\ufe0f', '\u034f\u3164', '\t\n']) expect(codes(seed)).toEqual(['SEED_BLANK']);
    expect(codes('a\ud800b')).toEqual(['NOT_WELL_FORMED_UNICODE']);
  });
});

describe('canonical equivalents are accepted and draw the same (the draw reads the seed in NFC)', () => {
  const draw = (seed: string): DrawRecord => drawInspections({ ...base, seed }).record;

  it.each([
    ['é composed and decomposed', 'café', 'cafe\u0301'],
    ['ǘ from u + diaeresis + acute', 'lǘ', 'lu\u0308\u0301'],
    ['ǎ from a + caron', 'hǎo', 'ha\u030co'],
    ['a CJK compatibility ideograph and its unified twin (canonical singleton)', '\u8c48', '\uf900'],
    ['the Kelvin sign and K (canonical singleton)', 'K-7', '\u212a-7'],
    ['the Greek question mark and the semicolon (canonical singleton)', '4;7', '4\u037e7'],
  ])('%s', (_, composed, other) => {
    expect(other).not.toBe(composed);
    expect(other.normalize('NFC')).toBe(composed);
    expect(seedIssues(other)).toEqual([]);
    expect(draw(other)).toEqual(draw(composed));
  });
});

/** Characters that show nothing, look like a space, or change under NFKC (compatibility). */
const invisibleOrAmbiguous: readonly string[] = (() => {
  const out: string[] = [];
  const add = (n: number): void => {
    const c = String.fromCodePoint(n);
    if (c === ' ' || (n >= 0xd800 && n <= 0xdfff)) return;
    if (SHOWS_NOTHING.test(c) || /[\p{Z}\p{Cf}\p{DI}]/u.test(c) || c.normalize('NFKD') !== c.normalize('NFD')) out.push(c);
  };
  for (let n = 0; n <= 0x2ffff; n++) add(n);
  for (let n = 0xe0000; n <= 0xe0fff; n++) add(n);
  // Look-alikes in other scripts and symbol blocks (Cyrillic, Greek, Latin extensions, dashes,
  // dots, slashes, quotes, radicals), none of them a compatibility character.
  out.push(...'аеорсухіјѕԁԛԝАВЕКМНОРСТХοανΑΒΕΖΗΙΚΜΝΟΡΤΥΧǀıɑɡʟօ‐‒–—―−⁃·・∕⁄∶ː‘’ʼˊˋ´⺀⺁⺄⺆⺈⺊⺌⺍⺎⺏⺐');
  return out;
})();

describe('grinding: an invisible or ambiguous character anywhere is refused, or changes nothing', () => {
  const small: DrawInput = { ...base, enterprises: plainEnterprises(12), inspectors: plainInspectors(4) };
  const drawOf = (seed: string) => {
    const r = drawInspections({ ...small, seed });
    return { selected: r.selected, assignments: r.assignments, reserves: r.reserves, seed: r.record.seed };
  };

  it(`the pool holds the classes of the issue (${invisibleOrAmbiguous.length} characters)`, () => {
    for (const c of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e', '\u00ad', '\n', '\t', '\u0007', '\u00a0', '\u3000', '４', 'Ａ', 'а']) {
      expect(invisibleOrAmbiguous).toContain(c);
    }
  });

  it('inserting one at any position of a canonical seed: SEED_NOT_CANONICAL, or the same draw', () => {
    fc.assert(
      fc.property(canonicalSeedArb, fc.nat(), fc.constantFrom(...invisibleOrAmbiguous), (seed, at, c) => {
        const chars = Array.from(seed);
        const i = at % (chars.length + 1);
        const tampered = [...chars.slice(0, i), c, ...chars.slice(i)].join('');
        const issues = issuesOf(() => drawInspections({ ...small, seed: tampered }));
        if (issues.length > 0) {
          expect(issues.map((x) => x.code)).toEqual(['SEED_NOT_CANONICAL']);
          expect(issues[0]?.message.en).toMatch(/^Character \d+ of the seed, U\+[0-9A-F]{4,6},/);
        } else {
          expect(drawOf(tampered)).toEqual(drawOf(seed));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an ASCII space at either end, or next to another, is refused', () => {
    fc.assert(
      fc.property(canonicalSeedArb, fc.constantFrom('start', 'end', 'double'), (seed, where) => {
        const tampered = where === 'start' ? ` ${seed}` : where === 'end' ? `${seed} ` : seed.includes(' ') ? seed.replace(' ', '  ') : ` ${seed}`;
        expect(codes(tampered)).toEqual(['SEED_NOT_CANONICAL']);
      }),
      { numRuns: 100 },
    );
  });

  // Look-alike substitutions: digits and letters by their full-width, mathematical and other-script
  // twins, separators by their Unicode cousins, pinyin letters by their decomposed spelling,
  // Chinese characters by compatibility ideographs and radicals.
  const twins = (c: string): string[] => {
    const out: string[] = [];
    const code = c.codePointAt(0) as number;
    if (code > 0x20 && code < 0x7f) out.push(String.fromCodePoint(code + 0xfee0)); // full width
    if (/[0-9]/.test(c)) out.push(String.fromCodePoint(0x1d7ce + Number(c)), String.fromCodePoint(0x0660 + Number(c)));
    const other: Record<string, string> = { a: 'а', e: 'е', c: 'с', p: 'р', x: 'х', y: 'у', A: 'Α', E: 'Ε', H: 'Η', K: 'К', M: 'М', T: 'Т', '-': '‐–—−', '/': '∕⁄', '.': '․', ':': '∶ː', ',': '‚' };
    out.push(...Array.from(other[c] ?? ''));
    if (c.normalize('NFD') !== c) out.push(c.normalize('NFD'));
    for (const [compat, unified] of compatIdeographs) if (unified === c) out.push(compat);
    return out;
  };
  const compatIdeographs: [string, string][] = [];
  for (let n = 0xf900; n <= 0xfaff; n++) {
    const c = String.fromCodePoint(n);
    if (c.normalize('NFC') !== c) compatIdeographs.push([c, c.normalize('NFC')]);
  }
  for (let n = 0x2f00; n <= 0x2fd5; n++) compatIdeographs.push([String.fromCodePoint(n), String.fromCodePoint(n).normalize('NFKC')]);
  // Their unified twins that a seed may hold after 年 (not those of Extension B, for instance).
  const twinned = [...new Set(compatIdeographs.map(([, u]) => u))].filter((u) => seedIssues(`2024年${u}`).length === 0);
  const seedWithTwins = fc.oneof(
    canonicalSeedArb,
    // Seeds holding Chinese characters that have compatibility twins.
    fc.array(fc.constantFrom(...twinned), { minLength: 1, maxLength: 4 }).map((a) => `2024年${a.join('')}`),
  );

  it('replacing a character by a look-alike: SEED_NOT_CANONICAL, or the same draw', () => {
    let same = 0;
    let refused = 0;
    fc.assert(
      fc.property(seedWithTwins, fc.nat(), fc.nat(), (seed, at, pick) => {
        const chars = Array.from(seed.normalize('NFC'));
        const i = at % chars.length;
        const options = twins(chars[i] as string);
        fc.pre(options.length > 0);
        const tampered = [...chars.slice(0, i), options[pick % options.length], ...chars.slice(i + 1)].join('');
        const issues = issuesOf(() => drawInspections({ ...small, seed: tampered }));
        if (issues.length > 0) {
          expect(issues.map((x) => x.code)).toEqual(['SEED_NOT_CANONICAL']);
          refused++;
        } else {
          expect(drawOf(tampered)).toEqual(drawOf(seed));
          same++;
        }
      }),
      { numRuns: 300 },
    );
    // Both outcomes occur: refusals, and canonical twins that draw alike.
    expect(refused).toBeGreaterThan(0);
    expect(same).toBeGreaterThan(0);
  });
});

describe('the letters O, o, I and l where they stand for digits (docs/draw-algorithm.md, "Canonical text")', () => {
  const separator = fc.constantFrom('-', ' ', '/', '.', ':', '_', ',', '#');
  // Chinese characters from U+4E90 on but 十: none shaped like ASCII.
  const han = fc.string({ unit: fc.integer({ min: 0x4e90, max: 0x9fff }).filter((n) => n !== 0x5341).map((n) => String.fromCodePoint(n)), minLength: 1, maxLength: 3 });
  const seedOf = (token: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc.tuple(token, fc.array(fc.tuple(separator, token), { maxLength: 5 })).map(([first, rest]) => first + rest.map(([sep, t]) => sep + t).join(''));
  // What the ceremony produces: dice, dates, Chinese counts. No letter anywhere.
  const letterless = seedOf(fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 6 }), han));
  const digitOf: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };

  it('in a seed with no other letter, an O, o, I or l put anywhere, in place of a character or added, is refused there', () => {
    fc.assert(
      fc.property(letterless, fc.nat(), fc.constantFrom('O', 'o', 'I', 'l'), fc.boolean(), (seed, at, c, replace) => {
        expect(seedIssues(seed)).toEqual([]);
        const chars = Array.from(seed);
        const i = at % (replace ? chars.length : chars.length + 1);
        const tampered = [...chars.slice(0, i), c, ...chars.slice(replace ? i + 1 : i)].join('');
        const issues = seedIssues(tampered);
        expect(issues.map((x) => x.code), tampered).toEqual(['SEED_NOT_CANONICAL']);
        expect(issues[0]?.message.en).toContain(`Character ${i + 1} of the seed, ${cp(c)}, "${c}" reads as "${digitOf[c] as string}"`);
      }),
      { numRuns: 300 },
    );
  });

  it('beside another letter in their run, O, o and I are accepted anywhere, and l too where a lower-case letter is', () => {
    const plain = fc.constantFrom(...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ');
    // A run holding a letter other than O o I l, with digits and O o I l around it (seed42, SO2, Q1).
    const run = fc
      .tuple(plain, fc.array(fc.constantFrom(...'0123456789OoIlsxQZ'), { maxLength: 8 }), fc.nat())
      .map(([letter, rest, at]) => {
        const others = letter === letter.toLowerCase() ? rest : rest.filter((c) => c !== 'l');
        const i = at % (others.length + 1);
        return [...others.slice(0, i), letter, ...others.slice(i)].join('');
      });
    fc.assert(
      fc.property(seedOf(fc.oneof(run, han)), (seed) => {
        expect(seedIssues(seed), seed).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('one class of invisible characters for seeds and inspector ids (docs/draw-algorithm.md, "Canonical text")', () => {
  it('every character that shows nothing is refused anywhere in a seed and at the end of an inspector id', () => {
    const shown = invisibleOrAmbiguous.filter((c) => SHOWS_NOTHING.test(c));
    expect(shown.length).toBeGreaterThan(100);
    for (const c of shown) {
      expect(codes(`4-2${c}6`)).toEqual(['SEED_NOT_CANONICAL']);
    }
    const inspectors = shown.slice(0, 40).map((c, k) => ({ id: `TB-${String(k).padStart(3, '0')}${c}`, credentialValidUntil: '2030-12-31' }));
    const issues = issuesOf(() => drawInspections({ ...base, inspectors }));
    expect(issues.filter((i) => i.code === 'ID_NOT_CANONICAL')).toHaveLength(inspectors.length);
  });
});

describe('verifyDraw refuses a record whose seed is not canonical', () => {
  const asOf = '2024-03-01';
  /** The record the engine makes for `seed`, schema bypassed: what an earlier version wrote. */
  const engineRecord = (seed: string): DrawRecord => {
    const parameters = canonicalParameters({ ratio: base.ratio, asOf } as never);
    const prepared = prepareDraw(seed.normalize('NFC'), asOf, parameters, base.enterprises as never, base.inspectors as never);
    return completeDraw(prepared, parameters).record;
  };
  const genuine = drawInspections(base).record;

  it('the harness makes the genuine record for the announced seed', () => {
    expect(engineRecord(base.seed)).toEqual(genuine);
    expect(verifyDraw(engineRecord(base.seed), base)).toEqual({ valid: true, differences: [] });
  });

  it('a zero-width space typed into the seed of a genuine record: SEED_NOT_CANONICAL at seed', () => {
    const v = verifyDraw({ ...genuine, seed: '4-2-6\u200b-1-3-5' }, base);
    expect(v.valid).toBe(false);
    expect(v.differences.map((d) => [d.field, d.actual])).toEqual([['seed', 'SEED_NOT_CANONICAL']]);
    expect((v.differences[0]?.expected as { en: string }).en).toContain('Character 6 of the seed, U+200B');
  });

  // The attack of the issue: an invisible character in each of six places, the record of each
  // variant made and digested consistently. Some variants draw differently (so the choice would
  // be a real one); none verifies, and drawInspections refuses them all.
  it('the six places of 4-2-6-1-3-5, each with U+200B or U+2060: every record refused', () => {
    const variants: string[] = [];
    for (const c of ['\u200b', '\u2060']) for (let i = 1; i <= 6; i++) variants.push(`${'4-2-6-1-3-5'.slice(0, 2 * i - 1)}${c}${'4-2-6-1-3-5'.slice(2 * i - 1)}`);
    const records = variants.map(engineRecord);
    expect(records.some((r) => JSON.stringify(r.result) !== JSON.stringify(genuine.result))).toBe(true);
    records.forEach((record) => {
      expect(record.digest).not.toBe(genuine.digest);
      const v = verifyDraw(record, base);
      expect(v.valid).toBe(false);
      expect(v.differences.map((d) => [d.field, d.actual])).toEqual([['seed', 'SEED_NOT_CANONICAL']]);
      expect(drawRecordSchema.safeParse(record).success).toBe(false);
    });
    for (const seed of variants) expect(issuesOf(() => drawInspections({ ...base, seed })).map((i) => i.code)).toEqual(['SEED_NOT_CANONICAL']);
  });

  it('a full-width digit, a no-break space, a Cyrillic letter: each refused in a record', () => {
    for (const seed of ['4-2-6-1-3-５', '4-2-6-1-3\u00a05', '4-2-6-1-3-5 а']) {
      expect(verifyDraw(engineRecord(seed), base).differences.map((d) => [d.field, d.actual])).toEqual([['seed', 'SEED_NOT_CANONICAL']]);
    }
  });
});

// The CJK ranges from the Unicode Character Database: Extension A is U+3400–U+4DBF, the URO
// U+4E00–U+9FFF; U+33FF (SQUARE GAL) and U+4DC0 (the first Yijing hexagram) lie just outside
// Extension A, U+A000 (the first Yi syllable) just after the URO.
describe('ideograph ranges at their ends', () => {
  it.each([
    ['U+3400, first of Extension A', '\u3400'],
    ['U+4DBF, last of Extension A', '\u4dbf'],
    ['U+4E00, first of the URO', '\u4e00'],
    ['U+9FFF, last of the URO', '\u9fff'],
  ])('%s is a seed character', (_, c) => {
    expect(/\p{Unified_Ideograph}/u.test(c)).toBe(true);
    expect(seedIssues(`2024年${c}`)).toEqual([]);
    expect(seedIssues(c)).toEqual([]);
  });

  it.each([
    ['U+4DC0, a hexagram after Extension A', '\u4dc0'],
    ['U+4DFF, the last hexagram, before the URO', '\u4dff'],
    ['U+A000, a Yi syllable after the URO', '\ua000'],
  ])('%s is not', (_, c) => {
    expect(/\p{Unified_Ideograph}/u.test(c)).toBe(false);
    expectRefused(`2024年${c}`, cp(c), 6, 'is not a seed character');
  });

  it('U+33FF before Extension A is a compatibility character ("gal" after NFKC)', () => {
    expect('\u33ff'.normalize('NFKC')).toBe('gal');
    expectRefused('2024年\u33ff', 'U+33FF', 6, 'is a compatibility character, "gal" after NFKC');
  });

  // The twelve code points of the CJK Compatibility Ideographs block that are unified ideographs
  // (no decomposition; Unified_Ideograph=Yes), as listed in the rule.
  it.each(['\ufa0e', '\ufa0f', '\ufa11', '\ufa13', '\ufa14', '\ufa1f', '\ufa21', '\ufa23', '\ufa24', '\ufa27', '\ufa28', '\ufa29'])(
    'the unified ideograph %s among the compatibility ideographs is a seed character',
    (c) => {
      expect(/\p{Unified_Ideograph}/u.test(c)).toBe(true);
      expect(c.normalize('NFKC')).toBe(c);
      expect(seedIssues(`白城${c}2024`)).toEqual([]);
    },
  );
});

// A lone surrogate is NOT_WELL_FORMED_UNICODE; SEED_NOT_CANONICAL speaks only of the other
// characters, counted by their positions in the seed as given.
describe('lone surrogates', () => {
  it.each([
    ['U+D800', '\ud800'],
    ['U+DBFF', '\udbff'],
    ['U+DC00', '\udc00'],
    ['U+DFFF', '\udfff'],
  ])('%s alone between digits: NOT_WELL_FORMED_UNICODE and nothing else', (_, s) => {
    expect(codes(`4${s}2`)).toEqual(['NOT_WELL_FORMED_UNICODE']);
  });

  it('a combining mark after a lone surrogate joins no letter: the mark is named too', () => {
    // NFC does not compose a + U+0301 across the surrogate between them.
    expect('a\ud800\u0301'.normalize('NFC')).toBe('a\ud800\u0301');
    const issues = seedIssues('a\ud800\u0301');
    expect(issues.map((i) => i.code)).toEqual(['NOT_WELL_FORMED_UNICODE', 'SEED_NOT_CANONICAL']);
    expect(issues[1]?.message.en).toBe('Character 3 of the seed, U+0301, is a combining mark that makes no pinyin letter');
  });

  it('after a lone surrogate, a space that is character 2 is not at an end, and 十 with Chinese past its spaces reads as Chinese', () => {
    expect(codes('\udc00 十 白')).toEqual(['NOT_WELL_FORMED_UNICODE']);
  });
});

// 一 丨 丿 丶 亅 〇 二 十 are refused touching ASCII text, or alone between spaces with ASCII text
// past a space (docs/draw-algorithm.md, "Canonical text"); among Chinese characters they read as
// Chinese. The ends of the seed are neither ASCII nor Chinese. Positions counted by hand.
describe('where an ideograph shaped like ASCII stands beside spaces and the ends of the seed', () => {
  it('alone between spaces with Chinese characters past them: accepted (白 十 城)', () => {
    expect(seedIssues('白 十 城')).toEqual([]);
  });

  it('alone at the end after a space, Chinese before it: accepted (白城 十)', () => {
    expect(seedIssues('白城 十')).toEqual([]);
  });

  it('at the end of a Chinese word before a space and digits: accepted (白城市 第二 4-2-6-1-3-5)', () => {
    expect(seedIssues('白城市 第二 4-2-6-1-3-5')).toEqual([]);
  });

  it('at the start, with digits past the space: refused (十 2 reads as + 2)', () => {
    expectRefused('十 2', 'U+5341', 1, '"十" reads as "+" next to ASCII characters');
  });

  it('at the end, with digits before the space: refused (2024 十 reads as 2024 +)', () => {
    expectRefused('2024 十', 'U+5341', 6, '"十" reads as "+" next to ASCII characters');
  });

  it('touching digits before it, a Chinese character after it: refused (2024一季度)', () => {
    expectRefused('2024一季度', 'U+4E00', 5, '"一" reads as "-" next to ASCII characters');
  });

  it('a Chinese character before it, touching digits after it: refused (白城一2024)', () => {
    expectRefused('白城一2024', 'U+4E00', 3, '"一" reads as "-" next to ASCII characters');
  });
});

describe('the character named is the earliest at fault, whatever kind of look-alike it is', () => {
  it('一 at 2 touching digits comes before the O at 6 among digits (4一2-2O24); both are counted', () => {
    const [issue] = seedIssues('4一2-2O24');
    expect(issue?.message.en).toBe('Character 2 of the seed, U+4E00, "一" reads as "-" next to ASCII characters; 2 such characters in all');
  });
});

// The runs of letters and digits are read only in a seed of seed characters: a character outside
// the alphabet is named alone, since replacing it changes the runs (Oa7 with a Latin a is a word).
describe('look-alike letters are judged once every character is a seed character', () => {
  it('in Oа7 with a Cyrillic а, the а is named, not the O', () => {
    expect(seedIssues('Oa7')).toEqual([]);
    const [issue] = seedIssues('O\u04307');
    expect(issue?.message.en).toBe(
      'Character 2 of the seed, U+0430, "\u0430" is not a seed character (ASCII letters, digits, separators; Chinese characters; pinyin letters)',
    );
  });
});

// seed.ts: "A lower-case l whose run has capitals and no other lower-case letter reads as I". A run
// of l alone beside a word is the l/I choice at the start of a word left to the ceremony
// (docs/draw-algorithm.md, "What is left to the ceremony"), like Phase I 2024.
describe('a lower-case l reads as I only in a run with capitals', () => {
  it('Phase l 2024 is accepted; lSO is refused', () => {
    expect(seedIssues('Phase l 2024')).toEqual([]);
    expectRefused('lSO', 'U+006C', 1, '"l" reads as "I" among capitals');
  });
});

describe('a pinyin letter typed as a letter and a combining mark is read as the letter it makes', () => {
  it('o + U+0301 among digits is ó, a letter of its own, not the o that reads as 0 (2ó24)', () => {
    expect('2o\u030124'.normalize('NFC')).toBe('2\u00f324');
    expect(seedIssues('2o\u030124')).toEqual([]);
    expect(seedIssues('2\u00f324')).toEqual([]);
    expectRefused('2o24', 'U+006F', 2, '"o" reads as "0" among digits');
    const draw = (seed: string) => drawInspections({ ...base, seed }).record;
    expect(draw('2o\u030124')).toEqual(draw('2\u00f324'));
  });
});

// The fault's type has looksLike optional under exactOptionalPropertyTypes: absent, not undefined.
describe('a fault names what the character reads as only where it reads as something', () => {
  it('an invisible or outside character has no looksLike; a compatibility character has its NFKC form', () => {
    expect(seedFault('4-2\u200b6')).toStrictEqual({ position: 4, character: '\u200b', kind: 'invisible', count: 1 });
    expect(seedFault('4-2\u0430')).toStrictEqual({ position: 4, character: '\u0430', kind: 'outside', count: 1 });
    expect(seedFault('3-\uff14')).toStrictEqual({ position: 3, character: '\uff14', kind: 'compatibility', looksLike: '4', count: 1 });
  });
});
