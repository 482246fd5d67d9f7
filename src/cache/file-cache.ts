import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '../load/load-file.js';
import { pack, unpack, type PackedResults } from '../load/pack.js';

const FILE_NAME = 'files.v2.json';

interface Stored {
  /** Tool version and schema fingerprint: a cache written by another duty-lint is not trusted. */
  version: string;
  /** Content hash of each entry, in the order of `packed.results`. */
  keys: string[];
  packed: PackedResults;
}

/**
 * Loaded files by content hash, in `.duty-lint-cache/`. Keys hash the path and the bytes,
 * never file times, so the cache stays right across checkouts and clock changes. A cache
 * that cannot be read, or was written by another version, is ignored and rebuilt.
 */
export class FileCache {
  private readonly entries: Map<string, FileResult>;
  private readonly fresh = new Map<string, FileResult>();
  private changed = false;

  private constructor(private readonly dir: string, private readonly version: string, entries: Map<string, FileResult>) {
    this.entries = entries;
  }

  static open(dir: string, version: string): FileCache {
    let entries = new Map<string, FileResult>();
    try {
      const stored = JSON.parse(readFileSync(join(dir, FILE_NAME), 'utf8')) as Stored;
      if (stored && stored.version === version && Array.isArray(stored.keys)) {
        const results = unpack(stored.packed);
        entries = new Map(stored.keys.map((key, i) => [key, results[i]!]));
      }
    } catch {
      // missing or corrupt: start empty
    }
    return new FileCache(dir, version, entries);
  }

  static key(file: string, text: string): string {
    return createHash('sha256').update(file).update('\u0000').update(text).digest('base64');
  }

  get(key: string): FileResult | undefined {
    const hit = this.entries.get(key);
    if (hit) this.fresh.set(key, hit);
    return hit;
  }

  set(key: string, result: FileResult): void {
    this.fresh.set(key, result);
    this.changed = true;
  }

  /**
   * Writes the entries of this run (and only those, so deleted files do not pile up),
   * atomically, unless they are exactly those already on disk. Must run before the graph
   * takes ownership of the results.
   */
  save(): void {
    // Every entry read and none added: the file on disk is already this run's cache.
    if (!this.changed && this.fresh.size === this.entries.size) return;
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `.${FILE_NAME}.${process.pid}.tmp`);
    try {
      const stored: Stored = { version: this.version, keys: [...this.fresh.keys()], packed: pack([...this.fresh.values()]) };
      writeFileSync(tmp, JSON.stringify(stored));
      renameSync(tmp, join(this.dir, FILE_NAME));
    } catch {
      // A cache that cannot be written costs speed next time, nothing else.
      try {
        unlinkSync(tmp);
      } catch {
        // never created
      }
    }
  }
}
