// Tabulates, at build time, OpenCC's traditional-to-simplified conversion of every single
// character the matcher converts (BMP, from U+3400), so that no run loads OpenCC's
// dictionaries or converts characters one by one. Written as pairs of characters:
// traditional, then simplified, for each character that changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'opencc-js/t2cn';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toSimplified = Converter({ from: 't', to: 'cn' });
let pairs = '';
for (let c = 0x3400; c <= 0xffff; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const s = toSimplified(String.fromCharCode(c));
  if (s.length === 1 && s.charCodeAt(0) !== c) pairs += String.fromCharCode(c) + s;
}
const out = join(root, 'dist', 't2s.txt');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, pairs);
