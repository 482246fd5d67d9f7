import { Worker } from 'node:worker_threads';
import { workerScript } from '../worker-script.js';
import type { LexiconSources } from './lexicon.js';
import type { DutyText, TermTable } from './texts.js';

/**
 * A second thread for matching: started before loading, so that it loads jieba's
 * dictionary while files load, then works out the terms of most of a large catalogue's
 * texts while the main thread does the other half.
 */
export class MatchThread {
  private constructor(private readonly worker: Worker) {
    // An idle thread must not keep the process alive; one with a job must (see ask).
    worker.unref();
  }

  /** Starts one (not when running from sources: workerScript). */
  static start(): MatchThread | undefined {
    const script = workerScript(import.meta.url, 'worker.js');
    return script ? new MatchThread(new Worker(script)) : undefined;
  }

  /** The terms of normalised texts (termTable), with the lexicon of `sources`. */
  termTable(texts: DutyText[], sources: LexiconSources): Promise<TermTable> {
    const { worker } = this;
    let settle: (() => void) | undefined;
    return new Promise<TermTable>((resolve, reject) => {
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
      worker.postMessage({ texts, sources });
    }).finally(() => settle?.());
  }

  close(): void {
    void this.worker.terminate();
  }
}
