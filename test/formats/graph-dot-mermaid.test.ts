import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { dotString } from '../../src/formats/graph-dot.js';
import { formatGraphMermaid, MERMAID_MAX_EDGES, mermaidString } from '../../src/formats/graph-mermaid.js';
import { cachedRuns, ROOT, runCliAsync, type CliRun } from '../helpers.js';

/*
 * `duty-lint graph --format dot|mermaid`: golden files on the example catalogue (as in
 * golden.test.ts: rerun with `-u` and review the diff when the drawing changes on purpose),
 * Graphviz rendering, escaping of hostile names, and Mermaid's edge limit.
 */

const EXAMPLE = 'examples/zhenjiang';
/** A catalogue whose department names hold `"`, `<script>`, a backslash (one at the very end), `#quot;`, `&` and backticks. */
const HOSTILE = join(ROOT, 'test', 'fixtures', 'graph-escaping');
const DOT = '/usr/bin/dot';
const cached = cachedRuns();

async function graph(...args: string[]): Promise<CliRun> {
  const r = await cached(['graph', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/** Graphviz's SVG of a DOT text. */
function render(dot: string): string {
  const r = spawnSync(DOT, ['-Tsvg'], { input: dot, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

// CI has Graphviz; elsewhere the rendering tests run where it is installed.
const withDot = it.skipIf(!existsSync(DOT) && process.env.CI !== 'true');

describe.concurrent('graph --format dot and mermaid on the example catalogue', () => {
  it.for(['dot', 'mermaid'])('%s: golden file', async (format, { expect }) => {
    await expect((await graph(EXAMPLE, '--format', format)).stdout).toMatchFileSnapshot(`./__golden__/graph-${format}.txt`);
  });

  withDot('the DOT renders with Graphviz: a node per department, one cluster per government', async () => {
    expect(existsSync(DOT), `${DOT} is needed when CI=true`).toBe(true);
    const svg = render((await graph(EXAMPLE, '--format', 'dot')).stdout);
    expect(svg.match(/<g id="node\d+" class="node">\s*<title>zj\./g)).toHaveLength(18);
    expect(svg).toContain('<title>cluster_zj</title>');
    expect(svg).toContain('<title>cluster_zj.rz</title>');
    expect(svg).toContain('镇江市农业农村局');
  });

  it('draws every kind of edge the example has, labelled with its count', async () => {
    const dot = (await graph(EXAMPLE, '--format', 'dot')).stdout;
    // Overlaps: the planted ones (#6 to #9 of EXPECTED.md), undirected.
    for (const [a, b] of [['zj.agri', 'zj.amr'], ['zj.rz.agri', 'zj.rz.amr'], ['zj.rz.amr', 'zj.rz.health'], ['zj.rz.emergency', 'zj.rz.health']]) {
      expect(dot).toContain(`"${a}" -> "${b}" [label="1", color="#d62728", fontcolor="#d62728", dir=none`);
    }
    // The misplaced mandate (#15) goes to the department it names, beside its own counterpart.
    expect(dot).toMatch(/"zj\.rz\.housing" -> "zj\.env" \[label="1", color="#1f77b4"/);
    expect(dot).toMatch(/"zj\.rz\.housing" -> "zj\.housing" \[label="5", color="#1f77b4"/);
    // The transfer of #11, and the three declared divisions.
    expect(dot).toMatch(/"zj\.rz\.agri" -> "zj\.rz\.finance" \[label="1", color="#ff7f0e"/);
    expect(dot.split('\n').filter((l) => l.startsWith('  "zj.') && l.includes('color="#2ca02c"'))).toHaveLength(3);
  });

  it('writes its words in the language asked for', async () => {
    const [en, zh] = await Promise.all([graph(EXAMPLE, '--format', 'mermaid', '--lang', 'en'), graph(EXAMPLE, '--format', 'mermaid', '--lang', 'zh')]);
    expect(en.stdout).toContain('subgraph g1["zj.rz (district)"]');
    expect(en.stdout).toContain('Legend (edge label: count)');
    expect(zh.stdout).toContain('subgraph g1["zj.rz（区级）"]');
    expect(zh.stdout).toContain('图例（边上数字为数量）');
  });

  it.for(['dot', 'mermaid'])('%s: the same on every run', async (format, { expect }) => {
    const runs = await Promise.all([1, 2].map(() => runCliAsync(['graph', EXAMPLE, '--format', format, '--lang', 'zh'])));
    expect(runs[0]!.code).toBe(0);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
  });
});

describe.concurrent('names that are hostile to DOT and Mermaid', () => {
  it('DOT: quotes and backslashes escaped, so each name is one quoted string', async () => {
    const { stdout } = await graph(HOSTILE, '--format', 'dot');
    expect(stdout).toContain('"hx.water" [label="和县市\\"水利\\"局<script>alert(1)</script>\\\\", tooltip="hx.water"];');
    expect(stdout).toContain('"hx.natres" [label="和县市自然资源\\\\规划局 #quot; & `x`", tooltip="hx.natres"];');
    expect(dotString('a\nb')).toBe('"a\\nb"');
  });

  withDot('DOT: Graphviz draws the names as text, and a <script> stays text in the SVG', async () => {
    const svg = render((await graph(HOSTILE, '--format', 'dot')).stdout);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain('和县市&quot;水利&quot;局&lt;script&gt;alert(1)&lt;/script&gt;\\</text>');
    expect(svg).toContain('和县市自然资源\\规划局 #quot; &amp; `x`</text>');
  });

  it('Mermaid: numbered node ids, and no character in a label that could end it or start markup', async () => {
    const { stdout } = await graph(HOSTILE, '--format', 'mermaid');
    expect(stdout).toContain('d1["和县市#quot;水利#quot;局#lt;script#gt;alert(1)#lt;/script#gt;\\"]');
    expect(stdout).toContain('d0["和县市自然资源\\规划局 #35;quot; #amp; #96;x#96;"]');
    expect(stdout).not.toMatch(/<script/i);
    for (const m of stdout.matchAll(/\["(.*?)"\]/g)) expect(m[1]).not.toMatch(/["<>&`]/);
    expect(mermaidString('a\r\nb')).toBe('"a b"');
  });
});

describe('Mermaid on a large catalogue', () => {
  it(`keeps the strongest edges within Mermaid's ${MERMAID_MAX_EDGES}, and says how many it left out`, async () => {
    // One division among 33 departments: 528 division edges; a second division makes one of them weigh 2.
    const ids = Array.from({ length: 33 }, (_, i) => `hx.d${String(i).padStart(2, '0')}`);
    const texts: Record<string, string> = {
      'divisions.yaml': [
        'kind: division', 'id: all', 'jurisdiction: hx', 'subject: 全部', 'parties:', ...ids.map((id) => `  - department: ${id}`),
        '---', 'kind: division', 'id: two', 'jurisdiction: hx', 'subject: 两个', 'parties:', `  - department: ${ids[31]}`, `  - department: ${ids[32]}`,
      ].join('\n'),
    };
    for (const id of ids) texts[`${id}.yaml`] = `kind: department\nid: ${id}\nname: 部门${id}\njurisdiction: hx\nduties: []\n`;
    const result = await lint({ texts, analysesOnly: ['same-duty-pairs', 'mandates'] });
    expect(result.findings).toEqual([]);
    for (const lang of ['en', 'zh'] as const) {
      const out = formatGraphMermaid({ context: result.context, lang, color: false });
      const links = out.split('\n').filter((l) => / (===|-->|-\.->|==>|-\.-)\|/.test(l));
      expect(links).toHaveLength(MERMAID_MAX_EDGES);
      const left = 528 - (MERMAID_MAX_EDGES - 5);
      expect(out.split('\n')[1]).toBe(lang === 'en'
        ? `%% ${left} weakest edges left out: Mermaid draws at most ${MERMAID_MAX_EDGES}`
        : `%% 已略去最弱的 ${left} 条边：Mermaid 最多绘制 ${MERMAID_MAX_EDGES} 条`);
      expect(out).toContain('  d31 -.-|"2"| d32\n');
      // The edges kept are the first in the graph's order after the strongest.
      expect(out).toContain('  d0 -.-|"1"| d1\n');
    }
  });
});
