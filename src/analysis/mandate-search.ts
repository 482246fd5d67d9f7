import type { MatchIndex, PrefixIndex } from '../text/match-index.js';
import { grown } from '../typed-arrays.js';

/**
 * Mandate inference in numbers only, so that a worker thread can do it: which duties of
 * each higher-level government match each lower-level text, and from that, every duty's
 * higher-level duties.
 */
export interface MandateJob {
  threshold: number;
  /** Per higher-level government searched: its searchable duties, as (text, duty index) pairs. */
  uppers: Int32Array[];
  /** (upper, lower text) pairs to answer, grouped by upper. */
  queries: Int32Array;
  /** Per duty: where its queries start in `queryList`; one more entry than duties. */
  queryStarts: Int32Array;
  /** The queries whose answers are each duty's inferred edges, duty after duty. */
  queryList: Int32Array;
  /** Every duty's explicit `mandate` references, resolved (DutyGraph.mandates). */
  explicit: { starts: Int32Array; targets: Int32Array };
}

/**
 * Every duty's higher-level duties, in flat arrays rather than an object per edge: a million
 * duties have millions of edges, which rules only count and look up. Duty `i`'s edges are
 * at `starts[i]` to `starts[i + 1]`, best first.
 */
export interface MandateTable {
  starts: Int32Array;
  /** The higher-level duty of each edge, by duty index. */
  duties: Int32Array;
  /** The similarity of each inferred edge; NaN for explicit ones. */
  scores: Float64Array;
  /** Per duty: 1 when its edges are inferred, 0 when they are its explicit `mandate` references. */
  inferred: Uint8Array;
}

interface MandateAnswers {
  /** Where each query's matches start in `duties` and `scores`; one more entry than queries. */
  starts: Int32Array;
  /** Matching higher-level duties (by duty index), best first, ties by duty index. */
  duties: Int32Array;
  scores: Float64Array;
}

/** Answers every query of a job. Each government's prefix index lives only while its queries run. */
function answerMandates(index: MatchIndex, job: MandateJob): MandateAnswers {
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
    found.sort(bestFirst);
    for (const f of found) {
      duties.push(f.duty);
      scores.push(f.score);
    }
  }
  starts[queryCount] = duties.length;
  return { starts, duties: Int32Array.from(duties), scores: Float64Array.from(scores) };
}

/**
 * Mandate inference: the job's questions answered, then every duty's higher-level duties,
 * its explicit `mandate` references if it has any, or else the answers to its queries. All
 * of them count as covered: one broad lower duty often carries several upper items.
 */
export function inferMandates(index: MatchIndex, job: MandateJob): MandateTable {
  const answers = answerMandates(index, job);
  const { queryStarts, queryList, explicit } = job;
  const count = queryStarts.length - 1;
  // Room for every inferred edge and some explicit ones; more is made if needed.
  let room = count >> 2;
  for (const q of queryList) room += answers.starts[q + 1]! - answers.starts[q]!;
  const starts = new Int32Array(count + 1);
  let duties = new Int32Array(room);
  let scores = new Float64Array(room);
  const inferred = new Uint8Array(count);
  let at = 0;
  const ensure = (more: number) => {
    if (at + more <= duties.length) return;
    duties = grown(duties, 2 * (at + more));
    scores = grown(scores, 2 * (at + more));
  };
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    if (explicit.starts[i + 1]! > explicit.starts[i]!) {
      ensure(explicit.starts[i + 1]! - explicit.starts[i]!);
      for (let k = explicit.starts[i]!; k < explicit.starts[i + 1]!; k++) {
        if (explicit.targets[k]! < 0) continue;
        duties[at] = explicit.targets[k]!;
        scores[at++] = NaN;
      }
      continue;
    }
    const from = queryStarts[i]!;
    const to = queryStarts[i + 1]!;
    if (from === to) continue;
    inferred[i] = 1;
    if (to - from === 1) {
      // One query, the usual case: its answers are best first already.
      const q = queryList[from]!;
      ensure(answers.starts[q + 1]! - answers.starts[q]!);
      for (let a = answers.starts[q]!; a < answers.starts[q + 1]!; a++) {
        duties[at] = answers.duties[a]!;
        scores[at++] = answers.scores[a]!;
      }
      continue;
    }
    const found: Array<{ duty: number; score: number }> = [];
    for (let k = from; k < to; k++) {
      const q = queryList[k]!;
      for (let a = answers.starts[q]!; a < answers.starts[q + 1]!; a++) found.push({ duty: answers.duties[a]!, score: answers.scores[a]! });
    }
    ensure(found.length);
    for (const f of found.sort(bestFirst)) {
      duties[at] = f.duty;
      scores[at++] = f.score;
    }
  }
  starts[count] = at;
  return { starts, duties: duties.slice(0, at), scores: scores.slice(0, at), inferred };
}

/** Best first; ties by duty index, so that results do not depend on the order of the work. */
function bestFirst(x: { duty: number; score: number }, y: { duty: number; score: number }): number {
  return y.score - x.score || x.duty - y.duty;
}
