import { normalizeText } from './normalize.js';
import { decodeTerms, termsOf } from './terms.js';
import { segments, stemWord, termCode, tokenize } from './tokenize.js';

/** Counters that show how much work matching did; tests use them to guard against quadratic growth. */
export interface MatchStats {
  /** Distinct texts pulled from posting lists, before the exact check. */
  candidates: number;
  /** Exact similarity computations. */
  comparisons: number;
  /** Entries not added because a posting list hit its cap. */
  capped: number;
}

export interface Match {
  /** Text ids of the two sides. */
  a: number;
  b: number;
  score: number;
}

const IDF_PRIOR = 30;

/** A similarity as every output shows it: two decimals, the same in findings and the graph. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

/** A posting list longer than this belongs to a term too common to find anything by. */
const BUCKET_CAP = 2000;

/**
 * The similarity index of a catalogue: every distinct duty text once, as a set of terms
 * weighted by rarity (idf), ordered rarest first so that prefix filtering can find every
 * pair above a threshold without comparing all pairs.
 */
export class TextIndex {
  /** Distinct text of each duty, by duty index. */
  readonly textOf: Int32Array;
  /** Per distinct text: term ranks, ascending (rarest first). */
  readonly terms: Int32Array[];
  /** Per distinct text: sum of its term weights. */
  readonly totals: Float64Array;
  /** Weight of each term rank. */
  readonly weights: Float64Array;
  /** Each distinct text, for explanations. */
  private readonly texts: string[];
  readonly stats: MatchStats = { candidates: 0, comparisons: 0, capped: 0 };
  /** Per text, the probe that last saw it, so a probe counts each candidate once. */
  readonly seen: Int32Array;
  /** Per term, the last mark whose text holds it. */
  private readonly marks: Int32Array;
  private probes = 0;
  private readonly rankOf: Map<number, number>;

  /**
   * @param dutyTexts the text of each duty
   * @param precomputed the encoded terms of each duty's text (termsOf), where already known
   */
  constructor(dutyTexts: readonly string[], precomputed: ReadonlyArray<string | undefined> = []) {
    const idOfText = new Map<string, number>();
    const textOf = new Int32Array(dutyTexts.length);
    const texts: string[] = [];
    const copies: number[] = [];
    const textTerms: Int32Array[] = [];
    const termId = new Map<number, number>();
    const vocab: number[] = [];
    dutyTexts.forEach((raw, i) => {
      let id = idOfText.get(raw);
      if (id === undefined) {
        id = texts.length;
        idOfText.set(raw, id);
        texts.push(raw);
        copies.push(0);
        const codes = decodeTerms(precomputed[i] ?? termsOf(raw));
        const ids = new Int32Array(codes.length);
        for (let k = 0; k < codes.length; k++) {
          const code = codes[k]!;
          let tid = termId.get(code);
          if (tid === undefined) {
            tid = vocab.length;
            termId.set(code, tid);
            vocab.push(code);
          }
          ids[k] = tid;
        }
        textTerms.push(ids);
      }
      textOf[i] = id;
      copies[id]!++;
    });

    // Document frequency counts duties, so a text copied by many governments is common.
    const df = new Float64Array(vocab.length);
    textTerms.forEach((ids, text) => {
      for (const t of ids) df[t]! += copies[text]!;
    });
    const n = dutyTexts.length;
    // idf, with IDF_PRIOR pseudo-duties added to the count: in a catalogue of a handful of
    // duties, sharing a term would otherwise by itself make the term look common.
    const idf = Float64Array.from(df, (f) => Math.max(0.05, Math.log((n + IDF_PRIOR + 1) / f)));
    // Rarest first; ties by the term's code, so ranks (and results) are deterministic.
    const order = Array.from(vocab.keys()).sort((x, y) => idf[y]! - idf[x]! || vocab[x]! - vocab[y]!);
    const rank = new Int32Array(vocab.length);
    order.forEach((t, r) => {
      rank[t] = r;
    });
    this.rankOf = new Map(vocab.map((t, id) => [t, rank[id]!]));
    this.weights = Float64Array.from(order, (t) => idf[t]!);

    this.terms = textTerms.map((ids) => {
      for (let k = 0; k < ids.length; k++) ids[k] = rank[ids[k]!]!;
      return ids.sort();
    });
    this.totals = Float64Array.from(this.terms, (ranks) => {
      let w = 0;
      for (const r of ranks) w += this.weights[r]!;
      return w;
    });
    this.textOf = textOf;
    this.texts = texts;
    this.seen = new Int32Array(texts.length);
    this.marks = new Int32Array(vocab.length);
  }

  /** Weighted Jaccard similarity of two distinct texts. */
  similarity(a: number, b: number): number {
    if (a === b) {
      this.stats.comparisons++;
      return 1;
    }
    return this.scoreMarked(b, this.mark(a), this.totals[a]!);
  }

  /**
   * Marks a text's terms, so that others can be scored against it by looking their terms
   * up; returns the mark, which also serves as the probe's stamp in `seen`.
   */
  mark(text: number): number {
    const stamp = ++this.probes;
    for (const r of this.terms[text]!) this.marks[r] = stamp;
    return stamp;
  }

  /** Weighted Jaccard similarity of `other` with the text marked `stamp`, whose weight is `total`. */
  scoreMarked(other: number, stamp: number, total: number): number {
    this.stats.comparisons++;
    let shared = 0;
    for (const r of this.terms[other]!) if (this.marks[r] === stamp) shared += this.weights[r]!;
    const union = total + this.totals[other]! - shared;
    return union > 0 ? shared / union : 0;
  }

  /**
   * How many of a text's rarest terms must be indexed so that any text at or above
   * `threshold` shares at least one of them: the rest weighs less than threshold × total.
   */
  prefixLength(text: number, threshold: number): number {
    const ranks = this.terms[text]!;
    const need = threshold * this.totals[text]! - 1e-9;
    let rest = this.totals[text]!;
    let k = 0;
    while (k < ranks.length && rest >= need) {
      rest -= this.weights[ranks[k]!]!;
      k++;
    }
    return k;
  }

  /** An empty prefix index over some of the distinct texts, at a threshold. */
  prefixIndex(threshold: number): PrefixIndex {
    return new PrefixIndex(this, threshold);
  }

  /**
   * The shared terms of two texts as a person reads them: runs of shared bigrams merged
   * back into words (食品安全, not 食品/品安/安全), most distinctive first.
   */
  explain(a: number, b: number, max = 6): string[] {
    const shared = new Set<number>();
    const mine = new Set(this.terms[b]);
    for (const r of this.terms[a]!) if (mine.has(r)) shared.add(r);
    const found = new Map<string, number>();
    const isShared = (term: string) => {
      const r = this.rankOf.get(termCode(term));
      return r !== undefined && shared.has(r);
    };
    for (const seg of segments(normalizeText(this.texts[a]!))) {
      if (seg.kind === 'word') {
        if (isShared(stemWord(seg.text))) addTerm(found, seg.text, this.weightOf(stemWord(seg.text)));
        continue;
      }
      const s = seg.text;
      if (s.length === 1) {
        if (isShared(s)) addTerm(found, s, this.weightOf(s));
        continue;
      }
      let start = -1;
      let weight = 0;
      for (let i = 0; i + 1 <= s.length; i++) {
        const on = i + 1 < s.length && isShared(s.slice(i, i + 2));
        if (on) {
          if (start < 0) start = i;
          weight += this.weightOf(s.slice(i, i + 2));
        } else if (start >= 0) {
          addTerm(found, s.slice(start, i + 1), weight);
          start = -1;
          weight = 0;
        }
      }
    }
    return [...found.entries()]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .slice(0, max)
      .map(([t]) => t);
  }

  /**
   * How much of `phrase` (weighted by rarity) a text contains, from 0 to 1. Terms of the
   * phrase that no duty uses count as missing.
   */
  containment(phrase: string, text: number): number {
    const mine = new Set(this.terms[text]);
    let total = 0;
    let found = 0;
    for (const term of tokenize(normalizeText(phrase))) {
      const r = this.rankOf.get(term);
      const w = r === undefined ? (this.weights[0] ?? 1) : this.weights[r]!;
      total += w;
      if (r !== undefined && mine.has(r)) found += w;
    }
    return total > 0 ? found / total : 0;
  }

  private weightOf(term: string): number {
    const r = this.rankOf.get(termCode(term));
    return r === undefined ? 0 : this.weights[r]!;
  }
}

function addTerm(found: Map<string, number>, term: string, weight: number): void {
  found.set(term, Math.max(found.get(term) ?? 0, weight));
}

/**
 * Posting lists of the prefix terms of the texts added so far. Probing with a text's own
 * prefix finds every added text whose similarity can reach the threshold (prefix filtering,
 * as in All-Pairs / PPJoin), plus some that the exact check then drops.
 */
export class PrefixIndex {
  /** Per term: the texts that hold it in their prefix, each followed by the weight of its terms after it. */
  private readonly postings = new Map<number, number[]>();

  constructor(private readonly index: TextIndex, readonly threshold: number) {}

  add(text: number): void {
    const { weights } = this.index;
    const ranks = this.index.terms[text]!;
    const k = this.index.prefixLength(text, this.threshold);
    let rest = this.index.totals[text]!;
    for (let i = 0; i < k; i++) {
      const r = ranks[i]!;
      rest -= weights[r]!;
      let list = this.postings.get(r);
      if (!list) this.postings.set(r, (list = []));
      if (list.length >= 2 * BUCKET_CAP) this.index.stats.capped++;
      else list.push(text, rest);
    }
  }

  /** Added texts at or above the threshold with `text`, with their scores. */
  query(text: number): Match[] {
    const { index, threshold } = this;
    const { seen, weights, totals } = index;
    const ranks = index.terms[text]!;
    const k = index.prefixLength(text, threshold);
    const stamp = index.mark(text);
    const out: Match[] = [];
    const total = totals[text]!;
    // Jaccard >= t needs shared >= t / (1 + t) * (both totals).
    const share = threshold / (1 + threshold);
    let rest = total;
    for (let i = 0; i < k; i++) {
      const r = ranks[i]!;
      const w = weights[r]!;
      rest -= w;
      const list = this.postings.get(r);
      if (!list) continue;
      for (let p = 0; p < list.length; p += 2) {
        const other = list[p]!;
        if (seen[other] === stamp) continue;
        seen[other] = stamp;
        index.stats.candidates++;
        // Length filter: weighted Jaccard cannot exceed min(total) / max(total).
        const ot = totals[other]!;
        if (Math.min(ot, total) < threshold * Math.max(ot, total) - 1e-9) continue;
        // Positional filter (PPJoin): this is the pair's first shared term, since terms are
        // ordered alike in every text, so at most the terms after it on both sides add up.
        if (w + Math.min(rest, list[p + 1]!) < share * (total + ot) - 1e-9) continue;
        const score = index.scoreMarked(other, stamp, total);
        if (score >= threshold - 1e-9) out.push({ a: text, b: other, score });
      }
    }
    return out;
  }
}
