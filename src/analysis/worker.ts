import { parentPort } from 'node:worker_threads';
import { MatchIndex, type MatchData } from '../text/match-index.js';
import { termTable } from '../text/text-index.js';
import { answerMandates, type MandateJob } from './mandate-search.js';

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
  const answers = answerMandates(index, message.job);
  parentPort!.postMessage({ answers, stats: index.stats, ms: performance.now() - start }, [answers.starts, answers.duties, answers.scores].map((a) => a.buffer as ArrayBuffer));
});
