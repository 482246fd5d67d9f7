import { parentPort } from 'node:worker_threads';
import { MatchIndex, type MatchData } from '../text/match-index.js';
import { termTable } from '../text/text-index.js';
import { inferMandates, type MandateJob } from './mandate-search.js';

type Job = { texts: string[] } | { data: MatchData; job: MandateJob };

/** A matching worker: the terms of texts, and mandate inference over the text index's shared arrays. */
parentPort!.on('message', (message: Job) => {
  if ('texts' in message) {
    const table = termTable(message.texts);
    parentPort!.postMessage(table, [table.vocab, table.ids, table.starts].map((a) => a.buffer as ArrayBuffer));
    return;
  }
  const start = performance.now();
  const index = new MatchIndex(message.data);
  const table = inferMandates(index, message.job);
  parentPort!.postMessage({ table, stats: index.stats, ms: performance.now() - start }, [table.starts, table.duties, table.scores, table.inferred].map((a) => a.buffer as ArrayBuffer));
});
