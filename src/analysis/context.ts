import type { Duty, DutyGraph } from '../graph/graph.js';
import type { MandateTable } from '../matching/mandates.js';
import { Matcher, type MatcherOptions } from '../matching/matcher.js';
import type { MatchThread } from '../matching/thread.js';
import type { SynonymGroup } from '../text/lexicon/synonyms.js';

export interface MatchingOptions {
  /** Same or nearly the same duty, reported whatever else matches (overlap, multiple-leads, orphan-duty). */
  threshold: number;
  /** Same duty when the two are each other's best match across the government's departments. */
  mutualThreshold: number;
  /** A lower-level duty implements its counterpart's duty. */
  mandateThreshold: number;
  /** The config's `synonyms:` and `generic:`. */
  synonyms: readonly SynonymGroup[];
  generic: readonly string[];
}

/**
 * Two duties of different departments of one government whose texts match; or, with `as`
 * and `bs`, every duty of the one with every duty of the other in another department, one
 * of them a group of duties matching cannot tell apart (ScoredPair), `a` and `b` their first.
 */
export interface DutyPair {
  a: Duty;
  b: Duty;
  score: number;
  mutual: boolean;
  as?: readonly Duty[];
  bs?: readonly Duty[];
}

/** A higher-level duty that a lower-level one implements. */
export interface MandateEdge {
  duty: Duty;
  inferred: boolean;
  /** Score, for inferred edges. */
  score?: number;
}

/**
 * What rules read: the graph and the matching results, each computed once, when a rule
 * first asks for it, and shared by every rule that needs it.
 */
export class AnalysisContext {
  private built?: Matcher;
  private pairs?: { threshold: number; pairs: DutyPair[] };
  private readonly memos = new Map<string, unknown>();

  /**
   * @param part when the graph is part of a catalogue (an incremental run): the
   *   jurisdictions whose findings are wanted (the others are there to be read), and what
   *   the whole catalogue weighs terms by
   */
  constructor(
    readonly graph: DutyGraph, readonly matching: MatchingOptions,
    private readonly part?: { only: ReadonlySet<string>; whole: MatcherOptions['whole'] },
  ) {}

  get matcher(): Matcher {
    this.built ??= new Matcher(this.graph, this.matcherOptions());
    return this.built;
  }

  /** Builds the matcher, with `thread` sharing the work on a large catalogue (Matcher.build). */
  async buildMatcher(thread?: MatchThread): Promise<Matcher> {
    this.built ??= await Matcher.build(this.graph, this.matcherOptions(), thread);
    return this.built;
  }

  private matcherOptions(): MatcherOptions {
    return { synonyms: this.matching.synonyms, generic: this.matching.generic, ...(this.part?.whole ? { whole: this.part.whole } : {}) };
  }

  /** The matcher, if a rule asked for it. */
  get builtMatcher(): Matcher | undefined {
    return this.built;
  }

  /**
   * Pairs of duties of different departments of one government that are the same duty at
   * `threshold`: scoring at least that, or at least `mutualThreshold` (never more than
   * `threshold`) and each the other's best match.
   */
  sameDutyPairs(threshold: number): DutyPair[] {
    const floor = Math.min(threshold, this.matching.mutualThreshold);
    if (!this.pairs || floor < this.pairs.threshold) {
      const { duties } = this.graph;
      // A group's duties once, however many pairs it is in.
      const groups = new Map<readonly number[], Duty[]>();
      const group = (members: readonly number[]) => groups.get(members) ?? groups.set(members, members.map((i) => duties[i]!)).get(members)!;
      this.pairs = {
        threshold: floor,
        pairs: this.matcher.pairs(floor, this.part?.only).map((p): DutyPair => {
          const pair: DutyPair = { a: duties[p.a]!, b: duties[p.b]!, score: p.score, mutual: p.mutual };
          if (p.as && p.bs) Object.assign(pair, { as: group(p.as), bs: group(p.bs) });
          return pair;
        }),
      };
    }
    return this.pairs.pairs.filter((p) => p.score >= threshold - 1e-9 || (p.mutual && p.score >= floor - 1e-9));
  }

  /** Whether a duty is boilerplate, which no rule reports on. */
  isGeneric(duty: Duty): boolean {
    return this.matcher.state.generic[duty.index] === 1;
  }

  /** How much two duties' texts say the same. */
  similarity(a: Duty, b: Duty): number {
    return this.matcher.overlapScore(a, b);
  }

  /** The shared words that made two duties match, as a person reads them. */
  terms(a: Duty, b: Duty): string[] {
    return this.matcher.sharedTerms(a, b);
  }

  /** A result several rules share, computed once per run. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** Every duty's higher-level duties, explicit or inferred (best first), in flat arrays. */
  get mandates(): MandateTable {
    return this.matcher.mandates(this.matching.mandateThreshold);
  }

  /** Higher-level duties a duty implements, explicit or inferred (best first), as objects. */
  mandatesOf(duty: Duty): MandateEdge[] {
    const table = this.mandates;
    const edges: MandateEdge[] = [];
    for (let e = table.starts[duty.index]!; e < table.starts[duty.index + 1]!; e++) {
      const upper = this.graph.duties[table.duties[e]!]!;
      edges.push(table.inferred[duty.index] ? { duty: upper, inferred: true, score: table.scores[e]! } : { duty: upper, inferred: false });
    }
    return edges;
  }

  /**
   * The nearest higher-level duty of a duty's counterparts' governments, with its score, if
   * any; `powers` when it was set aside for a licence or fee it does not speak of (its
   * score is then its similarity).
   */
  nearestMandate(duty: Duty): { duty: Duty; score: number; powers: boolean } | undefined {
    const table = this.mandates;
    const k = table.nearest[duty.index]!;
    return k < 0 ? undefined : { duty: this.graph.duties[k]!, score: table.nearestScore[duty.index]!, powers: table.nearestPowers[duty.index] === 1 };
  }
}
