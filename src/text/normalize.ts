import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });
// Any character of the CJK blocks: only such text can hold traditional characters.
const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * One canonical form for matching: full-width to half-width (NFKC), traditional to
 * simplified Chinese (OpenCC), lower case.
 */
export function normalizeText(text: string): string {
  let s = text.normalize('NFKC');
  if (HAS_CJK.test(s)) s = toSimplified(s);
  return s.toLowerCase();
}
