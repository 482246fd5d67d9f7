import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import fg from 'fast-glob';
import { byCodeUnit } from '../compare.js';
import { cacheVersion } from '../cache/cached-load.js';
import type { Analysed } from '../cache/analysis-state.js';
import { catalogueFiles, reportedOn, type CatalogueFiles } from './catalogue-files.js';
import { cachedRun, type EngineSteps, type Part, type RunOutcome } from '../cache/cached-run.js';
import { scopeOf, type Scope } from '../analysis/scope.js';
import { AnalysisContext } from '../analysis/context.js';
import { MatchThread } from '../matching/thread.js';
import { defaultConfig, findConfig, loadConfig, type ResolvedConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import { finalizeFindings } from '../findings/finalize.js';
import { summarize, type Summary } from '../findings/summary.js';
import { buildGraph, type DutyGraph } from '../graph/graph.js';
import { encodingExists } from '../load/decode.js';
import { loadAll, WORKER_THRESHOLD } from '../load/load-all.js';
import { emptyLoadWork, type FileResult } from '../load/load-file.js';
import { problemResult, statNamed } from '../load/discover.js';
import { FsSource, MemorySource } from '../load/source.js';
import { RULES } from '../rules/index.js';
import type { Analysis, Rule } from '../rules/rule.js';
import type { Declaration, Finding, Lang, RawFinding, SeveritySetting } from '../types.js';

export const CACHE_DIR = '.duty-lint-cache';

export interface LintOptions {
  /** Files and folders to lint (default: the current folder). */
  paths?: string[];
  /** A config file; without it, one is searched upwards from the first path. */
  config?: string;
  /** Severity overrides by rule id, applied over the config. */
  rules?: Record<string, SeveritySetting>;
  lang?: Lang;
  /**
   * What files that are not UTF-8 are in (gb18030, utf-16le…), over the config's `encoding`:
   * they are read with it instead of reported. UTF-8 files are read as UTF-8 whatever it says.
   */
  encoding?: string;
  /** The language when neither `lang` nor the config sets one (the CLI passes the locale's). */
  defaultLang?: Lang;
  /** The largest file read, in bytes, over the config's `max_file_size` (default 10 MB): a larger one is reported, not read. */
  maxFileSize?: number;
  /** Accept `include`, `exclude` and `ignore` globs in the config that reach out of the catalogue root. */
  allowOutsideRoot?: boolean;
  /**
   * Keep loaded files and findings in a cache keyed by content: `true` for `.duty-lint-cache/`
   * at the catalogue root, or a folder. Unchanged files are not parsed again, and after an
   * edit only the jurisdictions it can affect are analysed (docs/incremental-lint.md); the
   * findings are those of a run without the cache, but `graph` and `context` then hold only
   * what was analysed.
   */
  cache?: boolean | string;
  /** Told of each stage as it starts, for progress displays. */
  onStage?: (stage: string) => void;
  /** Told of files loaded so far (approximately, when workers share the load). */
  onFiles?: (done: number, total: number) => void;
  /** Threads to use in all, the main one included (default: the machine's cores). */
  threads?: number;
  /**
   * Rules of the program's own, run after duty-lint's, each declared as theirs are (Rule:
   * id, default severity, description, messages, needs, check). Their severity is set with
   * `rules`; a config file names only duty-lint's rules.
   */
  extraRules?: readonly Rule[];
  /**
   * Texts to lint instead of files on disk: YAML by path (`zj/amr.yaml`), as a program or an
   * editor holds them. Then `paths`, the config file search and `cache` are not used; the
   * config is the default one with `rules` applied.
   */
  texts?: Readonly<Record<string, string>>;
  /**
   * Run these shared analyses and no rule (`duty-lint graph` needs the mandates, not the
   * findings). The findings are then only those of loading (yaml-syntax, schema).
   */
  analysesOnly?: readonly Analysis[];
  /**
   * Report only the findings that touch files changed since this git revision (committed,
   * staged or not, and untracked ones git does not ignore), of the whole catalogue's.
   */
  changedSince?: string;
  /**
   * With `cache`: analyse the whole catalogue even when an edit could be re-linted alone,
   * so that `graph` and `context` hold all of it (reports that show the catalogue need that).
   */
  whole?: boolean;
}

export interface StageTiming {
  stage: string;
  ms: number;
  /**
   * Set on the steps of a stage (`load:parse`...): their time is summed over files and
   * threads, so with workers the steps add up to more than the stage's wall time.
   */
  within?: string;
  /** Set on a step that ran on a second thread, beside the main thread's stages. */
  beside?: boolean;
}

export interface LintResult {
  root: string;
  config: ResolvedConfig;
  /** The rules of this run: duty-lint's, then `extraRules`. */
  rules: readonly Rule[];
  lang: Lang;
  files: string[];
  graph: DutyGraph;
  /** The analysis behind the findings: inferred mandates and matches, for the graph export. */
  context: AnalysisContext;
  /**
   * The files the findings are about: all the catalogue's, or in a partial run the files
   * asked for (LintOptions.paths inside a catalogue, `changedSince`). Never `references:`.
   */
  reportedFiles: string[];
  /** Files that declare no department or division (a docker-compose.yaml): left out. */
  skipped: string[];
  /** Of those, the ones named on the command line, which the user would expect linted. */
  skippedNamed: string[];
  /** The shared analyses this run worked out (what `context` can answer without more work). */
  analyses: Analysis[];
  findings: Finding[];
  summary: Summary;
  timings: StageTiming[];
  /** With `cache`: how many files this run loaded and analysed, when it re-linted only what an edit can affect. */
  relinted?: number;
  /** What the folder scans met: links followed, files reached twice through links (linted once), and paths reported as not linted. */
  discovery: { linksFollowed: number; linkedDuplicates: number; notLinted: number };
}

/** Lints a catalogue: discover, load, build the graph, run every enabled rule, settle findings. */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const timings: StageTiming[] = [];
  const stage = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    options.onStage?.(name);
    const start = performance.now();
    const value = await fn();
    timings.push({ stage: name, ms: performance.now() - start });
    return value;
  };

  const paths = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  const rules = [...RULES, ...(options.extraRules ?? [])];
  const config = options.texts ? defaultConfig(process.cwd()) : resolveConfig(paths, options);
  addRules(config, options, rules);
  const lang: Lang = options.lang ?? config.lang ?? options.defaultLang ?? 'en';
  const texts = options.texts;
  const catalogue: CatalogueFiles = await stage('discover', () => (texts
    ? { files: Object.keys(texts).sort(byCodeUnit), named: new Set(Object.keys(texts)), references: new Set<string>() }
    : catalogueFiles(config, paths, options.changedSince)));
  const { files } = catalogue;
  // As ESLint: linting nothing is a mistake (a wrong folder, a glob that matches nothing).
  if (files.length === 0 && !catalogue.problems?.length) throw new UsageError('no-files', { paths: paths.join(' '), include: config.include });
  const encoding = options.encoding ?? config.encoding;
  if (options.encoding !== undefined && !encodingExists(options.encoding)) throw new UsageError('unknown-encoding', { encoding: options.encoding });
  const source = texts ? new MemorySource(texts) : new FsSource(config.root, encoding, options.maxFileSize ?? config.maxFileSize);
  const threads = options.threads ?? availableParallelism();
  const loadOptions = { threads, ...(options.onFiles ? { onProgress: options.onFiles } : {}) };
  const cacheDir = typeof options.cache === 'string' ? resolve(options.cache) : join(config.root, CACHE_DIR);
  const work = emptyLoadWork();
  // The rules that run, in FORMAT.md's order, and the shared analyses they declare they need.
  const enabled = rules.filter((r) => config.rules.get(r.id)?.severity !== 'off' && r.check);
  const active = options.analysesOnly ? [] : enabled;
  const needed = (analysis: Analysis) => options.analysesOnly?.includes(analysis) ?? active.some((r) => r.needs.includes(analysis));
  const matching = needed('same-duty-pairs') || needed('mandates');
  // Large catalogues share the matching work with a second thread, started now so that it
  // loads its dictionary while the files load.
  const thread = matching && threads > 1 && files.length >= WORKER_THRESHOLD ? MatchThread.start() : undefined;
  const severities = new Map([...config.rules].map(([id, s]) => [id, s.severity]));
  // The cache is keyed on the rules' ids and settings, not on their code: a program that
  // changes a rule of its own without renaming it should not use --cache.
  const problems = (catalogue.problems ?? []).map(problemResult);
  // What the scans could not lint, and the size limit, change findings no file's content shows.
  const runKey = JSON.stringify({
    lang, rules: [...config.rules], matching: config.matching, maxFileSize: source instanceof FsSource ? source.maxFileSize : 0,
    problems: catalogue.problems ?? [],
  });

  /** Everything after loading, on some or all of the files: the graph, the rules, settled findings. */
  const analyse = async (all: FileResult[], part?: Part): Promise<Analysed> => {
    // YAML that is no duty file (a docker-compose.yaml a pre-commit hook passes on) is left out, unless the config's include names it.
    const isSkipped = (r: FileResult) => r.notDuty === true && !config.explicitInclude;
    const loaded = all.filter((r) => !isSkipped(r));
    const raw: RawFinding[] = [];
    for (const f of [...loaded, ...problems]) for (const finding of f.findings) raw.push(finding);
    const graph = await stage('graph', () => buildGraph(loaded.flatMap((f): Declaration[] => f.decls)));
    const context = new AnalysisContext(graph, config.matching, part && { only: part.dirty, whole: part.whole });
    // The shared matching work gets stages of its own, so rule timings show the rules' own cost.
    if (matching) await stage('text terms', () => context.buildMatcher(thread));
    if (needed('same-duty-pairs')) {
      // At the lowest threshold of the enabled rules that read them, which serves them all.
      const thresholds = enabled.filter((r) => r.needs.includes('same-duty-pairs')).map((r) => config.rules.get(r.id)?.threshold ?? config.matching.threshold);
      await stage('same-duty pairs', () => context.sameDutyPairs(thresholds.length > 0 ? Math.min(...thresholds) : config.matching.threshold));
    }

    const runRule = async (rule: Rule) => {
      const found = await stage(`rule:${rule.id}`, () => rule.check!(context, config.rules.get(rule.id)!));
      for (const f of found) raw.push(f);
    };
    // Mandate inference runs on the second thread while the rules that do not need it run.
    for (const rule of active) if (!rule.needs.includes('mandates')) await runRule(rule);
    if (needed('mandates')) await stage('mandate inference', () => context.mandates);
    for (const rule of active) if (rule.needs.includes('mandates')) await runRule(rule);
    const jurisdictionOf = part?.jurisdictionOf ?? new Map(graph.departments.map((d) => [d.id, d.jurisdiction]));
    const scope = (r: RawFinding) => scopeOf({ department: r.department, file: r.loc.file }, jurisdictionOf);
    // A part is analysed for its dirty scopes' findings; the others' come from the cache.
    const wanted = part ? raw.filter((r) => part.dirty.has(scope(r))) : raw;
    const suppressedIn = new Map<Scope, number>();
    const settled = await stage('findings', () => finalizeFindings(wanted, {
      severities, lang, graph, source, extraRules: rules.slice(RULES.length),
      onSuppressed: (r) => suppressedIn.set(scope(r), (suppressedIn.get(scope(r)) ?? 0) + 1),
    }));
    return { graph, context, findings: settled.findings, jurisdictionOf, suppressedIn, skipped: all.filter(isSkipped).map((r) => r.file) };
  };

  const steps: EngineSteps = {
    stage,
    load: async (load) => {
      const loaded = await stage('load', load);
      for (const [step, ms] of Object.entries(work)) timings.push({ stage: `load:${step}`, ms, within: 'load' });
      return loaded;
    },
    analyse,
  };
  let run: RunOutcome;
  try {
    if (options.cache && source instanceof FsSource) {
      // An edit re-lints what the rules' findings read (Rule.reads): the cache follows links
      // between governments (targetsOf), not what a rule reads across the whole catalogue.
      const incremental = !options.whole && active.every((r) => r.reads !== 'catalogue');
      run = await cachedRun(steps, source, files, cacheDir, `${cacheVersion()} ${runKey}`, { ...loadOptions, work }, incremental);
    } else {
      const analysed = await analyse(await steps.load(() => loadAll(source, files, { ...loadOptions, work })));
      run = { analysed, findings: analysed.findings, size: sizeOfRun(analysed), skipped: analysed.skipped };
    }
  } finally {
    thread?.close();
  }

  const reported = reportedOn(catalogue);
  const findings = run.findings.filter(reported);
  const skipped = new Set(run.skipped);
  const reportedFiles = files.filter((f) => (catalogue.focus ? catalogue.focus.has(f) : !catalogue.references.has(f)) && !skipped.has(f));
  return {
    root: config.root,
    config,
    rules,
    lang,
    files,
    reportedFiles,
    skipped: run.skipped,
    skippedNamed: run.skipped.filter((f) => catalogue.named.has(f)),
    graph: run.analysed.graph,
    context: run.analysed.context,
    analyses: (['same-duty-pairs', 'mandates'] as const).filter(needed),
    findings,
    summary: summarize(findings, { files: reportedFiles.length, ...run.size }),
    timings,
    ...(run.relinted !== undefined ? { relinted: run.relinted } : {}),
    discovery: { linksFollowed: catalogue.links?.followed ?? 0, linkedDuplicates: catalogue.links?.duplicates ?? 0, notLinted: problems.length },
  };
}

/** The catalogue's size as the summary counts it, from a run over all of it. */
function sizeOfRun({ graph, suppressedIn }: Analysed): { departments: number; duties: number; suppressed: number } {
  let suppressed = 0;
  for (const n of suppressedIn.values()) suppressed += n;
  return { departments: graph.departments.length, duties: graph.duties.length, suppressed };
}

/** The folder a path starts the config search from: itself, its folder, or for a glob the folder before its first wildcard. */
function startOf(path: string): string {
  const stats = statNamed(path);
  if (stats) return stats.isDirectory() ? resolve(path) : dirname(resolve(path));
  if (!fg.isDynamicPattern(path)) throw new UsageError('path-not-found', { path });
  const fixed = path.split('/');
  return resolve(fixed.slice(0, fixed.findIndex((part) => fg.isDynamicPattern(part))).join('/') || '.');
}

function resolveConfig(paths: string[], options: LintOptions): ResolvedConfig {
  const start = startOf(paths[0]!);
  const file = options.config ? resolve(options.config) : findConfig(start);
  const config = file ? loadConfig(file, { allowOutsideRoot: options.allowOutsideRoot ?? false }) : defaultConfig(start);
  // An explicit --config does not move the catalogue root away from the linted folder.
  if (options.config) config.root = start;
  config.outsideRoot = options.allowOutsideRoot ?? false;
  return config;
}

/** The program's own rules at their default severities, then the caller's severities. */
function addRules(config: ResolvedConfig, options: LintOptions, rules: readonly Rule[]): void {
  for (const rule of rules.slice(RULES.length)) {
    if (config.rules.has(rule.id)) throw new UsageError('duplicate-rule', { rule: rule.id });
    config.rules.set(rule.id, { severity: rule.defaultSeverity });
  }
  for (const [id, severity] of Object.entries(options.rules ?? {})) {
    if (!config.rules.has(id)) throw new UsageError('unknown-rule', { rule: id, rules: [...config.rules.keys()].join(', ') });
    config.rules.set(id, { ...config.rules.get(id)!, severity });
  }
}
