import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/generate.js';
import { lint } from '../../src/index.js';

/**
 * No quadratic step: the similarity work (candidates drawn from the index, exact
 * comparisons) grows about linearly with the catalogue. Four times the duties may cost
 * about four times the comparisons; all pairs would cost sixteen times.
 */
describe('matching work grows near-linearly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-growth-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function work(duties: number) {
    const out = join(dir, String(duties));
    generateCatalogue({ duties, seed: 3, outDir: out });
    const result = await lint({ paths: [out] });
    return { duties: result.summary.duties, ...result.context.matcher.state.stats };
  }

  it('4x the duties cost at most ~5x the comparisons and candidates', async () => {
    const small = await work(4000);
    const large = await work(16000);
    const growth = large.duties / small.duties;
    expect(growth).toBeGreaterThan(3);
    expect(large.comparisons / small.comparisons).toBeLessThan(growth * 1.35);
    expect(large.candidates / small.candidates).toBeLessThan(growth * 1.35);
    // And far from all pairs within a jurisdiction, let alone the catalogue.
    expect(large.comparisons).toBeLessThan(large.duties * 50);
  }, 120_000);
});
