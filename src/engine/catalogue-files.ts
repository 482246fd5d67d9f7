import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';
import { byCodeUnit } from '../compare.js';
import type { ResolvedConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import { dedupeLinked, DEFAULT_INCLUDE, discoverFiles, toRel, type PathProblem } from '../load/discover.js';
import { changedSince, unignoredFiles } from '../load/git.js';
import type { Finding } from '../types.js';

/** The files a run loads, and which of them it reports on. */
export interface CatalogueFiles {
  /** Every file to load, relative to the catalogue root, sorted: the catalogue's, the named ones, the references'. */
  files: string[];
  /** Files named on the command line (or matched there by a glob). */
  named: ReadonlySet<string>;
  /** The files findings are reported on, when not all of the catalogue's (a partial run). */
  focus?: ReadonlySet<string>;
  /** Files of the config's `references:`: read, never reported on. */
  references: ReadonlySet<string>;
  /** What the folder scans could not lint (unreadable folders, links not followed...): reported as findings, in every run. */
  problems?: PathProblem[];
  /** Links the scans followed, and files left out as reached twice through them. */
  links?: { followed: number; duplicates: number };
}

/**
 * Which files a run reads. Inside a catalogue (a config found or given), paths short of its
 * root, or `changedSince`, make a partial run: the whole catalogue is loaded, so references,
 * overlaps and mandates are judged as in a whole run, and the report keeps the findings that
 * touch the files asked for. Without a config, the paths are the catalogue.
 */
export async function catalogueFiles(config: ResolvedConfig, paths: string[], changedSinceRev?: string): Promise<CatalogueFiles> {
  const unignored = unignoredFiles(config.root);
  // The config is no duty file, whatever it is called (--config).
  const own = config.file === undefined ? '' : toRel(config.root, config.file);
  const exclude = own === '' || own.startsWith('../') ? config.exclude : [...config.exclude, fg.escapePath(own)];
  const discover = (at: string[]) => discoverFiles({
    root: config.root, paths: at, include: config.include, exclude, anywhere: config.outsideRoot, ...(unignored ? { unignored } : {}),
  });
  const partial = config.file !== undefined && (changedSinceRev !== undefined || paths.some((p) => resolve(p) !== config.root));
  const asked = await discover(paths);
  const all = partial ? await discover([config.root]) : asked;
  let files = new Set([...all.files, ...asked.files]);
  let named: ReadonlySet<string> = asked.named;
  let focus = partial ? new Set(asked.files) : undefined;
  // A folder named on the command line is linted even where a scan of the root would not follow the link to it.
  const namedPaths = new Set(paths.map((p) => toRel(config.root, resolve(p))));
  const problems = new Map([...all.problems, ...asked.problems].filter((p) => !namedPaths.has(p.path)).map((p) => [p.path, p]));
  // Links followed in the catalogue (a partial run's named paths lie in it too); any at all may reach a file twice.
  let followed = all.links;
  let linked = all.links + asked.links > 0;
  if (changedSinceRev !== undefined) {
    const changed = changedSince(config.root, changedSinceRev);
    focus = new Set([...focus ?? files].filter((f) => changed.has(f)));
  }
  const references = new Set<string>();
  for (const ref of config.references) {
    if (!existsSync(ref)) throw new UsageError('reference-not-found', { path: ref, config: config.file ?? '' });
    const refUnignored = unignoredFiles(ref);
    const found = await discoverFiles({ root: ref, paths: [ref], include: DEFAULT_INCLUDE, exclude: [], ...(refUnignored ? { unignored: refUnignored } : {}) });
    for (const f of found.files) references.add(toRel(config.root, join(ref, f)));
    for (const p of found.problems) {
      const path = toRel(config.root, join(ref, p.path));
      problems.set(path, { ...p, path });
    }
    followed += found.links;
    linked ||= found.links > 0;
  }
  for (const f of references) files.add(f);
  let duplicates = 0;
  if (linked) {
    const { replaced } = dedupeLinked(config.root, [...files].sort(byCodeUnit));
    duplicates = replaced.size;
    const instead = (set: ReadonlySet<string>) => new Set([...set].map((f) => replaced.get(f) ?? f));
    files = new Set([...files].filter((f) => !replaced.has(f)));
    named = instead(named);
    if (focus) focus = instead(focus);
  }
  return {
    files: [...files].sort(byCodeUnit), named, ...(focus ? { focus } : {}), references,
    problems: [...problems.values()].sort((a, b) => byCodeUnit(a.path, b.path)), links: { followed, duplicates },
  };
}

/** Whether a finding is reported: it is on, or names a duty of, a file reported on. */
export function reportedOn(scope: Pick<CatalogueFiles, 'focus' | 'references' | 'problems'>): (f: Finding) => boolean {
  const { focus, references } = scope;
  // What a scan could not lint leaves the analysis short, whichever files are reported on.
  const problems = new Set((scope.problems ?? []).map((p) => p.path));
  if (focus) return (f) => focus.has(f.file) || problems.has(f.file) || (f.related ?? []).some((r) => focus.has(r.file));
  return (f) => !references.has(f.file);
}
