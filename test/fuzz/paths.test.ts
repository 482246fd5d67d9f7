import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { expectSoundReport, fuzzParameters, timeLimit } from './check.js';
import { asBytes, damaged, type Content } from './mutations.js';

/**
 * Property tests of lint({ paths }) on damaged catalogues written to disk, bytes as they are
 * (GBK, UTF-16, flipped bytes): it never throws, its report is sound, the same whatever
 * order the files were created in, and the folder is byte for byte as it was.
 */

/** Writes the files, in the given order, into a new folder. */
function writeFolder(files: Record<string, Content>, order: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-fuzz-'));
  for (const name of order) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), asBytes(files[name]!));
  }
  return dir;
}

/** Every file and folder under `dir` with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    out[name] = statSync(path).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

describe('lint({ paths }) on random damaged catalogues', () => {
  it('never throws, reports the same whatever order the files were written in, and leaves them as they were', { timeout: timeLimit(8, 4000) }, async () => {
    await fc.assert(fc.asyncProperty(damaged, fc.gen(), async ({ files }, g) => {
      const names = Object.keys(files);
      const dirs = [names, g(fc.shuffledSubarray, names, { minLength: names.length, maxLength: names.length })].map((order) => writeFolder(files, order));
      try {
        const before = snapshot(dirs[0]!);
        const reports: string[] = [];
        for (const dir of dirs) reports.push(await expectSoundReport(await lint({ paths: [dir], lang: 'zh' })));
        expect(reports[1]).toBe(reports[0]);
        for (const dir of dirs) expect(snapshot(dir)).toEqual(before);
      } finally {
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      }
    }), fuzzParameters(8, 4000));
  });
});
