/**
 * The page: the person loads the published draw record and the two lists; a worker reads them and
 * runs `verifyDraw`; the page shows the verdict, every difference in plain words, the seed
 * character by character, the fingerprints, and the publication table (抽查结果公示表), in Chinese
 * with an English toggle (both languages are in the page; the toggle only switches which shows).
 *
 * No library code runs here besides the county names: everything that reads a file or checks the
 * draw runs in the worker, whose source the build inlines (`__VERIFY_WORKER_SOURCE__`) and which is
 * started from a Blob URL — a worker from a file:// URL is refused by Chromium, a Blob one is not.
 */
import type { BilingualMessage, DrawFingerprints, DrawRecord, DrawVerification } from 'baicheng-license-supervision';
import {
  ENTERPRISE_COLUMNS,
  INSPECTOR_COLUMNS,
  placeText,
  type ColumnSpec,
  type ListKind,
  type ListProblem,
} from './columns.js';
import { EXCLUSION_WORDS, UNSTAFFED_WORDS, explainDifferences, stratumName, type NameBook } from './explain.js';
import {
  STAGES,
  type DoneMessage,
  type FileReport,
  type RunMessage,
  type Slot,
  type Stage,
  type WorkerMessage,
} from './protocol.js';
import { seedCharacters, seedSummary } from './seed.js';

declare const __VERIFY_WORKER_SOURCE__: string;

// ---------------------------------------------------------------------------------------------
// DOM helpers. Text goes in through text nodes only: file contents are never markup.

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

const both = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

/** Both languages, one shown at a time by the body's class. */
function bi(message: BilingualMessage): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(
    h('span', { class: 'zh', lang: 'zh-CN' }, message['zh-CN']),
    h('span', { class: 'en', lang: 'en' }, message.en),
  );
  return f;
}

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el;
}

const nf = new Intl.NumberFormat('en-US');
const n = (x: number): string => nf.format(x);

// ---------------------------------------------------------------------------------------------
// Language

type Lang = 'zh-CN' | 'en';
let lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-CN';

function applyLang(): void {
  document.documentElement.lang = lang;
  document.body.classList.toggle('lang-en', lang === 'en');
  document.body.classList.toggle('lang-zh', lang !== 'en');
  document.title =
    lang === 'en' ? 'Check a published draw · “双随机”抽取结果复核' : '“双随机”抽取结果复核 · Check a published draw';
}

// ---------------------------------------------------------------------------------------------
// Files and runs

type SlotName = Exclude<Slot, 'auto'>;
const SLOTS: readonly SlotName[] = ['record', 'enterprises', 'inspectors'];
const SLOT_WORDS: Record<SlotName, BilingualMessage> = {
  record: both('抽取记录', 'draw record'),
  enterprises: both('检查对象名录', 'enterprise list'),
  inspectors: both('执法检查人员名录', 'inspector list'),
};
const chosen = new Map<SlotName, File>();
let pendingAuto: File[] = [];

let workerUrl: string | undefined;
let worker: Worker | undefined;
let runId = 0;

/** The worker, from a Blob URL made once from the inlined source. */
function startWorker(): Worker {
  workerUrl ??= URL.createObjectURL(new Blob([__VERIFY_WORKER_SOURCE__], { type: 'text/javascript' }));
  return new Worker(workerUrl);
}

function run(): void {
  worker?.terminate();
  runId += 1;
  const id = runId;
  const files: RunMessage['files'] = [
    ...SLOTS.flatMap((slot) => {
      const file = chosen.get(slot);
      return file ? [{ slot, file }] : [];
    }),
    ...pendingAuto.map((file) => ({ slot: 'auto' as const, file })),
  ];
  const autoFiles = pendingAuto;
  pendingAuto = [];
  resetResults();
  if (files.length === 0) return;
  showProgressStart();
  try {
    worker = startWorker();
  } catch (error) {
    showCrash(
      both(
        `浏览器无法启动后台线程（Web Worker）：${String(error)}`,
        `The browser could not start a background worker (Web Worker): ${String(error)}`,
      ),
    );
    return;
  }
  document.body.dataset['engine'] = 'worker';
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    if (id !== runId) return;
    const message = event.data;
    switch (message.type) {
      case 'progress':
        showProgress(message.stage, message.done, message.total, message.file);
        break;
      case 'files':
        placeAutoFiles(files, message.files, autoFiles);
        showFiles(files, message.files, message.missing);
        break;
      case 'fingerprints':
        lastFingerprints = message.fingerprints;
        if (message.problems) showListFailure(message.problems);
        break;
      case 'done':
        showDone(message);
        worker?.terminate();
        worker = undefined;
        break;
      case 'crash':
        showCrash(message.message);
        break;
    }
  };
  worker.onerror = (event) => {
    if (id !== runId) return;
    event.preventDefault();
    showCrash(both(`后台线程出错：${event.message}`, `The worker failed: ${event.message}`));
  };
  worker.postMessage({ type: 'run', files } satisfies RunMessage);
}

/** Files given to `auto` take the slot the worker found for them. */
function placeAutoFiles(files: RunMessage['files'], reports: readonly FileReport[], autoFiles: readonly File[]): void {
  files.forEach((f, i) => {
    const report = reports[i];
    if (f.slot !== 'auto' || !report || !autoFiles.includes(f.file)) return;
    if (report.slot !== 'unknown') chosen.set(report.slot, f.file);
  });
}

// ---------------------------------------------------------------------------------------------
// Rendering

let lastFingerprints: DrawFingerprints | undefined;

const RESULT_CARDS = ['verdict', 'differences-card', 'seed-card', 'fingerprints-card', 'record-card', 'publication'];

function resetResults(): void {
  lastFingerprints = undefined;
  for (const id of RESULT_CARDS) {
    const card = $(id);
    card.hidden = true;
  }
  $('verdict').replaceChildren();
  $('verdict').removeAttribute('data-valid');
  $('differences').replaceChildren();
  $('seed').replaceChildren();
  $('fingerprints').replaceChildren();
  $('record').replaceChildren();
  $('publication-sheet').replaceChildren();
  $('progress-card').hidden = true;
  document.body.dataset['state'] = 'idle';
}

const STAGE_WORDS: Record<Stage, BilingualMessage> = {
  read: both('读取文件', 'Reading the files'),
  parse: both('解析 CSV / 表格', 'Parsing CSV / spreadsheet'),
  check: both('逐行检查名录', 'Checking the lists row by row'),
  fingerprint: both('计算名录指纹', 'Fingerprinting the lists'),
  verify: both('按记录重新抽取并逐项比对', 'Re-running the draw and comparing'),
};

let runStarted = 0;

function showProgressStart(): void {
  runStarted = performance.now();
  const card = $('progress-card');
  card.hidden = false;
  card.dataset['run'] = String(runId);
  card.dataset['stage'] = 'read';
  $('stages').replaceChildren(...STAGES.map((s) => h('li', { 'data-stage': s }, bi(STAGE_WORDS[s]))));
  const bar = $('progress') as HTMLProgressElement;
  bar.value = 0;
  document.body.dataset['state'] = 'running';
}

function showProgress(stage: Stage, done?: number, total?: number, file?: string): void {
  const card = $('progress-card');
  card.dataset['stage'] = stage;
  const bar = $('progress') as HTMLProgressElement;
  const index = STAGES.indexOf(stage);
  $('stages')
    .querySelectorAll<HTMLElement>('li')
    .forEach((li) => {
      const i = STAGES.indexOf(li.dataset['stage'] as Stage);
      li.className = i < index ? 'done' : i === index ? 'current' : '';
    });
  let percent: number | undefined;
  if (done !== undefined && total !== undefined && total > 0) {
    percent = Math.min(100, Math.floor((done / total) * 100));
    bar.max = 100;
    bar.value = percent;
  } else {
    bar.removeAttribute('value'); // indeterminate: one call to verifyDraw, no steps inside
  }
  card.dataset['percent'] = percent === undefined ? '' : String(percent);
  const seconds = ((performance.now() - runStarted) / 1000).toFixed(1);
  const words = STAGE_WORDS[stage];
  const of = file ? both(`（${file}）`, ` (${file})`) : both('', '');
  const pct = percent === undefined ? both('', '') : both(` ${percent}%`, ` ${percent}%`);
  $('progress-text').replaceChildren(
    bi(
      both(
        `${words['zh-CN']}${of['zh-CN']}${pct['zh-CN']} · 已用 ${seconds} 秒`,
        `${words.en}${of.en}${pct.en} · ${seconds} s`,
      ),
    ),
  );
}

function problemItem(p: ListProblem): HTMLLIElement {
  const where = p.place ? placeText(p.place) : undefined;
  const prefix = both(
    `${where ? `${where['zh-CN']}` : ''}${p.column ? `${where ? ' · ' : ''}${p.column}` : ''}${
      where || p.column ? '：' : ''
    }`,
    `${where ? where.en : ''}${p.column ? `${where ? ' · ' : ''}${p.column}` : ''}${where || p.column ? ': ' : ''}`,
  );
  return h(
    'li',
    { 'data-code': p.code, ...(p.place ? { 'data-line': String(p.place.n) } : {}) },
    h('strong', {}, bi(prefix)),
    bi(p.message),
  );
}

function problemList(problems: readonly ListProblem[], count: number): HTMLElement {
  const list = h('ul', { class: 'problems' }, ...problems.map(problemItem));
  if (count > problems.length) {
    list.append(
      h(
        'li',
        { class: 'more' },
        bi(
          both(
            `……共 ${n(count)} 处问题，只列出前 ${problems.length} 处`,
            `… ${n(count)} problems in all; the first ${problems.length} are listed`,
          ),
        ),
      ),
    );
  }
  return list;
}

function fileSummary(report: FileReport): HTMLElement {
  const format = report.format.toUpperCase() + (report.encoding ? `, ${report.encoding}` : '');
  const counts = report.lists.map((l) =>
    l.kind === 'enterprises'
      ? both(`企业 ${n(l.count)} 家`, `${n(l.count)} enterprises`)
      : both(`检查人员 ${n(l.count)} 名`, `${n(l.count)} inspectors`),
  );
  const what =
    report.slot === 'record'
      ? both('抽取记录', 'draw record')
      : report.slot === 'unknown'
      ? both('无法识别', 'not recognised')
      : both(counts.map((c) => c['zh-CN']).join('，'), counts.map((c) => c.en).join(', '));
  const box = h(
    'div',
    {
      class: `file ${report.problemCount > 0 ? 'has-problems' : 'ok'}`,
      'data-file': report.name,
      'data-problems': String(report.problemCount),
    },
    h(
      'p',
      { class: 'file-line' },
      h('span', { class: 'mark' }, report.problemCount > 0 ? '✗' : '✓'),
      ` ${report.name} `,
      h('small', {}, `(${format})`),
      ' — ',
      bi(what),
    ),
  );
  if (report.columns.length > 0) {
    box.append(
      h(
        'p',
        { class: 'columns' },
        bi(both('识别的列：', 'Columns read: ')),
        report.columns.map((c) => c.header).join('、'),
      ),
    );
  }
  if (report.ignored.length > 0) {
    box.append(
      h(
        'p',
        { class: 'columns ignored' },
        bi(both('未使用的列（不影响指纹）：', 'Columns not used (not fingerprinted): ')),
        report.ignored.join('、'),
      ),
    );
  }
  if (report.problems.length > 0) box.append(problemList(report.problems, report.problemCount));
  return box;
}

function showFiles(files: RunMessage['files'], reports: readonly FileReport[], missing: readonly SlotName[]): void {
  const bySlot = new Map<SlotName | 'auto', HTMLElement[]>();
  reports.forEach((report, i) => {
    const given = files[i]?.slot ?? 'auto';
    const key: SlotName | 'auto' = report.slot === 'unknown' ? 'auto' : given === 'auto' ? report.slot : given;
    bySlot.set(key, [...(bySlot.get(key) ?? []), fileSummary(report)]);
  });
  for (const slot of [...SLOTS, 'auto' as const]) {
    const status = $(`status-${slot}`);
    status.replaceChildren(...(bySlot.get(slot) ?? []));
  }
  // A combined JSON file fills both list slots.
  for (const report of reports) {
    for (const l of report.lists) {
      if (!bySlot.has(l.kind)) $(`status-${l.kind}`).replaceChildren(h('p', { class: 'file-line' }, '✓ ', report.name));
    }
  }
  if (missing.length > 0) {
    const words = missing.map((m) => SLOT_WORDS[m]);
    $(`status-auto`).append(
      h(
        'p',
        { class: 'missing', 'data-missing': missing.join(' ') },
        bi(
          both(
            `还需要载入：${words.map((w) => w['zh-CN']).join('、')}`,
            `Still needed: ${words.map((w) => w.en).join(', ')}`,
          ),
        ),
      ),
    );
  }
}

function showCrash(message: BilingualMessage): void {
  $('progress-card').hidden = true;
  const verdict = $('verdict');
  verdict.hidden = false;
  verdict.dataset['valid'] = 'error';
  verdict.replaceChildren(h('p', { class: 'verdict-line' }, bi(message)));
  document.body.dataset['state'] = 'done';
}

function showListFailure(problems: readonly ListProblem[]): void {
  const verdict = $('verdict');
  verdict.hidden = false;
  verdict.dataset['valid'] = 'error';
  verdict.replaceChildren(
    h('p', { class: 'verdict-line' }, bi(both('名录有问题，无法计算指纹：', 'The lists cannot be fingerprinted:'))),
    problemList(problems, problems.length),
  );
}

function showDone(message: DoneMessage): void {
  const bar = $('progress') as HTMLProgressElement;
  bar.max = 100;
  bar.value = 100;
  const card = $('progress-card');
  card.dataset['stage'] = 'done';
  $('stages')
    .querySelectorAll('li')
    .forEach((li) => (li.className = 'done'));
  const seconds = ((performance.now() - runStarted) / 1000).toFixed(1);
  const count =
    message.enterpriseCount === undefined
      ? both('', '')
      : both(`，企业名录 ${n(message.enterpriseCount)} 家`, `, ${n(message.enterpriseCount)} enterprises`);
  $('progress-text').replaceChildren(
    bi(both(`完成，用时 ${seconds} 秒${count['zh-CN']}`, `Done in ${seconds} s${count.en}`)),
  );
  document.body.dataset['state'] = 'done';

  const book: NameBook = { names: message.names };
  const record = message.record;
  const verdict = $('verdict');
  if (message.verification) {
    showVerdict(message.verification, message);
    showDifferences(message.verification, message, book);
  } else if (message.failure) {
    verdict.hidden = false;
    verdict.dataset['valid'] = 'error';
    verdict.replaceChildren(
      h('p', { class: 'verdict-line' }, bi(both('无法复核：', 'Cannot verify:'))),
      problemList(message.failure, message.failure.length),
    );
  } else if (verdict.hidden) {
    verdict.hidden = false;
    verdict.dataset['valid'] = 'incomplete';
    verdict.replaceChildren(
      h(
        'p',
        { class: 'verdict-line' },
        bi(
          both(
            '尚未复核：需要抽取记录和两份名录，且名录没有问题。请看上面各文件的说明。',
            'Not verified yet: the record and both lists are needed, without problems. See the notes on each file above.',
          ),
        ),
      ),
    );
  }
  if (record && typeof record.seed === 'string') showSeed(record.seed);
  const full = record && message.recordWellFormed ? (record as DrawRecord) : undefined;
  if (full) showRecord(full);
  if (full || lastFingerprints) showFingerprints(full);
  if (full) showPublication(full, message);
}

function showVerdict(v: DrawVerification, message: DoneMessage): void {
  const verdict = $('verdict');
  verdict.hidden = false;
  verdict.dataset['valid'] = String(v.valid);
  if (v.valid) {
    verdict.replaceChildren(
      h(
        'p',
        { class: 'verdict-line' },
        h('span', { class: 'mark' }, '✓ '),
        bi(both('复核一致：已验证（verified）', 'Verified: the draw re-runs to the same result')),
      ),
      h(
        'p',
        {},
        bi(
          both(
            '按记录中的种子、日期和参数，在载入的两份名录上重新抽取，所得结果与公布的记录完全相同（抽中企业、检查组、备选顺序、排除项和摘要）。',
            "Re-running the draw on the loaded lists with the record's seed, date and parameters gives exactly the published record (selection, teams, reserves, exclusions and digest).",
          ),
        ),
      ),
      h(
        'p',
        { class: 'caveat' },
        bi(
          both(
            '这证明记录与其自身的种子和这两份名录相符。还请核对：种子与公开摇号时宣布的一致（见下方逐字符列表），名录指纹与摇号前公布的一致。',
            'This proves the record matches its own seed and these lists. Also check that the seed is the one announced at the public ceremony (see the characters below), and that the fingerprints are those published before it.',
          ),
        ),
      ),
    );
  } else {
    verdict.replaceChildren(
      h(
        'p',
        { class: 'verdict-line' },
        h('span', { class: 'mark' }, '✗ '),
        bi(
          both(
            `复核不一致：发现 ${v.differences.length} 处不同`,
            `Not verified: ${v.differences.length} difference(s) found`,
          ),
        ),
      ),
      h(
        'p',
        {},
        bi(
          both(
            '公布的记录不能由这两份名录和记录中的种子重现。详见下方“不同之处”。',
            'The published record does not follow from these lists and its own seed. See "Differences" below.',
          ),
        ),
      ),
    );
  }
  if (message.timings.verify !== undefined) {
    verdict.append(
      h(
        'p',
        { class: 'timing' },
        bi(
          both(
            `重新抽取与比对用时 ${(message.timings.verify / 1000).toFixed(2)} 秒`,
            `Re-run and comparison: ${(message.timings.verify / 1000).toFixed(2)} s`,
          ),
        ),
      ),
    );
  }
}

function showDifferences(v: DrawVerification, message: DoneMessage, book: NameBook): void {
  if (v.valid) return;
  const { items, capped } = explainDifferences(v.differences, book);
  const box = $('differences');
  box.replaceChildren(
    h(
      'ol',
      { class: 'differences' },
      ...items.map((item) =>
        h(
          'li',
          { 'data-field': item.field },
          h('p', { class: 'diff-title' }, bi(item.title)),
          h('ul', {}, ...item.details.map((d) => h('li', {}, bi(d)))),
        ),
      ),
    ),
  );
  for (const c of capped) box.append(h('p', { class: 'hint' }, bi(c)));
  const m = message.missingIds;
  if (m && (m.enterpriseCount > 0 || m.inspectorCount > 0)) {
    const list = h('ul', { class: 'missing-ids' });
    if (m.enterpriseCount > 0) {
      const ids = m.enterprises.join('、') + (m.enterpriseCount > m.enterprises.length ? ' …' : '');
      list.append(
        h(
          'li',
          {},
          bi(
            both(
              `记录中提到、但载入的企业名录中没有的企业 ${n(m.enterpriseCount)} 家：${ids}`,
              `${n(m.enterpriseCount)} enterprise(s) in the record are not on the loaded list: ${ids}`,
            ),
          ),
        ),
      );
    }
    if (m.inspectorCount > 0) {
      const ids = m.inspectors.join('、') + (m.inspectorCount > m.inspectors.length ? ' …' : '');
      list.append(
        h(
          'li',
          {},
          bi(
            both(
              `记录中提到、但载入的人员名录中没有的检查人员 ${n(m.inspectorCount)} 名：${ids}`,
              `${n(m.inspectorCount)} inspector(s) in the record are not on the loaded list: ${ids}`,
            ),
          ),
        ),
      );
    }
    box.append(list);
  }
  $('differences-card').hidden = false;
}

function showSeed(seed: string): void {
  const chars = seedCharacters(seed);
  const { facts, warnings } = seedSummary(seed);
  const box = $('seed');
  box.replaceChildren(
    h('p', { class: 'seed-text' }, seed),
    ...facts.map((f) => h('p', { class: 'hint' }, bi(f))),
    ...warnings.map((w) => h('p', { class: 'warning', role: 'alert' }, bi(w))),
    h(
      'ol',
      { class: 'seed-chars' },
      ...chars.map((c, i) =>
        h(
          'li',
          { class: `seed-char ${c.level}`, 'data-cp': c.hex, title: `${c.hex} ${c.label['zh-CN']} / ${c.label.en}` },
          h('span', { class: 'pos' }, String(i + 1)),
          h('span', { class: 'glyph' }, c.shown),
          h('code', { class: 'cp' }, c.hex),
          h('span', { class: 'what' }, bi(c.label)),
        ),
      ),
    ),
  );
  $('seed-card').hidden = false;
}

function fingerprintCell(f: unknown, mark: Child = null): HTMLElement {
  const fp = f as { count?: unknown; sha256?: unknown } | undefined;
  if (!fp || typeof fp !== 'object') return h('td', {}, '—');
  return h(
    'td',
    {},
    h('span', { class: 'count' }, `${String(fp.count)}`),
    mark,
    ' ',
    h('code', { class: 'hash' }, String(fp.sha256)),
  );
}

function showFingerprints(record: Partial<DrawRecord> | undefined): void {
  const rows: [ListKind, BilingualMessage][] = [
    ['enterprises', both('检查对象名录（企业）', 'Enterprise list')],
    ['inspectors', both('执法检查人员名录', 'Inspector list')],
  ];
  const table = h(
    'table',
    { class: 'fingerprints' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, bi(both('名录', 'List'))),
        h('th', {}, bi(both('载入的名录（条数、SHA-256）', 'Loaded list (entries, SHA-256)'))),
        h('th', {}, bi(both('抽取记录中', 'In the record'))),
        h('th', {}, bi(both('事先公布的指纹（粘贴核对）', 'Announced fingerprint (paste to compare)'))),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map(([kind, words]) => {
        const loaded = lastFingerprints?.[kind];
        const recorded = record?.fingerprints?.[kind];
        const same = loaded && recorded && loaded.sha256 === recorded.sha256 && loaded.count === recorded.count;
        const input = h('input', {
          type: 'text',
          class: 'announced',
          id: `announced-${kind}`,
          spellcheck: 'false',
          placeholder: 'SHA-256',
          'aria-label': `${words['zh-CN']} ${words.en}`,
        });
        const out = h('span', { class: 'announced-result', 'aria-live': 'polite' });
        input.addEventListener('input', () => {
          const typed = input.value.replace(/\s+/gu, '').toLowerCase();
          if (typed === '') return out.replaceChildren();
          const ok = typed === loaded?.sha256;
          out.className = `announced-result ${ok ? 'ok' : 'bad'}`;
          out.replaceChildren(
            bi(
              ok
                ? both('✓ 与载入的名录一致', '✓ matches the loaded list')
                : both('✗ 与载入的名录不一致', '✗ does not match the loaded list'),
            ),
          );
        });
        return h(
          'tr',
          { 'data-list': kind, 'data-match': loaded && recorded ? String(Boolean(same)) : undefined },
          h('th', {}, bi(words)),
          fingerprintCell(loaded),
          fingerprintCell(
            recorded,
            loaded && recorded ? h('span', { class: same ? 'ok' : 'bad' }, same ? ' ✓' : ' ✗') : null,
          ),
          h('td', {}, input, out),
        );
      }),
    ),
  );
  $('fingerprints').replaceChildren(table);
  $('fingerprints-card').hidden = false;
}

function parameterWords(p: Record<string, unknown>): BilingualMessage[] {
  const out: BilingualMessage[] = [];
  const ratio = (r: unknown) => (typeof r === 'number' ? `${+(r * 100).toPrecision(12)}%` : String(r));
  if (p['ratio'] !== undefined)
    out.push(both(`抽取比例 ${ratio(p['ratio'])}（向上取整）`, `ratio ${ratio(p['ratio'])} (rounded up)`));
  if (p['count'] !== undefined) out.push(both(`抽取 ${String(p['count'])} 家`, `count ${String(p['count'])}`));
  if (p['stratifyBy'] === 'county') out.push(both('按县（市、区）分层', 'stratified by county'));
  if (p['stratifyBy'] === 'riskClass') out.push(both('按信用风险等级分层', 'stratified by credit-risk class'));
  if (p['ratios'] && typeof p['ratios'] === 'object') {
    const parts = Object.entries(p['ratios'] as Record<string, unknown>).map(([k, r]) => {
      const name = stratumName(k);
      return both(`${name['zh-CN']} ${ratio(r)}`, `${name.en} ${ratio(r)}`);
    });
    out.push(
      both(`分层比例：${parts.map((x) => x['zh-CN']).join('，')}`, `ratios: ${parts.map((x) => x.en).join(', ')}`),
    );
  }
  if (p['teamSize'] !== undefined)
    out.push(
      both(
        `每组 ${String(p['teamSize'])} 名检查人员（第九条第一款）`,
        `${String(p['teamSize'])} inspectors per team (Article 9(1))`,
      ),
    );
  if (p['reserveCount'] !== undefined)
    out.push(both(`每层备选 ${String(p['reserveCount'])} 家`, `${String(p['reserveCount'])} reserves per stratum`));
  if (p['maxInspectionsPerYear'] !== undefined)
    out.push(
      both(
        `本年度已检查 ${String(p['maxInspectionsPerYear'])} 次及以上的企业不再抽取`,
        `enterprises inspected ${String(p['maxInspectionsPerYear'])} or more times this year are left out`,
      ),
    );
  if (p['maxTeamsPerInspector'] !== undefined)
    out.push(
      both(
        `每名检查人员至多参加 ${String(p['maxTeamsPerInspector'])} 个检查组`,
        `at most ${String(p['maxTeamsPerInspector'])} teams per inspector`,
      ),
    );
  if (Array.isArray(p['alreadyChecked']))
    out.push(
      both(
        `排除本期已抽查企业 ${p['alreadyChecked'].length} 家`,
        `${p['alreadyChecked'].length} enterprises already checked left out`,
      ),
    );
  return out;
}

function showRecord(record: Partial<DrawRecord>): void {
  const dl = h('dl', { class: 'facts' });
  const fact = (term: BilingualMessage, value: Child) => dl.append(h('dt', {}, bi(term)), h('dd', {}, value));
  fact(both('抽取日期', 'Date of the draw'), String(record.asOf ?? '—'));
  fact(both('抽取算法', 'Algorithm'), String(record.algorithm ?? '—'));
  if (record.parameters && typeof record.parameters === 'object') {
    const words = parameterWords(record.parameters as Record<string, unknown>);
    fact(both('抽取参数', 'Parameters'), h('ul', { class: 'plain' }, ...words.map((w) => h('li', {}, bi(w)))));
  }
  const r = record.result;
  if (r && typeof r === 'object') {
    fact(
      both('结果', 'Result'),
      bi(
        both(
          `抽中 ${n(r.selected?.length ?? 0)} 家，组成检查组 ${n(r.assignments?.length ?? 0)} 个，未能组队 ${n(
            r.unstaffed?.length ?? 0,
          )} 家，备选 ${n(r.reserves?.length ?? 0)} 家`,
          `${n(r.selected?.length ?? 0)} selected, ${n(r.assignments?.length ?? 0)} teams, ${n(
            r.unstaffed?.length ?? 0,
          )} without a team, ${n(r.reserves?.length ?? 0)} reserves`,
        ),
      ),
    );
  }
  if (Array.isArray(record.excluded)) {
    const byReason = new Map<string, number>();
    for (const x of record.excluded) byReason.set(String(x.reason), (byReason.get(String(x.reason)) ?? 0) + 1);
    const parts = [...byReason].map(([reason, count]) => {
      const w = EXCLUSION_WORDS[reason] ?? both(reason, reason);
      return both(`${w['zh-CN']} ${count}`, `${w.en}: ${count}`);
    });
    fact(
      both('抽取前排除', 'Left out before the draw'),
      parts.length === 0
        ? bi(both('无', 'none'))
        : bi(both(parts.map((p) => p['zh-CN']).join('；'), parts.map((p) => p.en).join('; '))),
    );
  }
  fact(
    both('记录摘要（SHA-256）', 'Record digest (SHA-256)'),
    h('code', { class: 'hash' }, String(record.digest ?? '—')),
  );
  const box = $('record');
  box.replaceChildren(dl);
  if (Array.isArray(record.strata) && record.strata.length > 0) {
    box.append(
      h(
        'table',
        { class: 'strata' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, bi(both('分层', 'Stratum'))),
            h('th', {}, bi(both('可抽', 'Eligible'))),
            h('th', {}, bi(both('抽中', 'Selected'))),
            h('th', {}, bi(both('备选', 'Reserves'))),
          ),
        ),
        h(
          'tbody',
          {},
          ...record.strata.map((s) =>
            h(
              'tr',
              {},
              h('td', {}, bi(stratumName(s.key))),
              h('td', {}, n(s.eligible)),
              h('td', {}, n(s.selected)),
              h('td', {}, n(s.reserves)),
            ),
          ),
        ),
      ),
    );
  }
  $('record-card').hidden = false;
}

function countyText(code: string | undefined): BilingualMessage {
  return code === undefined ? both('—', '—') : stratumName(code);
}

function enterpriseRow(i: number, id: string, message: DoneMessage, team: Child): HTMLTableRowElement {
  return h(
    'tr',
    { 'data-id': id },
    h('td', { class: 'num' }, String(i)),
    h('td', {}, message.names[id] ?? ''),
    h('td', { class: 'code' }, id),
    h('td', {}, bi(countyText(message.counties?.[id]))),
    h('td', {}, team),
  );
}

function showPublication(record: DrawRecord, message: DoneMessage): void {
  const v = message.verification;
  const teams = new Map(record.result.assignments.map((a) => [a.enterpriseId, a.inspectorIds] as const));
  const unstaffed = new Map(record.result.unstaffed.map((u) => [u.enterpriseId, u.reason] as const));
  const header = h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { class: 'num' }, bi(both('序号', 'No.'))),
      h('th', {}, bi(both('企业名称', 'Enterprise'))),
      h('th', {}, bi(both('统一社会信用代码', 'Credit code'))),
      h('th', {}, bi(both('县（市、区）', 'County'))),
      h('th', {}, bi(both('检查组（执法人员）', 'Team (inspectors)'))),
    ),
  );
  const body = h('tbody', {});
  record.result.selected.forEach((id, i) => {
    const t = teams.get(id);
    const reason = unstaffed.get(id);
    const team: Child = t
      ? t.map((p) => (message.names[p] ? `${message.names[p]}（${p}）` : p)).join('、')
      : reason
      ? h(
          'span',
          { class: 'unstaffed' },
          bi(
            both(
              `未能组队：${(UNSTAFFED_WORDS[reason] ?? both(reason, reason))['zh-CN']}`,
              `no team: ${(UNSTAFFED_WORDS[reason] ?? both(reason, reason)).en}`,
            ),
          ),
        )
      : '—';
    body.append(enterpriseRow(i + 1, id, message, team));
  });
  const fp = (f: { count: number; sha256: string } | undefined) =>
    f
      ? h('span', {}, bi(both(`${n(f.count)} 条 `, `${n(f.count)} entries `)), h('code', { class: 'hash' }, f.sha256))
      : '—';
  const status: BilingualMessage = v
    ? v.valid
      ? both('已用公布的名录复核，结果一致', 'Verified against the published lists: the same result')
      : both(
          `复核不一致（${v.differences.length} 处不同），本表不能作为有效的抽取结果`,
          `Not verified (${v.differences.length} differences): this table is not a valid draw result`,
        )
    : both('未复核', 'Not verified');
  const meta = h(
    'table',
    { class: 'meta' },
    h(
      'tbody',
      {},
      h('tr', {}, h('th', {}, bi(both('抽取日期', 'Date of the draw'))), h('td', {}, record.asOf)),
      h(
        'tr',
        {},
        h('th', {}, bi(both('随机种子', 'Seed'))),
        h(
          'td',
          {},
          h('span', { class: 'seed-print' }, record.seed),
          h('br'),
          h(
            'small',
            { class: 'cps' },
            seedCharacters(record.seed)
              .map((c) => c.hex)
              .join(' '),
          ),
        ),
      ),
      h('tr', {}, h('th', {}, bi(both('抽取算法', 'Algorithm'))), h('td', {}, record.algorithm)),
      h(
        'tr',
        {},
        h('th', {}, bi(both('检查对象名录指纹', 'Enterprise list fingerprint'))),
        h('td', {}, fp(record.fingerprints.enterprises)),
      ),
      h(
        'tr',
        {},
        h('th', {}, bi(both('执法检查人员名录指纹', 'Inspector list fingerprint'))),
        h('td', {}, fp(record.fingerprints.inspectors)),
      ),
      h(
        'tr',
        {},
        h('th', {}, bi(both('记录摘要', 'Record digest'))),
        h('td', {}, h('code', { class: 'hash' }, record.digest)),
      ),
      h(
        'tr',
        {},
        h('th', {}, bi(both('复核结论', 'Verification'))),
        h('td', { class: v?.valid ? 'ok' : 'bad', 'data-verified': String(Boolean(v?.valid)) }, bi(status)),
      ),
    ),
  );
  const sheet = $('publication-sheet');
  sheet.replaceChildren(
    h('h2', { class: 'sheet-title' }, bi(both('“双随机”抽查结果公示表', 'Double-random spot-check results'))),
    h(
      'p',
      { class: 'sheet-sub' },
      bi(
        both(
          `抽中 ${n(record.result.selected.length)} 家企业，按抽取顺序排列`,
          `${n(record.result.selected.length)} enterprises selected, in draw order`,
        ),
      ),
    ),
    meta,
    h('table', { class: 'sheet', id: 'sheet-selected' }, header, body),
  );
  if (record.result.reserves.length > 0) {
    const reserves = h('tbody', {});
    record.result.reserves.forEach((id, i) => reserves.append(enterpriseRow(i + 1, id, message, '')));
    const reserveHeader = header.cloneNode(true) as HTMLTableSectionElement;
    reserveHeader.querySelector('th:last-child')?.replaceChildren(bi(both('备注', 'Note')));
    sheet.append(
      h(
        'section',
        { class: 'reserves', id: 'sheet-reserves' },
        h(
          'h3',
          {},
          bi(
            both(
              `备选企业（按顺序递补，共 ${n(record.result.reserves.length)} 家）`,
              `Reserves (taken in this order; ${n(record.result.reserves.length)})`,
            ),
          ),
        ),
        h('table', { class: 'sheet' }, reserveHeader, reserves),
      ),
    );
  }
  sheet.append(
    h(
      'p',
      { class: 'sheet-sign' },
      bi(
        both(
          '公示单位（盖章）：____________________　　公示日期：______年____月____日',
          'Published by (seal): ____________________    Date: ____________',
        ),
      ),
    ),
    h(
      'p',
      { class: 'sheet-foot' },
      bi(
        both(
          '任何人可用公布的抽取记录和两份名录复核本表：结果由种子、日期、参数和名录唯一确定（算法 bls-draw/1）。',
          'Anyone can check this table with the published record and the two lists: the result follows from the seed, date, parameters and lists alone (algorithm bls-draw/1).',
        ),
      ),
    ),
  );
  syncReserves();
  $('publication').hidden = false;
}

function syncReserves(): void {
  const on = ($('with-reserves') as HTMLInputElement).checked;
  document.getElementById('sheet-reserves')?.toggleAttribute('hidden', !on);
}

function columnsHelp(): void {
  const table = (title: BilingualMessage, specs: readonly ColumnSpec[]) =>
    h(
      'table',
      { class: 'columns-table' },
      h('caption', {}, bi(title)),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, bi(both('列名', 'Column'))),
          h('th', {}, bi(both('必需', 'Required'))),
          h('th', {}, bi(both('说明', 'Meaning'))),
          h('th', {}, bi(both('也可写作', 'Also accepted'))),
        ),
      ),
      h(
        'tbody',
        {},
        ...specs.map((s) =>
          h(
            'tr',
            { 'data-field': s.field },
            h('td', {}, s.zh),
            h('td', {}, bi(s.required ? both('必需', 'required') : both('可选', 'optional'))),
            h(
              'td',
              {},
              s.en,
              s.field === 'name' ? bi(both('（只用于显示，不计入指纹）', ' (shown only, not fingerprinted)')) : '',
            ),
            h('td', { class: 'aliases' }, s.aliases.filter((a) => a !== s.zh).join('、')),
          ),
        ),
      ),
    );
  $('columns-tables').replaceChildren(
    table(both('检查对象名录（企业）', 'Enterprise list'), ENTERPRISE_COLUMNS),
    table(both('执法检查人员名录', 'Inspector list'), INSPECTOR_COLUMNS),
    h(
      'p',
      {},
      bi(
        both(
          '县（市、区）可写代码（220802）或名称（洮北区）；日期可写 2028-12-31、2028/12/31、2028年12月31日，或写成期间“2023-01-01至2028-12-31”（取截止日）；回避企业可写多个统一社会信用代码，以分号、顿号或空格分隔。',
          'County: a code (220802) or a name (洮北区 / Taobei District). Dates: 2028-12-31, 2028/12/31, 2028年12月31日, or a period "2023-01-01至2028-12-31" (its last day). Conflicts: several credit codes separated by semicolons, 、 or spaces.',
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Wiring

function choose(slot: SlotName | 'auto', list: FileList | null): void {
  if (!list || list.length === 0) return;
  if (slot === 'auto') pendingAuto = [...pendingAuto, ...Array.from(list)];
  else chosen.set(slot, list[0] as File);
  run();
}

function init(): void {
  applyLang();
  columnsHelp();
  $('lang-toggle').addEventListener('click', () => {
    lang = lang === 'en' ? 'zh-CN' : 'en';
    applyLang();
  });
  for (const slot of SLOTS) {
    const input = $(`file-${slot}`) as HTMLInputElement;
    input.addEventListener('change', () => choose(slot, input.files));
  }
  const any = $('file-any') as HTMLInputElement;
  any.addEventListener('change', () => choose('auto', any.files));
  // Files dropped anywhere on the page are told apart by their content.
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    document.body.classList.remove('dragging');
    const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-slot]');
    const slot = (target?.dataset['slot'] as SlotName | undefined) ?? 'auto';
    choose(slot, event.dataTransfer?.files ?? null);
  });
  $('print').addEventListener('click', () => window.print());
  $('with-reserves').addEventListener('change', syncReserves);
  document.body.dataset['ready'] = 'true';
}

init();
