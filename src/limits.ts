// The largest inputs the library accepts. No imports: importing LIMITS pulls nothing else in.

/**
 * The largest string lengths and list sizes the schemas and the draw accept. Past a limit, the
 * input is rejected with a {@link RuleInputError} (`code` `INVALID_INPUT`) whose issue has code
 * `LIMIT_EXCEEDED` and a message in both languages naming the limit (e.g. "at most 2000
 * characters (LIMITS.textMaxLength), got 10485760"). The length is checked before anything else
 * in the value, so an oversized list is rejected without its entries being parsed, and an
 * oversized string without being scanned.
 *
 * Lengths count UTF-16 code units (JavaScript's `string.length`; one per Chinese character of
 * the Basic Multilingual Plane), of the text after trimming where the field is trimmed. The
 * values are documented with the places they apply in docs/performance.md ("Limits").
 *
 * - `textMaxLength` — free text: names, descriptions, notes, products, laboratories, references;
 * - `idMaxLength` — identifiers: record ids, inspector ids, credential numbers, a draw
 *   inspector's `bureau`, ids and stratum keys in a draw record;
 * - `seedMaxLength` — a draw seed;
 * - `drawMaxEnterprises` / `drawMaxInspectors` — the two lists of a draw (`drawInspections`,
 *   `verifyDraw`, `fingerprintDrawLists`, `planAnnualAudit`), `alreadyChecked`, and the lists of
 *   a draw record;
 * - `conflictsMaxPerInspector` — the declared conflicts of one inspector;
 * - `recordMaxInspectors` / `recordMaxFindings` — inspectors (and their signatures) and
 *   findings on one inspection record;
 * - `listMaxLength` — every other list: special-inspection events, dossier entries, products,
 *   failed items, licenses of an enterprise, rest-day calendar dates, strata of a draw record;
 * - `quotaMaxEnterprises` / `quotaMaxSpotChecks` — the licensed enterprises (and `counties`)
 *   and the spot checks of `auditQuota`; `planAnnualAudit`'s spot checks.
 *
 * @example
 * ```ts
 * LIMITS.drawMaxEnterprises; //=> 2000000
 * LIMITS.textMaxLength; //=> 2000
 * ```
 */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  textMaxLength: 2000,
  idMaxLength: 200,
  seedMaxLength: 1000,
  drawMaxEnterprises: 2_000_000,
  drawMaxInspectors: 100_000,
  conflictsMaxPerInspector: 10_000,
  recordMaxInspectors: 100,
  recordMaxFindings: 1000,
  listMaxLength: 10_000,
  quotaMaxEnterprises: 2_000_000,
  quotaMaxSpotChecks: 2_000_000,
} as const);

/**
 * The names of the {@link LIMITS}.
 *
 * @example
 * ```ts
 * const name: LimitName = 'drawMaxEnterprises';
 * LIMITS[name]; //=> 2000000
 * ```
 */
export type LimitName = keyof typeof LIMITS;

/**
 * The type of {@link LIMITS}: each limit's name and value.
 *
 * @example
 * ```ts
 * const limits: Limits = LIMITS;
 * limits.idMaxLength; //=> 200
 * ```
 */
export type Limits = typeof LIMITS;
