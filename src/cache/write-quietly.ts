import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Replaces a cache file whole or not at all: written beside it under a temporary name, then
 * renamed over it. A cache that cannot be written costs speed next time, nothing else, so
 * failures are swallowed.
 */
export function writeQuietly(dir: string, name: string, data: string | Buffer): void {
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, join(dir, name));
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
  }
}
