import { stemmer } from 'stemmer';
import type { Segmenter } from './segment.js';
import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from './lexicon/stopwords.js';

/**
 * The words of one text that matching compares, in order: Chinese words with the words they
 * are made of (职业技能 gives 职业技能, 职业, 技能), English stems, and concepts: every form of a group of
 * equivalent forms (网约车, 网络预约出租汽车) gives the same terms, the group's canonical form
 * and its words, however it is written. Stop words are dropped. Items are the parts of a list: a title
 * "负责全县价格监督检查、广告监督管理和反不正当竞争执法" has three, each of which may carry
 * a different higher-level duty.
 */
export interface TextTerms {
  terms: string[];
  /** Where each item starts in `terms`; the first is 0. */
  itemStarts: number[];
}

/** What the analyser knows beyond the built-in vocabulary. */
export interface Lexicon {
  /** A form (normalised) and the canonical form it stands for. */
  synonyms: ReadonlyMap<string, string>;
  /** Catalogue-specific words that say nothing: the names of its governments. */
  stopWords: ReadonlySet<string>;
  /** Clauses (clauseKey) that many departments' duties carry: frames, dropped like stop words. */
  genericClauses: ReadonlySet<string>;
}

/** Where clauses end. */
const CLAUSE_END = /[，。；;,.！？!?\n]/;

/** The clauses of normalised text. */
export function clausesOf(text: string): string[] {
  return text.split(CLAUSE_END);
}

/** A clause as it is compared with others: without scope words and spaces. */
export function clauseKey(clause: string): string {
  return clause.replace(SCOPE, '').replace(/\s+/g, '');
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD = /^[a-z0-9][a-z0-9'’.-]*$/;
/** Tokens that end an item of a list, besides punctuation. */
const CONJUNCTIONS = new Set(['和', '及', '以及', '与', '或', '或者', '并', '并且', 'and', 'or']);
const NUMBER = /^[0-9.]+$/;
const ENGLISH_WORD = /[a-z0-9]+(?:['’][a-z]+)?|[^a-z0-9\s]/g;
/** Scope words, longest first: the same in every duty of a government, and glue for jieba. */
const SCOPE = /本行政区域|行政区域内|全省范围内|全市范围内|全县范围内|全区范围内|辖区内|范围内|全国|全省|全市|全县|全区|全州|本省|本市|本县|本区/g;
/** The most words a form of a concept is written in. */
const MAX_FORM_WORDS = 6;

export class TermAnalyzer {
  private readonly parts = new Map<string, readonly string[]>();
  /** Words that stand for their part without stop words (withoutStopWords), held in `parts`. */
  private readonly stripped = new Set<string>();
  private readonly conceptWords = new Map<string, readonly string[]>();
  private readonly termsOfArt = new Map<string, boolean>();
  /** Every form of every concept, and its canonical form (a canonical form stands for itself). */
  private readonly concepts = new Map<string, string>();
  /** Every beginning of every form: a run of tokens that is none cannot become one. */
  private readonly prefixes = new Set<string>();

  constructor(private readonly lexicon: Lexicon, private readonly segmenter: Segmenter) {
    for (const [form, canonical] of lexicon.synonyms) {
      this.concepts.set(form, canonical);
      this.concepts.set(canonical, canonical);
    }
    for (const form of this.concepts.keys()) for (let k = 1; k <= form.length; k++) this.prefixes.add(form.slice(0, k));
  }

  /** The terms of normalised text (normalizeText). */
  analyse(text: string): TextTerms {
    const out: TextTerms = { terms: [], itemStarts: [0] };
    if (text.length === 0) return out;
    if (this.lexicon.genericClauses.size > 0) {
      text = clausesOf(text).map((c) => (this.lexicon.genericClauses.has(clauseKey(c)) ? '' : c)).join('，');
    }
    // Scope words are cut out before segmenting: left in, they glue to their neighbours
    // (全省范围内外贸 would give 内外贸, not 外贸).
    const tokens = CJK.test(text) ? this.segmenter.cut(text.replace(SCOPE, ' ')) : (text.match(ENGLISH_WORD) ?? []);
    const end = () => {
      if (out.terms.length > out.itemStarts.at(-1)!) out.itemStarts.push(out.terms.length);
    };
    for (let i = 0; i < tokens.length; i++) {
      const concept = this.conceptAt(tokens, i);
      if (concept) {
        for (const t of this.conceptTerms(concept.term)) out.terms.push(t);
        i = concept.last;
        continue;
      }
      const token = tokens[i]!;
      if (CONJUNCTIONS.has(token)) {
        end();
        continue;
      }
      if (CJK.test(token)) {
        this.chinese(token, out.terms);
        continue;
      }
      if (!WORD.test(token)) {
        if (token.trim().length > 0) end();
        continue;
      }
      if (ENGLISH_STOP_WORDS.has(token) || NUMBER.test(token) || token.length < 2) continue;
      out.terms.push(stemmer(token));
    }
    if (out.itemStarts.at(-1) === out.terms.length && out.itemStarts.length > 1) out.itemStarts.pop();
    return out;
  }

  private chinese(word: string, terms: string[]): void {
    if (word.length < 2 || this.isStopWord(word)) return;
    if (word.length < 3) {
      terms.push(word);
      return;
    }
    let parts = this.parts.get(word);
    if (!parts) {
      const content = this.withoutStopWords(word);
      parts = content === word ? this.tiling(word) : [content];
      this.parts.set(word, parts);
      if (content !== word) this.stripped.add(word);
    }
    if (this.stripped.has(word)) {
      if (parts[0]) this.chinese(parts[0], terms);
      return;
    }
    terms.push(word);
    for (const p of parts) terms.push(p);
  }

  private isStopWord(word: string): boolean {
    return CHINESE_STOP_WORDS.has(word) || this.lexicon.stopWords.has(word);
  }

  /**
   * A word jieba keeps whole without the stop words it starts or ends with (审计工作 → 审计,
   * 协调机制 → 机制; 具体实施 → nothing): they say no more inside a word than beside it.
   */
  private withoutStopWords(word: string): string {
    let from = 0;
    let to = word.length;
    for (let changed = true; changed && from < to;) {
      changed = false;
      for (let k = to; k > from + 1; k--) {
        if (this.isStopWord(word.slice(from, k))) {
          from = k;
          changed = true;
          break;
        }
      }
      for (let k = from; k < to - 1; k++) {
        if (this.isStopWord(word.slice(k, to))) {
          to = k;
          changed = true;
          break;
        }
      }
    }
    const content = word.slice(from, to);
    return content.length >= 2 ? content : '';
  }

  /**
   * The words a long word is made of, left to right, each the longest dictionary word that
   * starts there (职业技能 → 职业, 技能; 中小学生 → 中小学): a text naming a part of the word
   * shares something with it. Only a tiling, not every word inside (中小, 小学, 小学生…),
   * which would let one shared word weigh as five.
   */
  private tiling(word: string): string[] {
    const inside = this.segmenter.parts(word).filter((p) => p !== word && p.length >= 2);
    const tiles: string[] = [];
    for (let at = 0; at < word.length;) {
      let tile = '';
      for (const p of inside) if (p.length > tile.length && word.startsWith(p, at)) tile = p;
      if (!tile) {
        at++;
        continue;
      }
      // A form of a concept that begins a tile stands for it (农机化 → 农业机械); one inside
      // another word is an accident of the characters (林草 in 森林草原) that the longest
      // tile at each place steps over.
      const concept = this.concepts.get(tile);
      if (concept !== undefined) tiles.push(...this.conceptTerms(concept));
      else if (!this.isStopWord(tile)) tiles.push(tile);
      at += tile.length;
    }
    return tiles;
  }

  /**
   * Whether a term is a concept whose canonical form names three or more words
   * (医疗卫生与养老服务相结合): two duties that share it share more than one subject word.
   */
  isTermOfArt(term: string): boolean {
    if (!this.isConcept(term)) return false;
    let art = this.termsOfArt.get(term);
    if (art === undefined) {
      const words = CJK.test(term)
        ? this.segmenter.cut(term).filter((t) => t.length >= 2 && CJK.test(t) && !this.isStopWord(t))
        : term.split(' ').filter((t) => WORD.test(t) && !ENGLISH_STOP_WORDS.has(t));
      this.termsOfArt.set(term, (art = words.length >= 3));
    }
    return art;
  }

  /** Whether a term is the canonical form of a concept (an abbreviation's full form…). */
  isConcept(term: string): boolean {
    return this.concepts.get(term) === term;
  }

  /**
   * The terms a concept stands for: itself, and the words of its canonical form, so that a
   * text naming part of it (超限超载 beside 超限超载运输治理) still shares something with it.
   */
  private conceptTerms(canonical: string): readonly string[] {
    let terms = this.conceptWords.get(canonical);
    if (!terms) {
      // Set first: a word of the canonical form may be a form of another concept, whose own may lead back here.
      this.conceptWords.set(canonical, [canonical]);
      const words: string[] = [canonical];
      if (CJK.test(canonical)) {
        // The words of the full form as a text would give them (环境保护 → 环境, 保护), a
        // concept inside it, of one word or several, by its own terms (安全生产委员会办公室 →
        // 安全生产委员会), and a short form of itself inside it (jieba keeps 环境保护督察
        // whole) by its tiles.
        const tokens = this.segmenter.cut(canonical);
        for (let i = 0; i < tokens.length; i++) {
          const inner = this.conceptAt(tokens, i, canonical);
          if (inner) {
            words.push(...this.conceptTerms(inner.term));
            i = inner.last;
          } else if (this.concepts.get(tokens[i]!) === canonical) words.push(...this.tiling(tokens[i]!));
          else if (CJK.test(tokens[i]!)) this.chinese(tokens[i]!, words);
        }
      } else {
        for (const token of canonical.split(' ')) {
          if (WORD.test(token) && !ENGLISH_STOP_WORDS.has(token) && token.length >= 2) words.push(stemmer(token));
        }
      }
      this.conceptWords.set(canonical, (terms = [...new Set(words)]));
    }
    return terms;
  }

  /**
   * The concept whose form the tokens from `i` spell, the longest, other than `except`:
   * Chinese tokens joined (农业/生产资料), English words joined by spaces.
   */
  private conceptAt(tokens: readonly string[], i: number, except?: string): { term: string; last: number } | undefined {
    if (this.concepts.size === 0) return undefined;
    const chinese = CJK.test(tokens[i]!);
    if (!chinese && !WORD.test(tokens[i]!)) return undefined;
    let form = '';
    let found: { term: string; last: number } | undefined;
    for (let k = i, words = 0; k < tokens.length && words < MAX_FORM_WORDS; k++) {
      const token = tokens[k]!;
      if (!chinese && token.trim() === '') continue;
      if (chinese ? !CJK.test(token) : !WORD.test(token)) break;
      form = chinese ? form + token : form ? `${form} ${token}` : token;
      words++;
      if (!this.prefixes.has(form)) break;
      const canonical = this.concepts.get(form);
      if (canonical !== undefined && canonical !== except) found = { term: canonical, last: k };
    }
    return found;
  }
}
