import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/generate.js';
import { lint } from '../../src/index.js';

/** Mandate inference on a second thread gives exactly what it gives on the main thread. */
describe('matching thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-match-thread-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('infers the same mandates and reports the same findings as one thread', async () => {
    generateCatalogue({ duties: 16000, seed: 7, outDir: dir });
    const one = await lint({ paths: [dir], lang: 'en', threads: 1 });
    const two = await lint({ paths: [dir], lang: 'en', threads: 2 });
    const edges = (r: typeof one) => r.graph.duties.map((d) => r.context.mandatesOf(d).map((e) => `${e.duty.ref}:${e.score ?? '-'}`).join(' '));

    expect(edges(two)).toEqual(edges(one));
    expect(edges(one).filter((e) => e.length > 0).length).toBeGreaterThan(10000);
    expect(JSON.stringify(two.findings)).toBe(JSON.stringify(one.findings));
    expect(two.context.text.stats).toEqual(one.context.text.stats);
    // The matching did run on the second thread, and its time is reported as such.
    const beside = (r: typeof one) => r.timings.filter((t) => t.beside).map((t) => t.stage);
    expect(beside(two)).toEqual(['mandate inference:matching']);
    expect(beside(one)).toEqual([]);
  }, 60_000);
});
