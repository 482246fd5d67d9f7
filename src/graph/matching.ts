import { byCodeUnit } from '../compare.js';
import { addToGroup } from '../groups.js';
import { answerMandates, type MandateAnswers, type MandateJob } from '../analysis/mandate-search.js';
import type { TextIndex } from '../text/text-index.js';
import type { Department, Duty, DutyGraph } from './graph.js';

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
  for (const [jurisdiction, depts] of graph.jurisdictions) {
    if (only && !only.has(jurisdiction)) continue;
    const byText = new Map<number, Duty[]>();
    for (const dept of depts) {
      for (const duty of dept.duties) addToGroup(byText, text.textOf[duty.index]!, duty);
    }
    const index = text.prefixIndex(threshold);
    for (const [t, group] of byText) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) addPair(pairs, group[i]!, group[j]!, 1);
      }
      for (const m of index.query(t)) {
        for (const x of group) for (const y of byText.get(m.b)!) addPair(pairs, x, y, m.score);
      }
      index.add(t);
    }
  }
  return pairs.sort((p, q) => p.a.index - q.a.index || p.b.index - q.b.index);
}

function addPair(out: DutyPair[], x: Duty, y: Duty, score: number): void {
  if (x.department === y.department) return;
  const [a, b] = x.index < y.index ? [x, y] : [y, x];
  out.push({ a, b, score });
}

/**
 * Every duty's higher-level duties, in flat arrays rather than an object per edge: a million
 * duties have millions of edges, which rules only count and look up. Duty `i`'s edges are
 * at `starts[i]` to `starts[i + 1]`, best first.
 */
export interface MandateTable {
  starts: Int32Array;
  /** The higher-level duty of each edge, by duty index. */
  duties: Int32Array;
  /** The similarity of each inferred edge; NaN for explicit ones. */
  scores: Float64Array;
  /** Per duty: 1 when its edges are inferred, 0 when they are its explicit `mandate` references. */
  inferred: Uint8Array;
}

/** Edges best first; ties by duty index, so that results do not depend on the order of the work. */
function bestFirst(x: { duty: number; score: number }, y: { duty: number; score: number }): number {
  return y.score - x.score || x.duty - y.duty;
}

/**
 * Mandate inference, in two halves around the text matching (MandateJob), which can run on
 * another thread: the questions to ask, and how to read the answers.
 */
export interface MandatePlan {
  job: MandateJob;
  /** Per duty index: where its queries start in `queryList`; one more entry than duties. */
  queryStarts: Int32Array;
  /** The queries whose answers are each duty's inferred edges, duty after duty. */
  queryList: Int32Array;
}

/**
 * The questions of mandate inference: for each duty without explicit `mandate` references
 * whose department has counterparts, its text against the duties of each government its
 * counterparts belong to (cancelled and transferred duties are not searched). A text is
 * asked once per government: many lower governments copy one catalogue. Flat arrays, not
 * a list per duty: a million small lists would cost more to collect than the questions.
 */
export function planMandates(graph: DutyGraph, text: TextIndex, threshold: number): MandatePlan {
  const upperId = new Map<string, number>();
  /** Per higher government: its jurisdiction, and the departments that ask it. */
  const uppers: Array<{ jurisdiction: string; askers: Department[] }> = [];
  const queryStarts = new Int32Array(graph.duties.length + 1);
  for (const dept of graph.departments) {
    const above = [...new Set(dept.counterparts
      .map((id) => graph.departmentById.get(id)?.jurisdiction)
      .filter((j): j is string => j !== undefined && j !== dept.jurisdiction))].sort(byCodeUnit);
    if (above.length === 0) continue;
    for (const jurisdiction of above) {
      let u = upperId.get(jurisdiction);
      if (u === undefined) {
        upperId.set(jurisdiction, (u = uppers.length));
        uppers.push({ jurisdiction, askers: [] });
      }
      uppers[u]!.askers.push(dept);
    }
    for (const duty of dept.duties) if (duty.mandate.length === 0) queryStarts[duty.index + 1] = above.length;
  }
  for (let i = 0; i < graph.duties.length; i++) queryStarts[i + 1]! += queryStarts[i]!;

  // Queries grouped by government, numbered in that order; a text asked again reuses its query.
  const queryList = new Int32Array(queryStarts[graph.duties.length]!);
  const next = queryStarts.slice(0, -1);
  const askedBy = new Int32Array(text.totals.length).fill(-1);
  const queryOfText = new Int32Array(text.totals.length);
  const queries: number[] = [];
  uppers.forEach(({ askers }, u) => {
    for (const dept of askers) {
      for (const duty of dept.duties) {
        if (duty.mandate.length > 0) continue;
        const t = text.textOf[duty.index]!;
        if (askedBy[t] !== u) {
          askedBy[t] = u;
          queryOfText[t] = queries.length / 2;
          queries.push(u, t);
        }
        queryList[next[duty.index]!++] = queryOfText[t]!;
      }
    }
  });
  const searched = uppers.map(({ jurisdiction }) => {
    const pairs: number[] = [];
    for (const dept of graph.jurisdictions.get(jurisdiction) ?? []) {
      for (const duty of dept.duties) {
        if (duty.status !== 'cancelled' && duty.status !== 'transferred') pairs.push(text.textOf[duty.index]!, duty.index);
      }
    }
    return Int32Array.from(pairs);
  });
  return { job: { threshold, uppers: searched, queries: Int32Array.from(queries) }, queryStarts, queryList };
}

/**
 * The higher-level duties each duty implements: its explicit `mandate` references, or the
 * answers to its plan's queries, best first. All of them count as covered: one broad lower
 * duty often carries several upper items.
 */
export function mandateTable(graph: DutyGraph, plan: MandatePlan, answers: MandateAnswers): MandateTable {
  const count = graph.duties.length;
  const { queryStarts, queryList } = plan;
  // Room for every inferred edge and some explicit ones, counted without visiting a million
  // duty objects; more is made if needed.
  let room = count >> 2;
  for (const q of queryList) room += answers.starts[q + 1]! - answers.starts[q]!;
  const starts = new Int32Array(count + 1);
  let duties = new Int32Array(room);
  let scores = new Float64Array(room);
  const inferred = new Uint8Array(count);
  let at = 0;
  const ensure = (more: number) => {
    if (at + more <= duties.length) return;
    duties = grown(duties, 2 * (at + more));
    scores = grown(scores, 2 * (at + more));
  };
  for (const duty of graph.duties) {
    const i = duty.index;
    starts[i] = at;
    if (duty.mandate.length > 0) {
      ensure(duty.mandate.length);
      for (let k = graph.mandates.starts[i]!; k < graph.mandates.starts[i + 1]!; k++) {
        if (graph.mandates.targets[k]! < 0) continue;
        duties[at] = graph.mandates.targets[k]!;
        scores[at++] = NaN;
      }
      continue;
    }
    const from = queryStarts[i]!;
    const to = queryStarts[i + 1]!;
    if (from === to) continue;
    inferred[i] = 1;
    if (to - from === 1) {
      // One query, the usual case: its answers are best first already.
      const q = queryList[from]!;
      ensure(answers.starts[q + 1]! - answers.starts[q]!);
      for (let a = answers.starts[q]!; a < answers.starts[q + 1]!; a++) {
        duties[at] = answers.duties[a]!;
        scores[at++] = answers.scores[a]!;
      }
      continue;
    }
    const found: Array<{ duty: number; score: number }> = [];
    for (let k = from; k < to; k++) {
      const q = queryList[k]!;
      for (let a = answers.starts[q]!; a < answers.starts[q + 1]!; a++) found.push({ duty: answers.duties[a]!, score: answers.scores[a]! });
    }
    ensure(found.length);
    for (const f of found.sort(bestFirst)) {
      duties[at] = f.duty;
      scores[at++] = f.score;
    }
  }
  starts[count] = at;
  return { starts, duties: duties.subarray(0, at), scores: scores.subarray(0, at), inferred };
}

function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
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

/** Mandate inference on this thread: planMandates, answerMandates and mandateTable. */
export function mandateTableOf(graph: DutyGraph, text: TextIndex, threshold: number): MandateTable {
  const plan = planMandates(graph, text, threshold);
  return mandateTable(graph, plan, answerMandates(text, plan.job));
}
