// A check that compares fields looks only at values that passed their own checks, a value of the
// wrong type gets one issue (not also a length one), and a message about a long list stays short.
// Expected values come from the schemas' documented codes and the hand-written inputs below.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  LIMITS,
  RuleInputError,
  articleRefIssue,
  articleRefSchema,
  auditQuotaInputSchema,
  bilingualIssues,
  drawParametersSchema,
  drawSeedSchema,
  inspectionRecordSchema,
  listFingerprintSchema,
  normalizeLicenseNumber,
  safeParseIn,
  type LocalizedIssue,
} from '../../src/index.js';

const codesAt = (issues: readonly LocalizedIssue[]): string[] => issues.map((i) => `${i.path.join('.')}:${i.code}`);
// A valid code from FACTS.md's examples.
const A = '91310110666007217T';

describe('auditQuotaInputSchema: cross-field checks skip values that failed their own', () => {
  it('a blank asOf is DATE_FORMAT only, not also ASOF_BEFORE_YEAR', () => {
    const issues = bilingualIssues(auditQuotaInputSchema, { year: 2024, asOf: '', licensedEnterpriseIds: [], spotChecks: [] });
    expect(codesAt(issues)).toEqual(['asOf:DATE_FORMAT']);
  });

  it('an impossible asOf (2023-02-29) is DATE_IMPOSSIBLE only', () => {
    const issues = bilingualIssues(auditQuotaInputSchema, {
      year: 2024,
      asOf: '2023-02-29',
      licensedEnterpriseIds: [],
      spotChecks: [],
    });
    expect(codesAt(issues)).toEqual(['asOf:DATE_IMPOSSIBLE']);
  });

  it('a real asOf before the year is still ASOF_BEFORE_YEAR', () => {
    const issues = bilingualIssues(auditQuotaInputSchema, {
      year: 2024,
      asOf: '2023-12-31',
      licensedEnterpriseIds: [],
      spotChecks: [],
    });
    expect(codesAt(issues)).toEqual(['asOf:ASOF_BEFORE_YEAR']);
  });

  it('COUNTY_MISSING names only ids that passed their own check; an empty id is reported once, where it is', () => {
    // Article 19 counts enterprises: any non-empty id serves ('abc' is an id like any other).
    const issues = bilingualIssues(auditQuotaInputSchema, {
      year: 2024,
      licensedEnterpriseIds: ['', 'abc', A],
      spotChecks: [],
      counties: {},
    });
    expect(codesAt(issues)).toEqual(['licensedEnterpriseIds.0:too_small', 'counties:COUNTY_MISSING']);
    expect(issues[1]!.message['zh-CN']).toBe(`以下获证企业未给出所属县（市、区）：abc, ${A}`);
  });
});

describe('messages about long lists show 20 ids and the count of the rest', () => {
  // 25 distinct valid codes, their check characters computed by the test's own GB 32100 function.
  const codes = Array.from({ length: 25 }, (_, i) => `9122080000000${String(i).padStart(4, '0')}`)
    .map((first17) => first17 + checkCharacter(first17));

  it('COUNTY_MISSING with 25 ids', () => {
    const [issue] = bilingualIssues(auditQuotaInputSchema, { year: 2024, licensedEnterpriseIds: codes, spotChecks: [], counties: {} });
    expect(issue!.code).toBe('COUNTY_MISSING');
    expect(issue!.message.en).toBe(`No county given for these licensed enterprises: ${codes.slice(0, 20).join(', ')} … (+5)`);
  });

  it('DUPLICATE_ENTERPRISE_ID with 25 repeated ids', () => {
    const [issue] = bilingualIssues(auditQuotaInputSchema, { year: 2024, licensedEnterpriseIds: [...codes, ...codes], spotChecks: [] });
    expect(issue!.code).toBe('DUPLICATE_ENTERPRISE_ID');
    expect(issue!.message['zh-CN']).toBe(`获证企业名单中有重复的企业：${codes.slice(0, 20).join(', ')} … (+5)`);
  });
});

/** GB 32100-2015 check character (FACTS.md): weights 3^i mod 31, alphabet without I O S V Z. */
function checkCharacter(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i]!) * (3 ** i % 31);
  return alphabet[(31 - (sum % 31)) % 31]!;
}

describe('a value of the wrong type gets one issue, not also a length one', () => {
  it('a 101-character string where the list of inspectors goes: invalid_type only', () => {
    const issues = bilingualIssues(inspectionRecordSchema, { inspectors: 'x'.repeat(101) }).filter(
      (i) => i.path[0] === 'inspectors',
    );
    expect(codesAt(issues)).toEqual(['inspectors:invalid_type']);
    expect(issues[0]!.message['zh-CN']).toBe('期望 数组，实际接收 字符串');
  });

  it('an array where a bounded text goes: invalid_type only', () => {
    const issues = bilingualIssues(inspectionRecordSchema, { enterpriseId: Array(3000).fill('x') }).filter(
      (i) => i.path[0] === 'enterpriseId',
    );
    expect(codesAt(issues)).toEqual(['enterpriseId:invalid_type']);
  });
});

describe('drawParametersSchema on its own checks what the draw input checks', () => {
  it.each([
    [{ ratio: 0.1, teamSize: 0 }, ['teamSize:TEAM_SIZE_BELOW_MINIMUM']],
    [{ ratio: 0.1, teamSize: 1 }, ['teamSize:TEAM_SIZE_BELOW_MINIMUM']],
    [{ teamSize: 2 }, ['ratio:RATIO_OR_COUNT_REQUIRED']],
    [{ ratio: 0.1, count: 1, teamSize: 2 }, ['count:RATIO_AND_COUNT']],
    [{ ratio: 0.1, teamSize: 2, ratios: { A: 0.2 } }, ['ratios:RATIOS_WITHOUT_STRATA']],
  ])('%j → %j (Article 9¶1: 2名以上; one of ratio and count)', (parameters, expected) => {
    expect(codesAt(bilingualIssues(drawParametersSchema, parameters))).toEqual(expected);
  });

  it('accepts a record’s parameters: ratio and teamSize 2', () => {
    expect(bilingualIssues(drawParametersSchema, { ratio: 0.1, teamSize: 2 })).toEqual([]);
  });
});

describe('articleRefSchema names a missing provision the way the regulation is cited', () => {
  it.each([
    [{ article: 7, paragraph: 1, item: 9 }, '本办法没有第七条第一款第（九）项', 'The measures have no Article 7(1)(9)'],
    [{ article: 25 }, '本办法没有第二十五条', 'The measures have no Article 25'],
    [{ article: 6, item: 7 }, '本办法没有第六条第（七）项', 'The measures have no Article 6(7)'],
    [{ article: 9, paragraph: 3 }, '本办法没有第九条第三款', 'The measures have no Article 9(3)'],
  ])('%j', (ref, zh, en) => {
    expect(bilingualIssues(articleRefSchema, ref)).toEqual([{ path: [], code: 'NO_SUCH_PROVISION', message: { 'zh-CN': zh, en } }]);
  });

  it('a number that failed its own check is not also NO_SUCH_PROVISION', () => {
    expect(codesAt(bilingualIssues(articleRefSchema, { article: 0 }))).toEqual(['article:too_small']);
  });
});

describe('edges of this round’s checks (each case decided from the rule it tests)', () => {
  it('COUNTY_MISSING names a credit code with a wrong check character: for Article 19 it is just an id', () => {
    // FACTS.md: 91350203M0001QAY9B has a wrong check character (it should be 9).
    const issues = bilingualIssues(auditQuotaInputSchema, {
      year: 2024,
      licensedEnterpriseIds: ['91350203M0001QAY9B', A],
      spotChecks: [],
      counties: {},
    });
    expect(codesAt(issues)).toEqual(['counties:COUNTY_MISSING']);
    expect(issues[0]!.message.en).toBe(`No county given for these licensed enterprises: 91350203M0001QAY9B, ${A}`);
  });

  it('COUNTY_MISSING names ids of 1 and of exactly LIMITS.idMaxLength characters (both within the limits)', () => {
    const longest = 'y'.repeat(LIMITS.idMaxLength);
    const issues = bilingualIssues(auditQuotaInputSchema, { year: 2024, licensedEnterpriseIds: ['a', longest], spotChecks: [], counties: {} });
    expect(codesAt(issues)).toEqual(['counties:COUNTY_MISSING']);
    expect(issues[0]!.message.en).toBe(`No county given for these licensed enterprises: a, ${longest}`);
  });

  it('a value that is not a string stops the cross-field checks (zod skips refinements after a type error)', () => {
    const issues = bilingualIssues(auditQuotaInputSchema, { year: 2024, licensedEnterpriseIds: ['a', ['x']], spotChecks: [], counties: {} });
    expect(codesAt(issues)).toEqual(['licensedEnterpriseIds.1:invalid_type']);
  });

  it('an id over LIMITS.idMaxLength stops the parse there, as every limit does', () => {
    const long = 'x'.repeat(LIMITS.idMaxLength + 1);
    const issues = bilingualIssues(auditQuotaInputSchema, { year: 2024, licensedEnterpriseIds: [A, long], spotChecks: [], counties: {} });
    expect(codesAt(issues)).toEqual(['licensedEnterpriseIds.1:LIMIT_EXCEEDED']);
  });

  it('a seed of exactly 1 000 characters that NFC lengthens (U+0958) is over the limit', () => {
    // LIMITS.seedMaxLength applies to the normalised seed: U+0958 becomes U+0915 U+093C.
    const seed = `\u0958${'a'.repeat(999)}`;
    expect(seed.length).toBe(1000);
    expect(seed.normalize('NFC').length).toBe(1001);
    expect(codesAt(bilingualIssues(drawSeedSchema, seed))).toEqual([':LIMIT_EXCEEDED']);
  });

  it('a digest must be exactly 64 lowercase hex characters: one more in front or behind is refused', () => {
    const hex = 'a'.repeat(64);
    expect(bilingualIssues(listFingerprintSchema, { count: 0, sha256: hex })).toEqual([]);
    for (const sha256 of [`g${hex}`, `${hex}g`, `0${hex}`]) {
      expect(codesAt(bilingualIssues(listFingerprintSchema, { count: 0, sha256 }))).toEqual(['sha256:SHA256_FORMAT']);
    }
  });

  it('normalizeLicenseNumber refuses a non-string with the library’s own error', () => {
    const e = (() => {
      try {
        normalizeLicenseNumber(42 as unknown as string);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(RuleInputError);
    expect((e as RuleInputError).issues.map((i) => [i.path, i.code, i.message.en])).toEqual([
      [['input'], 'INVALID_ARGUMENT', 'Argument input must be a string'],
    ]);
  });

  it('exactly 20 unknown keys are all named, with no count after them', () => {
    const input = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i]));
    const r = safeParseIn(z.strictObject({}), input, 'zh-CN');
    expect(r.success ? '' : r.error.issues[0]!.message).toMatch(/“k19”$/);
  });

  it('an invalid key whose reason is one of zod’s own issues gives that reason in each language', () => {
    const schema = z.record(z.string().min(3), z.number());
    const [issue] = bilingualIssues(schema, { ab: 1 });
    expect(issue!.message['zh-CN']).toBe('键“ab”无效：长度过短：至少 3 个字符');
    expect(issue!.message.en).toMatch(/^Invalid key "ab": Too small/);
  });

  it('an invalid_key issue without nested issues (written by an application) says the key is not allowed', () => {
    const schema = z.string().superRefine((_, ctx) => {
      ctx.addIssue({ code: 'invalid_key', origin: 'record', input: 'k', path: [] } as never);
    });
    const r = safeParseIn(schema, 'x', 'zh-CN');
    expect(r.success ? '' : r.error.issues[0]!.message).toBe('键“k”无效：不允许使用该键');
  });

  it('a union without a discriminator keeps zod’s own wording', () => {
    const zh = safeParseIn(z.union([z.string(), z.number()]), null, 'zh-CN');
    expect(zh.success ? '' : zh.error.issues[0]!.message).toBe('无效输入');
  });

  it('articleRefIssue of a provision that exists is undefined', () => {
    expect(articleRefIssue({ article: 15, paragraph: 2, item: 3 })).toBeUndefined();
    expect(articleRefIssue({ article: 15, paragraph: 2, item: 5 })?.code).toBe('NO_SUCH_PROVISION');
  });
});
