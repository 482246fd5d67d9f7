import { normalizeText } from '../normalize.js';
import { ABBREVIATIONS_EN } from './abbreviations-en.js';
import { ABBREVIATIONS_ZH } from './abbreviations-zh.js';

/** Groups of equivalent forms, the canonical (full) form first. */
export type SynonymGroup = readonly string[];

/**
 * Every form and the canonical form it stands for, normalised. Later sources win over
 * earlier ones for a form they both name: the built-in tables, then abbreviations the
 * catalogue defines in its own text, then the config's `synonyms:`.
 */
export function synonymTable(...sources: Iterable<SynonymGroup>[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const source of sources) {
    for (const group of source) {
      const forms = group.map((f) => normalizeText(f).trim().replace(/\s+/g, ' ')).filter((f) => f.length > 0);
      const canonical = forms[0];
      if (canonical === undefined) continue;
      for (const form of forms.slice(1)) if (form !== canonical) table.set(form, canonical);
      // A canonical form that an earlier source made an abbreviation of something else is canonical now.
      table.delete(canonical);
    }
  }
  return table;
}

export const BUILT_IN_SYNONYMS: readonly SynonymGroup[] = [...ABBREVIATIONS_ZH, ...ABBREVIATIONS_EN];

const ZH_DEFINITION = /([\u3400-\u9fff]{2,40})[（(](?:以下)?简称[“"「『]?([\u3400-\u9fff]{2,12})[”"」』]?[）)]/g;
const EN_DEFINITION = /((?:[A-Za-z][\w'’-]*\s+){1,12})\(([A-Z][A-Za-z]{1,9})\)/g;
const EN_SKIPPABLE = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'a', 'an', '&']);

/**
 * Abbreviations a catalogue defines in its own words: 网络预约出租汽车（以下简称网约车）, and
 * "Workforce Innovation and Opportunity Act (WIOA)". The full form is the shortest ending of
 * the words before the parenthesis that the short form abbreviates: its characters in order
 * (Chinese), or its letters as the words' initials (English).
 */
export function definedAbbreviations(texts: Iterable<string>): SynonymGroup[] {
  const found = new Map<string, string>();
  for (const text of texts) {
    if (text.includes('简称')) {
      for (const m of text.matchAll(ZH_DEFINITION)) {
        const long = chineseFullForm(m[1]!, m[2]!);
        if (long && !found.has(m[2]!)) found.set(m[2]!, long);
      }
    }
    if (text.includes('(')) {
      for (const m of text.matchAll(EN_DEFINITION)) {
        const long = englishFullForm(m[1]!, m[2]!);
        if (long && !found.has(m[2]!)) found.set(m[2]!, long);
      }
    }
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([short, long]) => [long, short]);
}

function chineseFullForm(before: string, short: string): string | undefined {
  for (let start = before.length - short.length - 1; start >= 0; start--) {
    if (before[start] !== short[0]) continue;
    const candidate = before.slice(start);
    let k = 0;
    for (const c of candidate) if (c === short[k]) k++;
    if (k === short.length) return candidate;
  }
  return undefined;
}

function englishFullForm(before: string, acronym: string): string | undefined {
  const words = before.trim().split(/\s+/);
  const letters = acronym.toLowerCase();
  for (let start = words.length - 1; start >= 0; start--) {
    const candidate = words.slice(start);
    if (candidate[0]![0]!.toLowerCase() !== letters[0]) continue;
    // Each significant word gives its initial, in order; skippable words may give theirs or none.
    if (initialsMatch(candidate.map((w) => w.toLowerCase()), letters)) return candidate.join(' ');
  }
  return undefined;
}

function initialsMatch(words: string[], letters: string): boolean {
  const go = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w]!;
    if (l < letters.length && word[0] === letters[l] && go(w + 1, l + 1)) return true;
    return EN_SKIPPABLE.has(word) && go(w + 1, l);
  };
  return go(0, 0);
}
