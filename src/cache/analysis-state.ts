import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileScope, scopeOf, targetsOf, type Scope } from '../analysis/scope.js';
import { byCodeUnit } from '../compare.js';
import { compareFindings } from '../findings/finalize.js';
import type { AnalysisContext } from '../analysis/context.js';
import type { DutyGraph } from '../graph/graph.js';
import type { FileResult } from '../load/load-file.js';
import { buildLexicon, dutyClauses, frameCarriers, type LexiconSources } from '../matching/lexicon.js';
import { definedAbbreviations } from '../text/lexicon/synonyms.js';
import { countInGovernment, roundedRarity, type WholeFrequencies } from '../matching/weights.js';
import { normalizeText } from '../text/normalize.js';
import { Segmenter } from '../text/segment.js';
import { TermAnalyzer } from '../text/terms.js';
import type { DepartmentDecl, Finding } from '../types.js';
import type { CachedFiles } from './cached-load.js';
import { writeQuietly } from './write-quietly.js';

export const STATE_FILE = 'analysis.v1.json';

/** What the state keeps of one jurisdiction (AnalysisState.jurisdictions). */
export interface JurisdictionRecord {
  targets: string[];
  terms: string;
  counts: string;
  clauses: Array<[string, number]>;
}

/**
 * What the last run found, kept beside the file cache so that the next run can re-lint
 * only the jurisdictions an edit can affect (docs/incremental-lint.md). Whatever is keyed
 * by an id of the catalogue's is a Map: an id may be any string (`constructor`, `__proto__`),
 * which an object would confuse with its prototype's properties.
 */
export interface AnalysisState {
  /** cacheVersion, config and language: findings are rendered and judged by them. */
  version: string;
  /** The files' cache this state was computed beside (FileCache.contents). */
  contents: string;
  files: string[];
  /** Per file, in `files` order: the jurisdictions of its departments and divisions. */
  fileJurisdictions: string[][];
  /** Every department's jurisdiction. */
  departments: Map<string, string>;
  duties: number;
  /** A department or division id defined twice: which one counts depends on other files, so such a catalogue is always linted whole. */
  duplicates: boolean;
  /** Per term, over the whole catalogue: departments using it, and departments of the governments using it (TermShares); null when no rule matched texts. */
  frequencies: { shares: Array<[string, number, number]> } | null;
  /** What the matcher's vocabulary was built from: the same for every part of the catalogue. */
  lexicon: LexiconSources | null;
  /**
   * Per jurisdiction: the jurisdictions its findings read (targetsOf), its duties' term
   * codes, ascending, as float64 in base64 (one string parses far faster than many
   * numbers), and how many of its departments use each, as uint16 in base64, in that order;
   * and the clauses two or more of its departments carry, with how many do: whether a clause
   * is a frame (genericClauses) moves with them.
   */
  jurisdictions: Map<string, JurisdictionRecord>;
  findings: Map<Scope, Finding[]>;
  suppressed: Map<Scope, number>;
  /** Files left out as no duty files (Analysed.skipped), sorted. */
  skipped: string[];
}

/** The state as JSON keeps it: its maps as objects (JSON.parse makes even a `__proto__` key an own property). */
type StoredState = Omit<AnalysisState, 'departments' | 'jurisdictions' | 'findings' | 'suppressed'> & {
  departments: Record<string, string>;
  jurisdictions: Record<string, JurisdictionRecord>;
  findings: Record<Scope, Finding[]>;
  suppressed: Record<Scope, number>;
};

/**
 * The state of the last run, if it was written by this version with this config, beside the
 * files' cache as it is (`contents`), and looks whole.
 */
export function readState(dir: string, version: string, contents: string): AnalysisState | undefined {
  try {
    const state = JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8')) as StoredState;
    const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    const whole = state?.version === version && state.contents === contents && Array.isArray(state.files) && Array.isArray(state.fileJurisdictions) &&
      state.fileJurisdictions.length === state.files.length && typeof state.duties === 'number' &&
      [state.departments, state.jurisdictions, state.findings, state.suppressed].every(isRecord) &&
      (state.frequencies === null || Array.isArray(state.frequencies?.shares)) &&
      (state.lexicon === null || (Array.isArray(state.lexicon?.names) && Array.isArray(state.lexicon.defined))) &&
      Object.values(state.jurisdictions).every((j) => typeof j?.counts === 'string' && Array.isArray(j.clauses)) &&
      Object.values(state.findings).every(Array.isArray);
    if (!whole) return undefined;
    return {
      ...state,
      departments: new Map(Object.entries(state.departments)),
      jurisdictions: new Map(Object.entries(state.jurisdictions)),
      findings: new Map(Object.entries(state.findings)),
      suppressed: new Map(Object.entries(state.suppressed)),
    };
  } catch {
    return undefined;
  }
}

export function writeState(dir: string, state: AnalysisState): void {
  // Object.fromEntries defines properties, so a `__proto__` key stays a key.
  const stored: StoredState = {
    ...state,
    departments: Object.fromEntries(state.departments),
    jurisdictions: Object.fromEntries(state.jurisdictions),
    findings: Object.fromEntries(state.findings),
    suppressed: Object.fromEntries(state.suppressed),
  };
  writeQuietly(dir, STATE_FILE, JSON.stringify(stored));
}

/** What a run analysed: its graph and findings, with the scopes they belong to. */
export interface Analysed {
  graph: DutyGraph;
  context: AnalysisContext;
  /** Settled findings: of every scope, or of the plan's dirty scopes for an incremental run. */
  findings: Finding[];
  /** Every department's jurisdiction, in the whole catalogue. */
  jurisdictionOf: ReadonlyMap<string, string>;
  /** Findings accepted by `ignore` entries, by scope. */
  suppressedIn: ReadonlyMap<Scope, number>;
  /** Files loaded that proved to be no duty files (FileResult.notDuty), left out. */
  skipped: string[];
}

/** The state after linting the whole catalogue. */
export function stateOf(version: string, files: string[], fileJurisdictions: string[][], run: Analysed): AnalysisState {
  const { graph, context, jurisdictionOf } = run;
  const matcher = context.builtMatcher;
  const state: AnalysisState = {
    version,
    contents: '',
    files,
    fileJurisdictions,
    departments: new Map(jurisdictionOf),
    duties: graph.duties.length,
    duplicates: graph.duplicates.some((d) => d.kind !== 'duty'),
    frequencies: matcher ? sharesRecord(matcher.whole) : null,
    lexicon: matcher?.sources ?? null,
    jurisdictions: jurisdictionRecords(graph, context, jurisdictionOf),
    findings: new Map(),
    suppressed: new Map(),
    skipped: run.skipped,
  };
  record(state, run);
  return state;
}

/** The state after an incremental run: its dirty scopes replaced. */
export function updateState(state: AnalysisState, plan: IncrementalPlan, run: Analysed): AnalysisState {
  const loaded = new Set(plan.files);
  const clean = <T>(byScope: ReadonlyMap<Scope, T>) => new Map([...byScope].filter(([scope]) => !plan.dirty.has(scope)));
  const updated: AnalysisState = {
    ...state,
    frequencies: plan.frequencies ? sharesRecord(plan.frequencies) : null,
    jurisdictions: new Map([...state.jurisdictions, ...jurisdictionRecords(run.graph, run.context, run.jurisdictionOf, plan.dirty)]),
    findings: clean(state.findings),
    suppressed: clean(state.suppressed),
    // Files this run loaded say for themselves; the others are as they were.
    skipped: [...state.skipped.filter((f) => !loaded.has(f)), ...run.skipped].sort(byCodeUnit),
  };
  record(updated, run);
  return updated;
}

/** An incremental run's findings with those of every other scope, in report order. */
export function mergeFindings(state: AnalysisState, plan: IncrementalPlan, fresh: Finding[]): Finding[] {
  const all = [...fresh];
  for (const [scope, list] of state.findings) if (!plan.dirty.has(scope)) for (const f of list) all.push(f);
  return all.sort(compareFindings);
}

/** The catalogue's size as the summary counts it, from the state. */
export function sizeOf(state: AnalysisState): { departments: number; duties: number; suppressed: number } {
  let suppressed = 0;
  for (const n of state.suppressed.values()) suppressed += n;
  return { departments: state.departments.size, duties: state.duties, suppressed };
}

function record(state: AnalysisState, run: Analysed): void {
  for (const f of run.findings) {
    const scope = scopeOf(f, run.jurisdictionOf);
    const list = state.findings.get(scope);
    if (list) list.push(f);
    else state.findings.set(scope, [f]);
  }
  for (const [scope, n] of run.suppressedIn) state.suppressed.set(scope, n);
}

function sharesRecord(whole: WholeFrequencies): NonNullable<AnalysisState['frequencies']> {
  return { shares: [...whole.shares].map(([term, [held, seats]]) => [term, held, seats]) };
}

/** The part of an analysed graph the state keeps per jurisdiction. */
function jurisdictionRecords(
  graph: DutyGraph, context: AnalysisContext, jurisdictionOf: ReadonlyMap<string, string>, only?: ReadonlySet<string>,
): Map<string, JurisdictionRecord> {
  const targets = targetsOf([...graph.departments, ...graph.divisions], jurisdictionOf);
  const matcher = context.builtMatcher;
  const out = new Map<string, JurisdictionRecord>();
  const codes = matcher ? matcher.state.sets.vocab.map(termCode) : [];
  const scratch = { seen: new Int32Array(codes.length), counts: new Int32Array(codes.length), stamp: 0 };
  for (const [j, depts] of graph.jurisdictions) {
    if (only && !only.has(j)) continue;
    const pairs: Array<[number, number]> = [];
    if (matcher) countInGovernment(depts, matcher.distinct.textOf, matcher.state.sets.all, scratch, (t, n) => pairs.push([codes[t]!, n]));
    pairs.sort((x, y) => x[0] - y[0]);
    const carriers = new Map<string, number>();
    for (const dept of depts) for (const key of departmentClauses(dept.duties)) carriers.set(key, (carriers.get(key) ?? 0) + 1);
    out.set(j, {
      targets: [...(targets.get(j) ?? [])].sort(),
      terms: Buffer.from(Float64Array.from(pairs, (p) => p[0]).buffer).toString('base64'),
      counts: Buffer.from(Uint16Array.from(pairs, (p) => Math.min(p[1], 0xffff)).buffer).toString('base64'),
      clauses: [...carriers].filter(([, n]) => n >= 2).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
    });
  }
  for (const div of graph.divisions) {
    if ((only && !only.has(div.jurisdiction)) || out.has(div.jurisdiction)) continue;
    out.set(div.jurisdiction, { targets: [...(targets.get(div.jurisdiction) ?? [])].sort(), terms: '', counts: '', clauses: [] });
  }
  return out;
}

/** The clauses a department's duties carry, each once (a duty id defined twice counts once). */
function departmentClauses(duties: ReadonlyArray<{ id: string; title: string; detail?: string }>): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<string>();
  for (const duty of duties) {
    if (seen.has(duty.id)) continue;
    seen.add(duty.id);
    for (const key of dutyClauses(duty.title, duty.detail)) keys.add(key);
  }
  return keys;
}

/** A term as a number for the state's per-jurisdiction lists: 52 bits of two FNV-1a lanes, collisions out of practical reach. */
function termCode(term: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1 * 0x100000 + (h2 & 0xfffff);
}

export function jurisdictionsOfFile(r: FileResult): string[] {
  return [...new Set(r.decls.map((d) => d.jurisdiction))].sort();
}

/** What an incremental run re-lints. */
export interface IncrementalPlan {
  /** The files to load: those of the dirty jurisdictions and of the jurisdictions they read. */
  files: string[];
  /** Scopes whose findings are recomputed; every other scope's come from the state. */
  dirty: Set<Scope>;
  frequencies: WholeFrequencies | undefined;
}

/**
 * Plans an incremental run, or returns undefined when the catalogue must be linted whole:
 * files were added, removed or renamed; an id is defined twice; an edit touches a division;
 * or an edit adds, removes, renames or moves a department or duty. Within those limits an
 * edit changes only texts and fields, so every id resolves as before and the duty count,
 * which weights depend on, stays.
 */
export async function planIncremental(state: AnalysisState, files: string[], cached: CachedFiles): Promise<IncrementalPlan | undefined> {
  if (state.duplicates || state.files.length !== files.length || state.files.some((f, i) => f !== files[i])) return undefined;
  const changed = cached.changed;
  const now = await cached.load(changed);
  const before: FileResult[] = [];
  for (const file of changed) {
    const old = cached.previous(file);
    if (!old) return undefined;
    before.push(old);
  }
  for (let i = 0; i < changed.length; i++) {
    if (hasDivision(before[i]!) || hasDivision(now[i]!) || shape(before[i]!) !== shape(now[i]!)) return undefined;
  }

  if (movesFrames(state, departments(before), departments(now))) return undefined;

  const dirty = new Set<Scope>(changed.map(fileScope));
  for (const r of [...before, ...now]) for (const j of jurisdictionsOfFile(r)) dirty.add(j);
  let frequencies: WholeFrequencies | undefined;
  if (state.frequencies && state.lexicon) {
    // The vocabulary is the same only if the texts define the same abbreviations as before.
    const defined = (results: FileResult[]) => JSON.stringify(definedAbbreviations(departments(results).flatMap((d) => d.duties.flatMap((duty) => [duty.title, duty.detail ?? '']))));
    if (defined(before) !== defined(now)) return undefined;
    const analyzer = analyzerOf(state.lexicon);
    const termsOf = (dept: DepartmentDecl) => {
      const terms = new Set<string>();
      const seen = new Set<string>();
      for (const duty of dept.duties) {
        if (seen.has(duty.id)) continue;
        seen.add(duty.id);
        for (const text of [duty.title, duty.detail ?? '']) for (const t of analyzer.analyse(normalizeText(text)).terms) terms.add(t);
      }
      return terms;
    };
    // How many departments of each government use a term moves by the edited departments, old terms out, new in.
    const delta = new Map<string, Map<string, number>>();
    const move = (j: string, term: string, by: number) => {
      const m = delta.get(j) ?? delta.set(j, new Map()).get(j)!;
      m.set(term, (m.get(term) ?? 0) + by);
    };
    const was = new Map(departments(before).map((d) => [d.id, termsOf(d)]));
    for (const dept of departments(now)) {
      const old = was.get(dept.id) ?? new Set<string>();
      const fresh = termsOf(dept);
      for (const t of fresh) if (!old.has(t)) move(dept.jurisdiction, t, 1);
      for (const t of old) if (!fresh.has(t)) move(dept.jurisdiction, t, -1);
    }
    const size = new Map<string, number>();
    for (const j of state.departments.values()) size.set(j, (size.get(j) ?? 0) + 1);
    const shares = new Map(state.frequencies.shares.map(([term, held, seats]) => [term, [held, seats] as const]));
    const reweighed: number[] = [];
    for (const [j, terms] of delta) {
      const record = state.jurisdictions.get(j);
      const codes = record ? decodeFloats(record.terms) : new Float64Array(0);
      const counts = record ? decodeUint16(record.counts) : new Uint16Array(0);
      for (const [term, by] of terms) {
        if (by === 0) continue;
        const code = termCode(term);
        const at = indexOfSorted(codes, code);
        const had = at < 0 ? 0 : counts[at]!;
        const has = had + by;
        const [held, seats] = shares.get(term) ?? [0, 0];
        const next = [held + by, seats + (had === 0 && has > 0 ? size.get(j)! : had > 0 && has === 0 ? -size.get(j)! : 0)] as const;
        if (held === 0 || next[0] <= 0 || roundedRarity(held, seats) !== roundedRarity(next[0], next[1])) reweighed.push(code);
        if (next[0] > 0) shares.set(term, next);
        else shares.delete(term);
      }
    }
    for (const [j, { terms }] of reweighed.length > 0 ? state.jurisdictions : []) {
      const sorted = decodeFloats(terms);
      if (reweighed.some((c) => indexOfSorted(sorted, c) >= 0)) dirty.add(j);
    }
    frequencies = { shares };
  }

  // A jurisdiction's findings read its targets: one that reads a changed jurisdiction is dirty
  // too (not one that reads a jurisdiction made dirty only by this rule).
  const changedScopes = new Set(dirty);
  for (const [j, { targets }] of state.jurisdictions) {
    if (targets.some((t) => changedScopes.has(t))) dirty.add(j);
  }
  const load = new Set<string>(dirty);
  for (const j of dirty) for (const t of state.jurisdictions.get(j)?.targets ?? []) load.add(t);
  // An edit may name departments of jurisdictions the file did not read before.
  const jurisdictionOf = state.departments;
  for (const targets of targetsOf(now.flatMap((r) => r.decls), jurisdictionOf).values()) for (const t of targets) load.add(t);
  const subset = files.filter((f, i) => changed.includes(f) || state.fileJurisdictions[i]!.some((j) => load.has(j)));
  return { files: subset, dirty, frequencies };
}

function departments(r: FileResult | FileResult[]): DepartmentDecl[] {
  return (Array.isArray(r) ? r.flatMap((x) => x.decls) : r.decls).filter((d): d is DepartmentDecl => d.kind === 'department');
}

function hasDivision(r: FileResult): boolean {
  return r.decls.some((d) => d.kind === 'division');
}

/**
 * The departments and duties a file declares, and where: what an incremental run needs
 * unchanged. Names too: governments' names are stop words (governmentNames).
 */
/**
 * Whether edited departments may make a clause a frame of their government, or stop it being
 * one: every text's terms would change (a frame is cut out before segmenting). A clause the
 * state does not list was carried by one department at most.
 */
function movesFrames(state: AnalysisState, before: DepartmentDecl[], now: DepartmentDecl[]): boolean {
  const delta = new Map<string, Map<string, number>>();
  const move = (dept: DepartmentDecl, by: number) => {
    const m = delta.get(dept.jurisdiction) ?? delta.set(dept.jurisdiction, new Map()).get(dept.jurisdiction)!;
    for (const key of departmentClauses(dept.duties)) m.set(key, (m.get(key) ?? 0) + by);
  };
  for (const dept of before) move(dept, -1);
  for (const dept of now) move(dept, 1);
  const size = new Map<string, number>();
  for (const j of state.departments.values()) size.set(j, (size.get(j) ?? 0) + 1);
  for (const [j, keys] of delta) {
    const least = frameCarriers(size.get(j) ?? 0);
    const carried = new Map(state.jurisdictions.get(j)?.clauses ?? []);
    for (const [key, by] of keys) {
      if (by === 0) continue;
      const had = carried.get(key) ?? 1;
      if ((had >= least) !== (had + by >= least)) return true;
    }
  }
  return false;
}

function shape(r: FileResult): string {
  return JSON.stringify(departments(r).map((d) => [d.id, d.name, d.jurisdiction, d.duties.map((duty) => duty.id)]));
}

let analyzers: { key: string; analyzer: TermAnalyzer } | undefined;

/** The analyser a run with these lexicon sources uses (one per process: jieba's dictionary takes a while to load). */
function analyzerOf(sources: LexiconSources): TermAnalyzer {
  const key = JSON.stringify(sources);
  if (analyzers?.key !== key) {
    const lexicon = buildLexicon(sources);
    analyzers = { key, analyzer: new TermAnalyzer(lexicon, new Segmenter(lexicon.dictionary)) };
  }
  return analyzers.analyzer;
}

/** The index of `x` in ascending `sorted`, or -1. */
function indexOfSorted(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return mid;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

// Copied out of Node's buffer pool, whose offsets need not be aligned for the typed array.
function decodeFloats(base64: string): Float64Array {
  return new Float64Array(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
}

function decodeUint16(base64: string): Uint16Array {
  return new Uint16Array(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
}
