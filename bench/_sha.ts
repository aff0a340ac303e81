import { sha256 } from '@noble/hashes/sha2';
import { createHash } from 'node:crypto';
const buf = new Uint8Array(1 << 20).fill(97);
for (let r = 0; r < 5; r++) {
  let s = performance.now(); for (let i = 0; i < 10; i++) sha256(buf); const noble = (performance.now() - s) / 10;
  s = performance.now(); for (let i = 0; i < 10; i++) createHash('sha256').update(buf).digest(); const node = (performance.now() - s) / 10;
  console.log('1MB noble', noble.toFixed(1), 'ms; node', node.toFixed(2), 'ms');
}
const h = sha256.create(); let s = performance.now(); for (let i = 0; i < 16; i++) h.update(buf.subarray(0, 65536)); h.digest(); console.log('16x64K incremental', (performance.now() - s).toFixed(1));
