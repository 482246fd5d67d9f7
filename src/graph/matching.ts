import { byCodeUnit } from '../compare.js';
import { numberOf } from '../groups.js';
import { inferMandates, type MandateJob, type MandateTable } from '../analysis/mandate-search.js';
import type { TextIndex } from '../text/text-index.js';
import { declaresMandate, inForce, type Department, type Duty, type DutyGraph } from './graph.js';

/** Two duties of different departments of one jurisdiction whose texts match. */
export interface DutyPair {
  a: Duty;
  b: Duty;
  score: number;
}

/** A higher-level duty that a lower-level one implements. */
export interface MandateEdge {
  duty: Duty;
  inferred: boolean;
  /** Similarity, for inferred edges. */
  score?: number;
}

/**
 * Every pair of duties of different departments in the same jurisdiction at or above the
 * threshold (of the `only` jurisdictions, if given). Each jurisdiction is matched on its own
 * through a prefix index; duties with the same text are grouped first and paired without comparing.
 */
export function sameDutyPairs(graph: DutyGraph, text: TextIndex, threshold: number, only?: ReadonlySet<string>): DutyPair[] {
  const pairs: DutyPair[] = [];
  const addPair = (i: number, j: number, score: number) => {
    const a = graph.duties[Math.min(i, j)]!;
    const b = graph.duties[Math.max(i, j)]!;
    if (a.department !== b.department) pairs.push({ a, b, score });
  };
  // A jurisdiction's duties grouped by text, as linked lists over duty indices: a million
  // duties would otherwise make a million small arrays. Texts are matched in the order the
  // jurisdiction first uses them.
  const { textOf } = text;
  const first = new Int32Array(text.totals.length).fill(-1);
  const last = new Int32Array(text.totals.length);
  const next = new Int32Array(graph.duties.length);
  const used: number[] = [];
  for (const [jurisdiction, depts] of graph.jurisdictions) {
    if (only && !only.has(jurisdiction)) continue;
    used.length = 0;
    for (const dept of depts) {
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        const t = textOf[i]!;
        next[i] = -1;
        if (first[t]! < 0) {
          first[t] = i;
          used.push(t);
        } else next[last[t]!] = i;
        last[t] = i;
      }
    }
    const index = text.prefixIndex(threshold);
    for (const t of used) {
      for (let x = first[t]!; x >= 0; x = next[x]!) {
        for (let y = next[x]!; y >= 0; y = next[y]!) addPair(x, y, 1);
      }
      for (const m of index.query(t)) {
        for (let x = first[t]!; x >= 0; x = next[x]!) {
          for (let y = first[m.b]!; y >= 0; y = next[y]!) addPair(x, y, m.score);
        }
      }
      index.add(t);
    }
    for (const t of used) first[t] = -1;
  }
  return pairs.sort((p, q) => p.a.index - q.a.index || p.b.index - q.b.index);
}

/**
 * The questions of mandate inference: for each duty without explicit `mandate` references
 * whose department has counterparts, its text against the duties of each government its
 * counterparts belong to (cancelled and transferred duties are not searched). A text is
 * asked once per government: many lower governments copy one catalogue. Flat arrays, not
 * a list per duty: a million small lists would cost more to collect than the questions.
 */
export function planMandates(graph: DutyGraph, text: TextIndex, threshold: number): MandateJob {
  /** The higher governments asked, numbered in the order first asked, and the departments that ask each. */
  const upperId = new Map<string, number>();
  const uppers: string[] = [];
  const askers: Department[][] = [];
  const queryStarts = new Int32Array(graph.duties.length + 1);
  for (const dept of graph.departments) {
    const above = [...new Set(dept.counterparts
      .map((id) => graph.departmentById.get(id)?.jurisdiction)
      .filter((j): j is string => j !== undefined && j !== dept.jurisdiction))].sort(byCodeUnit);
    if (above.length === 0) continue;
    for (const jurisdiction of above) (askers[numberOf(upperId, uppers, jurisdiction)] ??= []).push(dept);
    for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) if (!declaresMandate(graph, i)) queryStarts[i + 1] = above.length;
  }
  for (let i = 0; i < graph.duties.length; i++) queryStarts[i + 1]! += queryStarts[i]!;

  // Queries grouped by government, numbered in that order; a text asked again reuses its query.
  const queryList = new Int32Array(queryStarts[graph.duties.length]!);
  const next = queryStarts.slice(0, -1);
  const askedBy = new Int32Array(text.totals.length).fill(-1);
  const queryOfText = new Int32Array(text.totals.length);
  const queries: number[] = [];
  askers.forEach((depts, u) => {
    for (const dept of depts) {
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        if (declaresMandate(graph, i)) continue;
        const t = text.textOf[i]!;
        if (askedBy[t] !== u) {
          askedBy[t] = u;
          queryOfText[t] = queries.length / 2;
          queries.push(u, t);
        }
        queryList[next[i]!++] = queryOfText[t]!;
      }
    }
  });
  const searched = uppers.map((jurisdiction) => {
    const pairs: number[] = [];
    for (const dept of graph.jurisdictions.get(jurisdiction) ?? []) {
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        if (inForce(graph.statuses[i]!)) pairs.push(text.textOf[i]!, i);
      }
    }
    return Int32Array.from(pairs);
  });
  return { threshold, uppers: searched, queries: Int32Array.from(queries), queryStarts, queryList, explicit: graph.mandates };
}

/** A duty's edges in the table, as objects: for the few places that show them. */
export function mandateEdgesOf(graph: DutyGraph, table: MandateTable, duty: Duty): MandateEdge[] {
  const edges: MandateEdge[] = [];
  for (let e = table.starts[duty.index]!; e < table.starts[duty.index + 1]!; e++) {
    const upper = graph.duties[table.duties[e]!]!;
    edges.push(table.inferred[duty.index] ? { duty: upper, inferred: true, score: table.scores[e]! } : { duty: upper, inferred: false });
  }
  return edges;
}

/** Mandate inference on this thread. */
export function mandateTableOf(graph: DutyGraph, text: TextIndex, threshold: number): MandateTable {
  return inferMandates(text, planMandates(graph, text, threshold));
}
