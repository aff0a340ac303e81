/**
 * From a published list (rows of a CSV or spreadsheet export, or JSON) to the list a draw was
 * made from (`DrawEnterprise[]`, `DrawInspector[]`), with every problem tied to its line.
 *
 * The conversion is fixed and written down (README, "Columns"): a cell becomes exactly one
 * field of the draw's list, or nothing when empty. Whatever the conversion gets wrong changes the
 * list, and so the fingerprint, so a misreading shows as a fingerprint mismatch, never as a false
 * "verified". Values are checked with the library's own schemas (`drawEnterpriseSchema`,
 * `drawInspectorSchema`), whose messages come in both languages.
 */
import {
  BAICHENG_COUNTIES,
  bilingualIssues,
  drawEnterpriseSchema,
  drawInspectorSchema,
  type BilingualMessage,
  type DrawEnterprise,
  type DrawInspector,
} from 'baicheng-license-supervision';
import {
  ENTERPRISE_COLUMNS,
  INSPECTOR_COLUMNS,
  columnsOf,
  headerKey,
  placeText,
  type ColumnSpec,
  type ListKind,
  type ListProblem,
  type Place,
} from './columns.js';

export type { ListKind, ListProblem, Place } from './columns.js';

/** One row of a table: its place in the file and its cells as text. */
export interface SourceRow {
  readonly place: Place;
  readonly cells: readonly string[];
  /** Cells that the spreadsheet stored as numbers (xlsx only), by column index. */
  readonly numeric?: readonly boolean[];
}

/** Most problems kept per list (the count of all is kept too). */
export const MAX_PROBLEMS = 200;

/** A list read from a file. */
export interface ParsedList {
  readonly kind: ListKind;
  readonly entries: (DrawEnterprise | DrawInspector)[];
  /** Place of each entry in the file. */
  readonly places: Place[];
  /** Display names by id (企业名称, 姓名), when the file has them. */
  readonly names: Map<string, string>;
  /** Column titles recognised, in the file's order, with the field they fill. */
  readonly columns: { header: string; field: string }[];
  /** Column titles not used (shown, so that nothing is silently dropped). */
  readonly ignored: string[];
  readonly problems: ListProblem[];
  /** Number of problems found (more than `problems.length` when capped). */
  problemCount: number;
}

function emptyList(kind: ListKind): ParsedList {
  return { kind, entries: [], places: [], names: new Map(), columns: [], ignored: [], problems: [], problemCount: 0 };
}

function addProblem(list: ParsedList, problem: ListProblem): void {
  list.problemCount += 1;
  if (list.problems.length < MAX_PROBLEMS) list.problems.push(problem);
}

// ---------------------------------------------------------------------------------------------
// Cells

/** A cell as text: trimmed; Excel's `="…"` text guard removed. */
export function cleanCell(cell: string): string {
  const t = cell.trim();
  const guarded = /^="(.*)"$/su.exec(t);
  return guarded ? (guarded[1] as string) : t;
}

const DATE_PATTERNS: readonly RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/u,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/u,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/u,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u,
  /^(\d{4})(\d{2})(\d{2})$/u,
];

/**
 * A date cell as `YYYY-MM-DD`: `2028-12-31`, `2028/12/31`, `2028.12.31`, `2028年12月31日`,
 * `20281231`; a period `2023-01-01至2028-12-31` (or with `~`, `～`, `—`, `–`) gives its last day.
 * Anything else is returned as it is, for the library's date check to report.
 */
export function normalizeDate(cell: string): string {
  const parts = cell.split(/\s*(?:至|~|～|—|–|到)\s*/u);
  const last = (parts.length === 2 && parts[1] !== '' ? parts[1] : cell) as string;
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(last.trim());
    if (m) return `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  }
  return cell;
}

/** A county cell as its code: the code itself, or the Chinese or English name of one of the five. */
export function countyCode(cell: string): string {
  const key = headerKey(cell.replace(/^(吉林省)?白城市/u, ''));
  for (const c of BAICHENG_COUNTIES) {
    if (key === c.code || key === headerKey(c.zh) || key === headerKey(c.en)) return c.code;
  }
  return cell;
}

/** A count cell: the number when written as one, else the text (reported by the schema). */
function countValue(cell: string): number | string {
  return /^[+-]?\d+(\.\d+)?$/u.test(cell) ? Number(cell) : cell;
}

/** Credit codes in a 回避企业 cell: separated by ；;，,、 or white space. */
export function splitCodes(cell: string): string[] {
  return cell
    .split(/[;；,，、\s]+/u)
    .map(cleanCell)
    .filter((c) => c !== '');
}

// ---------------------------------------------------------------------------------------------
// Tables (CSV, xlsx, JSON with column titles as keys)

function placeOf(list: ParsedList, i: number): Place | undefined {
  return list.places[i];
}

/** Finds the header row's columns; reports missing required columns and repeated ones. */
function matchHeader(
  kind: ListKind,
  header: readonly string[],
  list: ParsedList,
  place?: Place,
): (ColumnSpec | undefined)[] {
  const specs = columnsOf(kind);
  const used = new Set<string>();
  const byIndex = header.map((title) => {
    const key = headerKey(title);
    const spec = specs.find((s) => s.aliases.some((a) => headerKey(a) === key));
    if (spec === undefined) {
      if (title.trim() !== '') list.ignored.push(title.trim());
      return undefined;
    }
    if (used.has(spec.field)) {
      addProblem(list, {
        ...(place ? { place } : {}),
        column: spec.zh,
        code: 'COLUMN_REPEATED',
        message: {
          'zh-CN': `“${spec.zh}”列出现了不止一次（“${title.trim()}”）`,
          en: `The column "${spec.zh}" (${spec.en}) appears more than once ("${title.trim()}")`,
        },
      });
      return undefined;
    }
    used.add(spec.field);
    list.columns.push({ header: title.trim(), field: spec.field });
    return spec;
  });
  for (const spec of specs) {
    if (spec.required && !used.has(spec.field)) {
      addProblem(list, {
        ...(place ? { place } : {}),
        column: spec.zh,
        code: 'COLUMN_MISSING',
        message: {
          'zh-CN': `缺少必需的列“${spec.zh}”（表头应含：${specs
            .filter((s) => s.required)
            .map((s) => s.zh)
            .join('、')}）`,
          en: `The required column "${spec.zh}" (${spec.en}) is missing (the header must have: ${specs
            .filter((s) => s.required)
            .map((s) => `${s.zh} ${s.en}`)
            .join(', ')})`,
        },
      });
    }
  }
  return byIndex;
}

/** Builds one entry of the list from a row's cells, reporting conversion problems. */
function entryFromRow(
  kind: ListKind,
  row: SourceRow,
  specs: readonly (ColumnSpec | undefined)[],
  list: ParsedList,
): { entry: Record<string, unknown>; name?: string } {
  const entry: Record<string, unknown> = {};
  let name: string | undefined;
  specs.forEach((spec, index) => {
    if (spec === undefined) return;
    const cell = cleanCell(row.cells[index] ?? '');
    if (cell === '') return;
    const numeric = row.numeric?.[index] === true;
    switch (spec.field) {
      case 'name':
        name = cell;
        return;
      case 'id':
        if (kind === 'enterprises' && (numeric || /^\d(\.\d+)?e\+\d+$/iu.test(cell))) {
          addProblem(list, {
            place: row.place,
            column: spec.zh,
            code: 'CREDIT_CODE_AS_NUMBER',
            message: {
              'zh-CN': `统一社会信用代码“${cell}”在表格中被存为数字，末尾几位可能已丢失（表格软件只保留 15 位有效数字）：请把该列设为“文本”格式后重新导出`,
              en: `The credit code "${cell}" was stored as a number in the spreadsheet and its last digits may be lost (spreadsheets keep 15 significant digits): format the column as text and export again`,
            },
          });
        }
        entry['id'] = cell;
        return;
      case 'county':
        entry['county'] = countyCode(cell);
        return;
      case 'riskClass': {
        const m = /^([ABCD])\s*(级|类)?$/iu.exec(cell.normalize('NFKC'));
        entry['riskClass'] = m ? (m[1] as string).toUpperCase() : cell;
        return;
      }
      case 'licenseValidUntil':
      case 'credentialValidUntil':
        entry[spec.field] = normalizeDate(cell);
        return;
      case 'inspectionsThisYear':
        entry['inspectionsThisYear'] = countValue(cell);
        return;
      case 'conflicts':
        entry['conflicts'] = splitCodes(cell);
        return;
      default:
        entry[spec.field] = cell;
    }
  });
  return name === undefined ? { entry } : { entry, name };
}

/** Reports the library's issues with one entry, at its place, naming the column. */
function checkEntry(kind: ListKind, entry: unknown, place: Place, list: ParsedList, jsonFields: boolean): boolean {
  const schema = kind === 'enterprises' ? drawEnterpriseSchema : drawInspectorSchema;
  if (schema.safeParse(entry).success) return true;
  for (const issue of bilingualIssues(schema, entry)) {
    const field = issue.path[0];
    const spec = columnsOf(kind).find((s) => s.field === field);
    const column = jsonFields ? (field === undefined ? undefined : String(field)) : spec?.zh;
    addProblem(list, {
      place,
      ...(column === undefined ? {} : { column }),
      code: issue.code,
      message: issue.message,
    });
  }
  return false;
}

/** Reports ids that appear twice (exactly), naming both places. */
function checkDuplicates(list: ParsedList): void {
  const first = new Map<string, number>();
  list.entries.forEach((entry, i) => {
    const id = (entry as { id?: unknown }).id;
    if (typeof id !== 'string') return;
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, i);
      return;
    }
    const at = placeOf(list, seen);
    const where = at ? placeText(at) : { 'zh-CN': '前面', en: 'earlier' };
    const place = placeOf(list, i);
    addProblem(list, {
      ...(place ? { place } : {}),
      column: list.kind === 'enterprises' ? '统一社会信用代码' : '执法人员编号',
      code: list.kind === 'enterprises' ? 'DUPLICATE_ENTERPRISE_ID' : 'DUPLICATE_INSPECTOR_ID',
      message: {
        'zh-CN': `“${id}”与${where['zh-CN']}重复`,
        en: `"${id}" repeats ${where.en}`,
      },
    });
  });
}

/** Progress callback: `done` of `total` rows checked. */
export type RowProgress = (done: number, total: number) => void;

/**
 * Converts a table (header row first) to a list. Blank rows are skipped; a row with more or fewer
 * cells than the header is reported as malformed (a comma or line break inside an unquoted name
 * shifts every cell after it).
 */
export function listFromTable(
  kind: ListKind,
  rows: readonly SourceRow[],
  options: { jsonKeys?: boolean; progress?: RowProgress } = {},
): ParsedList {
  const list = emptyList(kind);
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0) {
    addProblem(list, {
      code: 'LIST_EMPTY',
      message: { 'zh-CN': '文件中没有表头和数据', en: 'The file has no header and no data' },
    });
    return list;
  }
  const headerRow = rows[headerIndex] as SourceRow;
  const specs = matchHeader(kind, headerRow.cells, list, options.jsonKeys ? undefined : headerRow.place);
  if (list.problems.some((p) => p.code === 'COLUMN_MISSING')) return list;
  const width = headerRow.cells.length;
  const total = rows.length - headerIndex - 1;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] as SourceRow;
    if ((r - headerIndex) % 2000 === 0) options.progress?.(r - headerIndex, total);
    if (row.cells.every((c) => c.trim() === '')) continue;
    if (!options.jsonKeys && row.cells.length !== width) {
      addProblem(list, {
        place: row.place,
        code: 'ROW_WIDTH',
        message: {
          'zh-CN': `该行有 ${row.cells.length} 列，表头有 ${width} 列（可能有未加引号的逗号或换行）`,
          en: `The row has ${row.cells.length} cells where the header has ${width} (an unquoted comma or line break?)`,
        },
      });
      continue;
    }
    const { entry, name } = entryFromRow(kind, row, specs, list);
    checkEntry(kind, entry, row.place, list, false);
    list.entries.push(entry as DrawEnterprise | DrawInspector);
    list.places.push(row.place);
    if (name !== undefined && typeof entry['id'] === 'string') list.names.set(entry['id'], name);
  }
  options.progress?.(total, total);
  checkDuplicates(list);
  return list;
}

/** The display-name field a JSON entry may carry besides the draw's fields. */
const NAME_KEYS = ['name', '企业名称', '姓名'];

/**
 * Converts a JSON array to a list. Entries written with the draw's own field names (`id`,
 * `county`, …) are taken as they are — a `name` (or 企业名称, 姓名) is shown and left out; any
 * other unknown field is reported by the schema. Entries keyed by column titles (统一社会信用代码…)
 * go through the same conversion as a CSV row.
 */
export function listFromJsonArray(kind: ListKind, items: readonly unknown[], progress?: RowProgress): ParsedList {
  const first = items.find((i) => typeof i === 'object' && i !== null && !Array.isArray(i)) as
    | Record<string, unknown>
    | undefined;
  const titled =
    first !== undefined &&
    !('id' in first) &&
    Object.keys(first).some((key) =>
      columnsOf(kind).some((s) => s.aliases.some((a) => a !== s.field && headerKey(a) === headerKey(key))),
    );
  if (titled) {
    // Titles as keys: a table whose header is the union of the keys, in order of appearance.
    const header: string[] = [];
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      for (const key of Object.keys(item)) if (!header.includes(key)) header.push(key);
    }
    const rows: SourceRow[] = [{ place: { kind: 'item', n: 0 }, cells: header }];
    items.forEach((item, i) => {
      const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      rows.push({
        place: { kind: 'item', n: i + 1 },
        cells: header.map((key) => {
          const v = record[key];
          return v === undefined || v === null ? '' : Array.isArray(v) ? v.join('；') : String(v);
        }),
      });
    });
    return listFromTable(kind, rows, { jsonKeys: true, ...(progress ? { progress } : {}) });
  }
  const list = emptyList(kind);
  items.forEach((item, i) => {
    if (i % 2000 === 0) progress?.(i, items.length);
    const place: Place = { kind: 'item', n: i + 1 };
    let entry: unknown = item;
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const { ...rest } = item as Record<string, unknown>;
      for (const key of NAME_KEYS) {
        const name = rest[key];
        if (typeof name === 'string' && typeof rest['id'] === 'string') list.names.set(rest['id'], name);
        delete rest[key];
      }
      entry = rest;
    }
    checkEntry(kind, entry, place, list, true);
    list.entries.push(entry as DrawEnterprise | DrawInspector);
    list.places.push(place);
  });
  progress?.(items.length, items.length);
  checkDuplicates(list);
  return list;
}

/** What a JSON file holds. */
export type JsonContent =
  | { kind: 'record'; record: unknown }
  | { kind: 'lists'; enterprises?: readonly unknown[]; inspectors?: readonly unknown[] }
  | { kind: 'list'; list: ListKind; items: readonly unknown[] }
  | { kind: 'unknown' };

/** Keys that only an inspector entry has (`id` is on both lists). */
const INSPECTOR_KEYS = INSPECTOR_COLUMNS.flatMap((c) =>
  c.field === 'id' || c.field === 'credentialValidUntil' ? c.aliases : [],
)
  .filter((key) => key !== 'id')
  .map(headerKey);

/**
 * Tells a draw record (`algorithm`, `digest`, `result`…), both lists (`{ enterprises,
 * inspectors }`, such as a draw's input) and a single list (an array; inspectors when its entries
 * have a credential date or an inspector id column) apart.
 */
export function classifyJson(value: unknown): JsonContent {
  if (Array.isArray(value)) {
    const first = value.find((v) => typeof v === 'object' && v !== null) as Record<string, unknown> | undefined;
    const isInspectors = first !== undefined && Object.keys(first).some((k) => INSPECTOR_KEYS.includes(headerKey(k)));
    return { kind: 'list', list: isInspectors ? 'inspectors' : 'enterprises', items: value };
  }
  if (typeof value !== 'object' || value === null) return { kind: 'unknown' };
  const o = value as Record<string, unknown>;
  if (Array.isArray(o['enterprises']) || Array.isArray(o['inspectors'])) {
    return {
      kind: 'lists',
      ...(Array.isArray(o['enterprises']) ? { enterprises: o['enterprises'] } : {}),
      ...(Array.isArray(o['inspectors']) ? { inspectors: o['inspectors'] } : {}),
    };
  }
  if ('digest' in o || 'algorithm' in o || 'result' in o || 'seed' in o) return { kind: 'record', record: value };
  return { kind: 'unknown' };
}

/** Which list a table's header row belongs to: inspectors when it has an inspector column. */
export function classifyHeader(header: readonly string[]): ListKind | undefined {
  const keys = header.map(headerKey);
  const has = (specs: readonly ColumnSpec[], field: string) =>
    specs.find((s) => s.field === field)?.aliases.some((a) => keys.includes(headerKey(a))) ?? false;
  if (
    has(INSPECTOR_COLUMNS, 'credentialValidUntil') ||
    (has(INSPECTOR_COLUMNS, 'id') && !has(ENTERPRISE_COLUMNS, 'id'))
  ) {
    return 'inspectors';
  }
  if (has(ENTERPRISE_COLUMNS, 'id')) return 'enterprises';
  return undefined;
}
