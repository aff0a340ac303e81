// A Fastify backend on the library's schemas, with fastify-type-provider-zod.
//
//   POST /inspection-records/assess   { record, asOf }  → 200 { locale, asOf, assessment, consequences }
//   POST /draws                       a draw input      → 200 { locale, result, cited }
//   GET  /openapi.json                the OpenAPI 3.1 document, generated from the same schemas
//
// The routes declare the library's zod schemas (inspectionRecordSchema, drawInputSchema…) as
// their body schemas: the type provider types the handlers from them, @fastify/swagger with the
// type provider's jsonSchemaTransform turns them into the OpenAPI document, and the validator
// compiler below checks requests with them. Errors are JSON with the message in the language of
// Accept-Language and in both: { error: { code, message, messages: { 'zh-CN', en } }, issues? }.
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifySchemaCompiler } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  NotInForceError,
  RuleInputError,
  assessInspectionRecord,
  drawInputSchema,
  drawInspections,
  formatCitation,
  inspectionConsequences,
  inspectionRecordSchema,
  parseOrThrow,
  plainDateSchema,
  type ArticleRef,
  type BilingualMessage,
  type Locale,
} from 'baicheng-license-supervision';

/** Largest request body accepted, in bytes (1 MiB). */
export const BODY_LIMIT = 1024 * 1024;

/**
 * The response language for an Accept-Language header: the first Chinese or English range by
 * weight (`zh`, `zh-TW`… → 'zh-CN'; `en`, `en-GB`… → 'en'); anything else → 'zh-CN'.
 */
export function negotiateLocale(header: string | undefined): Locale {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const first = ranges.find((r) => r.primary === 'zh' || r.primary === 'en');
  return first?.primary === 'en' ? 'en' : 'zh-CN';
}

/**
 * Checks each request part with its zod schema through the library's parseOrThrow: the value
 * parsed, or a RuleInputError whose issues carry both languages (zod's structural issues and the
 * library's domain issues alike), answered by the error handler below.
 */
const bilingualValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    try {
      return { value: parseOrThrow(schema, data) };
    } catch (error) {
      if (error instanceof RuleInputError) return { error };
      throw error;
    }
  };

// Fastify's own refusals, in both languages.
const HTTP_MESSAGES: Readonly<Record<string, BilingualMessage>> = {
  INVALID_JSON: { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': `请求体超过 ${BODY_LIMIT} 字节的上限`, en: `The request body exceeds the limit of ${BODY_LIMIT} bytes` },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '请求体应为 application/json', en: 'The request body must be application/json' },
  NOT_FOUND: { 'zh-CN': '没有这个地址', en: 'No such resource' },
  INTERNAL: { 'zh-CN': '服务器内部错误', en: 'Internal server error' },
};
const HTTP_CODES: Readonly<Record<number, string>> = { 400: 'INVALID_JSON', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

// What the OpenAPI document says the answers are. The decisions are described by what every
// decision has (outcome, basis, cited, trace); the outcome of each is documented in the README.
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), messages: bilingual }),
  issues: z
    .array(z.object({ in: z.string(), path: z.array(z.union([z.string(), z.number()])), code: z.string(), message: z.string() }))
    .optional(),
});
const articleRef = z.object({ article: z.int(), paragraph: z.int().optional(), item: z.int().optional() });
const decision = z.looseObject({
  outcome: z.unknown(),
  basis: z.array(articleRef).readonly(),
  cited: z.array(z.string()).describe('basis written out in the response language'),
  trace: z.array(z.unknown()).readonly(),
});
const locale = z.enum(['zh-CN', 'en']);
const errors = { 400: errorResponse, 413: errorResponse, 415: errorResponse, 422: errorResponse };

/** Runs `fn`; a RuleInputError it throws gets `prefix` in front of every issue path. */
function under<T>(prefix: readonly (string | number)[], fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RuleInputError) throw new RuleInputError(error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
    throw error;
  }
}

const cite = (basis: readonly ArticleRef[], lang: Locale): string[] => basis.map((ref) => formatCitation(ref, lang));

/** Builds the application (not listening). `onInternalError` is told of every 500. */
export async function buildApp({
  onInternalError = (error: unknown) => console.error(error),
}: { onInternalError?: (error: unknown) => void } = {}): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: BODY_LIMIT });
  app.setValidatorCompiler(bilingualValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: Fastify also reads text/plain bodies, which would reach the schemas as strings.
  app.removeContentTypeParser('text/plain');

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Baicheng production-license supervision (白城市生产许可证监督管理)',
        version: '1.0.0',
        description: 'Decisions of the Baicheng production-license supervision measures (2020), generated from the schemas of baicheng-license-supervision.',
      },
    },
    transform: jsonSchemaTransform,
  });

  app.setNotFoundHandler((request, reply) => {
    const lang = negotiateLocale(request.headers['accept-language']);
    const messages = HTTP_MESSAGES['NOT_FOUND']!;
    return reply.code(404).send({ error: { code: 'NOT_FOUND', message: messages[lang], messages } });
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = negotiateLocale(request.headers['accept-language']);
    reply.header('content-language', lang).header('vary', 'Accept-Language');
    if (error instanceof RuleInputError) {
      // From the validator compiler (validationContext: body, querystring…) or from a decision.
      const part = (error as { validationContext?: string }).validationContext ?? 'body';
      return reply.code(400).send({
        error: { code: error.code, message: error.messages[lang], messages: error.messages },
        issues: error.issues.map((i) => ({ in: part, path: i.path, code: i.code, message: i.message[lang] })),
      });
    }
    if (error instanceof NotInForceError) {
      return reply.code(422).send({ error: { code: error.code, message: error.messages[lang], messages: error.messages } });
    }
    const known = HTTP_CODES[error.statusCode ?? 0];
    if (known !== undefined) {
      const messages = HTTP_MESSAGES[known]!;
      return reply.code(error.statusCode!).send({ error: { code: known, message: messages[lang], messages } });
    }
    onInternalError(error);
    const messages = HTTP_MESSAGES['INTERNAL']!;
    return reply.code(500).send({ error: { code: 'INTERNAL', message: messages[lang], messages } });
  });

  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/inspection-records/assess',
    {
      schema: {
        summary: 'Assess an inspection record (Articles 6, 9) and its consequences (Articles 10–12, 15¶2)',
        body: z.strictObject({ record: inspectionRecordSchema, asOf: plainDateSchema }),
        response: { 200: z.object({ locale, asOf: z.string(), assessment: decision, consequences: decision }), ...errors },
      },
    },
    async (request, reply) => {
      const lang = negotiateLocale(request.headers['accept-language']);
      const { record, asOf } = request.body;
      const assessment = under(['record'], () => assessInspectionRecord(record, { asOf }));
      const consequences = under(['record'], () => inspectionConsequences(record, { asOf }));
      return reply.header('content-language', lang).send({
        locale: lang,
        asOf,
        assessment: { ...assessment, cited: cite(assessment.basis, lang) },
        consequences: { ...consequences, cited: cite(consequences.basis, lang) },
      });
    },
  );

  routes.post(
    '/draws',
    {
      schema: {
        summary: 'Draw enterprises and inspection teams (Articles 8, 9¶1); the record to publish included',
        body: drawInputSchema,
        response: { 200: z.object({ locale, result: z.looseObject({ record: z.unknown() }), cited: z.array(z.string()) }), ...errors },
      },
    },
    async (request, reply) => {
      const lang = negotiateLocale(request.headers['accept-language']);
      const result = drawInspections(request.body);
      return reply.header('content-language', lang).send({ locale: lang, result: { ...result }, cited: cite(result.basis, lang) });
    },
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  return app;
}
