import type { Department, DutyGraph } from '../graph/graph.js';
import { setWeight, TextWeights, type ConceptKinds, type Scoring } from './evidence.js';
import { Postings } from './postings.js';
import type { TermTable } from './texts.js';
import { countInGovernment, type TermWeights } from './weights.js';

/** What the searches share: the graph's texts as term sets, the weights, and scratch space sized once. */
/** Counters that show how much work matching did; tests use them to guard against quadratic growth. */
export interface MatchStats {
  /** Duties pulled from postings as candidates, before scoring. */
  candidates: number;
  /** Exact scores computed. */
  comparisons: number;
  /** Postings entries left out because a term was too common. */
  capped: number;
}

export class MatchState {
  readonly stats: MatchStats = { candidates: 0, comparisons: 0, capped: 0 };
  readonly postings: Postings;
  /** Per duty that postings index in the search under way: its class of duties matching cannot tell apart (pairs.ts). */
  readonly classOf: Int32Array;
  /** Per duty: the index of its department in `graph.departments`. */
  readonly departmentIndex: Int32Array;
  private readonly scratch: { seen: Int32Array; counts: Int32Array; stamp: number };
  private readonly textWeights: TextWeights;

  constructor(
    readonly graph: DutyGraph,
    readonly textOf: Int32Array,
    readonly sets: TermTable,
    readonly weights: TermWeights,
    /** Per duty: 1 when it is boilerplate (src/matching/generic.ts). */
    readonly generic: Uint8Array,
    /** The canonical forms of the lexicon's groups: terms of art. */
    readonly concepts: ConceptKinds,
  ) {
    const terms = sets.vocab.length;
    this.postings = new Postings(terms, graph.duties.length);
    this.classOf = new Int32Array(graph.duties.length);
    this.departmentIndex = new Int32Array(graph.duties.length);
    graph.departments.forEach((dept, k) => this.departmentIndex.fill(k, dept.firstDuty, dept.firstDuty + dept.duties.length));
    this.scratch = { seen: new Int32Array(terms), counts: new Int32Array(terms), stamp: 0 };
    this.textWeights = new TextWeights(sets, sets.powers.length);
  }

  private plainWeights?: Float64Array;

  /** A text's weight with general-language weights only (TermWeights.base). */
  plainWeight(t: number): number {
    this.plainWeights ??= Float64Array.from({ length: this.sets.powers.length }, (_, k) => setWeight(this.weights.base, this.sets.all, k));
    return this.plainWeights[t]!;
  }

  /** The weights in force, to score with. */
  get scoring(): Scoring {
    return { w: this.weights.active, version: this.weights.version, cache: this.textWeights };
  }

  /** Weighs terms as in the government of `depts` (TermWeights.activate) until `weights.reset()`. */
  activate(depts: readonly Department[]): void {
    const frequencies: number[] = [];
    countInGovernment(depts, this.textOf, this.sets.all, this.scratch, (t, n) => frequencies.push(t, n));
    this.weights.activate(depts.length, frequencies);
  }
}
