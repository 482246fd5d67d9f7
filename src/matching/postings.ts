import type { IdSets } from './texts.js';

/** Terms lighter than this find candidates only when a text has nothing heavier (they count in every score). */
export const MIN_POSTING_WEIGHT = 0.08;
/** A term held by more duties than this in one government is too common to find candidates by. */
const POSTING_CAP = 2000;

/**
 * An inverted index of some duties of one government: for each informative term, the
 * duties whose text holds it. Candidates for a text are the duties sharing informative
 * terms with it, with the weight they share: never every duty against every other.
 */
export class Postings {
  /** Per term: its slot in `starts`, valid when `stampOf[term] === stamp`. */
  private readonly slotOf: Int32Array;
  private readonly stampOf: Int32Array;
  private stamp = 0;
  private starts = new Int32Array(1024);
  private entries = new Int32Array(4096);
  /** Per duty: shared weight with the current probe, valid when `seen[duty] === probe`. */
  private readonly shared: Float64Array;
  private readonly seen: Int32Array;
  private probe = 0;
  /** Duties touched by the current probe. */
  readonly touched: number[] = [];
  /** Entries left out because a term's list hit the cap. */
  capped = 0;

  constructor(terms: number, duties: number) {
    this.slotOf = new Int32Array(terms);
    this.stampOf = new Int32Array(terms);
    this.shared = new Float64Array(duties);
    this.seen = new Int32Array(duties);
  }

  /**
   * Indexes `duties` (whose texts are `textOf[duty]` in `all`) under their terms,
   * replacing what was indexed before.
   */
  build(duties: readonly number[], textOf: Int32Array, all: IdSets): void {
    const stamp = ++this.stamp;
    let slots = 0;
    const counts: number[] = [];
    for (const d of duties) {
      const t = textOf[d]!;
      for (let k = all.starts[t]!; k < all.starts[t + 1]!; k++) {
        const id = all.ids[k]!;
        if (this.stampOf[id] !== stamp) {
          this.stampOf[id] = stamp;
          this.slotOf[id] = slots++;
          counts.push(0);
        }
        counts[this.slotOf[id]!]!++;
      }
    }
    if (this.starts.length < slots + 1) this.starts = new Int32Array(2 * (slots + 1));
    let total = 0;
    for (let s = 0; s < slots; s++) {
      this.starts[s] = total;
      total += Math.min(counts[s]!, POSTING_CAP);
      if (counts[s]! > POSTING_CAP) this.capped += counts[s]! - POSTING_CAP;
    }
    this.starts[slots] = total;
    if (this.entries.length < total) this.entries = new Int32Array(2 * total);
    const fill = this.starts.slice(0, slots);
    for (const d of duties) {
      const t = textOf[d]!;
      for (let k = all.starts[t]!; k < all.starts[t + 1]!; k++) {
        const id = all.ids[k]!;
        if (this.stampOf[id] !== stamp) continue;
        const s = this.slotOf[id]!;
        if (fill[s]! < this.starts[s + 1]!) this.entries[fill[s]!++] = d;
      }
    }
  }

  /**
   * The indexed duties that share terms of weight `w` at least `minWeight` with text `t`,
   * in `touched`, with the weight they share (`sharedWith`). `accept` filters them (a
   * department, an order).
   */
  query(t: number, all: IdSets, w: Float64Array, accept: (duty: number) => boolean, minWeight = MIN_POSTING_WEIGHT): void {
    const probe = ++this.probe;
    this.touched.length = 0;
    for (let k = all.starts[t]!; k < all.starts[t + 1]!; k++) {
      const id = all.ids[k]!;
      if (this.stampOf[id] !== this.stamp || w[id]! < minWeight) continue;
      const s = this.slotOf[id]!;
      const weight = w[id]!;
      for (let e = this.starts[s]!; e < this.starts[s + 1]!; e++) {
        const d = this.entries[e]!;
        if (this.seen[d] !== probe) {
          if (!accept(d)) continue;
          this.seen[d] = probe;
          this.shared[d] = 0;
          this.touched.push(d);
        }
        this.shared[d]! += weight;
      }
    }
  }

  sharedWith(duty: number): number {
    return this.shared[duty]!;
  }
}
