import { tune } from './tune.js';
import { powerFactor } from '../text/lexicon/powers.js';
import type { IdSets } from './texts.js';

/**
 * Shared weight below which "one text contains the other" is not trusted on its own: about
 * two distinctive words. A title of one rare word is contained in anything that uses it.
 */
export const MIN_CONTAINED = tune('minContained', 0.9);
/** What containment alone may score, at most: a part is less than the whole. */
const CONTAINMENT_SCORE = tune('containScore', 0.75);

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

/**
 * How many distinct things two texts share: their shared terms of weight at least
 * `minWeight`, not counting a term that is part of another shared term (职业 beside 职业技能).
 * A single shared word says that two duties touch one subject, not that they are one duty;
 * a term of art the lexicon knows (医疗卫生与养老服务相结合, however written) counts as two.
 */
export function sharedConcepts(
  w: Float64Array, vocab: readonly string[], all: IdSets, a: number, b: number, minWeight: number, termsOfArt: ReadonlySet<string>,
): number {
  const shared: string[] = [];
  let i = all.starts[a]!;
  let j = all.starts[b]!;
  while (i < all.starts[a + 1]! && j < all.starts[b + 1]!) {
    const p = all.ids[i]!;
    const q = all.ids[j]!;
    if (p === q) {
      if (w[p]! >= minWeight) shared.push(vocab[p]!);
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  let count = 0;
  for (const t of shared) if (!shared.some((u) => u !== t && u.includes(t))) count += termsOfArt.has(t) ? 2 : 1;
  return count;
}

/** Per text, its title's and whole text's term sets and its powers (TermTable). */
export interface TextSets {
  title: IdSets;
  all: IdSets;
  powers: Uint8Array;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 0);

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

export function overlapEvidence(w: Float64Array, sets: TextSets, a: number, b: number): OverlapEvidence {
  const { title, all } = sets;
  const ta = setWeight(w, title, a);
  const tb = setWeight(w, title, b);
  const xa = setWeight(w, all, a);
  const xb = setWeight(w, all, b);
  const titleShared = sharedWeight(w, title, a, title, b);
  const aInBWeight = sharedWeight(w, title, a, all, b);
  const bInAWeight = sharedWeight(w, title, b, all, a);
  const textShared = sharedWeight(w, all, a, all, b);
  const e = {
    titles: ratio(2 * titleShared, ta + tb),
    texts: ratio(2 * textShared, xa + xb),
    aInB: ratio(aInBWeight, ta),
    bInA: ratio(bInAWeight, tb),
  };
  const containedWeight = e.aInB >= e.bInA ? aInBWeight : bInAWeight;
  const candidates: Array<[OverlapEvidence['by'], number]> = [
    ['titles', e.titles],
    ['texts', e.texts],
    ['both-contained', Math.sqrt(e.aInB * e.bInA)],
    ['contained', CONTAINMENT_SCORE * Math.max(e.aInB, e.bInA) * Math.min(1, containedWeight / MIN_CONTAINED)],
  ];
  let best = candidates[0]!;
  for (const c of candidates) if (c[1] > best[1]) best = c;
  return { ...e, containedWeight, score: best[1], by: best[0] };
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

export function mandateEvidence(w: Float64Array, sets: TextSets, lower: number, upper: number): MandateEvidence {
  const { title, all } = sets;
  const tl = setWeight(w, title, lower);
  const xl = setWeight(w, all, lower);
  const tu = setWeight(w, title, upper);
  const xu = setWeight(w, all, upper);
  const textShared = sharedWeight(w, all, lower, all, upper);
  const e = {
    texts: ratio(2 * textShared, xl + xu),
    lowerTitleInUpper: ratio(sharedWeight(w, title, lower, all, upper), tl),
    lowerInUpper: ratio(textShared, xl),
    upperTitleInLower: ratio(sharedWeight(w, title, upper, all, lower), tu),
    shared: textShared,
  };
  const contained = tune('vT', 0.5) * e.lowerTitleInUpper + tune('vL', 0.25) * e.lowerInUpper + tune('vU', 0.25) * e.upperTitleInLower;
  const similarity = Math.max(contained, e.texts);
  const factor = powerFactor(sets.powers[lower]!, sets.powers[upper]!);
  if (factor < 1) return { ...e, similarity, score: similarity * factor, by: 'powers' };
  return { ...e, similarity, score: similarity, by: contained > e.texts ? 'contained' : 'texts' };
}

/** A score as every output shows it: two decimals, the same in findings, the graph and explanations. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}
