/**
 * The page's worker: reads the files, converts the lists, fingerprints them and re-runs the draw
 * with `verifyDraw`, reporting progress as it goes, so that the page stays responsive with
 * 100,000 enterprises. Built into a classic script and started from a Blob URL (see
 * scripts/build-verify-draw.mjs), which works from disk (file://) as from a web server.
 */
import {
  RuleInputError,
  drawRecordSchema,
  fingerprintDrawLists,
  verifyDraw,
  type DrawEnterprise,
  type DrawInspector,
  type DrawRecord,
} from 'baicheng-license-supervision';
import { placeText, type ListProblem } from './columns.js';
import {
  classifyHeader,
  classifyJson,
  listFromJsonArray,
  listFromTable,
  type ListKind,
  type ParsedList,
} from './lists.js';
import type { DoneMessage, FileReport, MissingIds, RunMessage, Slot, Stage, WorkerMessage } from './protocol.js';
import { csvRows, readText, xlsxRows } from './sources.js';

interface Scope {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<RunMessage>) => void) | null;
}
const scope = self as unknown as Scope;
const post = (message: WorkerMessage): void => scope.postMessage(message);

const clock = (): number => performance.now();

/** What one file gave. */
interface Loaded {
  report: FileReport;
  record?: unknown;
  lists: ParsedList[];
}

function formatOf(file: File): FileReport['format'] {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv') || name.endsWith('.txt') || name.endsWith('.tsv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return 'unknown';
}

function problem(code: string, zh: string, en: string): ListProblem {
  return { code, message: { 'zh-CN': zh, en } };
}

/** Reads one file into a record and/or lists. */
async function load(
  slot: Slot,
  file: File,
  progress: (stage: Stage, done?: number, total?: number) => void,
): Promise<Loaded> {
  let format = formatOf(file);
  const base = { name: file.name, size: file.size };
  const fail = (p: ListProblem, encoding?: string): Loaded => ({
    report: {
      ...base,
      slot: slot === 'auto' ? 'unknown' : slot,
      format,
      ...(encoding ? { encoding } : {}),
      lists: [],
      columns: [],
      ignored: [],
      problems: [p],
      problemCount: 1,
    },
    lists: [],
  });
  progress('read', 0, file.size);
  if (format === 'unknown') {
    // Sniff: a zip (xlsx) starts with PK; JSON with { or [.
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    if (head[0] === 0x50 && head[1] === 0x4b) format = 'xlsx';
    else if (head[0] === 0xd0 && head[1] === 0xcf) {
      return fail(
        problem(
          'XLS_NOT_SUPPORTED',
          '这是旧的 .xls 格式：请另存为 .xlsx 或 CSV（UTF-8）',
          'This is the old .xls format: save it as .xlsx or CSV (UTF-8)',
        ),
      );
    } else {
      const { text } = await readText(file.slice(0, 64));
      format = /^\s*[[{]/u.test(text) ? 'json' : 'csv';
    }
  }

  if (format === 'xlsx') {
    let rows;
    try {
      rows = await xlsxRows(file);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail(
        problem(
          'XLSX_UNREADABLE',
          `无法读取该表格文件：${detail}。请另存为 CSV（UTF-8）后再试。`,
          `The spreadsheet cannot be read: ${detail}. Save it as CSV (UTF-8) and try again.`,
        ),
      );
    }
    progress('read', file.size, file.size);
    return fromTable(slot, base, 'xlsx', undefined, rows, [], progress);
  }

  const { text, encoding } = await readText(file);
  progress('read', file.size, file.size);
  if (format === 'csv') {
    progress('parse', 0, text.length);
    const { rows, problems } = csvRows(text, (done, total) => progress('parse', done, total));
    return fromTable(slot, base, 'csv', encoding, rows, problems, progress);
  }

  // JSON
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(problem('JSON_SYNTAX', `不是有效的 JSON：${detail}`, `Not valid JSON: ${detail}`), encoding);
  }
  const content = classifyJson(value);
  const report = (kind: FileReport['slot'], lists: ParsedList[], record?: unknown): Loaded => ({
    report: {
      ...base,
      slot: kind,
      format: 'json',
      lists: lists.map((l) => ({ kind: l.kind, count: l.entries.length })),
      columns: [],
      ignored: [],
      problems: lists.flatMap((l) => l.problems.map((p) => tagList(p, l.kind, lists.length > 1))),
      problemCount: lists.reduce((n, l) => n + l.problemCount, 0),
    },
    ...(record === undefined ? {} : { record }),
    lists,
  });
  const jsonList = (kind: ListKind, items: readonly unknown[]): ParsedList =>
    listFromJsonArray(kind, items, (done, total) => progress('check', done, total));
  switch (content.kind) {
    case 'record':
      return report('record', [], content.record);
    case 'lists': {
      const lists: ParsedList[] = [];
      if (content.enterprises) lists.push(jsonList('enterprises', content.enterprises));
      if (content.inspectors) lists.push(jsonList('inspectors', content.inspectors));
      const only =
        lists.length === 1
          ? (lists[0] as ParsedList).kind
          : slot === 'record' || slot === 'auto'
          ? 'enterprises'
          : slot;
      return report(only, lists);
    }
    case 'list': {
      // A list given to a slot is that slot's list; the content decides only for `auto`.
      const kind: ListKind = slot === 'enterprises' || slot === 'inspectors' ? slot : content.list;
      return report(kind, [jsonList(kind, content.items)]);
    }
    case 'unknown':
      return fail(
        problem(
          'JSON_UNKNOWN',
          '这个 JSON 文件既不是抽取记录，也不是名录',
          'This JSON file is neither a draw record nor a list',
        ),
        encoding,
      );
  }
}

/** Marks a problem with its list when a file holds both. */
function tagList(p: ListProblem, kind: ListKind, tag: boolean): ListProblem {
  if (!tag) return p;
  const zh = kind === 'enterprises' ? '企业名录' : '检查人员名录';
  const en = kind === 'enterprises' ? 'enterprise list' : 'inspector list';
  return { ...p, message: { 'zh-CN': `${zh}：${p.message['zh-CN']}`, en: `${en}: ${p.message.en}` } };
}

function fromTable(
  slot: Slot,
  base: { name: string; size: number },
  format: 'csv' | 'xlsx',
  encoding: string | undefined,
  rows: Parameters<typeof listFromTable>[1],
  readProblems: ListProblem[],
  progress: (stage: Stage, done?: number, total?: number) => void,
): Loaded {
  const header = rows.find((r) => r.cells.some((c) => c.trim() !== ''));
  const kind: ListKind | undefined =
    slot === 'enterprises' || slot === 'inspectors' ? slot : header ? classifyHeader(header.cells) : undefined;
  if (kind === undefined) {
    return {
      report: {
        ...base,
        slot: slot === 'record' ? 'record' : 'unknown',
        format,
        ...(encoding ? { encoding } : {}),
        lists: [],
        columns: [],
        ignored: [],
        problems: [
          problem(
            'HEADER_UNKNOWN',
            '表头中没有“统一社会信用代码”或“执法人员编号”，无法判断是哪份名录',
            'The header has neither 统一社会信用代码 (credit code) nor 执法人员编号 (inspector id): which list is it?',
          ),
          ...readProblems,
        ],
        problemCount: 1 + readProblems.length,
      },
      lists: [],
    };
  }
  progress('check', 0, rows.length);
  const list = listFromTable(kind, rows, { progress: (done, total) => progress('check', done, total) });
  const problems = [...readProblems, ...list.problems].sort((a, b) => (a.place?.n ?? 0) - (b.place?.n ?? 0));
  list.problemCount += readProblems.length;
  return {
    report: {
      ...base,
      slot: kind,
      format,
      ...(encoding ? { encoding } : {}),
      lists: [{ kind, count: list.entries.length }],
      columns: list.columns,
      ignored: list.ignored,
      problems,
      problemCount: list.problemCount,
    },
    lists: [list],
  };
}

/** Issues of a RuleInputError, placed at the line of the entry they concern. */
function issuesAsProblems(error: RuleInputError, lists: Partial<Record<ListKind, ParsedList>>): ListProblem[] {
  return error.issues.map((issue) => {
    const [kind, index] = issue.path as [unknown, unknown];
    const list = kind === 'enterprises' || kind === 'inspectors' ? lists[kind] : undefined;
    const place = list && typeof index === 'number' ? list.places[index] : undefined;
    const where = place ? placeText(place) : undefined;
    return {
      ...(place ? { place } : {}),
      code: issue.code,
      message: where
        ? { 'zh-CN': `${where['zh-CN']}：${issue.message['zh-CN']}`, en: `${where.en}: ${issue.message.en}` }
        : issue.message,
    };
  });
}

/** Every id-like string in a value (record parts, differences). */
function collectStrings(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 6) return;
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into, depth + 1);
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value)) collectStrings(v, into, depth + 1);
}

/** Ids the record names that are not on the loaded lists. */
function missingIds(record: Partial<DrawRecord>, enterprises: ParsedList, inspectors: ParsedList): MissingIds {
  const eIds = new Set(enterprises.entries.map((e) => e.id));
  const iIds = new Set(inspectors.entries.map((i) => i.id));
  const wantE = new Set<string>();
  const wantI = new Set<string>();
  const r = record.result;
  if (r && typeof r === 'object') {
    for (const id of Array.isArray(r.selected) ? r.selected : []) wantE.add(id);
    for (const id of Array.isArray(r.reserves) ? r.reserves : []) wantE.add(id);
    for (const a of Array.isArray(r.assignments) ? r.assignments : []) {
      wantE.add(a.enterpriseId);
      for (const id of Array.isArray(a.inspectorIds) ? a.inspectorIds : []) wantI.add(id);
    }
    for (const u of Array.isArray(r.unstaffed) ? r.unstaffed : []) wantE.add(u.enterpriseId);
  }
  for (const x of Array.isArray(record.excluded) ? record.excluded : [])
    (x.kind === 'inspector' ? wantI : wantE).add(x.id);
  const eMissing = [...wantE].filter((id) => typeof id === 'string' && !eIds.has(id));
  const iMissing = [...wantI].filter((id) => typeof id === 'string' && !iIds.has(id));
  return {
    enterprises: eMissing.slice(0, 20),
    enterpriseCount: eMissing.length,
    inspectors: iMissing.slice(0, 20),
    inspectorCount: iMissing.length,
  };
}

async function run(message: RunMessage): Promise<void> {
  const timings: Partial<Record<Stage, number>> = {};
  const progress = (stage: Stage, done?: number, total?: number, file?: string): void =>
    post({
      type: 'progress',
      stage,
      ...(file ? { file } : {}),
      ...(done === undefined ? {} : { done }),
      ...(total === undefined ? {} : { total }),
    });

  // 1. Read every file (the record first, then the lists, then the files to sort out).
  const files = message.files;
  const loaded: Loaded[] = [];
  const started = clock();
  for (const { slot, file } of files) {
    loaded.push(await load(slot, file, (stage, done, total) => progress(stage, done, total, file.name)));
  }
  timings.parse = clock() - started; // reading, parsing and checking every file

  // 2. Assign: a given slot wins; the last file for a slot wins over an earlier one.
  let record: unknown;
  let hasRecord = false;
  const lists: Partial<Record<ListKind, ParsedList>> = {};
  const listProblems: Partial<Record<ListKind, boolean>> = {};
  for (const l of loaded) {
    if (l.report.slot === 'record' && 'record' in l) {
      record = l.record;
      hasRecord = true;
    }
    for (const list of l.lists) {
      lists[list.kind] = list;
      listProblems[list.kind] = list.problemCount > 0;
    }
    if (
      l.report.slot !== 'record' &&
      l.lists.length === 0 &&
      l.report.problemCount > 0 &&
      l.report.slot !== 'unknown'
    ) {
      listProblems[l.report.slot] = true;
    }
  }
  const missing: ('record' | ListKind)[] = [];
  if (!hasRecord) missing.push('record');
  if (!lists.enterprises) missing.push('enterprises');
  if (!lists.inspectors) missing.push('inspectors');
  post({ type: 'files', files: loaded.map((l) => l.report), missing });

  const names: Record<string, string> = {};
  const counties: Record<string, string> = {};
  const done = (
    extra: Omit<DoneMessage, 'type' | 'names' | 'counties' | 'timings'>,
    wanted: Set<string> = new Set(),
  ): void => {
    for (const list of [lists.enterprises, lists.inspectors]) {
      if (!list) continue;
      for (const id of wanted) {
        const name = list.names.get(id);
        if (name !== undefined) names[id] = name;
      }
    }
    for (const e of lists.enterprises?.entries ?? []) {
      const county = (e as { county?: unknown }).county;
      if (wanted.has(e.id) && typeof county === 'string') counties[e.id] = county;
    }
    post({
      type: 'done',
      ...extra,
      names,
      counties,
      timings,
      ...(lists.enterprises ? { enterpriseCount: lists.enterprises.entries.length } : {}),
    });
  };
  const recordObject =
    hasRecord && typeof record === 'object' && record !== null && !Array.isArray(record)
      ? (record as Partial<DrawRecord>)
      : undefined;
  // Only a record of the right shape is shown in full (its parts, the publication table); of any
  // other, the seed when it is a string, and the differences verifyDraw names.
  const wellFormed = recordObject !== undefined && drawRecordSchema.safeParse(recordObject).success;
  const wanted = new Set<string>();
  if (recordObject) {
    collectStrings(recordObject.result, wanted);
    collectStrings(recordObject.excluded, wanted);
  }
  if (!lists.enterprises || !lists.inspectors || listProblems.enterprises || listProblems.inspectors) {
    done(recordObject ? { record: recordObject, recordWellFormed: wellFormed } : {}, wanted);
    return;
  }
  const enterprises = lists.enterprises.entries as DrawEnterprise[];
  const inspectors = lists.inspectors.entries as DrawInspector[];

  // 3. The fingerprints of the loaded lists, to compare with those announced before the draw.
  progress('fingerprint');
  let t = clock();
  try {
    post({ type: 'fingerprints', fingerprints: fingerprintDrawLists({ enterprises, inspectors }) });
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    post({ type: 'fingerprints', problems: issuesAsProblems(error, lists) });
  }
  timings.fingerprint = clock() - t;
  if (!hasRecord) {
    done({}, wanted);
    return;
  }

  // 4. Re-run the draw from the record and compare.
  progress('verify', undefined, undefined);
  t = clock();
  try {
    const verification = verifyDraw(record as Parameters<typeof verifyDraw>[0], { enterprises, inspectors });
    timings.verify = clock() - t;
    for (const d of verification.differences) {
      collectStrings(d.expected, wanted);
      collectStrings(d.actual, wanted);
    }
    done(
      {
        ...(recordObject ? { record: recordObject, recordWellFormed: wellFormed } : {}),
        ...(recordObject && wellFormed
          ? { missingIds: missingIds(recordObject, lists.enterprises, lists.inspectors) }
          : {}),
        verification,
      },
      wanted,
    );
  } catch (error) {
    timings.verify = clock() - t;
    if (!(error instanceof RuleInputError)) throw error;
    done(
      {
        ...(recordObject ? { record: recordObject, recordWellFormed: wellFormed } : {}),
        failure: issuesAsProblems(error, lists),
      },
      wanted,
    );
  }
}

scope.onmessage = (event) => {
  run(event.data).catch((error: unknown) => {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    post({ type: 'crash', message: { 'zh-CN': `复核程序出错：${detail}`, en: `The checker failed: ${detail}` } });
  });
};
