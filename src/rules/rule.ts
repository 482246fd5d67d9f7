import type { AnalysisContext } from '../analysis/context.js';
import type { Duty } from '../graph/graph.js';
import type { Location, MessageData, RawFinding, RawRelated, SeveritySetting } from '../types.js';

export interface RuleOptions {
  severity: SeveritySetting;
  /** Similarity threshold, for the rules that match duties by text. */
  threshold?: number;
}

/** One rule of FORMAT.md: an id, what it finds, and a check over the analysed graph. */
export interface Rule {
  id: string;
  defaultSeverity: SeveritySetting;
  /** One line, in each language, for `duty-lint rules` and the README. */
  description: { en: string; zh: string };
  /** Whether the rule takes a `threshold` option. */
  usesThreshold?: boolean;
  /**
   * Rules that run on single files (yaml-syntax, schema) report while loading and have
   * no graph check.
   */
  check?(ctx: AnalysisContext, options: RuleOptions): RawFinding[];
}

/** A finding placed on a duty. */
export function onDuty(
  rule: string, duty: Duty, messageId: string, data: MessageData,
  extra: Partial<RawFinding> = {},
): RawFinding {
  return { rule, messageId, data, loc: duty.loc, department: duty.department.id, duty: duty.ref, ...extra };
}

export function relatedDuty(duty: Duty): RawRelated {
  return { department: duty.department.id, duty: duty.ref, loc: duty.loc };
}

/** The place of a field inside a declaration: `/duties/3` + `mandate/0`. */
export function field(loc: Location, path: string): Location {
  return { file: loc.file, doc: loc.doc, pointer: `${loc.pointer}/${path}` };
}
