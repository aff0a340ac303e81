import * as z from 'zod';
import { en as zodEn, zhCN as zodZhCN } from 'zod/locales';
import type { BilingualMessage, Locale } from './message.js';
import { RuleInputError, describeValue, headOf, invalidArgument } from '../errors.js';

/**
 * One problem found in an input, in both languages. Domain checks carry the library's own
 * upper-case codes (`USCC_CHECK_CHARACTER`, `DATE_IMPOSSIBLE`, `TOO_FEW_INSPECTORS`…); zod's
 * structural checks keep zod's lower-case codes (`invalid_type`, `too_small`…).
 *
 * @example
 * ```ts
 * const issue: LocalizedIssue = {
 *   path: ['creditCode'], code: 'USCC_CHECK_CHARACTER',
 *   message: { 'zh-CN': '统一社会信用代码校验码错误', en: 'Wrong check character' },
 * };
 * ```
 */
export interface LocalizedIssue {
  /** Where in the input the problem is: property names and array indexes. */
  readonly path: readonly (string | number)[];
  /** A stable code. */
  readonly code: string;
  /** The message in both languages. */
  readonly message: BilingualMessage;
}

/** The `params` a domain issue carries inside a zod issue. */
interface DomainParams {
  readonly domainCode: string;
  readonly messages: BilingualMessage;
}

function domainParams(issue: z.core.$ZodIssue): DomainParams | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = (issue as { params?: Partial<DomainParams> }).params;
  if (
    typeof params === 'object' &&
    params !== null &&
    typeof params.domainCode === 'string' &&
    typeof params.messages === 'object' &&
    params.messages !== null &&
    typeof params.messages['zh-CN'] === 'string' &&
    typeof params.messages.en === 'string'
  ) {
    return params as DomainParams;
  }
  return undefined;
}

function assertIssue(issue: unknown): asserts issue is z.core.$ZodIssue {
  if (typeof issue !== 'object' || issue === null || typeof (issue as { code?: unknown }).code !== 'string') {
    throw invalidArgument('issue', { 'zh-CN': 'zod 校验问题对象', en: 'a zod issue' });
  }
}

function assertLocale(locale: unknown): asserts locale is Locale {
  if (locale !== 'zh-CN' && locale !== 'en') {
    throw invalidArgument('locale', { 'zh-CN': "'zh-CN' 或 'en'", en: "'zh-CN' or 'en'" });
  }
}

function assertSchema(schema: unknown): asserts schema is z.ZodType {
  if (!(schema instanceof z.ZodType)) {
    throw invalidArgument('schema', { 'zh-CN': 'zod 模式', en: 'a zod schema' });
  }
}

/**
 * Adds a domain issue to a zod refinement context. Its default `message` is Chinese (the
 * regulation's language); {@link localizeIssue} gives either language.
 *
 * @param ctx - the context passed to `superRefine`
 * @param code - the library's stable issue code
 * @param message - the message in both languages
 * @param path - where the problem is, relative to the refined value
 * @example
 * ```ts
 * z.string().superRefine((v, ctx) => {
 *   if (v === '') addDomainIssue(ctx, 'EMPTY', { 'zh-CN': '不能为空', en: 'Must not be empty' });
 * });
 * ```
 */
export function addDomainIssue(
  ctx: z.RefinementCtx,
  code: string,
  message: BilingualMessage,
  path: readonly (string | number)[] = [],
): void {
  if (typeof ctx !== 'object' || ctx === null || typeof ctx.addIssue !== 'function') {
    throw invalidArgument('ctx', { 'zh-CN': 'zod 校验上下文', en: 'a zod refinement context' });
  }
  ctx.addIssue({
    code: 'custom',
    message: message['zh-CN'],
    params: { domainCode: code, messages: message },
    path: [...path],
  });
}

/**
 * The message of a zod issue in the given locale. Domain issues are translated by the library;
 * zod's own issues keep the message zod gave them (use {@link safeParseIn}, or set zod's Chinese
 * locale once in the application, as the README shows, to have zod write them in Chinese).
 *
 * @example
 * ```ts
 * const r = unifiedSocialCreditCodeSchema.safeParse('91350203M0001QAY9B');
 * if (!r.success) localizeIssue(r.error.issues[0]!, 'en');
 * //=> 'Wrong check character: expected 9, got B'
 * ```
 */
export function localizeIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  assertIssue(issue);
  assertLocale(locale);
  const params = domainParams(issue);
  return params ? params.messages[locale] : issue.message;
}

/**
 * The stable code of a zod issue: the library's domain code, or zod's own code.
 *
 * @example
 * ```ts
 * const r = plainDateSchema.safeParse('2023-02-29');
 * if (!r.success) issueCode(r.error.issues[0]!); //=> 'DATE_IMPOSSIBLE'
 * ```
 */
export function issueCode(issue: z.core.$ZodIssue): string {
  assertIssue(issue);
  return domainParams(issue)?.domainCode ?? issue.code;
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === 'number' ? p : describeValue(p)));
}

// zod's Chinese locale leaves most type names in English (期望 string), calls Infinity a number
// (期望 数字，实际接收 数字), and drops the reason a record key is invalid; the library words these
// issues itself.
const ZH_TYPES: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  bigint: '大整数',
  boolean: '布尔值',
  object: '对象',
  record: '对象',
  array: '数组',
  tuple: '数组',
  map: 'Map',
  set: 'Set',
  date: '日期',
  nan: 'NaN',
  undefined: '未填写',
  null: '空值',
  function: '函数',
  symbol: 'Symbol',
};

function zhReceived(input: unknown, expected: string): string {
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return 'NaN';
    if (!Number.isFinite(input)) return `无穷大（${input}）`;
    return expected === 'int' && !Number.isInteger(input) ? `非整数（${input}）` : '数字';
  }
  if (Array.isArray(input)) return '数组';
  if (input instanceof Date) return '日期';
  return ZH_TYPES[input === null ? 'null' : typeof input] ?? typeof input;
}

const ZH_UNITS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  // origin: [unit, what is measured, too small, too big]
  string: ['个字符', '长度', '过短', '过长'],
  array: ['项', '项数', '过少', '过多'],
  set: ['项', '项数', '过少', '过多'],
};

function zhBound(issue: z.core.$ZodRawIssue, small: boolean): string | undefined {
  const { origin, inclusive, exact } = issue as { origin?: string; inclusive?: boolean; exact?: boolean };
  const bound = String((issue as { minimum?: unknown; maximum?: unknown })[small ? 'minimum' : 'maximum']);
  const unit = ZH_UNITS[origin ?? ''];
  // zod's length and size bounds are inclusive (min, max) or exact (length).
  if (unit) {
    const [counted, measure, under, over] = unit;
    if (exact) return `${measure}应为 ${bound} ${counted}`;
    // An empty text where one character is needed: a field left blank.
    if (small && origin === 'string' && bound === '1') return '不能为空';
    return `${measure}${small ? under : over}：${small ? '至少' : '最多'} ${bound} ${counted}`;
  }
  if (origin === 'number' || origin === 'int' || origin === 'bigint') {
    const relation = small ? (inclusive ? '大于或等于' : '大于') : inclusive ? '小于或等于' : '小于';
    return `数值${small ? '过小' : '过大'}：应${relation} ${bound}`;
  }
  return undefined;
}

/** Why a record key is invalid: the first issue of the key, in `locale` (none for a forbidden key). */
function keyReason(issue: z.core.$ZodRawIssue, locale: Locale): string {
  const inner = (issue as { issues?: z.core.$ZodIssue[] }).issues?.[0];
  if (inner !== undefined) return domainParams(inner)?.messages[locale] ?? inner.message;
  return locale === 'en' ? 'this key is not allowed' : '不允许使用该键';
}

/** The library's wording of some of zod's issues in `locale`; undefined for the rest (zod's locale words them). */
function structural(issue: z.core.$ZodRawIssue, locale: Locale): string | undefined {
  if (issue.code === 'invalid_key') {
    const key = headOf(String(issue.input), 40);
    return locale === 'en' ? `Invalid key "${key}": ${keyReason(issue, locale)}` : `键“${key}”无效：${keyReason(issue, locale)}`;
  }
  if (locale === 'en') return undefined;
  if (issue.code === 'invalid_type') {
    const expected = String(issue.expected);
    return `期望 ${ZH_TYPES[expected] ?? expected}，实际接收 ${zhReceived(issue.input, expected)}`;
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return zhBound(issue, issue.code === 'too_small');
  if (issue.code === 'unrecognized_keys') {
    const { keys } = issue;
    const shown = keys.slice(0, 20).map((k) => `“${headOf(k, 40)}”`).join('、');
    return `存在未知字段：${shown}${keys.length > 20 ? `等 ${keys.length} 个` : ''}`;
  }
  const { discriminator, options } = issue as { discriminator?: string; options?: readonly unknown[] };
  if (issue.code === 'invalid_union' && discriminator !== undefined && options !== undefined) {
    return `无效选项：${discriminator} 应为以下之一 ${options.map((v) => `"${String(v)}"`).join('|')}`;
  }
  return undefined;
}

// The type issue is worded without zod's "无效输入：" / "Invalid input: " in front, which
// RuleInputError's summary (输入无效：… / Invalid input: …) would otherwise repeat.
function localeMap(locale: Locale): z.core.$ZodErrorMap {
  const zod = (locale === 'en' ? zodEn : zodZhCN)().localeError;
  return (issue) => {
    const message = structural(issue, locale) ?? zod(issue);
    return typeof message === 'string' ? message.replace(/^Invalid input: /, '') : message;
  };
}

/**
 * Parses with every message, zod's and the library's, in one language, without touching zod's
 * global configuration.
 *
 * @param schema - any zod schema (the library's or your own)
 * @param input - the value to check
 * @param locale - `'zh-CN'` or `'en'`
 * @returns zod's safe-parse result, its issue messages in `locale`
 * @example
 * ```ts
 * const r = safeParseIn(plainDateSchema, 42, 'zh-CN');
 * r.success; //=> false
 * r.error?.issues[0]?.message; //=> '期望 字符串，实际接收 数字'
 * ```
 */
export function safeParseIn<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): z.ZodSafeParseResult<z.output<S>> {
  assertSchema(schema);
  assertLocale(locale);
  const result = schema.safeParse(input, { error: localeMap(locale) });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const params = domainParams(issue);
      if (params) (issue as { message: string }).message = params.messages[locale];
    }
  }
  return result as z.ZodSafeParseResult<z.output<S>>;
}

/**
 * Checks an input and returns every problem with messages in both languages (empty when valid).
 *
 * @example
 * ```ts
 * bilingualIssues(plainDateSchema, '2024-13-01')[0]?.code; //=> 'DATE_IMPOSSIBLE'
 * ```
 */
export function bilingualIssues(schema: z.ZodType, input: unknown): LocalizedIssue[] {
  assertSchema(schema);
  const zh = safeParseIn(schema, input, 'zh-CN');
  if (zh.success) return [];
  const en = safeParseIn(schema, input, 'en');
  const enIssues = en.success ? [] : en.error.issues;
  return zh.error.issues.map((issue, i) => ({
    path: toPath(issue.path),
    code: issueCode(issue),
    message: { 'zh-CN': issue.message, en: enIssues[i]?.message ?? issue.message },
  }));
}

/**
 * Parses an input or throws {@link RuleInputError} carrying every issue in both languages. With
 * `at`, the name of the argument parsed, every issue's path starts with it.
 *
 * @example
 * ```ts
 * parseOrThrow(plainDateSchema, '2024-02-29'); //=> '2024-02-29'
 * parseOrThrow(plainDateSchema, '2023-02-29'); // throws RuleInputError
 * ```
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, at?: string): z.output<S> {
  assertSchema(schema);
  const result = schema.safeParse(input);
  if (result.success) return result.data as z.output<S>;
  const issues = bilingualIssues(schema, input);
  throw new RuleInputError(at === undefined ? issues : issues.map((i) => ({ ...i, path: [at, ...i.path] })));
}
