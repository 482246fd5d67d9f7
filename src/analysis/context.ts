import type { Duty, DutyGraph } from '../graph/graph.js';
import { dutyText } from '../graph/graph.js';
import { mandateEdgesOf, mandateTableOf, planMandates, sameDutyPairs, type DutyPair, type MandateEdge } from '../graph/matching.js';
import { distinctTexts, termTable, TextIndex, type Frequencies } from '../text/text-index.js';
import type { MandateTable } from './mandate-search.js';
import type { MatchThread } from './match-thread.js';

export interface MatchingOptions {
  /** Same or nearly the same duty (overlap, multiple-leads, orphan-duty). */
  threshold: number;
  /** A lower-level duty implements a higher-level one. */
  mandateThreshold: number;
}

/** Distinct texts from which the text index's terms are worked out on two threads. */
const SPLIT_TEXTS = 100_000;

/**
 * What rules read: the graph and the matching results, each computed once, when a rule
 * first asks for it, and shared by every rule that needs it.
 */
export class AnalysisContext {
  private textIndex?: TextIndex;
  private pairs?: { threshold: number; pairs: DutyPair[] };
  private mandateTable?: MandateTable;
  private pendingMandates?: Promise<MandateTable>;
  /** Time the second thread spent matching for mandate inference, when it did. */
  mandateThreadMs?: number;
  private readonly memos = new Map<string, unknown>();

  /**
   * @param part when the graph is part of a catalogue (an incremental run): the whole
   *   catalogue's term frequencies, which terms are weighed by, and the jurisdictions whose
   *   findings are wanted (the others are there to be read)
   */
  constructor(
    readonly graph: DutyGraph, readonly matching: MatchingOptions,
    private readonly part?: { frequencies: Frequencies | undefined; jurisdictions: ReadonlySet<string> },
  ) {}

  get text(): TextIndex {
    this.textIndex ??= TextIndex.of(this.graph.duties.map(dutyText), this.part?.frequencies);
    return this.textIndex;
  }

  /**
   * Builds the text index; with many distinct texts, `thread` works out the terms of half of
   * them meanwhile. With fewer, the second thread would spend longer getting up to speed
   * (its code is not yet optimised) than it saves.
   */
  async buildText(thread: MatchThread): Promise<TextIndex> {
    if (!this.textIndex) {
      const distinct = distinctTexts(this.graph.duties.map(dutyText));
      const { texts } = distinct;
      const theirs = texts.length >= SPLIT_TEXTS ? thread.termTable(texts.slice(texts.length >> 1)) : undefined;
      const mine = termTable(theirs ? texts.slice(0, texts.length >> 1) : texts);
      this.textIndex = new TextIndex(distinct, theirs ? [mine, await theirs] : [mine], this.part?.frequencies);
    }
    return this.textIndex;
  }

  /** The text index, if a rule asked for it. */
  get builtText(): TextIndex | undefined {
    return this.textIndex;
  }

  /**
   * Pairs of duties of different departments of one jurisdiction at or above `threshold`.
   * Computed once at the lowest threshold asked for first (lint asks with the lowest any
   * enabled rule uses), then filtered for higher ones.
   */
  sameDutyPairs(threshold: number): DutyPair[] {
    if (!this.pairs || threshold < this.pairs.threshold) {
      this.pairs = { threshold, pairs: sameDutyPairs(this.graph, this.text, threshold, this.part?.jurisdictions) };
    }
    return this.pairs.pairs.filter((p) => p.score >= threshold - 1e-9);
  }

  /** Similarity of two duties' texts. */
  similarity(a: Duty, b: Duty): number {
    return this.text.similarity(this.text.textOf[a.index]!, this.text.textOf[b.index]!);
  }

  /** The shared terms that made two duties match. */
  terms(a: Duty, b: Duty): string[] {
    return this.text.explain(this.text.textOf[a.index]!, this.text.textOf[b.index]!);
  }

  /** A result several rules share (such as the same-duty pairs), computed once per run. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /**
   * Starts mandate inference on another thread; `finishMandates` waits for it. Meanwhile
   * everything but `mandates` can be asked for.
   */
  startMandates(thread: MatchThread): void {
    const { text, graph } = this;
    const job = planMandates(graph, text, this.matching.mandateThreshold);
    this.pendingMandates = thread.inferMandates(text.data, job).then(({ table, stats, ms }) => {
      for (const k of Object.keys(stats) as Array<keyof typeof stats>) text.stats[k] += stats[k];
      this.mandateThreadMs = ms;
      return table;
    });
  }

  async finishMandates(): Promise<void> {
    if (this.pendingMandates) this.mandateTable ??= await this.pendingMandates;
  }

  /** Every duty's higher-level duties, explicit or inferred (best first), in flat arrays. */
  get mandates(): MandateTable {
    this.mandateTable ??= mandateTableOf(this.graph, this.text, this.matching.mandateThreshold);
    return this.mandateTable;
  }

  /** Higher-level duties a duty implements, explicit or inferred (best first), as objects. */
  mandatesOf(duty: Duty): MandateEdge[] {
    return mandateEdgesOf(this.graph, this.mandates, duty);
  }
}
