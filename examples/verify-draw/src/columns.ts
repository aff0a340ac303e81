/**
 * The columns of the two published lists that the page reads (no library code, so that the page
 * itself can list them without loading the library).
 */

import type { BilingualMessage } from 'baicheng-license-supervision';

/** Which of the two published lists. */
export type ListKind = 'enterprises' | 'inspectors';

/** One column the page understands. */
export interface ColumnSpec {
  /** The field of the draw's list it fills (`name` only shows in the page). */
  readonly field: string;
  readonly zh: string;
  readonly en: string;
  readonly required: boolean;
  /** Header spellings accepted, compared after {@link headerKey}. */
  readonly aliases: readonly string[];
}

/** Columns of the enterprise list (检查对象名录). */
export const ENTERPRISE_COLUMNS: readonly ColumnSpec[] = [
  {
    field: 'id',
    zh: '统一社会信用代码',
    en: 'Unified social credit code',
    required: true,
    aliases: ['统一社会信用代码', '社会信用代码', '信用代码', 'id', 'creditCode'],
  },
  { field: 'name', zh: '企业名称', en: 'Enterprise name', required: false, aliases: ['企业名称', '名称', 'name'] },
  {
    field: 'county',
    zh: '县（市、区）',
    en: 'County (code or name)',
    required: false,
    aliases: ['县（市、区）', '县(市区)', '县市区', '县区', '所属县区', '所属县（市、区）', 'county'],
  },
  {
    field: 'riskClass',
    zh: '信用风险等级',
    en: 'Credit-risk class',
    required: false,
    aliases: ['信用风险等级', '信用风险分类', '风险等级', 'riskClass'],
  },
  {
    field: 'licenseValidUntil',
    zh: '许可证有效期至',
    en: 'Licence valid until',
    required: false,
    aliases: ['许可证有效期至', '许可证有效期', '有效期至', 'licenseValidUntil'],
  },
  {
    field: 'inspectionsThisYear',
    zh: '本年度已检查次数',
    en: 'Inspections this year',
    required: false,
    aliases: ['本年度已检查次数', '本年已检查次数', '已检查次数', 'inspectionsThisYear'],
  },
];

/** Columns of the inspector list (执法检查人员名录). */
export const INSPECTOR_COLUMNS: readonly ColumnSpec[] = [
  {
    field: 'id',
    zh: '执法人员编号',
    en: 'Inspector id',
    required: true,
    aliases: ['执法人员编号', '检查人员编号', '人员编号', 'id'],
  },
  { field: 'name', zh: '姓名', en: 'Name', required: false, aliases: ['姓名', 'name'] },
  { field: 'bureau', zh: '所属单位', en: 'Bureau', required: false, aliases: ['所属单位', '单位', 'bureau'] },
  {
    field: 'credentialValidUntil',
    zh: '证件有效期',
    en: 'Credential valid until',
    required: true,
    aliases: ['证件有效期', '证件有效期至', '执法证件有效期', '执法证有效期', 'credentialValidUntil'],
  },
  {
    field: 'conflicts',
    zh: '回避企业',
    en: 'Conflicts (credit codes)',
    required: false,
    aliases: ['回避企业', '回避企业统一社会信用代码', '应回避企业', 'conflicts'],
  },
];

/** The columns of a list. */
export const columnsOf = (kind: ListKind): readonly ColumnSpec[] =>
  kind === 'enterprises' ? ENTERPRISE_COLUMNS : INSPECTOR_COLUMNS;

/**
 * How a header is compared: NFKC (full-width brackets and letters folded), white space and the
 * punctuation 、（）() removed, lower case. `县（市、区）`, `县(市,区)` and `县 市 区` are one key.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s、,，()（）:：*＊]/gu, '')
    .toLowerCase();
}

/** How a place in the source is counted: a text line (CSV), a sheet row (xlsx), an entry (JSON). */
export type PlaceKind = 'line' | 'row' | 'item';

/** A place in a source file: `{ kind: 'line', n: 12 }` is line 12 of a CSV file. */
export interface Place {
  readonly kind: PlaceKind;
  readonly n: number;
}

/** One problem with a list, at a place and a column when known. */
export interface ListProblem {
  readonly place?: Place;
  /** The column's Chinese title, or the JSON field. */
  readonly column?: string;
  readonly code: string;
  readonly message: BilingualMessage;
}

/** Text of a place, in both languages: `第 12 行` / `line 12`. */
export function placeText(place: Place): BilingualMessage {
  switch (place.kind) {
    case 'line':
      return { 'zh-CN': `第 ${place.n} 行`, en: `line ${place.n}` };
    case 'row':
      return { 'zh-CN': `第 ${place.n} 行`, en: `row ${place.n}` };
    case 'item':
      return { 'zh-CN': `第 ${place.n} 项`, en: `entry ${place.n}` };
  }
}
