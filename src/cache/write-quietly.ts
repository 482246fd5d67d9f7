import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeFileSync, writevSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Replaces a cache file whole or not at all: written beside it under a temporary name, then
 * renamed over it. A cache that cannot be written costs speed next time, nothing else, so
 * failures are swallowed. Data in parts is written as it is, one after another: joining a
 * cache of a million duties into one buffer first would copy 150 MB for nothing.
 */
export function writeQuietly(dir: string, name: string, data: string | Buffer | readonly Buffer[]): void {
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    if (typeof data === 'string' || Buffer.isBuffer(data)) writeFileSync(tmp, data);
    else writeParts(tmp, data);
    renameSync(tmp, join(dir, name));
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
  }
}

function writeParts(path: string, parts: readonly Buffer[]): void {
  const fd = openSync(path, 'w');
  try {
    const written = writevSync(fd, parts);
    if (written !== parts.reduce((n, p) => n + p.length, 0)) throw new Error('short write');
  } finally {
    closeSync(fd);
  }
}
