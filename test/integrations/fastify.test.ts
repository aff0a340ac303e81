// Fastify with fastify-type-provider-zod: its validatorCompiler parses request parts with zod's
// safeParse and no parse options, so a Fastify application sets the language once, globally:
// z.config({ customError: errorMap('zh-CN') }). (examples/fastify shows a validator compiler
// that answers in both languages instead.)
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { assessInspectionRecordOptionsSchema, errorMap, inspectionRecordSchema } from '../../src/index.js';
import { goodRecord } from '../rules/fixtures.js';
import { BAD_FIELDS, badRecord, expectAllChinese } from './support.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, _request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.code(400).send({ issues: error.validation.map((v) => ({ path: v.instancePath, message: v.message })) });
    }
    return reply.send(error);
  });
  app.withTypeProvider<ZodTypeProvider>().post(
    '/records',
    { schema: { body: inspectionRecordSchema, querystring: assessInspectionRecordOptionsSchema } },
    async (request) => ({ enterpriseId: request.body.enterpriseId, asOf: request.query.asOf }),
  );
  await app.ready();
});
afterAll(() => app.close());

const before = z.config().customError;
afterEach(() => {
  z.config({ customError: before });
});

const post = (body: unknown, asOf = '2024-06-01') =>
  app.inject({ method: 'POST', url: `/records?asOf=${asOf}`, payload: body as object });

describe("fastify-type-provider-zod with errorMap('zh-CN') as zod's customError", () => {
  it('the bad record: 400, one Chinese message per issue, each at its field', async () => {
    z.config({ customError: errorMap('zh-CN') });
    const response = await post(badRecord());
    expect(response.statusCode).toBe(400);
    const { issues } = response.json<{ issues: { path: string; message: string }[] }>();
    for (const field of BAD_FIELDS) expect(issues.map((i) => i.path), field).toContain(`/${field.replaceAll('.', '/')}`);
    expectAllChinese(issues.map((i) => i.message));
  });

  it('the query string (asOf) too', async () => {
    z.config({ customError: errorMap('zh-CN') });
    const response = await post(goodRecord(), '2023-02-29');
    expect(response.statusCode).toBe(400);
    const { issues } = response.json<{ issues: { message: string }[] }>();
    expect(issues.map((i) => i.message)).toEqual(['日期不存在：2023-02-29']);
  });

  it('a good record passes, typed by the schema', async () => {
    const response = await post(goodRecord());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ enterpriseId: goodRecord().enterpriseId, asOf: '2024-06-01' });
  });
});
