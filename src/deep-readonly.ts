// The read-only view of an input type, shared by every function that takes one.

/**
 * A type with every array and object property made read-only, all the way down: the inputs of
 * the rules, the draw and the quota take readonly arrays as well as ordinary ones (the functions
 * never change their input). Functions (a rest-day calendar's `isRestDay`) are kept as they are.
 *
 * @example
 * ```ts
 * const ids: DeepReadonly<{ list: string[] }> = { list: ['a'] as const };
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
  ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
  : T;
