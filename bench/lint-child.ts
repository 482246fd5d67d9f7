/**
 * One measured lint run, in a process of its own so that peak RSS is the linter's alone:
 * lint() and the JSON report, as `duty-lint DIR --format json [--cache]` does, then each of
 * `--formats` (comma-separated) written beside it. Prints timings.
 *
 *   node lint-child.js DIR REPORT.json [cache] [--formats markdown,csv,html]
 */
import { writeFileSync } from 'node:fs';
import { formatterFor, lint, reportInput } from '../src/index.js';
import { formatJson } from '../src/formats/json.js';
import { processCpuMs } from './cpu.js';

const args = process.argv.slice(2);
const at = args.indexOf('--formats');
const formats = at < 0 ? [] : args.splice(at, 2)[1]!.split(',').filter(Boolean);
const [root, reportFile, cache] = args;
const start = performance.now();
const result = await lint({ paths: [root!], lang: 'en', ...(cache ? { cache: true } : {}), ...(formats.length > 0 ? { whole: true } : {}) });
const reportStart = performance.now();
const input = reportInput(result, { tool: { name: 'duty-lint', version: 'bench' } });
writeFileSync(reportFile!, formatJson(input));
const end = performance.now();
// Every other report of the same run, as `-f json:… -f markdown:…` writes them.
const formatMs: Record<string, number> = {};
for (const name of formats) {
  const t = performance.now();
  writeFileSync(`${reportFile}.${name}`, (await formatterFor('lint', name))(input));
  formatMs[name] = performance.now() - t;
}
process.stdout.write(JSON.stringify({
  totalMs: end - start,
  stages: [...result.timings, { stage: 'report', ms: end - reportStart }],
  formatMs,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  cpuMs: processCpuMs(),
  files: result.summary.files,
  duties: result.summary.duties,
  matchStats: result.context.builtMatcher?.state.stats ?? { candidates: 0, comparisons: 0, capped: 0 },
  relinted: result.relinted,
}) + '\n');
