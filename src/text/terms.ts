import { normalizeText } from './normalize.js';
import { fromCharCodes } from './char-codes.js';
import { scan, stemWord, termCode, tokenize, WORD_BASE } from './tokenize.js';

const WORD_MARK = 0xffff;
const CHUNK = 0x2000; // 13 bits
const OFFSET = 0x20; // keeps chunk characters out of JSON's escaped control range

/**
 * The terms of a text, encoded as a compact string: what the similarity index is built
 * from. Computed where the files are loaded (in workers, for large catalogues), so that
 * this, the costliest part of indexing, runs in parallel, and small enough to cross
 * threads cheaply: a Chinese bigram is its own two characters; an English stem's 52-bit
 * code is a marker and four 13-bit characters.
 */
export function termsOf(text: string): string {
  const s = normalizeText(text);
  // Long texts take the general path: the scratch set below holds a bounded number of terms.
  if (s.length > LONG_TEXT) return encodeTerms(tokenize(s));
  if (++stamp === 0x7fffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  let n = 0;
  const words: number[] = [];
  const put = (unit: number) => {
    if (n === units.length) {
      const grown = new Uint16Array(2 * n);
      grown.set(units);
      units = grown;
    }
    units[n++] = unit;
  };
  const cjk = (code: number) => {
    let h = Math.imul(code, 0x9e3779b1) >>> (32 - SLOT_BITS);
    while (stamps[h] === stamp) {
      if (keys[h] === code) return;
      h = (h + 1) & (SLOTS - 1);
    }
    stamps[h] = stamp;
    keys[h] = code;
    writeTerm(code, put);
  };
  scan(
    s,
    (start, end) => {
      if (end - start === 1) cjk(s.charCodeAt(start) << 16);
      else for (let i = start; i + 1 < end; i++) cjk((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
    },
    (word) => {
      const code = termCode(stemWord(word));
      if (words.includes(code)) return;
      words.push(code);
      writeTerm(code, put);
    },
  );
  return fromCharCodes(units.subarray(0, n));
}

/**
 * Scratch space of termsOf, reused from text to text: an open-addressing set of the Chinese
 * term codes seen in the current text (a slot is taken when its stamp is the text's), and
 * the encoded units. A text of at most LONG_TEXT characters fills at most half the slots.
 */
const SLOT_BITS = 13;
const SLOTS = 1 << SLOT_BITS;
const LONG_TEXT = SLOTS / 2;
const keys = new Int32Array(SLOTS);
const stamps = new Int32Array(SLOTS);
let stamp = 0;
let units = new Uint16Array(1024);

export function encodeTerms(codes: readonly number[]): string {
  let size = 0;
  for (const code of codes) size += code < WORD_BASE ? 2 : 5;
  const out = new Uint16Array(size);
  let n = 0;
  for (const code of codes) writeTerm(code, (unit) => (out[n++] = unit));
  return fromCharCodes(out);
}

function writeTerm(code: number, put: (unit: number) => void): void {
  if (code < WORD_BASE) {
    put(code >>> 16);
    put(code & 0xffff);
    return;
  }
  let v = code - WORD_BASE;
  put(WORD_MARK);
  for (let i = 0; i < 4; i++) {
    put((v % CHUNK) + OFFSET);
    v = Math.floor(v / CHUNK);
  }
}

export function decodeTerms(s: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c !== WORD_MARK) {
      codes.push((c << 16) | s.charCodeAt(i + 1));
      i += 2;
      continue;
    }
    let v = 0;
    for (let k = 4; k >= 1; k--) v = v * CHUNK + (s.charCodeAt(i + k) - OFFSET);
    codes.push(WORD_BASE + v);
    i += 5;
  }
  return codes;
}

/** termsOf, remembering texts already seen: catalogues repeat many texts verbatim. */
export function memoTermsOf(): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let terms = memo.get(text);
    if (terms === undefined) memo.set(text, (terms = termsOf(text)));
    return terms;
  };
}
