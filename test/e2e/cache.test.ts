import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STATE_FILE } from '../../src/cache/analysis-state.js';
import { CACHE_FILE } from '../../src/cache/file-cache.js';
import { EXAMPLE, runCli } from '../helpers.js';

/** --cache: same answers as without it, never trusting a cache that is stale or broken. */
describe('--cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-cache-'));
  const catalogue = join(dir, 'zhenjiang');
  cpSync(EXAMPLE, catalogue, { recursive: true });
  // Files modified long ago, as in a real repository: the cache then vouches for them by their stat.
  const longAgo = new Date('2025-01-01T00:00:00Z');
  for (const f of readdirSync(catalogue, { recursive: true }) as string[]) utimesSync(join(catalogue, f), longAgo, longAgo);
  const cacheFile = join(catalogue, '.duty-lint-cache', CACHE_FILE);
  const stateFile = join(catalogue, '.duty-lint-cache', STATE_FILE);
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

  it('gives reports that show the catalogue (Markdown) whole, warm and after an edit an incremental run could take alone', () => {
    const copy = join(dir, 'reports');
    cpSync(EXAMPLE, copy, { recursive: true });
    const markdown = (...extra: string[]) => runCli([copy, '--format', 'markdown', ...extra]).stdout;
    expect(markdown('--cache')).toBe(markdown());
    expect(markdown('--cache')).toBe(markdown());
    const edu = join(copy, 'zj', 'rz', 'edu.yaml');
    writeFileSync(edu, readFileSync(edu, 'utf8').replace('研学旅行基地的评定和管理', '研学旅行基地的评定'));
    const warm = markdown('--cache');
    expect(warm).toContain('研学旅行基地的评定，');
    expect(warm).toBe(markdown());
  });

  it('leaves the cache file alone when nothing changed, and rewrites it when a file did', () => {
    json('--cache');
    json('--cache');
    // The files are replaced atomically when written, so a rewrite gives them a new inode.
    const ino = statSync(cacheFile).ino;
    const stateIno = statSync(stateFile).ino;
    expect(json('--cache').code).toBe(1);
    expect(statSync(cacheFile).ino).toBe(ino);
    expect(statSync(stateFile).ino).toBe(stateIno);

    const file = join(catalogue, 'zj', 'rz', 'finance.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before + '# edited\n');
    try {
      json('--cache');
      expect(statSync(cacheFile).ino).not.toBe(ino);
      expect(statSync(stateFile).ino).not.toBe(stateIno);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('sees an edit that keeps the size and the modification time of the file', () => {
    const file = join(catalogue, 'zj', 'rz', 'finance.yaml');
    const before = readFileSync(file, 'utf8');
    utimesSync(file, longAgo, longAgo);
    json('--cache');
    // Same length, and the modification time put back: only the content (and ctime) moved.
    writeFileSync(file, before.replace('- id: budget-performance', '- id: budget-performancX'));
    utimesSync(file, longAgo, longAgo);
    try {
      expect(json('--cache').stdout).toBe(json().stdout);
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
    expect(readFileSync(cacheFile).toString('latin1', 0, 4)).toBe('DLC3');
  });

  it('lints whole, and right, past a state whose version matches but whose contents do not add up', () => {
    const plain = json();
    json('--cache');
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, unknown>;
    const file = join(catalogue, 'zj', 'rz', 'finance.yaml');
    const before = readFileSync(file, 'utf8');
    for (const broken of [{ jurisdictions: { 'zj.rz': { targets: 7 } } }, { findings: [] }, { frequencies: { df: 'x' } }]) {
      writeFileSync(stateFile, JSON.stringify({ ...state, ...broken }));
      writeFileSync(file, before + '# edited\n');
      try {
        const run = json('--cache');
        expect(run.stdout).toBe(plain.stdout);
        expect(run.stderr).toBe('');
      } finally {
        writeFileSync(file, before);
      }
    }
  });

  it('does not trust a state computed beside other files than the cache now holds', () => {
    const file = join(catalogue, 'zj', 'rz', 'finance.yaml');
    const before = readFileSync(file, 'utf8');
    json('--cache');
    const olderFiles = readFileSync(cacheFile);
    writeFileSync(file, before.replace('负责全区预算绩效管理工作', '负责全区预算绩效管理和绩效评价工作'));
    try {
      json('--cache');
      // As if two runs at once had each written one of the two files.
      writeFileSync(cacheFile, olderFiles);
      const run = json('--cache', '--stats');
      expect(run.stdout).toBe(json().stdout);
      expect(run.stderr).not.toMatch(/re-linted/);
      // A whole run's state for the next run is timed too.
      expect(run.stderr).toMatch(/cache state\s+\d/);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('deletes what older versions kept in the cache folder, and nothing else', () => {
    const dir = join(catalogue, '.duty-lint-cache');
    writeFileSync(join(dir, 'files.v2.json'), '{}');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    json('--cache');
    expect(existsSync(join(dir, 'files.v2.json'))).toBe(false);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(cacheFile) && existsSync(stateFile)).toBe(true);
  });

  it('keeps its data where --cache-location says', () => {
    const elsewhere = join(dir, 'elsewhere');
    json('--cache-location', elsewhere);
    expect(existsSync(join(elsewhere, CACHE_FILE))).toBe(true);
  });
});
