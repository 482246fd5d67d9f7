import { numberOf } from '../groups.js';
import { powersOf } from '../text/lexicon/powers.js';
import type { TermAnalyzer } from '../text/terms.js';
import { grown } from '../typed-arrays.js';

/** A duty's text as matching reads it: title and detail, kept apart (a detail must not drown its title). */
export interface DutyText {
  title: string;
  detail?: string | undefined;
}

/** Sorted sets of term ids, one after another: set `k` is `ids[starts[k]]` to `ids[starts[k + 1]]`. */
export interface IdSets {
  starts: Int32Array;
  ids: Int32Array;
}

/**
 * The terms of some texts, as ids into a vocabulary of their own: what one thread works
 * out for its share of the texts. Per text: its title's terms, its detail's, both together,
 * and the items of its title (the parts of a list, each a set of its own).
 */
export interface TermTable {
  vocab: string[];
  title: IdSets;
  detail: IdSets;
  all: IdSets;
  /** Per text, where its items start in `items`; one more entry than texts. */
  itemsOf: Int32Array;
  items: IdSets;
  /** Per text, the powers it exercises (POWER bits). */
  powers: Uint8Array;
}

/** Each duty's text once: the distinct texts, and which one each duty has. */
export interface DistinctTexts {
  texts: DutyText[];
  /** Distinct text of each duty, by duty index. */
  textOf: Int32Array;
}

const SEPARATOR = '\u001f';

export function distinctTexts(duties: readonly DutyText[]): DistinctTexts {
  const idOfText = new Map<string, number>();
  const keys: string[] = [];
  const textOf = Int32Array.from(duties, (d) => numberOf(idOfText, keys, d.detail ? d.title + SEPARATOR + d.detail : d.title));
  const texts = keys.map((k): DutyText => {
    const at = k.indexOf(SEPARATOR);
    return at < 0 ? { title: k } : { title: k.slice(0, at), detail: k.slice(at + 1) };
  });
  return { texts, textOf };
}

/** Sets appended one at a time, in flat arrays that grow as needed. */
class SetsBuilder {
  starts: Int32Array;
  ids = new Int32Array(1024);
  private count = 0;
  private size = 0;

  constructor(expected: number) {
    this.starts = new Int32Array(expected + 1);
  }

  /** Appends the set of `ids` (any order, repeats allowed). */
  add(ids: readonly number[]): void {
    if (this.count + 1 >= this.starts.length) this.starts = grown(this.starts, 2 * this.starts.length);
    if (this.size + ids.length > this.ids.length) this.ids = grown(this.ids, 2 * (this.size + ids.length));
    const from = this.size;
    for (const id of ids) this.ids[this.size++] = id;
    const sorted = this.ids.subarray(from, this.size).sort();
    // Drop repeats in place.
    let n = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]!;
    this.size = from + n;
    this.starts[++this.count] = this.size;
  }

  done(): IdSets {
    return { starts: this.starts.slice(0, this.count + 1), ids: this.ids.slice(0, this.size) };
  }

  get length(): number {
    return this.count;
  }
}

/** The terms of normalised texts (TermAnalyzer), numbered in a vocabulary of their own. */
export function termTable(texts: readonly DutyText[], analyzer: TermAnalyzer): TermTable {
  const termId = new Map<string, number>();
  const vocab: string[] = [];
  const title = new SetsBuilder(texts.length);
  const detail = new SetsBuilder(texts.length);
  const all = new SetsBuilder(texts.length);
  const items = new SetsBuilder(2 * texts.length);
  const itemsOf = new Int32Array(texts.length + 1);
  const powers = new Uint8Array(texts.length);
  const number = (terms: readonly string[]) => terms.map((t) => numberOf(termId, vocab, t));
  texts.forEach((text, k) => {
    const titleText = text.title;
    const detailText = text.detail ?? '';
    powers[k] = powersOf(`${titleText}\n${detailText}`);
    const t = analyzer.analyse(titleText);
    const d = detailText ? analyzer.analyse(detailText).terms : [];
    const tIds = number(t.terms);
    const dIds = number(d);
    title.add(tIds);
    detail.add(dIds);
    all.add(tIds.concat(dIds));
    for (let i = 0; i < t.itemStarts.length; i++) {
      const from = t.itemStarts[i]!;
      const to = t.itemStarts[i + 1] ?? tIds.length;
      if (to > from) items.add(tIds.slice(from, to));
    }
    itemsOf[k + 1] = items.length;
  });
  return { vocab, title: title.done(), detail: detail.done(), all: all.done(), itemsOf, items: items.done(), powers };
}

/**
 * Tables of consecutive shares of the texts (worked out on several threads) as one, in one
 * vocabulary: the first table's, extended by the terms the others add.
 */
export function mergeTables(tables: readonly TermTable[]): TermTable {
  if (tables.length === 1) return tables[0]!;
  const termId = new Map<string, number>();
  const vocab: string[] = [];
  const join = (part: (t: TermTable) => IdSets, maps: Int32Array[]): IdSets => {
    const total = tables.reduce((n, t) => n + part(t).ids.length, 0);
    const sets = tables.reduce((n, t) => n + part(t).starts.length - 1, 0);
    const ids = new Int32Array(total);
    const starts = new Int32Array(sets + 1);
    let at = 0;
    let set = 0;
    tables.forEach((table, k) => {
      const p = part(table);
      for (let s = 0; s + 1 < p.starts.length; s++) {
        const from = at;
        for (let i = p.starts[s]!; i < p.starts[s + 1]!; i++) ids[at++] = maps[k]![p.ids[i]!]!;
        ids.subarray(from, at).sort();
        starts[++set] = at;
      }
    });
    return { starts, ids };
  };
  const maps = tables.map((t) => Int32Array.from(t.vocab, (term) => numberOf(termId, vocab, term)));
  const itemsOf = new Int32Array(tables.reduce((n, t) => n + t.itemsOf.length - 1, 0) + 1);
  let text = 0;
  let base = 0;
  for (const t of tables) {
    for (let k = 1; k < t.itemsOf.length; k++) itemsOf[++text] = base + t.itemsOf[k]!;
    base += t.itemsOf[t.itemsOf.length - 1]!;
  }
  return {
    vocab, title: join((t) => t.title, maps), detail: join((t) => t.detail, maps), all: join((t) => t.all, maps),
    itemsOf, items: join((t) => t.items, maps),
    powers: Uint8Array.from(tables.flatMap((t) => [...t.powers])),
  };
}
