// Starts the Fastify example on 127.0.0.1 (PORT, default 8788): `npx tsx examples/fastify/server.ts`.
import { buildApp } from './app.js';

const app = await buildApp();
const port = Number(process.env['PORT'] ?? 8788);
const address = await app.listen({ host: '127.0.0.1', port });
console.log(`listening on ${address} (OpenAPI document: ${address}/openapi.json)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
