import type { DutyExplanation, PairExplanation } from '../explain/explain.js';
import type { AnalysisContext } from '../analysis/context.js';
import type { Summary } from '../findings/summary.js';
import type { ReportCatalogue } from '../report/catalogue.js';
import type { Rule } from '../rules/rule.js';
import type { Finding, Lang } from '../types.js';

/** What every formatter gets. Formatters are pure functions of their input. */
interface Common {
  lang: Lang;
  /** ANSI colours on or off; formatters that are not for terminals ignore it. */
  color: boolean;
  /** The terminal's columns, which terminal formats fit their lines to (default 80). */
  width?: number;
}

/** The lint command's report: the findings, the summary, and what the rules are. */
export interface ReportInput extends Common {
  findings: Finding[];
  summary: Summary;
  /** Every rule's id, default severity and description, in FORMAT.md's order. */
  rules: readonly Rule[];
  /**
   * The catalogue behind the findings: its governments and departments, the texts of the
   * duties the findings name, and coverage of the higher-level mandate.
   */
  catalogue: ReportCatalogue;
  /** Prefix that turns a catalogue-relative path into one relative to where the user stands. */
  displayRoot: string;
  /**
   * The catalogue root's path relative to the repository root (git work tree), `/`-separated
   * with a trailing slash, or '' when they are the same (the default); formats for code hosts
   * (sarif, github, gitlab, junit) put it before `file`.
   */
  repositoryPrefix?: string;
  tool: { name: string; version: string };
  /**
   * Whether the CSV report starts with a UTF-8 byte order mark (the lint command's `--no-bom`
   * turns it off); when undefined, it does, so that Excel reads the Chinese as UTF-8
   * (docs/csv.md). Other formats ignore it.
   */
  bom?: boolean;
}

/** `duty-lint graph`: the analysed graph. */
export interface GraphInput extends Common {
  context: AnalysisContext;
  /**
   * The overlap rule's similarity threshold, for the formats that draw overlaps (dot,
   * mermaid); when undefined, `context.matching.threshold`.
   */
  overlapThreshold?: number;
}

/** `duty-lint explain`: one duty's or two duties' explanation. */
export interface ExplainInput extends Common {
  explanation: PairExplanation | DutyExplanation;
}

/** `duty-lint rules`: the rules. */
export interface RulesInput extends Common {
  rules: readonly Rule[];
}

/** The input each command gives its formatters. */
export interface FormatInputs {
  lint: ReportInput;
  graph: GraphInput;
  explain: ExplainInput;
  rules: RulesInput;
  /** `duty-lint matrix`: the lint report, whose overlap findings it counts. */
  matrix: ReportInput;
}

export type CommandName = keyof FormatInputs;

/** A formatter of one command: text from that command's result. */
export type Formatter<C extends CommandName = 'lint'> = (input: FormatInputs[C]) => string;
