// The largest inputs the library accepts. No imports: importing LIMITS pulls nothing else in.

/**
 * The largest string lengths, list sizes and team sizes the schemas and the draw accept. Past a limit, the
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
 * - `drawMaxTeamSize` — the `teamSize` of a draw and the inspectors of one team in a draw record
 *   (a number, not a length: past it the issue is `LIMIT_EXCEEDED` as well). Article 9¶1 sets
 *   a minimum (2名以上) and no maximum; a team that visits one enterprise is a handful of
 *   people, and 10 is five times the minimum. A team of 20 000 would make a 200-enterprise draw
 *   build 4 000 000 team places;
 * - `drawMaxTeamSlots` — the team places of one draw, enterprises selected × `teamSize`: the
 *   size of a record's teams. Checked once the selection's size is known, before anything is
 *   shuffled or any team formed (`drawInspections`, `verifyDraw`'s re-run, `planAnnualAudit`).
 *   4 000 000 is `drawMaxEnterprises` × 2: every draw that is possible at the Article 9¶1
 *   minimum team size stays possible;
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
 * LIMITS.drawMaxTeamSize; //=> 10
 * ```
 */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  textMaxLength: 2000,
  idMaxLength: 200,
  seedMaxLength: 1000,
  drawMaxEnterprises: 2_000_000,
  drawMaxInspectors: 100_000,
  drawMaxTeamSize: 10,
  drawMaxTeamSlots: 4_000_000,
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
