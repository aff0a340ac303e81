import { describe, expect, it } from 'vitest';
import {
  BAICHENG_CITY,
  BAICHENG_COUNTIES,
  USCC_ALPHABET,
  USCC_WEIGHTS,
  bilingualIssues,
  countyByCode,
  countyCodeSchema,
  creditCodeCheckCharacter,
  LICENSE_PROVINCE_PREFIXES,
  isValidOrganizationCode,
  issueCode,
  licenseNumberSchema,
  normalizeLicenseNumber,
  localizeIssue,
  normalizeCreditCode,
  parseLicenseNumber,
  unifiedSocialCreditCodeSchema,
  RuleInputError,
} from '../../src/index.js';

// Every vector of ../shared/FACTS.md, "统一社会信用代码".
const VALID = [
  '91310110666007217T',
  '91310115591693856A',
  '91350100M000100Y43',
  '91350200MA2YJ1XR9G',
  '91440101MA5CJQ4N59',
  '9135021359498494XQ',
  '91350213678251743X',
  '123502001549897397',
];

function codeOf(value: string): string | undefined {
  const r = unifiedSocialCreditCodeSchema.safeParse(value);
  return r.success ? undefined : issueCode(r.error.issues[0]!);
}

describe('unified social credit code (GB 32100-2015, vectors from FACTS.md)', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(unifiedSocialCreditCodeSchema.safeParse(code).success).toBe(true);
    expect(isValidOrganizationCode(code.slice(8, 17))).toBe(true);
  });
  it('rejects 91350203M0001QAY9B: the check character should be 9', () => {
    expect(codeOf('91350203M0001QAY9B')).toBe('USCC_CHECK_CHARACTER');
    expect(creditCodeCheckCharacter('91350203M0001QAY9')).toBe('9');
    const r = unifiedSocialCreditCodeSchema.safeParse('91350203M0001QAY9B');
    expect(r.error!.issues[0]!.message).toBe('统一社会信用代码校验码错误：应为 9，实为 B');
    expect(localizeIssue(r.error!.issues[0]!, 'en')).toBe('Wrong check character: expected 9, got B');
    expect(unifiedSocialCreditCodeSchema.safeParse('91350203M0001QAY99').success).toBe(true);
  });
  it('uses 31 characters without I, O, S, V, Z and weights 3^i mod 31', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const c of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(c);
    expect(USCC_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });
  it('every single-character change of a valid code is caught', () => {
    // The weights are non-zero mod the prime 31, so changing one of positions 1–17 changes the sum.
    const code = VALID[0]!;
    for (let pos = 0; pos < 18; pos++) {
      for (const c of USCC_ALPHABET) {
        if (c === code[pos]) continue;
        const changed = code.slice(0, pos) + c + code.slice(pos + 1);
        expect(unifiedSocialCreditCodeSchema.safeParse(changed).success).toBe(false);
      }
    }
  });
  it('maps a computed 31 to check character 0 (123502001549897397 ends in 7; 91… codes cover others)', () => {
    // Hand check for the all-zero body: sum 0 → 31 − 0 = 31 → 0.
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });
  it('tells length, alphabet and case problems apart', () => {
    expect(codeOf('9131011066600721')).toBe('USCC_LENGTH');
    expect(codeOf('91310110666007217TT')).toBe('USCC_LENGTH');
    expect(codeOf('91310110666OO7217T')).toBe('USCC_CHARACTER');
    expect(codeOf('91350200ma2yj1xr9g')).toBe('USCC_NOT_CANONICAL');
    expect(codeOf('9131 0110 6660 0721 7T')).toBe('USCC_NOT_CANONICAL');
    expect(codeOf('')).toBe('USCC_LENGTH');
  });
  it('normalizeCreditCode removes spaces (also full-width) and upper-cases; the result then passes', () => {
    expect(normalizeCreditCode(' 9135 0200ma2yj1xr9g\u3000')).toBe('91350200MA2YJ1XR9G');
    expect(unifiedSocialCreditCodeSchema.safeParse(normalizeCreditCode('91350200ma2yj1xr9g')).success).toBe(true);
  });
  it('rejects non-strings with zod’s invalid_type', () => {
    expect(codeOf(123 as never)).toBe('invalid_type');
  });
  it('checks organisation codes (GB 11714)', () => {
    expect(isValidOrganizationCode('M0001QAY8')).toBe(false);
    expect(isValidOrganizationCode('59498494X')).toBe(true);
    expect(isValidOrganizationCode('short')).toBe(false);
  });
});

describe('production license number (FACTS.md)', () => {
  it.each(['XK16-204-00397', '粤XK16-204-00397', '皖XK16-205-00020', '吉XK16-204-00001', 'XK13-001-00001'])('accepts %s', (n) => {
    expect(licenseNumberSchema.safeParse(n).success).toBe(true);
  });
  it.each(['XK16-2040-0397', 'xk16-204-00397', 'XK16204-00397', '吉林XK16-204-00397', 'AXK16-204-00397', 'XK16-204-00397 ', ''])(
    'rejects %j with LICENSE_NUMBER_FORMAT',
    (n) => {
      const r = licenseNumberSchema.safeParse(n);
      expect(r.success).toBe(false);
      expect(issueCode(r.error!.issues[0]!)).toBe('LICENSE_NUMBER_FORMAT');
    },
  );
  it('splits a number into province, industry, product and serial', () => {
    expect(parseLicenseNumber('吉XK16-204-00397')).toEqual({ province: '吉', industry: '16', product: '204', serial: '00397' });
    expect(parseLicenseNumber('XK16-205-00020')).toEqual({ province: undefined, industry: '16', product: '205', serial: '00020' });
    expect(parseLicenseNumber('nope')).toBeUndefined();
    expect(parseLicenseNumber('中XK16-204-00397')).toBeUndefined();
  });
  // FACTS.md: "the province's one-character abbreviation in front". The 31 mainland
  // provincial-level divisions' abbreviations, written out by hand, with the five second ones.
  const PROVINCES = [
    ['北京', '京'], ['天津', '津'], ['上海', '沪'], ['重庆', '渝'], ['河北', '冀'], ['山西', '晋'],
    ['内蒙古', '蒙'], ['辽宁', '辽'], ['吉林', '吉'], ['黑龙江', '黑'], ['江苏', '苏'], ['浙江', '浙'],
    ['安徽', '皖'], ['福建', '闽'], ['江西', '赣'], ['山东', '鲁'], ['河南', '豫'], ['湖北', '鄂'],
    ['湖南', '湘'], ['广东', '粤'], ['广西', '桂'], ['海南', '琼'], ['四川', '川'], ['四川', '蜀'],
    ['贵州', '贵'], ['贵州', '黔'], ['云南', '云'], ['云南', '滇'], ['西藏', '藏'], ['陕西', '陕'],
    ['陕西', '秦'], ['甘肃', '甘'], ['甘肃', '陇'], ['青海', '青'], ['宁夏', '宁'], ['新疆', '新'],
  ] as const;
  it('accepts each province abbreviation (31 divisions, 36 characters) and nothing else', () => {
    expect(new Set(PROVINCES.map(([name]) => name)).size).toBe(31);
    expect([...LICENSE_PROVINCE_PREFIXES].sort()).toEqual(PROVINCES.map(([, a]) => a).sort());
    for (const [, a] of PROVINCES) expect(licenseNumberSchema.safeParse(`${a}XK16-204-00397`).success).toBe(true);
  });
  it.each(['中', '国', '白', '港', '台', '〇', '𠀀'])('rejects the prefix %s with LICENSE_NUMBER_PROVINCE, naming it', (p) => {
    const issues = bilingualIssues(licenseNumberSchema, `${p}XK16-204-00397`);
    expect(issues.map((i) => i.code)).toEqual(['LICENSE_NUMBER_PROVINCE']);
    expect(issues[0]!.message['zh-CN']).toBe(`生产许可证编号前缀“${p}”不是省级行政区简称`);
    expect(issues[0]!.message.en).toContain(`"${p}"`);
  });
  it('normalizes form input: full-width, dashes, spaces, zero-width, lower case', () => {
    expect(normalizeLicenseNumber(' 吉xk16－204－00397 ')).toBe('吉XK16-204-00397');
    expect(normalizeLicenseNumber('ＸＫ１６—２０４–００３９７')).toBe('XK16-204-00397');
    expect(normalizeLicenseNumber('XK16\u2212204\u2010\u200b00397\ufeff')).toBe('XK16-204-00397');
    expect(normalizeLicenseNumber('XK16-204-00397')).toBe('XK16-204-00397');
    expect(() => normalizeLicenseNumber(42 as unknown as string)).toThrow(/input/);
  });
  it('normalizeCreditCode removes zero-width characters copy-paste brings along', () => {
    expect(normalizeCreditCode('\u200b91350100M000100Y43\u200d\u2060\ufeff')).toBe('91350100M000100Y43');
  });
});

describe('Baicheng divisions (GB/T 2260, FACTS.md)', () => {
  it('has the five county-level units and the city code', () => {
    expect(BAICHENG_COUNTIES.map((c) => `${c.code} ${c.zh}`)).toEqual([
      '220802 洮北区',
      '220821 镇赉县',
      '220822 通榆县',
      '220881 洮南市',
      '220882 大安市',
    ]);
    expect(BAICHENG_CITY.code).toBe('220800');
  });
  it('rejects 220871 (statistics-only code) and the city code as a county', () => {
    expect(countyCodeSchema.safeParse('220871').success).toBe(false);
    expect(countyCodeSchema.safeParse('220800').success).toBe(false);
    expect(countyCodeSchema.safeParse('220882').success).toBe(true);
    expect(countyByCode('220881')?.zh).toBe('洮南市');
    expect(countyByCode('220871')).toBeUndefined();
  });
});

// FACTS.md: 91350100M000100Y43 is a valid code. The same code typed with a Chinese input method in
// full-width characters (U+FF10–U+FF5A, U+3000) is the same code.
describe('full-width input of a credit code', () => {
  const fullWidth = '９１３５０１００Ｍ０００１００Ｙ４３';

  it('normalizeCreditCode makes it half-width', () => {
    expect(normalizeCreditCode(fullWidth)).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('９１３５０１００ｍ０００１００ｙ４３\u3000')).toBe('91350100M000100Y43');
  });

  it('the schema says to write it half-width (USCC_NOT_CANONICAL), showing the canonical form', () => {
    const issues = bilingualIssues(unifiedSocialCreditCodeSchema, fullWidth);
    expect(issues.map((i) => i.code)).toEqual(['USCC_NOT_CANONICAL']);
    expect(issues[0]?.message['zh-CN']).toContain('半角');
    expect(issues[0]?.message['zh-CN']).toContain('91350100M000100Y43');
  });

  // GB 32100 never uses I, O, S, V, Z (FACTS.md): upper-casing 'o' gives no valid code, so no
  // canonical form is suggested, and what else is wrong is reported on the upper-cased form.
  it('lower case that upper-cases to an invalid code: no suggestion, and the other problem too', () => {
    const issues = bilingualIssues(unifiedSocialCreditCodeSchema, '91350100o000100y43');
    expect(issues.map((i) => i.code)).toEqual(['USCC_NOT_CANONICAL', 'USCC_CHARACTER']);
    expect(issues[0]?.message['zh-CN']).toBe('统一社会信用代码应使用半角大写字母和数字且不含空格');
    expect(issues[1]?.message['zh-CN']).toContain('“O”');
    // The FACTS.md invalid example in lower case: a wrong check character (should be 9).
    expect(bilingualIssues(unifiedSocialCreditCodeSchema, '91350203m0001qay9b').map((i) => i.code)).toEqual(['USCC_NOT_CANONICAL', 'USCC_CHECK_CHARACTER']);
  });

  // A zero-width space pasted after a code is invisible: the code is written otherwise, not
  // 19 characters long.
  it('a code with a zero-width space or word joiner: USCC_NOT_CANONICAL, showing the canonical form', () => {
    for (const typed of ['91350100M000100Y43\u200b', '\u206091350100M000100Y43']) {
      const issues = bilingualIssues(unifiedSocialCreditCodeSchema, typed);
      expect(issues.map((i) => i.code)).toEqual(['USCC_NOT_CANONICAL']);
      expect(issues[0]?.message['zh-CN']).toContain('91350100M000100Y43');
    }
  });

  it('a full-width character that is not a letter or digit is still USCC_CHARACTER', () => {
    expect(bilingualIssues(unifiedSocialCreditCodeSchema, '91350100M000100Y4＃').map((i) => i.code)).toEqual(['USCC_CHARACTER']);
  });
});

// The guards of creditCodeCheckCharacter, normalizeCreditCode, isValidOrganizationCode and
// parseLicenseNumber, which issue a code that normalising cannot fix gets, and how much of a bad
// value a message quotes. Check characters are computed by hand in the comments (GB 32100-2015
// as in /work/shared/FACTS.md; GB 11714-1997 for the organisation code: weights 3 7 9 10 5 8 4 2,
// check = 11 − (Σ mod 11), 10 → X, 11 → 0, digits count as themselves and letters A–Z as
// 10–35).
function firstIssue(schema: typeof unifiedSocialCreditCodeSchema | typeof licenseNumberSchema, value: string) {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  const issue = r.error!.issues[0]!;
  return { code: issueCode(issue), zh: localizeIssue(issue, 'zh-CN'), en: localizeIssue(issue, 'en') };
}

describe('creditCodeCheckCharacter: undefined unless given 17 characters of the alphabet (its doc comment)', () => {
  it('the first 17 characters of a FACTS.md vector give its 18th (91350100M000100Y43 → 3)', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('16 or 18 characters give undefined, not a character for a padded or cut body', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y')).toBeUndefined();
    expect(creditCodeCheckCharacter('91350100M000100Y43')).toBeUndefined();
    expect(creditCodeCheckCharacter('')).toBeUndefined();
  });

  it('17 things that are not a string (an array of the 17 characters) give undefined, never a TypeError', () => {
    expect(creditCodeCheckCharacter([...'91350100M000100Y4'] as never)).toBeUndefined();
    expect(creditCodeCheckCharacter({ length: 17 } as never)).toBeUndefined();
  });

  it('a character outside the 31-character alphabet (O, I, lower case) gives undefined', () => {
    // FACTS.md: the alphabet has no I, O, S, V, Z; lower-case letters are not in it either.
    expect(creditCodeCheckCharacter('91350100MO00100Y4')).toBeUndefined();
    expect(creditCodeCheckCharacter('9135010IM000100Y4')).toBeUndefined();
    expect(creditCodeCheckCharacter('91350100m000100Y4')).toBeUndefined();
  });
});

describe('normalizeCreditCode with a non-string', () => {
  it('throws RuleInputError (INVALID_ARGUMENT at "input") whose messages name what was expected', () => {
    // README "Errors": functions throw only the library's own errors.
    for (const input of [42, null, undefined, ['9135']]) {
      let caught: unknown;
      try {
        normalizeCreditCode(input as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RuleInputError);
      const issue = (caught as RuleInputError).issues[0]!;
      expect(issue).toMatchObject({ path: ['input'], code: 'INVALID_ARGUMENT' });
      expect(issue.message['zh-CN']).not.toContain('undefined');
      expect(issue.message.en).not.toContain('undefined');
    }
  });
});

describe('USCC_NOT_CANONICAL only for what normalising would fix (README "Identifiers")', () => {
  it('lower case plus a hyphen: normalising cannot remove the hyphen, so the issue is the character', () => {
    // 18 characters; '-' is not in the GB 32100 alphabet and is not white space.
    expect(firstIssue(unifiedSocialCreditCodeSchema, '9131011066600721-t').code).toBe('USCC_CHARACTER');
  });

  it('lower case but one character short: normalising cannot fix the length, so the issue is the length', () => {
    // 17 characters once upper-cased and stripped of spaces.
    expect(firstIssue(unifiedSocialCreditCodeSchema, '91350200ma2yj1xr9').code).toBe('USCC_LENGTH');
    expect(firstIssue(unifiedSocialCreditCodeSchema, '9135 0200 ma2y j1xr 9').code).toBe('USCC_LENGTH');
    // Control: the same code with all 18 characters is a case problem (FACTS.md vector 91350200MA2YJ1XR9G).
    expect(firstIssue(unifiedSocialCreditCodeSchema, '91350200ma2yj1xr9g').code).toBe('USCC_NOT_CANONICAL');
  });

  it('the USCC_CHARACTER message quotes an 18-character code whole (docs/performance.md: up to 40 are quoted)', () => {
    const code = '91310110666OO7217T';
    const issue = firstIssue(unifiedSocialCreditCodeSchema, code);
    expect(issue.code).toBe('USCC_CHARACTER');
    for (const text of [issue.zh, issue.en]) {
      expect(text).toContain(code);
      // Nothing was cut, so nothing is marked as cut.
      expect(text).not.toContain('…');
    }
  });
});

describe('isValidOrganizationCode (GB 11714-1997, hand-computed check characters)', () => {
  it('accepts M000100Y4, positions 9–17 of the FACTS.md vector 91350100M000100Y43', () => {
    // M=22, Y=34: 22×3 + 0×7 + 0×9 + 0×10 + 1×5 + 0×8 + 0×4 + 34×2 = 66 + 5 + 68 = 139;
    // 139 mod 11 = 7; 11 − 7 = 4 → '4'.
    expect(isValidOrganizationCode('M000100Y4')).toBe(true);
  });

  it('accepts 100001000: a sum ≡ 0 (mod 11) gives 11, written 0', () => {
    // 1×3 + 0×7 + 0×9 + 0×10 + 0×5 + 1×8 + 0×4 + 0×2 = 11; 11 mod 11 = 0; 11 − 0 = 11 → '0'.
    expect(isValidOrganizationCode('100001000')).toBe(true);
    // 00000000: Σ = 0 → 11 → '0' as well.
    expect(isValidOrganizationCode('000000000')).toBe(true);
    expect(isValidOrganizationCode('100001001')).toBe(false);
  });

  it('rejects a correct 9-character code with a tenth character after it (a code has 9 characters)', () => {
    // The first nine, M000100Y4, are valid (above); a tenth makes it no organisation code at all.
    expect(isValidOrganizationCode('M000100Y40')).toBe(false);
    expect(isValidOrganizationCode('M000100Y4X')).toBe(false);
    // ... and with a character in front, the last nine (000100Y40) are not what is checked either.
    expect(isValidOrganizationCode('0M000100Y4')).toBe(false);
  });

  it('rejects non-strings whose text would be a valid code, without a TypeError', () => {
    // String(['M000100Y4']) and String(100001000) are the valid codes above.
    expect(isValidOrganizationCode(['M000100Y4'] as never)).toBe(false);
    expect(isValidOrganizationCode(100001000 as never)).toBe(false);
  });
});

describe('licence numbers: how much of a bad value is quoted (docs/performance.md: at most 40 characters)', () => {
  it('a 50-character value: its first 40 characters are quoted, not the 41st', () => {
    const value = '1234567890'.repeat(5);
    const issue = firstIssue(licenseNumberSchema, value);
    expect(issue.code).toBe('LICENSE_NUMBER_FORMAT');
    for (const text of [issue.zh, issue.en]) {
      expect(text).toContain(value.slice(0, 40));
      expect(text).not.toContain(value.slice(0, 41));
    }
  });

  it('a value of exactly 40 characters, and a short one, are quoted whole with no cut mark', () => {
    for (const value of ['1234567890'.repeat(4), 'XK16-2040-0397']) {
      const issue = firstIssue(licenseNumberSchema, value);
      expect(issue.code).toBe('LICENSE_NUMBER_FORMAT');
      for (const text of [issue.zh, issue.en]) {
        expect(text).toContain(value);
        expect(text).not.toContain('…');
      }
    }
  });
});

describe('parseLicenseNumber with a non-string', () => {
  it('returns undefined even when the value would read as a well-formed number', () => {
    // Only strings are licence numbers (its signature); String(['XK16-204-00397']) is well formed.
    expect(parseLicenseNumber(['XK16-204-00397'] as never)).toBeUndefined();
    expect(parseLicenseNumber({ toString: () => '吉XK16-204-00397' } as never)).toBeUndefined();
    // Control: the string itself is parsed (FACTS.md format).
    expect(parseLicenseNumber('吉XK16-204-00397')?.serial).toBe('00397');
  });
});
