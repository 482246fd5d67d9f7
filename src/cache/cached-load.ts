import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAll, type LoadAllOptions } from '../load/load-all.js';
import { readFailure, type FileResult } from '../load/load-file.js';
import type { FsSource } from '../load/source.js';
import { packageRoot } from '../package-root.js';
import { FileCache } from './file-cache.js';

let version: string | undefined;

/**
 * What a cached file result depends on besides the file: the schemas and duty-lint's own
 * code, all of it (a helper anywhere may feed loading). Any change there empties the cache.
 */
export function cacheVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const code = dirname(dirname(fileURLToPath(import.meta.url)));
  for (const folder of [join(packageRoot, 'schemas'), code]) {
    for (const name of (readdirSync(folder, { recursive: true }) as string[]).sort()) {
      const path = join(folder, name);
      if (statSync(path).isFile()) hash.update(name).update(readFileSync(path));
    }
  }
  version = hash.digest('base64');
  return version;
}

/** loadAll, answering unchanged files from the cache and loading only the others. */
export async function loadWithCache(
  source: FsSource, files: string[], cacheDir: string, opts: LoadAllOptions = {},
): Promise<FileResult[]> {
  const cache = FileCache.open(cacheDir, cacheVersion());
  const results: FileResult[] = new Array(files.length);
  const keys: string[] = new Array(files.length);
  const missing: number[] = [];
  files.forEach((file, i) => {
    let text: string;
    try {
      text = source.readSync(file);
    } catch (err) {
      results[i] = readFailure(file, err);
      return;
    }
    keys[i] = FileCache.key(file, text);
    const hit = cache.get(keys[i]!);
    if (hit) results[i] = hit;
    else missing.push(i);
  });
  const loaded = await loadAll(source, missing.map((i) => files[i]!), opts);
  missing.forEach((i, j) => {
    results[i] = loaded[j]!;
    cache.set(keys[i]!, loaded[j]!);
  });
  cache.save();
  return results;
}
