import { linkSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Writes a whole file or nothing: the content goes to a temporary file beside the target,
 * which then takes the target's name. Without `force` an existing file is never replaced.
 * A target that exists and is not a regular file (/dev/null, /dev/stdout, a pipe) is
 * written into directly: renaming over it would replace the device itself.
 */
export function writeFileAtomic(path: string, content: string, force: boolean): void {
  if (isSpecialFile(path)) {
    try {
      writeFileSync(path, content);
    } catch (err) {
      throw new UsageError('output-failed', { path, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
    return;
  }
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

function isSpecialFile(path: string): boolean {
  try {
    const st = statSync(path);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}
