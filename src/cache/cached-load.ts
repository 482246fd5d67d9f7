import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/**
 * loadAll, answering unchanged files from the cache and loading only the others. A file
 * whose size and times are as the cache saw them is not even read.
 */
export async function loadWithCache(
  source: FsSource, files: string[], cacheDir: string, opts: LoadAllOptions = {},
): Promise<FileResult[]> {
  const cache = FileCache.open(cacheDir, cacheVersion());
  const results: FileResult[] = new Array(files.length);
  const missing: Array<{ i: number; key: string; stat: Stats; statTime: number }> = [];
  files.forEach((file, i) => {
    let stat: Stats;
    let text: string;
    const statTime = Date.now();
    try {
      stat = statSync(resolve(source.root, file));
      const known = cache.unchangedKey(file, stat);
      const hit = known === undefined ? undefined : cache.get(known, file, stat, statTime);
      if (hit) {
        results[i] = hit;
        return;
      }
      text = source.readSync(file);
    } catch (err) {
      results[i] = readFailure(file, err);
      return;
    }
    const key = FileCache.key(file, text);
    const hit = cache.get(key, file, stat, statTime);
    if (hit) results[i] = hit;
    else missing.push({ i, key, stat, statTime });
  });
  const loaded = await loadAll(source, missing.map(({ i }) => files[i]!), opts);
  missing.forEach(({ i, key, stat, statTime }, j) => {
    results[i] = loaded[j]!;
    cache.set(key, loaded[j]!, stat, statTime);
  });
  cache.save();
  return results;
}
