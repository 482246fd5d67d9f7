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
  tool: { name: string; version: string };
}

/** `duty-lint graph`: the analysed graph. */
export interface GraphInput extends Common {
  context: AnalysisContext;
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
}

export type CommandName = keyof FormatInputs;

/** A formatter of one command: text from that command's result. */
export type Formatter<C extends CommandName = 'lint'> = (input: FormatInputs[C]) => string;
