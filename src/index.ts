/** duty-lint's library API: the CLI is one user of it. */
export { lint, type LintOptions, type LintResult, type StageTiming } from './engine/lint.js';
export { reportInput, type ReportOptions } from './engine/report-input.js';
export { summarize, type Summary } from './findings/summary.js';
export {
  applyBaseline, BASELINE_FILE, baselineOf, parseBaseline, pruneBaseline, STALE_BASELINE, stringifyBaseline, updateBaseline,
  type Applied, type ApplyOptions, type Baseline, type BaselineEntry,
} from './findings/baseline.js';
export type { CoverageRow, ReportCatalogue, ReportDepartment, ReportDuty } from './report/catalogue.js';
export { RULES, RULE_IDS, ruleById, type Rule } from './rules/index.js';
export { renderMessage } from './messages/catalogue.js';
export { FORMATS, formatsOf, formatterFor, type Format } from './formats/index.js';
export type { CommandName, ExplainInput, FormatInputs, Formatter, GraphInput, ReportInput, RulesInput } from './formats/index.js';
export { UsageError } from './errors.js';
export type * from './types.js';
export type { Department, Duty, Division, DutyGraph } from './graph/graph.js';
