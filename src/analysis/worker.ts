import { parentPort } from 'node:worker_threads';
import { MatchIndex, type MatchData } from '../text/match-index.js';
import { answerMandates, type MandateJob } from './mandate-search.js';

/** A matching worker: answers mandate-inference jobs over the text index's shared arrays. */
parentPort!.on('message', ({ data, job }: { data: MatchData; job: MandateJob }) => {
  const start = performance.now();
  const index = new MatchIndex(data);
  const answers = answerMandates(index, job);
  parentPort!.postMessage({ answers, stats: index.stats, ms: performance.now() - start }, [answers.starts, answers.duties, answers.scores].map((a) => a.buffer as ArrayBuffer));
});
