import type { Finding, Lang } from '../types.js';
import type { Summary } from '../lint.js';

/** Everything a formatter may use. Formatters are pure functions of it. */
export interface ReportInput {
  findings: Finding[];
  summary: Summary;
  lang: Lang;
  /** ANSI colours on or off; formatters that are not for terminals ignore it. */
  color: boolean;
  /** Prefix that turns a catalogue-relative path into one relative to where the user stands. */
  displayRoot: string;
  tool: { name: string; version: string };
}

export type Formatter = (input: ReportInput) => string;
