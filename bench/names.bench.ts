/**
 * Benchmark of reading authority names in licenseActionAuthority (not a test):
 * `npm run bench:names`.
 *
 * Names of LIMITS.textMaxLength characters built to make a backtracking or recursive reading slow
 * (an unclosed bracket before every 局, a 局 every few characters: issue 15 §3) against ordinary
 * names of the same length, in one run. Three timings per name:
 *
 * - `floor`: typedKey(name), the NFKC key any comparison of names must compute;
 * - `read`: readAuthorityName(name), the whole reading (key, brackets, own name and offices,
 *   level, province, places, license line, government);
 * - `decide`: licenseActionAuthority with the name as the decider's and as the issuer's.
 *
 * Each figure is the fastest of several batches of calls, the batches of all names taken in turn,
 * after a warm-up, with a garbage collection before each batch. Also the same names at half the length: a linear reading takes
 * about half the time. Figures go to docs/performance.md.
 */
import os from 'node:os';
import { LIMITS, licenseActionAuthority } from '../src/index.js';
import { readAuthorityName } from '../src/rules/support/authority-name.js';
import { typedKey } from '../src/text-key.js';

const gc = (globalThis as { gc?: () => void }).gc;
const WARMUP = 200;
const ROUNDS = 15;
const BATCH = 20;

/**
 * Times each task: a warm-up, then ROUNDS rounds that each time a batch of every task in turn (so
 * that a busy moment of a shared machine falls on all of them alike), a garbage collection before
 * each batch. Returns the fastest batch per task, in ms per call: on a shared machine other work
 * only ever adds time, so the minimum is the figure closest to the work itself.
 */
function timeAll(tasks: readonly (() => unknown)[]): number[] {
  for (const task of tasks) for (let w = 0; w < WARMUP; w++) task();
  const best = tasks.map(() => Infinity);
  for (let r = 0; r < ROUNDS; r++) {
    tasks.forEach((task, t) => {
      gc?.();
      const start = performance.now();
      for (let b = 0; b < BATCH; b++) task();
      best[t] = Math.min(best[t] as number, (performance.now() - start) / BATCH);
    });
  }
  return best;
}

const repeat = (piece: string, length: number): string => piece.repeat(Math.floor(length / piece.length));

const NAMES: readonly (readonly [label: string, piece: string])[] = [
  ['ordinary: 吉林省市场监督管理厅…', '吉林省市场监督管理厅'],
  ['ordinary: Latin letters', 'Jilin Administration for Market Regulation '],
  ['ordinary: one Chinese character', '吉'],
  ['adversarial: （局', '（局'],
  ['adversarial: 局(', '局('],
  ['adversarial: (局', '(局'],
  ['adversarial: 局x(', '局x('],
  ['adversarial: 委员会(', '委员会('],
  ['adversarial: 局', '局'],
  ['adversarial: 局分局', '局分局'],
  ['adversarial: 市x', '市x'],
  ['adversarial: 自治州', '自治州'],
];

const decideWith = (name: string) => () => {
  const base = { action: 'cancel' as const, licenseNumber: '吉XK16-204-00397', decidedOn: '2024-07-01' };
  const jilin = { level: 'provincial' as const, name: '吉林省市场监督管理厅' };
  licenseActionAuthority({ ...base, decidedBy: { level: 'provincial', name }, licenseIssuer: jilin }, { asOf: '2024-07-02' });
  licenseActionAuthority({ ...base, decidedBy: jilin, licenseIssuer: { level: 'provincial', name } }, { asOf: '2024-07-02' });
};

console.log(`authority-name benchmark — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}${gc ? ', gc between runs' : ''}`);
console.log(`names of ${LIMITS.textMaxLength} characters; fastest of ${ROUNDS} batches of ${BATCH} calls after ${WARMUP} warm-up calls; µs per call\n`);

const MAX = LIMITS.textMaxLength;
const tasks = NAMES.flatMap(([, piece]) => {
  const name = repeat(piece, MAX);
  const half = repeat(piece, MAX / 2);
  return [() => typedKey(name), () => readAuthorityName(name), decideWith(name), () => readAuthorityName(half)];
});
const times = timeAll(tasks);
const rows = NAMES.map(([label, piece], i) => {
  const [floor, read, decide, readHalf] = times.slice(4 * i, 4 * i + 4) as [number, number, number, number];
  return { label, floor, read, decide, readHalf, steps: readAuthorityName(repeat(piece, MAX)).steps };
});

const us = (ms: number) => (ms * 1000).toFixed(0).padStart(7);
const ordinary = rows.filter((r) => r.label.startsWith('ordinary'));
const worstOrdinaryRead = Math.max(...ordinary.map((r) => r.read));
const worstOrdinaryDecide = Math.max(...ordinary.map((r) => r.decide));
console.log('name                               floor    read  decide  read/floor  read/ordinary  decide/ordinary  2000/1000  steps');
for (const r of rows) {
  console.log(
    `${r.label.padEnd(32)} ${us(r.floor)} ${us(r.read)} ${us(r.decide)}  ${(r.read / r.floor).toFixed(1).padStart(9)}  ${(r.read / worstOrdinaryRead).toFixed(2).padStart(13)}  ${(r.decide / worstOrdinaryDecide).toFixed(2).padStart(15)}  ${(r.read / r.readHalf).toFixed(2).padStart(9)}  ${String(r.steps).padStart(5)}`,
  );
}
console.log('\nread/ordinary and decide/ordinary: against the slowest ordinary name of the same length.');
