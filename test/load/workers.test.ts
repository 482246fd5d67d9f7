import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/generate.js';
import { loadAll, WORKER_THRESHOLD } from '../../src/load/load-all.js';
import { emptyLoadWork } from '../../src/load/load-file.js';
import { pack } from '../../src/load/pack.js';
import { FsSource } from '../../src/load/source.js';

/** Loading with workers gives exactly what loading on one thread gives, in the same order. */
describe('loader workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-workers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('load the same results as one thread, in file order', async () => {
    generateCatalogue({ duties: 16000, seed: 5, outDir: dir });
    const files = fg.sync('**/*.yaml', { cwd: dir }).sort();
    expect(files.length).toBeGreaterThan(WORKER_THRESHOLD);
    const source = new FsSource(dir);
    const work = emptyLoadWork();
    const one = await loadAll(source, files, { threads: 1 });
    const two = await loadAll(source, files, { threads: 2, work });
    // Packed: every declared field of every duty, without the back-references to departments.
    expect(JSON.stringify(pack(two))).toBe(JSON.stringify(pack(one)));
    expect(two.map((r) => r.file)).toEqual(files);
    // The worker's share of the work is counted too.
    expect(work.parse).toBeGreaterThan(0);
    expect(work.validate).toBeGreaterThan(0);
  }, 60_000);
});
