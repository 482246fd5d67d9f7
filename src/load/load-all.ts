import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-root.js';
import { loadFile, readFailure, type FileResult } from './load-file.js';
import { FsSource, type FileSource } from './source.js';

/** Below this many files, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 400;

export interface LoadAllOptions {
  /** Threads to use in all, the main one included (default: the machine's cores). */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Loads every file, in file order. Large catalogues on a folder are split between the main
 * thread and workers (parsing is most of the cost of a run); small ones stay on one thread.
 */
export async function loadAll(source: FileSource, files: string[], opts: LoadAllOptions = {}): Promise<FileResult[]> {
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  if (threads === 1 || files.length < WORKER_THRESHOLD || !(source instanceof FsSource)) {
    return loadHere(source, files, opts);
  }
  // Contiguous shares keep results in file order when concatenated.
  const share = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * share, (i + 1) * share));
  const workerScript = join(packageRoot, 'dist', 'src', 'load', 'worker.js');
  const inWorkers = shares.slice(1).map((part) => runWorker(workerScript, source.root, part));
  // Only the main thread's share reports progress; scale it to the whole.
  const onProgress = opts.onProgress;
  const mine = await loadHere(source, shares[0]!, onProgress ? { onProgress: (done) => onProgress(Math.min(files.length, done * threads), files.length) } : {});
  return [mine, ...(await Promise.all(inWorkers))].flat();
}

async function loadHere(source: FileSource, files: string[], opts: LoadAllOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = source instanceof FsSource ? source.readSync(file) : await source.read(file);
    } catch (err) {
      results.push(readFailure(file, err));
      continue;
    }
    results.push(loadFile(file, text));
    if (opts.onProgress && results.length % 100 === 0) opts.onProgress(results.length, files.length);
  }
  return results;
}

function runWorker(script: string, root: string, files: string[]): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { root, files } });
    worker.once('message', (json: string) => {
      resolve(JSON.parse(json) as FileResult[]);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`loader worker exited with code ${code}`));
    });
  });
}
