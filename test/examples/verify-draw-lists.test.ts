// The pure parts of examples/verify-draw (reading published lists, the seed's characters, the
// differences in words), in Node against the built package. The page itself is driven in
// Chromium by verify-draw.browser.test.ts.
import { fingerprintDrawLists, type DrawEnterprise, type DrawInspector } from 'baicheng-license-supervision';
import { describe, expect, it } from 'vitest';
import {
  classifyHeader,
  classifyJson,
  listFromJsonArray,
  listFromTable,
  normalizeDate,
  type ParsedList,
} from '../../examples/verify-draw/src/lists.js';
import { explainDifference, explainDifferences } from '../../examples/verify-draw/src/explain.js';
import { seedCharacters, seedSummary } from '../../examples/verify-draw/src/seed.js';
import { csvRows, readText } from '../../examples/verify-draw/src/sources.js';
import { drawInput } from './support/samples.js';

// Valid credit codes from FACTS.md (GB 32100-2015, both checks pass) and its invalid example.
const CODE_A = '91310110666007217T';
const CODE_B = '91350200MA2YJ1XR9G';
const CODE_C = '9135021359498494XQ';
const BAD_CHECK = '91350203M0001QAY9B'; // check character should be 9 (FACTS.md)

const csvList = (kind: 'enterprises' | 'inspectors', text: string): ParsedList & { readProblems: unknown[] } => {
  const { rows, problems } = csvRows(text);
  return Object.assign(listFromTable(kind, rows), { readProblems: problems });
};

const lines = (list: ParsedList) => list.problems.map((p) => [p.place?.n, p.code]);

describe('verify-draw: published lists to draw lists', () => {
  it('reads the columns by their Chinese titles, county names as GB/T 2260 codes, dates as YYYY-MM-DD', () => {
    const list = csvList(
      'enterprises',
      [
        '统一社会信用代码,企业名称,县(市、区),信用风险等级,许可证有效期至,本年度已检查次数,备注',
        `${CODE_A},甲公司,洮北区,B,2027/4/8,1,x`,
        `${CODE_B},乙公司,220881,c,2027年12月31日,,`,
        `${CODE_C},丙公司,,,,0,`,
      ].join('\n'),
    );
    expect(list.problems).toEqual([]);
    // 洮北区 is 220802 (GB/T 2260); 2027/4/8 is 2027-04-08; an empty cell leaves the field out.
    expect(list.entries).toEqual([
      { id: CODE_A, county: '220802', riskClass: 'B', licenseValidUntil: '2027-04-08', inspectionsThisYear: 1 },
      { id: CODE_B, county: '220881', riskClass: 'C', licenseValidUntil: '2027-12-31' },
      { id: CODE_C, inspectionsThisYear: 0 },
    ]);
    expect(list.names.get(CODE_B)).toBe('乙公司');
    expect(list.ignored).toEqual(['备注']);
  });

  it('names the line of each problem: the header is line 1, a quoted line break makes a row two lines long', () => {
    const text = [
      '统一社会信用代码,企业名称,县（市、区）', // line 1
      `${CODE_A},"甲公司`, // line 2: a name with a line break inside quotes…
      `（分厂）",洮北区`, // line 3: …so the next row starts on line 4
      `${BAD_CHECK},乙公司,洮北区`, // line 4: wrong check character
      `${CODE_B},丙,公司,洮南市`, // line 5: an unquoted comma: 4 cells for 3 columns
      `${CODE_A},丁公司,通榆县`, // line 6: the same code as line 2
    ].join('\r\n');
    const list = csvList('enterprises', text);
    expect(lines(list)).toEqual([
      [4, 'USCC_CHECK_CHARACTER'],
      [5, 'ROW_WIDTH'],
      [6, 'DUPLICATE_ENTERPRISE_ID'],
    ]);
    expect(list.problems[2]?.message['zh-CN']).toContain('与第 2 行重复');
    expect(list.names.get(CODE_A)).toBe('丁公司');
  });

  it('reports an unclosed quote at the line where the quoted cell starts', () => {
    const { problems } = csvRows(
      ['执法人员编号,证件有效期', 'BC-001,2028-12-31', 'BC-002,"2028-12-31', 'BC-003,2028-12-31'].join('\n'),
    );
    expect(problems.map((p) => [p.place?.n, p.code])).toEqual([[3, 'CSV_MISSING_QUOTES']]);
  });

  it('reads a CSV that is not UTF-8 as GB18030 (Excel on Chinese Windows writes GBK)', async () => {
    // GB 2312 code chart: 中 is D6D0, 文 is CEC4; as UTF-8 these bytes are invalid.
    const gbk = new Blob([new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x2c, 0x31])]);
    expect(await readText(gbk)).toEqual({ text: '中文,1', encoding: 'GB18030' });
    expect(await readText(new Blob(['\ufeff中文,1']))).toEqual({ text: '中文,1', encoding: 'UTF-8' });
  });

  it('says which required column is missing', () => {
    const list = csvList('inspectors', '执法人员编号,姓名\nBC-001,胡军\n');
    expect(list.problems.map((p) => p.code)).toEqual(['COLUMN_MISSING']);
    expect(list.problems[0]?.message['zh-CN']).toContain('证件有效期');
    expect(list.entries).toEqual([]);
  });

  it('reads inspectors: a validity period gives its last day, conflicts split on ；、 and spaces', () => {
    const list = csvList(
      'inspectors',
      [
        '执法人员编号,姓名,所属单位,证件有效期,回避企业',
        `BC-001,胡军,220800,2023-01-01至2028-12-31,${CODE_A}；${CODE_B}、 ${CODE_C}`,
      ].join('\n'),
    );
    expect(list.problems).toEqual([]);
    expect(list.entries).toEqual([
      { id: 'BC-001', bureau: '220800', credentialValidUntil: '2028-12-31', conflicts: [CODE_A, CODE_B, CODE_C] },
    ]);
  });

  it('flags a credit code a spreadsheet turned into a number', () => {
    const rows = [
      { place: { kind: 'row' as const, n: 1 }, cells: ['统一社会信用代码'] },
      { place: { kind: 'row' as const, n: 2 }, cells: ['912208224361932400'], numeric: [true] },
    ];
    const list = listFromTable('enterprises', rows);
    expect(list.problems.map((p) => [p.place?.n, p.code])).toContainEqual([2, 'CREDIT_CODE_AS_NUMBER']);
  });

  it('normalises the date forms it documents and leaves anything else for the date check', () => {
    expect(normalizeDate('2028.1.5')).toBe('2028-01-05');
    expect(normalizeDate('20281231')).toBe('2028-12-31');
    expect(normalizeDate('2023-01-01 ~ 2028-12-31')).toBe('2028-12-31');
    expect(normalizeDate('31/12/2028')).toBe('31/12/2028');
  });

  it('converts without loss: the CSV of a draw input fingerprints like the input itself', () => {
    const input = drawInput();
    const quote = (s: unknown) => `"${String(s ?? '').replaceAll('"', '""')}"`;
    const enterprisesCsv = [
      '统一社会信用代码,县（市、区）,信用风险等级,许可证有效期至,本年度已检查次数',
      ...input.enterprises.map((e) =>
        [e.id, e.county, e.riskClass, e.licenseValidUntil, e.inspectionsThisYear].map(quote).join(','),
      ),
    ].join('\n');
    const inspectorsCsv = [
      '执法人员编号,所属单位,证件有效期,回避企业',
      ...input.inspectors.map((i) =>
        [i.id, i.bureau, i.credentialValidUntil, i.conflicts?.join(';')].map(quote).join(','),
      ),
    ].join('\n');
    const enterprises = csvList('enterprises', enterprisesCsv);
    const inspectors = csvList('inspectors', inspectorsCsv);
    expect([...enterprises.problems, ...inspectors.problems]).toEqual([]);
    expect(
      fingerprintDrawLists({
        enterprises: enterprises.entries as DrawEnterprise[],
        inspectors: inspectors.entries as DrawInspector[],
      }),
    ).toEqual(fingerprintDrawLists(input));
  });

  it('reads JSON lists: the draw’s own fields (a name shown and left out), or column titles as keys', () => {
    const own = listFromJsonArray('enterprises', [
      { id: CODE_A, name: '甲公司', county: '220802' },
      { id: CODE_B, colour: 'red' },
    ]);
    expect(own.entries[0]).toEqual({ id: CODE_A, county: '220802' });
    expect(own.names.get(CODE_A)).toBe('甲公司');
    // Any other unknown field is the schema's to report, at its entry.
    expect(own.problems.map((p) => [p.place?.kind, p.place?.n])).toEqual([['item', 2]]);
    const titled = listFromJsonArray('enterprises', [
      { 统一社会信用代码: CODE_A, 企业名称: '甲公司', '县（市、区）': '洮南市' },
    ]);
    expect(titled.problems).toEqual([]);
    expect(titled.entries).toEqual([{ id: CODE_A, county: '220881' }]);
  });

  it('tells a record, both lists and one list apart', () => {
    expect(classifyJson({ algorithm: 'bls-draw/1', digest: 'x' }).kind).toBe('record');
    expect(classifyJson({ seed: 's', enterprises: [], inspectors: [] }).kind).toBe('lists');
    expect(classifyJson([{ id: 'BC-1', credentialValidUntil: '2028-12-31' }])).toMatchObject({
      kind: 'list',
      list: 'inspectors',
    });
    expect(classifyJson([{ id: CODE_A }])).toMatchObject({ kind: 'list', list: 'enterprises' });
    expect(classifyHeader(['执法人员编号', '证件有效期'])).toBe('inspectors');
    expect(classifyHeader(['统一社会信用代码', '企业名称'])).toBe('enterprises');
    expect(classifyHeader(['名称'])).toBeUndefined();
  });
});

describe('verify-draw: the seed, character by character', () => {
  it('gives each code point (hand-checked against the Unicode charts) and marks the invisible ones', () => {
    // '3' U+0033, '-' U+002D, zero-width space U+200B, full-width three U+FF13, 年 U+5E74, space U+0020.
    const chars = seedCharacters('3-\u200b３年 ');
    expect(chars.map((c) => c.hex)).toEqual(['U+0033', 'U+002D', 'U+200B', 'U+FF13', 'U+5E74', 'U+0020']);
    expect(chars.map((c) => c.level)).toEqual(['ok', 'ok', 'warn', 'warn', 'ok', 'ok']);
    expect(chars[2]?.label['zh-CN']).toContain('零宽空格');
    const { warnings } = seedSummary('3-\u200b３年 ');
    expect(warnings.map((w) => w.en).join(' ')).toContain('U+200B, U+FF13');
    expect(warnings.map((w) => w.en).join(' ')).toContain('white space at an end');
  });

  it('counts an astral character once and says when the seed is not NFC', () => {
    // U+1F3B2 (game die) is one code point, two UTF-16 units, four UTF-8 bytes.
    expect(seedCharacters('🎲').map((c) => c.hex)).toEqual(['U+1F3B2']);
    expect(seedSummary('🎲').facts[0]?.en).toBe('1 characters (code points), 2 UTF-16 units, 4 bytes in UTF-8');
    // e + combining acute (U+0065 U+0301) is not NFC (NFC is U+00E9).
    expect(
      seedSummary('e\u0301')
        .warnings.map((w) => w.en)
        .join(' '),
    ).toContain('not in Unicode NFC');
  });
});

describe('verify-draw: differences in plain words', () => {
  const book = { names: { [CODE_A]: '甲公司', 'BC-001': '胡军', 'BC-002': '胡丽', 'BC-003': '吴洋' } };

  it('names the team: same enterprise, other inspectors', () => {
    const e = explainDifference(
      {
        field: 'result.assignments[2]',
        expected: { enterpriseId: CODE_A, inspectorIds: ['BC-001', 'BC-003'] },
        actual: { enterpriseId: CODE_A, inspectorIds: ['BC-001', 'BC-002'] },
      },
      book,
    );
    expect(e.title['zh-CN']).toBe(`第 3 组检查组的人员不同：甲公司（${CODE_A}）`);
    expect(e.details[0]?.['zh-CN']).toBe(`记录中：企业 甲公司（${CODE_A}），检查人员 胡军（BC-001）、吴洋（BC-003）`);
    expect(e.details[1]?.en).toBe(`Re-running: enterprise 甲公司 (${CODE_A}), inspectors 胡军 (BC-001), 胡丽 (BC-002)`);
  });

  it('names the fingerprint and both values', () => {
    const e = explainDifference(
      {
        field: 'fingerprints.inspectors',
        expected: { count: 30, sha256: 'a'.repeat(64) },
        actual: { count: 29, sha256: 'b'.repeat(64) },
      },
      book,
    );
    expect(e.title['zh-CN']).toContain('检查人员名录的指纹');
    expect(e.details.map((d) => d.en).join('\n')).toContain(`In the record: 30 entries, SHA-256 ${'a'.repeat(64)}`);
    expect(e.details.map((d) => d.en).join('\n')).toContain(`Loaded list: 29 entries, SHA-256 ${'b'.repeat(64)}`);
  });

  it('reads a schema problem of the record from its message, and says when a part was cut at 10', () => {
    const e = explainDifference(
      {
        field: 'seed',
        expected: { 'zh-CN': '随机种子不能为空白', en: 'The seed must not be blank' },
        actual: 'SEED_BLANK',
      },
      book,
    );
    expect(e.details[0]?.en).toBe('The seed must not be blank (SEED_BLANK)');
    const ten = Array.from({ length: 10 }, (_, i) => ({
      field: `result.selected[${i}]`,
      expected: CODE_A,
      actual: CODE_B,
    }));
    expect(explainDifferences(ten, book).capped.map((c) => c.en)).toEqual([
      'Selected enterprises: the first 10 differences are listed; there may be more.',
    ]);
  });
});
