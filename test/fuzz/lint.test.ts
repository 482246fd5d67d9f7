import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, type Lang } from '../../src/index.js';
import { catalogue, texts } from './catalogue.js';
import { expectSoundReport, fuzzParameters, timeLimit } from './check.js';
import { asText, damaged } from './mutations.js';

/**
 * Property tests of the library's lint({ texts }): on random valid catalogues and random
 * damage to them, it never throws, its JSON report is valid against the published schema,
 * the report is the same whatever order the texts come in, and the texts are left as they were.
 * One thread: the tests run beside each other, and the files are few.
 */

/** The same texts, inserted in another order. */
function reordered(files: Record<string, string>, g: fc.GeneratorValue): Record<string, string> {
  const names = Object.keys(files);
  const order = g(fc.shuffledSubarray, names, { minLength: names.length, maxLength: names.length });
  return Object.fromEntries(order.map((n) => [n, files[n]!]));
}

/**
 * Lints the texts: the report sound, the texts untouched; and, when `reorder`, again from the
 * texts inserted in another order, for the same report.
 */
async function lintTexts(files: Record<string, string>, g: fc.GeneratorValue, reorder: boolean) {
  const lang = g(fc.constantFrom, 'en', 'zh') as Lang;
  const before = JSON.stringify(Object.entries(files));
  const result = await lint({ texts: files, lang, threads: 1 });
  const json = await expectSoundReport(result, files);
  if (reorder) {
    const again = await lint({ texts: reordered(files, g), lang, threads: 1 });
    expect(await expectSoundReport(again, files)).toBe(json);
  }
  expect(JSON.stringify(Object.entries(files))).toBe(before);
  return result;
}

describe('lint({ texts }) on random catalogues', () => {
  it('reports a valid catalogue with no file, schema or reference error, in any order of its texts', { timeout: timeLimit(30, 2000) }, async () => {
    await fc.assert(fc.asyncProperty(catalogue, fc.gen(), async (cat, g) => {
      const result = await lintTexts(texts(cat), g, true);
      const broken = result.findings.filter((f) => ['yaml-syntax', 'schema', 'duplicate-id', 'dangling-reference', 'self-contradiction'].includes(f.rule));
      expect(broken).toEqual([]);
      expect(result.summary.departments).toBe(Object.values(cat).flat().filter((d) => d.kind === 'department').length);
    }), fuzzParameters(30, 2000));
  });

  // Every other case is linted a second time from reordered texts: half the cost, the same reach over runs.
  it('never throws on damaged catalogues, and reports them soundly, in any order of their texts', { timeout: timeLimit(50, 2000) }, async () => {
    await fc.assert(fc.asyncProperty(damaged, fc.gen(), async ({ files }, g) => {
      await lintTexts(Object.fromEntries(Object.entries(files).map(([f, c]) => [f, asText(c)])), g, g(fc.boolean));
    }), fuzzParameters(50, 2000));
  });
});
