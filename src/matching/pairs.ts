import { STATUS, type Department } from '../graph/graph.js';
import { lastOverlapEvidence, overlapScore, sharedConcepts, type OverlapEvidence } from './evidence.js';
import type { MatchState } from './state.js';

/** Shared weight below which a candidate pair is not worth scoring: it cannot reach any threshold. */
const MIN_SHARED = 0.2;
/** A pair sharing fewer things than this (sharedConcepts)… */
export const PAIR_THINGS = 2;
/**
 * …is the same duty only at this score, or when one title is all the other holds (WHOLE_TITLE
 * of it): one shared thing must be all that either duty says.
 */
export const ONE_THING_SCORE = 0.8;
const WHOLE_TITLE = 0.95;

/** Whether two duties scored `e` share enough to be one duty: `things` counts what they share (sharedConcepts), when needed. */
export function sharesEnough(e: Pick<OverlapEvidence, 'score' | 'aInB' | 'bInA'>, things: () => number): boolean {
  return e.score >= ONE_THING_SCORE || Math.max(e.aInB, e.bInA) >= WHOLE_TITLE || things() >= PAIR_THINGS;
}

/** Two duties (by index) of different departments of one government whose texts match. */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  /** Each is the other's best match among the government's other departments, on more than one shared thing. */
  mutual: boolean;
}

/**
 * The pairs of active, non-generic duties of different departments of one government that
 * score at least `minScore`, found through the government's postings (candidates share
 * informative terms), each scored once. A pair is mutual when neither duty has a better
 * match in another department: ranking holds on real writing where raw scores do not.
 */
export function pairsInGovernment(state: MatchState, depts: readonly Department[], minScore: number): ScoredPair[] {
  const { graph, textOf, sets, weights, generic, postings, best } = state;
  state.activate(depts);
  const w = weights.active;
  const duties: number[] = [];
  const deptOf = state.departmentIndex;
  for (const dept of depts) {
    for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
      if (graph.statuses[i] === STATUS.active && !generic[i]) duties.push(i);
    }
  }
  postings.build(duties, textOf, sets.all);
  const scoring = state.scoring;
  for (const i of duties) best[i] = 0;
  const found: ScoredPair[] = [];
  /** Per found pair: how much of one title the other holds, the more of the two. */
  const held: number[] = [];
  for (const a of duties) {
    postings.query(textOf[a]!, sets.all, w, (b) => b > a && deptOf[b] !== deptOf[a]);
    state.stats.candidates += postings.touched.length;
    for (const b of postings.touched) {
      if (postings.sharedWith(b) < MIN_SHARED) continue;
      state.stats.comparisons++;
      const score = overlapScore(scoring, sets, textOf[a]!, textOf[b]!);
      if (score > best[a]!) best[a] = score;
      if (score > best[b]!) best[b] = score;
      if (score >= minScore - 1e-9) {
        const e = lastOverlapEvidence();
        found.push({ a, b, score, mutual: false });
        held.push(Math.max(e.aInB, e.bInA));
      }
    }
  }
  const kept: ScoredPair[] = [];
  for (const [k, p] of found.entries()) {
    const things = () => sharedConcepts(w, sets.vocab, sets.all, textOf[p.a]!, textOf[p.b]!, state.concepts);
    if (!sharesEnough({ score: p.score, aInB: held[k]!, bInA: held[k]! }, things)) continue;
    p.mutual = p.score >= best[p.a]! - 1e-9 && p.score >= best[p.b]! - 1e-9;
    kept.push(p);
  }
  weights.reset();
  state.stats.capped = postings.capped;
  return kept;
}
