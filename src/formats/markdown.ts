import type { CoverageRow, ReportDepartment } from '../report/catalogue.js';
import { byKind, departmentsById, distinctFindings, overlapPairs, type DepartmentPair } from '../report/overlaps.js';
import type { DepartmentId, DutyRef, Finding, Lang } from '../types.js';
import type { Formatter, ReportInput } from './context.js';
import { SEVERITY_LABEL } from './text.js';

/** Edges per Mermaid graph: Mermaid refuses more than 500, and a graph of hundreds is unreadable anyway. */
export const MAX_EDGES = 100;
/** Rows per kind of problem in the findings tables; CSV and JSON carry every finding. */
export const MAX_ROWS = 200;
/** Governments named in the scope. */
const MAX_LISTED = 20;
/** Rows of the table of the most overlapping department pairs. */
export const MAX_PAIRS = 20;

interface Words {
  title: (name: string) => string;
  scope: string;
  catalogue: string;
  governments: (n: number, list: string) => string;
  size: (departments: number, duties: number, files: number) => string;
  dataDate: (date: string | undefined) => string;
  problems: (n: number, e: number, w: number, i: number) => string;
  suppressed: (n: number) => string;
  tool: (tool: string) => string;
  byGovernment: string;
  government: string;
  departments: string;
  total: string;
  noDepartment: string;
  topPairs: string;
  pairsIntro: (total: number, shown: number) => string;
  noOverlaps: string;
  department: string;
  overlapping: string;
  settled: string;
  graphs: string;
  graphLegend: string;
  governmentHeading: string;
  graphIntro: (pairs: number, duties: number, settled: number) => string;
  edgesLeftOut: (drawn: number, left: number) => string;
  findings: string;
  noFindings: string;
  severity: string;
  location: string;
  duty: string;
  text: string;
  related: string;
  score: string;
  terms: string;
  termsJoin: string;
  message: string;
  rule: string;
  nearest: (score: string) => string;
  division: string;
  moreRows: (n: number) => string;
  outside: string;
  coverage: string;
  coverageIntro: string;
  noCoverage: string;
  counterparts: string;
  upperDuties: string;
  covered: string;
  coverageRate: string;
  listJoin: string;
  colon: string;
}

const WORDS: Record<Lang, Words> = {
  en: {
    title: (name) => `Duty catalogue report: ${name}`,
    scope: 'Scope',
    catalogue: 'Catalogue: ',
    governments: (n, list) => `Governments: ${n} (${list})`,
    size: (departments, duties, files) => `${departments} departments, ${duties} duties, ${files} files`,
    dataDate: (date) => `Data as of: ${date ?? 'not dated'} (the latest source date of the departments)`,
    problems: (n, e, w, i) => `Problems: ${n} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info${i === 1 ? '' : 's'})`,
    suppressed: (n) => `; ${n} more accepted by ignore entries`,
    tool: (tool) => `Checked with ${tool}`,
    byGovernment: 'Problems by government',
    government: 'Government',
    departments: 'Departments',
    total: 'Total',
    noDepartment: '(no department)',
    topPairs: 'Departments that overlap most',
    pairsIntro: (total, shown) => total > shown
      ? `${total} pairs of departments overlap; the ${shown} with the most overlapping duties:`
      : `${total} pair${total === 1 ? '' : 's'} of departments overlap${total === 1 ? 's' : ''}:`,
    noOverlaps: 'No overlaps found.',
    department: 'Department',
    overlapping: 'Overlapping duties',
    settled: 'Settled by a division',
    graphs: 'Overlap graphs',
    graphLegend: 'Each edge joins two departments of one government and is labelled with the number of duties they overlap on; '
      + 'a dotted edge means declared divisions settle all of them.',
    governmentHeading: 'Government',
    graphIntro: (pairs, duties, settled) => `${pairs} pair${pairs === 1 ? '' : 's'} of departments, ${duties} overlapping dut${duties === 1 ? 'y' : 'ies'}, ${settled} settled by a division.`,
    edgesLeftOut: (drawn, left) => `Only the ${drawn} pairs with the most overlaps are drawn; ${left} more are left out (\`--format csv\` or \`--format json\` lists them all).`,
    findings: 'Findings',
    noFindings: 'No problems found.',
    severity: 'Severity',
    location: 'Location',
    duty: 'Duty',
    text: 'Text',
    related: 'Related duty',
    score: 'Score',
    terms: 'Shared terms',
    termsJoin: ', ',
    message: 'Message',
    rule: 'Rule',
    nearest: (score) => `${score} (nearest)`,
    division: 'division',
    moreRows: (n) => `${n} more not shown; \`--format csv\` or \`--format json\` lists them all.`,
    outside: 'Findings outside any department',
    coverage: 'Coverage of the higher-level mandate',
    coverageIntro: 'Each lower department against its higher-level counterparts: of their duties meant to cascade, how many it implements, '
      + 'and how many gaps, unfounded and misplaced duties it has.',
    noCoverage: 'Nothing to show: no department has higher-level counterparts, or no mandate rule was on.',
    counterparts: 'Higher-level counterparts',
    upperDuties: 'Higher-level duties',
    covered: 'Covered',
    coverageRate: 'Coverage',
    listJoin: ', ',
    colon: ': ',
  },
  zh: {
    title: (name) => `职责清单检查报告：${name}`,
    scope: '概况',
    catalogue: '目录：',
    governments: (n, list) => `政府：${n} 个（${list}）`,
    size: (departments, duties, files) => `部门 ${departments} 个，职责 ${duties} 项，文件 ${files} 个`,
    dataDate: (date) => `数据日期：${date ?? '未注明'}（各部门资料来源的最近日期）`,
    problems: (n, e, w, i) => `问题：共 ${n} 个（${e} 个错误，${w} 个警告，${i} 个提示）`,
    suppressed: (n) => `，另有 ${n} 个已按 ignore 条目接受`,
    tool: (tool) => `检查工具：${tool}`,
    byGovernment: '各政府问题汇总',
    government: '政府',
    departments: '部门数',
    total: '合计',
    noDepartment: '（无部门）',
    topPairs: '职责交叉最多的部门',
    pairsIntro: (total, shown) => total > shown
      ? `共 ${total} 对部门存在职责交叉，下表列出交叉职责最多的 ${shown} 对：`
      : `共 ${total} 对部门存在职责交叉：`,
    noOverlaps: '未发现职责交叉。',
    department: '部门',
    overlapping: '交叉职责',
    settled: '其中已有分工',
    graphs: '职责交叉关系图',
    graphLegend: '每条连线连接同一政府的两个部门，线上数字为两部门交叉的职责数；虚线表示这些交叉均已由职责分工划分。',
    governmentHeading: '政府',
    graphIntro: (pairs, duties, settled) => `${pairs} 对部门，${duties} 项交叉职责，其中 ${settled} 项已有分工。`,
    edgesLeftOut: (drawn, left) => `图中只画出交叉最多的 ${drawn} 对部门，另有 ${left} 对未画出（完整列表请用 \`--format csv\` 或 \`--format json\`）。`,
    findings: '问题明细',
    noFindings: '未发现问题。',
    severity: '严重程度',
    location: '位置',
    duty: '职责',
    text: '内容',
    related: '相关职责',
    score: '相似度',
    terms: '共同词语',
    termsJoin: '、',
    message: '说明',
    rule: '规则',
    nearest: (score) => `${score}（最接近）`,
    division: '职责分工',
    moreRows: (n) => `另有 ${n} 条未列出；完整列表请用 \`--format csv\` 或 \`--format json\`。`,
    outside: '无法归属部门的问题',
    coverage: '上级职责承接情况',
    coverageIntro: '每个下级部门对照其上级对口部门：上级应向下延伸的职责中本部门承接了多少，以及缺位、越位、错位各有几项。',
    noCoverage: '无可列出的内容：没有部门列出上级对口部门，或承接类规则均未启用。',
    counterparts: '上级对口部门',
    upperDuties: '上级职责',
    covered: '已承接',
    coverageRate: '承接率',
    listJoin: '、',
    colon: '：',
  },
};

/**
 * A report for people, in GitHub/GitLab Markdown: the scope, counts per government and kind
 * of problem, the most overlapping departments with a Mermaid graph per government, the
 * findings by kind with both duties' texts side by side, and the coverage of the
 * higher-level mandate. Everything from the catalogue is escaped, so a name cannot break a
 * table, the Mermaid block or the page.
 */
export const formatMarkdown: Formatter = (input) => {
  const report = new Report(input);
  return [
    ...report.scope(), ...report.byGovernment(), ...report.topPairs(), ...report.graphs(),
    ...report.findings(), ...report.coverage(),
  ].join('\n') + '\n';
};

/** The duty on the other side of a finding, and whether it is only the nearest miss. */
interface OtherDuty {
  ref: DutyRef;
  nearest: boolean;
}

class Report {
  private readonly words: Words;
  private readonly departments: Map<DepartmentId, ReportDepartment>;
  private readonly pairs: DepartmentPair[];

  constructor(private readonly input: ReportInput) {
    this.words = WORDS[input.lang];
    this.departments = departmentsById(input.catalogue);
    this.pairs = overlapPairs(input.findings, input.catalogue);
  }

  scope(): string[] {
    const { catalogue, summary, tool } = this.input;
    const w = this.words;
    const { errors, warnings, infos } = summary;
    // A province may have hundreds of governments: the summary table lists them all.
    const listed = catalogue.governments.slice(0, MAX_LISTED).map((g) => code(g, false));
    const governments = listed.join(w.listJoin) + (catalogue.governments.length > MAX_LISTED ? w.listJoin + '…' : '');
    return [
      `# ${inline(w.title(catalogue.name))}`, '',
      `## ${w.scope}`, '',
      `- ${w.catalogue}${code(catalogue.name, false)}`,
      `- ${w.governments(catalogue.governments.length, governments)}`,
      `- ${w.size(summary.departments, summary.duties, summary.files)}`,
      `- ${w.dataDate(catalogue.dataDate)}`,
      `- ${w.problems(errors + warnings + infos, errors, warnings, infos)}${summary.suppressed > 0 ? w.suppressed(summary.suppressed) : ''}`,
      `- ${inline(w.tool(tool.version ? `${tool.name} ${tool.version}` : tool.name))}`,
      '',
    ];
  }

  /** One row per government, one column per kind of problem found anywhere. */
  byGovernment(): string[] {
    const { findings, rules, lang, catalogue } = this.input;
    const w = this.words;
    const kinds = byKind(findings, rules, lang);
    const counts = new Map<string, number[]>();
    const rowOf = (government: string) => {
      let row = counts.get(government);
      if (!row) counts.set(government, (row = kinds.map(() => 0)));
      return row;
    };
    kinds.forEach((k, i) => {
      for (const f of k.findings) rowOf(this.governmentOf(f) ?? '')[i]!++;
    });
    const departments = (g: string) => catalogue.departments.filter((d) => d.jurisdiction === g).length;
    const cells = (row: number[]) => [...row.map(String), String(row.reduce((a, b) => a + b, 0))];
    const rows = catalogue.governments.map((g) => [code(g), String(departments(g)), ...cells(rowOf(g))]);
    if (counts.has('')) rows.push([w.noDepartment, '', ...cells(counts.get('')!)]);
    const totals = kinds.map((k) => k.findings.length);
    rows.push([w.total, String(catalogue.departments.length), ...cells(totals)].map((c) => `**${c}**`));
    const head = [w.government, w.departments, ...kinds.map((k) => `${cell(capital(k.kind))}<br>${k.rules.map((r) => code(r)).join(' ')}`), w.total];
    return [`## ${w.byGovernment}`, '', ...table(head, rows, [false, true, ...kinds.map(() => true), true]), ''];
  }

  topPairs(): string[] {
    const w = this.words;
    const out = [`## ${w.topPairs}`, ''];
    if (this.pairs.length === 0) return [...out, w.noOverlaps, ''];
    const shown = this.pairs.slice(0, MAX_PAIRS);
    const rows = shown.map((p) => [code(p.government), this.department(p.a), this.department(p.b), String(p.findings.length), String(p.settled)]);
    return [
      ...out, w.pairsIntro(this.pairs.length, shown.length), '',
      ...table([w.government, w.department, w.department, w.overlapping, w.settled], rows, [false, false, false, true, true]), '',
    ];
  }

  /** A Mermaid graph of each government's overlapping departments, the strongest pairs when there are many. */
  graphs(): string[] {
    if (this.pairs.length === 0) return [];
    const w = this.words;
    const out = [`## ${w.graphs}`, '', w.graphLegend, ''];
    for (const government of this.input.catalogue.governments) {
      const pairs = this.pairs.filter((p) => p.government === government);
      if (pairs.length === 0) continue;
      const { findings, settled } = distinctFindings(pairs);
      out.push(`### ${w.governmentHeading} ${code(government, false)}`, '', w.graphIntro(pairs.length, findings, settled), '');
      const drawn = pairs.slice(0, MAX_EDGES);
      out.push('```mermaid', ...this.mermaid(drawn), '```', '');
      if (pairs.length > drawn.length) out.push(w.edgesLeftOut(drawn.length, pairs.length - drawn.length), '');
    }
    return out;
  }

  private mermaid(pairs: DepartmentPair[]): string[] {
    // Node ids are numbers in order of appearance: department ids may hold characters Mermaid reads as syntax.
    const nodes = new Map<DepartmentId, string>();
    const node = (id: DepartmentId) => {
      let n = nodes.get(id);
      if (!n) nodes.set(id, (n = `n${nodes.size + 1}`));
      return n;
    };
    const edges = pairs.map((p) => {
      const link = p.settled === p.findings.length ? '-.-' : '---';
      return `  ${node(p.a)} ${link}|"${p.findings.length}"| ${node(p.b)}`;
    });
    const labels = [...nodes].map(([id, n]) => `  ${n}["${mermaidText(this.departments.get(id)?.name ?? id)}"]`);
    return ['graph LR', ...labels, ...edges];
  }

  /** The findings of each kind of problem, a table per rule; those outside any department last. */
  findings(): string[] {
    const { findings, rules, lang } = this.input;
    const w = this.words;
    const out = [`## ${w.findings}`, ''];
    if (findings.length === 0) return [...out, w.noFindings, ''];
    const inDepartments = findings.filter((f) => f.department !== undefined);
    for (const kind of byKind(inDepartments, rules, lang)) {
      out.push(`### ${inline(capital(kind.kind))}`, '');
      let budget = MAX_ROWS;
      for (const id of kind.rules) {
        const ofRule = kind.findings.filter((f) => f.rule === id);
        if (ofRule.length === 0 || budget === 0) continue;
        const rule = rules.find((r) => r.id === id);
        out.push(`#### ${code(id, false)}${rule ? w.colon + inline(rule.description[lang]) : ''}`, '');
        const shown = ofRule.slice(0, budget);
        budget -= shown.length;
        out.push(...(ofRule.some((f) => this.otherDuty(f)) ? this.pairTable(shown) : this.plainTable(shown)), '');
      }
      if (kind.findings.length > MAX_ROWS) out.push(w.moreRows(kind.findings.length - MAX_ROWS), '');
    }
    const outside = findings.filter((f) => f.department === undefined);
    if (outside.length > 0) {
      const shown = outside.slice(0, MAX_ROWS);
      const rows = shown.map((f) => [this.severity(f), code(f.rule), this.location(f), cell(f.message)]);
      out.push(`### ${w.outside}`, '', ...table([w.severity, w.rule, w.location, w.message], rows), '');
      if (outside.length > shown.length) out.push(w.moreRows(outside.length - shown.length), '');
    }
    return out;
  }

  /** Findings about two duties (or a duty and its nearest miss): both texts side by side. */
  private pairTable(findings: Finding[]): string[] {
    const w = this.words;
    const rows = findings.map((f) => {
      const other = this.otherDuty(f);
      const divisions = (f.related ?? []).filter((r) => r.division !== undefined).map((r) => `${w.division} ${code(r.division!)}`);
      const score = f.score ?? (other?.nearest ? f.nearest?.score : undefined);
      return [
        this.severity(f), this.location(f),
        f.duty ? this.duty(f.duty) : this.department(f.department!), f.duty ? this.dutyText(f.duty) : '',
        [other ? this.duty(other.ref) : '—', ...divisions].join('<br>'), other ? this.dutyText(other.ref) : '',
        score === undefined ? '—' : other?.nearest ? w.nearest(score.toFixed(2)) : score.toFixed(2),
        (f.terms ?? []).map(cell).join(w.termsJoin),
      ];
    });
    return table([w.severity, w.location, w.duty, w.text, w.related, w.text, w.score, w.terms], rows, [false, false, false, false, false, false, true, false]);
  }

  /** Findings about one department or duty: the message says what is wrong. */
  private plainTable(findings: Finding[]): string[] {
    const w = this.words;
    const rows = findings.map((f) => [
      this.severity(f), this.location(f), this.department(f.department!), f.duty ? code(f.duty) : '', cell(f.message),
    ]);
    return table([w.severity, w.location, w.department, w.duty, w.message], rows);
  }

  coverage(): string[] {
    const { catalogue, rules, lang } = this.input;
    const w = this.words;
    const out = [`## ${w.coverage}`, ''];
    if (catalogue.coverage.length === 0) return [...out, w.noCoverage, ''];
    const kind = (id: string) => {
      const rule = rules.find((r) => r.id === id);
      return `${rule ? `${cell(capital(rule.kind[lang]))}<br>` : ''}${code(id)}`;
    };
    const rate = (r: CoverageRow) => (r.upperDuties === 0 ? '—' : `${Math.floor((100 * r.covered) / r.upperDuties)}%`);
    const rows = catalogue.coverage.map((r) => [
      code(this.departments.get(r.department)?.jurisdiction ?? ''), this.department(r.department),
      r.counterparts.map((c) => this.department(c)).join('<br>'),
      String(r.upperDuties), String(r.covered), rate(r), String(r.gaps), String(r.unfounded), String(r.misplaced),
    ]);
    const head = [w.government, w.department, w.counterparts, w.upperDuties, w.covered, w.coverageRate,
      kind('mandate-gap'), kind('unfounded-duty'), kind('misplaced-duty')];
    return [...out, w.coverageIntro, '', ...table(head, rows, [false, false, false, true, true, true, true, true, true]), ''];
  }

  /** The government a finding is about: its department's. */
  private governmentOf(f: Finding): string | undefined {
    return f.department === undefined ? undefined : this.departments.get(f.department)?.jurisdiction;
  }

  /**
   * The other duty a finding compares its own with: a related duty (overlap, multiple-leads,
   * misplaced-duty), else the nearest miss (mandate-gap, unfounded-duty).
   */
  private otherDuty(f: Finding): OtherDuty | undefined {
    const related = f.related?.find((r) => r.duty !== undefined && r.duty !== f.duty)?.duty;
    if (related) return { ref: related, nearest: false };
    return f.nearest ? { ref: f.nearest.duty, nearest: true } : undefined;
  }

  private severity(f: Finding): string {
    return SEVERITY_LABEL[this.input.lang][f.severity];
  }

  private location(f: Finding): string {
    return code(`${this.input.displayRoot}${f.file}:${f.line}`);
  }

  /** A department as a person reads it: its name, its id in code font. */
  private department(id: DepartmentId): string {
    const d = this.departments.get(id);
    return d ? `${cell(d.name)}<br>${code(id)}` : code(id);
  }

  /** A duty: its department's name and its reference. */
  private duty(ref: DutyRef): string {
    const department = this.input.catalogue.duties[ref]?.department ?? ref.slice(0, ref.indexOf('/'));
    const name = this.departments.get(department)?.name;
    return name === undefined ? code(ref) : `${cell(name)}<br>${code(ref)}`;
  }

  private dutyText(ref: DutyRef): string {
    return cell(this.input.catalogue.duties[ref]?.title ?? '');
  }
}

/** English kind names are lower case ("gap"); headings and column titles start with a capital. */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A GFM table; `right` marks the columns of numbers. */
function table(head: string[], rows: string[][], right: boolean[] = []): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (right[i] ? '---:' : '---'))), ...rows.map(line)];
}

const MARKDOWN_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Text as inert Markdown on one line: HTML characters as entities, and a backslash before
 * what Markdown (and GitHub's `$` maths) would read as emphasis, links, code or a table's
 * cell boundary.
 */
function inline(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[<>&]/g, (c) => MARKDOWN_ESCAPES[c]!).replace(/[\\`*_[\]~|$]/g, '\\$&');
}

/** Text for a table cell: as inline, with its line breaks kept as `<br>`. */
function cell(text: string): string {
  return text.split(/\r?\n|\r/).map(inline).join('<br>');
}

/**
 * Code font. In a table a `|` must be escaped even in code (GFM splits cells first); outside
 * one the backslash would show. A backtick in the text takes a longer fence.
 */
function code(text: string, inTable = true): string {
  let t = text.replace(/\r?\n|\r/g, ' ');
  if (inTable) t = t.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${t} ${fence}` : `${fence}${t}${fence}`;
}

/**
 * Text for a quoted Mermaid label: on one line, with Mermaid's entity codes (`#34;`) for
 * quotes, brackets and HTML characters, so a label can neither end early nor carry markup.
 */
function mermaidText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[#"<>&`[\]{}()|;]/g, (c) => `#${c.codePointAt(0)!};`);
}
