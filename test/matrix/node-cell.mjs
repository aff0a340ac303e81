// One Node cell of the determinism matrix: prints the SHA-256 of the scenarios' JSON output.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runScenarios } from './scenarios.mjs';

const root = join(import.meta.dirname, '..', '..');
const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const dir = join(root, 'test', 'vectors');
const vectors = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const json = runScenarios(lib, vectors);
process.stdout.write(`${createHash('sha256').update(json).digest('hex')} ${json.length}\n`);
if (process.argv.includes('--dump')) process.stdout.write(json + '\n');
