import { parentPort, workerData } from 'node:worker_threads';
import { loadFile, readFailure, type FileResult } from './load-file.js';
import { FsSource } from './source.js';

/**
 * A loader worker: reads and loads its share of the files and posts the results back as
 * one JSON string, which crosses threads much faster than a structured clone of the objects.
 */
const { root, files } = workerData as { root: string; files: string[] };
const source = new FsSource(root);
const results: FileResult[] = files.map((file) => {
  let text: string;
  try {
    text = source.readSync(file);
  } catch (err) {
    return readFailure(file, err);
  }
  return loadFile(file, text);
});
parentPort!.postMessage(JSON.stringify(results));
