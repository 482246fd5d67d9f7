import { execFileSync } from 'node:child_process';
import { UsageError } from '../errors.js';

/**
 * What git knows of a folder, asked of git itself: its own reading of .gitignore files
 * (nested ones, .git/info/exclude, the user's global excludes) is the one users expect, and
 * no re-implementation matches it everywhere.
 */

/** Runs git in `dir`; undefined when git is missing or `dir` is not in a work tree. */
function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
  } catch {
    return undefined;
  }
}

const lines = (out: string) => out.split('\0').filter((l) => l !== '');

/** The top folder of the git work tree `dir` is in, if any. */
export function workTreeOf(dir: string): string | undefined {
  return git(dir, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/**
 * The files under `dir` git does not ignore (tracked, or untracked and not ignored), as
 * `/`-separated paths relative to `dir`; undefined outside a work tree, and when `dir`
 * itself is ignored (a catalogue generated or downloaded into an ignored folder is linted
 * because it was named, as a whole).
 */
export function unignoredFiles(dir: string): Set<string> | undefined {
  if (git(dir, ['check-ignore', '-q', '.']) !== undefined) return undefined;
  const out = git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  return out === undefined ? undefined : new Set(lines(out));
}

/**
 * The files under `dir` that differ from revision `rev`: committed since, staged or not, and
 * untracked ones git does not ignore; `/`-separated, relative to `dir`.
 */
export function changedSince(dir: string, rev: string): Set<string> {
  if (!workTreeOf(dir)) throw new UsageError('not-a-work-tree', { path: dir });
  if (git(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]) === undefined) throw new UsageError('bad-revision', { rev });
  const changed = git(dir, ['diff', '-z', '--name-only', '--relative', rev, '--']) ?? '';
  const untracked = git(dir, ['ls-files', '-z', '--others', '--exclude-standard']) ?? '';
  return new Set([...lines(changed), ...lines(untracked)]);
}

/** Of `paths` (relative to `dir`, `/`-separated), those git ignores; none outside a work tree. */
export function ignoredByGit(dir: string, paths: readonly string[]): Set<string> {
  if (paths.length === 0) return new Set();
  try {
    // check-ignore exits 1 when it ignores none of them.
    const out = execFileSync('git', ['-C', dir, 'check-ignore', '-z', '--stdin'], { input: paths.join('\0'), encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
    return new Set(lines(out));
  } catch {
    return new Set();
  }
}
