// zod's own (structural) issues in Chinese: type names in Chinese, never an English type name
// such as "string" or "int", never "expected a number, received a number" for Infinity, and the
// bound of a size check with its unit. The bounds below are the schemas' own (min 1, max 2…).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  auditQuotaInputSchema,
  bilingualIssues,
  drawInputSchema,
  inspectionFindingSchema,
  inspectorBureauSchema,
  listFingerprintSchema,
  parseOrThrow,
  plainDateSchema,
  RuleInputError,
  safeParseIn,
  unifiedSocialCreditCodeSchema,
} from '../../src/index.js';

const zh = (schema: z.ZodType, input: unknown): string[] => {
  const r = safeParseIn(schema, input, 'zh-CN');
  return r.success ? [] : r.error.issues.map((i) => i.message);
};
const ENGLISH_TYPE = /\b(string|number|int|boolean|object|array|null|undefined|bigint|Infinity)\b/;

describe('Chinese wording of type issues', () => {
  it.each([
    [z.string(), 42, '期望 字符串', '实际接收 数字'],
    [z.string(), null, '期望 字符串', '实际接收 空值'],
    [z.string(), undefined, '期望 字符串', '实际接收 未填写'],
    [z.string(), [1], '期望 字符串', '实际接收 数组'],
    [z.string(), {}, '期望 字符串', '实际接收 对象'],
    [z.string(), true, '期望 字符串', '实际接收 布尔值'],
    [z.number(), 'x', '期望 数字', '实际接收 字符串'],
    [z.boolean(), 1, '期望 布尔值', '实际接收 数字'],
    [z.array(z.number()), 'x', '期望 数组', '实际接收 字符串'],
    [z.object({}), 'x', '期望 对象', '实际接收 字符串'],
    [z.string(), new Date(0), '期望 字符串', '实际接收 日期'],
    // A fraction is just a number unless an integer was expected.
    [z.string(), 2.5, '期望 字符串', '实际接收 数字'],
  ] as const)('%#: %s', (schema, input, expected, received) => {
    const [message] = zh(schema, input);
    expect(message).toContain(expected);
    expect(message).toContain(received);
  });

  it('Infinity and -Infinity are named as such, not as "a number" (the English says "received Infinity")', () => {
    const [inf] = zh(z.number(), Infinity);
    const [negInf] = zh(z.number(), -Infinity);
    expect(inf).toContain('无穷大（Infinity）');
    expect(negInf).toContain('无穷大（-Infinity）');
    expect(inf).not.toMatch(/实际接收 数字$/);
    const en = safeParseIn(z.number(), Infinity, 'en');
    expect(en.success ? '' : en.error.issues[0]?.message).toContain('Infinity');
  });

  it('an integer field given 2024.5 says 整数 and shows the value', () => {
    const [message] = zh(z.int(), 2024.5);
    expect(message).toContain('期望 整数');
    expect(message).toContain('2024.5');
  });

  it('NaN stays NaN', () => {
    expect(zh(z.number(), Number.NaN)[0]).toContain('实际接收 NaN');
  });
});

describe('Chinese wording of size issues: the bound and its unit', () => {
  it.each([
    // One character needed and none given: a blank field.
    [z.string().min(1), '', '不能为空', '不能为空'],
    [z.string().min(2), 'a', '长度过短', '至少 2 个字符'],
    [z.string().max(2), 'abc', '长度过长', '最多 2 个字符'],
    [z.string().length(3), 'ab', '长度应为 3 个字符', '长度应为'],
    [z.array(z.number()).min(1), [], '项数过少', '至少 1 项'],
    [z.array(z.number()).max(1), [1, 2], '项数过多', '最多 1 项'],
    [z.number().gt(0), 0, '数值过小', '应大于 0'],
    [z.number().nonnegative(), -1, '数值过小', '应大于或等于 0'],
    [z.number().lte(1), 2, '数值过大', '应小于或等于 1'],
    [z.number().lt(5), 5, '数值过大', '应小于 5'],
    [z.array(z.number()).length(2), [1], '项数应为 2 项', '项数应为'],
    [z.set(z.number()).max(1), new Set([1, 2]), '项数过多', '最多 1 项'],
    [z.bigint().min(1n), 0n, '数值过小', '应大于或等于 1'],
    // An integer past 2^53 - 1: zod reports it with origin "int".
    [z.int(), 2 ** 60, '数值过大', '应小于或等于 9007199254740991'],
  ] as const)('%#: %s', (schema, input, head, bound) => {
    const [message] = zh(schema, input);
    expect(message).toContain(head);
    expect(message).toContain(bound);
  });
});

describe('every other zod issue is worded in Chinese by the library (zod’s Chinese locale is not used)', () => {
  // Expected texts written by hand from the issue each schema raises: the bound, the option list,
  // the format, the divisor. No English word but the value itself or a format's own name.
  it.each([
    ['a date bound (origin "date"): the bound as an ISO instant', z.date().min(new Date(0)), new Date(-1), '日期过早：应不早于 1970-01-01T00:00:00.000Z'],
    ['an upper date bound', z.date().max(new Date(0)), new Date(1), '日期过晚：应不晚于 1970-01-01T00:00:00.000Z'],
    ['a string pattern', z.string().regex(/^x$/), 'y', '格式无效：应符合 /^x$/'],
    ['a named format with a Chinese name', z.email(), 'y', '格式无效：应为电子邮件地址'],
    ['a named format known by its own name', z.uuid(), 'y', '格式无效：应为 uuid'],
    ['a prefix', z.string().startsWith('ab'), 'y', '格式无效：应以 "ab" 开头'],
    ['a suffix', z.string().endsWith('ab'), 'y', '格式无效：应以 "ab" 结尾'],
    ['a part', z.string().includes('ab'), 'y', '格式无效：应包含 "ab"'],
    ['an enum value: every option', z.enum(['a', 'b']), 'c', '无效选项：期望以下之一 "a"|"b"'],
    ['a literal: the one value', z.literal('a'), 'c', '无效值：应为 "a"'],
    ['a number literal', z.literal(7), 8, '无效值：应为 7'],
    ['a multiple', z.number().multipleOf(5), 3, '数值无效：应为 5 的倍数'],
    ['a union without discriminator', z.union([z.string(), z.number()]), null, '无效输入'],
    ['a refinement without a message', z.string().refine(() => false), 'x', '无效输入'],
    ['a Map too big: its unit is 项', z.map(z.string(), z.number()).max(0), new Map([['a', 1]]), '项数过多：最多 0 项'],
    ['a file too big: its unit is 字节', z.file().max(1), new File(['ab'], 'a.txt'), '大小过大：最多 1 字节'],
  ] as const)('%s', (_what, schema, input, expected) => {
    expect(zh(schema, input)[0]).toBe(expected);
  });

  it('an invalid Map key or value is named as in the Map (invalid_element)', () => {
    const schema = z.map(z.string(), z.number()).superRefine((_, ctx) => {
      ctx.addIssue({ code: 'invalid_element', origin: 'map', key: 'k', issues: [], input: 1 } as never);
    });
    expect(zh(schema, new Map([['k', 1]]))).toEqual(['Map中有无效的值']);
  });

  it('no message of these issues holds zod’s English origin names (string, number, date…)', () => {
    const messages = [
      ...zh(z.date().min(new Date(0)), new Date(-1)),
      ...zh(z.bigint().max(1n), 2n),
      ...zh(z.string().regex(/^\d$/), 'y'),
    ];
    for (const m of messages) expect(m.replace(/\/.*\//, '')).not.toMatch(ENGLISH_TYPE);
  });
});

describe('what a form shows', () => {
  it('no Chinese message of a bad draw input names a type in English', () => {
    const issues = bilingualIssues(drawInputSchema, {
      seed: '',
      asOf: 20240301,
      enterprises: 'x',
      inspectors: [{ id: 1 }],
      ratio: Infinity,
      teamSize: 2.5,
    });
    expect(issues.length).toBeGreaterThanOrEqual(5);
    // A value may follow in brackets, 无穷大（Infinity）; outside them, only Chinese names, and no
    // undefined or null anywhere (a missing field is 未填写, null is 空值).
    for (const issue of issues) {
      expect(issue.message['zh-CN'].replace(/（[^）]*）/g, '')).not.toMatch(ENGLISH_TYPE);
      expect(issue.message['zh-CN']).not.toMatch(/undefined|null/);
    }
  });

  it('the English messages are zod’s own, without "Invalid input: " in front', () => {
    const en = safeParseIn(z.string(), 42, 'en');
    expect(en.success ? '' : en.error.issues[0]?.message).toBe('expected string, received number');
    // Other English messages are zod's as they are.
    const option = safeParseIn(z.enum(['a', 'b']), 'c', 'en');
    expect(option.success ? '' : option.error.issues[0]?.message).toBe('Invalid option: expected one of "a"|"b"');
  });

  it('RuleInputError’s summary does not repeat "invalid input" (输入无效 once, Invalid input once)', () => {
    let error: unknown;
    try {
      parseOrThrow(z.strictObject({ n: z.number() }), { n: 'x' });
    } catch (e) {
      error = e;
    }
    expect((error as RuleInputError).messages).toEqual({
      'zh-CN': '输入无效：期望 数字，实际接收 字符串 @ n',
      en: 'Invalid input: expected number, received string @ n',
    });
  });
});

describe('issues zod’s Chinese locale words in English or without a reason', () => {
  it('a record (key–value object) is 对象, not "record"', () => {
    const [message] = zh(z.record(z.string(), z.number()), 0);
    expect(message).toBe('期望 对象，实际接收 数字');
  });

  it('unknown keys are named in Chinese quotes, joined with 、', () => {
    const [message] = zh(z.strictObject({ a: z.number() }), { a: 1, bogus: 1, x: 2 });
    expect(message).toBe('存在未知字段：“bogus”、“x”');
  });

  it('more than 20 unknown keys: the first 20 and the count', () => {
    const input = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, i]));
    const [message] = zh(z.strictObject({}), input);
    expect(message).toMatch(/^存在未知字段：“k0”、/);
    expect(message).toContain('“k19”');
    expect(message).not.toContain('“k20”');
    expect(message).toMatch(/等 25 个$/);
  });

  it('an invalid record key says which key and why, in each language (the key’s own issue)', () => {
    const schema = z.record(unifiedSocialCreditCodeSchema, z.number());
    const issues = bilingualIssues(schema, { abc: 1 });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['abc']);
    // The key's own issue is USCC_LENGTH: 18 characters expected, 3 given (GB 32100).
    expect(issues[0]!.message['zh-CN']).toBe('键“abc”无效：统一社会信用代码应为18位，收到3位');
    expect(issues[0]!.message.en).toBe('Invalid key "abc": A unified social credit code has 18 characters, got 3');
  });

  it('an own __proto__ key in a keyed record says the key is not allowed', () => {
    const input = JSON.parse('{"year":2024,"licensedEnterpriseIds":[],"spotChecks":[],"counties":{"__proto__":"220802"}}');
    const [issue] = bilingualIssues(auditQuotaInputSchema, input);
    expect(issue!.message['zh-CN']).toBe('键“__proto__”无效：不允许使用该键');
    expect(issue!.message.en).toBe('Invalid key "__proto__": this key is not allowed');
  });

  it('a discriminator outside its options lists them (inspector bureau: city or county)', () => {
    expect(zh(inspectorBureauSchema, { level: 'province' })).toEqual(['无效选项：level 应为以下之一 "city"|"county"']);
  });

  it('a finding category outside the list lists every allowed value (one enum, not a union)', () => {
    const [message] = zh(inspectionFindingSchema, { description: '出厂检验记录缺失', category: null });
    expect(message).toMatch(/^无效选项：期望以下之一 /);
    for (const v of ['license_mark', 'industrial_policy', 'product_quality', 'other']) expect(message).toContain(`"${v}"`);
  });

  it('a malformed digest says what a SHA-256 digest looks like, not a regular expression', () => {
    const issues = bilingualIssues(listFingerprintSchema, { count: 0, sha256: 'ABC' });
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['sha256'], 'SHA256_FORMAT']]);
    expect(issues[0]!.message['zh-CN']).not.toContain('/^');
    expect(issues[0]!.message['zh-CN']).toContain('64 个小写十六进制字符');
  });
});

describe('a blank field says so', () => {
  it('a blank date asks for one, in the format it needs', () => {
    expect(bilingualIssues(plainDateSchema, '')).toEqual([
      { path: [], code: 'DATE_FORMAT', message: { 'zh-CN': '请填写日期（YYYY-MM-DD）', en: 'A date is required (YYYY-MM-DD)' } },
    ]);
  });
});
