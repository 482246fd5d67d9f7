import { createHash } from 'node:crypto';
import { byCodeUnit } from '../compare.js';
import type { DutyGraph } from '../graph/graph.js';
import type { FileSource } from '../load/source.js';
import { renderMessage } from '../messages/catalogue.js';
import type { Rule } from '../rules/rule.js';
import type { Finding, Lang, Location, RawFinding, RenderData, Severity, SeveritySetting } from '../types.js';
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
  /** Findings accepted by an `ignore` entry on one of their duties. */
  suppressed: number;
}

/**
 * Settles severities (off drops a finding; a cap such as a division's lowers it), applies
 * `ignore` entries, places findings at line and column, renders messages, fingerprints and
 * sorts by file, line, column, rule.
 */
export async function finalizeFindings(raw: Iterable<RawFinding>, opts: FinalizeOptions): Promise<Finalized> {
  const kept: Array<{ r: RawFinding; severity: Severity }> = [];
  let suppressed = 0;
  for (const r of raw) {
    const setting = opts.severities.get(r.rule) ?? 'off';
    if (setting === 'off') continue;
    if (opts.graph && isIgnored(r, opts.graph)) {
      suppressed++;
      opts.onSuppressed?.(r);
      continue;
    }
    kept.push({ r, severity: r.maxSeverity && RANK[r.maxSeverity] < RANK[setting] ? r.maxSeverity : setting });
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

/** An `ignore: [{rule}]` on the finding's duty, or on a related duty, accepts it. */
function isIgnored(f: RawFinding, graph: DutyGraph): boolean {
  const refs = [f.duty, ...(f.related ?? []).map((r) => r.duty)];
  return refs.some((ref) => ref !== undefined && graph.dutyByRef.get(ref)?.ignore.some((i) => i.rule === f.rule));
}

/**
 * Identity of a finding across runs: what it is about (rule, duty or file, related duties)
 * and not where it stands or how it is worded, so baselines survive edits and line moves.
 */
export function fingerprint(f: RawFinding): string {
  const related = (f.related ?? []).map((r) => r.duty ?? r.division ?? r.department ?? r.loc.file).sort(byCodeUnit);
  const subject = f.duty ?? f.department ?? f.loc.file;
  return createHash('sha256').update([f.rule, subject, related.join(','), f.key ?? ''].join('\u0000')).digest('hex').slice(0, 32);
}

export function compareFindings(a: Finding, b: Finding): number {
  return byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnit(a.rule, b.rule) ||
    byCodeUnit(a.message, b.message) || byCodeUnit(a.fingerprint, b.fingerprint);
}
