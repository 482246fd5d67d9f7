/**
 * The quadratic reference: every duty compared with every other, with the same similarity
 * as duty-lint, over the first N duties of a catalogue. Prints the wall time of the pairs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import yaml from 'js-yaml';
import { TextIndex } from '../src/text/text-index.js';

const [root, limit] = [process.argv[2]!, Number(process.argv[3] ?? 10000)];
const texts: string[] = [];
for (const f of fg.sync(['**/*.yaml'], { cwd: root }).sort()) {
  yaml.loadAll(readFileSync(join(root, f), 'utf8'), (doc) => {
    const d = doc as { kind?: string; duties?: Array<{ title: string; detail?: string }> } | null;
    for (const duty of d?.kind === 'department' ? d.duties ?? [] : []) {
      if (texts.length < limit) texts.push(duty.detail ? `${duty.title}\n${duty.detail}` : duty.title);
    }
  }, { schema: yaml.CORE_SCHEMA });
  if (texts.length >= limit) break;
}
const index = TextIndex.of(texts);
const start = performance.now();
let above = 0;
for (let i = 0; i < texts.length; i++) {
  for (let j = i + 1; j < texts.length; j++) {
    if (index.similarity(index.textOf[i]!, index.textOf[j]!) >= 0.5) above++;
  }
}
process.stdout.write(JSON.stringify({ ms: performance.now() - start, pairs: (texts.length * (texts.length - 1)) / 2, above }) + '\n');
