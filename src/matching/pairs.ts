import { tune } from './tune.js';
import { STATUS, type Department } from '../graph/graph.js';
import { overlapScore, sharedConcepts } from './evidence.js';
import type { MatchState } from './state.js';

/** Shared weight below which a candidate pair is not worth scoring: it cannot reach any threshold. */
const MIN_SHARED = tune('minShared', 0.2);
/** Being each other's best match counts when the two share this many things, each weighing at least MIN_CONCEPT_WEIGHT. */
const MUTUAL_CONCEPTS = tune('mutualConcepts', 2);
const MIN_CONCEPT_WEIGHT = tune('conceptWeight', 0.1);
const SINGLE_CONCEPT_SCORE = tune('single', 0.6);

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
  for (const a of duties) {
    postings.query(textOf[a]!, sets.all, w, (b) => b > a && deptOf[b] !== deptOf[a]);
    state.stats.candidates += postings.touched.length;
    for (const b of postings.touched) {
      if (postings.sharedWith(b) < MIN_SHARED) continue;
      state.stats.comparisons++;
      const score = overlapScore(scoring, sets, textOf[a]!, textOf[b]!);
      if (score > best[a]!) best[a] = score;
      if (score > best[b]!) best[b] = score;
      if (score >= minScore - 1e-9) found.push({ a, b, score, mutual: false });
    }
  }
  const kept: ScoredPair[] = [];
  for (const p of found) {
    const concepts = sharedConcepts(w, sets.vocab, sets.all, textOf[p.a]!, textOf[p.b]!, MIN_CONCEPT_WEIGHT, state.termsOfArt);
    // One shared thing makes a pair only when it is nearly all either duty says.
    if (concepts < MUTUAL_CONCEPTS && p.score < SINGLE_CONCEPT_SCORE) continue;
    p.mutual = p.score >= best[p.a]! - 1e-9 && p.score >= best[p.b]! - 1e-9;
    kept.push(p);
  }
  weights.reset();
  state.stats.capped = postings.capped;
  return kept;
}
