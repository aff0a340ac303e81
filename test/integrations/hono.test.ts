// Hono with @hono/zod-validator: its `validationFunction` option runs the parse, so the error
// map is handed to each parse (no global setting needed).
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { errorMap, inspectionRecordSchema, type Locale } from '../../src/index.js';
import { goodRecord } from '../rules/fixtures.js';
import { BAD_FIELDS, badRecord, expectAllChinese } from './support.js';

function appIn(locale: Locale) {
  return new Hono().post(
    '/records',
    zValidator(
      'json',
      inspectionRecordSchema,
      (result, c) => {
        if (!result.success) {
          return c.json({ issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }, 400);
        }
      },
      { validationFunction: (schema, value) => schema.safeParseAsync(value, { error: errorMap(locale) }) },
    ),
    (c) => c.json({ enterpriseId: c.req.valid('json').enterpriseId }),
  );
}

const post = (app: ReturnType<typeof appIn>, body: unknown) =>
  app.request('/records', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe("@hono/zod-validator with errorMap('zh-CN') in validationFunction", () => {
  it('the bad record: 400, a Chinese message for every field', async () => {
    const response = await post(appIn('zh-CN'), badRecord());
    expect(response.status).toBe(400);
    const { issues } = (await response.json()) as { issues: { path: string; message: string }[] };
    for (const field of BAD_FIELDS) expect(issues.map((i) => i.path), field).toContain(field);
    expectAllChinese(issues.map((i) => i.message));
  });

  it("errorMap('en') in the same place gives English, and zod's global configuration is untouched", async () => {
    const customError = z.config().customError;
    const response = await post(appIn('en'), badRecord());
    const { issues } = (await response.json()) as { issues: { message: string }[] };
    expect(issues.map((i) => i.message)).toContain('No such date: 2023-02-29');
    for (const { message } of issues) expect(message).not.toMatch(/\p{Script=Han}/u);
    expect(z.config().customError).toBe(customError);
  });

  it('a good record reaches the handler', async () => {
    const response = await post(appIn('zh-CN'), goodRecord());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ enterpriseId: goodRecord().enterpriseId });
  });
});
