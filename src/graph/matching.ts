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

const NO_EDGES: MandateEdge[] = [];

/** Best first; ties by duty index, so that results do not depend on the order of the work. */
function bestFirst(x: MandateEdge, y: MandateEdge): number {
  return y.score! - x.score! || x.duty.index - y.duty.index;
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
 * The higher-level duties each duty implements, by duty index: its explicit `mandate`
 * references, or the answers to its plan's queries, best first. All of them count as
 * covered: one broad lower duty often carries several upper items.
 */
export function mandateEdgesFrom(graph: DutyGraph, plan: MandatePlan, answers: MandateAnswers): MandateEdge[][] {
  const edges: MandateEdge[][] = new Array<MandateEdge[]>(graph.duties.length).fill(NO_EDGES);
  // Edge lists are shared between duties that ask the same query; nobody mutates them.
  const lists: Array<MandateEdge[] | undefined> = [];
  const answer = (q: number): MandateEdge[] => {
    let list = lists[q];
    if (!list) {
      list = [];
      for (let i = answers.starts[q]!; i < answers.starts[q + 1]!; i++) {
        list.push({ duty: graph.duties[answers.duties[i]!]!, inferred: true, score: answers.scores[i]! });
      }
      lists[q] = list;
    }
    return list;
  };
  // An explicit edge to a duty is the same for every duty that names it: made once, and
  // shared as a list of one by the many duties that name just it.
  const named: Array<[MandateEdge] | undefined> = new Array(graph.duties.length);
  const edgeTo = (d: Duty) => (named[d.index] ??= [{ duty: d, inferred: false }]);
  const { queryStarts, queryList } = plan;
  for (const duty of graph.duties) {
    const { mandate } = duty;
    if (mandate.length === 1) {
      const upper = graph.dutyByRef.get(mandate[0]!);
      if (upper) edges[duty.index] = edgeTo(upper);
      continue;
    }
    if (mandate.length > 1) {
      const list: MandateEdge[] = [];
      for (const ref of mandate) {
        const upper = graph.dutyByRef.get(ref);
        if (upper) list.push(edgeTo(upper)[0]);
      }
      edges[duty.index] = list;
      continue;
    }
    const from = queryStarts[duty.index]!;
    const to = queryStarts[duty.index + 1]!;
    if (to - from === 1) edges[duty.index] = answer(queryList[from]!);
    else if (to > from) edges[duty.index] = Array.from(queryList.subarray(from, to)).flatMap(answer).sort(bestFirst);
  }
  return edges;
}

/** Mandate inference on this thread: planMandates, answerMandates and mandateEdgesFrom. */
export function mandateEdges(graph: DutyGraph, text: TextIndex, threshold: number): MandateEdge[][] {
  const plan = planMandates(graph, text, threshold);
  return mandateEdgesFrom(graph, plan, answerMandates(text, plan.job));
}
