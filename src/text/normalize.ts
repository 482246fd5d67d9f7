import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** Simplified form of each UTF-16 unit (0: not known yet). */
const simplified = new Uint16Array(0x10000);
/**
 * The build tabulates OpenCC's conversion of every character (scripts/build-t2s.mjs);
 * without a build (tests from sources), OpenCC converts each character when first met.
 */
const TABLE = join(packageRoot, 'dist', 't2s.txt');
let toSimplified: ((text: string) => string) | undefined;
if (existsSync(TABLE)) {
  const pairs = readFileSync(TABLE, 'utf8');
  for (let i = 0; i + 1 < pairs.length; i += 2) simplified[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  for (let c = 0x3400; c <= 0xffff; c++) simplified[c] ||= c;
} else {
  const { Converter } = createRequire(import.meta.url)('opencc-js/t2cn') as typeof import('opencc-js/t2cn');
  toSimplified = Converter({ from: 't', to: 'cn' });
}
/** Full-width forms and compatibility ideographs: only texts with these need NFKC. */
function needsNfkc(c: number): boolean {
  return c === 0x3000 || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef);
}

/** Characters with no case beyond ASCII: Chinese punctuation and ideographs. */
function caseless(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * One canonical form for matching: full-width to half-width (NFKC), traditional to
 * simplified Chinese (OpenCC, character by character: the same on both sides of every
 * comparison, and a fraction of the cost of phrase conversion), lower case. One pass over
 * the text; NFKC and toLowerCase run only on texts that have characters needing them.
 */
export function normalizeText(text: string): string {
  return normalize(text, false);
}

function normalize(s: string, afterNfkc: boolean): string {
  let out: number[] | undefined;
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!afterNfkc && needsNfkc(c)) return normalize(s.normalize('NFKC'), true);
    let m = c;
    if (c >= 0x41 && c <= 0x5a) m = c + 32;
    else if (c >= 0x3400) m = simplify(c);
    if (c >= 0x80 && !caseless(c)) cased = true;
    if (m !== c && !out) {
      out = [];
      for (let j = 0; j < i; j++) out.push(s.charCodeAt(j));
    }
    out?.push(m);
  }
  const simple = out ? fromCharCodes(out) : s;
  return cased ? simple.toLowerCase() : simple;
}

function simplify(c: number): number {
  let m = simplified[c]!;
  if (m === 0) {
    const s = c >= 0xd800 && c <= 0xdfff ? '' : toSimplified!(String.fromCharCode(c));
    m = s.length === 1 ? s.charCodeAt(0) : c;
    simplified[c] = m;
  }
  return m;
}

/** A string from UTF-16 units, in slices small enough to pass as arguments. */
function fromCharCodes(units: number[]): string {
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode.apply(null, units.slice(i, i + 8192));
  return s;
}
