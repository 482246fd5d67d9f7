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

/**
 * The numbers matching runs on, in flat arrays over shared memory, so that a worker thread
 * can match with them without a copy.
 */
export interface MatchData {
  /** Term ranks of every distinct text, ascending (rarest first), one text after another. */
  ranks: Int32Array;
  /** Where each text's ranks start in `ranks`; one more entry than texts. */
  starts: Int32Array;
  /** Per text: sum of its term weights. */
  totals: Float64Array;
  /** Weight of each term rank. */
  weights: Float64Array;
}

/** A posting list longer than this belongs to a term too common to find anything by. */
const BUCKET_CAP = 2000;

/** Float64Array or Int32Array over shared memory, for MatchData. */
export function sharedArray<T extends Int32Array | Float64Array>(
  Type: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number,
): T {
  return new Type(new SharedArrayBuffer(Math.max(1, length) * Type.BYTES_PER_ELEMENT));
}

/**
 * Weighted Jaccard similarity over texts given as rank sets (MatchData), with prefix
 * filtering. Each thread that matches holds its own: the scratch arrays are per thread.
 */
export class MatchIndex {
  readonly ranks: Int32Array;
  readonly starts: Int32Array;
  readonly totals: Float64Array;
  readonly weights: Float64Array;
  readonly stats: MatchStats = { candidates: 0, comparisons: 0, capped: 0 };
  /** Per text, the probe that last saw it, so a probe counts each candidate once. */
  readonly seen: Int32Array;
  /** Per term, the last mark whose text holds it. */
  private readonly marks: Int32Array;
  private probes = 0;

  constructor(data: MatchData) {
    this.ranks = data.ranks;
    this.starts = data.starts;
    this.totals = data.totals;
    this.weights = data.weights;
    this.seen = new Int32Array(data.totals.length);
    this.marks = new Int32Array(data.weights.length);
  }

  get data(): MatchData {
    return { ranks: this.ranks, starts: this.starts, totals: this.totals, weights: this.weights };
  }

  /** A text's term ranks (a view, not a copy). */
  termsOf(text: number): Int32Array {
    return this.ranks.subarray(this.starts[text]!, this.starts[text + 1]!);
  }

  /**
   * Marks a text's terms, so that others can be scored against it by looking their terms
   * up; returns the mark, which also serves as the probe's stamp in `seen`.
   */
  mark(text: number): number {
    const stamp = ++this.probes;
    const { ranks, marks } = this;
    for (let i = this.starts[text]!, end = this.starts[text + 1]!; i < end; i++) marks[ranks[i]!] = stamp;
    return stamp;
  }

  /** Weighted Jaccard similarity of `other` with the text marked `stamp`, whose weight is `total`. */
  scoreMarked(other: number, stamp: number, total: number): number {
    this.stats.comparisons++;
    const { ranks, marks, weights } = this;
    let shared = 0;
    for (let i = this.starts[other]!, end = this.starts[other + 1]!; i < end; i++) {
      const r = ranks[i]!;
      if (marks[r] === stamp) shared += weights[r]!;
    }
    const union = total + this.totals[other]! - shared;
    return union > 0 ? shared / union : 0;
  }

  /**
   * How many of a text's rarest terms must be indexed so that any text at or above
   * `threshold` shares at least one of them: the rest weighs less than threshold × total.
   */
  prefixLength(text: number, threshold: number): number {
    const start = this.starts[text]!;
    const end = this.starts[text + 1]!;
    const need = threshold * this.totals[text]! - 1e-9;
    let rest = this.totals[text]!;
    let k = start;
    while (k < end && rest >= need) {
      rest -= this.weights[this.ranks[k]!]!;
      k++;
    }
    return k - start;
  }

  /** An empty prefix index over some of the distinct texts, at a threshold. */
  prefixIndex(threshold: number): PrefixIndex {
    return new PrefixIndex(this, threshold);
  }
}

/**
 * Posting lists of the prefix terms of the texts added so far. Probing with a text's own
 * prefix finds every added text whose similarity can reach the threshold (prefix filtering,
 * as in All-Pairs / PPJoin), plus some that the exact check then drops.
 */
export class PrefixIndex {
  /** Per term: the texts that hold it in their prefix, each followed by the weight of its terms after it. */
  private readonly postings = new Map<number, number[]>();

  constructor(private readonly index: MatchIndex, readonly threshold: number) {}

  add(text: number): void {
    const { weights, ranks } = this.index;
    const start = this.index.starts[text]!;
    const k = this.index.prefixLength(text, this.threshold);
    let rest = this.index.totals[text]!;
    for (let i = start; i < start + k; i++) {
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
    const { seen, weights, totals, ranks } = index;
    const start = index.starts[text]!;
    const k = index.prefixLength(text, threshold);
    const stamp = index.mark(text);
    const out: Match[] = [];
    const total = totals[text]!;
    // Jaccard >= t needs shared >= t / (1 + t) * (both totals).
    const share = threshold / (1 + threshold);
    let rest = total;
    for (let i = start; i < start + k; i++) {
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
