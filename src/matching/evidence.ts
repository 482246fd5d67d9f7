import { powerFactor, PROCEDURE_WORDS } from '../text/lexicon/powers.js';
import type { IdSets } from './texts.js';

/**
 * Shared weight below which "one text contains the other" is not trusted on its own: about
 * two distinctive words. A title of one rare word is contained in anything that uses it.
 */
export const MIN_CONTAINED = 0.9;
/** What containment alone may score, at most: a part is less than the whole. */
const CONTAINMENT_SCORE = 0.75;

/** The weight of set `s` of `sets`. */
export function setWeight(w: Float64Array, sets: IdSets, s: number): number {
  let sum = 0;
  for (let k = sets.starts[s]!; k < sets.starts[s + 1]!; k++) sum += w[sets.ids[k]!]!;
  return sum;
}

/** The weight of the terms two sorted sets share. */
export function sharedWeight(w: Float64Array, x: IdSets, a: number, y: IdSets, b: number): number {
  let i = x.starts[a]!;
  const iEnd = x.starts[a + 1]!;
  let j = y.starts[b]!;
  const jEnd = y.starts[b + 1]!;
  let sum = 0;
  while (i < iEnd && j < jEnd) {
    const p = x.ids[i]!;
    const q = y.ids[j]!;
    if (p === q) {
      sum += w[p]!;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return sum;
}

/** Which terms are concepts, and which of those terms of art (TermAnalyzer). */
export interface ConceptKinds {
  isConcept(term: string): boolean;
  isTermOfArt(term: string): boolean;
}

/** Shared terms lighter than this are not counted among the things two texts share. */
const MIN_THING_WEIGHT = 0.2;

/**
 * How many distinct things two texts share: their shared terms of weight at least
 * MIN_THING_WEIGHT, not counting a term that is part of another shared term (职业 beside 职业技能).
 * A single shared word says that two duties touch one subject, not that they are one duty;
 * a term of art (a concept named in three or more words: 医疗卫生与养老服务相结合, however
 * written), or a compound word shared with two of its parts (农田水利), counts as two, any
 * other concept as one (节能, 节约能源);
 * a word of procedure (许可证, 核发: PROCEDURE_WORDS) names no subject and counts as none.
 */
export function sharedConcepts(
  w: Float64Array, vocab: readonly string[], all: IdSets, a: number, b: number, concepts: ConceptKinds,
): number {
  const shared: string[] = [];
  let i = all.starts[a]!;
  let j = all.starts[b]!;
  while (i < all.starts[a + 1]! && j < all.starts[b + 1]!) {
    const p = all.ids[i]!;
    const q = all.ids[j]!;
    if (p === q) {
      if (w[p]! >= MIN_THING_WEIGHT) shared.push(vocab[p]!);
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  let count = 0;
  for (const t of shared) {
    if (PROCEDURE_WORDS.has(t) || shared.some((u) => u !== t && u.includes(t))) continue;
    count += concepts.isConcept(t) ? (concepts.isTermOfArt(t) ? 2 : 1) : partsAmong(t, shared) >= 2 ? 2 : 1;
  }
  return count;
}

/** How many other terms of `terms` are inside `t`: a compound shared with its parts (农田水利: 农田, 水利) names one thing precisely. */
function partsAmong(t: string, terms: readonly string[]): number {
  let n = 0;
  for (const u of terms) if (u !== t && t.includes(u)) n++;
  return n;
}

/** Per text, its title's and whole text's term sets and its powers (TermTable). */
export interface TextSets {
  title: IdSets;
  all: IdSets;
  powers: Uint8Array;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 0);

/**
 * Each text's title and whole weight under the weights in force, worked out once per text
 * and set of weights: every text is scored against many others. `version` names the
 * weights (TermWeights.version); a new one empties the cache.
 */
export class TextWeights {
  private version = -1;
  private readonly stamp: Int32Array;
  private readonly title: Float64Array;
  private readonly all: Float64Array;
  private epoch = 0;

  constructor(private readonly sets: TextSets, texts: number) {
    this.stamp = new Int32Array(texts);
    this.title = new Float64Array(texts);
    this.all = new Float64Array(texts);
  }

  /** Title and whole weights of text `t` under `w`, weights version `version`; read them from `titleOf` and `allOf`. */
  get(w: Float64Array, version: number, t: number): void {
    if (version !== this.version) {
      this.version = version;
      this.epoch++;
    }
    if (this.stamp[t] !== this.epoch) {
      this.stamp[t] = this.epoch;
      this.title[t] = setWeight(w, this.sets.title, t);
      this.all[t] = setWeight(w, this.sets.all, t);
    }
  }

  titleOf(t: number): number {
    return this.title[t]!;
  }

  allOf(t: number): number {
    return this.all[t]!;
  }
}

/** Weights to score with: the array, its version (TermWeights.version) and a cache of text weights. */
export interface Scoring {
  w: Float64Array;
  version: number;
  cache: TextWeights;
}

/**
 * The evidence that two duties of one government are the same duty, each piece from 0 to 1.
 * Titles and whole texts are compared apart, so a title is not drowned by a long detail;
 * containment lets a short duty that is one part of a long one count.
 */
export interface OverlapEvidence {
  /** Weighted Dice of the two titles. */
  titles: number;
  /** Weighted Dice of the two whole texts (title and detail). */
  texts: number;
  /** How much of A's title B's whole text holds, and of B's title A's. */
  aInB: number;
  bInA: number;
  /** The weight behind the larger containment, which must reach MIN_CONTAINED to count fully. */
  containedWeight: number;
  score: number;
  /** Which piece gave the score. */
  by: 'titles' | 'texts' | 'both-contained' | 'contained';
}

/** Written by overlapScore: searches score millions of pairs and keep only the score. */
const lastOverlap: OverlapEvidence = { titles: 0, texts: 0, aInB: 0, bInA: 0, containedWeight: 0, score: 0, by: 'titles' };

export function overlapScore({ w, version, cache }: Scoring, sets: TextSets, a: number, b: number): number {
  const { title, all } = sets;
  cache.get(w, version, a);
  cache.get(w, version, b);
  const ta = cache.titleOf(a);
  const tb = cache.titleOf(b);
  const aInBWeight = sharedWeight(w, title, a, all, b);
  const bInAWeight = sharedWeight(w, title, b, all, a);
  const textShared = sharedWeight(w, all, a, all, b);
  const e = lastOverlap;
  e.titles = ratio(2 * sharedWeight(w, title, a, title, b), ta + tb);
  e.texts = ratio(2 * textShared, cache.allOf(a) + cache.allOf(b));
  e.aInB = ratio(aInBWeight, ta);
  e.bInA = ratio(bInAWeight, tb);
  e.containedWeight = e.aInB >= e.bInA ? aInBWeight : bInAWeight;
  e.score = e.titles;
  e.by = 'titles';
  if (e.texts > e.score) {
    e.score = e.texts;
    e.by = 'texts';
  }
  const both = Math.sqrt(e.aInB * e.bInA);
  if (both > e.score) {
    e.score = both;
    e.by = 'both-contained';
  }
  const one = CONTAINMENT_SCORE * Math.max(e.aInB, e.bInA) * Math.min(1, e.containedWeight / MIN_CONTAINED);
  if (one > e.score) {
    e.score = one;
    e.by = 'contained';
  }
  return e.score;
}

/** The pieces of the last overlapScore, until the next call. */
export function lastOverlapEvidence(): Readonly<OverlapEvidence> {
  return lastOverlap;
}

/** The same, with every piece, for explanations. */
export function overlapEvidence(scoring: Scoring, sets: TextSets, a: number, b: number): OverlapEvidence {
  overlapScore(scoring, sets, a, b);
  return { ...lastOverlap };
}

/**
 * The evidence that a lower duty L implements a higher duty U: how much of L's title U's
 * text holds (a narrowed lower duty is inside its upper one), how much of L's whole text,
 * and how much of U's title L holds (a lower duty may restate the title and drop the detail).
 */
export interface MandateEvidence {
  /** Weighted Dice of the two whole texts. */
  texts: number;
  lowerTitleInUpper: number;
  lowerInUpper: number;
  upperTitleInLower: number;
  /** The weight of the terms the two texts share. */
  shared: number;
  /** The score the texts give, before the powers are checked. */
  similarity: number;
  score: number;
  /** 'powers' when the lower duty grants a licence or charges a fee the upper one does not speak of (powerFactor). */
  by: 'texts' | 'contained' | 'powers';
}

const lastMandate: MandateEvidence = { texts: 0, lowerTitleInUpper: 0, lowerInUpper: 0, upperTitleInLower: 0, shared: 0, similarity: 0, score: 0, by: 'texts' };

/** The score of MandateEvidence; its pieces are in `lastMandateEvidence()` until the next call. */
export function mandateScore({ w, version, cache }: Scoring, sets: TextSets, lower: number, upper: number): number {
  const { title, all } = sets;
  cache.get(w, version, lower);
  cache.get(w, version, upper);
  const textShared = sharedWeight(w, all, lower, all, upper);
  const e = lastMandate;
  e.texts = ratio(2 * textShared, cache.allOf(lower) + cache.allOf(upper));
  e.lowerTitleInUpper = ratio(sharedWeight(w, title, lower, all, upper), cache.titleOf(lower));
  e.lowerInUpper = ratio(textShared, cache.allOf(lower));
  e.upperTitleInLower = ratio(sharedWeight(w, title, upper, all, lower), cache.titleOf(upper));
  e.shared = textShared;
  const contained = 0.5 * e.lowerTitleInUpper + 0.25 * e.lowerInUpper + 0.25 * e.upperTitleInLower;
  e.similarity = Math.max(contained, e.texts);
  const factor = powerFactor(sets.powers[lower]!, sets.powers[upper]!);
  e.score = e.similarity * factor;
  e.by = factor < 1 ? 'powers' : contained > e.texts ? 'contained' : 'texts';
  return e.score;
}

export function lastMandateEvidence(): Readonly<MandateEvidence> {
  return lastMandate;
}

/** The same, with every piece, for explanations. */
export function mandateEvidence(scoring: Scoring, sets: TextSets, lower: number, upper: number): MandateEvidence {
  mandateScore(scoring, sets, lower, upper);
  return { ...lastMandate };
}
