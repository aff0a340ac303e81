/**
 * Reading the files a person loads: text with its encoding, CSV rows with their line numbers
 * (papaparse), spreadsheet rows (read-excel-file), JSON.
 */
import Papa from 'papaparse';
// The worker variant: read-excel-file starts no worker of its own inside this one.
import { readSheet } from 'read-excel-file/web-worker';
import type { ListProblem, SourceRow } from './lists.js';

/** A file's text, decoded as UTF-8 or, when it is not valid UTF-8, as GB18030 (GBK's superset). */
export async function readText(file: Blob): Promise<{ text: string; encoding: 'UTF-8' | 'GB18030' }> {
  const bytes = await file.arrayBuffer();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Excel's "CSV (逗号分隔)" on Chinese Windows writes GBK.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

/** Counts the line breaks in `text` between two offsets. */
function breaksBetween(text: string, from: number, to: number, linebreak: string): number {
  let n = 0;
  for (let i = text.indexOf(linebreak, from); i !== -1 && i < to; i = text.indexOf(linebreak, i + linebreak.length))
    n++;
  return n;
}

const CSV_ERRORS: Record<string, { 'zh-CN': string; en: string }> = {
  MissingQuotes: {
    'zh-CN': '引号未闭合：从这里起的内容都被当作一个单元格',
    en: 'A quoted cell is never closed: everything after it reads as one cell',
  },
  InvalidQuotes: {
    'zh-CN': '引号格式不对（单元格内的引号应写成两个 ""）',
    en: 'Malformed quotes (a quote inside a cell is written as two: "")',
  },
};

/**
 * Parses CSV text into rows, each with the line it starts on (1 = the first line; a cell with a
 * line break inside quotes spans several lines and the row keeps the first). Rows papaparse
 * cannot read (unclosed or malformed quotes) are reported at their line and left out.
 */
export function csvRows(
  text: string,
  progress?: (done: number, total: number) => void,
): { rows: SourceRow[]; problems: ListProblem[]; delimiter: string } {
  const rows: SourceRow[] = [];
  const problems: ListProblem[] = [];
  let offset = 0; // where the current row starts
  let line = 1; // the line it starts on
  let delimiter = ',';
  let count = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      const start = offset;
      const startLine = line;
      const linebreak = result.meta.linebreak || '\n';
      const end = result.meta.cursor;
      line += breaksBetween(text, start, end, linebreak);
      offset = end;
      delimiter = result.meta.delimiter;
      count += 1;
      if (progress && count % 5000 === 0) progress(end, text.length);
      const errors = result.errors.filter((e) => e.type !== 'Delimiter');
      if (errors.length > 0) {
        for (const error of errors) {
          const at = error.index === undefined ? startLine : 1 + breaksBetween(text, 0, error.index, linebreak);
          problems.push({
            place: { kind: 'line', n: at },
            code: `CSV_${error.code.replace(/([a-z])([A-Z])/gu, '$1_$2').toUpperCase()}`,
            message: CSV_ERRORS[error.code] ?? {
              'zh-CN': `CSV 格式错误：${error.message}`,
              en: `CSV error: ${error.message}`,
            },
          });
        }
        return;
      }
      rows.push({ place: { kind: 'line', n: startLine }, cells: result.data });
    },
  });
  progress?.(text.length, text.length);
  return { rows, problems, delimiter };
}

/** A number cell as the text the file stores (so that nothing is rounded on the way). */
class NumberCell {
  constructor(readonly text: string) {}
}

/** A spreadsheet cell as text: dates as `YYYY-MM-DD` (UTC, as read-excel-file reads them). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof NumberCell) return value.text;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Reads the first sheet of an .xlsx file into rows numbered as the spreadsheet numbers them.
 * Numbers are kept as the text the file stores, and marked, so that a credit code stored as a
 * number is reported rather than silently rounded.
 */
export async function xlsxRows(file: Blob): Promise<SourceRow[]> {
  const data = await readSheet(file, { parseNumber: (text: string) => new NumberCell(text), trim: false });
  return data.map((row, i) => ({
    place: { kind: 'row' as const, n: i + 1 },
    cells: row.map(cellText),
    numeric: row.map((v) => (v as unknown) instanceof NumberCell),
  }));
}
