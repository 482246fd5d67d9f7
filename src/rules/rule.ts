import type { AnalysisContext } from '../analysis/context.js';
import type { Duty } from '../graph/graph.js';
import type { Location, MessageData, RawFinding, RawRelated, SeveritySetting } from '../types.js';

export interface RuleOptions {
  severity: SeveritySetting;
  /** Similarity threshold, for the rules that match duties by text. */
  threshold?: number;
}

/**
 * The shared analyses a rule's check reads, which the engine runs (once, in this order)
 * before the rules that need them: `same-duty-pairs` (pairs of one government's duties
 * that match, AnalysisContext.sameDutyPairs) and `mandates` (each lower duty's higher-level
 * duties, AnalysisContext.mandates). Both work out the text matcher first.
 */
export type Analysis = 'same-duty-pairs' | 'mandates';

/**
 * What a rule's findings about a government read, so that `--cache` knows what an edit can
 * change (docs/incremental-lint.md): its `file` alone (and ids, which an incremental run
 * never changes), its `government`, the governments its declarations `link` to
 * (counterparts, mandates, leads, transfers, divisions: analysis/scope.ts targetsOf), or the
 * whole `catalogue`, which makes every `--cache` run a whole run.
 */
export type Reads = 'file' | 'government' | 'linked' | 'catalogue';

/** A rule option, as JSON Schema. */
export interface OptionSchema {
  type: 'number';
  minimum: number;
  maximum: number;
  description: string;
}

/** The option of the rules that find the same duty in two departments: their own similarity threshold. */
export const THRESHOLD_OPTION: OptionSchema = {
  type: 'number', minimum: 0.05, maximum: 1, description: 'overrides matching.threshold for this rule',
};

/**
 * One rule of FORMAT.md, declared in one file: its id, what it finds, its messages, its
 * options, the analyses it needs, and its check over the analysed graph.
 */
export interface Rule {
  id: string;
  defaultSeverity: SeveritySetting;
  /**
   * The kind of problem it finds, as a report names it (职责交叉, 多头牵头, 缺位, 越位, 错位…);
   * several rules may share one.
   */
  kind: { en: string; zh: string };
  /** One line, in each language, for `duty-lint rules` and the README. */
  description: { en: string; zh: string };
  /** What its findings read (Reads). */
  reads: Reads;
  /** What it analyses before its check (none: it reads the graph only). */
  needs: readonly Analysis[];
  /** Its messages by id (`<rule>` or `<rule>.<case>`), in each language, with `{placeholders}` for the finding's data. */
  messages: Readonly<Record<string, { en: string; zh: string }>>;
  /**
   * Its options besides `severity`, as JSON Schema properties of its entry under `rules:` in
   * the config (schemas/config.schema.json is written from them: scripts/update-config-schema.mjs).
   */
  options: Readonly<Record<string, OptionSchema>>;
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
