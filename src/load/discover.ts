import { accessSync, constants, lstatSync, readdir, readlinkSync, realpathSync, stat, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { byCodeUnit } from '../compare.js';
import { UsageError } from '../errors.js';
import type { MessageData } from '../types.js';
import { ignoredByGit } from './git.js';
import type { FileResult } from './load-file.js';

export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml'];
export const ALWAYS_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/duty-lint.config.yaml', '**/duty-lint.config.yml'];

export interface DiscoverOptions {
  root: string;
  paths: string[];
  include: string[];
  exclude: string[];
  /** The files under `root` git does not ignore: folder scans keep only these. Undefined outside a git work tree. */
  unignored?: ReadonlySet<string>;
  /** Follow globs and links out of the root and of the folders named (--allow-outside-root). */
  anywhere?: boolean;
}

/**
 * Something a folder scan met and could not lint: a folder it could not read, a link it did
 * not follow, a file that is no regular file. Each becomes a finding at its path, so that no
 * file is left out without a word.
 */
export interface PathProblem {
  /** `/`-separated, relative to the catalogue root. */
  path: string;
  kind: 'folder-unreadable' | 'link-outside-root' | 'link-loop' | 'link-broken' | 'not-regular-file';
  /** What a link points to, as written in it; for an unreadable folder, the error code. */
  detail?: string;
}

export interface Discovered {
  /** `/`-separated paths relative to the catalogue root, sorted. */
  files: string[];
  /** Those named on the command line, or matched there by a glob: linted whatever the include globs say. */
  named: Set<string>;
  /** What folder scans could not lint, sorted by path. */
  problems: PathProblem[];
  /** Symbolic links followed (to files or folders inside the catalogue). */
  links: number;
}

/**
 * The duty files to lint. Folders are searched with the include globs, leaving out what git
 * ignores; a file named explicitly is always linted, and a path that does not exist but is
 * a glob (`'zj/**\/amr.yaml'`, quoted so the shell left it alone) names the files it matches.
 * Links are followed when they stay inside the catalogue root (or the folder named), or
 * anywhere with `anywhere`, and never round a loop.
 */
export async function discoverFiles(opts: DiscoverOptions): Promise<Discovered> {
  const found = new Set<string>();
  const named = new Set<string>();
  const problems = new Map<string, PathProblem>();
  let links = 0;
  const ignore = [...ALWAYS_EXCLUDE, ...opts.exclude];
  const rootReal = realOrSelf(opts.root);
  const take = (scanned: Scan, cwd: string, keep: (file: string) => boolean) => {
    links += scanned.links;
    for (const p of scanned.problems) problems.set(toRel(opts.root, p.path), { ...p, path: toRel(opts.root, p.path) });
    // A folder scan's paths are relative to the root already (resolving each would cost more than the walk).
    const same = cwd === opts.root;
    for (const f of scanned.files) {
      const rel = same ? f : toRel(opts.root, resolve(cwd, f));
      if (keep(rel)) found.add(rel);
    }
  };
  for (const path of opts.paths) {
    const abs = resolve(path);
    const stats = statNamed(path);
    if (!stats) {
      if (!fg.isDynamicPattern(path)) throw new UsageError('path-not-found', { path });
      // A glob on the command line names its files, wherever they are.
      const cwd = process.cwd();
      const scanned = await scan([path], cwd, ALWAYS_EXCLUDE, []);
      if (scanned.files.length === 0 && scanned.problems.length === 0) throw new UsageError('glob-no-match', { pattern: path });
      take(scanned, cwd, () => true);
      for (const f of scanned.files) named.add(toRel(opts.root, resolve(cwd, f)));
      continue;
    }
    if (!stats.isDirectory()) {
      named.add(toRel(opts.root, abs));
      continue;
    }
    const base = toRel(opts.root, abs);
    const prefix = base === '' ? '' : fg.escapePath(base) + '/';
    const scanned = await scan(opts.include.map((p) => prefix + p), opts.root, ignore, opts.anywhere ? [] : [rootReal, realOrSelf(abs)]);
    const { unignored } = opts;
    // git lists a link, not the files under it: those are kept when the link is.
    const linked = scanned.linkedFolders.map((d) => toRel(opts.root, d)).filter((d) => unignored?.has(d));
    take(scanned, opts.root, (rel) => !unignored || unignored.has(rel) || linked.some((d) => rel.startsWith(`${d}/`)));
  }
  for (const f of named) found.add(f);
  // fast-glob walks what git ignores too (a build folder): git is asked about what it met there.
  if (opts.unignored && problems.size > 0) {
    const seen = (p: string) => opts.unignored!.has(p) || [...opts.unignored!].some((f) => f.startsWith(`${p}/`));
    for (const p of ignoredByGit(opts.root, [...problems.keys()].filter((p) => !seen(p)))) problems.delete(p);
  }
  return {
    files: [...found].sort(byCodeUnit), named,
    problems: [...problems.values()].sort((a, b) => byCodeUnit(a.path, b.path)), links,
  };
}

/**
 * A path named on the command line: its stats, or undefined when nothing is there (it may be
 * a glob). A path that is there but cannot be used says why: no permission, a broken link, a
 * link loop, a device or pipe (which would never end, or block).
 */
export function statNamed(path: string): Stats | undefined {
  const abs = resolve(path);
  let stats: Stats;
  try {
    stats = statSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UsageError('path-link-loop', { path });
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError('path-permission-denied', { path });
    const target = linkTarget(abs);
    if (target !== undefined) throw new UsageError('path-broken-link', { path, target });
    return undefined;
  }
  if (!stats.isDirectory() && !stats.isFile()) throw new UsageError('path-not-regular', { path });
  try {
    // A folder must be listed and entered; a file read.
    accessSync(abs, stats.isDirectory() ? constants.R_OK | constants.X_OK : constants.R_OK);
  } catch {
    throw new UsageError('path-permission-denied', { path });
  }
  return stats;
}

/**
 * A problem as the result of loading its path: a yaml-syntax finding at line 1 (as for a
 * file that cannot be read), so that it shows in every report and fails the run.
 */
export function problemResult(problem: PathProblem): FileResult {
  const { path, kind, detail = '' } = problem;
  const denied = kind === 'folder-unreadable' && (detail === 'EACCES' || detail === 'EPERM');
  const data: MessageData = kind === 'folder-unreadable' ? { reason: detail } : { target: detail };
  return {
    file: path, decls: [],
    findings: [{ rule: 'yaml-syntax', messageId: denied ? 'folder-permission-denied' : kind, data, loc: { file: path, doc: 0, pointer: '' }, position: { line: 1, column: 1 } }],
  };
}

export function toRel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/**
 * Of files that are one file reached by several paths (through links), the one to lint: the
 * path that is the file's own, else the first. Linting it twice would report its every id
 * as a duplicate. Returns the files kept and, for each left out, the path kept instead.
 */
export function dedupeLinked(root: string, files: readonly string[]): { files: string[]; replaced: Map<string, string> } {
  const rootReal = realOrSelf(root);
  const byReal = new Map<string, string>();
  const replaced = new Map<string, string>();
  const realOf = (f: string) => realOrSelf(resolve(root, f));
  for (const f of files) {
    const real = realOf(f);
    const kept = byReal.get(real);
    if (kept === undefined) {
      byReal.set(real, f);
      continue;
    }
    const own = (p: string) => resolve(rootReal, p) === real;
    const [keep, drop] = own(f) && !own(kept) ? [f, kept] : [kept, f];
    byReal.set(real, keep);
    replaced.set(drop, keep);
  }
  for (const [drop, keep] of replaced) if (replaced.has(keep)) replaced.set(drop, byReal.get(realOf(keep))!);
  return { files: files.filter((f) => !replaced.has(f)), replaced };
}

/** What one glob walk found. */
interface Scan {
  /** As fast-glob gives them: relative to the walk's `cwd`, `/`-separated. */
  files: string[];
  /** Absolute paths. */
  problems: Array<Omit<PathProblem, 'path'> & { path: string }>;
  links: number;
  /** Folders entered through a link. */
  linkedFolders: string[];
}

type Callback<T> = (err: NodeJS.ErrnoException | null, value?: T) => void;

/**
 * fast-glob over `patterns` from `cwd`, following links whose target lies inside one of
 * `inside` (real paths; empty: anywhere) and never into a folder that holds the link. The
 * walk reads folders and stats links through the functions below, which is where it learns
 * what it could not read or would not follow: fast-glob itself skips such paths silently,
 * or stops the whole walk at an unreadable folder.
 */
async function scan(patterns: string[], cwd: string, ignore: string[], inside: string[]): Promise<Scan> {
  const realDirs = new Map<string, string>();
  /** Folders listed in a folder the walk read: their real path is their parent's and their name. */
  const plainDirs = new Set<string>();
  /** Links to folders, as stat found them. */
  const folderLinks = new Set<string>();
  /** Links to files that lead out of the catalogue: reported if the globs match them. */
  const refused = new Map<string, Omit<PathProblem, 'path'>>();
  /** Links that lead nowhere (broken, or a loop of links): reported unless excluded, as they may have been folders. */
  const dangling = new Map<string, Omit<PathProblem, 'path'>>();
  const problems: Scan['problems'] = [];
  const linkedFolders: string[] = [];
  let links = 0;
  const within = (real: string) => inside.length === 0 || inside.some((r) => real === r || real.startsWith(r + sep));
  const refuse = (path: string, problem: Omit<PathProblem, 'path'>) => {
    const err: NodeJS.ErrnoException = new Error(`${problem.kind}: ${path}`);
    err.code = 'ENOENT';
    refused.set(path, problem);
    return err;
  };
  const fsAdapter = {
    // fast-glob stats a link to learn whether to walk into it or list it as a file.
    stat(path: string, callback: Callback<Stats>) {
      stat(path, (err, stats) => {
        if (err) {
          dangling.set(path, { kind: err.code === 'ELOOP' ? 'link-loop' : 'link-broken', ...detail(linkTarget(path)) });
          callback(err);
        } else if (stats.isDirectory()) {
          folderLinks.add(path);
          callback(null, stats); // judged when the walk enters it
        } else if (!within(realOrSelf(path))) {
          callback(refuse(path, { kind: 'link-outside-root', ...detail(linkTarget(path)) }));
        } else {
          links++;
          callback(null, stats);
        }
      });
    },
    readdir(path: string, options: { withFileTypes: true }, callback: Callback<Dirent[]>) {
      const parent = realDirs.get(dirname(path));
      const plain = parent !== undefined && plainDirs.has(path);
      const real = plain ? join(parent, basename(path)) : realOrSelf(path);
      // Entered through a link (or where a glob starts, which may lie behind one): one that
      // leaves the catalogue or leads back up is not followed.
      if (!plain && !within(real)) {
        problems.push({ path, kind: 'link-outside-root', ...detail(linkTarget(path) ?? real) });
        return callback(null, []);
      }
      if (parent !== undefined && folderLinks.has(path)) {
        for (let at = dirname(path); realDirs.has(at); at = dirname(at)) {
          const r = realDirs.get(at)!;
          if (r === real || r.startsWith(real + sep)) {
            problems.push({ path, kind: 'link-loop', ...detail(linkTarget(path)) });
            return callback(null, []);
          }
        }
        links++;
        linkedFolders.push(path);
      }
      realDirs.set(path, real);
      readdir(path, options, (err, entries) => {
        // An unreadable folder is reported, and the walk goes on with the others.
        if (err && err.code !== 'ENOENT') {
          problems.push({ path, kind: 'folder-unreadable', detail: err.code ?? String(err) });
          return callback(null, []);
        }
        for (const entry of entries ?? []) if (entry.isDirectory()) plainDirs.add(`${path}/${entry.name}`);
        callback(err, entries);
      });
    },
  };
  const entries = await fg(patterns, {
    cwd, ignore, dot: false, unique: true, onlyFiles: false, objectMode: true, followSymbolicLinks: true, fs: fsAdapter as unknown as fg.FileSystemAdapter,
  });
  const files: string[] = [];
  // A glob without wildcards is looked up, not walked to: a link on its way is found here.
  const lookedUp = new Set(patterns.filter((p) => !fg.isDynamicPattern(p)));
  for (const { path, dirent } of entries) {
    if (dirent.isFile() && lookedUp.has(path) && !within(realOrSelf(resolve(cwd, path)))) {
      problems.push({ path: resolve(cwd, path), kind: 'link-outside-root', detail: realOrSelf(resolve(cwd, path)) });
      continue;
    }
    if (dirent.isFile()) {
      files.push(path);
      continue;
    }
    const abs = resolve(cwd, path);
    if (dirent.isSymbolicLink()) problems.push({ path: abs, ...(refused.get(abs) ?? dangling.get(abs) ?? { kind: 'link-broken', ...detail(linkTarget(abs)) }) });
    else if (!dirent.isDirectory()) problems.push({ path: abs, kind: 'not-regular-file' });
    dangling.delete(abs);
  }
  // A dangling link the globs did not match may have been a folder of duty files (a renamed
  // folder): it is reported too, unless excluded or hidden.
  for (const [abs, problem] of dangling) {
    if (basename(abs).startsWith('.')) continue;
    const rel = relative(cwd, abs).split(sep).join('/');
    if (fg.sync(fg.escapePath(rel), { cwd, ignore, onlyFiles: false, followSymbolicLinks: false, dot: true }).length > 0) problems.push({ path: abs, ...problem });
  }
  return { files, problems, links, linkedFolders };
}

function detail(value: string | undefined): { detail?: string } {
  return value === undefined ? {} : { detail: value };
}

/** What a symbolic link points to, as written in it; undefined when the path is no link. */
function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
