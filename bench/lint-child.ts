/**
 * One measured lint run, in a process of its own so that peak RSS is the linter's alone:
 * lint() and the JSON report, as `duty-lint DIR --format json [--cache]` does. Prints timings.
 */
import { writeFileSync } from 'node:fs';
import { lint, reportInput } from '../src/index.js';
import { formatJson } from '../src/formats/json.js';
import { processCpuMs } from './cpu.js';

const [root, reportFile, cache] = process.argv.slice(2);
const start = performance.now();
const result = await lint({ paths: [root!], lang: 'en', ...(cache ? { cache: true } : {}) });
const reportStart = performance.now();
const report = formatJson(reportInput(result, { tool: { name: 'duty-lint', version: 'bench' } }));
writeFileSync(reportFile!, report);
const end = performance.now();
process.stdout.write(JSON.stringify({
  totalMs: end - start,
  stages: [...result.timings, { stage: 'report', ms: end - reportStart }],
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  cpuMs: processCpuMs(),
  files: result.summary.files,
  duties: result.summary.duties,
  matchStats: result.context.builtMatcher?.state.stats ?? { candidates: 0, comparisons: 0, capped: 0 },
  relinted: result.relinted,
}) + '\n');
