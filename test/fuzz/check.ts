import type fc from 'fast-check';
import { expect } from 'vitest';
import { byCodeUnit } from '../../src/compare.js';
import type { LintResult } from '../../src/index.js';
import { jsonReport, reportErrors } from '../schema/report-schema.js';

/**
 * How many cases a property tries: `runs` in `npm test`, seeded so that every run tries the
 * same; more, from a new seed each time, with FUZZ_RUNS=1000. FUZZ_SEED=n repeats a run's
 * cases, and FUZZ_PATH replays one: fast-check prints the seed and path of a failing case.
 * A run stops (without failing) shortly before its test's time limit, `each` ms a case:
 * shrinking a failure of a long run can take longer than the run, and the failure is then
 * reported as far as it shrank.
 */
export function fuzzParameters(runs: number, each: number): fc.Parameters<unknown> {
  const env = process.env;
  const asked = Number(env.FUZZ_RUNS ?? 0);
  const seed = env.FUZZ_SEED !== undefined ? Number(env.FUZZ_SEED) : asked > 0 ? Date.now() % 2 ** 31 : 20_261_126;
  return {
    seed, numRuns: asked > 0 ? asked : runs, interruptAfterTimeLimit: timeLimit(runs, each) - 10_000,
    ...(env.FUZZ_PATH ? { path: env.FUZZ_PATH } : {}),
  };
}

/** A property test's time limit, for `runs` cases (or FUZZ_RUNS) of about `each` ms. */
export function timeLimit(runs: number, each: number): number {
  const asked = Number(process.env.FUZZ_RUNS ?? 0);
  return Math.max(60_000, (asked > 0 ? asked : runs) * each);
}

/**
 * What every run's report must be, whatever the input: its JSON report valid against
 * schemas/report.schema.json, findings in files of the run, at places inside them (when the
 * texts are known), sorted by file, line, column and rule, and counted right. Returns the
 * JSON report.
 */
export async function expectSoundReport(result: LintResult, texts?: Record<string, string>): Promise<string> {
  const json = await jsonReport(result);
  expect(reportErrors(JSON.parse(json))).toEqual([]);
  for (const f of result.findings) {
    expect(result.files).toContain(f.file);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    const text = texts?.[f.file];
    if (text !== undefined) expect(f.line, `${f.rule} ${f.message}`).toBeLessThanOrEqual(text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).length);
  }
  for (let i = 1; i < result.findings.length; i++) {
    const [a, b] = [result.findings[i - 1]!, result.findings[i]!];
    expect(byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnit(a.rule, b.rule)).toBeLessThanOrEqual(0);
  }
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  expect(result.summary).toMatchObject({ errors: count('error'), warnings: count('warn'), infos: count('info') });
  return json;
}
