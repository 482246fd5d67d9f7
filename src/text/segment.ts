import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);

/** jieba's own dictionary, read once per thread (its `dict.js` also reads a 6 MB IDF table we do not need here). */
let baseDictionary: Buffer | undefined;

/**
 * Chinese word segmentation by jieba (@node-rs/jieba: jieba-rs with its dictionary), with
 * the catalogue's own words added: the short forms of known abbreviations and the names of
 * its governments, so that 林草, 安委办 or 溪宁 come out whole. Loaded when first needed:
 * an English catalogue never pays for it.
 */
export class Segmenter {
  private jieba: Jieba | undefined;

  constructor(private readonly extraWords: readonly string[]) {}

  /** Words and the punctuation between them, in order. */
  cut(text: string): string[] {
    this.jieba ??= load(this.extraWords);
    return this.jieba.cut(text, true);
  }

  /** A word's parts that are words themselves (职业技能 → 职业, 技能), the word included. */
  parts(word: string): string[] {
    this.jieba ??= load(this.extraWords);
    return this.jieba.cutForSearch(word, true);
  }
}

function load(extraWords: readonly string[]): Jieba {
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  baseDictionary ??= readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
  // A frequency like that of an ordinary dictionary word: enough to keep the word whole,
  // not so much that it wins over the longer words that contain it (森林草原 stays whole).
  const extra = extraWords.map((w) => `${w} 1000 n`).join('\n');
  return Jieba.withDict(extra ? Buffer.concat([baseDictionary, Buffer.from(`\n${extra}\n`)]) : baseDictionary);
}
