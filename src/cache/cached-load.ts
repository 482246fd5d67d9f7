import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAll, type LoadAllOptions } from '../load/load-all.js';
import { contentKey, readFailure, type FileResult } from '../load/load-file.js';
import { refusedResult, type FsSource } from '../load/source.js';
import { packageRoot } from '../package-root.js';
import { FileCache } from './file-cache.js';

let version: string | undefined;

/**
 * What a cached file result depends on besides the file: the schemas and duty-lint's own
 * code, all of it (a helper anywhere may feed loading), and the byte order the cache's
 * numbers are stored in. Any change there empties the cache.
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
  version = `${hash.digest('base64')} ${endianness()}`;
  return version;
}

/**
 * A catalogue's files against the cache: which are unchanged (a file whose size and times
 * are as the cache saw them is not even read), which changed, and their results on demand.
 */
export class CachedFiles {
  /** Files whose content the cache does not hold (new files included), in file order. */
  readonly changed: string[] = [];
  private readonly loaded = new Map<string, FileResult>();
  /** Changed files to load and store, with their stat (taken before they were read). */
  private readonly pending = new Map<string, { stat: Stats; statTime: number }>();

  private constructor(private readonly source: FsSource, private readonly cache: FileCache) {}

  static open(source: FsSource, files: string[], cacheDir: string): CachedFiles {
    // Files not in UTF-8 read differently with another `encoding`: results of one are not another's.
    const cached = new CachedFiles(source, FileCache.open(cacheDir, `${cacheVersion()} ${source.encoding ?? ''}`));
    for (const file of files) cached.classify(file);
    return cached;
  }

  private classify(file: string): void {
    let stat: Stats;
    const statTime = Date.now();
    try {
      stat = statSync(resolve(this.source.root, file));
      // A file the cache has never seen is not read twice: loading hashes it. One the source
      // will not read (no regular file, over the size limit) is left to loading to report.
      if (this.cache.knows(file) && stat.isFile() && stat.size <= this.source.maxFileSize) {
        const known = this.cache.unchangedKey(file, stat);
        if (known !== undefined && this.cache.keep(known, file, stat, statTime)) return;
        if (this.cache.keep(contentKey(file, this.source.readSync(file)), file, stat, statTime)) return;
      }
    } catch (err) {
      this.loaded.set(file, refusedResult(file, err) ?? readFailure(file, err));
      this.changed.push(file);
      return;
    }
    this.pending.set(file, { stat, statTime });
    this.changed.push(file);
  }

  /** The results of some of the files, in the order given: decoded from the cache, or loaded. */
  async load(files: string[], opts: LoadAllOptions = {}): Promise<FileResult[]> {
    const results = files.map((f) => this.loaded.get(f) ?? (this.pending.has(f) ? undefined : this.cache.result(f)));
    const missing = files.filter((_, i) => results[i] === undefined);
    const fresh = await loadAll(this.source, missing, { ...opts, keys: true });
    missing.forEach((file, j) => {
      const p = this.pending.get(file);
      const result = fresh[j]!;
      // A file unreadable now is not stored.
      if (p && result.key !== undefined && result.packed) this.cache.set(result.key, file, result.packed, p.stat, p.statTime);
      else this.cache.forget(file);
      this.loaded.set(file, result);
    });
    let j = 0;
    return results.map((r) => r ?? fresh[j++]!);
  }

  /** What the cache held for a file before this run. */
  previous(file: string): FileResult | undefined {
    return this.cache.previous(file);
  }

  /** Which content of which file the cache held before this run, and holds after it (FileCache.contents). */
  get storedContents(): string {
    return this.cache.stored;
  }

  contents(): string {
    return this.cache.contents();
  }

  save(): void {
    this.cache.save();
  }
}

/**
 * Deletes what earlier versions of duty-lint kept in the cache folder under other names
 * (files.v2.json...), which nothing reads any more: at a million duties, 150 MB each.
 */
export function removeOtherVersions(dir: string, current: string[]): void {
  try {
    for (const name of readdirSync(dir)) {
      if (/^(files|analysis)\.v\d+\.(json|bin)$/.test(name) && !current.includes(name)) unlinkSync(join(dir, name));
    }
  } catch {
    // a folder that cannot be listed or a file that cannot be deleted costs disk space, nothing else
  }
}
