import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** `npm run bench` at 10k duties: it runs end to end and finds what was planted. */
describe('bench smoke run (10k duties)', () => {
  const out = mkdtempSync(join(tmpdir(), 'duty-lint-bench-smoke-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints one JSON summary with the figures of the issue, and finds the planted problems', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'run.js'), '--duties', '10000', '--out', out, '--no-naive'], {
      encoding: 'utf8', maxBuffer: 1 << 26,
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]!) as Record<string, number> & {
      totalMsRuns: number[]; parseFloorMsRuns: number[]; cpuMs: number; parseFloorCpuMs: number; cpuRatio: number;
    };
    for (const key of ['duties', 'files', 'totalMs', 'peakRssMB', 'parseFloorMs', 'recall', 'precision', 'cacheRatio', 'cacheProvinceRatio']) {
      expect(summary[key], key).toBeTypeOf('number');
    }
    // A lint does more work than reading and parsing alone, whichever thread does it.
    expect(summary.cpuMs).toBeGreaterThan(summary.parseFloorCpuMs);
    expect(summary.cpuRatio).toBeCloseTo(summary.cpuMs / summary.parseFloorCpuMs, 1);
    // Three alternating runs by default; the median is the one reported.
    expect(summary.runs).toBe(3);
    expect(summary.totalMsRuns).toHaveLength(3);
    expect([...summary.totalMsRuns].sort((a, b) => a - b)[1]).toBe(summary.totalMs);
    expect([...summary.parseFloorMsRuns].sort((a, b) => a - b)[1]).toBe(summary.parseFloorMs);
    expect(summary.duties).toBeGreaterThan(9000);
    expect(summary.duties).toBeLessThan(11000);
    expect(summary.recall).toBeGreaterThanOrEqual(0.95);
    expect(summary.precision).toBeGreaterThanOrEqual(0.9);
    expect(summary.overlapRecall).toBeGreaterThanOrEqual(0.95);
    expect(summary.overlapPrecision).toBeGreaterThanOrEqual(0.9);
    // Per-stage times are printed for people on stderr.
    expect(r.stderr).toMatch(/parse floor/);
    expect(r.stderr).toMatch(/rule:overlap/);
    // Both warm --cache runs were incremental, and gave the report of a run without the cache.
    expect(r.stderr.match(/re-linted \d+ of \d+ files, report identical to a run without the cache/g)).toHaveLength(2);
  });
});
