import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/generate.js';
import { parseYamlWithPositions } from '../../src/load/parse.js';
import { scanPlaces } from '../../src/load/scan-places.js';
import { ROOT } from '../helpers.js';

/**
 * The fast text scan must agree with the exact positions of the parser wherever it gives
 * an answer; where it cannot be sure it must give none.
 */
function compare(text: string, name: string) {
  const parsed = parseYamlWithPositions(text, name);
  if (!parsed.ok) return { checked: 0, skipped: 0 };
  const counts = parsed.values.map((v) => {
    const duties = (v as { duties?: unknown } | null)?.duties;
    return Array.isArray(duties) ? duties.length : undefined;
  });
  const places = scanPlaces(text, counts);
  let checked = 0;
  let skipped = 0;
  parsed.values.forEach((value, doc) => {
    if (value === null || value === undefined) return;
    const exact = parsed.positions[doc]!;
    if (places[doc]?.root) {
      expect(places[doc]!.root, `${name} document ${doc}`).toEqual(exact.locate(''));
      checked++;
    }
    const duties = places[doc]?.duties;
    if (!duties) {
      if (counts[doc]) skipped++;
      return;
    }
    duties.forEach((p, i) => expect(p, `${name} document ${doc} duty ${i}`).toEqual(exact.locate(`/duties/${i}`)));
    checked += duties.length;
  });
  return { checked, skipped };
}

describe('scanPlaces', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('agrees with the parser on every file of the example and the test fixtures', () => {
    const files = fg.sync(['examples/**/*.yaml', 'test/fixtures/**/*.yaml'], { cwd: ROOT });
    let checked = 0;
    for (const f of files) checked += compare(readFileSync(join(ROOT, f), 'utf8'), f).checked;
    expect(checked).toBeGreaterThan(100);
  });

  it('agrees with the parser on a generated catalogue', () => {
    generateCatalogue({ duties: 3000, seed: 7, outDir: join(dir, 'gen') });
    let checked = 0;
    for (const f of fg.sync('**/*.yaml', { cwd: join(dir, 'gen') })) checked += compare(readFileSync(join(dir, 'gen', f), 'utf8'), f).checked;
    expect(checked).toBeGreaterThan(2900);
  });

  it.each([
    ['flow sequence', 'kind: department\nid: a\nname: A\njurisdiction: j\nduties: [{id: x, title: T}]\n'],
    ['dash alone on its line', 'kind: department\nid: a\nname: A\njurisdiction: j\nduties:\n  -\n    id: x\n    title: T\n'],
    ['comment after the dash', 'kind: department\nid: a\nname: A\njurisdiction: j\nduties:\n  - # the first\n    id: x\n    title: T\n'],
  ])('gives no duty places for a %s, leaving them to the parser', (_name, text) => {
    expect(scanPlaces(text, [1])[0]?.duties).toBeUndefined();
  });

  it('places documents after --- separators, comments and a BOM', () => {
    const text = '\ufeff# header\n---\n# about a\nkind: department\nduties:\n  - id: x\n    title: T\n---\n\nkind: division\n';
    expect(compare(text, 'multi.yaml').checked).toBe(3);
  });
});
