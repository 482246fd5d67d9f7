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
}

/**
 * The duty files to lint, as `/`-separated paths relative to the catalogue root, sorted.
 * Folders are searched with the include globs; a file named explicitly is always linted.
 */
export async function discoverFiles(opts: DiscoverOptions): Promise<string[]> {
  const found = new Set<string>();
  const ignore = [...ALWAYS_EXCLUDE, ...opts.exclude];
  for (const path of opts.paths) {
    const abs = resolve(path);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      throw new UsageError('path-not-found', { path });
    }
    if (!isDir) {
      found.add(toRel(opts.root, abs));
      continue;
    }
    const base = toRel(opts.root, abs);
    const prefix = base === '' ? '' : fg.escapePath(base) + '/';
    const files = await fg(opts.include.map((p) => prefix + p), {
      cwd: opts.root, ignore, onlyFiles: true, dot: false, followSymbolicLinks: false, unique: true,
    });
    for (const f of files) found.add(f);
  }
  return [...found].sort(byCodeUnit);
}

function toRel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}
