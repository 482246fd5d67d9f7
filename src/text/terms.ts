import { stemmer } from 'stemmer';
import type { Segmenter } from './segment.js';
import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from './lexicon/stopwords.js';

/**
 * The words of one text that matching compares, in order: Chinese words with their parts
 * (职业技能培训 gives 职业技能, 职业, 技能, 培训), English stems, abbreviations replaced by
 * the words of their full form, stop words dropped. Items are the parts of a list: a title
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
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD = /^[a-z0-9][a-z0-9'’.-]*$/;
/** Tokens that end an item of a list, besides punctuation. */
const CONJUNCTIONS = new Set(['和', '及', '以及', '与', '或', '或者', '并', '并且', 'and', 'or']);
const NUMBER = /^[0-9.]+$/;
const ENGLISH_WORD = /[a-z0-9]+(?:['’][a-z]+)?|[^a-z0-9\s]/g;

export class TermAnalyzer {
  private readonly parts = new Map<string, readonly string[]>();
  private readonly expansions = new Map<string, readonly string[]>();
  /** Multi-word English forms by their first word. */
  private readonly phrases = new Map<string, string[][]>();

  constructor(private readonly lexicon: Lexicon, private readonly segmenter: Segmenter) {
    for (const form of lexicon.synonyms.keys()) {
      if (CJK.test(form) || !form.includes(' ')) continue;
      const words = form.split(' ');
      const list = this.phrases.get(words[0]!) ?? [];
      list.push(words);
      this.phrases.set(words[0]!, list.sort((a, b) => b.length - a.length));
    }
  }

  /** The terms of normalised text (normalizeText). */
  analyse(text: string, expand = true): TextTerms {
    const out: TextTerms = { terms: [], itemStarts: [0] };
    if (text.length === 0) return out;
    const tokens = CJK.test(text) ? this.segmenter.cut(text) : (text.match(ENGLISH_WORD) ?? []);
    const end = () => {
      if (out.terms.length > out.itemStarts.at(-1)!) out.itemStarts.push(out.terms.length);
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (CONJUNCTIONS.has(token)) {
        end();
        continue;
      }
      if (CJK.test(token)) {
        const canonical = expand ? this.lexicon.synonyms.get(token) : undefined;
        if (canonical !== undefined) {
          for (const t of this.expansion(canonical)) out.terms.push(t);
          continue;
        }
        this.chinese(token, out.terms);
        continue;
      }
      if (!WORD.test(token)) {
        if (token.trim().length > 0) end();
        continue;
      }
      if (expand) {
        const phrase = this.phraseAt(tokens, i);
        if (phrase) {
          for (const t of this.expansion(this.lexicon.synonyms.get(phrase.form)!)) out.terms.push(t);
          i = phrase.last;
          continue;
        }
        const canonical = this.lexicon.synonyms.get(token);
        if (canonical !== undefined) {
          for (const t of this.expansion(canonical)) out.terms.push(t);
          continue;
        }
      }
      if (ENGLISH_STOP_WORDS.has(token) || NUMBER.test(token) || token.length < 2) continue;
      out.terms.push(stemmer(token));
    }
    if (out.itemStarts.at(-1) === out.terms.length && out.itemStarts.length > 1) out.itemStarts.pop();
    return out;
  }

  private chinese(word: string, terms: string[]): void {
    if (word.length < 2 || CHINESE_STOP_WORDS.has(word) || this.lexicon.stopWords.has(word)) return;
    terms.push(word);
    if (word.length < 3) return;
    let parts = this.parts.get(word);
    if (!parts) {
      parts = this.segmenter.parts(word).filter((p) =>
        p !== word && p.length >= 2 && !CHINESE_STOP_WORDS.has(p) && !this.lexicon.stopWords.has(p) &&
        // A short form inside a longer word is an accident of the characters (林草 in 森林草原).
        !this.lexicon.synonyms.has(p));
      this.parts.set(word, parts);
    }
    for (const p of parts) terms.push(p);
  }

  /** The terms of a canonical form, worked out once. */
  private expansion(canonical: string): readonly string[] {
    let terms = this.expansions.get(canonical);
    if (!terms) {
      terms = this.analyse(canonical, false).terms;
      this.expansions.set(canonical, terms);
    }
    return terms;
  }

  /** The longest multi-word English form starting at token `i` (tokens alternate with spaces only in CJK text). */
  private phraseAt(tokens: readonly string[], i: number): { form: string; last: number } | undefined {
    const candidates = this.phrases.get(tokens[i]!);
    if (!candidates) return undefined;
    for (const words of candidates) {
      let k = i;
      let ok = true;
      for (let w = 0; w < words.length && ok; w++) {
        while (k < tokens.length && tokens[k]!.trim() === '') k++;
        ok = k < tokens.length && tokens[k] === words[w];
        if (ok && w < words.length - 1) k++;
      }
      if (ok) return { form: words.join(' '), last: k };
    }
    return undefined;
  }
}
