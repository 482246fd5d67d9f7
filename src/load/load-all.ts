import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../worker-script.js';
import { contentKey, emptyLoadWork, loadFile, readFailure, type FileResult, type LoadWork } from './load-file.js';
import { packBytes, unpackBytes } from './pack.js';
import { FsSource, refusedResult, type FileSource } from './source.js';

/** Below this many files, starting a worker costs more than it saves. */
export const WORKER_THRESHOLD = 400;
/** Files taken from the shared queue at a time. */
const CHUNK = 16;

export interface LoadAllOptions {
  /** Threads to use in all, the main one included (default: the machine's cores). */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
  /** Receives the time of each loading step, summed over all threads. */
  work?: LoadWork;
  /** For the cache: set each result's `key` (contentKey) and `packed` bytes. */
  keys?: boolean;
  /** Told how many threads loaded files (took at least one chunk), the main one included. */
  onThreads?: (threads: number) => void;
}

/**
 * Loads every file, in file order.
 * Large catalogues on disk are shared between the main thread and workers, which take
 * chunks of files from one queue until it is empty, so every thread stays busy to the end.
 */
export async function loadAll(source: FileSource, files: string[], opts: LoadAllOptions = {}): Promise<FileResult[]> {
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  const chunks: FileResult[][] = new Array(Math.ceil(files.length / CHUNK));
  let done = 0;
  const store = (chunk: number, results: FileResult[]) => {
    chunks[chunk] = results;
    done += results.length;
    opts.onProgress?.(done, files.length);
  };

  // Workers read from disk; a catalogue in memory or a small one stays on this thread.
  const script = threads > 1 && files.length >= WORKER_THRESHOLD ? workerScript(import.meta.url, 'worker.js') : undefined;
  if (!script || !(source instanceof FsSource)) {
    const prepare = preparer(source, opts.work, opts.keys);
    for (let c = 0; c < chunks.length; c++) store(c, await Promise.all(files.slice(c * CHUNK, (c + 1) * CHUNK).map(prepare)));
    opts.onThreads?.(1);
    return chunks.flat();
  }

  const queue = new Int32Array(new SharedArrayBuffer(4));
  const work = opts.work ?? emptyLoadWork();
  const addWork = (w: LoadWork) => {
    for (const k of Object.keys(w) as Array<keyof LoadWork>) work[k] += w[k];
  };
  const workers = Array.from({ length: threads - 1 }, () => runWorker(script, { root: source.root, encoding: source.encoding, maxFileSize: source.maxFileSize, files, queue, chunk: CHUNK, keys: opts.keys ?? false }, store, addWork));
  const prepare = preparer(source, work, opts.keys);
  let mine = 0;
  for (;; mine++) {
    const c = Atomics.add(queue, 0, 1);
    if (c * CHUNK >= files.length) break;
    store(c, await Promise.all(files.slice(c * CHUNK, (c + 1) * CHUNK).map(prepare)));
    // Let the workers' finished chunks in between our own.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const theirs = await Promise.all(workers);
  opts.onThreads?.([mine, ...theirs].filter((n) => n > 0).length);
  return chunks.flat();
}

/** Loads one file. Used by the main thread and workers alike. */
export function preparer(source: FileSource, work: LoadWork = emptyLoadWork(), keys = false): (file: string) => Promise<FileResult> {
  return async (file) => {
    let text: string;
    const t = performance.now();
    try {
      text = source instanceof FsSource ? source.readSync(file) : await source.read(file);
    } catch (err) {
      return refusedResult(file, err) ?? readFailure(file, err);
    } finally {
      work.read += performance.now() - t;
    }
    const result = loadFile(file, text, work);
    if (keys) {
      result.key = contentKey(file, text);
      // Encoded for the cache here, so that whichever thread loads a file also packs it.
      result.packed = packBytes([result]);
    }
    return result;
  };
}

export interface WorkerJob {
  root: string;
  encoding: string | undefined;
  maxFileSize: number;
  files: string[];
  queue: Int32Array;
  chunk: number;
  keys: boolean;
}

/** Runs one loader worker; resolves with the number of chunks it loaded. */
function runWorker(
  script: string, job: WorkerJob, store: (chunk: number, results: FileResult[]) => void, addWork: (w: LoadWork) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    let chunks = 0;
    worker.on('message', (msg: { chunk: number; parts: Uint8Array[] } | { done: LoadWork }) => {
      if ('done' in msg) {
        addWork(msg.done);
        resolve(chunks);
        void worker.terminate();
      } else {
        chunks++;
        store(msg.chunk, msg.parts.flatMap((part) => {
          const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
          const results = unpackBytes(bytes);
          if (job.keys) results[0]!.packed = bytes;
          return results;
        }));
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`loader worker exited with code ${code}`));
    });
  });
}
