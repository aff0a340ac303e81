/**
 * An independent implementation of docs/draw-algorithm.md, written from the document and not
 * from src/draw: its own RC4, SHA-256 from node:crypto, its own canonical JSON, a naive team
 * assignment that scans every inspector. It assumes valid input (the library validates) and
 * exists so the known-answer vectors have a second, independent reason to be right.
 */
import { createHash } from 'node:crypto';

export interface RefEnterprise {
  id: string;
  county?: string;
  riskClass?: string;
  licenseValidUntil?: string;
  inspectionsThisYear?: number;
}
export interface RefInspector {
  id: string;
  credentialValidUntil: string;
  bureau?: string;
  conflicts?: string[];
}
export interface RefInput {
  seed: string;
  asOf: string;
  enterprises: RefEnterprise[];
  inspectors: RefInspector[];
  ratio?: number;
  count?: number;
  teamSize?: number;
  stratifyBy?: 'county' | 'riskClass';
  ratios?: Record<string, number>;
  reserveCount?: number;
  maxInspectionsPerYear?: number;
  maxTeamsPerInspector?: number;
  alreadyChecked?: string[];
}

const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sha(text: string): string {
  return createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
}

/** Canonical JSON per "Conventions". */
export function refCanonical(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(refCanonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort(byUnits);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${refCanonical(o[k])}`).join(',')}}`;
}

/** RC4-drop[256] keyed with the ASCII bytes of the key (step 7). */
export class RefStream {
  private s: number[] = [];
  private i = 0;
  private j = 0;
  constructor(key: string) {
    const k = [...key].map((c) => c.charCodeAt(0));
    for (let i = 0; i < 256; i++) this.s.push(i);
    let j = 0;
    for (let i = 0; i < 256; i++) {
      j = (j + this.s[i]! + k[i % k.length]!) % 256;
      [this.s[i], this.s[j]] = [this.s[j]!, this.s[i]!];
    }
    for (let n = 0; n < 256; n++) this.byte();
  }
  byte(): number {
    this.i = (this.i + 1) % 256;
    this.j = (this.j + this.s[this.i]!) % 256;
    [this.s[this.i], this.s[this.j]] = [this.s[this.j]!, this.s[this.i]!];
    return this.s[(this.s[this.i]! + this.s[this.j]!) % 256]!;
  }
  next32(): number {
    return this.byte() * 2 ** 24 + this.byte() * 2 ** 16 + this.byte() * 2 ** 8 + this.byte();
  }
  below(n: number): number {
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const u = this.next32();
      if (u < limit) return u % n;
    }
  }
}

export function refStream(label: string, seed: string): RefStream {
  return new RefStream(sha(`${label}\n${seed.normalize('NFC')}`));
}

/**
 * Step 10 (teams), written from the text of docs/draw-algorithm.md with plain arrays: `team` are
 * the eligible inspectors in canonical order, `S` the NFC seed.
 */
export function refTeams(
  selected: readonly string[],
  team: readonly { readonly id: string; readonly conflicts?: readonly string[] | undefined }[],
  teamSize: number,
  maxTeamsPerInspector: number | undefined,
  S: string,
): { assignments: { enterpriseId: string; inspectorIds: string[] }[]; unstaffed: { enterpriseId: string; reason: string }[] } {
  const ist = refStream('bls-draw/1/inspectors', S);
  const M = team.length;
  const cap = maxTeamsPerInspector ?? Infinity;
  const load = team.map(() => 0);
  const tie = team.map(() => ist.next32());
  const cmp = (a: number, b: number): number => load[a]! - load[b]! || tie[a]! - tie[b]! || a - b;
  const keyOrder = (): number[] => team.map((_, x) => x).sort(cmp);
  const conflictsWith = (x: number, e: string): boolean => (team[x]!.conflicts ?? []).includes(e);
  const teams: { e: string; members: number[] }[] = [];
  const canTake = (y: number, t: number): boolean => !teams[t]!.members.includes(y) && !conflictsWith(y, teams[t]!.e);
  // The chain search: breadth-first from `starts`, teams in the order they were opened,
  // inspectors in key order as when the search started.
  const chain = (starts: number[], isEnd: (x: number) => boolean, skip: number): { x: number; t: number }[] | undefined => {
    const order = keyOrder();
    const from = new Map<number, { x: number; t: number } | null>();
    const queue: number[] = [];
    for (const x of starts) {
      from.set(x, null);
      queue.push(x);
    }
    while (queue.length > 0) {
      const x = queue.shift()!;
      if (isEnd(x)) {
        const path: { x: number; t: number }[] = [];
        for (let y = x; from.get(y) !== null; y = from.get(y)!.x) path.unshift({ x: y, t: from.get(y)!.t });
        let x0 = x;
        while (from.get(x0) !== null) x0 = from.get(x0)!.x;
        return [{ x: x0, t: -1 }, ...path];
      }
      for (let t = 0; t < teams.length; t++) {
        if (t === skip || !teams[t]!.members.includes(x)) continue;
        for (const y of order) {
          if (from.has(y) || !canTake(y, t)) continue;
          from.set(y, { x, t });
          queue.push(y);
        }
      }
    }
    return undefined;
  };
  // Along a chain x0, (t1, x1), …, (tj, xj): xi takes x(i−1)'s place in ti.
  const apply = (c: { x: number; t: number }[]): (() => void) => {
    const undo: (() => void)[] = [];
    for (let i = c.length - 1; i >= 1; i--) {
      const members = teams[c[i]!.t]!.members;
      const at = members.indexOf(c[i - 1]!.x);
      members[at] = c[i]!.x;
      undo.push(() => (members[at] = c[i - 1]!.x));
    }
    return () => undo.reverse().forEach((f) => f());
  };
  const unstaffed: { enterpriseId: string; reason: string }[] = [];
  for (const e of selected) {
    if (M < teamSize) {
      unstaffed.push({ enterpriseId: e, reason: 'TOO_FEW_INSPECTORS' });
      continue;
    }
    const C = keyOrder().filter((x) => load[x]! < cap && !conflictsWith(x, e));
    if (C.length >= teamSize) {
      const chosen = C.slice(0, teamSize);
      for (const x of chosen) {
        load[x]! += 1;
        tie[x] = ist.next32();
      }
      teams.push({ e, members: chosen });
      continue;
    }
    if (team.filter((_, x) => !conflictsWith(x, e)).length < teamSize) {
      unstaffed.push({ enterpriseId: e, reason: 'CONFLICT_OF_INTEREST' });
      continue;
    }
    const t = teams.push({ e, members: [] }) - 1;
    const undo: (() => void)[] = [];
    const free = (): number => load.reduce((sum, l) => sum + (cap - l), 0);
    while (teams[t]!.members.length < teamSize && free() >= teamSize - teams[t]!.members.length) {
      const c = chain(keyOrder().filter((x) => canTake(x, t)), (x) => load[x]! < cap, t);
      if (!c) break;
      undo.push(apply(c));
      teams[t]!.members.push(c[0]!.x);
      const end = c[c.length - 1]!.x;
      load[end]! += 1;
      undo.push(() => (load[end]! -= 1));
    }
    if (teams[t]!.members.length === teamSize) continue;
    undo.reverse().forEach((f) => f());
    teams.pop();
    unstaffed.push({ enterpriseId: e, reason: 'INSPECTOR_CAPACITY_REACHED' });
  }
  // Balance: from the most loaded inspectors to ones carrying two or more fewer teams.
  for (let again = M > 0; again; ) {
    again = false;
    const hi = Math.max(...load);
    const lo = Math.min(...load);
    for (let h = hi; h >= lo + 2 && !again; h--) {
      const c = chain(keyOrder().filter((x) => load[x] === h), (x) => load[x]! <= h - 2 && load[x]! < cap, -1);
      if (!c) continue;
      apply(c);
      load[c[0]!.x]! -= 1;
      load[c[c.length - 1]!.x]! += 1;
      again = true;
    }
  }
  return { assignments: teams.map(({ e, members }) => ({ enterpriseId: e, inspectorIds: members.map((x) => team[x]!.id) })), unstaffed };

}

/** ceil(r × n), r read as its decimal: via BigInt on the digits of String(r). */
export function refCeil(r: number, n: number): number {
  const [mantissa = '', exp = '0'] = String(r).split('e');
  const [whole = '', frac = ''] = mantissa.split('.');
  const e = frac.length - Number(exp);
  const num = BigInt(whole + frac) * (e < 0 ? 10n ** BigInt(-e) : 1n);
  const den = e < 0 ? 1n : 10n ** BigInt(e);
  return Number((BigInt(n) * num + den - 1n) / den);
}

export function refDraw(input: RefInput): Record<string, unknown> {
  const S = input.seed.normalize('NFC');
  const teamSize = input.teamSize ?? 2;
  // Parameters as recorded.
  const parameters: Record<string, unknown> = {};
  if (input.ratio !== undefined) parameters.ratio = input.ratio;
  if (input.count !== undefined) parameters.count = input.count;
  parameters.teamSize = teamSize;
  if (input.stratifyBy !== undefined) parameters.stratifyBy = input.stratifyBy;
  if (input.ratios !== undefined) {
    const r: Record<string, number> = {};
    for (const k of Object.keys(input.ratios).sort(byUnits)) r[k] = input.ratios[k]!;
    parameters.ratios = r;
  }
  if (input.reserveCount !== undefined) parameters.reserveCount = input.reserveCount;
  if (input.maxInspectionsPerYear !== undefined) parameters.maxInspectionsPerYear = input.maxInspectionsPerYear;
  if (input.maxTeamsPerInspector !== undefined) parameters.maxTeamsPerInspector = input.maxTeamsPerInspector;
  if (input.alreadyChecked !== undefined) parameters.alreadyChecked = [...new Set(input.alreadyChecked)].sort(byUnits);

  // Step 2: canonical lists.
  const enterprises = [...input.enterprises].sort((a, b) => byUnits(a.id, b.id));
  const inspectors = [...input.inspectors]
    .map((i) => (i.conflicts ? { ...i, conflicts: [...new Set(i.conflicts)].sort(byUnits) } : { ...i }))
    .sort((a, b) => byUnits(a.id, b.id));

  // Step 3: fingerprints.
  const fingerprints = {
    enterprises: { count: enterprises.length, sha256: sha(refCanonical(enterprises)) },
    inspectors: { count: inspectors.length, sha256: sha(refCanonical(inspectors)) },
  };

  // Step 4: exclusions.
  const excluded: { kind: string; id: string; reason: string }[] = [];
  const eligible: RefEnterprise[] = [];
  for (const e of enterprises) {
    if (e.licenseValidUntil !== undefined && e.licenseValidUntil < input.asOf) {
      excluded.push({ kind: 'enterprise', id: e.id, reason: 'LICENSE_EXPIRED' });
    } else if (input.maxInspectionsPerYear !== undefined && (e.inspectionsThisYear ?? 0) >= input.maxInspectionsPerYear) {
      excluded.push({ kind: 'enterprise', id: e.id, reason: 'YEARLY_CAP_REACHED' });
    } else if ((input.alreadyChecked ?? []).includes(e.id)) {
      excluded.push({ kind: 'enterprise', id: e.id, reason: 'ALREADY_CHECKED' });
    } else eligible.push(e);
  }
  const team: RefInspector[] = [];
  for (const i of inspectors) {
    if (i.credentialValidUntil < input.asOf) excluded.push({ kind: 'inspector', id: i.id, reason: 'CREDENTIAL_EXPIRED' });
    else team.push(i);
  }

  // Step 5: strata.
  const keyOf = (e: RefEnterprise): string =>
    input.stratifyBy === undefined ? 'all' : ((input.stratifyBy === 'county' ? e.county : e.riskClass) ?? 'unspecified');
  const keys = [...new Set(eligible.map(keyOf))].sort(byUnits);
  const strataIds = keys.map((k) => eligible.filter((e) => keyOf(e) === k).map((e) => e.id));
  const sizes = strataIds.map((ids) => ids.length);
  const N = sizes.reduce((a, b) => a + b, 0);

  // Step 6: sizes.
  let k: number[];
  if (input.ratios !== undefined) {
    k = keys.map((key, s) => refCeil(input.ratios![key] ?? input.ratio!, sizes[s]!));
  } else {
    const T = input.count !== undefined ? input.count : refCeil(input.ratio!, N);
    if (T > N) throw new Error('COUNT_EXCEEDS_ELIGIBLE');
    k = sizes.map((n) => (N === 0 ? 0 : Math.floor((T * n) / N)));
    let left = T - k.reduce((a, b) => a + b, 0);
    const rem = sizes.map((n, s) => ({ s, r: N === 0 ? 0 : (T * n) % N }));
    rem.sort((a, b) => b.r - a.r || a.s - b.s);
    for (const { s } of rem) {
      if (left === 0) break;
      k[s]! += 1;
      left--;
    }
  }
  const m = sizes.map((n, s) => Math.min(input.reserveCount ?? k[s]!, n - k[s]!));

  // Step 8: shuffle.
  const sel: string[][] = [];
  const res: string[][] = [];
  keys.forEach((key, s) => {
    const A = [...strataIds[s]!];
    const draws = k[s]! + m[s]!;
    if (draws > 0) {
      const st = refStream(`bls-draw/1/enterprises/${key}`, S);
      for (let i = 0; i < draws; i++) {
        const j = i + st.below(A.length - i);
        [A[i], A[j]] = [A[j]!, A[i]!];
      }
    }
    sel.push(A.slice(0, k[s]));
    res.push(A.slice(k[s], k[s]! + m[s]!));
  });

  // Step 9: merge.
  const merge = (lists: string[][]): string[] => {
    const out: string[] = [];
    for (let r = 0; lists.some((l) => r < l.length); r++) for (const l of lists) if (r < l.length) out.push(l[r]!);
    return out;
  };
  const selected = merge(sel);
  const reserves = merge(res);

  // Step 10: teams.
  const { assignments, unstaffed } = refTeams(selected, team, teamSize, input.maxTeamsPerInspector, S);

  // Step 11: record.
  const body = {
    algorithm: 'bls-draw/1',
    seed: S,
    asOf: input.asOf,
    parameters,
    fingerprints,
    excluded,
    strata: keys.map((key, s) => ({ key, eligible: sizes[s], selected: k[s], reserves: m[s] })),
    result: { selected, assignments, unstaffed, reserves },
  };
  return { ...body, digest: sha(refCanonical(body)) };
}
