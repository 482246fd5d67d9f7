import { normalizeText } from './normalize.js';
import { fromCharCodes } from './char-codes.js';
import { tokenize, WORD_BASE } from './tokenize.js';

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
  return encodeTerms(tokenize(normalizeText(text)));
}

export function encodeTerms(codes: readonly number[]): string {
  let size = 0;
  for (const code of codes) size += code < WORD_BASE ? 2 : 5;
  const units = new Uint16Array(size);
  let n = 0;
  for (const code of codes) {
    if (code < WORD_BASE) {
      units[n++] = code >>> 16;
      units[n++] = code & 0xffff;
    } else {
      let v = code - WORD_BASE;
      units[n++] = WORD_MARK;
      for (let i = 0; i < 4; i++) {
        units[n++] = (v % CHUNK) + OFFSET;
        v = Math.floor(v / CHUNK);
      }
    }
  }
  return fromCharCodes(units);
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
