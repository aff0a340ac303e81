import * as z from 'zod';
import { en as zodEn } from 'zod/locales';
// Named imports from zod's core: reading `z.core.…` makes a bundler keep all of zod's core
// namespace, JSON Schema and every locale included (some 60 kB gzip).
import { $ZodAsyncError, globalConfig, util as zodUtil } from 'zod/v4/core';
import type { BilingualMessage, Locale, LocalizedIssue } from './message.js';
import { describeValue, headOf } from './text.js';
import { MAX_ISSUES, RuleInputError, invalidArgument } from '../errors.js';

// Layers: message.ts and text.ts (types, quoting) < errors.ts < this module (zod issues, error
// maps, parsing) < the schemas. Nothing here is imported by errors.ts.
export type { LocalizedIssue } from './message.js';

/** The `params` a domain issue carries inside a zod issue. */
interface DomainParams {
  readonly domainCode: string;
  readonly messages: BilingualMessage;
}

function domainParams(issue: { readonly code?: unknown; readonly params?: unknown }): DomainParams | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = issue.params as Partial<DomainParams> | undefined;
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

function unwrap(message: unknown): string | undefined {
  if (typeof message === 'string') return message;
  const inner = typeof message === 'object' && message !== null ? (message as { message?: unknown }).message : undefined;
  return typeof inner === 'string' ? inner : undefined;
}

// ---------------------------------------------------------------------------------------------
// How a domain issue gets its message.
//
// zod words an issue with the first of: the issue's own `message`, the error map of whatever
// raised it (`issue.inst`), the per-parse `error`, the global `customError`, the locale. A domain
// issue carries no `message` (that would outrank every error map) but names DOMAIN_SOURCE as what
// raised it, whose error map answers, in order: the per-parse error map (when a schema of the
// library saw one, below), the global `customError`, and else the library's Chinese. So a plain
// `safeParse` gives Chinese, and `errorMap('en')` given per parse or globally gives English.
//
// The per-parse map is not shown to error maps, only to the schemas during the parse: every
// schema of the library that raises domain issues carries the SEES_PARSE_ERROR check, which,
// when the schema is built, wraps its run so that the domain issues it returns remember the
// per-parse map of that parse (under PARSE_ERROR, a symbol key, which zod does not copy into the
// finished issue).
// ---------------------------------------------------------------------------------------------

const PARSE_ERROR = /* @__PURE__ */ Symbol.for('baicheng-license-supervision.parse-error');

interface RawIssue {
  readonly code?: unknown;
  readonly params?: unknown;
  readonly inst?: unknown;
  [PARSE_ERROR]?: unknown;
}

function domainMessage(issue: RawIssue): string | undefined {
  const params = domainParams(issue);
  if (!params) return undefined;
  const perParse = issue[PARSE_ERROR];
  // Read only: the global customError is the application's to set; the library never writes zod's
  // global configuration.
  const custom = globalConfig.customError;
  return (
    (typeof perParse === 'function' ? unwrap((perParse as z.core.$ZodErrorMap)(issue as never)) : undefined) ??
    (typeof custom === 'function' ? unwrap(custom(issue as never)) : undefined) ??
    params.messages['zh-CN']
  );
}

/** What a domain issue names as having raised it: an object whose error map is domainMessage. */
const DOMAIN_SOURCE = { _zod: { def: { error: domainMessage } } };

interface Payload {
  value: unknown;
  issues: RawIssue[];
}
type Run = (payload: Payload, ctx: { error?: unknown } | undefined) => Payload | Promise<Payload>;

function remember(result: Payload, issues: RawIssue[], start: number, error: unknown): Payload {
  const list = result.issues === issues ? result.issues : result.issues ?? [];
  for (let i = result.issues === issues ? start : 0; i < list.length; i++) {
    const issue = list[i] as RawIssue;
    if (issue.inst === DOMAIN_SOURCE && issue[PARSE_ERROR] === undefined) issue[PARSE_ERROR] = error;
  }
  return result;
}

function seeParseError(schema: { _zod: { run?: Run } }): void {
  const run = schema._zod.run;
  /* v8 ignore next -- zod gives every schema a run */
  if (typeof run !== 'function') return;
  schema._zod.run = (payload, ctx) => {
    const error = ctx?.error;
    if (error === undefined) return run(payload, ctx);
    const issues = payload.issues;
    const start = issues.length;
    const result = run(payload, ctx);
    if (result instanceof Promise) return result.then((r) => remember(r, issues, start, error));
    return result.issues === issues && issues.length === start ? result : remember(result, issues, start, error);
  };
}

/**
 * A check that does nothing when run; when a schema is built with it, the schema's domain issues
 * remember the per-parse error map (see above). It follows the schema into its copies
 * (`.optional()`, `.describe()`, `.refine()`…).
 *
 * @internal
 */
export const SEES_PARSE_ERROR: z.core.$ZodCheck<unknown> = /* @__PURE__ */ (() => {
  const check = z.check<unknown>(() => undefined);
  check._zod.onattach.push((schema) => {
    const internals = schema._zod as { deferred?: (() => void)[] };
    // zod runs `deferred` once the schema is fully built, when `run` exists.
    (internals.deferred ??= []).push(() => seeParseError(schema as never));
  });
  return check;
})();

/** Issue code of the issue a bounded list adds for the issues of its entries it did not keep. */
export const ISSUES_OMITTED = 'ISSUES_OMITTED';

/** The issues an issue stands for: the count an ISSUES_OMITTED issue carries, else 1. */
function issuesIn(issue: RawIssue): number {
  const params = domainParams(issue);
  const omitted = params?.domainCode === ISSUES_OMITTED ? (params as { omitted?: unknown }).omitted : undefined;
  return typeof omitted === 'number' ? omitted : 1;
}

function omittedIssue(omitted: number, kept: number, stops = false): z.core.$ZodRawIssue {
  const messages = {
    'zh-CN': `另有 ${omitted} 处问题未列出（只列出前 ${kept} 处）`,
    en: `${omitted} more issue${omitted === 1 ? '' : 's'} not listed (only the first ${kept} are)`,
  };
  const issue = domainIssue(ISSUES_OMITTED, messages, [], stops);
  (issue as unknown as { params: { omitted: number } }).params.omitted = omitted;
  return issue;
}

/**
 * Makes `list` (a `z.array(element)` with its size checks) keep the issues of its entries only
 * until it holds `RuleInputError.maxIssues` of them; the issues of the entries after that are
 * counted, not kept, and one `ISSUES_OMITTED` issue at the list carries the count
 * (`params.omitted`). Each entry is parsed as zod parses it, and its issues are kept whole or
 * not at all. A list of two million bad entries then holds a hundred issues, not two million:
 * the cost of refusing it is close to that of parsing a valid list, and its memory does not grow
 * with the number of bad entries. An asynchronous parse is left to zod.
 *
 * @internal
 */
export function keepFirstIssues<L extends z.ZodArray>(list: L): L {
  const internals = list._zod as unknown as { parse: Run; def: { element: { _zod: { run: Run } } } };
  const zodParse = internals.parse;
  const element = internals.def.element;
  internals.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input) || (ctx as { async?: unknown } | undefined)?.async === true) return zodParse(payload, ctx);
    const value = new Array<unknown>(input.length);
    let kept = 0;
    let omitted = 0;
    let stops = false;
    for (let i = 0; i < input.length; i++) {
      const result = element._zod.run({ value: input[i], issues: [] }, ctx);
      if (result instanceof Promise) throw new $ZodAsyncError();
      const issues = result.issues;
      if (issues.length > 0) {
        if (kept < MAX_ISSUES) {
          for (const issue of issues) {
            const at = issue as { path?: PropertyKey[] };
            at.path = at.path ? [i, ...at.path] : [i];
            payload.issues.push(issue);
            kept += issuesIn(issue);
          }
        } else {
          for (const issue of issues) {
            omitted += issuesIn(issue);
            // zod takes an issue without `continue: true` to stop the checks after it.
            if ((issue as { continue?: unknown }).continue !== true) stops = true;
          }
        }
      }
      value[i] = result.value;
    }
    payload.value = value;
    if (omitted > 0) payload.issues.push(omittedIssue(omitted, kept, stops) as RawIssue);
    return payload;
  };
  return list;
}

/**
 * The domain issue as zod receives it.
 * @internal
 */
export function domainIssue(
  code: string,
  message: BilingualMessage,
  path: readonly PropertyKey[] = [],
  abort = false,
): z.core.$ZodRawIssue {
  // Every field set on the way is there from the start (zod 4 stamps `schema` on an issue a check
  // raised, the library's schemas PARSE_ERROR): an issue that keeps its shape costs a fraction as
  // much to pass up an object.
  const issue = {
    code: 'custom',
    params: { domainCode: code, messages: message },
    path: [...path],
    inst: DOMAIN_SOURCE,
    schema: undefined,
    continue: !abort,
    [PARSE_ERROR]: undefined,
  };
  return issue as unknown as z.core.$ZodRawIssue;
}

/**
 * Adds a domain issue to a zod refinement context. It carries its message in both languages;
 * zod shows it in Chinese (the regulation's language) unless an error map such as
 * {@link errorMap}`('en')` is given per parse or set by the application as zod's global
 * `customError`.
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
  addOwnIssue(ctx, code, message, path);
}

/**
 * {@link addDomainIssue} for the library's own refinements, whose context is always zod's: without
 * the check of `ctx`, so that a schema does not carry the error classes into a form's bundle.
 *
 * @internal
 */
export function addOwnIssue(
  ctx: z.RefinementCtx,
  code: string,
  message: BilingualMessage,
  path: readonly (string | number)[] = [],
): void {
  ctx.addIssue(domainIssue(code, message, path) as never);
}

/**
 * The message of a zod issue in the given locale. Domain issues are translated by the library;
 * zod's own issues keep the message zod gave them (parse with {@link errorMap}, or use
 * {@link safeParseIn}, to have zod write them in the same language).
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

/** zod's length bounds of texts and lists (inclusive, or exact), in Chinese. */
const ZH_LENGTHS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  // origin: [unit, what is measured, too small, too big]
  string: ['个字符', '长度', '过短', '过长'],
  array: ['项', '项数', '过少', '过多'],
};

/** zod's size bounds of the containers no schema of the library has (Map, Set, File). */
const ZH_SIZES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  set: ['项', '项数', '过少', '过多'],
  map: ['项', '项数', '过少', '过多'],
  file: ['字节', '大小', '过小', '过大'],
};

const limitOf = (issue: z.core.$ZodRawIssue, small: boolean): unknown =>
  (issue as { minimum?: unknown; maximum?: unknown })[small ? 'minimum' : 'maximum'];

function zhLength(issue: z.core.$ZodRawIssue, small: boolean, unit: readonly [string, string, string, string]): string {
  const bound = String(limitOf(issue, small));
  const [counted, measure, under, over] = unit;
  if ((issue as { exact?: boolean }).exact) return `${measure}应为 ${bound} ${counted}`;
  // An empty text where one character is needed: a field left blank.
  if (small && issue.origin === 'string' && bound === '1') return '不能为空';
  return `${measure}${small ? under : over}：${small ? '至少' : '最多'} ${bound} ${counted}`;
}

/** The origins of bounds no schema of the library sets. */
const OTHER_ORIGINS: readonly string[] = ['set', 'map', 'file', 'date'];

/**
 * A bound the library's schemas set, on a text's or a list's length (inclusive, or exact) or on a
 * number; `undefined` for the origins only other schemas have (Map, Set, File, Date).
 */
function zhBound(issue: z.core.$ZodRawIssue, small: boolean): string | undefined {
  const origin = String(issue.origin);
  const unit = ZH_LENGTHS[origin];
  if (unit) return zhLength(issue, small, unit);
  if (OTHER_ORIGINS.includes(origin)) return undefined;
  const relation = small ? (issue.inclusive ? '大于或等于' : '大于') : issue.inclusive ? '小于或等于' : '小于';
  return `数值${small ? '过小' : '过大'}：应${relation} ${String(limitOf(issue, small))}`;
}

/** The bounds of Map, Set and File sizes and of dates, which no schema of the library has. */
function zhOtherBound(issue: z.core.$ZodRawIssue, small: boolean): string | undefined {
  const origin = String(issue.origin);
  const unit = ZH_SIZES[origin];
  if (unit) return zhLength(issue, small, unit);
  if (origin !== 'date') return undefined;
  const limit = limitOf(issue, small);
  // A date bound is a timestamp (zod 4) or a Date.
  const date = typeof limit === 'number' || limit instanceof Date ? new Date(limit) : undefined;
  const bound = date !== undefined && !Number.isNaN(date.getTime()) ? date.toISOString() : String(limit);
  const exclusive = issue.inclusive === false;
  return `日期${small ? '过早' : '过晚'}：应${exclusive ? '' : '不'}${small === exclusive ? '晚于' : '早于'} ${bound}`;
}

/**
 * A message of an issue in `locale`: the library's message of a domain issue, else the message
 * zod gave it, which may hold both languages (see {@link bilingualMap}).
 */
function messageIn(issue: { readonly code?: unknown; readonly params?: unknown; readonly message?: unknown }, locale: Locale): string {
  const params = domainParams(issue);
  if (params) return params.messages[locale];
  return split(typeof issue.message === 'string' ? issue.message : '')[locale];
}

/** Why a record key is invalid: the first issue of the key, in `locale` (none for a forbidden key). */
function keyReason(issue: z.core.$ZodRawIssue, locale: Locale): string {
  const inner = (issue as { issues?: z.core.$ZodIssue[] }).issues?.[0];
  if (inner !== undefined) return messageIn(inner, locale);
  return locale === 'en' ? 'this key is not allowed' : '不允许使用该键';
}

/** One value of an option list as zod shows it: strings in double quotes, the rest as written. */
const shown = (v: unknown): string => (typeof v === 'string' ? `"${headOf(v, 40)}"` : typeof v === 'bigint' ? `${v}n` : String(v));

/** Chinese wording of zod's issues: a message, or `undefined` for an issue it does not word. */
type ZhWording = (issue: z.core.$ZodRawIssue) => string | undefined;

/**
 * The library's Chinese for the zod issues its own schemas raise (zod's Chinese locale is not
 * used: it leaves type names and origins in English): types, text and list lengths, number
 * bounds, unknown keys, options, discriminators. A test walks every exported schema to show they
 * raise no other kind; {@link anyZh} words the rest.
 */
const ownZh: ZhWording = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      return `期望 ${ZH_TYPES[expected] ?? expected}，实际接收 ${zhReceived(issue.input, expected)}`;
    }
    case 'too_small':
    case 'too_big':
      return zhBound(issue, issue.code === 'too_small');
    case 'unrecognized_keys': {
      const { keys } = issue;
      const list = keys.slice(0, 20).map((k) => `“${headOf(k, 40)}”`).join('、');
      return `存在未知字段：${list}${keys.length > 20 ? `等 ${keys.length} 个` : ''}`;
    }
    case 'invalid_value': {
      const values = issue.values.slice(0, 20).map(shown).join('|');
      return issue.values.length === 1 ? `无效值：应为 ${values}` : `无效选项：期望以下之一 ${values}`;
    }
    case 'invalid_union': {
      // zod gives a discriminated union's issue its discriminator and options, a plain union's neither.
      const { discriminator, options } = issue as { discriminator?: string; options?: readonly unknown[] };
      if (options !== undefined) {
        return `无效选项：${discriminator} 应为以下之一 ${options.map((v) => `"${String(v)}"`).join('|')}`;
      }
      return undefined;
    }
    default:
      return undefined;
  }
};

// Formats zod names in English words; the others (UUID, IPv4, JWT…) are known by their own names.
const ZH_FORMATS: Readonly<Record<string, string>> = {
  email: '电子邮件地址',
  url: '网址',
  emoji: '表情符号',
  datetime: '日期时间',
  date: '日期',
  time: '时间',
  duration: '时长',
};

/** zod's string format issues: a prefix, suffix or part, a pattern, or a named format. */
function zhFormat(issue: z.core.$ZodRawIssue): string {
  const { format, prefix, suffix, includes, pattern } = issue as {
    format?: string;
    prefix?: string;
    suffix?: string;
    includes?: string;
    pattern?: unknown;
  };
  if (format === 'starts_with') return `格式无效：应以 "${prefix}" 开头`;
  if (format === 'ends_with') return `格式无效：应以 "${suffix}" 结尾`;
  if (format === 'includes') return `格式无效：应包含 "${includes}"`;
  if (format === 'regex') return `格式无效：应符合 ${String(pattern)}`;
  return `格式无效：应为${ZH_FORMATS[format ?? ''] ?? ` ${format}`}`;
}

const ZH_CONTAINERS: Readonly<Record<string, string>> = { map: 'Map', set: 'Set', record: '对象', array: '数组' };

/**
 * The Chinese for every zod issue: {@link ownZh}, and the kinds only other schemas raise (string
 * formats, multiples, Map and Set entries and sizes, File sizes, date bounds). Used where any
 * schema may be parsed ({@link errorMap}, {@link safeParseIn}, {@link bilingualIssues},
 * {@link parseOrThrow}); the library's decision functions parse only their own schemas, and an
 * application that uses only them does not carry this wording.
 */
const anyZh: ZhWording = (issue) => {
  switch (issue.code) {
    case 'invalid_format':
      return zhFormat(issue);
    case 'not_multiple_of':
      return `数值无效：应为 ${String(issue.divisor)} 的倍数`;
    case 'invalid_element':
      return `${ZH_CONTAINERS[issue.origin] ?? issue.origin}中有无效的值`;
    case 'too_small':
    case 'too_big':
      return zhOtherBound(issue, issue.code === 'too_small') ?? ownZh(issue);
    default:
      return ownZh(issue);
  }
};

/**
 * The library's wording of a zod issue in `locale`: the key issue in both languages, the rest in
 * Chinese through `zh` (zod's English locale words the rest in English).
 */
function structural(issue: z.core.$ZodRawIssue, locale: Locale, zh: ZhWording): string | undefined {
  if (issue.code === 'invalid_key') {
    const key = headOf(String(issue.input), 40);
    return locale === 'en' ? `Invalid key "${key}": ${keyReason(issue, locale)}` : `键“${key}”无效：${keyReason(issue, locale)}`;
  }
  return locale === 'en' ? undefined : zh(issue);
}

// The type issue is worded without zod's "无效输入：" / "Invalid input: " in front, which
// RuleInputError's summary (输入无效：… / Invalid input: …) would otherwise repeat.
function localeMap(locale: Locale, zh: ZhWording): (issue: z.core.$ZodRawIssue) => string {
  const zod = locale === 'en' ? zodEn().localeError : undefined;
  return (issue) => {
    const message = structural(issue, locale, zh) ?? unwrap(zod?.(issue)) ?? (locale === 'en' ? 'Invalid input' : '无效输入');
    return message.replace(/^Invalid input: /, '');
  };
}

/**
 * A zod error map that words every issue in one language: zod's own (type, size, unknown-key…
 * issues, through zod's Chinese or English locale and the library's wording of the common ones)
 * and the library's domain issues. Hand it to one parse, to zod's global configuration, or to a
 * form library's resolver. A parse with no error map at all gives the library's issues in
 * Chinese and zod's in zod's configured language (English unless set).
 *
 * @param locale - `'zh-CN'` or `'en'`
 * @returns an error map (zod's `$ZodErrorMap`)
 * @throws RuleInputError when `locale` is neither
 * Per parse: `schema.safeParse(x, { error: errorMap('zh-CN') })`; for every parse, the
 * application's own schemas too, the application sets it as zod's global `customError`
 * (docs/integrations.md); in a form:
 * `zodResolver(schema, { error: errorMap('zh-CN') })` (react-hook-form's resolvers pass it to
 * the parse).
 *
 * @example
 * ```ts
 * plainDateSchema.safeParse(42, { error: errorMap('zh-CN') }).error?.issues[0]?.message;
 * //=> '期望 字符串，实际接收 数字'
 * plainDateSchema.safeParse('2023-02-29', { error: errorMap('en') }).error?.issues[0]?.message;
 * //=> 'No such date: 2023-02-29'
 * plainDateSchema.safeParse('2023-02-29').error?.issues[0]?.message; //=> '日期不存在：2023-02-29'
 * ```
 */
export function errorMap(locale: Locale): z.core.$ZodErrorMap {
  assertLocale(locale);
  const words = localeMap(locale, anyZh);
  return (issue) => {
    const params = domainParams(issue);
    return params ? params.messages[locale] : words(issue);
  };
}

// ---------------------------------------------------------------------------------------------
// Both languages from one parse. The library's own parses use the error map BOTH, which writes
// each of zod's issues in both languages into one message: MARK, the length of the Chinese in
// decimal, MARK, the Chinese, the English. Nothing a schema writes starts that way, and a message
// that does not is the same in both languages (a message the caller's schema set itself).
// ---------------------------------------------------------------------------------------------

const MARK = '\uE000';

/** The error map BOTH with the Chinese of `zh`; zod's English locale words the English. */
function bilingualMap(zh: ZhWording): z.core.$ZodErrorMap {
  let maps: { 'zh-CN': (issue: z.core.$ZodRawIssue) => string; en: (issue: z.core.$ZodRawIssue) => string } | undefined;
  // A domain issue never gets here: its own error map (DOMAIN_SOURCE's) answers first, and its
  // messages are read from its params.
  return (issue) => {
    maps ??= { 'zh-CN': localeMap('zh-CN', zh), en: localeMap('en', zh) };
    const chinese = maps['zh-CN'](issue);
    return `${MARK}${chinese.length}${MARK}${chinese}${maps.en(issue)}`;
  };
}

/** BOTH for the library's own schemas (the decision functions' parses). */
const OWN_BOTH = /* @__PURE__ */ bilingualMap(ownZh);
/** BOTH for any schema (the exported parse helpers). */
const ANY_BOTH = /* @__PURE__ */ bilingualMap(anyZh);

function split(message: string): BilingualMessage {
  if (message.startsWith(MARK)) {
    const end = message.indexOf(MARK, 1);
    const length = Number(message.slice(1, end));
    if (end > 1 && Number.isSafeInteger(length) && end + 1 + length <= message.length) {
      return { 'zh-CN': message.slice(end + 1, end + 1 + length), en: message.slice(end + 1 + length) };
    }
  }
  return { 'zh-CN': message, en: message };
}

/** The issues of a failed parse, or the parsed value: what {@link safeParseOwn} returns. */
export type BilingualParseResult<T> =
  | { readonly success: true; readonly data: T }
  | {
      readonly success: false;
      /** The first {@link RuleInputError.maxIssues} issues, in both languages. */
      readonly issues: LocalizedIssue[];
      /** How many issues were found in all (a list of the library counts those it did not keep). */
      readonly issueCount: number;
    };

/**
 * Runs `schema` on `input` as zod's `safeParse` does, and gives zod's unfinished issues: the
 * library words only those it shows (zod would word them all when the error is read).
 */
function parseRaw(schema: z.ZodType, input: unknown, ctx: { async: false; error: z.core.$ZodErrorMap }): Payload {
  const result = (schema._zod as unknown as { run: Run }).run({ value: input, issues: [] }, ctx);
  if (result instanceof Promise) throw new $ZodAsyncError();
  return result;
}

function finish(raw: RawIssue, ctx: { async: false; error: z.core.$ZodErrorMap }): LocalizedIssue {
  const issue = zodUtil.finalizeIssue(raw as never, ctx as never, globalConfig);
  const params = domainParams(issue);
  return { path: toPath(issue.path), code: params?.domainCode ?? issue.code, message: params ? params.messages : split(issue.message) };
}

/** Parses once with `both` (BOTH for some wording): the value, or the first issues and their count. */
function safeParseWith<S extends z.ZodType>(schema: S, input: unknown, both: z.core.$ZodErrorMap): BilingualParseResult<z.output<S>> {
  const ctx = { async: false, error: both } as const;
  const result = parseRaw(schema, input, ctx);
  if (result.issues.length === 0) return { success: true, data: result.value as z.output<S> };
  const issues: LocalizedIssue[] = [];
  let issueCount = 0;
  for (const raw of result.issues) {
    // The issue standing for a list's omitted issues is not listed: it counts them.
    if (domainParams(raw)?.domainCode === ISSUES_OMITTED) {
      issueCount += issuesIn(raw);
      continue;
    }
    issueCount++;
    if (issues.length < RuleInputError.maxIssues) issues.push(finish(raw, ctx));
  }
  return { success: false, issues, issueCount: Math.max(issueCount, issues.length) };
}

/**
 * Parses one of the library's own schemas once and gives the value, or the issues in both
 * languages: the first `RuleInputError.maxIssues`, and how many were found in all. Only the
 * issues kept are worded, with the wording of the issues the library's schemas raise.
 *
 * @internal
 */
export function safeParseOwn<S extends z.ZodType>(schema: S, input: unknown): BilingualParseResult<z.output<S>> {
  return safeParseWith(schema, input, OWN_BOTH);
}

function throwIssues(result: BilingualParseResult<unknown> & { success: false }, at: string | undefined): never {
  const issues = at === undefined ? result.issues : result.issues.map((i) => ({ ...i, path: [at, ...i.path] }));
  throw new RuleInputError(issues, result.issueCount);
}

/**
 * {@link parseOrThrow} for the library's own schemas, the way every decision function parses
 * its input.
 *
 * @internal
 */
export function parseOwn<S extends z.ZodType>(schema: S, input: unknown, at?: string): z.output<S> {
  const result = safeParseWith(schema, input, OWN_BOTH);
  return result.success ? result.data : throwIssues(result, at);
}

/**
 * Parses with every message, zod's and the library's, in one language, without touching zod's
 * global configuration (the same as `schema.safeParse(input, { error: errorMap(locale) })`).
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
  const result = schema.safeParse(input, { error: errorMap(locale) });
  if (!result.success) {
    // A domain issue raised by a schema that is not the library's own still gets `locale`.
    for (const issue of result.error.issues) {
      const params = domainParams(issue);
      if (params) (issue as { message: string }).message = params.messages[locale];
    }
  }
  return result as z.ZodSafeParseResult<z.output<S>>;
}

/**
 * Checks an input and returns its problems with messages in both languages (empty when valid),
 * from one parse. At most `RuleInputError.maxIssues` (100) are listed; when there are more, a
 * last issue with code `ISSUES_OMITTED` says how many were left out.
 *
 * @example
 * ```ts
 * bilingualIssues(plainDateSchema, '2024-13-01')[0]?.code; //=> 'DATE_IMPOSSIBLE'
 * ```
 */
export function bilingualIssues(schema: z.ZodType, input: unknown): LocalizedIssue[] {
  assertSchema(schema);
  const result = safeParseWith(schema, input, ANY_BOTH);
  if (result.success) return [];
  const omitted = result.issueCount - result.issues.length;
  if (omitted === 0) return result.issues;
  const issue = omittedIssue(omitted, result.issues.length) as unknown as { params: DomainParams };
  return [...result.issues, { path: [], code: ISSUES_OMITTED, message: issue.params.messages }];
}

/**
 * Parses an input once, or throws {@link RuleInputError} carrying its issues in both languages
 * (the first 100, and how many were found). With `at`, the name of the argument parsed, every
 * issue's path starts with it.
 *
 * @example
 * ```ts
 * parseOrThrow(plainDateSchema, '2024-02-29'); //=> '2024-02-29'
 * parseOrThrow(plainDateSchema, '2023-02-29'); // throws RuleInputError
 * ```
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, at?: string): z.output<S> {
  assertSchema(schema);
  const result = safeParseWith(schema, input, ANY_BOTH);
  return result.success ? result.data : throwIssues(result, at);
}
