/**
 * The differences `verifyDraw` reports, in plain words in both languages: which fingerprint,
 * which enterprise, which team. Uses only the published shape of a difference (`field`,
 * `expected` — what the record states — and `actual` — what re-running gives), so it reads any
 * difference, including ones it has no special words for.
 */
import {
  BAICHENG_CITY,
  BAICHENG_COUNTIES,
  type BilingualMessage,
  type DrawDifference,
} from 'baicheng-license-supervision';

/** Names for ids, and nothing else: what the published lists say. */
export interface NameBook {
  readonly names: Readonly<Record<string, string>>;
}

/** One difference in words: a title and the details. */
export interface Explained {
  readonly field: string;
  readonly title: BilingualMessage;
  readonly details: readonly BilingualMessage[];
}

const both = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

/** `白城松原纸制品有限公司（91220802A44117609W）`, or the id alone when no name is known. */
export function who(id: unknown, book: NameBook): BilingualMessage {
  if (typeof id !== 'string') return both(json(id), json(id));
  const name = book.names[id];
  return name === undefined ? both(id, id) : both(`${name}（${id}）`, `${name} (${id})`);
}

/** A county or risk-class stratum key in words. */
export function stratumName(key: unknown): BilingualMessage {
  if (key === 'all') return both('全部（未分层）', 'all (not stratified)');
  if (key === 'unspecified') return both('未填写', 'not given');
  const county = [...BAICHENG_COUNTIES, BAICHENG_CITY].find((c) => c.code === key);
  if (county) return both(`${county.zh}（${county.code}）`, `${county.en} (${county.code})`);
  if (typeof key === 'string' && /^[ABCD]$/u.test(key)) return both(`信用风险 ${key} 类`, `risk class ${key}`);
  return both(json(key), json(key));
}

/** Why an entry was left out before the draw. */
export const EXCLUSION_WORDS: Readonly<Record<string, BilingualMessage>> = {
  LICENSE_EXPIRED: both('许可证已过期', 'licence expired'),
  YEARLY_CAP_REACHED: both('本年度检查次数已达上限', 'yearly inspection cap reached'),
  ALREADY_CHECKED: both('本期已抽查', 'already spot-checked this period'),
  CREDENTIAL_EXPIRED: both('执法证件已过期（第九条第一款）', 'credential expired (Article 9(1))'),
};

/** Why a selected enterprise got no team. */
export const UNSTAFFED_WORDS: Readonly<Record<string, BilingualMessage>> = {
  TOO_FEW_INSPECTORS: both('可派检查人员不足', 'too few inspectors'),
  INSPECTOR_CAPACITY_REACHED: both('检查人员已达本次任务上限', 'inspectors at their limit of teams'),
  CONFLICT_OF_INTEREST: both('因回避无法组成检查组', 'no team without a conflict of interest'),
};

function json(value: unknown): string {
  if (value === undefined) return '（无）';
  const s = JSON.stringify(value);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

function join(parts: readonly BilingualMessage[], zhSep = '、', enSep = ', '): BilingualMessage {
  return both(parts.map((p) => p['zh-CN']).join(zhSep), parts.map((p) => p.en).join(enSep));
}

function isBilingual(value: unknown): value is BilingualMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['zh-CN'] === 'string' &&
    typeof (value as Record<string, unknown>)['en'] === 'string'
  );
}

function fingerprintText(value: unknown): BilingualMessage {
  const f = value as { count?: unknown; sha256?: unknown } | null;
  if (typeof f !== 'object' || f === null) return both(json(value), json(value));
  return both(
    `${String(f.count)} 条，SHA-256 ${String(f.sha256)}`,
    `${String(f.count)} entries, SHA-256 ${String(f.sha256)}`,
  );
}

function team(value: unknown, book: NameBook): BilingualMessage {
  const a = value as { enterpriseId?: unknown; inspectorIds?: unknown } | null;
  if (typeof a !== 'object' || a === null || !Array.isArray(a.inspectorIds)) return both(json(value), json(value));
  const e = who(a.enterpriseId, book);
  const t = join(a.inspectorIds.map((id) => who(id, book)));
  return both(`企业 ${e['zh-CN']}，检查人员 ${t['zh-CN']}`, `enterprise ${e.en}, inspectors ${t.en}`);
}

function exclusion(value: unknown, book: NameBook): BilingualMessage {
  const x = value as { kind?: unknown; id?: unknown; reason?: unknown } | null;
  if (typeof x !== 'object' || x === null) return both(json(value), json(value));
  const reason = EXCLUSION_WORDS[String(x.reason)] ?? both(String(x.reason), String(x.reason));
  const name = who(x.id, book);
  return x.kind === 'inspector'
    ? both(`检查人员 ${name['zh-CN']}：${reason['zh-CN']}`, `inspector ${name.en}: ${reason.en}`)
    : both(`企业 ${name['zh-CN']}：${reason['zh-CN']}`, `enterprise ${name.en}: ${reason.en}`);
}

function unstaffed(value: unknown, book: NameBook): BilingualMessage {
  const u = value as { enterpriseId?: unknown; reason?: unknown } | null;
  if (typeof u !== 'object' || u === null) return both(json(value), json(value));
  const reason = UNSTAFFED_WORDS[String(u.reason)] ?? both(String(u.reason), String(u.reason));
  const name = who(u.enterpriseId, book);
  return both(`${name['zh-CN']}：${reason['zh-CN']}`, `${name.en}: ${reason.en}`);
}

function stratum(value: unknown): BilingualMessage {
  const s = value as { key?: unknown; eligible?: unknown; selected?: unknown; reserves?: unknown } | null;
  if (typeof s !== 'object' || s === null) return both(json(value), json(value));
  const k = stratumName(s.key);
  return both(
    `${k['zh-CN']}：可抽 ${String(s.eligible)} 家，抽中 ${String(s.selected)} 家，备选 ${String(s.reserves)} 家`,
    `${k.en}: ${String(s.eligible)} eligible, ${String(s.selected)} selected, ${String(s.reserves)} reserves`,
  );
}

/** Names of the parts of a record, for titles. */
const PARTS: Readonly<
  Record<
    string,
    { zh: string; en: string; item: (v: unknown, b: NameBook) => BilingualMessage; zhUnit: string; enUnit: string }
  >
> = {
  excluded: { zh: '抽取前排除', en: 'Left out before the draw', item: exclusion, zhUnit: '项', enUnit: 'entries' },
  strata: { zh: '分层统计', en: 'Strata', item: (v) => stratum(v), zhUnit: '层', enUnit: 'strata' },
  'result.selected': {
    zh: '抽中企业',
    en: 'Selected enterprises',
    item: (v, b) => who(v, b),
    zhUnit: '家',
    enUnit: 'enterprises',
  },
  'result.assignments': { zh: '检查组', en: 'Teams', item: team, zhUnit: '组', enUnit: 'teams' },
  'result.unstaffed': {
    zh: '未能组队的企业',
    en: 'Enterprises without a team',
    item: unstaffed,
    zhUnit: '家',
    enUnit: 'enterprises',
  },
  'result.reserves': { zh: '备选企业', en: 'Reserves', item: (v, b) => who(v, b), zhUnit: '家', enUnit: 'enterprises' },
};

/** One difference in plain words. */
export function explainDifference(d: DrawDifference, book: NameBook): Explained {
  const { field, expected, actual } = d;
  // A record that fails its schema (or is dated before the measures): the message says it all.
  if (isBilingual(expected) && typeof actual === 'string') {
    return {
      field,
      title: both(`记录内容有误：${field}`, `The record is malformed at ${field}`),
      details: [both(`${expected['zh-CN']}（${actual}）`, `${expected.en} (${actual})`)],
    };
  }
  if (field === 'fingerprints.enterprises' || field === 'fingerprints.inspectors') {
    const enterprises = field === 'fingerprints.enterprises';
    return {
      field,
      title: enterprises
        ? both('企业名录的指纹与抽取记录不符', "The enterprise list's fingerprint does not match the record")
        : both('检查人员名录的指纹与抽取记录不符', "The inspector list's fingerprint does not match the record"),
      details: [
        both(`抽取记录中：${fingerprintText(expected)['zh-CN']}`, `In the record: ${fingerprintText(expected).en}`),
        both(`载入的名录：${fingerprintText(actual)['zh-CN']}`, `Loaded list: ${fingerprintText(actual).en}`),
        enterprises
          ? both(
              '载入的企业名录不是抽取时所用的名录：抽取后有企业被增加、删除或改动（县区、风险等级、有效期、检查次数），或导出时漏了列。',
              'The loaded enterprise list is not the one the draw was made from: an enterprise was added, removed or changed (county, risk class, validity, inspection count) after the draw, or a column was lost in the export.',
            )
          : both(
              '载入的检查人员名录不是抽取时所用的名录：抽取后有人员被增加、删除或改动（证件有效期、所属单位、回避企业），或导出时漏了列。',
              'The loaded inspector list is not the one the draw was made from: an inspector was added, removed or changed (credential date, bureau, conflicts) after the draw, or a column was lost in the export.',
            ),
      ],
    };
  }
  if (field === 'digest') {
    return {
      field,
      title: both('记录摘要不符', 'The record digest does not match'),
      details: [
        both(`记录中的摘要：${String(expected)}`, `Digest in the record: ${String(expected)}`),
        both(`重新计算所得：${String(actual)}`, `Recomputed: ${String(actual)}`),
        both(
          '记录的某项内容（种子、日期、参数、结果或摘要本身）在抽取后被改动过。',
          'Something in the record (seed, date, parameters, result, or the digest itself) was changed after the draw.',
        ),
      ],
    };
  }
  if (field === 'parameters') {
    return {
      field,
      title: both('抽取参数的写法不规范', 'The parameters are not written in canonical form'),
      details: [
        both(`记录为 ${json(expected)}`, `Record: ${json(expected)}`),
        both(`应为 ${json(actual)}`, `Canonical: ${json(actual)}`),
      ],
    };
  }
  if (field === 'draw') {
    return {
      field,
      title: both(
        '按记录的种子、日期和参数无法在这两份名录上重新抽取',
        "The draw cannot be re-run on these lists with the record's seed, date and parameters",
      ),
      details: [both(`错误代码：${json(actual)}`, `Error codes: ${json(actual)}`)],
    };
  }
  const length = /^(.*)\.length$/u.exec(field);
  if (length && PARTS[length[1] as string]) {
    const part = PARTS[length[1] as string] as (typeof PARTS)[string];
    return {
      field,
      title: both(`${part.zh}的数量不同`, `${part.en}: a different number`),
      details: [
        both(
          `记录中 ${String(expected)} ${part.zhUnit}，重新抽取得到 ${String(actual)} ${part.zhUnit}`,
          `The record has ${String(expected)} ${part.enUnit}, re-running gives ${String(actual)}`,
        ),
      ],
    };
  }
  const entry = /^(.*)\[(\d+)\]$/u.exec(field);
  if (entry && PARTS[entry[1] as string]) {
    const part = PARTS[entry[1] as string] as (typeof PARTS)[string];
    const n = Number(entry[2]) + 1;
    const e = part.item(expected, book);
    const a = part.item(actual, book);
    const sameEnterprise =
      entry[1] === 'result.assignments' &&
      (expected as { enterpriseId?: unknown } | null)?.enterpriseId ===
        (actual as { enterpriseId?: unknown } | null)?.enterpriseId;
    return {
      field,
      title: sameEnterprise
        ? both(
            `第 ${n} 组检查组的人员不同：${who((expected as { enterpriseId: unknown }).enterpriseId, book)['zh-CN']}`,
            `Team ${n} has other inspectors: ${who((expected as { enterpriseId: unknown }).enterpriseId, book).en}`,
          )
        : both(`${part.zh}第 ${n} 项不同`, `${part.en}, entry ${n}, differs`),
      details: [
        both(`记录中：${e['zh-CN']}`, `In the record: ${e.en}`),
        both(`重新抽取：${a['zh-CN']}`, `Re-running: ${a.en}`),
      ],
    };
  }
  return {
    field,
    title: both(`不同：${field}`, `Differs: ${field}`),
    details: [
      both(`记录中：${json(expected)}`, `In the record: ${json(expected)}`),
      both(`重新抽取：${json(actual)}`, `Re-running: ${json(actual)}`),
    ],
  };
}

/**
 * Every difference in words, and a note for the parts where `verifyDraw` stopped listing (it
 * lists at most 10 entries per part).
 */
export function explainDifferences(
  differences: readonly DrawDifference[],
  book: NameBook,
): { items: Explained[]; capped: BilingualMessage[] } {
  const items = differences.map((d) => explainDifference(d, book));
  const perPart = new Map<string, number>();
  for (const d of differences) {
    const m = /^(.*)\[\d+\]$/u.exec(d.field);
    if (m) perPart.set(m[1] as string, (perPart.get(m[1] as string) ?? 0) + 1);
  }
  const capped: BilingualMessage[] = [];
  for (const [part, n] of perPart) {
    if (n >= 10 && PARTS[part]) {
      const p = PARTS[part] as (typeof PARTS)[string];
      capped.push(
        both(
          `${p.zh}：只列出前 ${n} 处不同，可能还有更多。`,
          `${p.en}: the first ${n} differences are listed; there may be more.`,
        ),
      );
    }
  }
  return { items, capped };
}
