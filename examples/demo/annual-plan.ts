// The demo annual plan: `npm run demo`.
// Draws this year's "double random, one public" inspection plan for Baicheng from the synthetic
// dataset in examples/data/, checks it against Article 19's 10% quota, writes the publishable
// draw record and verifies it, and shows the deadlines that follow (sample dispatch, publication of
// results) on the official rest-day calendar, citing the articles at every step.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import {
  BAICHENG_COUNTIES,
  assessPublicationRecord,
  auditQuota,
  bilingualIssues,
  drawInspections,
  formatCitation,
  inspectorSchema,
  licensedEnterpriseSchema,
  officialCalendar,
  publicationDeadline,
  requiredSpotChecks,
  sampleDispatchDeadline,
  verifyDraw,
  type ArticleRef,
  type DrawEnterprise,
  type DrawInspector,
  type InspectorInput,
  type LicensedEnterpriseInput,
} from 'baicheng-license-supervision';

/** The day of the draw. Fixed, so the demo prints the same plan on every machine. */
const AS_OF = '2026-03-02';
/** The public seed: in a real ceremony, read from dice rolled in public after the lists are frozen. */
const SEED = '2026年3月2日 白城市 骰子 3-6-1-4-2-5-5-1-6-3-2-4';

const here = import.meta.dirname;
const data = (file: string): unknown => JSON.parse(readFileSync(join(here, '..', 'data', file), 'utf8'));
const cite = (ref: ArticleRef): string => `${formatCitation(ref)} ${formatCitation(ref, 'en')}`;
const county = (code: string | undefined): string => BAICHENG_COUNTIES.find((c) => c.code === code)?.zh ?? '—';
const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/u.test(ch) ? 2 : 1), 0);
const padTo = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
const line = (cells: string[], widths: number[]): string => cells.map((c, i) => padTo(c, widths[i] ?? 0)).join('  ');
const heading = (zh: string, en: string): void => console.log(`\n== ${zh} ${en}`);
/** A field of a draw record in words: `strata[0]` → 第1个分层（strata[0]）. */
function fieldWords(field: string): string {
  const WORDS: [RegExp, (n: number) => string][] = [
    [/^fingerprints\.enterprises/, () => '企业名单指纹'],
    [/^fingerprints\.inspectors/, () => '检查人员名单指纹'],
    [/^strata\[(\d+)\]/, (n) => `第${n + 1}个分层`],
    [/^result\.selected\[(\d+)\]/, (n) => `入选企业第${n + 1}家`],
    [/^result\.assignments\[(\d+)\]/, (n) => `第${n + 1}个检查组`],
    [/^result\.reserves\[(\d+)\]/, (n) => `备选第${n + 1}家`],
    [/^result\.excluded/, () => '排除名单'],
    [/^digest$/, () => '记录摘要'],
  ];
  for (const [pattern, words] of WORDS) {
    const m = pattern.exec(field);
    if (m) return `${words(Number(m[1] ?? 0))}（${field}）`;
  }
  return `字段 ${field}`;
}

// 1. Load and validate the lists (entity schemas; Chinese messages for anything wrong).
const enterprises = data('enterprises.json') as LicensedEnterpriseInput[];
const inspectors = data('inspectors.json') as InspectorInput[];
const riskClasses = data('risk-classes.json') as Record<string, 'A' | 'B' | 'C' | 'D'>;
const inspectionsThisYear = data('inspections-this-year.json') as Record<string, number>;
const spotChecks2025 = data('spot-checks-2025.json') as { enterpriseId: string; date: string }[];
const invalid = [
  ...enterprises.flatMap((e) => bilingualIssues(licensedEnterpriseSchema, e)),
  ...inspectors.flatMap((i) => bilingualIssues(inspectorSchema, i)),
];
for (const issue of invalid) console.log(`  ✗ ${issue.path.join('.')}: ${issue.message['zh-CN']}`);
if (invalid.length > 0) process.exit(1);

console.log('白城市食品相关产品生产许可证获证企业 年度“双随机、一公开”监督检查计划（演示数据）');
console.log('Baicheng licensed food-related product makers: annual double-random inspection plan (synthetic data)');
console.log(`\n抽取日期 Draw date: ${AS_OF}`);
console.log(`公开种子 Public seed: ${SEED}`);
console.log(`获证企业 Licensed enterprises: ${enterprises.length}; 检查人员 Inspectors: ${inspectors.length}`);

// 2. Last year's city spot checks against Article 19.
heading('上一年度市级抽查比例核查', `Last year's city spot checks — ${cite({ article: 19 })}`);
const lastYear = auditQuota({
  year: 2025,
  licensedEnterpriseIds: enterprises.map((e) => e.creditCode),
  spotChecks: spotChecks2025,
  counties: Object.fromEntries(enterprises.map((e) => [e.creditCode, e.county])),
});
const q = lastYear.outcome;
console.log(`应抽查 required ${q.required}（10% × ${enterprises.length}，向上取整 rounded up）; 已抽查 checked ${q.checked}; 差额 shortfall ${q.shortfall} → ${q.met ? '达标 met' : '未达标 not met'}`);

// 3. This year's draw: targets at random, inspectors at random (Article 8), teams of 2 (Article 9).
heading('本年度随机抽取', `This year's draw — ${cite({ article: 8 })}, ${cite({ article: 9, paragraph: 1 })}`);
const latestValidity = (e: LicensedEnterpriseInput): string => e.licenses.map((l) => l.validUntil).sort().at(-1) as string;
const drawEnterprises: DrawEnterprise[] = enterprises.map((e) => ({
  id: e.creditCode,
  county: e.county,
  riskClass: riskClasses[e.creditCode] ?? 'B',
  licenseValidUntil: latestValidity(e),
  inspectionsThisYear: inspectionsThisYear[e.creditCode] ?? 0,
}));
const drawInspectors: DrawInspector[] = inspectors.map((i) => ({
  id: i.id,
  credentialValidUntil: i.credential.validUntil,
  bureau: i.bureau.level === 'city' ? '220800' : i.bureau.county,
  ...(i.conflicts ? { conflicts: i.conflicts } : {}),
}));
// Draw as many as Article 19 requires of the enterprises licensed today: ceil(10% × licensed).
const licensedNow = drawEnterprises.filter((e) => (e.licenseValidUntil ?? AS_OF) >= AS_OF).length;
const required = requiredSpotChecks(licensedNow, AS_OF);
console.log(`本次抽取 ${required} 家（按县区分层，按比例分配）Drawing ${required}, stratified by county (largest-remainder shares)\n`);
const result = drawInspections({
  seed: SEED,
  asOf: AS_OF,
  enterprises: drawEnterprises,
  inspectors: drawInspectors,
  count: required,
  stratifyBy: 'county',
  teamSize: 2,
  maxInspectionsPerYear: 2,
});
const byId = new Map(enterprises.map((e) => [e.creditCode, e]));
const nameOf = new Map(inspectors.map((i) => [i.id, i.name]));
const widths = [4, 34, 18, 6, 24];
console.log(line(['序号', '企业名称', '统一社会信用代码', '县区', '检查人员'], widths));
console.log(line(['No.', 'Enterprise', 'Credit code', 'County', 'Inspectors'], widths));
result.assignments.forEach((a, n) => {
  const e = byId.get(a.enterpriseId);
  const team = a.inspectorIds.map((id) => `${nameOf.get(id) ?? ''}(${id})`).join('、');
  console.log(line([String(n + 1), e?.name ?? a.enterpriseId, a.enterpriseId, county(e?.county), team], widths));
});
const UNSTAFFED_WORDS: Record<string, string> = {
  TOO_FEW_INSPECTORS: '持有效证件的检查人员不足2名（第九条第一款）',
  CONFLICT_OF_INTEREST: '除须回避的人员外不足2名（回避）',
  INSPECTOR_CAPACITY_REACHED: '检查人员本次任务已满',
};
const enterpriseName = (id: string): string => `${byId.get(id)?.name ?? '（名录外企业）'}（${id}）`;
for (const u of result.unstaffed) console.log(`  未能组队 unstaffed: ${enterpriseName(u.enterpriseId)}，${UNSTAFFED_WORDS[u.reason] ?? u.reason}`);
// Reserves replace, in this order, a selected enterprise that cannot be inspected.
console.log(`\n备选顺序（入选企业无法检查时依次递补）Reserves, in order:`);
result.reserves.slice(0, 5).forEach((id, n) => console.log(`  备选${n + 1} ${enterpriseName(id)}`));
if (result.reserves.length > 5) console.log(`  …… 共 ${result.reserves.length} 家 (${result.reserves.length} in all)`);
// Each stratum's share (largest remainder) and what was left out before the draw, in words.
console.log(
  `各县区抽取（入选/符合条件）Per county (selected / eligible): ${result.strata
    .map((s) => `${county(s.key)} ${s.selected}/${s.eligible}`)
    .join('，')}`,
);
const REASON_WORDS: Record<string, string> = {
  LICENSE_EXPIRED: '许可证已过期 licence expired',
  YEARLY_CAP_REACHED: '本年度检查次数已满 yearly inspection cap reached',
  ALREADY_CHECKED: '本年度已抽查 already checked this year',
  CREDENTIAL_EXPIRED: '检查人员证件已过期 inspector credential expired (第九条第一款 Article 9(1))',
};
const reasons = new Map<string, number>();
for (const x of result.excluded) reasons.set(x.reason, (reasons.get(x.reason) ?? 0) + 1);
console.log('抽取前排除 Excluded before the draw:');
for (const [r, n] of reasons) console.log(`  ${REASON_WORDS[r] ?? r}: ${n}`);

// 4. The plan against this year's quota (Article 19).
heading('本年度计划与第十九条比例', `This year's plan against the quota — ${cite({ article: 19 })}`);
const planned = result.assignments.length;
console.log(`有效获证企业 licensed on ${AS_OF}: ${licensedNow}; 应抽查 required: ${required}; 已组队计划 planned with a team: ${planned} → ${planned >= required ? '计划满足比例 the plan meets the quota' : '计划不足 the plan falls short'}`);

// 5. Publish the record, then verify it as a member of the public would.
heading('公开抽取记录并复核（一公开）', `Publish the draw record and verify it — ${cite({ article: 8 })}`);
// examples/out in a clone; run from an installed package (inside node_modules), a folder of its
// own in the system's temporary directory instead: the demo writes nothing into node_modules.
const outDir = here.split(sep).includes('node_modules') ? mkdtempSync(join(tmpdir(), 'bls-demo-')) : join(here, '..', 'out');
mkdirSync(outDir, { recursive: true });
const recordFile = join(outDir, `draw-record-${AS_OF}.json`);
writeFileSync(recordFile, JSON.stringify(result.record, null, 2) + '\n');
console.log(`记录已写入 record written: ${relative(process.cwd(), recordFile)}`);
// The two lists as published with it: JSON (what verifyDraw takes) and CSV with names, as a
// bureau posts them; examples/verify-draw checks the draw from these files in a browser.
writeFileSync(join(outDir, `draw-lists-${AS_OF}.json`), JSON.stringify({ enterprises: drawEnterprises, inspectors: drawInspectors }, null, 2) + '\n');
const csv = (rows: readonly (readonly (string | number | undefined)[])[]): string =>
  '\uFEFF' + rows.map((r) => r.map((c) => `"${String(c ?? '').replaceAll('"', '""')}"`).join(',')).join('\r\n') + '\r\n';
writeFileSync(join(outDir, `draw-enterprises-${AS_OF}.csv`), csv([
  ['统一社会信用代码', '企业名称', '县（市、区）', '信用风险等级', '许可证有效期至', '本年度已检查次数'],
  ...drawEnterprises.map((e) => [e.id, byId.get(e.id)?.name, county(e.county), e.riskClass, e.licenseValidUntil, e.inspectionsThisYear]),
]));
writeFileSync(join(outDir, `draw-inspectors-${AS_OF}.csv`), csv([
  ['执法人员编号', '姓名', '所属单位', '证件有效期', '回避企业'],
  ...drawInspectors.map((i) => [i.id, nameOf.get(i.id), i.bureau, i.credentialValidUntil, i.conflicts?.join('；')]),
]));
console.log(`名录已写入 lists written: draw-lists-${AS_OF}.json, draw-enterprises-${AS_OF}.csv, draw-inspectors-${AS_OF}.csv`);
console.log(`企业名单指纹 enterprise list SHA-256: ${result.record.fingerprints.enterprises.sha256} (${result.record.fingerprints.enterprises.count})`);
const published = JSON.parse(readFileSync(recordFile, 'utf8'));
const check = verifyDraw(published, { enterprises: drawEnterprises, inspectors: drawInspectors });
console.log(`复核 verification: ${check.valid ? '一致 valid（任何人用公开的种子和名单重新抽取，都得到同一计划 anyone re-running the draw gets the same plan）' : '不一致 NOT valid'}`);
const tampered = verifyDraw(published, { enterprises: drawEnterprises.slice(1), inspectors: drawInspectors });
console.log(
  `篡改名单后复核 with one enterprise removed from the list: ${
    tampered.valid
      ? 'valid (?)'
      : `不一致 rejected — 共 ${tampered.differences.length} 处不一致，包括 ${tampered.differences
          .slice(0, 3)
          .map((d) => fieldWords(d.field))
          .join('、')}`
  }`,
);
if (!check.valid || tampered.valid) process.exit(1);

// 6. Deadlines on the official rest-day calendar (the State Council's holiday notices).
heading('期限（官方休息日日历）', `Deadlines on the official rest-day calendar — ${cite({ article: 17 })}, ${cite({ article: 8 })}`);
const notices = officialCalendar.years.map((y) => y.notice.number);
console.log(`日历 calendar: ${officialCalendar.coverage.from} – ${officialCalendar.coverage.to}, ${notices[0]} … ${notices.at(-1)}`);
const dispatch = sampleDispatchDeadline('2026-02-07');
console.log(`封样 sealed 2026-02-07 → 送检期限 send by ${dispatch.outcome.deadline}（${dispatch.trace.at(-1)?.message['zh-CN']}）`);
const firstExample = drawEnterprises[0]?.id ?? '';
for (const [resultOn, publishedOn] of [
  ['2026-01-20', '2026-02-13'],
  ['2026-02-13', undefined],
] as const) {
  const deadline = publicationDeadline(resultOn).outcome.deadline;
  const record = { enterpriseId: firstExample, resultOn, ...(publishedOn ? { publishedOn } : {}) };
  const assessed = assessPublicationRecord(record, { asOf: AS_OF });
  console.log(
    `抽查结果 result ${resultOn} → 公示期限 publish by ${deadline}; ${publishedOn ? `已公示 published ${publishedOn}` : '未公示 not published'} → ${assessed.outcome.status}（${assessed.trace.at(-1)?.message['zh-CN']}）`,
  );
}
