import { inForce, type Department, type Duty, type DutyGraph } from '../graph/graph.js';
import type { SynonymGroup } from '../text/lexicon/synonyms.js';
import { CHINESE_STOP_WORDS } from '../text/lexicon/stopwords.js';
import { normalizeText } from '../text/normalize.js';
import { Segmenter } from '../text/segment.js';
import { TermAnalyzer } from '../text/terms.js';
import { mandateScore, overlapScore, sharedConcepts, type Scoring } from './evidence.js';
import { CarriedAlike, compilePatterns, matchingPattern, procedureFlags, type GenericReason } from './generic.js';
import { buildLexicon, lexiconSources, textClauses, type CatalogueLexicon, type LexiconSources, type TextClauses } from './lexicon.js';
import { inferMandates, type MandateTable } from './mandates.js';
import { pairsInGovernment, type ScoredPair } from './pairs.js';
import { MatchState } from './state.js';
import { distinctTexts, mergeTables, termTable, type DistinctTexts, type DutyText, type TermTable } from './texts.js';
import type { MatchThread } from './thread.js';
import { governmentShares, TermWeights, type TermShares, type WholeFrequencies } from './weights.js';

export interface MatcherOptions {
  /** The config's `synonyms:` groups, canonical form first. */
  synonyms?: readonly SynonymGroup[];
  /** The config's `generic:` patterns. */
  generic?: readonly string[];
  /**
   * When the graph is part of a catalogue (an incremental run): the whole catalogue's
   * department frequencies and lexicon sources, so that the part is matched exactly as it
   * would be in the whole.
   */
  whole?: { frequencies: WholeFrequencies; sources: LexiconSources };
}

/** Distinct texts from which a second thread works out the terms of most of them… */
const SPLIT_TEXTS = 20_000;
/** …leaving this share to the main thread (measured at 100k duties: 0.1 s faster than half). */
const MAIN_SHARE = 0.4;

/** What the terms of a graph are worked out from: its texts, normalised, and its lexicon. */
interface Prepared {
  distinct: DistinctTexts;
  normalized: DutyText[];
  clauses: TextClauses;
  sources: LexiconSources;
  lexicon: CatalogueLexicon;
  segmenter: Segmenter;
  analyzer: TermAnalyzer;
}

function prepare(graph: DutyGraph, options: MatcherOptions): Prepared {
  const distinct = distinctTexts(graph.duties);
  const normalized = distinct.texts.map((t): DutyText => ({ title: normalizeText(t.title), detail: t.detail ? normalizeText(t.detail) : undefined }));
  const clauses = textClauses(normalized);
  const sources = options.whole?.sources ?? lexiconSources(graph, distinct, clauses, options.synonyms ?? []);
  const lexicon = buildLexicon(sources);
  const segmenter = new Segmenter(lexicon.dictionary);
  return { distinct, normalized, clauses, sources, lexicon, segmenter, analyzer: new TermAnalyzer(lexicon, segmenter) };
}

/**
 * Text matching over a duty graph, in one place: the terms of every duty, their weights,
 * boilerplate, same-duty pairs within a government, mandate inference across governments,
 * and the evidence behind any score. Rules and `duty-lint explain` both read it.
 */
export class Matcher {
  readonly state: MatchState;
  readonly analyzer: TermAnalyzer;
  readonly distinct: DistinctTexts;
  readonly lexicon: CatalogueLexicon;
  readonly sources: LexiconSources;
  /** The department frequencies terms are weighed by. */
  readonly whole: WholeFrequencies;
  private readonly segmenter: Segmenter;
  private readonly genericWhy = new Map<number, GenericReason>();
  private mandateTable?: { threshold: number; table: MandateTable };

  /** A matcher worked out on this thread. */
  constructor(graph: DutyGraph, options?: MatcherOptions);
  /** A matcher from a preparation and its term table (Matcher.build). */
  constructor(graph: DutyGraph, options: MatcherOptions, prepared: Prepared, sets: TermTable);
  constructor(readonly graph: DutyGraph, options: MatcherOptions = {}, prepared?: Prepared, table?: TermTable) {
    const p = prepared ?? prepare(graph, options);
    this.distinct = p.distinct;
    this.sources = p.sources;
    this.lexicon = p.lexicon;
    this.segmenter = p.segmenter;
    this.analyzer = p.analyzer;
    const sets = table ?? termTable(p.normalized, this.analyzer);
    const clauses = p.clauses;
    const { textOf } = this.distinct;
    let shares: TermShares;
    if (options.whole) {
      const whole = options.whole.frequencies.shares;
      shares = {
        held: Int32Array.from(sets.vocab, (t) => whole.get(t)?.[0] ?? 0),
        seats: Int32Array.from(sets.vocab, (t) => whole.get(t)?.[1] ?? 0),
      };
      this.whole = options.whole.frequencies;
    } else {
      shares = governmentShares(graph, textOf, sets.all, sets.vocab.length);
      this.whole = { shares: new Map(sets.vocab.map((t, i) => [t, [shares.held[i]!, shares.seats[i]!] as const])) };
    }
    const weights = new TermWeights(sets.vocab, shares);
    const generic = this.findGeneric(sets, p.normalized, clauses, weights.base, compilePatterns(options.generic ?? []));
    this.state = new MatchState(graph, textOf, sets, weights, generic, this.analyzer);
  }

  /**
   * A matcher, with `thread` working out the terms of most of a large catalogue's texts
   * meanwhile: with fewer, the thread would spend longer getting up to speed than it saves.
   */
  static async build(graph: DutyGraph, options: MatcherOptions, thread?: MatchThread): Promise<Matcher> {
    const p = prepare(graph, options);
    const texts = p.normalized;
    if (!thread || texts.length < SPLIT_TEXTS) return new Matcher(graph, options, p, termTable(texts, p.analyzer));
    // The thread loaded its segmenter's dictionary while files loaded; this one loads it
    // now (0.2 s), so takes the smaller share.
    const mineCount = Math.round(texts.length * MAIN_SHARE);
    const theirs = thread.termTable(texts.slice(mineCount), p.sources);
    const mine = termTable(texts.slice(0, mineCount), p.analyzer);
    return new Matcher(graph, options, p, mergeTables([mine, await theirs]));
  }

  private findGeneric(sets: TermTable, texts: readonly DutyText[], clauses: TextClauses, base: Float64Array, patterns: RegExp[]): Uint8Array {
    const { graph } = this;
    const { textOf } = this.distinct;
    const generic = new Uint8Array(graph.duties.length);
    const byText = new Map<number, GenericReason | null>();
    const frames = this.lexicon.genericClauses;
    const reasonOf = (t: number): GenericReason | null => {
      const p = matchingPattern(texts[t]!.title, patterns);
      if (p) return { pattern: p.source };
      const keys = clauses.title[t]!;
      return keys.length > 0 && keys.every((k) => frames.has(k)) ? { clause: keys[0]! } : null;
    };
    for (let i = 0; i < graph.duties.length; i++) {
      const t = textOf[i]!;
      let reason = byText.get(t);
      if (reason === undefined) byText.set(t, (reason = reasonOf(t)));
      if (reason) {
        generic[i] = 1;
        this.genericWhy.set(i, reason);
      }
    }
    const alike = new CarriedAlike(textOf, sets.title, base, procedureFlags(sets.vocab));
    for (const depts of graph.jurisdictions.values()) {
      for (const [i, carriers] of alike.in(depts)) {
        if (generic[i]) continue;
        generic[i] = 1;
        this.genericWhy.set(i, { carriers });
      }
    }
    return generic;
  }

  /** Why a duty is boilerplate, if it is. */
  genericReason(duty: Duty): GenericReason | undefined {
    return this.genericWhy.get(duty.index);
  }

  /**
   * Same-duty pairs at or above `minScore` (mutual or not), of every government or of those
   * in `only`, ordered by their duties' indices (a group's by its first: ScoredPair).
   */
  pairs(minScore: number, only?: ReadonlySet<string>): ScoredPair[] {
    const out: ScoredPair[] = [];
    for (const [jurisdiction, depts] of this.graph.jurisdictions) {
      if (only && !only.has(jurisdiction)) continue;
      for (const p of pairsInGovernment(this.state, depts, minScore)) out.push(p);
    }
    return out.sort((p, q) => p.a - q.a || p.b - q.b);
  }

  /** Every duty's higher-level duties, explicit or inferred at `threshold` (inferMandates). */
  mandates(threshold: number): MandateTable {
    if (this.mandateTable?.threshold !== threshold) this.mandateTable = { threshold, table: inferMandates(this.state, threshold) };
    return this.mandateTable.table;
  }

  /**
   * The duty of `lower` departments that comes nearest to implementing `upper`, with its
   * score: what a mandate gap's message names, so a reader sees why it did not count.
   */
  nearestLower(upper: Duty, lower: readonly Department[]): { duty: Duty; score: number } | undefined {
    const { graph, state } = this;
    return this.inGovernmentOf(upper, (scoring) => {
      let best: { duty: Duty; score: number } | undefined;
      for (const dept of lower) {
        for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
          if (state.generic[i] || !inForce(graph.statuses[i]!)) continue;
          const score = mandateScore(scoring, state.sets, state.textOf[i]!, this.textOf(upper));
          if (score > 0 && (!best || score > best.score)) best = { duty: graph.duties[i]!, score };
        }
      }
      return best;
    });
  }

  /** How many things two duties share (sharedConcepts), weighed in `a`'s government. */
  sharedThings(a: Duty, b: Duty): number {
    const { sets, concepts } = this.state;
    return this.inGovernmentOf(a, ({ w }) => sharedConcepts(w, sets.vocab, sets.all, this.textOf(a), this.textOf(b), concepts));
  }

  /** How much two duties' texts say the same, weighed in `a`'s government. */
  overlapScore(a: Duty, b: Duty): number {
    return this.inGovernmentOf(a, (scoring) => overlapScore(scoring, this.state.sets, this.textOf(a), this.textOf(b)));
  }

  /** How much of `phrase` (by weight, in the duty's government) a duty's text holds, from 0 to 1. */
  containment(phrase: string, duty: Duty): number {
    const terms = new Set(this.analyzer.analyse(normalizeText(phrase)).terms);
    const { vocab, all } = this.state.sets;
    const own = new Set<string>();
    const t = this.textOf(duty);
    for (let k = all.starts[t]!; k < all.starts[t + 1]!; k++) own.add(vocab[all.ids[k]!]!);
    return this.inGovernmentOf(duty, ({ w }) => {
      let total = 0;
      let found = 0;
      for (const term of terms) {
        const id = this.termId(term);
        // A term no duty uses weighs as much as the rarest.
        const weight = id === undefined ? 1 : w[id]!;
        total += weight;
        if (own.has(term)) found += weight;
      }
      return total > 0 ? found / total : 0;
    });
  }

  /**
   * The words two duties share, as a person reads them: runs of shared words in `a`'s text
   * joined back into phrases (食品安全风险监测, not 食品/安全/风险), heaviest first.
   */
  sharedTerms(a: Duty, b: Duty, max = 6): string[] {
    const { sets } = this.state;
    const mine = new Set<number>();
    const ta = this.textOf(a);
    const tb = this.textOf(b);
    for (let k = sets.all.starts[tb]!; k < sets.all.starts[tb + 1]!; k++) mine.add(sets.all.ids[k]!);
    return this.inGovernmentOf(a, ({ w }) => {
      const shared = new Map<string, number>();
      for (let k = sets.all.starts[ta]!; k < sets.all.starts[ta + 1]!; k++) {
        const id = sets.all.ids[k]!;
        if (mine.has(id)) shared.set(sets.vocab[id]!, w[id]!);
      }
      const { title, detail } = this.distinct.texts[ta]!;
      const other = this.distinct.texts[tb]!;
      const both = normalizeText(`${other.title}\n${other.detail ?? ''}`);
      return readablePhrases([title, detail ?? ''], shared, (token) => this.tokenTerms(token), (text) => this.tokens(text), max, both);
    });
  }

  textOf(duty: Duty): number {
    return this.distinct.textOf[duty.index]!;
  }

  /** Runs `fn` with the weights of `duty`'s government. */
  inGovernmentOf<T>(duty: Duty, fn: (scoring: Scoring) => T): T {
    return this.inGovernment(this.graph.jurisdictions.get(duty.department.jurisdiction) ?? [duty.department], fn);
  }

  /** Runs `fn` with the weights of the government of `depts`. */
  inGovernment<T>(depts: readonly Department[], fn: (scoring: Scoring) => T): T {
    this.state.activate(depts);
    try {
      return fn(this.state.scoring);
    } finally {
      this.state.weights.reset();
    }
  }

  private termIds?: Map<string, number>;
  termId(term: string): number | undefined {
    this.termIds ??= new Map(this.state.sets.vocab.map((t, i) => [t, i]));
    return this.termIds.get(term);
  }

  private readonly tokenCache = new Map<string, readonly string[]>();
  private tokenTerms(token: string): readonly string[] {
    let terms = this.tokenCache.get(token);
    if (!terms) this.tokenCache.set(token, (terms = this.analyzer.analyse(token).terms));
    return terms;
  }

  private tokens(text: string): string[] {
    const normalized = normalizeText(text);
    return /[\u3400-\u9fff]/.test(normalized) ? this.segmenter.cut(normalized) : (normalized.match(/[a-z0-9]+(?:['’][a-z]+)?|[^a-z0-9]/g) ?? []);
  }
}

/** A token of one Chinese character, other than a level of government (区 of 区安委会). */
const LOOSE_CHARACTER = /^(?![省市县区州盟旗镇乡村])[\u3400-\u9fff]$/;

/**
 * Phrases of consecutive tokens whose terms are shared, in reading order, each weighed by
 * its shared terms; the heaviest `max`, heaviest first. A token shares when one of its
 * terms does (its own word, a part of it, or its full form if it is an abbreviation).
 * A character the segmenter leaves alone (单 of 单用途) carries no term, but belongs to the
 * phrase when the other text (`other`, normalised) writes it there too.
 */
export function readablePhrases(
  texts: readonly string[], shared: ReadonlyMap<string, number>,
  termsOf: (token: string) => readonly string[], tokensOf: (text: string) => string[], max: number,
  other = '',
): string[] {
  const phrases = new Map<string, number>();
  const english = (s: string) => /^[a-z0-9]/.test(s);
  for (const text of texts) {
    let run: string[] = [];
    let weight = 0;
    let loose = '';
    const close = () => {
      if (run.length > 0) {
        const phrase = run.every(english) ? run.join(' ') : run.join('');
        phrases.set(phrase, Math.max(phrases.get(phrase) ?? 0, weight));
      }
      run = [];
      weight = 0;
    };
    for (const token of tokensOf(text)) {
      if (token.trim() === '') continue;
      let w = 0;
      for (const t of new Set(termsOf(token))) w += shared.get(t) ?? 0;
      if (w > 0) {
        if (run.length === 0 && loose && other.includes(loose + token)) run.push(loose);
        run.push(token);
        weight += w;
        loose = '';
      } else if (LOOSE_CHARACTER.test(token) && !CHINESE_STOP_WORDS.has(token) && (run.length === 0 || other.includes(run.join('') + token))) {
        if (run.length > 0) run.push(token);
        else loose = token;
      } else {
        close();
        loose = '';
      }
    }
    close();
  }
  // A phrase inside a heavier one says nothing more.
  const sorted = [...phrases].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const kept: string[] = [];
  for (const [p] of sorted) {
    if (kept.some((k) => k.includes(p))) continue;
    kept.push(p);
    if (kept.length === max) break;
  }
  return kept;
}
