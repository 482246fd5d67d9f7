import type { Department, DutyGraph } from '../graph/graph.js';
import { BUILT_IN_SYNONYMS, definedAbbreviations, synonymTable, type SynonymGroup } from '../text/lexicon/synonyms.js';
import { normalizeText } from '../text/normalize.js';
import { clauseKey, clausesOf, type Lexicon } from '../text/terms.js';
import type { DistinctTexts, DutyText } from './texts.js';

const CJK = /[\u3400-\u9fff]/;
/** What ends the name of a government: 溪宁县 is also written 溪宁. */
const ADMINISTRATIVE_SUFFIX = /[省市县区州盟旗镇乡]$/;

/**
 * A catalogue's lexicon: the built-in abbreviations, those its texts define (以下简称…), the
 * config's synonyms, and its governments' names, which say nothing about a duty.
 */
export interface CatalogueLexicon extends Lexicon {
  /** Words jieba must keep whole: short forms and government names. */
  dictionary: string[];
}

export interface LexiconSources {
  /** Names of the governments (government name words), as governmentNames finds them. */
  names: readonly string[];
  /** Clauses many departments carry (genericClauses). */
  clauses: readonly string[];
  /** Abbreviations the catalogue's texts define. */
  defined: readonly SynonymGroup[];
  /** The config's `synonyms:`. */
  synonyms: readonly SynonymGroup[];
}

/** The name every department of a government starts with (安澜市 of 安澜市农业农村局), with and without its suffix. */
export function governmentNames(graph: Pick<DutyGraph, 'jurisdictions'>): string[] {
  const names = new Set<string>();
  for (const depts of graph.jurisdictions.values()) {
    if (depts.length < 2) continue;
    let prefix = depts[0]!.name;
    for (const d of depts) {
      let k = 0;
      while (k < prefix.length && k < d.name.length && prefix[k] === d.name[k]) k++;
      prefix = prefix.slice(0, k);
    }
    const name = normalizeText(prefix.trim());
    if (name.length < 2 || !CJK.test(name)) continue;
    names.add(name);
    const stem = name.replace(ADMINISTRATIVE_SUFFIX, '');
    if (stem.length >= 2 && stem !== name) names.add(stem);
  }
  return [...names].sort();
}

export function lexiconSources(
  graph: Pick<DutyGraph, 'jurisdictions'>, distinct: DistinctTexts, clauses: TextClauses, synonyms: readonly SynonymGroup[],
): LexiconSources {
  const raw = function* () {
    for (const t of distinct.texts) {
      yield t.title;
      if (t.detail) yield t.detail;
    }
  };
  return {
    names: governmentNames(graph), clauses: genericClauses(graph.jurisdictions.values(), distinct.textOf, clauses),
    defined: definedAbbreviations(raw()), synonyms,
  };
}

/** The clauses (clauseKey) of each distinct text: of its title, and of its title and detail. */
export interface TextClauses {
  title: string[][];
  all: string[][];
}

/** The clauses of normalised texts. */
export function textClauses(texts: readonly DutyText[]): TextClauses {
  const title = texts.map((t) => clauseKeys(t.title));
  return { title, all: texts.map((t, k) => (t.detail ? [...title[k]!, ...clauseKeys(t.detail)] : title[k]!)) };
}

function clauseKeys(normalized: string | undefined): string[] {
  return normalized ? clausesOf(normalized).map(clauseKey).filter((k) => k.length >= 2) : [];
}

/** The clauses of a duty as written (its title and detail), as textClauses finds them. */
export function dutyClauses(title: string, detail?: string): string[] {
  return [...clauseKeys(normalizeText(title)), ...clauseKeys(detail ? normalizeText(detail) : undefined)];
}

/** A clause is a frame when this share of one government's departments carries it, and at least MIN_CARRIERS. */
const CLAUSE_SHARE = 0.15;
const MIN_CARRIERS = 3;

/** How many of a government's `departments` must carry a clause for it to be a frame. */
export function frameCarriers(departments: number): number {
  return Math.max(MIN_CARRIERS, Math.ceil(CLAUSE_SHARE * departments));
}

/**
 * Clauses that many departments of one government carry word for word, scope words aside
 * (依法查处相关违法行为, 加强事中事后监管, 事项类型：行政许可): the frames of a catalogue's
 * writing, which say nothing of a duty's subject. Departments of one government, not of the
 * catalogue: every level repeats its counterpart's clauses by design.
 */
export function genericClauses(governments: Iterable<readonly Department[]>, textOf: Int32Array, clauses: TextClauses): string[] {
  const frames = new Set<string>();
  for (const depts of governments) {
    const carriers = new Map<string, number>();
    for (const dept of depts) {
      const mine = new Set<string>();
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) for (const key of clauses.all[textOf[i]!]!) mine.add(key);
      for (const key of mine) carriers.set(key, (carriers.get(key) ?? 0) + 1);
    }
    const least = frameCarriers(depts.length);
    for (const [key, n] of carriers) if (n >= least) frames.add(key);
  }
  return [...frames].sort();
}

export function buildLexicon(sources: LexiconSources): CatalogueLexicon {
  const table = synonymTable(BUILT_IN_SYNONYMS, sources.defined, sources.synonyms);
  const dictionary = [...table.keys()].filter((f) => CJK.test(f) && !f.includes(' '));
  return {
    synonyms: table, stopWords: new Set(sources.names), genericClauses: new Set(sources.clauses),
    dictionary: [...dictionary, ...sources.names].sort(),
  };
}
