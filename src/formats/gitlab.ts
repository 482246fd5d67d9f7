import type { Severity } from '../types.js';
import { repositoryPath, uniqueFingerprints } from './ci.js';
import type { Formatter } from './context.js';

/** GitLab's severities are info, minor, major, critical and blocker; errors are major, as ESLint's GitLab formatters have them, critical and blocker being left for security. */
export const GITLAB_SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warn: 'minor', info: 'info' };

/** One issue of a GitLab Code Quality report: the fields GitLab requires, and no others. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: (typeof GITLAB_SEVERITY)[Severity];
  location: { path: string; lines: { begin: number } };
}

/**
 * A GitLab Code Quality report (`artifacts: reports: codequality`): one issue per finding, in
 * report order, at its file (relative to the repository root) and line. GitLab tells new
 * issues from fixed ones by fingerprint, which the engine derives from what a finding is
 * about, not from where it stands, so moving a duty does not make its issue new; fingerprints
 * are made unique, as GitLab shows one issue per fingerprint. No `categories` (optional for GitLab):
 * Code Climate's fixed list (Bug Risk, Style…) is about code.
 */
export const formatGitlab: Formatter = (input) => {
  const fingerprints = uniqueFingerprints(input.findings);
  const issues = input.findings.map((f, i): CodeQualityIssue => ({
    description: f.message,
    check_name: f.rule,
    fingerprint: fingerprints[i]!,
    severity: GITLAB_SEVERITY[f.severity],
    location: { path: repositoryPath(input, f.file), lines: { begin: f.line } },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
};
