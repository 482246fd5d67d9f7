import { STATUS, type Department } from '../graph/graph.js';
import { lastOverlapEvidence, overlapScore, sharedConcepts, type OverlapEvidence } from './evidence.js';
import { MIN_POSTING_WEIGHT } from './postings.js';
import type { MatchState } from './state.js';
import type { IdSets } from './texts.js';

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
/**
 * Duties of one government that matching cannot tell apart (the same terms in title and
 * text), this many or more, are a group: paired as one, with every duty they pair with.
 */
export const GROUP_SIZE = 3;

/** Whether two duties scored `e` share enough to be one duty: `things` counts what they share (sharedConcepts), when needed. */
export function sharesEnough(e: Pick<OverlapEvidence, 'score' | 'aInB' | 'bInA'>, things: () => number): boolean {
  return e.score >= ONE_THING_SCORE || Math.max(e.aInB, e.bInA) >= WHOLE_TITLE || things() >= PAIR_THINGS;
}

/**
 * Two duties (by index) of different departments of one government whose texts match; or,
 * when `as` and `bs` are given, every duty of `as` with every duty of `bs` of another
 * department (`a` and `b` their first), one of them a group (GROUP_SIZE). A group with
 * itself has `a === b` and `as === bs`.
 */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  /**
   * Each is the other's best match among the government's other departments, on more than
   * one shared thing (for groups: some duty of the one and some duty of the other are).
   */
  mutual: boolean;
  as?: readonly number[];
  bs?: readonly number[];
}

/** Duties that matching cannot tell apart: their text's terms, and which departments hold them. */
interface TextClass {
  /** A text (by number) of the duties: all of theirs have its terms. */
  text: number;
  /** In index order. */
  duties: number[];
  /** The department (by index) of all of them, or -1 when they are of several. */
  sole: number;
  /** The best score of any duty in another department, for every duty of the class (pairs with a class of several departments, or with itself)… */
  best: number;
  /** …and, for those of several departments, the best by a class of one department (`byDept`), and the best by a class of another one than that (ex2). */
  ex1: number;
  byDept: number;
  ex2: number;
  /** Another class whose terms hash alike (textClasses). */
  next?: TextClass;
}

/**
 * The pairs of active, non-generic duties of different departments of one government that
 * score at least `minScore`, found through the government's postings (candidates share
 * informative terms), each scored once. Duties that matching cannot tell apart are
 * indexed and scored as one: many departments holding one line cost one text, not their
 * square. A pair is mutual when neither duty has a better match in another department:
 * ranking holds on real writing where raw scores do not.
 */
export function pairsInGovernment(state: MatchState, depts: readonly Department[], minScore: number): ScoredPair[] {
  const { textOf, sets, weights, postings } = state;
  state.activate(depts);
  const w = weights.active;
  const deptOf = state.departmentIndex;
  const classes = textClasses(state, depts);
  // Postings hold each class's first duty, by which it is known here.
  const { classOf } = state;
  classes.forEach((c, k) => (classOf[c.duties[0]!] = k));
  const firsts = classes.map((c) => c.duties[0]!);
  postings.build(firsts, textOf, sets.all);
  const scoring = state.scoring;
  const found: Array<{ x: TextClass; y: TextClass; score: number; held: number }> = [];
  const compared = (x: TextClass, y: TextClass, score: number) => {
    noteBest(x, y, score);
    noteBest(y, x, score);
    if (score >= minScore - 1e-9) {
      const e = lastOverlapEvidence();
      found.push({ x, y, score, held: Math.max(e.aInB, e.bInA) });
    }
  };
  for (const x of classes) {
    // A class of several departments pairs with itself, when what it says weighs enough to be compared at all.
    if (x.sole < 0 && selfShared(sets.all, x.text, w) >= MIN_SHARED) {
      state.stats.comparisons++;
      compared(x, x, overlapScore(scoring, sets, x.text, x.text));
    }
  }
  for (const x of classes) {
    const a = x.duties[0]!;
    postings.query(x.text, sets.all, w, (b) => b > a && (x.sole < 0 || classes[classOf[b]!]!.sole !== x.sole));
    state.stats.candidates += postings.touched.length;
    for (const b of postings.touched) {
      if (postings.sharedWith(b) < MIN_SHARED) continue;
      state.stats.comparisons++;
      const y = classes[classOf[b]!]!;
      compared(x, y, overlapScore(scoring, sets, x.text, y.text));
    }
  }
  const bestOf = (c: TextClass, d: number) => Math.max(c.best, deptOf[d] !== c.byDept ? c.ex1 : c.ex2);
  const kept: ScoredPair[] = [];
  for (const { x, y, score, held } of found) {
    const things = () => sharedConcepts(w, sets.vocab, sets.all, x.text, y.text, state.concepts);
    if (!sharesEnough({ score, aInB: held, bInA: held }, things)) continue;
    const mutualWith = (d: number) => score >= bestOf(x, d) - 1e-9;
    const mutualFor = (d: number, c: TextClass) => score >= bestOf(c, d) - 1e-9;
    if (x.duties.length < GROUP_SIZE && y.duties.length < GROUP_SIZE) {
      // Few duties: each pair of them on its own, as it would be without the others.
      for (const a of x.duties) {
        for (const b of y.duties) {
          if (a >= b && x === y) continue;
          if (deptOf[a] === deptOf[b]) continue;
          const [p, q] = a < b ? [a, b] : [b, a];
          kept.push({ a: p, b: q, score, mutual: mutualWith(a) && mutualFor(b, y) });
        }
      }
      continue;
    }
    const xs = x.duties.filter((d) => mutualWith(d));
    const ys = y.duties.filter((d) => mutualFor(d, y));
    kept.push({ a: x.duties[0]!, b: y.duties[0]!, score, mutual: xs.length > 0 && ys.length > 0 && !oneDepartment([...xs, ...ys], deptOf), as: x.duties, bs: y.duties });
  }
  weights.reset();
  state.stats.capped = postings.capped;
  return kept;
}

/** What `x`'s duties learn of their best match from being scored `score` against `y`'s. */
function noteBest(x: TextClass, y: TextClass, score: number): void {
  if (x === y || y.sole < 0 || x.sole >= 0) {
    // Every duty of x has one of y in another department.
    if (score > x.best) x.best = score;
    return;
  }
  // x of several departments, y of one: all but x's duties in y's department.
  if (y.sole === x.byDept) {
    if (score > x.ex1) x.ex1 = score;
  } else if (score > x.ex1) {
    x.ex2 = x.ex1;
    x.ex1 = score;
    x.byDept = y.sole;
  } else if (score > x.ex2) x.ex2 = score;
}

function textClasses(state: MatchState, depts: readonly Department[]): TextClass[] {
  const { graph, textOf, sets, generic, departmentIndex: deptOf } = state;
  const out: TextClass[] = [];
  const byHash = new Map<number, TextClass>();
  for (const dept of depts) {
    for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
      if (graph.statuses[i] !== STATUS.active || generic[i]) continue;
      const t = textOf[i]!;
      const h = hashSets(sets.title, sets.all, t);
      const first = byHash.get(h);
      let c = first;
      while (c && c.text !== t && !(sameSet(sets.title, c.text, t) && sameSet(sets.all, c.text, t))) c = c.next;
      if (!c) {
        c = { text: t, duties: [], sole: deptOf[i]!, best: 0, ex1: 0, byDept: -1, ex2: 0, next: undefined };
        out.push(c);
        if (first) {
          c.next = first.next;
          first.next = c;
        } else byHash.set(h, c);
      } else if (c.sole !== deptOf[i]) c.sole = -1;
      c.duties.push(i);
    }
  }
  return out;
}

/** The weight a text shares with a copy of itself through the postings: its informative terms'. */
function selfShared(all: IdSets, t: number, w: Float64Array): number {
  let sum = 0;
  for (let k = all.starts[t]!; k < all.starts[t + 1]!; k++) if (w[all.ids[k]!]! >= MIN_POSTING_WEIGHT) sum += w[all.ids[k]!]!;
  return sum;
}

function oneDepartment(duties: readonly number[], deptOf: Int32Array): boolean {
  return duties.every((d) => deptOf[d] === deptOf[duties[0]!]);
}

/** A hash of a text's title and whole term sets. */
function hashSets(title: IdSets, all: IdSets, t: number): number {
  let h = 0x811c9dc5;
  for (const sets of [title, all]) {
    for (let k = sets.starts[t]!; k < sets.starts[t + 1]!; k++) h = Math.imul(h ^ sets.ids[k]!, 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193);
  }
  return h;
}

function sameSet(sets: IdSets, s: number, t: number): boolean {
  const n = sets.starts[s + 1]! - sets.starts[s]!;
  if (n !== sets.starts[t + 1]! - sets.starts[t]!) return false;
  for (let k = 0; k < n; k++) if (sets.ids[sets.starts[s]! + k] !== sets.ids[sets.starts[t]! + k]) return false;
  return true;
}
