import type { Finding, Severity } from '../types.js';
import type { ReportInput } from './context.js';

/** Shared helpers of the formats for code hosts and CI (sarif, github, gitlab, junit). */

/** Severities, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info'];

/** A catalogue-relative path made relative to the repository root, where code hosts place annotations. */
export const repositoryPath = (input: ReportInput, file: string): string => (input.repositoryPrefix ?? '') + file;

/**
 * The indices of at most `max` findings, the most severe first (errors, then warnings, then
 * infos, each in report order), returned in report order: what a host that takes a limited
 * number of results should get.
 */
export function mostSevere(findings: readonly Finding[], max: number): number[] {
  const all = findings.map((_, i) => i);
  if (findings.length <= max) return all;
  const kept = SEVERITIES.flatMap((s) => all.filter((i) => findings[i]!.severity === s)).slice(0, max);
  return kept.sort((a, b) => a - b);
}

/**
 * Each finding's fingerprint, unique in the report: code hosts merge issues that share one.
 * Fingerprints name what a finding is about, not where, so two findings may share one (two
 * schema errors in one department's header); the second and later, in report order, get
 * `-2`, `-3`…, which no fingerprint of the engine (hexadecimal) can equal.
 */
export function uniqueFingerprints(findings: readonly Finding[]): string[] {
  const used = new Set<string>();
  // The next suffix to try per fingerprint, so that many findings sharing one stay linear.
  const next = new Map<string, number>();
  return findings.map(({ fingerprint }) => {
    let unique = fingerprint;
    let n = next.get(fingerprint) ?? 2;
    while (used.has(unique)) unique = `${fingerprint}-${n++}`;
    next.set(fingerprint, n);
    used.add(unique);
    return unique;
  });
}
