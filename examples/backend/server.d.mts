// Types of server.mjs, for TypeScript callers (the tests).
import type { Server } from 'node:http';

/** Largest request body accepted, in bytes (1 MiB). */
export declare const BODY_LIMIT: number;

/** The response language for an Accept-Language header (zh → 'zh-CN', en → 'en', default 'zh-CN'). */
export declare function negotiateLocale(header: string | undefined): 'zh-CN' | 'en';

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** Largest request body accepted, in bytes; default {@link BODY_LIMIT}. */
  readonly bodyLimit?: number;
  /** Told of every error answered with 500 (default: logged to stderr). */
  readonly onInternalError?: (error: unknown) => void;
}

/** Creates the server, not listening yet. */
export declare function createServer(options?: ServerOptions): Server;
