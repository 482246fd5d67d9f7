import { describe, expect, it } from 'vitest';
import { formatMarkdown, MAX_EDGES, MAX_ROWS } from '../../src/formats/markdown.js';
import { RULES, type Finding, type ReportCatalogue, type ReportInput } from '../../src/index.js';
import { cachedRuns } from '../helpers.js';

/*
 * `--format markdown`: golden files of the example catalogue (review their diff like code
 * when the output changes on purpose: rerun with `-u`), and the formatter on its own for
 * hostile names and texts, the caps that keep large catalogues readable, and determinism.
 */

const EXAMPLE = 'examples/zhenjiang';

const run = cachedRuns();

describe.concurrent('--format markdown on the example catalogue', () => {
  it.for(['zh', 'en'] as const)('matches its golden file (%s)', async (lang, { expect }) => {
    const r = await run([EXAMPLE, '--format', 'markdown', '--lang', lang]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    await expect(r.stdout).toMatchFileSnapshot(`./__golden__/lint-markdown-${lang}.md`);
  });

  it.for([
    ['zh', '职责交叉'],
    ['en', 'Overlap'],
  ] as const)('names kinds in the run\'s language, departments by name, and lists every finding (%s)', async ([lang, kind], { expect }) => {
    const [md, json] = await Promise.all([
      run([EXAMPLE, '--format', 'markdown', '--lang', lang]),
      run([EXAMPLE, '--format', 'json', '--lang', lang]),
    ]);
    const findings = (JSON.parse(json.stdout) as { findings: Finding[] }).findings;
    expect(md.stdout).toContain(`### ${kind}\n`);
    expect(md.stdout).toContain('润州区市场监督管理局<br>`zj.rz.amr/food-risk-monitoring`');
    expect(md.stdout).toContain('2019-07-01');
    for (const f of findings) expect(md.stdout).toContain(`\`examples/zhenjiang/${f.file}:${f.line}\``);
    expect(mermaidBlocks(md.stdout)).toHaveLength(2);
  });
});

const EVIL = 'A|B\nC <script>alert(1)</script> & `x` *y* [z](u) $m$';

const CATALOGUE: ReportCatalogue = {
  name: 'cat|<b>',
  governments: ['hx', 'hx.ls'],
  departments: [
    { id: 'hx.a', name: `甲局${EVIL}`, jurisdiction: 'hx', file: 'a.yaml', counterparts: [], duties: 1 },
    { id: 'hx.b', name: '乙局"]; n1 --> n2["', jurisdiction: 'hx', file: 'b.yaml', counterparts: [], duties: 2 },
    { id: 'hx.ls.a', name: '林山区甲局', jurisdiction: 'hx.ls', file: 'ls/a.yaml', counterparts: ['hx.a'], duties: 1 },
  ],
  duties: {
    'hx.a/x': { title: `负责${EVIL}`, department: 'hx.a' },
    'hx.b/y': { title: '负责"统一"监督]管理', department: 'hx.b' },
  },
  coverage: [{ department: 'hx.ls.a', counterparts: ['hx.a'], upperDuties: 3, covered: 2, gaps: 1, unfounded: 0, misplaced: 0 }],
  dataDate: '2020-01-02',
};

function finding(f: Partial<Finding> & Pick<Finding, 'rule'>): Finding {
  return {
    severity: 'warn', messageId: f.rule, data: {}, message: `message of ${f.rule}`, file: 'a.yaml', line: 1, column: 1, pointer: '',
    fingerprint: `${f.rule}-${f.line ?? 1}`, ...f,
  };
}

function input(findings: Finding[], catalogue: ReportCatalogue = CATALOGUE, lang: 'zh' | 'en' = 'en'): ReportInput {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    findings, rules: RULES, catalogue, lang, color: false, displayRoot: '', tool: { name: 'duty-lint', version: '9.9.9' },
    summary: { files: 3, departments: catalogue.departments.length, duties: 4, errors: count('error'), warnings: count('warn'), infos: count('info'), suppressed: 0 },
  };
}

const HOSTILE = [
  finding({ rule: 'yaml-syntax', severity: 'error', file: 'bad|<i>.yaml', line: 7, message: `Invalid YAML: ${EVIL}` }),
  finding({
    rule: 'overlap', line: 3, department: 'hx.a', duty: 'hx.a/x', score: 0.6, terms: [EVIL, '监督'], inferred: true,
    related: [{ department: 'hx.b', duty: 'hx.b/y', file: 'b.yaml', line: 4, column: 5 }], message: `Overlaps: ${EVIL}`,
  }),
  finding({ rule: 'unfunded-duty', severity: 'info', line: 5, department: 'hx.a', duty: 'hx.a/x', message: `No budget: ${EVIL}` }),
];

/** The bodies of the ```mermaid blocks. */
function mermaidBlocks(md: string): string[][] {
  return [...md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!.split('\n'));
}

/** The GFM tables: runs of lines that start with `|`. */
function tables(md: string): string[][] {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) (current ??= (out.push([]), out[out.length - 1]!)).push(line);
    else current = undefined;
  }
  return out;
}

/** Cell boundaries of a table line: `|` not escaped by an odd run of backslashes. */
const boundaries = (line: string) => [...line.matchAll(/(\\*)\|/g)].filter((m) => m[1]!.length % 2 === 0).length;

describe('the Markdown formatter', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`keeps hostile names and texts inside their table cells and Mermaid labels (${lang})`, () => {
      const md = formatMarkdown(input(HOSTILE, CATALOGUE, lang));
      // Outside code spans (which show text as it is), no markup gets through.
      expect(md.replace(/`[^`\n]*`/g, '')).not.toMatch(/<(script|b|i)>/);
      expect(md).not.toContain('<script');
      expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\`x\\` \\*y\\* \\[z\\](u) \\$m\\$');
      // Every table keeps its column count on every line, the line break of a text as <br>.
      const found = tables(md);
      expect(found.length).toBeGreaterThanOrEqual(5);
      for (const t of found) {
        expect(t.every((line) => boundaries(line) === boundaries(t[0]!)), t.join('\n')).toBe(true);
        expect(t[1]).toMatch(/^\|( -{3}:? \|)+$/);
      }
      expect(md).toContain('负责A\\|B<br>C &lt;script&gt;');
      // The Mermaid block: safe node ids, quoted labels with no quote, bracket, markup or line break inside.
      const [graph] = mermaidBlocks(md);
      expect(graph).toBeDefined();
      expect(graph![0]).toBe('graph LR');
      for (const line of graph!.slice(1)) expect(line).toMatch(/^ {2}(n\d+\["[^"<>[\]`|]*"\]|n\d+ (---|-\.-)\|"\d+"\| n\d+)$/);
      expect(graph).toContain('  n1["甲局A#124;B C #60;script#62;alert#40;1#41;#60;/script#62; #38; #96;x#96; *y* #91;z#93;#40;u#41; $m$"]');
      expect(graph).toContain('  n2["乙局#34;#93;#59; n1 --#62; n2#91;#34;"]');
      expect(md.match(/^```/gm)).toHaveLength(2);
      // A finding outside any department is listed with its file and line.
      expect(md).toContain('| `yaml-syntax` | `bad\\|<i>.yaml:7` |');
    });
  }

  it('draws the strongest pairs only, and says how many it left out', () => {
    const n = MAX_EDGES + 50;
    const departments = Array.from({ length: n + 1 }, (_, i) => ({
      id: `g.d${i}`, name: `部门${i}`, jurisdiction: 'g', file: `d${i}.yaml`, counterparts: [], duties: 3,
    }));
    const findings: Finding[] = [];
    for (let i = 1; i <= n; i++) {
      // Pair g.d0–g.d150 overlaps on three duties, the others on one.
      for (let k = 0; k < (i === n ? 3 : 1); k++) {
        findings.push(finding({
          rule: 'overlap', line: i * 10 + k, department: 'g.d0', duty: `g.d0/x${i}-${k}`, score: 0.5, terms: [],
          related: [{ department: `g.d${i}`, duty: `g.d${i}/y${k}`, file: `d${i}.yaml`, line: 1, column: 1 }],
        }));
      }
    }
    const catalogue: ReportCatalogue = { name: 'big', governments: ['g'], departments, duties: {}, coverage: [] };
    const md = formatMarkdown(input(findings, catalogue));
    const [graph] = mermaidBlocks(md);
    const edges = graph!.filter((l) => l.includes('|"'));
    expect(edges).toHaveLength(MAX_EDGES);
    expect(edges[0]).toBe('  n1 ---|"3"| n2');
    expect(graph).toContain(`  n2["部门${n}"]`);
    expect(md).toContain(`Only the ${MAX_EDGES} pairs with the most overlaps are drawn; 50 more are left out`);
    expect(formatMarkdown(input(findings, catalogue, 'zh'))).toContain(`图中只画出交叉最多的 ${MAX_EDGES} 对部门，另有 50 对未画出`);
  });

  it('lists the first rows of each kind and points to CSV and JSON for the rest', () => {
    const findings = Array.from({ length: MAX_ROWS + 30 }, (_, i) => finding({ rule: 'unfunded-duty', severity: 'info', line: i + 1, department: 'hx.a', duty: 'hx.a/x' }));
    const md = formatMarkdown(input(findings));
    const [summary] = tables(md);
    const findingTable = tables(md).find((t) => t[0]!.includes('| Message |'));
    expect(summary!.at(-1)).toContain(`**${MAX_ROWS + 30}**`);
    expect(findingTable).toHaveLength(MAX_ROWS + 2);
    expect(md).toContain('30 more not shown; `--format csv` or `--format json` lists them all.');
  });

  it('is deterministic: the same text for the same findings, however the catalogue is ordered, dated by the data', () => {
    const md = formatMarkdown(input(HOSTILE));
    const shuffled: ReportCatalogue = {
      ...CATALOGUE, departments: [...CATALOGUE.departments].reverse(),
      duties: Object.fromEntries(Object.entries(CATALOGUE.duties).reverse()),
    };
    expect(formatMarkdown(input(HOSTILE))).toBe(md);
    expect(formatMarkdown(input(HOSTILE, shuffled))).toBe(md);
    expect(md).toContain('Data as of: 2020-01-02');
    expect(md).not.toContain(new Date().toISOString().slice(0, 10));
  });

  it('says so when there is nothing to report', () => {
    const md = formatMarkdown(input([], { ...CATALOGUE, coverage: [] }, 'zh'));
    expect(md).toContain('未发现职责交叉。');
    expect(md).toContain('未发现问题。');
    expect(md).toContain('无可列出的内容');
    expect(mermaidBlocks(md)).toHaveLength(0);
  });
});
