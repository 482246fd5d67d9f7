import { parentPort, workerData } from 'node:worker_threads';
import { preparer, type WorkerJob } from './load-all.js';
import { emptyLoadWork } from './load-file.js';
import { packBytes } from './pack.js';
import { FsSource } from './source.js';

/**
 * A loader worker: takes chunks of files from the shared queue, loads them, and posts each
 * chunk back packed into bytes, which move to the main thread without a copy.
 */
const { root, encoding, maxFileSize, files, queue, chunk, keys } = workerData as WorkerJob;
const work = emptyLoadWork();
const prepare = preparer(new FsSource(root, encoding, maxFileSize), work, keys);
for (;;) {
  const c = Atomics.add(queue, 0, 1);
  if (c * chunk >= files.length) break;
  const results = await Promise.all(files.slice(c * chunk, (c + 1) * chunk).map(prepare));
  // For the cache, each file's bytes apart (as the preparer packed them), which it then stores as they are.
  const parts = keys ? results.map((r) => r.packed!) : [packBytes(results)];
  parentPort!.postMessage({ chunk: c, parts }, parts.map((b) => b.buffer as ArrayBuffer));
}
parentPort!.postMessage({ done: work });
