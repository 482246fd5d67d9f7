import { linkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Writes a whole file or nothing: the content goes to a temporary file beside the target,
 * which then takes the target's name. Without `force` an existing file is never replaced.
 */
export function writeFileAtomic(path: string, content: string, force: boolean): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
  } catch (err) {
    throw new UsageError('output-failed', { path, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  try {
    if (force) renameSync(tmp, path);
    else linkSync(tmp, path); // fails if the target exists: no check-then-write race
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw code === 'EEXIST'
      ? new UsageError('output-exists', { path })
      : new UsageError('output-failed', { path, reason: code ?? String(err) });
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // renamed into place, or never created
    }
  }
}
