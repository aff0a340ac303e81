// examples/backend/server.mjs on 127.0.0.1 and an ephemeral port: good, malformed and oversized
// bodies, in Chinese and English. No request may end in a 500.
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionRecordInput } from 'baicheng-license-supervision';
import { goodRecord } from '../rules/fixtures.js';
import { ensureBuilt, root } from './support/built.js';
import { drawInput } from './support/samples.js';

type ServerModule = typeof import('../../examples/backend/server.mjs');
type Lib = typeof import('baicheng-license-supervision');

interface Answer {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON answers of many shapes
}

let server: Server;
let base: string;
let mod: ServerModule;
let lib: Lib;
const internalErrors: unknown[] = [];
const statuses: number[] = [];

beforeAll(async () => {
  await ensureBuilt();
  mod = await import('../../examples/backend/server.mjs');
  lib = await import('baicheng-license-supervision');
  server = mod.createServer({ onInternalError: (e) => internalErrors.push(e) });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((closed) => {
    server?.closeAllConnections();
    server?.close(() => closed());
  });
});

/** Sends a request; `body` objects are sent as JSON, strings and buffers as they are. */
async function send(
  path: string,
  body: unknown,
  { lang, method = 'POST', type = 'application/json' }: { lang?: string; method?: string; type?: string | null } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (lang !== undefined) headers['accept-language'] = lang;
  if (type !== null) headers['content-type'] = type;
  const payload: BodyInit | undefined =
    body === undefined
      ? undefined
      : typeof body === 'string'
      ? body
      : body instanceof Uint8Array
      ? (body as Uint8Array<ArrayBuffer>)
      : JSON.stringify(body);
  const res = await fetch(`${base}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  const text = await res.text();
  statuses.push(res.status);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: res.status, headers: res.headers, body: JSON.parse(text) };
}

const assess = (record: unknown, asOf: unknown, lang?: string) =>
  send('/inspection-records/assess', { record, asOf }, lang === undefined ? {} : { lang });

const CJK = /\p{Script=Han}/u;

describe('Accept-Language', () => {
  it('chooses zh-CN or en, Chinese by default', () => {
    const cases: [string | undefined, 'zh-CN' | 'en'][] = [
      [undefined, 'zh-CN'],
      ['', 'zh-CN'],
      ['zh', 'zh-CN'],
      ['zh-TW', 'zh-CN'],
      ['en', 'en'],
      ['en-GB,en;q=0.9', 'en'],
      ['fr-FR, en;q=0.5', 'en'],
      ['fr', 'zh-CN'],
      ['*', 'zh-CN'],
      ['en;q=0.4, zh-CN;q=0.8', 'zh-CN'],
      ['en;q=0, zh;q=0', 'zh-CN'],
      ['en;q=oops', 'zh-CN'],
    ];
    for (const [header, locale] of cases) expect(mod.negotiateLocale(header), String(header)).toBe(locale);
  });
});

describe('POST /inspection-records/assess', () => {
  it('answers a valid record with both decisions, cited in Chinese by default', async () => {
    const a = await assess(goodRecord(), '2024-06-01');
    expect(a.status).toBe(200);
    expect(a.headers.get('content-language')).toBe('zh-CN');
    expect(a.body.assessment.outcome).toEqual({ valid: true, problems: [] });
    expect(a.body.assessment.cited).toEqual(['第九条第一款', '第六条', '第九条第二款']);
    expect(a.body.consequences.outcome).toEqual({
      status: 'decided',
      consequences: [],
      samplingGrounds: [],
      missing: [],
    });
    expect(a.body.consequences.cited).toEqual(['第六条', '第十条', '第十一条', '第十二条', '第十五条第二款']);
    expect(a.body.assessment.trace.length).toBeGreaterThan(5);
    // The answer is exactly what the library decides.
    expect(a.body.assessment).toMatchObject(
      JSON.parse(JSON.stringify(lib.assessInspectionRecord(goodRecord(), { asOf: '2024-06-01' }))),
    );
  });

  it('cites in English for Accept-Language: en, and reports problems and consequences', async () => {
    const record: InspectionRecordInput = {
      ...goodRecord(),
      inspectors: goodRecord().inspectors.slice(0, 1),
      findings: [
        {
          description: '出厂检验记录缺失',
          category: 'outgoing_inspection',
          requiresRectification: true,
          penaltyViolation: true,
        },
      ],
      signatures: { inspectorIds: ['BC-017'] },
    };
    const { filedOn: _filed, ...unfiled } = record;
    const a = await assess(unfiled, '2024-06-01', 'en-US,en;q=0.9');
    expect(a.status).toBe(200);
    expect(a.headers.get('content-language')).toBe('en');
    expect(a.body.assessment.outcome.problems).toEqual([
      'TOO_FEW_INSPECTORS',
      'ENTERPRISE_SIGNATURE_MISSING',
      'NOT_FILED',
    ]);
    expect(a.body.assessment.cited).toEqual(['Article 9(1)', 'Article 9(2)']);
    expect(a.body.consequences.outcome.consequences).toEqual(['rectification_order', 'penalty_referral']);
    // The finding needing rectification is tied to Article 6 item 4 (outgoing inspection).
    expect(a.body.consequences.cited).toEqual(['Article 6(4)', 'Article 10', 'Article 11']);
    expect(a.body.consequences.higherLaw).toEqual([{ law: '中华人民共和国行政处罚法' }]);
  });

  it('rejects an invalid record with 400 and the issues in the language asked for', async () => {
    const record = { ...goodRecord(), enterpriseId: '91350203M0001QAY9B' };
    const zh = await assess(record, '2024-06-01', 'zh-CN,zh;q=0.9');
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe('INVALID_INPUT');
    expect(zh.body.issues).toEqual([
      {
        path: ['record', 'enterpriseId'],
        code: 'USCC_CHECK_CHARACTER',
        message: '统一社会信用代码校验码错误：应为 9，实为 B',
      },
    ]);
    expect(zh.body.error.messages.en).toContain('Wrong check character');
    const en = await assess(record, '2024-06-01', 'en');
    expect(en.status).toBe(400);
    expect(en.body.issues).toEqual([
      {
        path: ['record', 'enterpriseId'],
        code: 'USCC_CHECK_CHARACTER',
        message: 'Wrong check character: expected 9, got B',
      },
    ]);
    expect(en.body.error.message).toBe(en.body.error.messages.en);
  });

  it("gives zod's own structural messages in the chosen language too", async () => {
    const record = { ...goodRecord(), kind: 'monthly', extra: 1, inspectors: 'two' };
    const zh = await assess(record, '2024-06-01', 'zh');
    const en = await assess(record, '2024-06-01', 'en');
    expect(zh.status).toBe(400);
    expect(en.status).toBe(400);
    const codes = (a: Answer) =>
      a.body.issues.map((i: { path: unknown[]; code: string }) => `${i.path.join('.')}:${i.code}`).sort();
    expect(codes(zh)).toEqual([
      'record.inspectors:invalid_type',
      'record.kind:invalid_value',
      'record:unrecognized_keys',
    ]);
    expect(codes(en)).toEqual(codes(zh));
    for (const issue of zh.body.issues) expect(issue.message).toMatch(CJK);
    for (const issue of en.body.issues) expect(issue.message).not.toMatch(CJK);
  });

  it('refuses an unknown key next to record and asOf, as the schemas do inside the record', async () => {
    const answer = await send('/inspection-records/assess', { record: goodRecord(), asOf: '2024-06-01', x: 1 }, { lang: 'en' });
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([{ path: ['x'], code: 'unrecognized_keys', message: 'Unrecognized key: "x"' }]);
    // The summary says "invalid input" once.
    expect(answer.body.error.message).toBe('Invalid input: Unrecognized key: "x" @ x');
  });

  it('points at asOf, and at the record date when it is after asOf', async () => {
    const missing = await assess(goodRecord(), undefined, 'en');
    expect(missing.status).toBe(400);
    expect(missing.body.issues.map((i: { path: unknown[] }) => i.path)).toEqual([['asOf']]);
    const impossible = await assess(goodRecord(), '2023-02-29');
    expect(impossible.status).toBe(400);
    expect(impossible.body.issues).toEqual([
      { path: ['asOf'], code: 'DATE_IMPOSSIBLE', message: '日期不存在：2023-02-29' },
    ]);
    const early = await assess(goodRecord(), '2024-05-01', 'en');
    expect(early.status).toBe(400);
    expect(early.body.issues[0]).toMatchObject({ path: ['record', 'date'], code: 'RECORD_AFTER_AS_OF' });
    expect(early.body.issues[0].message).toContain('is after asOf');
  });

  it('answers 422 for dates before the measures took effect', async () => {
    const zh = await assess(goodRecord(), '2019-12-31');
    expect(zh.status).toBe(422);
    expect(zh.body.error.code).toBe('NOT_IN_FORCE');
    expect(zh.body.error.message).toContain('早于本办法施行日期 2020-11-25');
    const old = {
      ...goodRecord(),
      date: '2020-11-24',
      filedOn: '2020-11-30',
      signatures: { inspectorIds: ['BC-017', 'BC-021'] },
    };
    const en = await assess(old, '2024-06-01', 'en');
    expect(en.status).toBe(422);
    expect(en.body.error.message).toBe('2020-11-24 is before the measures took effect on 2020-11-25 (Article 24)');
  });
});

describe('POST /draws', () => {
  it('draws from the sample lists and returns the record to publish, which verifies', async () => {
    const input = drawInput();
    const a = await send('/draws', input);
    expect(a.status).toBe(200);
    const { result } = a.body;
    const eligible = result.strata.reduce((n: number, s: { eligible: number }) => n + s.eligible, 0);
    expect(eligible).toBeGreaterThan(100);
    expect(result.selected.length).toBeGreaterThanOrEqual(Math.ceil(0.1 * eligible));
    expect(result.assignments.every((t: { inspectorIds: string[] }) => t.inspectorIds.length === 2)).toBe(true);
    expect(lib.verifyDraw(result.record, input)).toEqual({ valid: true, differences: [] });
    // Same request, same draw.
    const again = await send('/draws', input, { lang: 'en' });
    expect(again.body.result).toEqual(result);
    // Article 8 (double random, one public) and Article 9¶1 (teams of two or more), in each language.
    expect(a.body.cited).toEqual(['第八条', '第九条第一款']);
    expect(again.body.cited).toEqual(['Article 8', 'Article 9(1)']);
  });

  it('rejects a team of one with the Article 9 message, in either language', async () => {
    const zh = await send('/draws', drawInput({ teamSize: 1 }));
    expect(zh.status).toBe(400);
    expect(zh.body.issues).toEqual([expect.objectContaining({ path: ['teamSize'], code: 'TEAM_SIZE_BELOW_MINIMUM' })]);
    expect(zh.body.issues[0].message).toContain('检查组人数不得少于2名');
    const en = await send('/draws', drawInput({ teamSize: 1 }), { lang: 'en' });
    expect(en.body.issues[0].message).toContain('A team needs at least 2 inspectors');
  });

  it('answers 422 for a draw before 2020-11-25', async () => {
    const a = await send('/draws', drawInput({ asOf: '2020-01-01' }), { lang: 'en' });
    expect(a.status).toBe(422);
    expect(a.body.error.code).toBe('NOT_IN_FORCE');
  });
});

describe('malformed and oversized requests', () => {
  it('answers 400 for bad JSON, a body that is not an object, bad UTF-8 and absurd nesting', async () => {
    const bad = await send('/inspection-records/assess', '{"record": {', { lang: 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON',
      messages: { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
    });
    expect((await send('/draws', '')).body.error.code).toBe('INVALID_JSON');
    expect((await send('/draws', '[1,2]')).body.error.message).toBe('请求体应为 JSON 对象');
    expect((await send('/draws', 'null')).body.error.code).toBe('INVALID_BODY');
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]); // {"é":1} in Latin-1
    expect((await send('/draws', latin1)).body.error.code).toBe('INVALID_UTF8');
    const deep = `{"record":${'['.repeat(100_000)}${']'.repeat(100_000)},"asOf":"2024-06-01"}`;
    const nested = await send('/inspection-records/assess', deep);
    expect(nested.status).toBe(400);
    expect(nested.body.issues[0]).toMatchObject({ path: ['record'], code: 'invalid_type' });
    const input = JSON.stringify(drawInput()).replace(
      /"enterprises":\[/,
      `"enterprises":[${'['.repeat(100_000)}${']'.repeat(100_000)},`,
    );
    const deepDraw = await send('/draws', input);
    expect(deepDraw.status).toBe(400);
  });

  it('answers 413 with a bilingual message past 1 MiB, declared or streamed, and keeps serving', async () => {
    expect(mod.BODY_LIMIT).toBe(1024 * 1024);
    const big = JSON.stringify({ record: goodRecord(), asOf: '2024-06-01', padding: 'x'.repeat(2 * 1024 * 1024) });
    const declared = await send('/inspection-records/assess', big, { lang: 'en' });
    expect(declared.status).toBe(413);
    expect(declared.body.error).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The request body exceeds the limit of 1048576 bytes',
      messages: { 'zh-CN': '请求体超过 1048576 字节的上限', en: 'The request body exceeds the limit of 1048576 bytes' },
    });

    // Chunked upload without Content-Length: cut off while streaming.
    const streamed = await new Promise<{ status: number; body: any }>((done, fail) => {
      const req = httpRequest(
        `${base}/draws`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => done({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        },
      );
      req.on('error', fail);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    statuses.push(streamed.status);
    expect(streamed.status).toBe(413);
    expect(streamed.body.error.message).toBe('请求体超过 1048576 字节的上限');

    // Exactly at the limit is read (and then judged on its content).
    // Padded with white space after the JSON value, which JSON allows (the body is strict about keys).
    const fit = JSON.stringify({ record: goodRecord(), asOf: '2024-06-01' });
    const atLimit = fit + ' '.repeat(mod.BODY_LIMIT - Buffer.byteLength(fit));
    expect(Buffer.byteLength(atLimit)).toBe(mod.BODY_LIMIT);
    const under = await send('/inspection-records/assess', atLimit, { lang: 'en' });
    expect(under.status).toBe(200);
    const over = await send('/inspection-records/assess', `${atLimit} `, { lang: 'en' });
    expect(over.status).toBe(413);

    const after = await assess(goodRecord(), '2024-06-01');
    expect(after.status).toBe(200);
  });

  it('answers 404, 405 and 415 in JSON', async () => {
    const nowhere = await send('/nowhere', {}, { lang: 'en' });
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.error.code).toBe('NOT_FOUND');
    const get = await send('/draws', undefined, { method: 'GET', type: null });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(get.body.error.message).toBe('该地址不支持此请求方法');
    const text = await send('/draws', JSON.stringify(drawInput()), { type: 'text/plain' });
    expect(text.status).toBe(415);
    // JSON is UTF-8 (RFC 8259 §8.1); a body declared in another charset is refused, not misread.
    const latin1 = await send('/draws', JSON.stringify(drawInput()), { type: 'application/json; charset=iso-8859-1' });
    expect(latin1.status).toBe(415);
    const quoted = await send('/draws', JSON.stringify(drawInput()), { type: 'application/json; charset="UTF-8"' });
    expect(quoted.status).toBe(200);
    // No Content-Type at all is taken as JSON (fetch adds none for a byte body).
    const bytes = new TextEncoder().encode(JSON.stringify({ record: goodRecord(), asOf: '2024-06-01' }));
    const untyped = await send('/inspection-records/assess', bytes, { type: null });
    expect(untyped.status).toBe(200);
    const withQuery = await send(
      '/inspection-records/assess?x=1',
      { record: goodRecord(), asOf: '2024-06-01' },
      { type: 'application/json; charset=utf-8' },
    );
    expect(withQuery.status).toBe(200);
  });
});

describe('never a 500', () => {
  it('a client that disconnects mid-body gets no answer, logs no internal error, and the server keeps serving', async () => {
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /draws HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"se');
        setTimeout(() => {
          socket.destroy();
          setTimeout(done, 100);
        }, 50);
      });
    });
    expect(internalErrors).toEqual([]);
    const after = await assess(goodRecord(), '2024-06-01');
    expect(after.status).toBe(200);
  });

  it('no request above was answered with 500', () => {
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(internalErrors).toEqual([]);
  });
});

describe('run directly', () => {
  it('`node examples/backend/server.mjs` listens on 127.0.0.1:$PORT', async () => {
    const child = spawn(process.execPath, [join(root, 'examples', 'backend', 'server.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (c: string) => {
          out += c;
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m?.[1]) done(m[1]);
        });
        child.on('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${url}/inspection-records/assess`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ record: goodRecord(), asOf: '2024-06-01' }),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).assessment.cited).toEqual(['Article 9(1)', 'Article 6', 'Article 9(2)']);
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  }, 20_000);
});
