import type { DrawStream } from './prng.js';
import { deepFreeze } from '../freeze.js';

/**
 * Why a selected enterprise got no team:
 * - `TOO_FEW_INSPECTORS` — fewer eligible inspectors than `teamSize` in the whole draw;
 * - `INSPECTOR_CAPACITY_REACHED` — enough eligible inspectors, but fewer than `teamSize` are
 *   below `maxTeamsPerInspector`;
 * - `CONFLICT_OF_INTEREST` — enough inspectors below the cap, but fewer than `teamSize` of them
 *   declared no conflict with this enterprise (回避, 行政处罚法 2021 Art 43).
 *
 * @example
 * ```ts
 * UNSTAFFED_REASONS.includes('CONFLICT_OF_INTEREST'); //=> true
 * ```
 */
export const UNSTAFFED_REASONS = /* @__PURE__ */ deepFreeze(['TOO_FEW_INSPECTORS', 'INSPECTOR_CAPACITY_REACHED', 'CONFLICT_OF_INTEREST'] as const);

/**
 * Why a selected enterprise got no team (see {@link UNSTAFFED_REASONS}).
 *
 * @example
 * ```ts
 * const reason: UnstaffedReason = 'TOO_FEW_INSPECTORS';
 * ```
 */
export type UnstaffedReason = (typeof UNSTAFFED_REASONS)[number];

/** An eligible inspector, in canonical order. @internal */
export interface TeamCandidate {
  readonly id: string;
  readonly conflicts?: readonly string[] | undefined;
}

/** Result of team assignment. @internal */
export interface TeamAssignment {
  readonly assignments: { enterpriseId: string; inspectorIds: string[] }[];
  readonly unstaffed: { enterpriseId: string; reason: UnstaffedReason }[];
}

/**
 * Assigns teams to the selected enterprises in draw order (docs/draw-algorithm.md, step 10).
 * Each inspector has a key (load, tie, index): the number of teams joined so far, a 32-bit
 * number from the inspector stream (drawn for every inspector in canonical order at the start,
 * and drawn again each time the inspector joins a team), and the position in canonical order.
 * An enterprise gets the `teamSize` candidates with the smallest keys — candidates being the
 * inspectors below `maxTeamsPerInspector` with no declared conflict with it — or, when there are
 * not that many, no team at all (reported as unstaffed, nothing drawn, no load changed).
 * A binary heap on the keys finds them in O(log m) each.
 *
 * @internal
 */
export function assignTeams(
  selected: readonly string[],
  inspectors: readonly TeamCandidate[],
  teamSize: number,
  maxTeams: number | undefined,
  stream: DrawStream,
): TeamAssignment {
  const m = inspectors.length;
  const load = new Int32Array(m);
  const tie = new Float64Array(m);
  for (let i = 0; i < m; i++) tie[i] = stream.next32();
  const conflicts = inspectors.map((i) => (i.conflicts && i.conflicts.length > 0 ? new Set(i.conflicts) : undefined));

  const less = (a: number, b: number): boolean => {
    const la = load[a] as number;
    const lb = load[b] as number;
    if (la !== lb) return la < lb;
    const ta = tie[a] as number;
    const tb = tie[b] as number;
    if (ta !== tb) return ta < tb;
    return a < b;
  };
  const heap = new Int32Array(m);
  let size = 0;
  const push = (x: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as number;
      if (!less(x, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = x;
  };
  const pop = (): number => {
    const top = heap[0] as number;
    const last = heap[--size] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      const c = r < size && less(heap[r] as number, heap[l] as number) ? r : l;
      if (!less(heap[c] as number, last)) break;
      heap[i] = heap[c] as number;
      i = c;
    }
    heap[i] = last;
    return top;
  };
  for (let i = 0; i < m; i++) push(i);

  const assignments: TeamAssignment['assignments'] = [];
  const unstaffed: TeamAssignment['unstaffed'] = [];
  const team: number[] = [];
  const aside: number[] = [];
  for (const enterpriseId of selected) {
    if (m < teamSize) {
      unstaffed.push({ enterpriseId, reason: 'TOO_FEW_INSPECTORS' });
      continue;
    }
    if (size < teamSize) {
      unstaffed.push({ enterpriseId, reason: 'INSPECTOR_CAPACITY_REACHED' });
      continue;
    }
    team.length = 0;
    aside.length = 0;
    while (team.length < teamSize && size > 0) {
      const x = pop();
      if (conflicts[x]?.has(enterpriseId)) aside.push(x);
      else team.push(x);
    }
    if (team.length < teamSize) {
      for (const x of team) push(x);
      for (const x of aside) push(x);
      unstaffed.push({ enterpriseId, reason: 'CONFLICT_OF_INTEREST' });
      continue;
    }
    const inspectorIds: string[] = [];
    for (const x of team) {
      inspectorIds.push((inspectors[x] as TeamCandidate).id);
      load[x] = (load[x] as number) + 1;
      tie[x] = stream.next32();
      if (maxTeams === undefined || (load[x] as number) < maxTeams) push(x);
    }
    for (const x of aside) push(x);
    assignments.push({ enterpriseId, inspectorIds });
  }
  return { assignments, unstaffed };
}
