import type { Department, DutyGraph } from '../graph/graph.js';
import { generalPrior } from '../text/general-prior.js';
import type { IdSets } from './texts.js';
/**
 * Departments a government is taken to have beyond its own when the share of them using a
 * term is worked out: a government of two departments says little about which words are
 * common, so shared words do not count as common just for being shared there.
 */
const PSEUDO_DEPARTMENTS = 6;
/** A term used by this small a share of a government's departments is as rare as terms get. */
const RAREST_SHARE = 1 / 40;
/** Rarities over the whole catalogue are rounded to this step, so that small edits seldom move them (`--cache`). */
const STEP = 1 / 64;

/**
 * How rare a term is when `holders` of `departments` departments use it, from 0 (all of
 * them) to 1 (one in 40 or fewer): the log of the inverse share, on a fixed scale, so that
 * the same share weighs the same in a catalogue of one government or a thousand.
 */
export function rarity(departments: number, holders: number): number {
  const share = holders / (departments + PSEUDO_DEPARTMENTS);
  return share <= RAREST_SHARE ? 1 : Math.max(0, Math.log(share) / Math.log(RAREST_SHARE));
}

/**
 * How many departments use a term in the governments that use it (`held`), and how many
 * departments those governments have (`seats`): over the whole catalogue, the share of its
 * own government's departments a term typically has. A word every government's 粮食局 uses
 * is rare in each of them, however many governments there are.
 */
export interface TermShares {
  held: Int32Array;
  seats: Int32Array;
}

/** The same, by term, for an incremental run to weigh its part of a catalogue by. */
export interface WholeFrequencies {
  shares: ReadonlyMap<string, readonly [held: number, seats: number]>;
}

/** Rarity over the whole catalogue, rounded, as weights use it. */
export function roundedRarity(held: number, seats: number): number {
  return Math.round(rarity(seats, held) / STEP) * STEP;
}


/**
 * Counts, for the departments of one government, how many use each term: `each(term,
 * count)` once per term used. `seen` and `counts` are scratch arrays of the vocabulary's size.
 */
export function countInGovernment(
  depts: readonly Department[], textOf: Int32Array, all: IdSets, scratch: { seen: Int32Array; counts: Int32Array; stamp: number },
  each: (term: number, count: number) => void,
): void {
  const touched: number[] = [];
  for (const dept of depts) {
    const stamp = ++scratch.stamp;
    for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
      const t = textOf[i]!;
      for (let k = all.starts[t]!; k < all.starts[t + 1]!; k++) {
        const id = all.ids[k]!;
        if (scratch.seen[id] === stamp) continue;
        scratch.seen[id] = stamp;
        if (scratch.counts[id]!++ === 0) touched.push(id);
      }
    }
  }
  for (const id of touched) {
    each(id, scratch.counts[id]!);
    scratch.counts[id] = 0;
  }
}

/** TermShares over every government of a graph. */
export function governmentShares(graph: Pick<DutyGraph, 'jurisdictions'>, textOf: Int32Array, all: IdSets, terms: number): TermShares {
  const held = new Int32Array(terms);
  const seats = new Int32Array(terms);
  const scratch = { seen: new Int32Array(terms), counts: new Int32Array(terms), stamp: 0 };
  for (const depts of graph.jurisdictions.values()) {
    countInGovernment(depts, textOf, all, scratch, (t, n) => {
      held[t]! += n;
      seats[t]! += depts.length;
    });
  }
  return { held, seats };
}

/**
 * Term weights: how much of a word general language leaves it (generalPrior) times its rarity among departments: the share of
 * departments using it in the government being matched, and the share it typically has in
 * its governments over the whole catalogue, whichever makes it more common. A word most
 * departments of a government use (交办, 安全生产) says nothing there; counting departments,
 * not duties, keeps one department's long list from making its own words look common.
 */
export class TermWeights {
  /** Per term: its general-language factor. */
  readonly base: Float64Array;
  /** Per term: its weight over the whole catalogue (rounded rarity times its factor). */
  readonly global: Float64Array;
  /** Per term: its weight in the government activated last, or its global weight. */
  readonly active: Float64Array;
  /** Changes whenever `active` does: what caches of weighed texts key on. */
  version = 0;
  private readonly changed: number[] = [];
  private readonly rarityOf: Float64Array;

  constructor(vocab: readonly string[], shares: TermShares) {
    this.base = Float64Array.from(vocab, generalPrior);
    this.rarityOf = Float64Array.from(shares.held, (held, t) => roundedRarity(held, shares.seats[t]!));
    this.global = this.rarityOf.map((r, t) => r * this.base[t]!);
    this.active = this.global.slice();
  }

  /** Weighs terms as in a government of `departments` departments, with its department frequencies (term, count, …). */
  activate(departments: number, frequencies: readonly number[]): void {
    this.reset();
    this.version++;
    for (let k = 0; k < frequencies.length; k += 2) {
      const t = frequencies[k]!;
      const local = rarity(departments, frequencies[k + 1]!);
      if (local < this.rarityOf[t]!) {
        this.active[t] = local * this.base[t]!;
        this.changed.push(t);
      }
    }
  }

  /** Back to the global weights. */
  reset(): void {
    if (this.changed.length === 0) return;
    for (const t of this.changed) this.active[t] = this.global[t]!;
    this.changed.length = 0;
    this.version++;
  }
}
