import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_FILE, FileCache } from '../../src/cache/file-cache.js';
import { contentKey, loadFile } from '../../src/load/load-file.js';
import { packBytes } from '../../src/load/pack.js';
import { fields, YAML } from '../load/packed-fixture.js';

const FILE = 'zj/rz/amr.yaml';
const KEY = contentKey(FILE, YAML);

/** A file's stat, as far as the cache reads it. */
function stat(over: Partial<Stats> = {}): Stats {
  return { size: YAML.length, mtimeMs: 1_000_000, ctimeMs: 1_000_000, ino: 42, ...over } as Stats;
}
/** A stat time long after the file's times: old enough to vouch for its content. */
const LONG_AFTER = 1_000_000 + 60_000;

describe('FileCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-file-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, CACHE_FILE);

  /** A cache on disk holding FILE, stamped with `s` taken at `statTime`. */
  /** A cached file's result, kept for this run, as a run finding its content unchanged does. */
  function get(cache: FileCache, key: string, s = stat(), statTime = LONG_AFTER) {
    return cache.keep(key, FILE, s, statTime) ? cache.result(FILE) : undefined;
  }

  function saved(s = stat(), statTime = LONG_AFTER, version = 'v1'): void {
    rmSync(path, { force: true });
    const cache = FileCache.open(dir, version);
    cache.set(KEY, FILE, packBytes([loadFile(FILE, YAML)]), s, statTime);
    cache.save();
  }

  it('answers a file by content key after a save, and by its stat only while size and times hold', () => {
    saved();
    const cache = FileCache.open(dir, 'v1');
    expect(cache.unchangedKey(FILE, stat())).toBe(KEY);
    for (const moved of [{ size: 1 }, { mtimeMs: 2 }, { ctimeMs: 3 }, { ino: 4 }]) {
      expect(cache.unchangedKey(FILE, stat(moved))).toBeUndefined();
    }
    expect(cache.unchangedKey('other.yaml', stat())).toBeUndefined();
    const hit = get(cache, KEY);
    expect(hit && fields([hit])).toEqual(fields([loadFile(FILE, YAML)]));
    expect(get(cache, contentKey(FILE, YAML + '\n'))).toBeUndefined();
  });

  it('still gives what it held for a file after the file changed, for comparison', () => {
    saved();
    const cache = FileCache.open(dir, 'v1');
    expect(get(cache, contentKey(FILE, YAML + '# edited'))).toBeUndefined();
    const before = cache.previous(FILE);
    expect(before && fields([before])).toEqual(fields([loadFile(FILE, YAML)]));
    expect(cache.previous('other.yaml')).toBeUndefined();
  });

  it('does not vouch for a file by its stat when its times were too recent when it was read', () => {
    saved(stat(), 1_000_000 + 500);
    const cache = FileCache.open(dir, 'v1');
    expect(cache.unchangedKey(FILE, stat())).toBeUndefined();
    // The content key still finds it.
    expect(get(cache, KEY)).toBeDefined();
  });

  it('ignores a cache written by another version', () => {
    saved(stat(), LONG_AFTER, 'v1');
    const cache = FileCache.open(dir, 'v2');
    expect(cache.unchangedKey(FILE, stat())).toBeUndefined();
    expect(get(cache, KEY)).toBeUndefined();
  });

  it('ignores a corrupt or truncated cache', () => {
    saved();
    const good = readFileSync(path);
    for (const bad of [Buffer.from('{"version": "x", "keys": [['), good.subarray(0, good.length - 100), Buffer.alloc(0)]) {
      writeFileSync(path, bad);
      const cache = FileCache.open(dir, 'v1');
      expect(get(cache, KEY)).toBeUndefined();
    }
  });

  it('rewrites the file only when an entry or a stamp changed', () => {
    saved();
    const ino = () => statSync(path).ino;
    const before = ino();
    const same = FileCache.open(dir, 'v1');
    get(same, KEY);
    same.save();
    expect(ino()).toBe(before);

    // Same content, new times (a checkout): kept, and stamped anew for next time.
    const touched = FileCache.open(dir, 'v1');
    expect(get(touched, KEY, stat({ mtimeMs: 5_000_000, ctimeMs: 5_000_000 }), 5_000_000 + 60_000)).toBeDefined();
    touched.save();
    expect(ino()).not.toBe(before);
    expect(FileCache.open(dir, 'v1').unchangedKey(FILE, stat({ mtimeMs: 5_000_000, ctimeMs: 5_000_000 }))).toBe(KEY);

    // A file no longer linted is dropped.
    const afterTouch = ino();
    FileCache.open(dir, 'v1').save();
    expect(ino()).not.toBe(afterTouch);
    expect(get(FileCache.open(dir, 'v1'), KEY)).toBeUndefined();
  });
});
