// examples/fastify on 127.0.0.1 and an ephemeral port: the routes answer with the library's
// decisions, refuse bad input with bilingual JSON errors (never a 500), and the OpenAPI document
// generated from the same schemas describes what the routes accept.
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodRecord } from '../rules/fixtures.js';
import { badRecord, expectAllChinese } from '../integrations/support.js';
import { ensureBuilt, root } from './support/built.js';
import { drawInput } from './support/samples.js';

type Lib = typeof import('baicheng-license-supervision');
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON answers of many shapes

let app: FastifyInstance;
let base: string;
let lib: Lib;
let bodyLimit: number;
const internalErrors: unknown[] = [];
const statuses: number[] = [];

beforeAll(async () => {
  await ensureBuilt();
  lib = await import('baicheng-license-supervision');
  const example = await import('../../examples/fastify/app.js');
  bodyLimit = example.BODY_LIMIT;
  app = await example.buildApp({ onInternalError: (e) => internalErrors.push(e) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function send(
  path: string,
  body: unknown,
  { lang, method = 'POST', type = 'application/json' }: { lang?: string; method?: string; type?: string } = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  const headers: Record<string, string> = { 'content-type': type };
  if (lang !== undefined) headers['accept-language'] = lang;
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(`${base}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  statuses.push(res.status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: res.status, headers: res.headers, body: JSON.parse(await res.text()) };
}

const assess = (record: unknown, asOf: unknown, lang?: string) =>
  send('/inspection-records/assess', { record, asOf }, lang === undefined ? {} : { lang });
const HAN = /\p{Script=Han}/u;

describe('POST /inspection-records/assess', () => {
  it("answers a valid record with the library's two decisions, cited in Chinese by default", async () => {
    const a = await assess(goodRecord(), '2024-06-01');
    expect(a.status).toBe(200);
    expect(a.headers.get('content-language')).toBe('zh-CN');
    const expected = JSON.parse(JSON.stringify(lib.assessInspectionRecord(goodRecord(), { asOf: '2024-06-01' })));
    expect(a.body.assessment).toEqual({ ...expected, cited: expected.basis.map((r: Json) => lib.formatCitation(r)) });
    // Article 9¶1 (two inspectors), Article 6 (the checklist), Article 9¶2 (signatures).
    expect(a.body.assessment.cited).toEqual(['第九条第一款', '第六条', '第九条第二款']);
    expect(a.body.consequences.outcome.status).toBe('decided');
  });

  it('cites in English for Accept-Language: en', async () => {
    const a = await assess(goodRecord(), '2024-06-01', 'en-US,en;q=0.9');
    expect(a.headers.get('content-language')).toBe('en');
    expect(a.body.assessment.cited).toEqual(['Article 9(1)', 'Article 6', 'Article 9(2)']);
  });

  it('refuses the bad record with 400: every issue, Chinese or English by Accept-Language, both in error.messages', async () => {
    const zh = await assess(badRecord(), '2024-06-01', 'zh-CN,zh;q=0.9');
    const en = await assess(badRecord(), '2024-06-01', 'en');
    expect(zh.status).toBe(400);
    expect(en.status).toBe(400);
    expect(zh.body.error.code).toBe('INVALID_INPUT');
    const codes = (a: Json) => a.body.issues.map((i: Json) => `${i.path.join('.')}:${i.code}`).sort();
    expect(codes(zh)).toEqual([
      'record.date:DATE_IMPOSSIBLE',
      'record.enterpriseId:USCC_CHECK_CHARACTER',
      'record.filedOn:invalid_type',
      'record.inspectors.0.name:too_small',
      'record.kind:invalid_value',
      'record:unrecognized_keys',
    ]);
    expect(codes(en)).toEqual(codes(zh));
    expectAllChinese(zh.body.issues.map((i: Json) => i.message));
    for (const issue of en.body.issues) expect(issue.message).not.toMatch(HAN);
    expect(zh.body.error.messages.en).toBe(en.body.error.message);
  });

  it('refuses an unknown key next to record and asOf', async () => {
    const a = await send('/inspection-records/assess', { record: goodRecord(), asOf: '2024-06-01', x: 1 });
    expect(a.status).toBe(400);
    expect(a.body.issues).toEqual([{ in: 'body', path: [], code: 'unrecognized_keys', message: '存在未知字段：“x”' }]);
  });

  it('a record dated after asOf: 400 at record.date, from the decision itself', async () => {
    const a = await assess(goodRecord(), '2024-05-01', 'en');
    expect(a.status).toBe(400);
    expect(a.body.issues[0]).toMatchObject({ path: ['record', 'date'], code: 'RECORD_AFTER_AS_OF' });
  });

  it('422 NOT_IN_FORCE before the measures took effect on 2020-11-25 (Article 24)', async () => {
    const a = await assess(goodRecord(), '2019-12-31');
    expect(a.status).toBe(422);
    expect(a.body.error.code).toBe('NOT_IN_FORCE');
    expect(a.body.error.message).toContain('早于本办法施行日期 2020-11-25');
  });
});

describe('POST /draws', () => {
  it('draws and returns the record to publish, which verifyDraw accepts', async () => {
    const input = drawInput();
    const a = await send('/draws', input);
    expect(a.status).toBe(200);
    expect(lib.verifyDraw(a.body.result.record, input)).toEqual({ valid: true, differences: [] });
    expect(a.body.result).toEqual(JSON.parse(JSON.stringify(lib.drawInspections(input))));
    // Article 8 (double random) and Article 9¶1 (teams of two or more).
    expect(a.body.cited).toEqual(['第八条', '第九条第一款']);
  });

  it('a team of one: 400 with the Article 9 message', async () => {
    const a = await send('/draws', drawInput({ teamSize: 1 }), { lang: 'en' });
    expect(a.status).toBe(400);
    expect(a.body.issues).toEqual([expect.objectContaining({ path: ['teamSize'], code: 'TEAM_SIZE_BELOW_MINIMUM' })]);
    expect(a.body.issues[0].message).toContain('A team needs at least 2 inspectors');
  });
});

describe('malformed requests: JSON errors in both languages', () => {
  it('400 for bad JSON, 415 for a body that is not JSON, 413 past the body limit, 404 elsewhere', async () => {
    const bad = await send('/draws', '{"seed": ', { lang: 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON',
      messages: { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
    });
    const text = await send('/draws', JSON.stringify(drawInput()), { type: 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.error.message).toBe('请求体应为 application/json');
    expect(bodyLimit).toBe(1024 * 1024);
    const big = await send('/inspection-records/assess', { record: goodRecord(), asOf: '2024-06-01', padding: 'x'.repeat(bodyLimit) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const nowhere = await send('/nowhere', {}, { lang: 'en' });
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.error.message).toBe('No such resource');
  });

  it('no request above was answered with 500', () => {
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(internalErrors).toEqual([]);
  });
});

describe('GET /openapi.json: the OpenAPI document from the same schemas', () => {
  it('describes both routes; their request bodies accept and refuse what the routes do (ajv, JSON Schema 2020-12)', async () => {
    const doc = (await send('/openapi.json', undefined, { method: 'GET' })).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/draws', '/inspection-records/assess']);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const body = (path: string) => ajv.compile(doc.paths[path].post.requestBody.content['application/json'].schema);
    const assessBody = body('/inspection-records/assess');
    expect(assessBody({ record: goodRecord(), asOf: '2024-06-01' })).toBe(true);
    // Structural problems of the bad record (kind, filedOn, a blank name, an unknown key) are
    // in the document; the check character and 2023-02-29 need the library (and format 'date').
    expect(assessBody({ record: badRecord(), asOf: '2024-06-01' })).toBe(false);
    expect(assessBody({ record: goodRecord() })).toBe(false);
    expect(body('/draws')(drawInput())).toBe(true);
    expect(body('/draws')({ ...drawInput(), enterprises: 'all' })).toBe(false);
    // The error answers are documented too.
    expect(Object.keys(doc.paths['/draws'].post.responses).sort()).toEqual(['200', '400', '413', '415', '422']);
  });
});

describe('run directly', () => {
  it('`tsx examples/fastify/server.ts` listens on 127.0.0.1:$PORT', async () => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'examples', 'fastify', 'server.ts')], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const address = await new Promise<string>((found, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) found(m[1]!);
        });
        child.on('exit', (code) => fail(new Error(`exited with ${code}: ${out}`)));
      });
      const doc = (await (await fetch(`${address}/openapi.json`)).json()) as { openapi: string };
      expect(doc.openapi).toBe('3.1.0');
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
