import { parentPort, workerData } from 'node:worker_threads';
import { pack, preparer, type WorkerJob } from './load-all.js';
import { emptyLoadWork } from './load-file.js';
import { FsSource } from './source.js';

/**
 * A loader worker: takes chunks of files from the shared queue, loads them, and posts each
 * chunk back as one JSON string, which crosses threads faster than a structured clone.
 */
const { root, files, queue, chunk } = workerData as WorkerJob;
const work = emptyLoadWork();
const prepare = preparer(new FsSource(root), work);
for (;;) {
  const c = Atomics.add(queue, 0, 1);
  if (c * chunk >= files.length) break;
  const results = await Promise.all(files.slice(c * chunk, (c + 1) * chunk).map(prepare));
  parentPort!.postMessage({ chunk: c, json: JSON.stringify(pack(results)) });
}
parentPort!.postMessage({ done: work });
