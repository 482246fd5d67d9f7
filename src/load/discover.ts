import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { byCodeUnit } from '../compare.js';
import { UsageError } from '../errors.js';

export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml'];
export const ALWAYS_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/duty-lint.config.yaml', '**/duty-lint.config.yml'];

export interface DiscoverOptions {
  root: string;
  paths: string[];
  include: string[];
  exclude: string[];
  /** The files under `root` git does not ignore: folder scans keep only these. Undefined outside a git work tree. */
  unignored?: ReadonlySet<string>;
}

export interface Discovered {
  /** `/`-separated paths relative to the catalogue root, sorted. */
  files: string[];
  /** Those named on the command line, or matched there by a glob: linted whatever the include globs say. */
  named: Set<string>;
}

/**
 * The duty files to lint. Folders are searched with the include globs, leaving out what git
 * ignores; a file named explicitly is always linted, and a path that does not exist but is
 * a glob (`'zj/**\/amr.yaml'`, quoted so the shell left it alone) names the files it matches.
 */
export async function discoverFiles(opts: DiscoverOptions): Promise<Discovered> {
  const found = new Set<string>();
  const named = new Set<string>();
  const ignore = [...ALWAYS_EXCLUDE, ...opts.exclude];
  for (const path of opts.paths) {
    const abs = resolve(path);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      if (!fg.isDynamicPattern(path)) throw new UsageError('path-not-found', { path });
      const matches = await fg(path, { ignore: ALWAYS_EXCLUDE, onlyFiles: true, dot: false, absolute: true });
      if (matches.length === 0) throw new UsageError('glob-no-match', { pattern: path });
      for (const m of matches) named.add(toRel(opts.root, m));
      continue;
    }
    if (!isDir) {
      named.add(toRel(opts.root, abs));
      continue;
    }
    const base = toRel(opts.root, abs);
    const prefix = base === '' ? '' : fg.escapePath(base) + '/';
    const files = await fg(opts.include.map((p) => prefix + p), {
      cwd: opts.root, ignore, onlyFiles: true, dot: false, followSymbolicLinks: false, unique: true,
    });
    for (const f of files) if (!opts.unignored || opts.unignored.has(f)) found.add(f);
  }
  for (const f of named) found.add(f);
  return { files: [...found].sort(byCodeUnit), named };
}

export function toRel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}
