import { describe, expect, it } from 'vitest';
import { lint, reportInput, type LintResult } from '../../src/index.js';
import { departmentGraph } from '../../src/formats/department-edges.js';
import { formatHtml } from '../../src/formats/html.js';
import { formatMarkdown } from '../../src/formats/markdown.js';
import { formatMatrixJson, formatMatrixText } from '../../src/formats/matrix.js';
import { overlapPairs } from '../../src/report/overlaps.js';
import { MAX_CLIQUE, MAX_RELATED } from '../../src/rules/same-duty.js';
import { catalogue } from '../rules/group-catalogue.js';
import { yaml } from '../rules/helpers.js';

/*
 * What `graph --format dot|mermaid` draws and `matrix` and the reports count for a group of
 * departments holding one line (one overlap finding): a few departments each with each, as
 * pairs are; more, a star from the first department, so that the views stay linear.
 */

const lintGroup = (files: Record<string, string>): Promise<LintResult> => lint({ texts: files, lang: 'en' });

const overlapEdges = (result: LintResult) => departmentGraph({ context: result.context, lang: 'en', color: false })
  .edges.filter((e) => e.kind === 'overlap')
  .map((e) => [e.from.id, e.to.id, e.weight]);

/** Each two of `ids`, the smaller first by code unit (as edges and matrix pairs put them). */
function eachTwo(ids: string[]): string[][] {
  return ids.flatMap((x, i) => ids.slice(i + 1).map((y) => (x < y ? [x, y] : [y, x])));
}

interface MatrixJson {
  governments: Array<{ departments: Array<{ id: string; overlaps: number }>; pairs: Array<{ a: string; b: string; findings: number; settled: number }> }>;
}

const FIVE = ['hx.d0', 'hx.d1', 'hx.d2', 'hx.d3', 'hx.d4'];

describe(`a group of ${FIVE.length} departments (at most MAX_CLIQUE)`, () => {
  it('is drawn and counted each with each, once: the same cells in graph and matrix', async () => {
    expect(FIVE.length).toBeLessThanOrEqual(MAX_CLIQUE);
    const result = await lintGroup(catalogue(FIVE.length));
    expect(result.findings.filter((f) => f.rule === 'overlap')).toHaveLength(1);
    const cliques = eachTwo(FIVE).sort();
    expect(overlapEdges(result).sort()).toEqual(cliques.map((p) => [...p, 1]));

    const matrix = JSON.parse(formatMatrixJson(reportInput(result))) as MatrixJson;
    const [hx] = matrix.governments;
    expect(hx!.pairs.map((p) => [p.a, p.b]).sort()).toEqual(cliques);
    expect(hx!.pairs.every((p) => p.findings === 1 && p.settled === 0)).toBe(true);
    expect(hx!.departments.filter((d) => d.overlaps > 0).map((d) => [d.id, d.overlaps])).toEqual(FIVE.map((id) => [id, FIVE.length - 1]));
  });

  it('shows, in each cell of the HTML heatmap, the duties of its two departments', async () => {
    const html = formatHtml(reportInput(await lintGroup(catalogue(FIVE.length))));
    const data = JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]!) as {
      dept: Array<[string]>; duties: Array<[string, string, number]>; pairs: Array<[number, number, number, Array<[number, number]>]>;
    };
    const cells = data.pairs.map(([, a, b, items]) => ({
      a: data.dept[a]![0], b: data.dept[b]![0], items: items.map(([x, y]) => [data.duties[x]![0], data.duties[y]![0]]),
    }));
    expect(cells).toHaveLength(10);
    for (const { a, b, items } of cells) expect(items).toEqual([[`${a}/sand`, `${b}/sand`]]);
  });

  it('settled by a division, is settled in every cell, and one settled finding in the totals', async () => {
    const division = yaml`
      kind: division
      id: hx-sand
      jurisdiction: hx
      subject: 河道采砂监督管理
      parties:
    ` + FIVE.map((id, i) => `  - department: ${id}\n    scope: 第${i}段河道\n`).join('');
    const input = reportInput(await lintGroup({ ...catalogue(FIVE.length), 'hx/divisions.yaml': division }));
    const pairs = overlapPairs(input.findings, input.catalogue);
    expect(pairs).toHaveLength(10);
    expect(pairs.every((p) => p.settled === 1)).toBe(true);
    // The totals count the finding once, not once per cell.
    expect(formatMatrixText(input)).toContain('\n1 of the findings settled by a declared division (info)\n');
    expect(formatMarkdown(input)).toContain('\n10 pairs of departments, 1 overlapping duty, 1 settled by a division.\n');
  });
});

describe('a group of 60 departments (more than MAX_CLIQUE)', () => {
  // 60 of 500 departments: fewer than carry a line as boilerplate.
  const run = lintGroup(catalogue(60, 500));

  it('is drawn as a star from its first department, weighted by the duty pairs behind each edge', async () => {
    const edges = overlapEdges(await run);
    expect(edges).toHaveLength(59);
    expect(new Set(edges.map(([from, to]) => (from === 'hx.d0' ? to : from))).size).toBe(59);
    expect(edges.every((e) => e.includes('hx.d0') && e[2] === 1)).toBe(true);
  });

  it('is counted in the cells from its department to each department it lists', async () => {
    const input = reportInput(await run);
    const [finding] = input.findings.filter((f) => f.rule === 'overlap');
    expect(finding!.related).toHaveLength(MAX_RELATED);
    const pairs = overlapPairs(input.findings, input.catalogue);
    expect(pairs).toHaveLength(MAX_RELATED);
    expect(pairs.map((p) => (p.a === 'hx.d0' ? p.b : p.a)).sort()).toEqual(finding!.related!.map((r) => r.department).sort());
    expect(pairs.every((p) => p.findings.length === 1)).toBe(true);
  });
});
