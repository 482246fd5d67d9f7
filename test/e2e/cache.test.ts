import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE, runCli } from '../helpers.js';

/** --cache: same answers as without it, never trusting a cache that is stale or broken. */
describe('--cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-cache-'));
  const catalogue = join(dir, 'zhenjiang');
  cpSync(EXAMPLE, catalogue, { recursive: true });
  const cacheFile = join(catalogue, '.duty-lint-cache', 'files.v2.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const json = (...extra: string[]) => runCli([catalogue, '--format', 'json', ...extra]);

  it('gives byte-identical reports cold, warm and without the cache', () => {
    const plain = json();
    const cold = json('--cache');
    expect(existsSync(cacheFile)).toBe(true);
    const warm = json('--cache');
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.code).toBe(plain.code);
  });

  it('leaves the cache file alone when nothing changed, and rewrites it when a file did', () => {
    json('--cache');
    // A stamp in the file itself: file times could tie within the file system's resolution.
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(cacheFile, JSON.stringify({ ...stored, untouched: true }));
    expect(json('--cache').code).toBe(1);
    expect((JSON.parse(readFileSync(cacheFile, 'utf8')) as { untouched?: boolean }).untouched).toBe(true);

    const file = join(catalogue, 'zj', 'rz', 'finance.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before + '# edited\n');
    try {
      json('--cache');
      expect((JSON.parse(readFileSync(cacheFile, 'utf8')) as { untouched?: boolean }).untouched).toBeUndefined();
    } finally {
      writeFileSync(file, before);
    }
  });

  it('sees an edited file: the cache is keyed by content, not by file times', () => {
    json('--cache');
    const file = join(catalogue, 'zj', 'rz', 'finance.yaml');
    const before = readFileSync(file, 'utf8');
    // Rename the second definition of the duplicated duty id: its duplicate-id finding must go.
    const second = before.lastIndexOf('- id: budget-performance');
    expect(second).toBeGreaterThan(before.indexOf('- id: budget-performance'));
    writeFileSync(file, before.slice(0, second) + '- id: budget-performance-review' + before.slice(second + '- id: budget-performance'.length));
    try {
      const cached = JSON.parse(json('--cache').stdout) as { findings: Array<{ rule: string }> };
      const fresh = JSON.parse(json().stdout) as { findings: Array<{ rule: string }> };
      expect(cached).toEqual(fresh);
      expect(fresh.findings.filter((f) => f.rule === 'duplicate-id')).toHaveLength(0);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('ignores a corrupt cache and rebuilds it', () => {
    const plain = json();
    writeFileSync(cacheFile, '{"version": "x", "keys": [[');
    const run = json('--cache');
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toBe('');
    expect(() => JSON.parse(readFileSync(cacheFile, 'utf8'))).not.toThrow();
  });

  it('ignores a cache written by another version', () => {
    const plain = json();
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: string; packed: { results: Array<{ decls: unknown[] }> } };
    // Same keys, wrong contents: a version check that did not hold would show empty results.
    for (const result of stored.packed.results) result.decls = [];
    writeFileSync(cacheFile, JSON.stringify({ ...stored, version: 'another' }));
    expect(json('--cache').stdout).toBe(plain.stdout);
  });

  it('keeps its data where --cache-location says', () => {
    const elsewhere = join(dir, 'elsewhere');
    json('--cache-location', elsewhere);
    expect(existsSync(join(elsewhere, 'files.v2.json'))).toBe(true);
  });
});
