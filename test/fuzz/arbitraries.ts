import { z } from 'zod';
import fc from 'fast-check';

/** Values chosen to break parsers: special numbers, impossible dates, prototype keys. */
export const specialValue = fc.constantFrom<unknown>(
  Number.NaN,
  -0,
  0,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  1e21,
  '0000-00-00',
  '2024-02-30',
  '2020-11-24',
  '2020-11-25',
  '2024-02-29',
  '9999-12-31',
  '',
  ' ',
  '__proto__',
  'constructor',
  'zh-CN',
  'en',
  '91350100M000100Y43',
  '91350203M0001QAY9B',
  '吉XK16-204-00397',
  '\u0000',
  '\uD800',
  null,
  undefined,
  true,
  false,
  [],
  {},
);

/** Objects whose own keys are `__proto__` / `constructor`, as JSON.parse makes them. */
export const pollutingObject = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse('{"article":7,"__proto__":{"item":1}}'),
  JSON.parse('{"asOf":"2024-01-01","__proto__":{"asOf":"2019-01-01"},"events":[]}'),
);

/** Long strings (up to 100k UTF-16 code units), ASCII or Chinese. */
export const hugeString = fc
  .tuple(fc.integer({ min: 1_000, max: 100_000 }), fc.constantFrom('a', '中', '9', '-', ' '))
  .map(([n, c]) => c.repeat(n));

/**
 * Values of every JavaScript kind fast-check makes (fc.anything): boxed primitives, objects
 * without a prototype, Maps, Sets, typed arrays, sparse arrays, dates, bigints, symbols as
 * values and keys, and functions.
 */
export const jsValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 2,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.string().map((s) => Symbol(s)),
  fc.constantFrom<unknown>(() => 1, function named() {}, class Klass {}),
);

/** Any value: JSON values, special values, every JavaScript kind, deep objects and arrays, huge strings. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 3 }),
    jsValue,
    specialValue,
    pollutingObject,
    hugeString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'asOf', 'id', 'date')), tie('value'), {
      maxKeys: 4,
    }),
    // Deep chains (not DAGs: shared sub-objects would make a walk exponential).
    fc.tuple(fc.integer({ min: 1, max: 2_000 }), fc.boolean()).map(([depth, arrays]) => {
      let v: unknown = { leaf: true };
      for (let i = 0; i < depth; i++) v = arrays ? [v] : { nested: v };
      return v;
    }),
  ),
})).value;

/** `n` arguments of any value. */
export const args = (n: number): fc.Arbitrary<unknown[]> => fc.tuple(...Array.from({ length: n }, () => anyValue));

/** Arguments where some are drawn from `arbs` and the rest are any value. */
export const argsOf = (...arbs: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[]> =>
  fc.tuple(...arbs.map((a) => fc.oneof(a, anyValue)));

/** A date-ish string: valid, impossible or malformed. */
export const dateish = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 0, max: 10_000 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) })
    .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.date({ min: new Date('2020-11-25T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) =>
    d.toISOString().slice(0, 10),
  ),
);

/** Deep-freezes a value so that any attempt to mutate the input throws. */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  // zod schemas are the library's own values passed as arguments: they cache lazily, so they stay as they are.
  if (typeof value !== 'object' || value === null || seen.has(value) || value instanceof z.ZodType) return value;
  // A typed array with elements cannot be frozen (and holds only numbers).
  if (ArrayBuffer.isView(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}

const PLAIN_PROTOTYPES = new Set<unknown>([Object.prototype, Array.prototype, null, Set.prototype, Map.prototype]);

/** Whether any object reachable from a value has a prototype other than a plain one. */
export function hasPollutedPrototype(value: unknown, seen = new Set<unknown>(), depth = 0): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 200) return false;
  seen.add(value);
  if (!PLAIN_PROTOTYPES.has(Object.getPrototypeOf(value)) && !(value instanceof Error)) return true;
  for (const key of Object.keys(value)) {
    if (hasPollutedPrototype((value as Record<string, unknown>)[key], seen, depth + 1)) return true;
  }
  return false;
}

function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

/**
 * Variants of a valid value: itself, or with one place replaced by any value, deleted, or given
 * an extra key — so that fuzzing reaches deep into the rules rather than stopping at the first
 * type check.
 */
export function mutated(base: unknown, replacement: fc.Arbitrary<unknown> = anyValue): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc
    .tuple(fc.nat(paths.length - 1), replacement, fc.constantFrom('keep', 'set', 'delete', 'add'))
    .map(([index, replacement, op]) => {
      const copy = structuredClone(base) as Record<string | number, unknown>;
      const path = paths[index] as (string | number)[];
      if (op === 'keep') return copy;
      if (path.length === 0) return op === 'set' ? replacement : copy;
      let parent: Record<string | number, unknown> = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      if (op === 'set') parent[last] = replacement;
      else if (op === 'delete') delete parent[last];
      else if (typeof parent[last] === 'object' && parent[last] !== null) {
        (parent[last] as Record<string, unknown>)['unexpected'] = replacement;
      }
      return copy;
    });
}
