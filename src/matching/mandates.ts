import { tune } from './tune.js';
import { byCodeUnit } from '../compare.js';
import { declaresMandate, inForce, type Department } from '../graph/graph.js';
import { grown } from '../typed-arrays.js';
import { mandateEvidence, setWeight, sharedConcepts, sharedWeight } from './evidence.js';
import type { MatchState } from './state.js';

/** Shared weight below which a higher-level duty is not a candidate for a lower one. */
const MIN_SHARED = tune('vMinShared', 0.1);
/** A non-counterpart duty is where a lower duty belongs when it scores this much… */
const MISPLACED_MIN = tune('misMin', 0.3);
/** …and this many times what the best counterpart duty scores: clear evidence against the counterpart. */
const MISPLACED_MARGIN = tune('misMargin', 1.8);
/** …on at least this many shared things (sharedConcepts). */
const MISPLACED_CONCEPTS = tune('misConcepts', 2);
const MIN_CONCEPT_WEIGHT = 0.1;
/** An item of a lower title, or an upper title, this much contained in the other side covers that upper duty. */
const COVER_MIN = tune('cover', 0.5);
const STANDOUT_MIN = tune('soMin', 0.06);
const STANDOUT_MARGIN = tune('soMargin', 1.5);
const STANDOUT_SHARED = tune('soShared', 0.5);
/** Items lighter than this (one generic word) cover nothing on their own. */
const MIN_ITEM_WEIGHT = tune('itemWeight', 0.3);

/**
 * Every duty's higher-level duties, in flat arrays (a million duties have millions of
 * edges, which rules only count and look up): duty `i`'s edges are at `starts[i]` to
 * `starts[i + 1]`, best first. Explicit `mandate` references when a duty declares them;
 * otherwise the inferred ones.
 */
export interface MandateTable {
  starts: Int32Array;
  /** The higher-level duty of each edge, by duty index. */
  duties: Int32Array;
  /** The score of each inferred edge; NaN for explicit ones. */
  scores: Float64Array;
  /** Per duty: 1 when its edges are inferred, 0 when they are its explicit references. */
  inferred: Uint8Array;
  /** Per duty: the best-scoring higher-level duty of any department of its counterparts' governments (-1: none), and its score. */
  nearest: Int32Array;
  nearestScore: Float64Array;
}

interface Candidate {
  duty: number;
  score: number;
  upperTitleInLower: number;
  shared: number;
  /** Weighted Dice with general-language weights only: what tells apart the items of one subject. */
  plain: number;
}

/** Scores this close are a tie, which `plain` breaks. */
const TIE = tune('tie', 0.02);

/**
 * Mandate inference. A lower duty is matched against the duties of the governments its
 * department's counterparts belong to, through those governments' postings. It implements:
 * - its best counterpart duty, when that scores at least `threshold` (the counterpart
 *   first: a lower department takes its counterpart's allocation as its standard);
 * - every counterpart duty that one item of its title, or whose title it, mostly contains
 *   (one broad lower duty often carries several upper items);
 * - or, instead, a duty of another department that scores clearly more than any
 *   counterpart duty (错位), unless it is a support duty, which works for another department
 *   by definition.
 */
export function inferMandates(state: MatchState, threshold: number): MandateTable {
  const { graph, textOf, sets, generic, postings, weights } = state;
  const n = graph.duties.length;
  const bestC = new Int32Array(n).fill(-1);
  const bestCScore = new Float64Array(n);
  /** Per duty: the second-best counterpart score, and the weight the best one shares. */
  const secondCScore = new Float64Array(n);
  const bestCShared = new Float64Array(n);
  const bestO = new Int32Array(n).fill(-1);
  const bestOScore = new Float64Array(n);
  /** Per duty: how many things it shares with its best non-counterpart duty (sharedConcepts). */
  const bestOConcepts = new Uint8Array(n);
  const covers = new Map<number, Map<number, number>>();

  // The lower departments that ask each higher government, governments in id order.
  const askers = new Map<string, Department[]>();
  for (const dept of graph.departments) {
    const above = new Set(dept.counterparts.map((id) => graph.departmentById.get(id)?.jurisdiction)
      .filter((j): j is string => j !== undefined && j !== dept.jurisdiction));
    for (const j of above) (askers.get(j) ?? askers.set(j, []).get(j)!).push(dept);
  }
  for (const jurisdiction of [...askers.keys()].sort(byCodeUnit)) {
    const uppers = graph.jurisdictions.get(jurisdiction)!;
    state.activate(uppers);
    const w = weights.active;
    const searched: number[] = [];
    for (const dept of uppers) {
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        if (inForce(graph.statuses[i]!) && !generic[i]) searched.push(i);
      }
    }
    postings.build(searched, textOf, sets.all);
    // Many lower governments copy one catalogue: a text is asked once per government.
    const answers = new Map<number, Candidate[]>();
    const ask = (text: number): Candidate[] => {
      let found = answers.get(text);
      if (found) return found;
      postings.query(text, sets.all, w, () => true);
      // A text of common words only (负责全市统计工作) is searched by them: it has nothing else.
      if (!postings.touched.some((u) => postings.sharedWith(u) >= MIN_SHARED)) postings.query(text, sets.all, w, () => true, 0);
      state.stats.candidates += postings.touched.length;
      found = [];
      const least = Math.min(MIN_SHARED, Math.max(...postings.touched.map((u) => postings.sharedWith(u)), 0));
      for (const u of postings.touched) {
        if (postings.sharedWith(u) < least || postings.sharedWith(u) === 0) continue;
        state.stats.comparisons++;
        const e = mandateEvidence(w, sets, text, textOf[u]!);
        const plain = 2 * sharedWeight(weights.base, sets.all, text, sets.all, textOf[u]!) /
          (setWeight(weights.base, sets.all, text) + setWeight(weights.base, sets.all, textOf[u]!) || 1);
        found.push({ duty: u, score: e.score, upperTitleInLower: e.upperTitleInLower, shared: e.shared, plain });
      }
      // The items of one subject in a 权责清单 (its 行政处罚, 行政检查, 投诉举报…) share their
      // subject and differ in words every department uses, which weigh next to nothing: the
      // plain similarity tells them apart.
      found.sort((x, y) => (Math.abs(y.score - x.score) > TIE ? y.score - x.score : y.plain - x.plain || y.score - x.score || x.duty - y.duty));
      answers.set(text, found);
      return found;
    };
    for (const dept of askers.get(jurisdiction)!) {
      const counterparts = new Set(dept.counterparts.map((id) => graph.departmentById.get(id)).filter((d) => d?.jurisdiction === jurisdiction));
      const isCounterpart = (u: number) => counterparts.has(graph.duties[u]!.department);
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        if (generic[i] || !inForce(graph.statuses[i]!) || declaresMandate(graph, i)) continue;
        const text = textOf[i]!;
        const found = ask(text);
        let cover: Map<number, number> | undefined;
        const addCover = (u: number, score: number) => {
          cover ??= covers.get(i) ?? covers.set(i, new Map()).get(i)!;
          cover.set(u, score);
        };
        for (const c of found) {
          // A duty that cannot found this one (its powers) covers nothing and is no match.
          if (c.score <= 0) continue;
          // Candidates come best first (ties broken by `plain`): the first counterpart one is the best.
          if (isCounterpart(c.duty)) {
            if (bestC[i]! < 0 || c.score > bestCScore[i]! + TIE) {
              secondCScore[i] = bestCScore[i]!;
              bestCScore[i] = c.score;
              bestC[i] = c.duty;
              bestCShared[i] = c.shared;
            } else if (c.score > secondCScore[i]!) secondCScore[i] = c.score;
            if (c.upperTitleInLower >= COVER_MIN) addCover(c.duty, c.score);
          } else if (c.score > bestOScore[i]!) {
            bestOScore[i] = c.score;
            bestO[i] = c.duty;
            bestOConcepts[i] = sharedConcepts(w, sets.vocab, sets.all, text, textOf[c.duty]!, MIN_CONCEPT_WEIGHT, state.termsOfArt);
          }
        }
        // Each item of the title covers the counterpart duty that holds most of it.
        for (let k = sets.itemsOf[text]!; k < sets.itemsOf[text + 1]!; k++) {
          const itemWeight = setWeight(w, sets.items, k);
          if (itemWeight < MIN_ITEM_WEIGHT) continue;
          let top: Candidate | undefined;
          let topShare = 0;
          for (const c of found) {
            if (c.score <= 0 || !isCounterpart(c.duty)) continue;
            const share = sharedWeight(w, sets.items, k, sets.all, textOf[c.duty]!) / itemWeight;
            if (share > topShare + 1e-9) {
              topShare = share;
              top = c;
            }
          }
          if (top && topShare >= COVER_MIN) addCover(top.duty, top.score);
        }
      }
    }
    weights.reset();
  }
  state.stats.capped = postings.capped;
  return assemble(state, threshold, { bestC, bestCScore, secondCScore, bestCShared, bestO, bestOScore, bestOConcepts, covers });
}

/**
 * A best counterpart duty below the threshold still counts when it stands out: it scores
 * some, clearly more than the next counterpart duty, on a shared word that means something.
 * Independently written levels paraphrase loosely; the right upper duty is then the top
 * candidate by a margin, at a low score.
 */
function standsOut(best: number, second: number, shared: number): boolean {
  return best >= STANDOUT_MIN && best >= STANDOUT_MARGIN * second && shared >= STANDOUT_SHARED;
}

function assemble(
  state: MatchState, threshold: number,
  found: {
    bestC: Int32Array; bestCScore: Float64Array; secondCScore: Float64Array; bestCShared: Float64Array;
    bestO: Int32Array; bestOScore: Float64Array; bestOConcepts: Uint8Array; covers: Map<number, Map<number, number>>;
  },
): MandateTable {
  const { graph } = state;
  const n = graph.duties.length;
  const { bestC, bestCScore, secondCScore, bestCShared, bestO, bestOScore, bestOConcepts, covers } = found;
  const starts = new Int32Array(n + 1);
  let duties = new Int32Array(n);
  let scores = new Float64Array(n);
  const inferred = new Uint8Array(n);
  const nearest = new Int32Array(n).fill(-1);
  const nearestScore = new Float64Array(n);
  let at = 0;
  const push = (duty: number, score: number) => {
    if (at === duties.length) {
      duties = grown(duties, 2 * at);
      scores = grown(scores, 2 * at);
    }
    duties[at] = duty;
    scores[at++] = score;
  };
  const { starts: explicitStarts, targets } = graph.mandates;
  for (let i = 0; i < n; i++) {
    starts[i] = at;
    if (bestCScore[i]! >= bestOScore[i]! && bestC[i]! >= 0) {
      nearest[i] = bestC[i]!;
      nearestScore[i] = bestCScore[i]!;
    } else if (bestO[i]! >= 0) {
      nearest[i] = bestO[i]!;
      nearestScore[i] = bestOScore[i]!;
    }
    if (declaresMandate(graph, i)) {
      for (let k = explicitStarts[i]!; k < explicitStarts[i + 1]!; k++) if (targets[k]! >= 0) push(targets[k]!, NaN);
      continue;
    }
    // Clear evidence against the counterpart: a score well above its best, on more than one
    // shared thing. Not for a support duty (it works for another department by definition), nor
    // for a duty with its own legal basis (founded as it stands).
    const duty = graph.duties[i]!;
    const misplaced = duty.role !== 'support' && duty.basis.length === 0 && bestOScore[i]! >= MISPLACED_MIN &&
      bestOScore[i]! >= MISPLACED_MARGIN * bestCScore[i]! && bestOConcepts[i]! >= MISPLACED_CONCEPTS;
    if (misplaced) {
      inferred[i] = 1;
      push(bestO[i]!, bestOScore[i]!);
      continue;
    }
    const edges = new Map(covers.get(i) ?? []);
    if (bestC[i]! >= 0 && (bestCScore[i]! >= threshold - 1e-9 || standsOut(bestCScore[i]!, secondCScore[i]!, bestCShared[i]!))) {
      edges.set(bestC[i]!, bestCScore[i]!);
    }
    if (edges.size === 0) continue;
    inferred[i] = 1;
    for (const [duty, score] of [...edges].sort((x, y) => y[1] - x[1] || x[0] - y[0])) push(duty, score);
  }
  starts[n] = at;
  return { starts, duties: duties.slice(0, at), scores: scores.slice(0, at), inferred, nearest, nearestScore };
}
