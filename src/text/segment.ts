import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);

/** A jieba with its own dictionary loaded ahead of need (a second thread does, while files load). */
let preloaded: Jieba | undefined;

/** Loads jieba's dictionary now, for the next Segmenter of this thread. */
export function preloadSegmenter(): void {
  preloaded ??= base();
}

function base(): Jieba {
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  // jieba's `dict.js` also reads a 6 MB IDF table that segmenting does not need.
  return Jieba.withDict(readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt')));
}

/**
 * Chinese word segmentation by jieba (@node-rs/jieba: jieba-rs with its dictionary), with
 * the catalogue's own words added: the short forms of known abbreviations and the names of
 * its governments, so that 林草, 安委办 or 溪宁 come out whole. Loaded when first needed:
 * an English catalogue never pays for it. Every thread builds it the same way (its own
 * dictionary, then the catalogue's words), so every thread cuts a text alike.
 */
export class Segmenter {
  private jieba: Jieba | undefined;

  constructor(private readonly extraWords: readonly string[]) {}

  /** Words and the punctuation between them, in order. */
  cut(text: string): string[] {
    return this.loaded().cut(text, true);
  }

  /** A word's parts that are words themselves (职业技能 → 职业, 技能), the word included. */
  parts(word: string): string[] {
    return this.loaded().cutForSearch(word, true);
  }

  private loaded(): Jieba {
    if (!this.jieba) {
      this.jieba = preloaded ?? base();
      preloaded = undefined;
      // A frequency like that of an ordinary dictionary word: enough to keep the word whole,
      // not so much that it wins over the longer words that contain it (森林草原 stays whole).
      if (this.extraWords.length > 0) this.jieba.loadDict(Buffer.from(this.extraWords.map((w) => `${w} 1000 n`).join('\n') + '\n'));
    }
    return this.jieba;
  }
}
