import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { byCodeUnit } from '../compare.js';
import type { ResolvedConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import { DEFAULT_INCLUDE, discoverFiles, toRel } from '../load/discover.js';
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
}

/**
 * Which files a run reads. Inside a catalogue (a config found or given), paths short of its
 * root, or `changedSince`, make a partial run: the whole catalogue is loaded, so references,
 * overlaps and mandates are judged as in a whole run, and the report keeps the findings that
 * touch the files asked for. Without a config, the paths are the catalogue.
 */
export async function catalogueFiles(config: ResolvedConfig, paths: string[], changedSinceRev?: string): Promise<CatalogueFiles> {
  const unignored = unignoredFiles(config.root);
  const discover = (at: string[]) => discoverFiles({ root: config.root, paths: at, include: config.include, exclude: config.exclude, ...(unignored ? { unignored } : {}) });
  const partial = config.file !== undefined && (changedSinceRev !== undefined || paths.some((p) => resolve(p) !== config.root));
  const asked = await discover(paths);
  const all = partial ? await discover([config.root]) : asked;
  const files = new Set([...all.files, ...asked.files]);
  let focus = partial ? new Set(asked.files) : undefined;
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
  }
  for (const f of references) files.add(f);
  return { files: [...files].sort(byCodeUnit), named: asked.named, ...(focus ? { focus } : {}), references };
}

/** Whether a finding is reported: it is on, or names a duty of, a file reported on. */
export function reportedOn(scope: Pick<CatalogueFiles, 'focus' | 'references'>): (f: Finding) => boolean {
  const { focus, references } = scope;
  if (focus) return (f) => focus.has(f.file) || (f.related ?? []).some((r) => focus.has(r.file));
  return (f) => !references.has(f.file);
}
