import { Converter } from 'opencc-js/t2cn';
import { fromCharCodes } from './char-codes.js';

const toSimplified = Converter({ from: 't', to: 'cn' });
/** Simplified form of each UTF-16 unit, filled in as characters are first met (0: not yet). */
const simplified = new Uint16Array(0x10000);
// Full-width forms and compatibility ideographs: only these need NFKC.
const NEEDS_NFKC = /[\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000]/;

/**
 * One canonical form for matching: full-width to half-width (NFKC), traditional to
 * simplified Chinese (OpenCC, character by character: the same on both sides of every
 * comparison, and a fraction of the cost of phrase conversion), lower case.
 */
export function normalizeText(text: string): string {
  const s = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  let out: number[] | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let m = c;
    if (c >= 0x41 && c <= 0x5a) m = c + 32;
    else if (c >= 0x3400) m = simplify(c);
    if (m !== c && !out) {
      out = [];
      for (let j = 0; j < i; j++) out.push(s.charCodeAt(j));
    }
    out?.push(m);
  }
  return out ? fromCharCodes(out) : s.toLowerCase();
}

function simplify(c: number): number {
  let m = simplified[c]!;
  if (m === 0) {
    const s = c >= 0xd800 && c <= 0xdfff ? '' : toSimplified(String.fromCharCode(c));
    m = s.length === 1 ? s.charCodeAt(0) : c;
    simplified[c] = m;
  }
  return m;
}
