// Internal: the library's exported data is frozen, so no code in the same program can change
// what the regulation says (the 2-inspector minimum, the 7-day limit, the text). Not public API.

/**
 * Freezes a value and every object reachable from it, and returns the value. Called as
 * `/* @__PURE__ *\/ deepFreeze(…)` so that bundlers drop data an application does not use.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
