import { summarize } from '../findings/summary.js';
import type { ReportInput } from '../formats/context.js';
import { reportCatalogue } from '../report/catalogue.js';
import type { Finding } from '../types.js';
import type { LintResult } from './lint.js';

export interface ReportOptions {
  /** ANSI colours, for the terminal formats (default: off). */
  color?: boolean;
  /** Prefix that turns catalogue-relative paths into ones relative to where the reader stands (default: none). */
  displayRoot?: string;
  /** The catalogue root relative to the repository root, `/`-separated with a trailing slash (default: ''): ReportInput.repositoryPrefix. */
  repositoryPrefix?: string;
  /** The findings to report, when not all of the run's (the CLI's --quiet keeps errors). */
  findings?: Finding[];
  tool?: ReportInput['tool'];
  /** A UTF-8 byte order mark before CSV (default: yes). */
  bom?: boolean;
}

/** What a lint formatter is given for a run: its findings, summary, rules and catalogue. */
export function reportInput(result: LintResult, options: ReportOptions = {}): ReportInput {
  const findings = options.findings ?? result.findings;
  return {
    findings,
    summary: options.findings ? summarize(findings, result.summary) : result.summary,
    rules: result.rules,
    catalogue: reportCatalogue(result.root, result.graph, result.context, findings, result.analyses.includes('mandates')),
    lang: result.lang,
    color: options.color ?? false,
    displayRoot: options.displayRoot ?? '',
    ...(options.repositoryPrefix ? { repositoryPrefix: options.repositoryPrefix } : {}),
    tool: options.tool ?? { name: 'duty-lint', version: '' },
    ...(options.bom === false ? { bom: false } : {}),
  };
}
