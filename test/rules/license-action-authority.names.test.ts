// Reading authority names for Article 14 in time linear in their length (issue 15 §3). The
// reading is a fixed number of passes over the name; `steps` counts the characters they look at.
// Two kinds of test: (1) the reading agrees with the regular-expression reading it replaced
// (kept here as the oracle, run on short names where its cost does not matter), so that every
// name the Article 14 tests pin is read as before; (2) on names up to LIMITS.textMaxLength built to
// defeat a backtracking or recursive reading, the count of characters looked at stays within a
// fixed multiple of the length, and licenseActionAuthority answers as hand-derived below.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, licenseActionAuthority } from '../../src/index.js';
import { PROVINCE_NAMES, STEPS_CONSTANT, STEPS_PER_CHARACTER, fullName, readAuthorityName } from '../../src/rules/support/authority-name.js';
import { BAICHENG_CITY, BAICHENG_COUNTIES } from '../../src/identifiers/divisions.js';
import { typedKey } from '../../src/text-key.js';

// ---- The oracle: the reading as it was written with regular expressions and recursion. ----
const provinceOf = (name: string): { province: string; rest: string } | undefined => {
  const key = typedKey(name);
  for (const province of Object.values(PROVINCE_NAMES)) {
    for (const full of [fullName(province), province + '自治区']) if (key.startsWith(full)) return { province, rest: key.slice(full.length) };
  }
  return undefined;
};
const ownName = (name: string) => {
  const key = typedKey(name).replace(/\([^)]*\)/gu, '');
  const [, body = key, office = ''] = /^(.*?(?:厅|局|署|委员会))(.+)$/u.exec(key) ?? [];
  return { body, office };
};
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
const provinceIn = (name: string) =>
  provinceOf(name)?.province ?? ([BAICHENG_CITY, ...BAICHENG_COUNTIES].some((u) => typedKey(name).startsWith(u.zh)) ? '吉林' : undefined);
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
const government = (name: string): boolean => {
  const { body } = ownName(name);
  return (
    body === '国务院' ||
    body === '中华人民共和国国务院' ||
    body.endsWith('人民政府') ||
    /^(?:the)?statecouncil(?:ofthepeoplesrepublicofchina)?$|peoplesgovernment$/u.test(body.toLowerCase().replace(/['’]/gu, ''))
  );
};

// Pieces that matter to the reading, so that random names hit its cases often.
const PIECES = [
  '吉林省', '北京市', '广西壮族自治区', '广西自治区', '吉林', '白城市', '洮南市', '洮北区', '某县', '吉林市', '延边朝鲜族自治州', '锡林郭勒盟', '某旗',
  '市', '市场', '县', '区', '盟', '旗', '自治州', '国家', '国务院', '中华人民共和国', '人民政府', '厅', '局', '署', '委员会', '委',
  '分局', '监管局', '市场监督管理', '质量技术监督', '质监', '质检', '处', '司', '科', '室', '中心', '(', ')', '（', '）', ' ', '\u200b', 'x',
  'State Council', 'the', "People's Government", 'market regulation', 'Bureau', 'institute', 'SAMR', 'aqsiq',
];
const names = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('authority names: the linear reading agrees with the regular-expression reading it replaced', () => {
  it('own name, office, level, province, license line and government, on random names of the pieces that matter', () => {
    fc.assert(
      fc.property(names, (name) => {
        const read = readAuthorityName(name);
        const { body, office } = ownName(name);
        expect({ body: read.body, office: read.office, level: read.level, province: read.province, licensingLine: read.licensingLine, government: read.government }).toEqual({
          body,
          office,
          level: levelOfName(name),
          province: provinceIn(name),
          licensingLine: licensingLine(name),
          government: government(name),
        });
      }),
      { numRuns: 3000, seed: 20240702 },
    );
  });

  it('the names the Article 14 tests read, read alike', () => {
    for (const name of [
      '吉林省市场监督管理厅（知识产权局）', '吉林省市场监督管理厅行政审批处', '吉林省市场监督管理厅白城市分局', '北京市工商行政管理局海淀分局',
      '吉林省市场监督管理厅长春监管局', '国家税务总局白城市税务局', '吉林省市场监督管理厅分局工作指导处', '吉林省国家税务局', '贵州市场监督管理局',
      '中华人民共和国国务院（中央人民政府）', '国务院办公厅', '吉林省人民政府办公厅', '延边朝鲜族自治州市场监督管理局', '新疆生产建设兵团第八师石河子市市场监督管理局',
      '吉林省公安厅（吉林省市场监督管理厅）', 'Jilin Provincial Administration for Market Regulation', "Jilin Provincial People's Government Office",
    ]) {
      const read = readAuthorityName(name);
      expect([read.level, read.licensingLine, read.government, read.province], name).toEqual([levelOfName(name), licensingLine(name), government(name), provinceIn(name)]);
    }
  });
});

// Names of LIMITS.textMaxLength characters built to make a backtracking or recursive reading
// slow: an unclosed bracket before every 局 (each `(` once sent a search to the end of the name),
// or a 局 in every few characters (each once started a new reading of the rest).
const MAX = LIMITS.textMaxLength;
const ADVERSARIAL = ['（局', '局(', '(局', '局x(', '委员会(', '局', '(', '市', '自治州', '吉林省', '局分局', '(局)'];
const repeat = (piece: string, length: number) => piece.repeat(Math.floor(length / piece.length));

describe('authority names are read in time linear in their length (an operation count, not a clock)', () => {
  it.each(ADVERSARIAL)('%j repeated: at most STEPS_PER_CHARACTER characters looked at per character, at every length', (piece) => {
    for (const length of [MAX / 8, MAX / 4, MAX / 2, MAX]) {
      const name = repeat(piece, length);
      const { key, steps } = readAuthorityName(name);
      expect(steps).toBeLessThanOrEqual(STEPS_PER_CHARACTER * key.length + STEPS_CONSTANT);
      // The count is of the passes' positions: every pass looks at every character at least once.
      expect(steps).toBeGreaterThanOrEqual(4 * key.length);
    }
    // Doubling the name at most doubles the count, plus the constant: no quadratic term (the
    // former reading looked at about a million characters for 1 000 unclosed brackets).
    const half = readAuthorityName(repeat(piece, MAX / 2)).steps;
    const full = readAuthorityName(repeat(piece, MAX)).steps;
    expect(full).toBeLessThanOrEqual(2 * half + 2 * STEPS_CONSTANT + STEPS_PER_CHARACTER * piece.length);
  });

  // The count pinned for short names, pass by pass as STEPS_PER_CHARACTER's comment lists them
  // (n = the key's length): the key 2n; the brackets n for the last `)`, then one per position
  // until the one after it, plus one per position skipped inside a bracket; the ends one per
  // position, 委员会 one; each part one, plus one for its province and one per position its place
  // reading looks at; the own name's province one, and its places' readings; the key's province
  // one; the license line and the government 8 per character of the own name, 1 per character of
  // the office.
  it.each([
    // 白城市市场监督管理局 (n = 10, no end before its last character, one part): 20 + (10 + 1) + 10
    // + part (1 + 1 + 3: 白城市) + own province 1 + places (3: 白城市, then 1: 市 of 市场 ends none)
    // + key province 1 + 8 × 10 = 132.
    ['白城市市场监督管理局', 132],
    // 委员会)x (n = 5, the `)` stands alone, no bracket): 10 + (5 + 5: returns at x) + 3 (委员会 one,
    // then ")", "x") + part ")x" (1 + 1 + 2) + part 委员会 (1 + 1 + 3) + own province 1 + places 3
    // + key province 1 + 8 × 3 + 2 = 63.
    ['委员会)x', 63],
    // (局) (n = 3, all of it a bracket): 6 + (3 + 1 + 2 skipped) + one empty part (1 + 1) + own
    // province 1 + key province 1 = 16.
    ['(局)', 16],
  ] as const)('%j: the positions looked at, counted by hand pass by pass (%d)', (name, steps) => {
    expect(readAuthorityName(name).steps).toBe(steps);
  });

  it('a province\'s full name alone names no place after it (北京市 is the province, not a city in it)', () => {
    for (const name of ['北京市', '广西壮族自治区', '吉林省']) {
      const read = readAuthorityName(name);
      expect([read.places, read.level], name).toEqual([[], 'provincial']);
    }
  });

  // Expected outcomes by hand. Each adversarial name shows no province, place or level (a 局 with
  // nothing after it, brackets, x), so: given as the provincial issuer's decider beside a named
  // issuer, the names differ and neither shows the license line → invalid; given as the issuer of
  // a 吉XK… license decided by 吉林省市场监督管理厅 (no province read from the issuer's name, so the
  // prefix's Jilin stands), the issuer's name shows no line → invalid; given as both, the same
  // name → the issuer itself → valid.
  it.each(['（局', '局(', '(局', '局x(', '委员会('])('%j repeated to the length limit: licenseActionAuthority answers, as derived by hand', (piece) => {
    const name = repeat(piece, MAX);
    const base = { action: 'cancel' as const, licenseNumber: '吉XK16-204-00397', decidedOn: '2024-07-01' };
    const jilin = { level: 'provincial' as const, name: '吉林省市场监督管理厅' };
    const asOf = { asOf: '2024-07-02' };
    expect(licenseActionAuthority({ ...base, decidedBy: { level: 'provincial', name }, licenseIssuer: jilin }, asOf).outcome.status).toBe('invalid');
    expect(licenseActionAuthority({ ...base, decidedBy: jilin, licenseIssuer: { level: 'provincial', name } }, asOf).outcome.status).toBe('invalid');
    expect(licenseActionAuthority({ ...base, decidedBy: { level: 'provincial', name }, licenseIssuer: { level: 'provincial', name } }, asOf).outcome.status).toBe('valid');
  });
});
