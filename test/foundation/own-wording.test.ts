// The decision functions parse only the library's own schemas, and word zod's issues with the
// Chinese of the kinds those schemas raise (src/messages/issues.ts, `ownZh`); the wording of the
// other kinds (string formats, multiples, Map/Set/File sizes, dates) is carried only by the
// helpers that take any schema (errorMap, safeParseIn, bilingualIssues, parseOrThrow). This file
// shows the split is safe: no schema any module of the library builds has one of the other
// kinds, and for the kinds they have the two wordings agree.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bilingualIssues, parseOrThrow, RuleInputError } from '../../src/index.js';
import { parseOwn, safeParseOwn } from '../../src/messages/issues.js';

// Every module of the library, and every zod schema they export (internal ones included).
const SRC = join(import.meta.dirname, '../../src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
const modules = await Promise.all(files.map((f) => import(join(SRC, f)) as Promise<Record<string, unknown>>));

/** Every zod schema reachable from `schema` through its definition. */
function walk(schema: z.ZodType, seen: Set<unknown>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const visit = (value: unknown, depth: number): void => {
    if (value instanceof z.ZodType) walk(value, seen);
    else if (depth < 2 && Array.isArray(value)) for (const v of value) visit(v, depth + 1);
    else if (depth < 2 && typeof value === 'object' && value !== null && !(value instanceof RegExp)) {
      for (const v of Object.values(value)) visit(v, depth + 1);
    }
  };
  const def = schema._zod.def as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(def)) if (key !== 'checks') visit(value, 0);
  // z.lazy: the schema it stands for.
  if (def['type'] === 'lazy') walk((def['getter'] as () => z.ZodType)(), seen);
}

const schemas = new Set<unknown>();
for (const exports of modules) {
  for (const value of Object.values(exports)) if (value instanceof z.ZodType) walk(value, schemas);
}
const all = [...schemas] as z.ZodType[];

// The kinds zod raises issues of that the library's Chinese for its own schemas words (zod 4's
// schema types and check kinds, from zod's own definitions).
const OWN_TYPES = new Set([
  'string', 'number', 'boolean', 'object', 'array', 'record', 'enum', 'literal', 'union',
  'optional', 'nullable', 'default', 'prefault', 'readonly', 'pipe', 'transform', 'unknown',
  'any', 'never', 'custom', 'lazy', 'catch', 'nonoptional', 'null', 'undefined',
]);
const OWN_CHECKS = new Set(['min_length', 'max_length', 'length_equals', 'greater_than', 'less_than', 'number_format', 'custom', 'overwrite']);

describe('the wording of the library’s own schemas (decision functions) covers every kind they raise', () => {
  it('finds the schemas: every module’s exported schemas and what they are built from', () => {
    expect(files.length).toBeGreaterThan(60);
    // A floor, not a count: the draw, the records, the quota, the dates and the identifiers alone
    // build well over a hundred.
    expect(all.length).toBeGreaterThan(150);
  });

  it('no schema has a type outside the covered ones (no Set, Map, File, Date, bigint…)', () => {
    const types = new Set(all.map((s) => String(s._zod.def.type)));
    expect([...types].filter((t) => !OWN_TYPES.has(t))).toEqual([]);
  });

  it('no schema has a check outside the covered ones (no string format, multiple, size…)', () => {
    const kinds = new Set(
      all.flatMap((s) => (s._zod.def.checks ?? []).map((c) => String((c._zod.def as { check?: unknown }).check))),
    );
    expect([...kinds].filter((k) => !OWN_CHECKS.has(k))).toEqual([]);
    // A number format is an integer format (safeint), whose issues are types and bounds.
    const formats = all.flatMap((s) => (s._zod.def.checks ?? []).map((c) => (c._zod.def as { format?: unknown }).format)).filter(Boolean);
    expect(new Set(formats)).toEqual(new Set(['safeint']));
  });
});

describe('the two wordings agree where both apply, and the helpers for any schema word the rest', () => {
  // One input per covered kind; the expected Chinese is the library's wording (zh-structural.test.ts).
  const cases: [string, z.ZodType, unknown, string][] = [
    ['type', z.strictObject({ a: z.string() }), { a: 1 }, '期望 字符串，实际接收 数字'],
    ['length', z.string().min(1), '', '不能为空'],
    ['list length', z.array(z.number()).max(1), [1, 2], '项数过多：最多 1 项'],
    ['number bound', z.number().gt(0), 0, '数值过小：应大于 0'],
    ['unknown key', z.strictObject({}), { x: 1 }, '存在未知字段：“x”'],
    ['option', z.enum(['A', 'B']), 'C', '无效选项：期望以下之一 "A"|"B"'],
    ['discriminator', z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a') })]), { k: 'b' }, '无效选项：k 应为以下之一 "a"'],
  ];
  it('options: strings quoted, a bigint with its n, at most 20 listed; a union without a discriminator is plain "invalid input"', () => {
    expect(safeParseOwn(z.literal(5n), 1)).toMatchObject({ issues: [{ message: { 'zh-CN': '无效值：应为 5n' } }] });
    const options = Array.from({ length: 25 }, (_, i) => `o${i}`) as [string, ...string[]];
    const listed = safeParseOwn(z.enum(options), 'x');
    const zh = listed.success ? '' : (listed.issues[0]?.message['zh-CN'] ?? '');
    // The first 20 of the 25 options, o0 … o19.
    expect(zh).toBe(`无效选项：期望以下之一 ${options.slice(0, 20).map((o) => `"${o}"`).join('|')}`);
    expect(safeParseOwn(z.union([z.string(), z.number()]), true)).toMatchObject({ issues: [{ message: { 'zh-CN': '无效输入' } }] });
  });

  it.each(cases)('%s: the decision functions’ parse and parseOrThrow word it alike', (_, schema, input, zh) => {
    const own = safeParseOwn(schema, input);
    expect(own.success).toBe(false);
    if (own.success) return;
    expect(own.issues[0]?.message['zh-CN']).toBe(zh);
    expect(bilingualIssues(schema, input)[0]?.message).toEqual(own.issues[0]?.message);
  });

  it('a kind only other schemas raise: worded by the helpers for any schema, plainly by the own parse', () => {
    const email = z.string().email();
    expect(bilingualIssues(email, 'x')[0]?.message['zh-CN']).toBe('格式无效：应为电子邮件地址');
    expect(() => parseOrThrow(email, 'x')).toThrow(RuleInputError);
    const thrown = (() => {
      try {
        parseOrThrow(z.set(z.string()).min(2), new Set(['a']));
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(RuleInputError);
    expect((thrown as RuleInputError).issues[0]?.message['zh-CN']).toBe('项数过少：至少 2 项');
    // A date bound, inclusive or not (z.gt on a date: exclusive); the bound as an ISO timestamp.
    const day = new Date('2024-03-01T00:00:00.000Z');
    expect(bilingualIssues(z.date().min(day), new Date(0))[0]?.message['zh-CN']).toBe('日期过早：应不早于 2024-03-01T00:00:00.000Z');
    expect(bilingualIssues(z.date().check(z.gt(day)), day)[0]?.message['zh-CN']).toBe('日期过早：应晚于 2024-03-01T00:00:00.000Z');
    expect(bilingualIssues(z.date().check(z.lt(day)), day)[0]?.message['zh-CN']).toBe('日期过晚：应早于 2024-03-01T00:00:00.000Z');
    // The own parse never meets such a schema (above); were it to, it says "invalid input", not English.
    expect(safeParseOwn(z.set(z.string()).min(2), new Set(['a']))).toMatchObject({ success: false, issues: [{ message: { 'zh-CN': '无效输入' } }] });
    expect(safeParseOwn(z.date().min(day), new Date(0))).toMatchObject({ success: false, issues: [{ message: { 'zh-CN': '无效输入' } }] });
    expect(() => parseOwn(email, 'x')).toThrow(RuleInputError);
    const own = safeParseOwn(email, 'x');
    expect(own.success ? undefined : own.issues[0]?.message['zh-CN']).toBe('无效输入');
  });
});
