import { createHash } from 'node:crypto';
import { byCodeUnit } from '../compare.js';
import type { DutyGraph } from '../graph/graph.js';
import type { FileSource } from '../load/source.js';
import { renderMessage } from '../messages/catalogue.js';
import type { Rule } from '../rules/rule.js';
import { settleUnusedIgnore } from '../rules/unused-ignore.js';
import type { Finding, Ignore, Lang, Location, RawFinding, RenderData, Severity, SeveritySetting } from '../types.js';
import { acceptance } from './accept.js';
import { Locator } from './locate.js';

const RANK: Record<Severity, number> = { info: 0, warn: 1, error: 2 };

export interface FinalizeOptions {
  severities: ReadonlyMap<string, SeveritySetting>;
  lang: Lang;
  graph?: DutyGraph;
  /** Where to read files from to place findings. */
  source: FileSource;
  /** Told of each finding an `ignore` entry accepts. */
  onSuppressed?: (r: RawFinding) => void;
  /** Rules beyond duty-lint's own, whose messages the findings may use. */
  extraRules?: readonly Rule[];
}

export interface Finalized {
  findings: Finding[];
  /** Findings accepted by `ignore` entries. */
  suppressed: number;
}

/**
 * Settles severities (off drops a finding; a cap such as a division's lowers it), applies
 * `ignore` entries, keeps the unused-ignore findings of the entries that accepted nothing,
 * places findings at line and column, renders messages, fingerprints and sorts by file,
 * line, column, rule.
 */
export async function finalizeFindings(raw: Iterable<RawFinding>, opts: FinalizeOptions): Promise<Finalized> {
  const kept: Array<{ r: RawFinding; severity: Severity }> = [];
  const severity = (r: RawFinding, setting: Severity): Severity => (r.maxSeverity && RANK[r.maxSeverity] < RANK[setting] ? r.maxSeverity : setting);
  // unused-ignore's candidates are settled after every other finding: only then is it known which entries accepted one.
  const entries: Array<{ r: RawFinding; setting: Severity }> = [];
  const used = new Set<Ignore>();
  let suppressed = 0;
  for (const r of raw) {
    const setting = opts.severities.get(r.rule) ?? 'off';
    if (setting === 'off') continue;
    if (r.entry) {
      entries.push({ r, setting });
      continue;
    }
    const answer = opts.graph && acceptance(r, opts.graph);
    if (answer) for (const entry of answer.entries) used.add(entry);
    if (answer?.accepted) {
      suppressed++;
      opts.onSuppressed?.(r);
      continue;
    }
    kept.push({ r, severity: severity(r, setting) });
  }
  for (const { r, setting } of entries) {
    const settled = settleUnusedIgnore(r, used, opts.severities, opts.extraRules ?? []);
    if (settled) kept.push({ r: settled, severity: severity(settled, setting) });
  }

  const locator = new Locator(opts.source);
  await locator.prepare(kept.flatMap(({ r }) => [
    ...(r.position ? [] : [r.loc]),
    ...(r.related ?? []).map((x) => x.loc),
    ...Object.values(r.data).filter(isLocation),
  ]));

  const findings = kept.map(({ r, severity }): Finding => {
    const { line, column } = r.position ?? locator.position(r.loc);
    const data: RenderData = {};
    for (const [k, v] of Object.entries(r.data)) data[k] = isLocation(v) ? `${v.file}:${locator.position(v).line}` : v;
    const finding: Finding = {
      rule: r.rule,
      severity,
      messageId: r.messageId,
      data,
      message: renderMessage(opts.lang, r.messageId, data, opts.extraRules),
      file: r.loc.file,
      line,
      column,
      pointer: r.loc.pointer,
      fingerprint: fingerprint(r),
    };
    if (r.department !== undefined) finding.department = r.department;
    if (r.duty !== undefined) finding.duty = r.duty;
    if (r.related) {
      finding.related = r.related.map(({ loc, ...who }) => ({ ...who, file: loc.file, ...locator.position(loc) }));
    }
    if (r.score !== undefined) finding.score = r.score;
    if (r.terms !== undefined) finding.terms = r.terms;
    if (r.inferred !== undefined) finding.inferred = r.inferred;
    if (r.nearest !== undefined) finding.nearest = r.nearest;
    return finding;
  });
  findings.sort(compareFindings);
  return { findings, suppressed };
}

function isLocation(v: unknown): v is Location {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'pointer' in v;
}

/**
 * Identity of a finding across runs: what it is about, by ids (rule, duty or department,
 * the related duties, departments and divisions, and the rule's `key`: a referenced id, a
 * field path written with ids), and not where it stands, in which file, or how it is worded:
 * baselines survive line moves, insertions above it, renamed files and another language. A
 * finding about nothing that has an id (yaml-syntax; a schema error in a document without an
 * id, whose key names its file) has only its file to be known by: renaming the file changes it.
 * A finding that stands for a group (RawFinding.stands) is known by its duty and key, not by
 * the group's other duties: one more duty in the group is the same finding.
 */
export function fingerprint(f: RawFinding): string {
  const related: string[] = [];
  for (const r of f.related ?? []) {
    // A finding that stands for a group of duties is known by its key: the duties it lists change as the group does.
    if (f.stands && r.duty !== undefined) continue;
    const id = r.duty ?? r.division ?? r.department;
    if (id !== undefined) related.push(id);
  }
  related.sort(byCodeUnit);
  const subject = f.duty ?? f.department ?? (f.key === undefined ? f.loc.file : '');
  return createHash('sha256').update([f.rule, subject, related.join(','), f.key ?? ''].join('\u0000')).digest('hex').slice(0, 32);
}

export function compareFindings(a: Finding, b: Finding): number {
  return byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnit(a.rule, b.rule) ||
    byCodeUnit(a.message, b.message) || byCodeUnit(a.fingerprint, b.fingerprint);
}
