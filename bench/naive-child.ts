/**
 * The quadratic reference: every duty compared with every other, with the same evidence as
 * duty-lint's overlap search, over the first N duties of a catalogue. Prints the wall time
 * of the comparisons alone (the catalogue's terms and weights are worked out first).
 */
import { lint } from '../src/index.js';
import { overlapScore } from '../src/matching/evidence.js';

const [root, limit] = [process.argv[2]!, Number(process.argv[3] ?? 10000)];
const { context } = await lint({ paths: [root], lang: 'en', rules: { 'mandate-gap': 'off', 'unfounded-duty': 'off', 'misplaced-duty': 'off' } });
const { state } = context.matcher;
const n = Math.min(limit, state.textOf.length);
const scoring = state.scoring;
const start = performance.now();
let above = 0;
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    if (overlapScore(scoring, state.sets, state.textOf[i]!, state.textOf[j]!) >= context.matching.threshold) above++;
  }
}
process.stdout.write(JSON.stringify({ ms: performance.now() - start, pairs: (n * (n - 1)) / 2, above }) + '\n');
