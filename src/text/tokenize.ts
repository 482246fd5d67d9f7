import { stemmer } from 'stemmer';
import { CHINESE_STOP_PHRASES, ENGLISH_STOP_WORDS } from './stopwords.js';

export interface Segment {
  kind: 'cjk' | 'word';
  text: string;
}

const STOP_RE = new RegExp(
  [...CHINESE_STOP_PHRASES].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|'),
  'g',
);
const SEGMENT_RE = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;

/** Splits normalised text into runs of Chinese characters and English words, stop words cut out. */
export function segments(normalized: string): Segment[] {
  const out: Segment[] = [];
  const cut = normalized.replace(STOP_RE, ' ');
  for (const m of cut.matchAll(SEGMENT_RE)) {
    const text = m[0];
    const c = text.charCodeAt(0);
    if (c >= 0x3400) out.push({ kind: 'cjk', text });
    else if (!ENGLISH_STOP_WORDS.has(text)) out.push({ kind: 'word', text });
  }
  return out;
}

/**
 * The terms of a text: character bigrams of Chinese runs (a lone character stands for
 * itself) and stemmed English words. Bigrams need no dictionary and keep 农产品 and
 * 特种设备 whole enough to match; rarity weighting then does the rest.
 */
export function tokenize(normalized: string): string[] {
  const out = new Set<string>();
  for (const seg of segments(normalized)) {
    if (seg.kind === 'word') out.add(stemWord(seg.text));
    else if (seg.text.length === 1) out.add(seg.text);
    else for (let i = 0; i + 1 < seg.text.length; i++) out.add(seg.text.slice(i, i + 2));
  }
  return [...out];
}

export function stemWord(word: string): string {
  return /^[0-9]+$/.test(word) ? word : stemmer(word);
}
