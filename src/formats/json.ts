import type { Finding } from '../types.js';
import type { Formatter } from './context.js';

/** FORMAT.md's JSON report: the machine-readable contract. Keys in a fixed order. */
export const formatJson: Formatter = ({ findings, summary, tool }) => {
  const report = {
    version: 1,
    tool,
    summary: {
      files: summary.files,
      departments: summary.departments,
      duties: summary.duties,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      suppressed: summary.suppressed,
    },
    findings: findings.map(toJson),
  };
  return JSON.stringify(report, null, 2) + '\n';
};

function toJson(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    pointer: f.pointer,
    ...(f.department !== undefined ? { department: f.department } : {}),
    ...(f.duty !== undefined ? { duty: f.duty } : {}),
    ...(f.related !== undefined ? { related: f.related } : {}),
    ...(f.score !== undefined ? { score: f.score } : {}),
    ...(f.terms !== undefined ? { terms: f.terms } : {}),
    ...(f.inferred !== undefined ? { inferred: f.inferred } : {}),
    ...(f.nearest !== undefined ? { nearest: f.nearest } : {}),
    fingerprint: f.fingerprint,
  };
}
