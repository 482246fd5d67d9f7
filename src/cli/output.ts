import { accessSync, constants, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** Files a report must never replace: the catalogue's files a run read, and its config. */
export interface Inputs {
  root: string;
  /** Relative to `root`. */
  files: readonly string[];
  config?: string;
}

/**
 * Writes a whole file or nothing: the content goes to a temporary file beside the target,
 * which then takes the target's name, replacing an earlier report (as ESLint and Spectral
 * do). A target that exists and is not a regular file (/dev/null, /dev/stdout, a pipe) is
 * written into directly: renaming over it would replace the device itself.
 */
export function writeFileAtomic(path: string, content: string): void {
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
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    if ((err as NodeJS.ErrnoException).code === 'EISDIR') throw new UsageError('output-is-folder', { path });
    throw new UsageError('output-failed', { path, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}

/**
 * Refuses, before a run spends its time linting, a report path that cannot be written: a
 * folder, a path whose folder does not exist, or one without permission to write there.
 */
export function checkWritable(paths: readonly string[]): void {
  for (const path of paths) {
    const abs = resolve(path);
    let target: ReturnType<typeof statSync> | undefined;
    try {
      target = statSync(abs);
    } catch {
      // a new file
    }
    if (target?.isDirectory()) throw new UsageError('output-is-folder', { path });
    // A device or pipe is written into; any other file is replaced by a rename in its folder.
    const special = target !== undefined && !target.isFile();
    const folder = dirname(abs);
    if (!special) {
      let isFolder = false;
      try {
        isFolder = statSync(folder).isDirectory();
      } catch {
        // missing
      }
      if (!isFolder) throw new UsageError('output-no-folder', { path, folder: dirname(path) });
    }
    try {
      accessSync(special ? abs : folder, constants.W_OK);
    } catch {
      throw new UsageError('output-not-writable', { path });
    }
  }
}

/**
 * Refuses, before anything is written, a report path that is one of the run's inputs or its
 * config (through links too): a report replaces an earlier report, never a duty file.
 */
export function checkNotInput(paths: readonly string[], inputs: Inputs): void {
  const taken = new Map<string, 'input' | 'config'>();
  for (const f of inputs.files) taken.set(canonical(resolve(inputs.root, f)), 'input');
  if (inputs.config) taken.set(canonical(inputs.config), 'config');
  for (const path of paths) {
    const what = taken.get(canonical(resolve(path)));
    if (what) throw new UsageError(what === 'config' ? 'output-is-config' : 'output-is-input', { path });
  }
}

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
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
