/**
 * The parse floor: read + js-yaml CORE_SCHEMA parse of every file on 2 threads, nothing
 * else. duty-lint's own run is measured against it. Prints the wall time in ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import fg from 'fast-glob';
import yaml from 'js-yaml';

function parseAll(root: string, files: string[]): number {
  let docs = 0;
  for (const f of files) yaml.loadAll(readFileSync(join(root, f), 'utf8'), () => docs++, { schema: yaml.CORE_SCHEMA });
  return docs;
}

if (isMainThread) {
  const root = process.argv[2]!;
  const start = performance.now();
  const files = fg.sync(['**/*.yaml', '**/*.yml'], { cwd: root }).sort();
  const half = Math.ceil(files.length / 2);
  const other = new Promise<number>((resolve, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { root, files: files.slice(half) } });
    w.once('message', resolve);
    w.once('error', reject);
  });
  const mine = parseAll(root, files.slice(0, half));
  const docs = mine + (await other);
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, docs }) + '\n');
  process.exit(0);
} else {
  const { root, files } = workerData as { root: string; files: string[] };
  parentPort!.postMessage(parseAll(root, files));
}
