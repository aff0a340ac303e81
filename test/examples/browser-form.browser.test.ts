// Drives examples/browser-form in real headless Chromium (Debian's /usr/bin/chromium through
// playwright-core; no browser download). Skipped when Chromium is absent outside CI; in CI
// (CI=true) it always runs, so a missing browser fails the run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './support/built.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

const CHROMIUM = '/usr/bin/chromium';
const run = existsSync(CHROMIUM) || process.env['CI'] === 'true';
const screenshot = join(root, 'test', 'out', 'browser-form.png');
const problemsScreenshot = join(root, 'test', 'out', 'browser-form-problems.png');

/** Text of the error slot of a record path (see data-error-for in the page). */
const slot = (page: Page, path: string) => page.locator(`[data-error-for="${path}"]`);

/** Fills one inspector row. */
async function fillInspector(
  page: Page,
  i: number,
  v: { id: string; name: string; credentialNumber: string; validUntil: string; validFrom?: string; signed?: boolean },
): Promise<void> {
  await page.fill(`#inspectors-${i}-id`, v.id);
  await page.fill(`#inspectors-${i}-name`, v.name);
  await page.fill(`#inspectors-${i}-credentialNumber`, v.credentialNumber);
  if (v.validFrom) await page.fill(`#inspectors-${i}-credentialValidFrom`, v.validFrom);
  await page.fill(`#inspectors-${i}-credentialValidUntil`, v.validUntil);
  if (v.signed !== false) await page.check(`#inspectors-${i}-signed`);
}

describe.skipIf(!run)('browser form (headless Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`CI=true but ${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
    }
    await ensureBuilt();
    execFileSync(process.execPath, [join(root, 'scripts', 'build-examples.mjs')], { cwd: root, stdio: 'pipe' });
    server = await serveStatic(join(root, 'examples', 'browser-form'));
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
    // Nothing but the local server: the page must work offline.
    await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    pageErrors.length = 0;
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
  });

  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it('loads the bundle, in Chinese, with the six Article 6 questions', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('.checklist-item').count()).toBe(6);
    await expect
      .poll(() => page.textContent('#checklist-items'))
      .toContain('是否按照规定要求在产品包装上标注生产许可证编号和标志');
    expect(await page.inputValue('#asOf')).toBe(await page.inputValue('#date'));
    expect(server.requests).toContain('/dist/app.js');
  });

  it('shows the Chinese check-character message while the credit code is typed', async () => {
    await page.locator('#enterpriseId').pressSequentially('91350203M0001QAY9B');
    await expect.poll(() => slot(page, 'enterpriseId').textContent()).toContain('统一社会信用代码校验码错误');
    expect(await slot(page, 'enterpriseId').textContent()).toContain('应为 9，实为 B');
    expect(await page.getAttribute('[data-error-for="enterpriseId"] p', 'data-code')).toBe('USCC_CHECK_CHARACTER');
    expect(await page.getAttribute('#enterpriseId', 'class')).toContain('invalid');
    // Lower case and spaces are normalised before the check: the corrected code passes.
    await page.fill('#enterpriseId', ' 9135 0203 m000 1qay 99 ');
    await expect.poll(() => slot(page, 'enterpriseId').textContent()).toBe('');
  });

  // Article 9¶2: the record is filed after the inspection. Judged as of the inspection day, a
  // record filed the next day would show as unfiled; the default follows the later date.
  it('asOf follows the later of the inspection and filing dates until set', async () => {
    await page.fill('#date', '2024-05-10');
    await page.fill('#filedOn', '2024-05-11');
    expect(await page.inputValue('#asOf')).toBe('2024-05-11');
    await page.fill('#filedOn', '2024-05-09'); // filed "before" the inspection: its own check says so
    expect(await page.inputValue('#asOf')).toBe('2024-05-10');
    await page.fill('#asOf', '2024-06-01');
    await page.fill('#filedOn', '2024-05-12');
    expect(await page.inputValue('#asOf')).toBe('2024-06-01');
  });

  it('reports rule problems in Chinese, then shows the decision with its citations', async () => {
    await page.fill('#enterpriseId', '91220802A44117609W');
    await page.selectOption('#kind', 'periodic');
    await page.fill('#date', '2024-05-10');
    expect(await page.inputValue('#asOf')).toBe('2024-05-10'); // asOf follows the date…
    await page.fill('#asOf', '2024-06-01'); // …until it is set explicitly.
    await page.fill('#date', '2024-05-10');
    expect(await page.inputValue('#asOf')).toBe('2024-06-01');

    await fillInspector(page, 0, {
      id: 'BC-001',
      name: '胡军',
      credentialNumber: '吉执法22080037',
      validFrom: '2023-01-01',
      validUntil: '2028-12-31',
    });
    // The second inspector's credential expired before the inspection.
    await fillInspector(page, 1, {
      id: 'BC-002',
      name: '胡丽',
      credentialNumber: '吉执法22080074',
      validUntil: '2024-01-31',
    });

    // The record is structurally complete: the rules speak (checklist still unanswered).
    await expect.poll(() => slot(page, 'inspectors').textContent()).toContain('持合法有效证件的检查人员少于2名');
    expect(await slot(page, 'inspectors').textContent()).toContain('第九条第一款');
    expect(await slot(page, 'inspectors.1.credentialValidUntil').textContent()).toContain(
      '检查日期晚于检查人员证件有效期',
    );
    expect(await slot(page, 'inspectors.1.credentialValidUntil').textContent()).toContain('2024-01-31');
    expect(await slot(page, 'checklist').textContent()).toContain('第六条检查项目未逐项填写');
    expect(
      await page.locator('#assessment [data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))),
    ).toEqual([
      'TOO_FEW_INSPECTORS',
      'CREDENTIAL_EXPIRED',
      'CHECKLIST_UNANSWERED',
      'ENTERPRISE_SIGNATURE_MISSING',
      'NOT_FILED',
    ]);
    expect(await page.isHidden('#decision')).toBe(true);
    mkdirSync(join(root, 'test', 'out'), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: problemsScreenshot, fullPage: true });

    // Renewed credential; answer the checklist; one item fails.
    await page.fill('#inspectors-1-credentialValidUntil', '2027-12-31');
    await expect.poll(() => slot(page, 'inspectors').textContent()).toBe('');
    for (const key of [
      'license_mark',
      'conditions_changed',
      'raw_material_acceptance',
      'outgoing_inspection',
      'industrial_policy',
    ]) {
      await page.check(`#checklist-${key}-compliant`);
    }
    await expect.poll(() => slot(page, 'checklist').textContent()).toContain('第六条第（五）项 未填写');
    await page.check('#checklist-labelling-non_compliant');
    await page.fill('#checklist-labelling-note', '包装未标注生产日期');
    await expect.poll(() => slot(page, 'checklist').textContent()).toBe('');

    await page.click('#add-finding');
    await page.fill('#findings-0-description', '出厂检验记录缺失');
    await page.selectOption('#findings-0-category', 'outgoing_inspection');
    await page.check('#findings-0-requiresRectification');
    await page.check('#findings-0-prominentQualityProblem');

    await page.fill('#responsibleName', '吴磊');
    await page.fill('#responsibleSignedOn', '2024-05-10');
    await page.fill('#filedOn', '2024-05-13');

    // Valid: the consequences decision, cited in Chinese.
    await page.waitForSelector('#decision:not([hidden])');
    expect(await page.getAttribute('#assessment', 'data-valid')).toBe('true');
    expect(await page.getAttribute('#status', 'data-state')).toBe('valid');
    expect(await page.textContent('#decision-status')).toContain('已作出决定');
    expect(
      await page
        .locator('#consequences [data-consequence]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-consequence'))),
    ).toEqual(['rectification_order', 'interview']);
    const decision = (await page.textContent('#decision')) ?? '';
    expect(decision).toContain('责令限期整改');
    for (const cite of ['第六条第（五）项', '第十条', '第十二条']) expect(decision).toContain(cite);
    expect(await page.locator('#decision ol.trace li').count()).toBeGreaterThan(8);
    expect(await page.textContent('#decision ol.trace')).toContain('第十五条第二款第（一）项');
    expect(await page.locator('.error p').count()).toBe(0);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.locator('.results').screenshot({ path: join(root, 'test', 'out', 'browser-form-decision.png') });
    expect(statSync(screenshot).size).toBeGreaterThan(20_000);
  }, 60_000);

  it('shows the errors of untouched fields on "check every field", and a date after asOf', async () => {
    await page.click('#check-all');
    await expect.poll(() => page.locator('[data-error-for="inspectors.0.name"] p').count()).toBe(1);
    expect(await slot(page, 'enterpriseId').textContent()).toContain('统一社会信用代码应为18位');
    // The library's own date check, in Chinese: there was no 29 February in 2023.
    await page.fill('#date', '2023-02-29');
    await expect.poll(() => slot(page, 'date').textContent()).toContain('日期不存在：2023-02-29');
    // A record dated after the explicit asOf cannot be decided on.
    await page.fill('#enterpriseId', '91220802A44117609W');
    await fillInspector(page, 0, {
      id: 'BC-001',
      name: '胡军',
      credentialNumber: '吉执法22080037',
      validUntil: '2028-12-31',
    });
    await fillInspector(page, 1, {
      id: 'BC-002',
      name: '胡丽',
      credentialNumber: '吉执法22080074',
      validUntil: '2028-12-31',
    });
    await page.fill('#date', '2024-05-10');
    await page.fill('#asOf', '2024-05-01');
    await expect.poll(() => slot(page, 'asOf').textContent()).toContain('晚于判断日期 asOf');
    // Before the measures took effect.
    await page.fill('#date', '2019-05-10');
    await page.fill('#asOf', '2019-06-01');
    await expect.poll(() => slot(page, 'asOf').textContent()).toContain('早于本办法施行日期 2020-11-25');
  }, 30_000);
});
