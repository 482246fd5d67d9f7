import { byCodeUnit } from '../compare.js';
import { addToGroup } from '../groups.js';
import type { PrefixIndex, TextIndex } from '../text/text-index.js';
import type { Duty, DutyGraph } from './graph.js';

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
 * threshold. Each jurisdiction is matched on its own through a prefix index; duties with the
 * same text are grouped first and paired without comparing.
 */
export function sameDutyPairs(graph: DutyGraph, text: TextIndex, threshold: number): DutyPair[] {
  const pairs: DutyPair[] = [];
  for (const depts of graph.jurisdictions.values()) {
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

function bestFirst(x: MandateEdge, y: MandateEdge): number {
  return y.score! - x.score! || byCodeUnit(x.duty.ref, y.duty.ref);
}

function addPair(out: DutyPair[], x: Duty, y: Duty, score: number): void {
  if (x.department === y.department) return;
  const [a, b] = x.index < y.index ? [x, y] : [y, x];
  out.push({ a, b, score });
}

const NO_EDGES: MandateEdge[] = [];

/**
 * The higher-level duties each duty implements: its explicit `mandate` references, or,
 * for a duty without them whose department has counterparts, every text match at or above
 * the threshold among the duties of the governments its counterparts belong to, best first.
 * Indexed by duty index.
 * All of them count as covered: one broad lower duty often carries several upper items.
 */
export function mandateEdges(graph: DutyGraph, text: TextIndex, threshold: number): MandateEdge[][] {
  const edges: MandateEdge[][] = new Array<MandateEdge[]>(graph.duties.length).fill(NO_EDGES);
  const uppers = new Map<string, UpperIndex>();
  const upperIndex = (jurisdiction: string): UpperIndex => {
    let entry = uppers.get(jurisdiction);
    if (!entry) uppers.set(jurisdiction, (entry = buildUpperIndex(graph, text, jurisdiction, threshold)));
    return entry;
  };

  for (const dept of graph.departments) {
    const above = [...new Set(dept.counterparts
      .map((id) => graph.departmentById.get(id)?.jurisdiction)
      .filter((j): j is string => j !== undefined && j !== dept.jurisdiction))].sort(byCodeUnit).map(upperIndex);
    for (const duty of dept.duties) {
      if (duty.mandate.length > 0) {
        const explicit = duty.mandate
          .map((ref) => graph.dutyByRef.get(ref))
          .filter((d): d is Duty => d !== undefined)
          .map((d): MandateEdge => ({ duty: d, inferred: false }));
        edges[duty.index] = explicit;
        continue;
      }
      if (above.length === 0) continue;
      const t = text.textOf[duty.index]!;
      // Edge lists are shared between duties with the same text; nobody mutates them.
      const found = above.length === 1 ? answer(above[0]!, t) : above.flatMap((u) => answer(u, t)).sort(bestFirst);
      edges[duty.index] = found;
    }
  }
  return edges;
}

/** The duties of one higher-level government, indexed for lookups by lower-level texts. */
interface UpperIndex {
  index: PrefixIndex;
  byText: Map<number, Duty[]>;
  /** Answers by text: many lower governments copy one catalogue, so each text is looked up once. */
  answers: Map<number, MandateEdge[]>;
}

function buildUpperIndex(graph: DutyGraph, text: TextIndex, jurisdiction: string, threshold: number): UpperIndex {
  const index = text.prefixIndex(threshold);
  const byText = new Map<number, Duty[]>();
  for (const dept of graph.jurisdictions.get(jurisdiction) ?? []) {
    for (const duty of dept.duties) {
      if (duty.status === 'cancelled' || duty.status === 'transferred') continue;
      const t = text.textOf[duty.index]!;
      const group = byText.get(t);
      if (group) group.push(duty);
      else {
        byText.set(t, [duty]);
        index.add(t);
      }
    }
  }
  return { index, byText, answers: new Map() };
}

function answer(upper: UpperIndex, t: number): MandateEdge[] {
  let found = upper.answers.get(t);
  if (!found) {
    found = [];
    for (const m of upper.index.query(t)) {
      for (const d of upper.byText.get(m.b)!) found.push({ duty: d, inferred: true, score: m.score });
    }
    upper.answers.set(t, found.sort(bestFirst));
  }
  return found;
}
