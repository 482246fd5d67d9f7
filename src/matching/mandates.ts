import { byCodeUnit } from '../compare.js';
import { declaresMandate, inForce, type Department } from '../graph/graph.js';
import { grown } from '../typed-arrays.js';
import { lastMandateEvidence, mandateScore, setWeight, sharedConcepts, sharedWeight, type Scoring } from './evidence.js';
import type { MatchState } from './state.js';

/** Shared weight below which a higher-level duty is not a candidate for a lower one. */
const MIN_SHARED = 0.1;
/** A non-counterpart duty is where a lower duty belongs when it scores this much… */
const MISPLACED_MIN = 0.3;
/** …and this many times what the best counterpart duty scores: clear evidence against the counterpart. */
const MISPLACED_MARGIN = 1.8;
/** …on at least this many shared things (sharedConcepts). */
const MISPLACED_CONCEPTS = 2;
/** An item of a lower title, or an upper title, this much contained in the other side covers that upper duty. */
const COVER_MIN = 0.5;
/** A best counterpart duty under the threshold stands out (standsOut) from this score, this many times the next one, on this much shared weight. */
const STANDOUT_MIN = 0.06;
const STANDOUT_MARGIN = 1.5;
const STANDOUT_SHARED = 0.5;
/**
 * A boilerplate lower duty covers its best counterpart duty from this score: a line many
 * departments carry word for word may still be the one department's restatement of its upper
 * duty (依法履行安全生产综合监督管理职责 beside every department's 负责本部门安全生产工作),
 * but only when the two say nearly the same.
 */
const GENERIC_COVER_MIN = 0.8;
/** Items lighter than this (one generic word) cover nothing on their own. */
const MIN_ITEM_WEIGHT = 0.3;

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
  /**
   * Per duty: 1 when no higher duty scores at all because the duty grants a licence or
   * charges a fee none speaks of; `nearest` is then the most similar one, `nearestScore` its similarity.
   */
  nearestPowers: Uint8Array;
}


/** Scores this close are a tie, which `plain` breaks. */
const TIE = 0.02;
/** Candidates scored for a lower duty: those sharing the most weight with it. */
const MAX_CANDIDATES = 32;
/** …and that share at least this part of what the one sharing most does. */
const NEAR_MOST = 0.25;

/** Weighted Dice with general-language weights only (TermWeights.base), each text's weight worked out once. */
function plainSimilarity(state: MatchState, a: number, b: number): number {
  const { base } = state.weights;
  const all = state.sets.all;
  return (2 * sharedWeight(base, all, a, all, b)) / (state.plainWeight(a) + state.plainWeight(b) || 1);
}

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
 * A boilerplate lower duty only covers the counterpart duty it nearly restates (GENERIC_COVER_MIN).
 */
export function inferMandates(state: MatchState, threshold: number): MandateTable {
  const { graph, textOf, sets, generic, postings, weights, departmentIndex } = state;
  const n = graph.duties.length;
  const found: Found = {
    bestC: new Int32Array(n).fill(-1), bestCScore: new Float64Array(n), secondCScore: new Float64Array(n), bestCShared: new Float64Array(n),
    bestO: new Int32Array(n).fill(-1), bestOScore: new Float64Array(n), bestOConcepts: new Uint8Array(n), covers: new Covers(n),
    nearDuty: new Int32Array(n).fill(-1), nearSimilarity: new Float64Array(n),
  };
  const { bestC, bestCScore, secondCScore, bestCShared, bestO, bestOScore, bestOConcepts, covers, nearDuty, nearSimilarity } = found;
  const answers = new Answers();
  const itemShares: number[] = [];
  /** Per department index: the stamp of the department whose counterparts are being asked about. */
  const counterpartStamp = new Int32Array(graph.departments.length);
  const indexOf = new Map(graph.departments.map((d, k) => [d, k]));
  let stamp = 0;

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
    answers.clear();
    const scoring = state.scoring;
    for (const dept of askers.get(jurisdiction)!) {
      stamp++;
      for (const id of dept.counterparts) {
        const upper = graph.departmentById.get(id);
        if (upper?.jurisdiction === jurisdiction) counterpartStamp[indexOf.get(upper)!] = stamp;
      }
      const isCounterpart = (u: number) => counterpartStamp[departmentIndex[u]!] === stamp;
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        if (!inForce(graph.statuses[i]!) || declaresMandate(graph, i)) continue;
        const text = textOf[i]!;
        // Many lower governments copy one catalogue: a text is asked once per government.
        const [from, to] = answers.of(text) ?? answers.add(text, ask(state, scoring, text));
        for (let c = from; c < to; c++) {
          const u = answers.duty[c]!;
          const score = answers.score[c]!;
          // A duty that cannot found this one (its powers) covers nothing and is no match,
          // though the message names the most similar one.
          if (score <= 0) {
            if (answers.similarity[c]! > nearSimilarity[i]!) {
              nearSimilarity[i] = answers.similarity[c]!;
              nearDuty[i] = u;
            }
            continue;
          }
          // Candidates come best first (ties broken by `plain`): the first counterpart one is the best.
          if (isCounterpart(u)) {
            if (bestC[i]! < 0 || score > bestCScore[i]! + TIE) {
              secondCScore[i] = bestCScore[i]!;
              bestCScore[i] = score;
              bestC[i] = u;
              bestCShared[i] = answers.shared[c]!;
            } else if (score > secondCScore[i]!) secondCScore[i] = score;
            if (answers.upperTitleInLower[c]! >= COVER_MIN && !generic[i]) covers.add(i, u, score);
          } else if (score > bestOScore[i]!) {
            bestOScore[i] = score;
            bestO[i] = u;
            bestOConcepts[i] = sharedConcepts(w, sets.vocab, sets.all, text, textOf[u]!, state.concepts);
          }
        }
        // Each item of the title covers the counterpart duties that hold most of it: all of
        // them when several hold it alike (the 行政处罚 and 行政检查 items of one subject).
        for (let k = generic[i] ? sets.itemsOf[text + 1]! : sets.itemsOf[text]!; k < sets.itemsOf[text + 1]!; k++) {
          const itemWeight = setWeight(w, sets.items, k);
          if (itemWeight < MIN_ITEM_WEIGHT) continue;
          let topShare = 0;
          itemShares.length = 0;
          for (let c = from; c < to; c++) {
            const u = answers.duty[c]!;
            if (answers.score[c]! <= 0 || !isCounterpart(u)) continue;
            const share = sharedWeight(w, sets.items, k, sets.all, textOf[u]!) / itemWeight;
            itemShares.push(share);
            if (share > topShare) topShare = share;
          }
          if (topShare < COVER_MIN) continue;
          for (let c = from, x = 0; c < to; c++) {
            if (answers.score[c]! <= 0 || !isCounterpart(answers.duty[c]!)) continue;
            if (itemShares[x++]! >= topShare - TIE) covers.add(i, answers.duty[c]!, answers.score[c]!);
          }
        }
      }
    }
    weights.reset();
  }
  state.stats.capped = postings.capped;
  return assemble(state, threshold, found);
}

/** The candidates of a text, scored and ordered: what `ask` returns for Answers. */
interface Asked {
  duty: number[];
  score: number[];
  /** The score before the powers are checked (MandateEvidence.similarity). */
  similarity: number[];
  upperTitleInLower: number[];
  shared: number[];
}

/**
 * The higher duties a lower text may implement, among those indexed in `state.postings`,
 * best first. Only those sharing the most weight with it are scored: the score (mostly
 * containment) favours them. The items of one subject in a 权责清单 (its 行政处罚,
 * 行政检查, 投诉举报…) share their subject and differ in words every department uses, which
 * weigh next to nothing: near ties are broken by the plain similarity, which tells them apart.
 */
function ask(state: MatchState, scoring: Scoring, text: number): Asked {
  const { postings, sets, textOf } = state;
  const w = scoring.w;
  postings.query(text, sets.all, w, () => true);
  let most = 0;
  for (const u of postings.touched) most = Math.max(most, postings.sharedWith(u));
  // A text of common words only (负责全市统计工作) is searched by them: it has nothing else.
  if (most < MIN_SHARED) {
    postings.query(text, sets.all, w, () => true, 0);
    for (const u of postings.touched) most = Math.max(most, postings.sharedWith(u));
  }
  state.stats.candidates += postings.touched.length;
  const picked: number[] = [];
  if (most > 0) for (const u of postings.touched) if (postings.sharedWith(u) >= NEAR_MOST * most) picked.push(u);
  if (picked.length > MAX_CANDIDATES) {
    picked.sort((x, y) => postings.sharedWith(y) - postings.sharedWith(x) || x - y);
    picked.length = MAX_CANDIDATES;
  }
  const scored = picked.map((u) => {
    state.stats.comparisons++;
    const score = mandateScore(scoring, sets, text, textOf[u]!);
    const e = lastMandateEvidence();
    return { u, score, similarity: e.similarity, upperTitleInLower: e.upperTitleInLower, shared: e.shared, plain: plainSimilarity(state, text, textOf[u]!) };
  });
  scored.sort((x, y) => (Math.abs(y.score - x.score) > TIE ? y.score - x.score : y.plain - x.plain || y.score - x.score || x.u - y.u));
  return {
    duty: scored.map((x) => x.u), score: scored.map((x) => x.score), similarity: scored.map((x) => x.similarity),
    upperTitleInLower: scored.map((x) => x.upperTitleInLower), shared: scored.map((x) => x.shared),
  };
}

/** The candidates of every text asked of one government, in flat arrays: text after text. */
class Answers {
  duty: number[] = [];
  score: number[] = [];
  similarity: number[] = [];
  upperTitleInLower: number[] = [];
  shared: number[] = [];
  private readonly at = new Map<number, [number, number]>();

  of(text: number): [number, number] | undefined {
    return this.at.get(text);
  }

  add(text: number, asked: Asked): [number, number] {
    const range: [number, number] = [this.duty.length, this.duty.length + asked.duty.length];
    for (let k = 0; k < asked.duty.length; k++) {
      this.duty.push(asked.duty[k]!);
      this.score.push(asked.score[k]!);
      this.similarity.push(asked.similarity[k]!);
      this.upperTitleInLower.push(asked.upperTitleInLower[k]!);
      this.shared.push(asked.shared[k]!);
    }
    this.at.set(text, range);
    return range;
  }

  clear(): void {
    this.duty = [];
    this.score = [];
    this.similarity = [];
    this.upperTitleInLower = [];
    this.shared = [];
    this.at.clear();
  }
}

/** The upper duties each lower duty covers besides its best one, with their scores, as linked lists over flat arrays. */
class Covers {
  readonly head: Int32Array;
  next: number[] = [];
  duty: number[] = [];
  score: number[] = [];

  constructor(duties: number) {
    this.head = new Int32Array(duties).fill(-1);
  }

  add(lower: number, upper: number, score: number): void {
    for (let e = this.head[lower]!; e >= 0; e = this.next[e]!) if (this.duty[e] === upper) return;
    this.next.push(this.head[lower]!);
    this.duty.push(upper);
    this.score.push(score);
    this.head[lower] = this.duty.length - 1;
  }
}

interface Found {
  bestC: Int32Array;
  bestCScore: Float64Array;
  /** Per duty: the second-best counterpart score, and the weight the best one shares. */
  secondCScore: Float64Array;
  bestCShared: Float64Array;
  bestO: Int32Array;
  bestOScore: Float64Array;
  /** Per duty: how many things it shares with its best non-counterpart duty (sharedConcepts). */
  bestOConcepts: Uint8Array;
  covers: Covers;
  /** Per duty: the most similar higher duty of those set aside for the powers, and its similarity. */
  nearDuty: Int32Array;
  nearSimilarity: Float64Array;
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

function assemble(state: MatchState, threshold: number, found: Found): MandateTable {
  const { graph } = state;
  const n = graph.duties.length;
  const { bestC, bestCScore, secondCScore, bestCShared, bestO, bestOScore, bestOConcepts, covers } = found;
  const starts = new Int32Array(n + 1);
  let duties = new Int32Array(n);
  let scores = new Float64Array(n);
  const inferred = new Uint8Array(n);
  const nearest = new Int32Array(n).fill(-1);
  const nearestScore = new Float64Array(n);
  const nearestPowers = new Uint8Array(n);
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
    } else if (found.nearDuty[i]! >= 0) {
      nearest[i] = found.nearDuty[i]!;
      nearestScore[i] = found.nearSimilarity[i]!;
      nearestPowers[i] = 1;
    }
    if (declaresMandate(graph, i)) {
      for (let k = explicitStarts[i]!; k < explicitStarts[i + 1]!; k++) if (targets[k]! >= 0) push(targets[k]!, NaN);
      continue;
    }
    // Clear evidence against the counterpart: a score well above its best, on more than one
    // shared thing. Not for a support duty (it works for another department by definition), nor
    // for a duty with its own legal basis (founded as it stands).
    const duty = graph.duties[i]!;
    const misplaced = !state.generic[i] && duty.role !== 'support' && duty.basis.length === 0 && bestOScore[i]! >= MISPLACED_MIN &&
      bestOScore[i]! >= MISPLACED_MARGIN * bestCScore[i]! && bestOConcepts[i]! >= MISPLACED_CONCEPTS;
    if (misplaced) {
      inferred[i] = 1;
      push(bestO[i]!, bestOScore[i]!);
      continue;
    }
    const edges: Array<[number, number]> = [];
    for (let e = covers.head[i]!; e >= 0; e = covers.next[e]!) edges.push([covers.duty[e]!, covers.score[e]!]);
    if (state.generic[i]) {
      if (bestC[i]! >= 0 && bestCScore[i]! >= GENERIC_COVER_MIN) edges.push([bestC[i]!, bestCScore[i]!]);
    } else if (bestC[i]! >= 0 && (bestCScore[i]! >= threshold - 1e-9 || standsOut(bestCScore[i]!, secondCScore[i]!, bestCShared[i]!))) {
      if (!edges.some(([u]) => u === bestC[i])) edges.push([bestC[i]!, bestCScore[i]!]);
    }
    if (edges.length === 0) continue;
    inferred[i] = 1;
    for (const [duty, score] of edges.sort((x, y) => y[1] - x[1] || x[0] - y[0])) push(duty, score);
  }
  starts[n] = at;
  return { starts, duties: duties.slice(0, at), scores: scores.slice(0, at), inferred, nearest, nearestScore, nearestPowers };
}
