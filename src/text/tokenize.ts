import { stemmer } from 'stemmer';
import { addToGroup } from '../groups.js';
import { CHINESE_STOP_PHRASES, ENGLISH_STOP_WORDS } from './stopwords.js';

export interface Segment {
  kind: 'cjk' | 'word';
  text: string;
}

/** Stop phrases by their first character, longest first, for a single left-to-right scan. */
const STOP_BY_FIRST = new Map<number, string[]>();
for (const p of [...CHINESE_STOP_PHRASES].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
  addToGroup(STOP_BY_FIRST, p.charCodeAt(0), p);
}
/** Whether a stop phrase starts with a character: a table, since the scan asks it of every character. */
const STARTS_STOP = new Uint8Array(0x10000);
for (const c of STOP_BY_FIRST.keys()) STARTS_STOP[c] = 1;

function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Walks normalised text: each run of Chinese characters between stop phrases, as offsets,
 * and each English word that is not a stop word. Stop phrases and stop words are cut out
 * and break runs, so they neither match nor glue neighbours into false bigrams.
 */
/** The length of the stop phrase that starts at `i`, or 0. */
function stopAt(s: string, i: number): number {
  const ch = s.charCodeAt(i);
  if (!STARTS_STOP[ch]) return 0;
  for (const p of STOP_BY_FIRST.get(ch)!) if (s.startsWith(p, i)) return p.length;
  return 0;
}

export function scan(s: string, onRun: (start: number, end: number) => void, onWord: (word: string) => void): void {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isCjk(c)) {
      let start = i;
      while (i < s.length && isCjk(s.charCodeAt(i))) {
        const stop = stopAt(s, i);
        if (stop === 0) {
          i++;
          continue;
        }
        if (i > start) onRun(start, i);
        i += stop;
        start = i;
      }
      if (i > start) onRun(start, i);
    } else if (isWordChar(c)) {
      const start = i;
      while (i < s.length && isWordChar(s.charCodeAt(i))) i++;
      const word = s.slice(start, i);
      if (!ENGLISH_STOP_WORDS.has(word)) onWord(word);
    } else {
      i++;
    }
  }
}

/** The runs and words of normalised text, as strings (for explanations). */
export function segments(normalized: string): Segment[] {
  const out: Segment[] = [];
  scan(
    normalized,
    (start, end) => out.push({ kind: 'cjk', text: normalized.slice(start, end) }),
    (word) => out.push({ kind: 'word', text: word }),
  );
  return out;
}

/**
 * The terms of a text, as numeric codes (see termCode): character bigrams of Chinese runs
 * (a lone character stands for itself) and stemmed English words. Bigrams need no
 * dictionary and keep 农产品 and 特种设备 whole enough to match; rarity weighting then does
 * the rest. Codes, not strings: no substring per term, cheap to send between threads and
 * to look up.
 */
export function tokenize(normalized: string): number[] {
  const s = normalized;
  const out = new Set<number>();
  scan(
    s,
    (start, end) => {
      if (end - start === 1) out.add(s.charCodeAt(start) << 16);
      else for (let i = start; i + 1 < end; i++) out.add((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
    },
    (word) => out.add(termCode(stemWord(word))),
  );
  return [...out];
}

/** Codes of English stems start here; Chinese codes stay below. */
export const WORD_BASE = 2 ** 32;

/**
 * The code of a term: a Chinese bigram or character is its two UTF-16 units side by side
 * in a 32-bit integer (exact, and a small integer to V8, so sets and maps of them stay
 * fast); an English stem is 2^32 plus a 52-bit hash (two FNV-1a lanes), far above, with
 * collisions out of practical reach.
 */
export function termCode(term: string): number {
  const c0 = term.charCodeAt(0);
  if (c0 >= 0x3400 && term.length <= 2) return (c0 << 16) | (term.length === 2 ? term.charCodeAt(1) : 0);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return WORD_BASE + h1 * 0x100000 + (h2 & 0xfffff);
}

export function stemWord(word: string): string {
  return /^[0-9]+$/.test(word) ? word : stemmer(word);
}
