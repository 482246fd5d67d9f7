import { createHash } from 'node:crypto';
import { dutyIn, overlapPairs, settledByDivision } from '../report/overlaps.js';
import { roundScore } from '../score.js';
import type { DutyRef, Lang } from '../types.js';
import type { Formatter, ReportInput } from './context.js';
import { PAGE_SCRIPT, PAGE_STYLE } from './html-page.js';
import { SEVERITY_LABEL } from './text.js';

/*
 * `--format html`: one self-contained page (inline style and script, no web fonts, nothing
 * fetched; its Content-Security-Policy forbids any request), for reading a run offline.
 *
 * How it stays usable at 100k duties (docs/html-report.md):
 * - the data is embedded once, as compact JSON arrays that name departments, files, rules
 *   and duties by index, in a `<script type="application/json">` block the page parses once;
 * - the findings and coverage tables hold one page (200 rows) in the DOM at a time, and
 *   filtering is one pass over the findings;
 * - a heatmap is drawn for one government at a time, of its 60 departments with the most
 *   overlaps at most (a note says when there are more);
 * - only the duties the heatmap lists are embedded with their texts; the findings' own
 *   messages already carry theirs.
 * Building the page is linear in the findings (overlapPairs sorts the pairs: a group's finding
 * is in at most MAX_CLIQUE * (MAX_CLIQUE - 1) / 2 or MAX_RELATED of them).
 */

const EN = {
  title: 'duty-lint report', noscript: 'This report needs JavaScript to show its data.',
  summary: 'Summary', catalogue: 'Catalogue', governments: 'Governments', departments: 'Departments', duties: 'Duties',
  files: 'Files', dataDate: 'Data as of', tool: 'Tool', none: '—', more: '… and {n} more',
  errors: 'errors', warnings: 'warnings', infos: 'infos', suppressed: 'accepted by ignore entries',
  byKind: 'Findings by kind and severity', kind: 'Kind', rules: 'Rules', total: 'Total',
  heatmap: 'Overlaps between departments',
  heatIntro: 'One government at a time. A cell counts the duties two departments both hold (overlap findings, '
    + 'those settled by a division included). Click a coloured cell to list the duty pairs.',
  government: 'Government', legend: 'Overlapping duties:',
  heatNone: 'No overlaps between departments.',
  heatCapped: 'Showing the {shown} departments with the most overlaps, of {total}; the findings table lists all of them.',
  pairHint: 'Click a coloured cell to list its duty pairs.', pairTitle: '{a} ↔ {b}: {n} overlapping duties',
  score: 'Similarity', terms: 'Shared terms', settled: 'Settled by division {id}',
  coverage: 'Coverage of the higher-level mandate',
  coverageIntro: 'One row per lower department: of its higher-level counterparts\' cascading duties in force, '
    + 'how many its own duties implement; and how many duties nobody below covers (gaps), '
    + 'or of its own have no higher-level basis (unfounded) or the wrong one (misplaced).',
  coverageNone: 'No coverage to show: no lower department names higher-level counterparts, or the mandate rules were off.',
  department: 'Department', counterparts: 'Counterparts', upperDuties: 'Higher-level duties', covered: 'Covered',
  coverageShare: 'Coverage', gaps: 'Gaps', unfounded: 'Unfounded', misplaced: 'Misplaced',
  findings: 'Findings', all: 'All', severity: 'Severity', rule: 'Rule', location: 'Location', message: 'Message',
  search: 'Search', searchPlaceholder: 'text, rule, file, department…',
  prev: 'Previous', next: 'Next', rows: '{from}–{to} of {total} (page {page} of {pages})', noRows: 'Nothing matches the filters.',
};

/** Every heading and label, in both languages; the page is in the run's. */
const LABELS: Record<Lang, typeof EN> = {
  en: EN,
  zh: {
    title: 'duty-lint 检查报告', noscript: '本报告需要启用 JavaScript 才能显示数据。',
    summary: '概况', catalogue: '目录', governments: '政府', departments: '部门', duties: '职责',
    files: '文件', dataDate: '数据截至', tool: '工具', none: '—', more: '…等，另有 {n} 个',
    errors: '错误', warnings: '警告', infos: '提示', suppressed: '已按 ignore 条目接受',
    byKind: '按问题类别和严重程度统计', kind: '类别', rules: '规则', total: '合计',
    heatmap: '部门间职责交叉',
    heatIntro: '按政府逐一显示。每格为两个部门共同承担的职责数（overlap 问题，含已由职责分工明确的）。点击有颜色的格子，列出其中的职责对。',
    government: '政府', legend: '交叉职责数：',
    heatNone: '部门间没有职责交叉。',
    heatCapped: '仅显示交叉最多的 {shown} 个部门（共 {total} 个）；问题列表列出全部。',
    pairHint: '点击有颜色的格子，列出其中的职责对。', pairTitle: '{a} ↔ {b}：{n} 项交叉职责',
    score: '相似度', terms: '共同词语', settled: '已由职责分工 {id} 明确',
    coverage: '上级职责承接情况',
    coverageIntro: '每个下级部门一行：其对口上级部门需向下承接的现行职责中，本部门职责承接了多少；'
      + '下级无人承接的有多少（缺位），本部门职责中无上级依据（越位）或依据错位（错位）的有多少。',
    coverageNone: '无承接数据：没有下级部门设置对口上级部门，或承接相关规则未启用。',
    department: '部门', counterparts: '对口上级部门', upperDuties: '上级职责', covered: '已承接',
    coverageShare: '承接率', gaps: '缺位', unfounded: '越位', misplaced: '错位',
    findings: '问题列表', all: '全部', severity: '严重程度', rule: '规则', location: '位置', message: '说明',
    search: '搜索', searchPlaceholder: '文字、规则、文件、部门…',
    prev: '上一页', next: '下一页', rows: '第 {from}–{to} 条，共 {total} 条（第 {page}/{pages} 页）', noRows: '没有符合筛选条件的条目。',
  },
};

type Labels = typeof EN;

/** Severities by their index in the data. */
const SEVERITY_INDEX = { error: 0, warn: 1, info: 2 } as const;

/**
 * What the page's script reads, indexes into the arrays instead of repeated strings:
 * - dept: [id, name, government index, file, short name?]
 * - rules: [id, kind index]; kinds: kind names in the run's language, in the rules' order
 * - findings: [rule index, severity index, message, file index, line, column, department index or -1]
 * - pairs: one per overlapping department pair, most overlaps first:
 *   [government index, department a, department b, [[a's duty, b's duty, score, terms, division id or ''], …]]
 * - duties: [ref, title, department index, detail?], the duties pairs name
 * - coverage: [department, [counterparts], upper duties, covered, gaps, unfounded, misplaced]
 */
interface ReportData {
  lang: Lang;
  t: Labels & { sev: Record<string, string> };
  scope: {
    name: string; departments: number; duties: number; files: number; dataDate: string; tool: string;
    errors: number; warnings: number; infos: number; suppressed: number;
  };
  gov: string[];
  dept: Array<[string, string, number, string] | [string, string, number, string, string]>;
  kinds: string[];
  rules: Array<[string, number]>;
  files: string[];
  findings: Array<[number, number, string, number, number, number, number]>;
  pairs: Array<[number, number, number, Array<[number, number, number, string[], string]>]>;
  duties: Array<[string, string, number] | [string, string, number, string]>;
  coverage: Array<[number, number[], number, number, number, number, number]>;
}

export const formatHtml: Formatter = (input) => {
  const words = LABELS[input.lang];
  // `<` escaped, so no text (a duty titled `</script>…`) can end the block or open a comment.
  const json = JSON.stringify(reportData(input)).replace(/</g, '\\u003c');
  // Hashes let exactly this style and script run; the policy also forbids every request.
  const csp = `default-src 'none'; style-src '${sha256(PAGE_STYLE)}'; script-src '${sha256(PAGE_SCRIPT)}'`;
  const th = (key: keyof Labels, cls = '') => `<th${cls ? ` class="${cls}"` : ''}>${escapeHtml(words[key])}</th>`;
  const e = (key: keyof Labels) => escapeHtml(words[key]);
  return `<!DOCTYPE html>
<html lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${input.tool.name} ${input.tool.version}`.trim())}">
<title>${e('title')}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${e('title')}: <span id="catalogue-name"></span></h1></header>
<noscript><section><p>${e('noscript')}</p></section></noscript>
<section id="summary">
<h2>${e('summary')}</h2>
<dl class="scope" id="scope"></dl>
<div class="counts" id="counts"></div>
<h3>${e('byKind')}</h3>
<table class="data"><thead><tr>${th('kind')}${th('rules')}${(['error', 'warn', 'info'] as const).map((s) => `<th class="num">${escapeHtml(SEVERITY_LABEL[input.lang][s])}</th>`).join('')}${th('total', 'num')}</tr></thead>
<tbody id="kind-counts"></tbody></table>
</section>
<section id="overlaps">
<h2>${e('heatmap')}</h2>
<p class="intro">${e('heatIntro')}</p>
<div class="controls" id="heat-controls"><label>${e('government')} <select id="heat-gov"></select></label></div>
<p class="note" id="heat-note"></p>
<div class="legend" id="heat-legend"></div>
<div class="heat-wrap" id="heatmap"></div>
<div class="pair" id="pair"></div>
</section>
<section id="coverage">
<h2>${e('coverage')}</h2>
<p class="intro">${e('coverageIntro')}</p>
<p class="note" id="cov-note"></p>
<div class="controls" id="cov-controls"><label>${e('government')} <select id="cov-gov"></select></label></div>
<table class="data" id="cov-table"><thead><tr>${th('department')}${th('government')}${th('counterparts')}${th('upperDuties', 'num')}${th('covered', 'num')}${th('coverageShare', 'num')}${th('gaps', 'num')}${th('unfounded', 'num')}${th('misplaced', 'num')}</tr></thead>
<tbody id="cov-body"></tbody></table>
<div class="pager" id="cov-pager"></div>
</section>
<section id="findings">
<h2>${e('findings')}</h2>
<div class="controls">
<label>${e('kind')} <select id="f-kind"></select></label>
<label>${e('severity')} <select id="f-sev"></select></label>
<label>${e('government')} <select id="f-gov"></select></label>
<label>${e('department')} <select id="f-dept"></select></label>
<label>${e('search')} <input id="f-text" type="search" placeholder="${e('searchPlaceholder')}"></label>
</div>
<div class="pager" id="f-pager"></div>
<table class="data"><thead><tr>${th('severity')}${th('kind')}${th('rule')}${th('department')}${th('location')}${th('message')}</tr></thead>
<tbody id="f-body"></tbody></table>
</section>
<script type="application/json" id="report-data">${json}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
};

function reportData({ findings, summary, rules, catalogue, lang, tool }: ReportInput): ReportData {
  const govIndex = new Map(catalogue.governments.map((g, i) => [g, i]));
  const deptIndex = new Map(catalogue.departments.map((d, i) => [d.id, i]));
  const dept = (id: string | undefined) => (id === undefined ? -1 : deptIndex.get(id) ?? -1);

  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const ruleIndex = new Map<string, number>();
  const ruleRows: Array<[string, number]> = [];
  const addRule = (id: string, kind: string) => {
    let k = kindIndex.get(kind);
    if (k === undefined) kindIndex.set(kind, (k = kinds.push(kind) - 1));
    ruleIndex.set(id, ruleRows.push([id, k]) - 1);
  };
  for (const r of rules) addRule(r.id, r.kind[lang]);
  // A program's own rule that the list does not declare is its own kind, as byKind has it.
  for (const f of findings) if (!ruleIndex.has(f.rule)) addRule(f.rule, f.rule);

  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const file = (path: string) => {
    let i = fileIndex.get(path);
    if (i === undefined) fileIndex.set(path, (i = files.push(path) - 1));
    return i;
  };

  const duties: ReportData['duties'] = [];
  const dutyIndex = new Map<DutyRef, number>();
  const duty = (ref: DutyRef | undefined) => {
    if (ref === undefined) return -1;
    let i = dutyIndex.get(ref);
    if (i === undefined) {
      const d = catalogue.duties[ref];
      dutyIndex.set(ref, (i = duties.push(d?.detail ? [ref, d.title, dept(d.department), d.detail] : [ref, d?.title ?? '', dept(d?.department)]) - 1));
    }
    return i;
  };

  const pairs: ReportData['pairs'] = overlapPairs(findings, catalogue).map((p) => [
    govIndex.get(p.government) ?? -1, dept(p.a), dept(p.b),
    p.findings.map((f) => {
      const division = settledByDivision(f) ? f.related!.find((r) => r.division !== undefined)!.division! : '';
      return [duty(dutyIn(f, p.a)), duty(dutyIn(f, p.b)), f.score === undefined ? 0 : roundScore(f.score), f.terms ?? [], division];
    }),
  ]);

  return {
    lang,
    t: { ...LABELS[lang], sev: SEVERITY_LABEL[lang] },
    scope: {
      name: catalogue.name, departments: summary.departments, duties: summary.duties, files: summary.files,
      dataDate: catalogue.dataDate ?? '', tool: `${tool.name} ${tool.version}`.trim(),
      errors: summary.errors, warnings: summary.warnings, infos: summary.infos, suppressed: summary.suppressed,
    },
    gov: catalogue.governments,
    dept: catalogue.departments.map((d) => {
      const row: [string, string, number, string] = [d.id, d.name, govIndex.get(d.jurisdiction) ?? -1, d.file];
      return d.shortName ? [...row, d.shortName] : row;
    }),
    kinds,
    rules: ruleRows,
    files,
    findings: findings.map((f) => [ruleIndex.get(f.rule)!, SEVERITY_INDEX[f.severity], f.message, file(f.file), f.line, f.column, dept(f.department)]),
    pairs,
    duties,
    coverage: catalogue.coverage.map((c) => [
      dept(c.department), c.counterparts.map(dept).filter((i) => i >= 0), c.upperDuties, c.covered, c.gaps, c.unfounded, c.misplaced,
    ]),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
