// Internal: checks placed in front of schemas — lengths against LIMITS, record keys, plain objects. Not public API.
import * as z from 'zod';
import { LIMITS, type LimitName } from './limits.js';
import { SEES_PARSE_ERROR, domainIssue, keepFirstIssues } from './messages/issues.js';

/** The limits on the length of one string. */
export type TextLimitName = 'textMaxLength' | 'idMaxLength' | 'seedMaxLength';

/** The limits on the value of a number. */
export type NumberLimitName = 'drawMaxTeamSize';

/** The limits on the number of entries of a list (or keys of a record). */
export type ListLimitName = Exclude<LimitName, TextLimitName | NumberLimitName>;

/** What a limit measures: a string's length, a list's entries, or a number's value. */
export type Unit = 'characters' | 'entries' | 'value';

/** The sum of the named limits and how to write it in a message (`LIMITS.a + LIMITS.b`). */
function limitOf(names: readonly LimitName[]): { readonly max: number; readonly label: string } {
  let max = 0;
  for (const name of names) max += LIMITS[name];
  return { max, label: names.map((name) => `LIMITS.${name}`).join(' + ') };
}

/** The message of a `LIMIT_EXCEEDED` issue. @internal */
export function limitMessages(unit: Unit, max: number, label: string, got: number) {
  return unit === 'characters'
    ? {
        'zh-CN': `长度超出上限：最多 ${max} 个字符（${label}），收到 ${got} 个`,
        en: `Too long: at most ${max} characters (${label}), got ${got}`,
      }
    : unit === 'entries'
    ? {
        'zh-CN': `条目数超出上限：最多 ${max} 项（${label}），收到 ${got} 项`,
        en: `Too many entries: at most ${max} (${label}), got ${got}`,
      }
    : {
        'zh-CN': `数值超出上限：最多 ${max}（${label}），收到 ${got}`,
        en: `Too large: at most ${max} (${label}), got ${got}`,
      };
}

/**
 * A preprocessing step that adds a `LIMIT_EXCEEDED` issue when `measure` finds the value over
 * the limit. An issue in the step stops the pipe, so the schema behind it never sees the value,
 * and the issue aborts, so no refinement of an enclosing object sees it either.
 */
function guard<I>(
  names: readonly LimitName[],
  unit: Unit,
  measure: (value: unknown, max: number) => number,
  expected?: 'string' | 'array',
) {
  const { max } = limitOf(names);
  // A refused list is not handed on: what follows the pipe still sees its value (zod's
  // `.readonly()` freezes it even after a failure, which would freeze the caller's own array, or
  // throw on a typed array), so it gets a fresh empty list instead. The issue keeps the input.
  const refused = (value: I): I => (expected === 'array' ? ([] as I) : value);
  return (value: I, ctx: z.RefinementCtx): I => {
    // zod runs a string's or an array's length checks even on a value of the wrong type (a
    // 101-character string given for a list of at most 100 gets "too long"): the wrong type is
    // reported here, alone, and stops the pipe.
    if (expected !== undefined && (expected === 'array' ? !Array.isArray(value) : typeof value !== 'string')) {
      ctx.addIssue({ code: 'invalid_type', expected, input: value, continue: false });
      return refused(value);
    }
    const got = measure(value, max);
    if (got > max) {
      ctx.addIssue(limitExceeded(names, unit, got) as never);
      return refused(value);
    }
    return value;
  };
}

/**
 * The `LIMIT_EXCEEDED` issue of a value measuring `got` against the named limits: a domain issue
 * (as addDomainIssue writes it) that aborts explicitly, so that no refinement of an enclosing
 * object runs on the value, nor any later check of the schema that found it.
 */
export function limitExceeded(names: readonly LimitName[], unit: Unit, got: number): z.core.$ZodRawIssue {
  const { max, label } = limitOf(names);
  return domainIssue('LIMIT_EXCEEDED', limitMessages(unit, max, label, got), [], true);
}

/**
 * How a string's length is counted against its limit: as given, after trimming (for schemas that
 * trim), or after NFC normalisation (for the draw seed, which the draw normalises and records).
 */
export type CountedForm = 'as-is' | 'trimmed' | 'nfc';

/**
 * `schema` (a string schema, which should carry `.max(LIMITS[name])` for JSON Schema) behind a
 * length check against `LIMITS[name]`, counted on the `counted` form of the text. A string
 * longer than the limit as given is measured without being copied; NFC can lengthen a string
 * (U+0958 becomes two characters), so a seed within the limit is measured again normalised.
 */
export function boundedString<S extends z.ZodType<string, string>>(name: TextLimitName, schema: S, counted: CountedForm) {
  return z.preprocess(
    guard<z.input<S>>(
      [name],
      'characters',
      (value, max) => {
        const text = value as string;
        if (text.length > max) return counted === 'trimmed' ? text.trim().length : text.length;
        return counted === 'nfc' ? text.normalize('NFC').length : 0;
      },
      'string',
    ),
    schema,
  ).check(SEES_PARSE_ERROR);
}

/**
 * `schema` (a number schema, which should carry `.max(LIMITS[name])` for JSON Schema) behind a
 * check against `LIMITS[name]`: a number above it is `LIMIT_EXCEEDED`, and the schema behind
 * never sees it. Anything that is not a number is left to the schema.
 */
export function boundedNumber<S extends z.ZodType<number, number>>(name: NumberLimitName, schema: S) {
  return z.preprocess(
    guard<z.input<S>>([name], 'value', (value) => (typeof value === 'number' ? value : -Infinity)),
    schema,
  );
}

/**
 * A list of `element` with at most `LIMITS[limit]` entries (the sum, for several names) and at
 * least `min`. The length is checked before any entry is parsed, so an oversized list fails
 * fast.
 */
export function boundedArray<T extends z.ZodType>(element: T, limit: LimitName | readonly LimitName[], min = 0) {
  const names: readonly LimitName[] = typeof limit === 'string' ? [limit] : limit;
  const base = z.array(element).max(limitOf(names).max);
  const list = keepFirstIssues(min > 0 ? base.min(min) : base);
  return z.preprocess(
    guard<z.input<typeof list>>(names, 'entries', (value) => (value as unknown[]).length, 'array'),
    list,
  ).check(SEES_PARSE_ERROR);
}

/**
 * `schema` (an object or record schema) with at most `LIMITS[name]` own keys, counted before
 * any value is parsed.
 */
export function boundedKeys<S extends z.ZodType>(name: ListLimitName, schema: S) {
  return z.preprocess(
    guard<z.input<S>>([name], 'entries', (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value).length : 0,
    ),
    schema,
  ).check(SEES_PARSE_ERROR);
}

/**
 * `schema` (a record schema) that reports an own `__proto__` key as an invalid key. zod's records
 * skip that key without a word (assigning it would replace the result's prototype); a key the
 * caller sent is never dropped silently. A record whose keys are free text also passes
 * `['__proto__', 'constructor', 'prototype']`, so that no key named after an object's own
 * machinery reaches the output.
 */
export function noSilentKeys<S extends z.ZodType>(schema: S, refused: readonly string[] = ['__proto__']) {
  return z.preprocess((value: z.input<S>, ctx) => {
    if (typeof value === 'object' && value !== null) {
      for (const key of refused) {
        if (Object.hasOwn(value, key)) ctx.addIssue({ code: 'invalid_key', origin: 'record', issues: [], input: key, path: [key] });
      }
    }
    return value;
  }, schema);
}

/**
 * `schema` (an object schema whose fields are all optional) that refuses an object of another
 * kind — a `Date`, a `Map`, a class instance — with `invalid_type`, as zod would refuse a string.
 * zod's object schemas accept any non-array object, and such a value has no own fields, so it
 * would otherwise pass as an empty object.
 */
export function plainObject<S extends z.ZodType>(schema: S) {
  return z.preprocess((value: z.input<S>, ctx) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        ctx.addIssue({ code: 'invalid_type', expected: 'object', input: value, continue: false });
      }
    }
    return value;
  }, schema);
}
