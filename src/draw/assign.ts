import type { DrawStream } from './prng.js';
import { deepFreeze } from '../freeze.js';

/**
 * Why a selected enterprise got no team:
 * - `TOO_FEW_INSPECTORS` — fewer eligible inspectors than `teamSize` in the whole draw;
 * - `CONFLICT_OF_INTEREST` — fewer than `teamSize` eligible inspectors declared no conflict with
 *   this enterprise (回避, 行政处罚法 2021 Art 43), whatever the caps;
 * - `INSPECTOR_CAPACITY_REACHED` — enough inspectors without a conflict, but no assignment within
 *   `maxTeamsPerInspector` staffs this enterprise together with every enterprise staffed before it
 *   in draw order (teams already made are re-arranged when that makes room).
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

/** A chain found by a search: its end, and how each visited inspector was reached. */
interface Chain {
  readonly end: number;
  readonly via: Int32Array;
  readonly through: Int32Array;
}

/** Result of team assignment. @internal */
export interface TeamAssignment {
  readonly assignments: { enterpriseId: string; inspectorIds: string[] }[];
  readonly unstaffed: { enterpriseId: string; reason: UnstaffedReason }[];
}

/**
 * Assigns teams to the selected enterprises (docs/draw-algorithm.md, step 10).
 *
 * Each inspector has a key (load, tie, index): the number of teams joined so far, a 32-bit number
 * from the inspector stream (drawn for every inspector in canonical order at the start, and drawn
 * again each time the inspector joins a team by step 2 below), and the position in canonical
 * order. The steps are numbered as in the document.
 *
 * 2. In draw order, an enterprise gets the `teamSize` inspectors with the smallest keys among
 *    those below `maxTeamsPerInspector` with no declared conflict with it. A binary heap on the
 *    keys finds them in O(log m) each.
 * 4. When there are not that many, the enterprise is staffed, if that is possible at all without
 *    unstaffing an enterprise drawn before it, by augmenting paths: an inspector joins it and
 *    hands one of their teams on to another inspector, who may hand one on in turn, until an
 *    inspector below the cap takes the last one. Otherwise it is unstaffed and nothing changes.
 * 5. Finally, while an inspector carrying h teams can pass one, through such a chain, to an
 *    inspector carrying at most h − 2 (and below the cap), it does. Loads then differ by at most
 *    one whenever some assignment of the same teams achieves that.
 *
 * The searches of steps 4 and 5 are breadth-first and visit inspectors in key order and teams in
 * draw order, so that the result is fully determined; they draw no random numbers.
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
  const cap = maxTeams ?? Infinity;
  const load = new Int32Array(m);
  const tie = new Float64Array(m);
  for (let i = 0; i < m; i++) tie[i] = stream.next32();
  const conflicts = inspectors.map((i) => (i.conflicts && i.conflicts.length > 0 ? new Set(i.conflicts) : undefined));
  // How many eligible inspectors declared a conflict with each enterprise.
  const conflicted = new Map<string, number>();
  for (const set of conflicts) if (set) for (const e of set) conflicted.set(e, (conflicted.get(e) ?? 0) + 1);

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
  const refill = (): void => {
    size = 0;
    for (let i = 0; i < m; i++) if ((load[i] as number) < cap) push(i);
  };
  refill();

  // Teams in draw order (index t), and the teams of each inspector.
  const teamOf: number[][] = [];
  const teamEnterprise: string[] = [];
  const teamsOf: Set<number>[] = Array.from({ length: m }, () => new Set<number>());
  const canTake = (y: number, t: number): boolean =>
    !(teamOf[t] as number[]).includes(y) && !conflicts[y]?.has(teamEnterprise[t] as string);

  /** The inspectors in key order. */
  const byKey = (): number[] => Array.from({ length: m }, (_, i) => i).sort((a, b) => (less(a, b) ? -1 : 1));
  /**
   * Breadth-first search for a chain ending at an inspector `isEnd` accepts. Starts from the
   * inspectors `isStart` accepts, in key order; from inspector x it goes, for each team t of x
   * (draw order, `skip` excepted), to every unvisited inspector that can take t, in key order.
   * Returns the end and how each visited inspector was reached (the inspector and team it came
   * through).
   */
  const search = (
    isStart: (x: number) => boolean,
    isEnd: (x: number) => boolean,
    skip: number,
  ): Chain | undefined => {
    const order = byKey();
    // The inspectors not yet visited, as a linked list in key order.
    const next = new Int32Array(m + 1);
    const prev = new Int32Array(m + 1);
    const HEAD = m;
    let last = HEAD;
    for (const x of order) {
      next[last] = x;
      prev[x] = last;
      last = x;
    }
    next[last] = HEAD;
    prev[HEAD] = last;
    const unlink = (x: number): void => {
      next[prev[x] as number] = next[x] as number;
      prev[next[x] as number] = prev[x] as number;
    };
    const via = new Int32Array(m).fill(-1);
    const through = new Int32Array(m).fill(-1);
    const queue = order.filter(isStart);
    for (const x of queue) unlink(x);
    for (let q = 0; q < queue.length; q++) {
      const x = queue[q] as number;
      if (isEnd(x)) return { end: x, via, through };
      for (const t of [...(teamsOf[x] as Set<number>)].sort((a, b) => a - b)) {
        if (t === skip) continue;
        for (let y = next[HEAD] as number; y !== HEAD; y = next[y] as number) {
          if (!canTake(y, t)) continue;
          unlink(y);
          via[y] = x;
          through[y] = t;
          queue.push(y);
        }
      }
    }
    return undefined;
  };

  /** Moves team t from inspector `from` to inspector `to`, in the same place of its list. */
  const move = (t: number, from: number, to: number): void => {
    const team = teamOf[t] as number[];
    team[team.indexOf(from)] = to;
    (teamsOf[from] as Set<number>).delete(t);
    (teamsOf[to] as Set<number>).add(t);
  };
  /**
   * Applies a chain: from its end back to its start, each inspector takes the place of the one
   * it was reached from. Records the moves in `log` when given. Returns the start inspector.
   */
  const apply = (found: Chain, log?: [number, number, number][]): number => {
    let y = found.end;
    while ((found.via[y] as number) >= 0) {
      const x = found.via[y] as number;
      log?.push([found.through[y] as number, x, y]);
      move(found.through[y] as number, x, y);
      y = x;
    }
    return y;
  };
  const unstaffed: TeamAssignment['unstaffed'] = [];
  const team: number[] = [];
  const aside: number[] = [];
  // Places left below the caps, over all inspectors.
  let spare = maxTeams === undefined ? Infinity : m * maxTeams;
  const open = (enterpriseId: string, members: number[]): number => {
    const t = teamOf.length;
    teamOf.push(members);
    teamEnterprise.push(enterpriseId);
    for (const x of members) (teamsOf[x] as Set<number>).add(t);
    return t;
  };
  for (const enterpriseId of selected) {
    if (m < teamSize) {
      unstaffed.push({ enterpriseId, reason: 'TOO_FEW_INSPECTORS' });
      continue;
    }
    // Step 2: the smallest keys among the inspectors below the cap without a conflict.
    team.length = 0;
    aside.length = 0;
    while (team.length < teamSize && size > 0) {
      const x = pop();
      if (conflicts[x]?.has(enterpriseId)) aside.push(x);
      else team.push(x);
    }
    for (const x of aside) push(x);
    if (team.length === teamSize) {
      for (const x of team) {
        load[x] = (load[x] as number) + 1;
        tie[x] = stream.next32();
        if ((load[x] as number) < cap) push(x);
      }
      spare -= teamSize;
      open(enterpriseId, [...team]);
      continue;
    }
    for (const x of team) push(x);
    if (m - (conflicted.get(enterpriseId) ?? 0) < teamSize) {
      unstaffed.push({ enterpriseId, reason: 'CONFLICT_OF_INTEREST' });
      continue;
    }
    // Step 4: one member at a time, each through a chain ending below the cap; all undone when
    // the team cannot be completed.
    const members: number[] = [];
    const t = open(enterpriseId, members);
    const moves: [number, number, number][] = [];
    const ends: number[] = [];
    while (members.length < teamSize && spare - ends.length >= teamSize - members.length) {
      const found = search(
        (x) => canTake(x, t),
        (x) => (load[x] as number) < cap,
        t,
      );
      if (!found) break;
      const y = apply(found, moves);
      members.push(y);
      (teamsOf[y] as Set<number>).add(t);
      ends.push(found.end);
      load[found.end] = (load[found.end] as number) + 1;
    }
    if (members.length === teamSize) {
      spare -= teamSize;
      refill();
      continue;
    }
    for (let i = moves.length - 1; i >= 0; i--) {
      const [mt, from, to] = moves[i] as [number, number, number];
      move(mt, to, from);
    }
    for (const x of members) (teamsOf[x] as Set<number>).delete(t);
    for (const x of ends) load[x] = (load[x] as number) - 1;
    teamOf.pop();
    teamEnterprise.pop();
    unstaffed.push({ enterpriseId, reason: 'INSPECTOR_CAPACITY_REACHED' });
  }

  // Step 5: pass teams from the most loaded inspectors to ones carrying two or more fewer.
  for (let improved = m > 0; improved; ) {
    improved = false;
    let hi = 0;
    let lo = Infinity;
    for (let i = 0; i < m; i++) {
      hi = Math.max(hi, load[i] as number);
      lo = Math.min(lo, load[i] as number);
    }
    for (let h = hi; h >= lo + 2 && !improved; h--) {
      const found = search(
        (x) => load[x] === h,
        (x) => (load[x] as number) <= h - 2 && (load[x] as number) < cap,
        -1,
      );
      if (!found) continue;
      const y = apply(found);
      load[y] = (load[y] as number) - 1;
      load[found.end] = (load[found.end] as number) + 1;
      improved = true;
    }
  }

  return {
    assignments: teamOf.map((members, t) => ({
      enterpriseId: teamEnterprise[t] as string,
      inspectorIds: members.map((x) => (inspectors[x] as TeamCandidate).id),
    })),
    unstaffed,
  };
}
