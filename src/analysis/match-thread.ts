import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-root.js';
import type { MatchData, MatchStats } from '../text/match-index.js';
import type { MandateAnswers, MandateJob } from './mandate-search.js';

export interface ThreadAnswers {
  answers: MandateAnswers;
  stats: MatchStats;
  ms: number;
}

const SCRIPT = join(packageRoot, 'dist', 'src', 'analysis', 'worker.js');

/**
 * A second thread for matching, so that mandate inference runs while the main thread finds
 * same-duty pairs and runs the rules that need no mandates. The text index crosses in
 * shared memory; only the questions and answers are copied.
 */
export class MatchThread {
  private constructor(private readonly worker: Worker) {
    // An idle matcher must not keep the process alive; one with a job must (see answerMandates).
    worker.unref();
  }

  /** Starts one, where the build has the worker script (not when running from sources). */
  static start(): MatchThread | undefined {
    return existsSync(SCRIPT) ? new MatchThread(new Worker(SCRIPT)) : undefined;
  }

  /** The answers, the thread's matching counters, and its time on the job in ms. */
  answerMandates(data: MatchData, job: MandateJob): Promise<ThreadAnswers> {
    const { worker } = this;
    let settle: (() => void) | undefined;
    return new Promise<ThreadAnswers>((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      const onExit = (code: number) => reject(new Error(`matching thread exited with code ${code}`));
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.once('message', resolve);
      settle = () => {
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
      };
      // Awaited with nothing else to do, an unreferenced worker would let the process end.
      worker.ref();
      worker.postMessage({ data, job });
    }).finally(() => settle?.());
  }

  close(): void {
    void this.worker.terminate();
  }
}
