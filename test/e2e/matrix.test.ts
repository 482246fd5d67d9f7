import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cachedRuns, EXAMPLE, expectUsageError, runCliAsync, type CliRun } from '../helpers.js';

/*
 * `duty-lint matrix [paths]`, spawned as the built CLI on the bundled example: per government,
 * the overlap findings between each two departments, which must be those `lint --format json`
 * reports.
 */

const cached = cachedRuns();

async function ok(args: string[]): Promise<CliRun> {
  const r = await cached(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

interface MatrixJson {
  version: number;
  governments: Array<{
    id: string;
    departments: Array<{ id: string; name: string; short_name?: string; overlaps: number }>;
    pairs: Array<{ a: string; b: string; findings: number; settled: number }>;
  }>;
}

interface LintJson {
  findings: Array<{ rule: string; department?: string; related?: Array<{ department?: string; duty?: string }> }>;
}

const pairKey = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);

/** Overlap findings between each two departments, counted from the lint report. */
async function lintCounts(): Promise<Map<string, number>> {
  const r = await cached([EXAMPLE, '--format', 'json']);
  expect(r.code).toBe(1);
  const counts = new Map<string, number>();
  for (const f of (JSON.parse(r.stdout) as LintJson).findings) {
    const other = f.related?.find((x) => x.duty !== undefined)?.department;
    if (f.rule !== 'overlap' || !f.department || !other) continue;
    counts.set(pairKey(f.department, other), (counts.get(pairKey(f.department, other)) ?? 0) + 1);
  }
  return counts;
}

interface Table {
  title: string;
  /** The header and the rows, as printed. */
  lines: string[];
  /** Row label → that row's cells. */
  rows: Map<string, string[]>;
}

/** The tables of the stylish output: a title line, a header whose last cells number the columns, one row per column. */
function tables(stdout: string): Table[] {
  return stdout.trimEnd().split('\n\n').flatMap((block) => {
    const [title, header, ...rest] = block.split('\n');
    if (header === undefined) return [];
    const size = header.trim().split(/\s+/).filter((cell) => /^\d+$/.test(cell)).length;
    const rowLines = rest.slice(0, size);
    const rows = new Map(rowLines.map((line) => {
      const [, label, cells] = /^\s*\d+ {2}(\S+)\s+(.*)$/.exec(line)!;
      return [label!, cells!.trim().split(/\s+/)];
    }));
    return [{ title: title!, lines: [header, ...rowLines], rows }];
  });
}

describe.concurrent('duty-lint matrix on the example catalogue', () => {
  it('exits 0 and prints a table for each government, in English with --lang en', async () => {
    const r = await ok(['matrix', EXAMPLE, '--lang', 'en']);
    const found = tables(r.stdout);
    expect(found.map((t) => t.title)).toEqual([
      'zj (municipal): overlap findings between departments',
      'zj.rz (district): overlap findings between departments',
    ]);
    for (const t of found) expect(t.lines[0]).toMatch(/^# {2}department +1 {2}2/);
    expect(r.stdout).toContain('5 other departments without overlaps');
    expect(r.stdout).toContain('1 of the findings settled by a declared division (info)');
  });

  it('writes its headings in Chinese with --lang zh', async () => {
    const r = await ok(['matrix', EXAMPLE, '--lang', 'zh']);
    expect(tables(r.stdout).map((t) => t.title)).toEqual(['zj（市级）：部门间职责交叉问题数', 'zj.rz（区级）：部门间职责交叉问题数']);
    expect(r.stdout).toMatch(/^序号 {2}部门 +1 {2}2 {2}3 {2}4$/m);
    expect(r.stdout).toContain('另有 5 个部门无职责交叉');
  });

  it.for(['en', 'zh'])('--lang %s: every line of a table has the same display width, Chinese names included', async (lang, { expect }) => {
    const r = await ok(['matrix', EXAMPLE, '--lang', lang]);
    const found = tables(r.stdout);
    expect(found).toHaveLength(2);
    for (const t of found) {
      expect(t.lines.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
      expect(new Set(t.lines.map((l) => stringWidth(l))).size, t.lines.join('\n')).toBe(1);
    }
  });

  it('counts, between each two departments, the overlap findings lint reports between them', async () => {
    const [json, text, counts] = await Promise.all([ok(['matrix', EXAMPLE, '--format', 'json']), ok(['matrix', EXAMPLE, '--lang', 'en']), lintCounts()]);
    const matrix = JSON.parse(json.stdout) as MatrixJson;
    expect(matrix.version).toBe(1);
    expect(matrix.governments.map((g) => g.id)).toEqual(['zj', 'zj.rz']);
    expect(counts.size).toBe(4);
    const fromJson = new Map(matrix.governments.flatMap((g) => g.pairs.map((p) => [pairKey(p.a, p.b), p.findings] as const)));
    expect(fromJson).toEqual(counts);
    // Each department's total is its row's sum.
    for (const g of matrix.governments) {
      for (const d of g.departments) {
        expect(d.overlaps).toBe([...counts].reduce((n, [k, c]) => n + (k.split(' ').includes(d.id) ? c : 0), 0));
      }
    }

    // The terminal tables say the same, cell by cell, with the departments that have overlaps as rows and columns.
    tables(text.stdout).forEach((t, i) => {
      const g = matrix.governments[i]!;
      const idOf = new Map(g.departments.map((d) => [d.short_name ?? d.name, d.id]));
      const labels = [...t.rows.keys()];
      const order = labels.map((label) => idOf.get(label)!);
      expect([...order].sort()).toEqual(g.departments.filter((d) => d.overlaps > 0).map((d) => d.id).sort());
      labels.forEach((label, r) => {
        expect(t.rows.get(label)).toEqual(order.map((col, c) => (r === c ? '-' : String(counts.get(pairKey(order[r]!, col)) ?? '.'))));
      });
    });
  });

  it('colours the counts when colour is on, and is otherwise the same text', async () => {
    const [plain, color] = await Promise.all([ok(['matrix', EXAMPLE]), runCliAsync(['matrix', EXAMPLE], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })]);
    expect(color.code).toBe(0);
    expect(color.stdout).toContain('\x1b[31m1\x1b[39m');
    expect(stripVTControlCharacters(color.stdout)).toBe(plain.stdout);
  });

  it('a format it does not have is a usage error (exit 2)', async () => {
    expectUsageError(await runCliAsync(['matrix', EXAMPLE, '--format', 'sarif']), /sarif/);
  });

  it('has examples in its help', async () => {
    const r = await ok(['matrix', '--help']);
    expect(r.stdout).toContain('Examples:\n  duty-lint matrix examples/zhenjiang');
  });
});
