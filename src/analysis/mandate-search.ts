import type { MatchIndex, PrefixIndex } from '../text/match-index.js';

/**
 * The text matching of mandate inference, in numbers only, so that a worker thread can do
 * it: which duties of each higher-level government match each lower-level text.
 */
export interface MandateJob {
  threshold: number;
  /** Per higher-level government searched: its searchable duties, as (text, duty index) pairs. */
  uppers: Int32Array[];
  /** (upper, lower text) pairs to answer, grouped by upper. */
  queries: Int32Array;
}

export interface MandateAnswers {
  /** Where each query's matches start in `duties` and `scores`; one more entry than queries. */
  starts: Int32Array;
  /** Matching higher-level duties (by duty index), best first, ties by duty index. */
  duties: Int32Array;
  scores: Float64Array;
}

/** Answers every query of a job. Each government's prefix index lives only while its queries run. */
export function answerMandates(index: MatchIndex, job: MandateJob): MandateAnswers {
  const queryCount = job.queries.length / 2;
  const starts = new Int32Array(queryCount + 1);
  const duties: number[] = [];
  const scores: number[] = [];
  let current = -1;
  let prefix: PrefixIndex | undefined;
  let byText = new Map<number, number[]>();
  const found: Array<{ duty: number; score: number }> = [];
  for (let q = 0; q < queryCount; q++) {
    const upper = job.queries[2 * q]!;
    if (upper !== current) {
      current = upper;
      prefix = index.prefixIndex(job.threshold);
      byText = new Map();
      const pairs = job.uppers[upper]!;
      for (let i = 0; i < pairs.length; i += 2) {
        const group = byText.get(pairs[i]!);
        if (group) group.push(pairs[i + 1]!);
        else {
          byText.set(pairs[i]!, [pairs[i + 1]!]);
          prefix.add(pairs[i]!);
        }
      }
    }
    starts[q] = duties.length;
    found.length = 0;
    for (const m of prefix!.query(job.queries[2 * q + 1]!)) {
      for (const duty of byText.get(m.b)!) found.push({ duty, score: m.score });
    }
    found.sort((x, y) => y.score - x.score || x.duty - y.duty);
    for (const f of found) {
      duties.push(f.duty);
      scores.push(f.score);
    }
  }
  starts[queryCount] = duties.length;
  return { starts, duties: Int32Array.from(duties), scores: Float64Array.from(scores) };
}
