import { normalizeText } from './normalize.js';
import { tokenize } from './tokenize.js';

/**
 * The terms of a text, space-separated: what the similarity index is built from. Computed
 * where the files are loaded (in workers, for large catalogues), so that this, the costliest
 * part of indexing, runs in parallel; a compact string crosses threads cheaply.
 */
export function termsOf(text: string): string {
  return tokenize(normalizeText(text)).join(' ');
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
