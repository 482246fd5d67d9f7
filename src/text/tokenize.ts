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
 * The distinct terms of a text, as numeric codes (see termCode): character bigrams of
 * Chinese runs (a lone character stands for itself) and stemmed English words. Bigrams need
 * no dictionary and keep 农产品 and 特种设备 whole enough to match; rarity weighting then
 * does the rest. Codes, not strings: no substring per term, cheap to look up.
 */
export function tokenize(normalized: string): number[] {
  const s = normalized;
  const out: number[] = [];
  // Chinese codes are told apart in a scratch set reused from text to text (fast, and enough
  // for texts of up to SHORT_TEXT characters); longer texts use a Set.
  const long = s.length > SHORT_TEXT ? new Set<number>() : undefined;
  let words: Set<number> | undefined;
  if (!long && ++stamp === 0x7fffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const cjk = (code: number) => {
    if (long) {
      if (!long.has(code)) {
        long.add(code);
        out.push(code);
      }
      return;
    }
    let h = Math.imul(code, 0x9e3779b1) >>> (32 - SLOT_BITS);
    while (stamps[h] === stamp) {
      if (keys[h] === code) return;
      h = (h + 1) & (SLOTS - 1);
    }
    stamps[h] = stamp;
    keys[h] = code;
    out.push(code);
  };
  scan(
    s,
    (start, end) => {
      if (end - start === 1) cjk(s.charCodeAt(start) << 16);
      else for (let i = start; i + 1 < end; i++) cjk((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
    },
    (word) => {
      const code = termCode(stemWord(word));
      words ??= new Set();
      if (!words.has(code)) {
        words.add(code);
        out.push(code);
      }
    },
  );
  return out;
}

/**
 * tokenize's scratch set: open addressing over SLOTS slots, a slot taken when its stamp is
 * the current text's. A text of at most SHORT_TEXT characters fills at most half of them.
 */
const SLOT_BITS = 13;
const SLOTS = 1 << SLOT_BITS;
const SHORT_TEXT = SLOTS / 2;
const keys = new Int32Array(SLOTS);
const stamps = new Int32Array(SLOTS);
let stamp = 0;

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
