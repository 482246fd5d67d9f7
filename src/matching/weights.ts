import type { DutyGraph } from '../graph/graph.js';
import { generalPrior } from '../text/general-prior.js';
import { ASPECT_FACTOR, CHINESE_ASPECT_WORDS, ENGLISH_ASPECT_WORDS } from '../text/lexicon/stopwords.js';
import { stemmer } from 'stemmer';
import type { IdSets } from './texts.js';

/**
 * Departments a government is taken to have beyond its own when a term's rarity is worked
 * out in it: a government of two departments says little about which words are common, so
 * shared words do not count as common just for being shared there.
 */
const PSEUDO_DEPARTMENTS = 6;
/** Rarities over the whole catalogue are rounded to this step, so that small edits seldom move them (`--cache`). */
const STEP = 1 / 64;

/**
 * How rare a term is among `total` departments when `holders` of them use it: from near 0
 * (every department) to 1 (none), whatever the size of the catalogue.
 */
export function rarity(total: number, holders: number): number {
  return Math.max(0, Math.log((total + 1) / (holders + 0.5)) / Math.log((total + 1) / 0.5));
}

/** Rarity over the whole catalogue, as weights use it. */
export function roundedRarity(total: number, holders: number): number {
  return Math.round(rarity(total, holders) / STEP) * STEP;
}

/** How many departments use each term, over the whole catalogue: what an incremental run weighs its part by. */
export interface WholeFrequencies {
  departments: number;
  df: ReadonlyMap<string, number>;
}

const ENGLISH_ASPECT_STEMS = new Set([...ENGLISH_ASPECT_WORDS].map((w) => stemmer(w)));
const CJK = /[\u3400-\u9fff]/;

/** What a term weighs for what it is, before its rarity: aspect words and words of everyday writing weigh less. */
export function kindFactor(term: string): number {
  if (CJK.test(term)) return (CHINESE_ASPECT_WORDS.has(term) ? ASPECT_FACTOR : 1) * generalPrior(term);
  return ENGLISH_ASPECT_STEMS.has(term) ? ASPECT_FACTOR : 1;
}

/** Per term, how many departments (of all, or of the ones given) use it in any duty. */
export function departmentFrequencies(
  graph: Pick<DutyGraph, 'departments'>, textOf: Int32Array, all: IdSets, terms: number,
  departments: DutyGraph['departments'] = graph.departments,
): Int32Array {
  const df = new Int32Array(terms);
  const seen = new Int32Array(terms);
  let stamp = 0;
  for (const dept of departments) {
    stamp++;
    for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
      const t = textOf[i]!;
      for (let k = all.starts[t]!; k < all.starts[t + 1]!; k++) {
        const id = all.ids[k]!;
        if (seen[id] !== stamp) {
          seen[id] = stamp;
          df[id]!++;
        }
      }
    }
  }
  return df;
}

/**
 * Term weights: a term's kind (kindFactor) times its rarity among departments, both over
 * the whole catalogue and in the government being matched, whichever is lower. A word most
 * departments of a government use (交办, 安全生产) says nothing there, whatever it says elsewhere;
 * counting departments, not duties, keeps one department's long list from making its own
 * words look common.
 */
export class TermWeights {
  /** Per term: its kind factor. */
  readonly base: Float64Array;
  /** Per term: its weight over the whole catalogue (rounded rarity times kind). */
  readonly global: Float64Array;
  /** Per term: its weight in the government activated last, or its global weight. */
  readonly active: Float64Array;
  private readonly changed: number[] = [];
  private readonly rarityOf: Float64Array;

  constructor(vocab: readonly string[], readonly df: Int32Array, readonly departments: number) {
    this.base = Float64Array.from(vocab, kindFactor);
    this.rarityOf = Float64Array.from(df, (n) => roundedRarity(departments, n));
    this.global = this.rarityOf.map((r, t) => r * this.base[t]!);
    this.active = this.global.slice();
  }

  /** Weighs terms as in a government of `departments` departments, with its department frequencies (term, count, …). */
  activate(departments: number, frequencies: readonly number[]): void {
    this.reset();
    const total = departments + PSEUDO_DEPARTMENTS;
    for (let k = 0; k < frequencies.length; k += 2) {
      const t = frequencies[k]!;
      const local = rarity(total, frequencies[k + 1]!);
      if (local < this.rarityOf[t]!) {
        this.active[t] = local * this.base[t]!;
        this.changed.push(t);
      }
    }
  }

  /** Back to the global weights. */
  reset(): void {
    for (const t of this.changed) this.active[t] = this.global[t]!;
    this.changed.length = 0;
  }
}
