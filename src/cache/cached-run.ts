import type { Scope } from '../analysis/scope.js';
import type { LoadAllOptions } from '../load/load-all.js';
import type { FileResult } from '../load/load-file.js';
import type { FsSource } from '../load/source.js';
import type { MatcherOptions } from '../matching/matcher.js';
import type { Finding } from '../types.js';
import {
  jurisdictionsOfFile, mergeFindings, planIncremental, readState, sizeOf, stateOf, STATE_FILE, updateState, writeState,
  type Analysed, type AnalysisState,
} from './analysis-state.js';
import { CachedFiles, removeOtherVersions } from './cached-load.js';
import { CACHE_FILE } from './file-cache.js';

/** What an incremental run analyses: the dirty scopes, with the whole catalogue's departments and term weights. */
export interface Part {
  jurisdictionOf: ReadonlyMap<string, string>;
  dirty: ReadonlySet<Scope>;
  whole: MatcherOptions['whole'];
}

/** The engine's steps, as a run with the cache calls them. */
export interface EngineSteps {
  stage: <T>(name: string, fn: () => T | Promise<T>) => Promise<T>;
  /** Loads files through `load`, timed as the run's load stage. */
  load: (load: () => Promise<FileResult[]>) => Promise<FileResult[]>;
  /** Everything after loading: of the whole catalogue, or of `part` of it. */
  analyse: (loaded: FileResult[], part?: Part) => Promise<Analysed>;
}

/** What a run gives, with or without the cache. */
export interface RunOutcome {
  analysed: Analysed;
  /** The findings of the whole catalogue: this run's, and for a part, the cached rest's. */
  findings: Finding[];
  size: { departments: number; duties: number; suppressed: number };
  /** Files left out as no duty files, of the whole catalogue. */
  skipped: string[];
  /** When only part was re-linted: how many files it loaded. */
  relinted?: number;
}

/**
 * A run with `--cache` (docs/incremental-lint.md): unchanged files come from the cache, and
 * after an edit only the scopes it can affect are analysed and merged with the cached
 * findings of the rest; with no usable state, the whole catalogue is linted and the state
 * saved for the next run. The findings are those of a run without the cache.
 */
export async function cachedRun(
  steps: EngineSteps, source: FsSource, files: string[], dir: string, version: string, loadOptions: LoadAllOptions,
  /** False when a rule reads the whole catalogue (Rule.reads): then every run is a whole run. */
  incremental: boolean,
): Promise<RunOutcome> {
  const { stage } = steps;
  // Which files changed, and whether this run can re-lint only what they affect.
  const { cached, state, plan } = await stage('cache', async () => {
    const cached = CachedFiles.open(source, files, dir);
    const state = readState(dir, version, cached.storedContents);
    // A state that does not add up costs a whole run, never a wrong answer or a crash.
    const plan = incremental && state ? await planIncremental(state, files, cached).catch(() => undefined) : undefined;
    return { cached, state, plan };
  });
  let outcome: RunOutcome;
  let next: AnalysisState;
  if (state && plan) {
    const loaded = await steps.load(() => cached.load(plan.files, loadOptions));
    const whole = plan.frequencies && state.lexicon ? { frequencies: plan.frequencies, sources: state.lexicon } : undefined;
    const analysed = await steps.analyse(loaded, { jurisdictionOf: state.departments, dirty: plan.dirty, whole });
    next = await stage('cache state', () => updateState(state, plan, analysed));
    outcome = { analysed, findings: mergeFindings(state, plan, analysed.findings), size: sizeOf(next), skipped: next.skipped, relinted: plan.files.length };
  } else {
    const loaded = await steps.load(() => cached.load(files, loadOptions));
    const analysed = await steps.analyse(loaded);
    next = await stage('cache state', () => stateOf(version, files, loaded.map(jurisdictionsOfFile), analysed));
    outcome = { analysed, findings: analysed.findings, size: sizeOf(next), skipped: analysed.skipped };
  }
  // Nothing changed: the state on disk is already this run's.
  const unchanged = plan?.dirty.size === 0;
  await stage('cache save', () => {
    if (!unchanged) writeState(dir, { ...next, contents: cached.contents() });
    cached.save();
    removeOtherVersions(dir, [CACHE_FILE, STATE_FILE]);
  });
  return outcome;
}
