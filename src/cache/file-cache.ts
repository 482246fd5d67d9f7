import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '../load/load-file.js';
import { align, unpackBytes } from '../load/pack.js';
import { writeQuietly } from './write-quietly.js';

export const CACHE_FILE = 'files.v3.bin';
const MAGIC = 'DLC3';
/**
 * A file whose time is this close to when it was read may change again within the same
 * tick of a coarse file-system clock (FAT keeps 2 s) without its time showing it, so its
 * times are not trusted next run: it is read and hashed again, as git does with racy entries.
 */
const RACY_MS = 2000;

/** What the cache knows of a file on disk, to tell without reading it that it is unchanged. */
interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

interface Entry extends FileStamp {
  file: string;
  /** Content hash (contentKey). */
  key: string;
  /** Where the entry's bytes start in the data, and how many there are. */
  at: number;
  length: number;
}

interface Header {
  /** Tool version, schema fingerprint and byte order (cacheVersion): a cache written by another duty-lint is not trusted. */
  version: string;
  entries: Entry[];
}

/**
 * Loaded files by content hash, in `.duty-lint-cache/`. Keys hash the path and the bytes,
 * so the cache stays right across checkouts and clock changes; a file's size and times
 * only spare reading it again when none of them moved since it was hashed (as git's index).
 * A cache that cannot be read, or was written by another version, is ignored and rebuilt.
 *
 * On disk: `DLC3`, the header's length, the header (JSON), then each entry's bytes (see
 * packBytes), kept as they are from run to run, so a run that changed one file writes
 * the others back without encoding them again.
 */
export class FileCache {
  /** This run's entries, by file: with their bytes when new, else where they are in `data`. */
  private readonly fresh = new Map<string, { entry: Entry; bytes?: Buffer }>();
  private changed = false;

  /** contentsOf the entries on disk when the cache was opened ('' for none). */
  readonly stored: string;

  private constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly byFile: Map<string, Entry>,
    private readonly byKey: Map<string, Entry>,
    private readonly data: Buffer,
  ) {
    this.stored = byFile.size === 0 ? '' : contentsOf(byFile.values());
  }

  /** contentsOf this run's entries: what the cache holds once saved. */
  contents(): string {
    return contentsOf([...this.fresh.values()].map((kept) => kept.entry));
  }

  static open(dir: string, version: string): FileCache {
    try {
      const buf = readFileSync(join(dir, CACHE_FILE));
      if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a cache');
      const headerLength = buf.readUInt32LE(4);
      const header = JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as Header;
      if (header?.version !== version || !Array.isArray(header.entries)) throw new Error('another version');
      // Entry bytes start on a 4-byte boundary, so that their numbers can be read in place.
      let data = buf.subarray(align(8 + headerLength));
      if (data.byteOffset % 4 !== 0) data = Buffer.from(data);
      const byFile = new Map<string, Entry>();
      const byKey = new Map<string, Entry>();
      for (const e of header.entries) {
        if (e.at < 0 || e.at + e.length > data.length) throw new Error('truncated');
        byFile.set(e.file, e);
        byKey.set(e.key, e);
      }
      return new FileCache(dir, version, byFile, byKey, data);
    } catch {
      // missing, corrupt or another version's: start empty
      return new FileCache(dir, version, new Map(), new Map(), Buffer.alloc(0));
    }
  }

  /** Whether the cache holds an entry for this path (whatever its content). */
  knows(file: string): boolean {
    return this.byFile.has(file);
  }

  /** The content key of a file whose size and times say it is as it was when last hashed. */
  unchangedKey(file: string, stat: Stats): string | undefined {
    const e = this.byFile.get(file);
    return e && e.mtimeMs >= 0 && sameStamp(e, stat) ? e.key : undefined;
  }

  /**
   * Keeps the cached entry of a file with this content key for this run, without decoding
   * it; false when there is none. `stat` is the file's, taken at `statTime` before it was
   * read: it is kept for the next run.
   */
  keep(key: string, file: string, stat: Stats, statTime: number): boolean {
    const e = this.byKey.get(key);
    if (!e) return false;
    const now = stamp(stat, statTime);
    if (sameStamp(now, e)) {
      this.fresh.set(file, { entry: e });
    } else {
      this.fresh.set(file, { entry: { ...e, ...now } });
      this.changed = true;
    }
    return true;
  }

  /** The result of a file kept or stored in this run; undefined when its bytes do not decode. */
  result(file: string): FileResult | undefined {
    const kept = this.fresh.get(file);
    return kept && decode(this.bytesOf(kept));
  }

  private bytesOf({ entry, bytes }: { entry: Entry; bytes?: Buffer }): Buffer {
    return bytes ?? this.data.subarray(entry.at, entry.at + entry.length);
  }

  /** Drops a file from this run's entries (its bytes did not decode): it is stored anew next time. */
  forget(file: string): void {
    if (this.fresh.delete(file)) this.changed = true;
  }

  /** What the cache held for a file before this run, whatever its content now. */
  previous(file: string): FileResult | undefined {
    const e = this.byFile.get(file);
    return e && decode(this.bytesOf({ entry: e }));
  }

  /** Stores a freshly loaded file: its content key and its result's bytes (packBytes). */
  set(key: string, file: string, bytes: Buffer, stat: Stats, statTime: number): void {
    this.fresh.set(file, { entry: { ...stamp(stat, statTime), file, key, at: 0, length: bytes.length }, bytes });
    this.changed = true;
  }

  /**
   * Writes this run's entries (and only those, so deleted files do not pile up), atomically,
   * unless they are exactly those already on disk.
   */
  save(): void {
    if (!this.changed && this.fresh.size === this.byFile.size) return;
    const entries: Entry[] = [];
    const parts: Buffer[] = [];
    let at = 0;
    for (const kept of this.fresh.values()) {
      const bytes = this.bytesOf(kept);
      entries.push({ ...kept.entry, at, length: bytes.length });
      parts.push(bytes);
      at += bytes.length;
    }
    const header = Buffer.from(JSON.stringify({ version: this.version, entries } satisfies Header));
    const head = Buffer.alloc(align(8 + header.length));
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(header.length, 4);
    header.copy(head, 8);
    writeQuietly(this.dir, CACHE_FILE, [head, ...parts]);
  }
}

/**
 * A fingerprint of which content of which file a cache holds, for the state of the last run
 * to prove it was computed from the same files (two runs at once could otherwise leave the
 * state of one beside the files of the other).
 */
function contentsOf(entries: Iterable<Entry>): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(e.file).update('\u0000').update(e.key).update('\n');
  return hash.digest('base64');
}

function stamp(stat: Stats, statTime: number): FileStamp {
  // -1: modified too recently to vouch for the content next run.
  return { size: stat.size, mtimeMs: stat.mtimeMs >= statTime - RACY_MS ? -1 : stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

function decode(bytes: Buffer): FileResult | undefined {
  try {
    return unpackBytes(bytes)[0];
  } catch {
    return undefined;
  }
}
