/**
 * The parse floor, as the issue defines it: read + js-yaml CORE_SCHEMA parse of every file
 * on 2 worker threads, nothing else. The workers take chunks of files from one shared
 * queue, as duty-lint's loader does, so that neither waits for the other at the end.
 * duty-lint's own run is measured against it. Prints the wall time in ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import fg from 'fast-glob';
import yaml from 'js-yaml';
import { processCpuMs } from './cpu.js';

const CHUNK = 16;

interface Job { root: string; files: string[]; queue: Int32Array }

if (isMainThread) {
  const root = process.argv[2]!;
  const start = performance.now();
  const files = fg.sync(['**/*.yaml', '**/*.yml'], { cwd: root }).sort();
  const queue = new Int32Array(new SharedArrayBuffer(4));
  const parsed = await Promise.all([0, 1].map(() => new Promise<number>((resolve, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { root, files, queue } satisfies Job });
    w.once('message', resolve);
    w.once('error', reject);
  })));
  const docs = parsed.reduce((a, b) => a + b, 0);
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, docs, cpuMs: processCpuMs() }) + '\n');
  process.exit(0);
} else {
  const { root, files, queue } = workerData as Job;
  let docs = 0;
  for (let c = Atomics.add(queue, 0, 1); c * CHUNK < files.length; c = Atomics.add(queue, 0, 1)) {
    for (const f of files.slice(c * CHUNK, (c + 1) * CHUNK)) {
      yaml.loadAll(readFileSync(join(root, f), 'utf8'), () => docs++, { schema: yaml.CORE_SCHEMA });
    }
  }
  parentPort!.postMessage(docs);
}
