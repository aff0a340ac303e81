// Drives examples/verify-draw in real headless Chromium (Debian's /usr/bin/chromium through
// playwright-core), opened from disk (file://) as a person who downloaded it would, and once from
// a static web server. Loads the demo's published record and lists (JSON, CSV, xlsx), tampered
// copies, and a 100,000-enterprise draw made here with the library. Screenshots go to test/out/.
// Skipped when Chromium is absent outside CI; in CI (CI=true) it always runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DrawEnterprise, DrawInspector, DrawRecord } from 'baicheng-license-supervision';
import { ensureBuilt, root } from './support/built.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

const CHROMIUM = '/usr/bin/chromium';
const run = existsSync(CHROMIUM) || process.env['CI'] === 'true';
const out = join(root, 'test', 'out');
const files = join(out, 'verify-draw');
const demoOut = join(root, 'examples', 'out');
const AS_OF = '2026-03-02'; // the demo's draw date (examples/demo/annual-plan.ts)
const pageUrl = pathToFileURL(join(root, 'examples', 'verify-draw', 'index.html')).href;

type Lib = typeof import('baicheng-license-supervision');
let lib: Lib;

const shot = (name: string) => join(out, `verify-draw-${name}.png`);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const csvCell = (s: unknown) => `"${String(s ?? '').replaceAll('"', '""')}"`;

describe.skipIf(!run)('verify-draw page (headless Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: StaticServer;
  const pageErrors: string[] = [];
  const pages: Page[] = [];

  // The demo's published files.
  const record = () => join(demoOut, `draw-record-${AS_OF}.json`);
  const enterprisesCsv = () => join(demoOut, `draw-enterprises-${AS_OF}.csv`);
  const inspectorsCsv = () => join(demoOut, `draw-inspectors-${AS_OF}.csv`);
  const listsJson = () => join(demoOut, `draw-lists-${AS_OF}.json`);
  let demoRecord: DrawRecord;
  let inspectorNames: Map<string, string>;
  let enterpriseNames: Map<string, string>;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`CI=true but ${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
    }
    await ensureBuilt();
    lib = await import('baicheng-license-supervision');
    execFileSync(process.execPath, [join(root, 'scripts', 'build-verify-draw.mjs')], { cwd: root, stdio: 'pipe' });
    // `npm run demo` writes the record and the lists it was drawn from to examples/out/.
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'examples/demo/annual-plan.ts'],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    mkdirSync(files, { recursive: true });
    demoRecord = readJson<DrawRecord>(record());
    inspectorNames = new Map(
      readJson<{ id: string; name: string }[]>(join(root, 'examples', 'data', 'inspectors.json')).map((i) => [
        i.id,
        i.name,
      ]),
    );
    enterpriseNames = new Map(
      readJson<{ creditCode: string; name: string }[]>(join(root, 'examples', 'data', 'enterprises.json')).map((e) => [
        e.creditCode,
        e.name,
      ]),
    );
    server = await serveStatic(join(root, 'examples', 'verify-draw'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
    });
    // Nothing but the page's own files: every http(s) request other than the local server fails.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1:)/, (route) => route.abort());
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close();
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function open(url = pageUrl): Promise<Page> {
    const page = await context.newPage();
    pages.push(page);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  /** Chooses files slot by slot (each choice starts a new run) and waits for the last run. */
  async function load(
    page: Page,
    slots: { record?: string; enterprises?: string; inspectors?: string },
    timeout = 30_000,
  ): Promise<void> {
    for (const [slot, path] of Object.entries(slots)) await page.setInputFiles(`#file-${slot}`, path);
    await page.waitForSelector('body[data-state="done"]', { timeout });
  }

  const differenceFields = (page: Page) =>
    page.locator('#differences [data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));

  it('the demo’s record and CSV lists, from disk: verified, in Chinese, then in English', async () => {
    const page = await open();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await load(page, { record: record(), enterprises: enterprisesCsv(), inspectors: inspectorsCsv() });
    expect(await page.getAttribute('#verdict', 'data-valid')).toBe('true');
    expect(await page.locator('#verdict').innerText()).toContain('复核一致：已验证（verified）');
    expect(await page.getAttribute('body', 'data-engine')).toBe('worker');
    // Every column of the demo's CSV is read; the files' counts are the demo's 150 and 30.
    expect(await page.locator('#status-enterprises').innerText()).toContain('企业 150 家');
    expect(await page.locator('#status-inspectors').innerText()).toContain('检查人员 30 名');

    // The seed, one cell per code point; the space between 日 and 白 is U+0020.
    const seed = demoRecord.seed;
    const cps = await page.locator('#seed .seed-char').evaluateAll((els) => els.map((e) => e.getAttribute('data-cp')));
    expect(cps).toHaveLength([...seed].length);
    expect(cps.slice(0, 6)).toEqual(['U+0032', 'U+0030', 'U+0032', 'U+0036', 'U+5E74', 'U+0033']); // 2 0 2 6 年 3
    expect(cps[9]).toBe('U+0020');
    expect(await page.locator('#seed .seed-char.warn').count()).toBe(0);

    // Fingerprints of the loaded CSV lists: those the library computes from the demo's JSON lists.
    const lists = readJson<{ enterprises: DrawEnterprise[]; inspectors: DrawInspector[] }>(listsJson());
    const expected = lib.fingerprintDrawLists(lists);
    for (const kind of ['enterprises', 'inspectors'] as const) {
      const row = page.locator(`#fingerprints tr[data-list="${kind}"]`);
      expect(await row.getAttribute('data-match')).toBe('true');
      expect(await row.innerText()).toContain(expected[kind].sha256);
    }
    // Pasting the announced fingerprint compares it; a wrong one is said to differ.
    await page.fill('#announced-enterprises', expected.enterprises.sha256.toUpperCase());
    expect(await page.locator('#fingerprints tr[data-list="enterprises"] .announced-result').innerText()).toContain(
      '一致',
    );
    await page.fill('#announced-inspectors', expected.enterprises.sha256);
    expect(await page.locator('#fingerprints tr[data-list="inspectors"] .announced-result').innerText()).toContain(
      '不一致',
    );

    // The publication table: the selection in draw order, each team by the inspectors' names.
    const rows = page.locator('#sheet-selected tbody tr');
    expect(await rows.count()).toBe(demoRecord.result.selected.length);
    expect(await rows.first().getAttribute('data-id')).toBe(demoRecord.result.selected[0]);
    const first = demoRecord.result.assignments.find((a) => a.enterpriseId === demoRecord.result.selected[0]);
    const firstRow = await rows.first().innerText();
    expect(firstRow).toContain(enterpriseNames.get(demoRecord.result.selected[0] as string) as string);
    for (const id of first?.inspectorIds ?? []) expect(firstRow).toContain(`${inspectorNames.get(id)}（${id}）`);
    expect(await page.locator('#publication').innerText()).toContain(demoRecord.digest);

    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: shot('verified'), fullPage: true });

    await page.click('#lang-toggle');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#verdict').innerText()).toContain('Verified: the draw re-runs to the same result');
    expect(await page.locator('#verdict').innerText()).not.toContain('复核一致');
    expect(await page.locator('h1').innerText()).toBe('Check a published double-random draw');
    await page.screenshot({ path: shot('verified-en'), fullPage: false });
    expect(statSync(shot('verified')).size).toBeGreaterThan(50_000);
  }, 60_000);

  it('the record and the JSON lists chosen at once, from a static web server: told apart and verified', async () => {
    const page = await open(server.url);
    await page.setInputFiles('#file-any', [listsJson(), record()]);
    await page.waitForSelector('body[data-state="done"]');
    expect(await page.getAttribute('#verdict', 'data-valid')).toBe('true');
    expect(await page.locator('#status-record').innerText()).toContain(`draw-record-${AS_OF}.json`);
    expect(await page.locator('#status-enterprises').innerText()).toContain(`draw-lists-${AS_OF}.json`);
    // The page's own three files, and nothing else.
    expect([...new Set(server.requests)].sort()).toEqual(['/', '/dist/app.js', '/style.css']);
  }, 60_000);

  it('an .xlsx inspector list (dates as date cells) with the CSV enterprise list: verified', async () => {
    const { default: writeExcelFile } = await import('write-excel-file/node');
    const lists = readJson<{ inspectors: DrawInspector[] }>(listsJson());
    const title = (value: string) => ({ value, fontWeight: 'bold' as const });
    const sheet = [
      [title('执法人员编号'), title('姓名'), title('所属单位'), title('证件有效期'), title('回避企业')],
      ...lists.inspectors.map((i) => [
        { value: i.id },
        { value: inspectorNames.get(i.id) ?? '' },
        { value: i.bureau ?? '' },
        { value: new Date(`${i.credentialValidUntil}T00:00:00Z`), format: 'yyyy-mm-dd' },
        { value: (i.conflicts ?? []).join('；') },
      ]),
    ];
    const xlsx = join(files, 'inspectors.xlsx');
    writeFileSync(xlsx, await writeExcelFile(sheet).toBuffer());
    const page = await open();
    await load(page, { record: record(), enterprises: enterprisesCsv(), inspectors: xlsx });
    expect(await page.locator('#status-inspectors').innerText()).toContain('(XLSX)');
    expect(await page.getAttribute('#verdict', 'data-valid')).toBe('true');
  }, 60_000);

  it('a tampered record: the team that was changed named in plain words', async () => {
    // Replace the second inspector of the first team by a member of the second team.
    const tampered = structuredClone(demoRecord);
    const team = tampered.result.assignments[0] as { enterpriseId: string; inspectorIds: string[] };
    const other = (tampered.result.assignments[1] as { inspectorIds: string[] }).inspectorIds;
    const idle = other.find((id) => !team.inspectorIds.includes(id)) as string;
    const replaced = team.inspectorIds[1] as string;
    team.inspectorIds[1] = idle;
    const path = join(files, 'record-tampered-team.json');
    writeFileSync(path, JSON.stringify(tampered, null, 2));

    const page = await open();
    await load(page, { record: path, enterprises: enterprisesCsv(), inspectors: inspectorsCsv() });
    expect(await page.getAttribute('#verdict', 'data-valid')).toBe('false');
    expect(await page.locator('#verdict').innerText()).toContain('复核不一致');
    // The record's digest was left as it was, and is the digest of the re-run: only the team differs.
    expect(await differenceFields(page)).toEqual(['result.assignments[0]']);
    const words = await page.locator('#differences [data-field="result.assignments[0]"]').innerText();
    const name = enterpriseNames.get(team.enterpriseId) as string;
    expect(words).toContain(`第 1 组检查组的人员不同：${name}（${team.enterpriseId}）`);
    expect(words).toContain(`${inspectorNames.get(idle)}（${idle}）`); // in the record
    expect(words).toContain(`${inspectorNames.get(replaced)}（${replaced}）`); // re-running
    // The publication table says it is not a valid result.
    expect(await page.getAttribute('#publication [data-verified]', 'data-verified')).toBe('false');
    await page.screenshot({ path: shot('tampered'), fullPage: true });
  }, 60_000);

  it('a record mangled out of shape: its problems listed, nothing of it shown as a result, no script error', async () => {
    const mangled = {
      ...demoRecord,
      seed: 20260302,
      excluded: [null],
      result: { ...demoRecord.result, assignments: 'none' },
    };
    const path = join(files, 'record-mangled.json');
    writeFileSync(path, JSON.stringify(mangled));
    const page = await open();
    await load(page, { record: path, enterprises: enterprisesCsv(), inspectors: inspectorsCsv() });
    expect(['false', 'error']).toContain(await page.getAttribute('#verdict', 'data-valid'));
    const fields = await differenceFields(page);
    for (const field of ['seed', 'excluded[0]', 'result.assignments']) expect(fields).toContain(field);
    expect(await page.isHidden('#publication')).toBe(true);
    expect(await page.isHidden('#seed-card')).toBe(true);
    // The loaded lists' fingerprints are still shown, to compare with the announced ones.
    expect(await page.locator('#fingerprints tr[data-list="enterprises"]').innerText()).toContain(
      demoRecord.fingerprints.enterprises.sha256,
    );
  }, 60_000);

  it('a list changed after the draw, and a seed with an invisible character: each named', async () => {
    // The enterprise CSV without its last enterprise (the demo lists 150).
    const csv = readFileSync(enterprisesCsv(), 'utf8').trimEnd().split('\r\n');
    const fewer = join(files, 'enterprises-one-removed.csv');
    writeFileSync(fewer, csv.slice(0, -1).join('\r\n') + '\r\n');
    const page = await open();
    await load(page, { record: record(), enterprises: fewer, inspectors: inspectorsCsv() });
    expect(await page.getAttribute('#verdict', 'data-valid')).toBe('false');
    expect((await differenceFields(page))[0]).toBe('fingerprints.enterprises');
    const words = await page.locator('#differences [data-field="fingerprints.enterprises"]').innerText();
    expect(words).toContain('企业名录的指纹与抽取记录不符');
    expect(words).toContain(`抽取记录中：150 条，SHA-256 ${demoRecord.fingerprints.enterprises.sha256}`);
    expect(words).toContain('载入的名录：149 条');

    // A zero-width space (U+200B) after the first character of the seed.
    const seeded = { ...demoRecord, seed: `${demoRecord.seed.slice(0, 1)}\u200b${demoRecord.seed.slice(1)}` };
    const path = join(files, 'record-seed-zwsp.json');
    writeFileSync(path, JSON.stringify(seeded));
    await load(page, { record: path, enterprises: enterprisesCsv() });
    // Not the draw the lists give (how the record is refused — a changed result and digest, or a
    // seed the record schema rejects — is verifyDraw's to say); the seed shows the extra character.
    expect(['false', 'error']).toContain(await page.getAttribute('#verdict', 'data-valid'));
    expect(await page.getAttribute('#seed .seed-char:nth-child(2)', 'data-cp')).toBe('U+200B');
    expect(await page.getAttribute('#seed .seed-char:nth-child(2)', 'class')).toContain('warn');
    expect(await page.locator('#seed .warning').innerText()).toContain('U+200B');
    expect(await page.locator('#seed .seed-char').count()).toBe([...demoRecord.seed].length + 1);
    await page.locator('#seed-card').screenshot({ path: shot('seed-zwsp') });
  }, 60_000);

  it('a malformed CSV: every problem at its line, and no verdict until fixed', async () => {
    const csv = readFileSync(enterprisesCsv(), 'utf8').split('\r\n');
    // Line 3: a wrong check character (the last character of the code changed).
    const code = (csv[2] as string).slice(1, 19);
    const wrong = code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
    csv[2] = (csv[2] as string).replace(code, wrong);
    // Line 5: a name with an unquoted comma, so the row has one cell too many.
    csv[4] = (csv[4] as string).replace(/^("[^"]*"),"([^"]*)"/u, '$1,$2,分厂');
    const bad = join(files, 'enterprises-malformed.csv');
    writeFileSync(bad, csv.join('\r\n'));
    const page = await open();
    await load(page, { record: record(), enterprises: bad, inspectors: inspectorsCsv() });
    const problems = page.locator('#status-enterprises .problems li[data-line]');
    expect(
      await problems.evaluateAll((els) => els.map((e) => [e.getAttribute('data-line'), e.getAttribute('data-code')])),
    ).toEqual([
      ['3', 'USCC_CHECK_CHARACTER'],
      ['5', 'ROW_WIDTH'],
    ]);
    expect(await problems.first().innerText()).toContain('第 3 行 · 统一社会信用代码：');
    expect(await page.getAttribute('#verdict', 'data-valid')).toBe('incomplete');
    // The columns are listed with which are required.
    await page.click('#columns-help summary');
    expect(await page.locator('#columns-help tr[data-field="credentialValidUntil"]').innerText()).toContain('必需');
    await page.screenshot({ path: shot('malformed'), fullPage: false });
  }, 60_000);

  it('100,000 enterprises: progress shown, the page stays responsive, then verified', async () => {
    // A draw made here with the library: codes numbered in the GB 32100 alphabet, check
    // character computed; every 50th licence expired, every third enterprise at the yearly cap.
    const { USCC_ALPHABET, creditCodeCheckCharacter, drawInspections } = lib;
    const COUNTIES = ['220802', '220821', '220822', '220881', '220882'] as const;
    const enterprises: DrawEnterprise[] = [];
    for (let i = 0; i < 100_000; i++) {
      let body = '';
      for (let v = i * 7919 + 104_729, k = 0; k < 9; k++, v = Math.floor(v / 31))
        body = USCC_ALPHABET.charAt(v % 31) + body;
      const first17 = `91220800${body}`;
      enterprises.push({
        id: first17 + (creditCodeCheckCharacter(first17) as string),
        county: COUNTIES[i % 5],
        riskClass: 'ABCD'.charAt(i % 4) as 'A',
        licenseValidUntil: i % 50 === 0 ? '2026-01-31' : '2028-06-30',
        inspectionsThisYear: i % 3,
      });
    }
    const inspectors: DrawInspector[] = Array.from({ length: 400 }, (_, i) => ({
      id: `JL-${String(i + 1).padStart(4, '0')}`,
      credentialValidUntil: i % 40 === 0 ? '2026-02-01' : '2028-12-31',
      bureau: COUNTIES[i % 5] as string,
      ...(i % 10 === 0 ? { conflicts: [(enterprises[i * 97] as DrawEnterprise).id] } : {}),
    }));
    const draw = drawInspections({
      seed: '2026-03-02 十万家 4-0-7-7-1-9-3-3-8-2',
      asOf: AS_OF,
      ratio: 0.1,
      teamSize: 2,
      stratifyBy: 'county',
      maxInspectionsPerYear: 2,
      enterprises,
      inspectors,
    });
    const bigRecord = join(files, 'record-100k.json');
    const bigEnterprises = join(files, 'enterprises-100k.csv');
    const bigInspectors = join(files, 'inspectors-100k.csv');
    writeFileSync(bigRecord, JSON.stringify(draw.record));
    writeFileSync(
      bigEnterprises,
      [
        '统一社会信用代码,企业名称,县（市、区）,信用风险等级,许可证有效期至,本年度已检查次数',
        ...enterprises.map((e, i) =>
          [e.id, `测试企业${i + 1}号有限公司`, e.county, e.riskClass, e.licenseValidUntil, e.inspectionsThisYear]
            .map(csvCell)
            .join(','),
        ),
      ].join('\n'),
    );
    writeFileSync(
      bigInspectors,
      [
        '执法人员编号,所属单位,证件有效期,回避企业',
        ...inspectors.map((i) =>
          [i.id, i.bureau, i.credentialValidUntil, i.conflicts?.join('；')].map(csvCell).join(','),
        ),
      ].join('\n'),
    );
    // Of the 100,000, 33,333 are at the yearly cap (i % 3 = 2) and 1,333 more have an expired
    // licence (i % 50 = 0 but not i % 3 = 2): 65,334 eligible, and ceil(10% × 65,334) = 6,534.
    expect(draw.record.result.selected.length).toBe(6_534);

    const page = await open();
    // Record every progress step the page shows, and a heartbeat of the page's own thread.
    await page.evaluate(() => {
      const w = window as unknown as { __steps: [string, string, string, number][]; __beats: number[] };
      w.__steps = [];
      w.__beats = [];
      const card = document.getElementById('progress-card') as HTMLElement;
      const note = () =>
        w.__steps.push([
          card.dataset['run'] ?? '',
          card.dataset['stage'] ?? '',
          card.dataset['percent'] ?? '',
          performance.now(),
        ]);
      new MutationObserver(note).observe(card, {
        attributes: true,
        attributeFilter: ['data-run', 'data-stage', 'data-percent'],
      });
      setInterval(() => w.__beats.push(performance.now()), 20);
    });
    await page.setInputFiles('#file-record', bigRecord);
    await page.setInputFiles('#file-inspectors', bigInspectors);
    await page.waitForSelector('body[data-state="done"]');
    await page.setInputFiles('#file-enterprises', bigEnterprises);
    await page.waitForSelector(
      '#progress-card[data-stage="check"], #progress-card[data-stage="fingerprint"], #progress-card[data-stage="verify"]',
    );
    await page.screenshot({ path: shot('100k-progress'), fullPage: false });
    await page.waitForSelector('body[data-state="done"]', { timeout: 180_000 });

    expect(await page.getAttribute('#verdict', 'data-valid')).toBe('true');
    expect(await page.locator('#progress-text').innerText()).toContain('企业名录 100,000 家');
    const { steps, beats } = await page.evaluate(() => {
      const w = window as unknown as { __steps: [string, string, string, number][]; __beats: number[] };
      return { steps: w.__steps, beats: w.__beats };
    });
    // Progress of the last run (the files are read one after the other: the record, the 100,000
    // enterprises, the inspectors): parsing and checking the big list in measured steps, then
    // fingerprinting and the re-run (one call to verifyDraw: no percentage), then done.
    const runId = (steps.at(-1) as [string, string, string, number])[0];
    const last = steps.filter((s) => s[0] === runId).map(([, stage, percent, t]) => ({ stage, percent, t }));
    expect([...new Set(last.map((s) => s.stage))]).toEqual(['read', 'parse', 'check', 'fingerprint', 'verify', 'done']);
    for (const stage of ['parse', 'check']) {
      const percents = last.filter((s) => s.stage === stage && s.percent !== '').map((s) => Number(s.percent));
      expect(percents.filter((p) => p > 0 && p < 100).length, stage).toBeGreaterThan(5);
    }
    // While the worker re-ran the draw, the page's own thread kept running its timer: a draw run
    // on the page's thread would block it from the start of that stage to its end.
    const verifyStart = (last.find((s) => s.stage === 'verify') as { t: number }).t;
    const verifyEnd = (last.find((s) => s.stage === 'done') as { t: number }).t;
    expect(beats.filter((t) => t > verifyStart && t < verifyEnd).length).toBeGreaterThan(0);
    expect(await page.locator('#sheet-selected tbody tr').count()).toBe(draw.record.result.selected.length);
    await page.screenshot({ path: shot('100k'), fullPage: false });
  }, 300_000);

  it('prints the publication table alone, on A4', async () => {
    const page = await open();
    await load(page, { record: record(), enterprises: enterprisesCsv(), inspectors: inspectorsCsv() });
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display);
    expect(await display('#load')).toBe('none');
    expect(await display('#verdict')).toBe('none');
    expect(await display('.page-header')).toBe('none');
    expect(await display('.publication-tools')).toBe('none');
    expect(await display('#publication')).toBe('block');
    expect(await display('#sheet-selected thead')).toBe('table-header-group');
    await page.screenshot({ path: shot('print'), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    writeFileSync(join(out, 'verify-draw-print.pdf'), pdf);
    // A4 is 210 × 297 mm: 595.28 × 841.89 points (1 pt = 1/72 in = 0.3528 mm).
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/u.exec(pdf.toString('latin1'));
    expect(Number(box?.[1])).toBeCloseTo(595.28, 0);
    expect(Number(box?.[2])).toBeCloseTo(841.89, 0);
  }, 60_000);
});
