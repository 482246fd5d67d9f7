import { parentPort } from 'node:worker_threads';
import { preloadSegmenter, Segmenter } from '../text/segment.js';
import { TermAnalyzer } from '../text/terms.js';
import { buildLexicon, type LexiconSources } from './lexicon.js';
import { termTable, type DutyText } from './texts.js';

/** The matching thread (MatchThread): loads jieba at once, then answers term-table jobs. */
preloadSegmenter();
parentPort!.on('message', ({ texts, sources }: { texts: DutyText[]; sources: LexiconSources }) => {
  const lexicon = buildLexicon(sources);
  const table = termTable(texts, new TermAnalyzer(lexicon, new Segmenter(lexicon.dictionary)));
  const arrays = [table.title, table.detail, table.all, table.items].flatMap((s) => [s.starts, s.ids]);
  parentPort!.postMessage(table, [...arrays, table.itemsOf, table.powers].map((a) => a.buffer as ArrayBuffer));
});
