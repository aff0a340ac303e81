// A small JSON backend on node:http (no framework) that answers with the library's decisions.
//
//   POST /inspection-records/assess   { "record": <inspection record>, "asOf": "YYYY-MM-DD" }
//        → 200 { locale, asOf, assessment, consequences }   (Articles 6, 9; 10–12, 15¶2)
//   POST /draws                       <draw input>  (see drawInputSchema)
//        → 200 { locale, result, cited }                  (Articles 8, 9¶1; the record to publish included)
//
// Errors are JSON too, never a bare 500 for bad input:
//   400 INVALID_JSON / INVALID_BODY / INVALID_INPUT (with `issues`), 404, 405, 413, 415,
//   422 NOT_IN_FORCE; 500 only for a fault of the server itself.
// Messages are in the language asked for by Accept-Language: zh → zh-CN, en → en, default zh-CN.
//
// Run it:  node examples/backend/server.mjs      (PORT=8787 by default, on 127.0.0.1)
import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  NotInForceError,
  RuleInputError,
  assessInspectionRecord,
  assessInspectionRecordOptionsSchema,
  drawInspections,
  formatCitation,
  inspectionConsequences,
  inspectionRecordSchema,
  parseOrThrow,
} from 'baicheng-license-supervision';

/** Largest request body accepted, in bytes (1 MiB). */
export const BODY_LIMIT = 1024 * 1024;

/** What the server knows how to answer: path → allowed method. */
const ROUTES = {
  '/inspection-records/assess': 'POST',
  '/draws': 'POST',
};

const MESSAGES = {
  INVALID_JSON: { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  INVALID_UTF8: { 'zh-CN': '请求体不是有效的 UTF-8 文本', en: 'The request body is not valid UTF-8' },
  INVALID_BODY: { 'zh-CN': '请求体应为 JSON 对象', en: 'The request body must be a JSON object' },
  PAYLOAD_TOO_LARGE: {
    'zh-CN': `请求体超过 ${BODY_LIMIT} 字节的上限`,
    en: `The request body exceeds the limit of ${BODY_LIMIT} bytes`,
  },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '请求体应为 application/json', en: 'The request body must be application/json' },
  NOT_FOUND: { 'zh-CN': '没有这个地址', en: 'No such resource' },
  METHOD_NOT_ALLOWED: { 'zh-CN': '该地址不支持此请求方法', en: 'Method not allowed on this resource' },
  INTERNAL: { 'zh-CN': '服务器内部错误', en: 'Internal server error' },
};

/**
 * The response language for an Accept-Language header: the highest-weighted Chinese or English
 * range wins (`zh`, `zh-TW`… → 'zh-CN'; `en`, `en-GB`… → 'en'); anything else → 'zh-CN'.
 *
 * @param {string | undefined} header
 * @returns {'zh-CN' | 'en'}
 */
export function negotiateLocale(header) {
  if (typeof header !== 'string' || header.trim() === '') return 'zh-CN';
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'zh-CN';
}

/** An error answer: status, stable code, message in the chosen locale and in both. */
class HttpError extends Error {
  /**
   * @param {number} status
   * @param {keyof typeof MESSAGES | string} code
   * @param {{ 'zh-CN': string, en: string }} messages
   * @param {Record<string, unknown>} [extra]
   */
  constructor(status, code, messages, extra = {}) {
    super(messages.en);
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.extra = extra;
  }
}

const httpError = (status, code, extra) => new HttpError(status, code, MESSAGES[code], extra);

/** What reading a body fails with when the client disconnected: nobody to answer. */
const CLIENT_GONE = Symbol('client gone');

/**
 * Reads the body up to `limit` bytes. Past the limit it stops keeping bytes and rejects with 413;
 * node:http discards the rest of the upload after the answer is sent.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(httpError(413, 'PAYLOAD_TOO_LARGE'));
  return new Promise((done, fail) => {
    const chunks = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        fail(httpError(413, 'PAYLOAD_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) done(Buffer.concat(chunks));
    });
    // The client went away while sending (ECONNRESET, aborted).
    req.on('error', () => {
      if (!failed) fail(CLIENT_GONE);
      failed = true;
    });
  });
}

/** Parses a JSON request body (UTF-8, no BOM games) into a plain object. */
function parseJsonObject(buffer) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw httpError(400, 'INVALID_UTF8');
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw httpError(400, 'INVALID_JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw httpError(400, 'INVALID_BODY');
  return value;
}

/** Runs `fn`; a RuleInputError it throws gets `prefix` in front of every issue path. */
function under(prefix, fn) {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RuleInputError) {
      throw new RuleInputError(error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
    }
    throw error;
  }
}

/** A decision with its citations written out in the response language. */
function withCitations(decision, locale) {
  return { ...decision, cited: decision.basis.map((ref) => formatCitation(ref, locale)) };
}

/** POST /inspection-records/assess */
function assess(body, locale) {
  const { record, asOf } = body;
  // The body is as strict as the library's schemas: an unknown key is refused, not ignored.
  const unknown = Object.keys(body).filter((key) => key !== 'record' && key !== 'asOf');
  if (unknown.length > 0) {
    throw new RuleInputError(
      unknown.map((key) => ({
        path: [key],
        code: 'unrecognized_keys',
        message: { 'zh-CN': `存在未知字段：“${key}”`, en: `Unrecognized key: "${key}"` },
      })),
    );
  }
  // Check the two parts separately, so that issue paths point into the request body.
  under([], () => parseOrThrow(assessInspectionRecordOptionsSchema, { asOf }));
  under(['record'], () => parseOrThrow(inspectionRecordSchema, record));
  return under(['record'], () => ({
    locale,
    asOf,
    assessment: withCitations(assessInspectionRecord(record, { asOf }), locale),
    consequences: withCitations(inspectionConsequences(record, { asOf }), locale),
  }));
}

/** POST /draws */
function draw(body, locale) {
  const result = drawInspections(body);
  return { locale, result, cited: result.basis.map((ref) => formatCitation(ref, locale)) };
}

const HANDLERS = {
  '/inspection-records/assess': assess,
  '/draws': draw,
};

/**
 * Creates the server (not listening yet).
 *
 * @param {{ bodyLimit?: number, onInternalError?: (error: unknown) => void }} [options]
 *   `onInternalError` is told of every 500 (default: logged to stderr).
 * @returns {import('node:http').Server}
 */
export function createServer({ bodyLimit = BODY_LIMIT, onInternalError = (e) => console.error(e) } = {}) {
  const server = createHttpServer(async (req, res) => {
    const locale = negotiateLocale(req.headers['accept-language']);
    const send = (status, payload, headers = {}) => {
      const json = JSON.stringify(payload);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(json),
        'content-language': locale,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        vary: 'Accept-Language',
        ...headers,
      });
      res.end(json);
    };
    const sendError = (error) => {
      if (error instanceof HttpError) {
        const headers =
          error.status === 405 ? { allow: ROUTES[pathOf(req)] } : error.status === 413 ? { connection: 'close' } : {};
        send(
          error.status,
          { error: { code: error.code, message: error.messages[locale], messages: error.messages }, ...error.extra },
          headers,
        );
      } else if (error instanceof RuleInputError) {
        send(400, {
          error: { code: error.code, message: error.messages[locale], messages: error.messages },
          issues: error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message[locale] })),
        });
      } else if (error instanceof NotInForceError) {
        send(422, { error: { code: error.code, message: error.messages[locale], messages: error.messages } });
      } else {
        onInternalError(error);
        send(500, { error: { code: 'INTERNAL', message: MESSAGES.INTERNAL[locale], messages: MESSAGES.INTERNAL } });
      }
    };

    try {
      const path = pathOf(req);
      const method = ROUTES[path];
      if (method === undefined) throw httpError(404, 'NOT_FOUND');
      if (req.method !== method) throw httpError(405, 'METHOD_NOT_ALLOWED');
      const type = req.headers['content-type'];
      // JSON, read as UTF-8 (RFC 8259 §8.1): a body declared in another charset would be misread.
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type ?? '')?.[1]?.toLowerCase();
      if (
        type !== undefined &&
        (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8'))
      ) {
        throw httpError(415, 'UNSUPPORTED_MEDIA_TYPE');
      }
      const body = parseJsonObject(await readBody(req, bodyLimit));
      send(200, HANDLERS[path](body, locale));
    } catch (error) {
      // A client that went away while sending (ECONNRESET, aborted) has no one to answer: the
      // connection is closed without an answer or a log line.
      if (!res.headersSent && error !== CLIENT_GONE) sendError(error);
      else res.destroy();
    }
  });
  // Slow or stalled uploads do not hold the server forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return server;
}

/** The request path without the query string. */
function pathOf(req) {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.env.PORT ?? 8787);
  const server = createServer();
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening on http://127.0.0.1:${address.port}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}
