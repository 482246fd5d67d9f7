import { MatchIndex, sharedArray } from './match-index.js';
import { normalizeText } from './normalize.js';
import { segments, stemWord, termCode, tokenize } from './tokenize.js';
import { numberOf } from '../groups.js';
import { grown } from '../typed-arrays.js';

const IDF_PRIOR = 30;
/** Weights are rounded to this step, so that editing a few duties seldom moves them. */
const WEIGHT_STEP = 1 / 32;

/**
 * A term's weight: its idf, with IDF_PRIOR pseudo-duties added to the count (in a catalogue
 * of a handful of duties, sharing a term would otherwise by itself make the term look
 * common), rounded to WEIGHT_STEP. Rounded weights let an incremental run reuse what did
 * not change: a common term's weight stays put when a few duties change.
 */
export function termWeight(duties: number, df: number): number {
  return Math.max(0.05, Math.round(Math.log((duties + IDF_PRIOR + 1) / df) / WEIGHT_STEP) * WEIGHT_STEP);
}

/** How many duties there are, and how many hold each term (by term code). */
export interface Frequencies {
  duties: number;
  df: ReadonlyMap<number, number>;
}

/** A similarity as every output shows it: two decimals, the same in findings and the graph. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

/** Each duty's text once: the distinct texts, which one each duty has, and how many duties have each. */
export interface DistinctTexts {
  texts: string[];
  /** Distinct text of each duty, by duty index. */
  textOf: Int32Array;
  copies: Int32Array;
}

export function distinctTexts(dutyTexts: readonly string[]): DistinctTexts {
  const idOfText = new Map<string, number>();
  const texts: string[] = [];
  const textOf = Int32Array.from(dutyTexts, (raw) => numberOf(idOfText, texts, raw));
  const copies = new Int32Array(texts.length);
  for (const id of textOf) copies[id]!++;
  return { texts, textOf, copies };
}

/**
 * The terms of some texts, as ids into a vocabulary of their own: what each of two threads
 * works out for its share of the texts, in arrays that cross threads without a copy.
 */
export interface TermTable {
  /** Term code of each id. */
  vocab: Float64Array;
  /** Each text's term ids, one text after another. */
  ids: Int32Array;
  /** Where each text's ids start in `ids`; one more entry than texts. */
  starts: Int32Array;
}

export function termTable(texts: readonly string[]): TermTable {
  const termId = new Map<number, number>();
  const vocab: number[] = [];
  const starts = new Int32Array(texts.length + 1);
  let ids = new Int32Array(16 * texts.length + 16);
  let n = 0;
  texts.forEach((raw, i) => {
    const codes = tokenize(normalizeText(raw));
    if (n + codes.length > ids.length) ids = grown(ids, 2 * (n + codes.length));
    for (const code of codes) ids[n++] = numberOf(termId, vocab, code);
    starts[i + 1] = n;
  });
  return { vocab: Float64Array.from(vocab), ids: ids.slice(0, n), starts };
}

/**
 * The similarity index of a catalogue: every distinct duty text once, as a set of terms
 * weighted by rarity (idf), ordered rarest first so that prefix filtering can find every
 * pair above a threshold without comparing all pairs.
 */
export class TextIndex extends MatchIndex {
  /** Distinct text of each duty, by duty index. */
  readonly textOf: Int32Array;
  /** Each distinct text, for explanations. */
  private readonly texts: string[];
  private readonly rankOf: Map<number, number>;
  private readonly codeOfRank: number[];

  /** Term frequencies of the texts indexed (not those of `whole`). */
  readonly frequencies: Frequencies;

  /** The index of duties' texts, all worked out on this thread. */
  static of(dutyTexts: readonly string[], whole?: Frequencies): TextIndex {
    const distinct = distinctTexts(dutyTexts);
    return new TextIndex(distinct, [termTable(distinct.texts)], whole);
  }

  /**
   * @param tables the terms of the distinct texts: one table for all of them, or one for
   *   each consecutive share, in order
   * @param whole frequencies to weigh terms by, when the texts are part of a larger
   *   catalogue (an incremental run); by default, the texts' own
   */
  constructor({ texts, textOf, copies }: DistinctTexts, tables: readonly TermTable[], whole?: Frequencies) {
    // One vocabulary: the first table's, extended by the terms the others add.
    const vocab = Array.from(tables[0]!.vocab);
    const termId = new Map(vocab.map((code, t) => [code, t]));
    const idsOf = tables.map((table, k) => {
      if (k === 0) return table.ids;
      const mine = Int32Array.from(table.vocab, (code) => numberOf(termId, vocab, code));
      return table.ids.map((id) => mine[id]!);
    });
    /** Calls `each` with every text's number and where its ids are, in text order. */
    const forEachText = (each: (text: number, ids: Int32Array, from: number, to: number) => void) => {
      let text = 0;
      tables.forEach(({ starts }, k) => {
        for (let i = 0; i + 1 < starts.length; i++) each(text++, idsOf[k]!, starts[i]!, starts[i + 1]!);
      });
    };

    // Document frequency counts duties, so a text copied by many governments is common.
    const df = new Float64Array(vocab.length);
    forEachText((text, ids, from, to) => {
      for (let j = from; j < to; j++) df[ids[j]!]! += copies[text]!;
    });
    const own: Frequencies = { duties: textOf.length, df: new Map(vocab.map((code, t) => [code, df[t]!])) };
    const by = whole ?? own;
    const idf = Float64Array.from(vocab, (code) => termWeight(by.duties, by.df.get(code)!));
    // Rarest first; ties by the term's code, so ranks (and results) are deterministic.
    const order = Array.from(vocab.keys()).sort((x, y) => idf[y]! - idf[x]! || vocab[x]! - vocab[y]!);
    const rank = new Int32Array(vocab.length);
    order.forEach((t, r) => {
      rank[t] = r;
    });
    const weights = sharedArray(Float64Array, vocab.length);
    order.forEach((t, r) => {
      weights[r] = idf[t]!;
    });
    const ranks = sharedArray(Int32Array, idsOf.reduce((n, ids) => n + ids.length, 0));
    const starts = sharedArray(Int32Array, texts.length + 1);
    const totals = sharedArray(Float64Array, texts.length);
    let at = 0;
    forEachText((text, ids, from, to) => {
      starts[text] = at;
      for (let j = from; j < to; j++) ranks[at++] = rank[ids[j]!]!;
      let w = 0;
      for (const r of ranks.subarray(starts[text]!, at).sort()) w += weights[r]!;
      totals[text] = w;
    });
    starts[texts.length] = at;
    super({ ranks, starts, totals, weights });
    this.rankOf = new Map(vocab.map((t, id) => [t, rank[id]!]));
    this.codeOfRank = order.map((t) => vocab[t]!);
    this.frequencies = own;
    this.textOf = textOf;
    this.texts = texts;
  }

  /** The code of the term of a rank. */
  termCode(rank: number): number {
    return this.codeOfRank[rank]!;
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
   * The shared terms of two texts as a person reads them: runs of shared bigrams merged
   * back into words (食品安全, not 食品/品安/安全), most distinctive first.
   */
  explain(a: number, b: number, max = 6): string[] {
    const shared = new Set<number>();
    const mine = new Set(this.termsOf(b));
    for (const r of this.termsOf(a)) if (mine.has(r)) shared.add(r);
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
    const mine = new Set(this.termsOf(text));
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
