import { byCodeUnit } from '../compare.js';
import { UsageError } from '../errors.js';
import { parseYamlWithPositions } from '../load/parse.js';
import { renderMessage } from '../messages/catalogue.js';
import type { Rule } from '../rules/rule.js';
import type { DutyRef, Finding, Lang } from '../types.js';
import { compareFindings, fingerprint } from './finalize.js';

/** Where `duty-lint baseline` writes, and `duty-lint` looks for, the baseline: at the catalogue root. */
export const BASELINE_FILE = 'duty-lint-baseline.json';

/**
 * One accepted finding: its fingerprint, which is what matches, and for the people who read
 * the file in a review, its rule, file, duty and the duties (or departments) on its other side.
 */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
  duty?: DutyRef;
  related?: string[];
}

/** The findings a catalogue had when its baseline was taken: CI fails only on findings not in it. */
export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/**
 * The pseudo-rule of baseline entries whose finding no longer occurs. It has no check: its
 * findings come from applyBaseline, after a run. It is not among RULES (FORMAT.md's rules,
 * which every run and `duty-lint rules` list): a run that applies a baseline adds it to its rules.
 */
export const STALE_BASELINE: Rule = {
  id: 'stale-baseline',
  defaultSeverity: 'info',
  kind: { en: 'stale baseline', zh: '基线过时' },
  description: {
    en: 'A baseline entry whose finding no longer occurs: `duty-lint baseline --prune` removes it',
    zh: '基线中的条目对应的问题已不再出现：`duty-lint baseline --prune` 会将其删除',
  },
  reads: 'catalogue',
  needs: [],
  options: {},
  messages: {
    'stale-baseline': {
      en: 'The baseline\'s {rule} finding on {subject} no longer occurs: `duty-lint baseline --prune` removes it',
      zh: '基线中 {subject} 的 {rule} 问题已不再出现：`duty-lint baseline --prune` 会将其删除',
    },
  },
};

/** The baseline of `findings`, with `keep` besides: entries sorted by file, rule and fingerprint, so that a diff shows what changed. */
export function baselineOf(findings: readonly Finding[], keep: readonly BaselineEntry[] = []): Baseline {
  const entries = [...findings.map(entryOf), ...keep];
  entries.sort((a, b) => byCodeUnit(a.file, b.file) || byCodeUnit(a.rule, b.rule) || byCodeUnit(a.fingerprint, b.fingerprint));
  return { version: 1, findings: entries };
}

function entryOf(f: Finding): BaselineEntry {
  const related = (f.related ?? []).map((r) => r.duty ?? r.division ?? r.department ?? r.file);
  return {
    fingerprint: f.fingerprint, rule: f.rule, file: f.file,
    ...(f.duty !== undefined ? { duty: f.duty } : {}),
    ...(related.length > 0 ? { related } : {}),
  };
}

/** The baseline as its file holds it: one entry a line, so that adding or fixing a finding is a one-line diff. */
export function stringifyBaseline(baseline: Baseline): string {
  if (baseline.findings.length === 0) return '{\n  "version": 1,\n  "findings": []\n}\n';
  const entry = (e: BaselineEntry) => `    { ${Object.entries(e).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
  return `{\n  "version": 1,\n  "findings": [\n${baseline.findings.map(entry).join(',\n')}\n  ]\n}\n`;
}

/** Reads a baseline file's text; `path` names it in errors. Anything but a version 1 baseline is a usage error. */
export function parseBaseline(text: string, path: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UsageError('baseline-json', { path, reason: (err as Error).message });
  }
  const invalid = (field: string) => new UsageError('baseline-invalid', { path, field });
  if (!isObject(value) || value.version !== 1) throw invalid('version');
  if (!Array.isArray(value.findings)) throw invalid('findings');
  const findings = value.findings.map((e: unknown, i): BaselineEntry => {
    const ok = isObject(e) && typeof e.fingerprint === 'string' && typeof e.rule === 'string' && typeof e.file === 'string' &&
      (e.duty === undefined || typeof e.duty === 'string') &&
      (e.related === undefined || (Array.isArray(e.related) && e.related.every((r) => typeof r === 'string')));
    if (!ok) throw invalid(`findings[${i}]`);
    return e as unknown as BaselineEntry;
  });
  return { version: 1, findings };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface ApplyOptions {
  /** The baseline file, relative to the catalogue root: where stale entries are reported. */
  file: string;
  /** Its text, to place stale entries at their line. */
  text: string;
  /**
   * Whether the run could have found an entry's finding: its file was reported on. In a
   * partial run the entries of the other files are neither matched nor stale.
   */
  inScope: (file: string) => boolean;
  lang: Lang;
}

export interface Applied {
  /** The findings not in the baseline, and a `stale-baseline` finding for each stale entry, sorted. */
  findings: Finding[];
  /** How many findings the baseline holds, left out of `findings`. */
  baselined: number;
}

/**
 * Leaves out the findings the baseline holds (matched by fingerprint, as many times as it
 * lists one) and reports the entries in scope that matched nothing, at info.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, options: ApplyOptions): Applied {
  const fresh = unmatched(findings, baseline.findings);
  const stale = staleEntries(baseline, findings, options.inScope);
  if (stale.size === 0) return { findings: fresh, baselined: findings.length - fresh.length };

  const parsed = parseYamlWithPositions(options.text, options.file);
  const positions = parsed.ok ? parsed.positions[0] : undefined;
  const reported = baseline.findings.flatMap((entry, i): Finding[] => {
    if (!stale.has(entry)) return [];
    const pointer = `/findings/${i}`;
    const data = { rule: entry.rule, subject: entry.duty ?? entry.file };
    return [{
      rule: STALE_BASELINE.id, severity: 'info', messageId: STALE_BASELINE.id, data,
      message: renderMessage(options.lang, STALE_BASELINE.id, data, [STALE_BASELINE]),
      file: options.file, ...(positions?.locate(pointer) ?? { line: 1, column: 1 }), pointer,
      fingerprint: fingerprint({ rule: STALE_BASELINE.id, messageId: STALE_BASELINE.id, data, loc: { file: options.file, doc: 0, pointer }, key: entry.fingerprint }),
    }];
  });
  return { findings: [...fresh, ...reported].sort(compareFindings), baselined: findings.length - fresh.length };
}

/** `duty-lint baseline --prune`: the baseline without its stale entries, and how many those were. Adds nothing. */
export function pruneBaseline(baseline: Baseline, findings: readonly Finding[], inScope: (file: string) => boolean): { baseline: Baseline; removed: number } {
  const stale = staleEntries(baseline, findings, inScope);
  return { baseline: baselineOf([], baseline.findings.filter((e) => !stale.has(e))), removed: stale.size };
}

/**
 * `duty-lint baseline`: the run's findings, and from an earlier baseline the entries the run
 * could not have found (out of scope in a partial run), so that baselining one file keeps the others'.
 */
export function updateBaseline(previous: Baseline | undefined, findings: readonly Finding[], inScope: (file: string) => boolean): Baseline {
  const kept = previous ? unmatched(previous.findings, findings).filter((e) => !inScope(e.file)) : [];
  return baselineOf(findings, kept);
}

function staleEntries(baseline: Baseline, findings: readonly Finding[], inScope: (file: string) => boolean): Set<BaselineEntry> {
  return new Set(unmatched(baseline.findings, findings).filter((e) => inScope(e.file)));
}

/** The items of `items` that none of `others` matches by fingerprint, one for one: a fingerprint listed twice needs two. */
function unmatched<T extends { fingerprint: string }>(items: readonly T[], others: ReadonlyArray<{ fingerprint: string }>): T[] {
  const left = new Map<string, number>();
  for (const { fingerprint: fp } of others) left.set(fp, (left.get(fp) ?? 0) + 1);
  return items.filter(({ fingerprint: fp }) => {
    const n = left.get(fp) ?? 0;
    if (n > 0) left.set(fp, n - 1);
    return n === 0;
  });
}
