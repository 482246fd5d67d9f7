import { createHash } from 'node:crypto';
import { byCodeUnit } from '../compare.js';
import type { DutyGraph } from '../graph/graph.js';
import { renderMessage } from '../messages/catalogue.js';
import type { Finding, Lang, RawFinding, Severity, SeveritySetting } from '../types.js';

const RANK: Record<Severity, number> = { info: 0, warn: 1, error: 2 };

export interface FinalizeOptions {
  severities: ReadonlyMap<string, SeveritySetting>;
  lang: Lang;
  graph?: DutyGraph;
}

export interface Finalized {
  findings: Finding[];
  /** Findings accepted by an `ignore` entry on one of their duties. */
  suppressed: number;
}

/**
 * Settles severities (off drops a finding; a cap such as a division's lowers it),
 * applies `ignore` entries, renders messages, fingerprints and sorts by file, line,
 * column, rule.
 */
export function finalizeFindings(raw: Iterable<RawFinding>, opts: FinalizeOptions): Finalized {
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const r of raw) {
    const setting = opts.severities.get(r.rule) ?? 'off';
    if (setting === 'off') continue;
    if (opts.graph && isIgnored(r, opts.graph)) {
      suppressed++;
      continue;
    }
    const severity = r.maxSeverity && RANK[r.maxSeverity] < RANK[setting] ? r.maxSeverity : setting;
    const { maxSeverity: _cap, key: _key, ...rest } = r;
    findings.push({
      ...rest,
      severity,
      message: renderMessage(opts.lang, r.messageId, r.data),
      fingerprint: fingerprint(r),
    });
  }
  findings.sort(compareFindings);
  return { findings, suppressed };
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
  const related = (f.related ?? []).map((r) => r.duty ?? r.division ?? r.department ?? r.file).sort(byCodeUnit);
  const subject = f.duty ?? f.department ?? f.file;
  return createHash('sha256').update([f.rule, subject, related.join(','), f.key ?? ''].join('\u0000')).digest('hex').slice(0, 32);
}

export function compareFindings(a: Finding, b: Finding): number {
  return byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnit(a.rule, b.rule) ||
    byCodeUnit(a.message, b.message) || byCodeUnit(a.fingerprint, b.fingerprint);
}
