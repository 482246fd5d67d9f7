import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-root.js';
import type { MatchData, MatchStats } from '../text/match-index.js';
import type { TermTable } from '../text/text-index.js';
import type { MandateJob, MandateTable } from './mandate-search.js';

export interface ThreadAnswers {
  table: MandateTable;
  stats: MatchStats;
  ms: number;
}

const SCRIPT = join(packageRoot, 'dist', 'src', 'analysis', 'worker.js');

/**
 * A second thread for matching: it works out the terms of half of a large catalogue's texts
 * while the main thread does the other half, then runs mandate inference while the main
 * thread finds same-duty pairs and runs the rules that need no mandates. The text index
 * crosses in shared memory; only texts, questions and answers are copied.
 */
export class MatchThread {
  private constructor(private readonly worker: Worker) {
    // An idle matcher must not keep the process alive; one with a job must (see ask).
    worker.unref();
  }

  /** Starts one, where the build has the worker script (not when running from sources). */
  static start(): MatchThread | undefined {
    return existsSync(SCRIPT) ? new MatchThread(new Worker(SCRIPT)) : undefined;
  }

  /** The terms of some texts (termTable), worked out while this thread does others. */
  termTable(texts: string[]): Promise<TermTable> {
    return this.ask<TermTable>({ texts });
  }

  /** Every duty's higher-level duties (inferMandates), the thread's matching counters, and its time on the job in ms. */
  inferMandates(data: MatchData, job: MandateJob): Promise<ThreadAnswers> {
    return this.ask<ThreadAnswers>({ data, job });
  }

  /** Posts one job and waits for its answer: one job at a time. */
  private ask<T>(message: object): Promise<T> {
    const { worker } = this;
    let settle: (() => void) | undefined;
    return new Promise<T>((resolve, reject) => {
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
      worker.postMessage(message);
    }).finally(() => settle?.());
  }

  close(): void {
    void this.worker.terminate();
  }
}
