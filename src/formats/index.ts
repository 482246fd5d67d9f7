import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import type { Analysis } from '../rules/rule.js';
import type { CommandName, FormatInputs, Formatter, ReportInput } from './context.js';

/**
 * An output format of one command: its `--format` name, what it is for, and its formatter,
 * loaded when used (so that `--help` loads none).
 */
export interface Format<C extends CommandName = CommandName> {
  name: string;
  command: C;
  description: { en: string; zh: string };
  /**
   * Reads only the findings and the summary, not the catalogue: with `--cache`, the run may
   * then analyse only what an edit affects. Formats that show the catalogue leave it unset.
   */
  findingsOnly?: boolean;
  /** Shared analyses it reads beyond those its command runs (a graph drawing's overlap edges). */
  needs?: readonly Analysis[];
  load(): Promise<Formatter<C>>;
}

type AnyFormat = { [C in CommandName]: Format<C> }[CommandName];

/** Every output format of every command: the one list `--format` is read from. */
export const FORMATS: readonly AnyFormat[] = [
  {
    name: 'stylish', command: 'lint',
    description: { en: 'findings by file, aligned for the terminal, and a table of counts per rule', zh: '按文件列出问题（终端对齐显示），附各规则计数表' },
    findingsOnly: true,
    load: async () => (await import('./stylish.js')).formatStylish,
  },
  {
    name: 'json', command: 'lint',
    description: { en: 'FORMAT.md\'s JSON report, for programs', zh: 'FORMAT.md 规定的 JSON 报告，供程序读取' },
    findingsOnly: true,
    load: async () => (await import('./json.js')).formatJson,
  },
  {
    name: 'csv', command: 'lint',
    description: { en: 'one row per finding, with department names and duty texts, for spreadsheets (UTF-8 with BOM)', zh: '每个问题一行，附部门名称和职责原文，供电子表格使用（带 BOM 的 UTF-8）' },
    load: async () => (await import('./csv.js')).formatCsv,
  },
  {
    name: 'html', command: 'lint',
    description: { en: 'one self-contained page to read offline: summary, overlap heatmap per government, coverage, filterable findings', zh: '可离线阅读的单个网页：概况、各级政府部门间交叉热力图、承接情况、可筛选的问题列表' },
    load: async () => (await import('./html.js')).formatHtml,
  },
  {
    name: 'markdown', command: 'lint',
    description: { en: 'a report to read on GitHub or GitLab: summary per government, overlap graphs (Mermaid), findings with both duties\' texts, coverage', zh: '可在 GitHub 或 GitLab 上阅读的报告：各政府汇总、职责交叉关系图（Mermaid）、附双方职责原文的问题明细、承接情况' },
    load: async () => (await import('./markdown.js')).formatMarkdown,
  },
  {
    name: 'sarif', command: 'lint',
    description: { en: 'SARIF 2.1.0, for GitHub code scanning and other SARIF viewers (at most 25,000 results, the most severe)', zh: 'SARIF 2.1.0，供 GitHub 代码扫描等 SARIF 工具使用（最多 25,000 条结果，优先保留最严重的）' },
    findingsOnly: true,
    load: async () => (await import('./sarif.js')).formatSarif,
  },
  {
    name: 'github', command: 'lint',
    description: { en: 'GitHub Actions workflow commands: an annotation per finding, errors first (50 per severity)', zh: 'GitHub Actions 工作流命令：每个问题一条注释，错误优先（每种级别最多 50 条）' },
    findingsOnly: true,
    load: async () => (await import('./github.js')).formatGithub,
  },
  {
    name: 'gitlab', command: 'lint',
    description: { en: 'a GitLab Code Quality report, for merge requests (artifacts: reports: codequality)', zh: 'GitLab 代码质量报告，显示在合并请求中（artifacts: reports: codequality）' },
    findingsOnly: true,
    load: async () => (await import('./gitlab.js')).formatGitlab,
  },
  {
    name: 'junit', command: 'lint',
    description: { en: 'JUnit XML for CI test reports: a test suite per file, a failed test case per finding', zh: 'JUnit XML，供 CI 测试报告使用：每个文件一个测试套件，每个问题一个失败的测试用例' },
    findingsOnly: true,
    load: async () => (await import('./junit.js')).formatJunit,
  },
  {
    name: 'stylish', command: 'graph',
    description: { en: 'departments and their duties as a tree, with mandate edges', zh: '部门及其职责的树形列表，附承接关系' },
    load: async () => (await import('./graph.js')).formatGraphText,
  },
  {
    name: 'json', command: 'graph',
    description: { en: 'FORMAT.md\'s graph export', zh: 'FORMAT.md 规定的职责图导出' },
    load: async () => (await import('./graph.js')).formatGraphJson,
  },
  {
    name: 'dot', command: 'graph',
    description: { en: 'departments by government with overlap, mandate, transfer and division edges, for Graphviz (dot -Tsvg)', zh: '按政府分组的部门及职责交叉、承接、划转、分工关系，供 Graphviz 绘图（dot -Tsvg）' },
    needs: ['same-duty-pairs'],
    load: async () => (await import('./graph-dot.js')).formatGraphDot,
  },
  {
    name: 'mermaid', command: 'graph',
    description: { en: 'the same drawing as a Mermaid flowchart, for Markdown', zh: '同上，Mermaid 流程图，可嵌入 Markdown' },
    needs: ['same-duty-pairs'],
    load: async () => (await import('./graph-mermaid.js')).formatGraphMermaid,
  },
  {
    name: 'stylish', command: 'explain',
    description: { en: 'the evidence, terms and verdict, aligned for the terminal', zh: '证据、词语与结论，终端对齐显示' },
    load: async () => (await import('./explain.js')).formatExplainText,
  },
  {
    name: 'json', command: 'explain',
    description: { en: 'the same, as JSON', zh: '同上，JSON 格式' },
    load: async () => (await import('./explain.js')).formatExplainJson,
  },
  {
    name: 'stylish', command: 'rules',
    description: { en: 'a table of rules', zh: '规则表' },
    load: async () => (await import('./rules.js')).formatRulesText,
  },
  {
    name: 'json', command: 'rules',
    description: { en: 'the rules as JSON', zh: '规则列表，JSON 格式' },
    load: async () => (await import('./rules-json.js')).formatRulesJson,
  },
  {
    name: 'stylish', command: 'matrix',
    description: { en: 'per government, a table of overlap findings between each two departments', zh: '按政府列出部门两两之间职责交叉问题数的矩阵表' },
    load: async () => (await import('./matrix.js')).formatMatrixText,
  },
  {
    name: 'json', command: 'matrix',
    description: { en: 'the same counts as JSON', zh: '同上，JSON 格式' },
    load: async () => (await import('./matrix.js')).formatMatrixJson,
  },
];

/** The formats of one command. */
export function formatsOf<C extends CommandName>(command: C): Array<Format<C>> {
  return FORMATS.filter((f): f is Format<C> & AnyFormat => f.command === command);
}

/** Whether the format `value` names for `command` shows the catalogue, not only the findings (a module of the user's may). */
export function showsCatalogue(command: CommandName, value: string): boolean {
  return !formatsOf(command).find((f) => f.name === value)?.findingsOnly;
}

/** The shared analyses the built-in format `value` of `command` reads beyond its command's. */
export function analysesOf(command: CommandName, value: string): readonly Analysis[] {
  return formatsOf(command).find((f) => f.name === value)?.needs ?? [];
}

/** Whether a `--format` value names a module rather than a built-in format. */
const isPath = (value: string) => /[\\/]/.test(value) || /\.[cm]?js$/.test(value);

/**
 * The formatter `value` names for `command`: a built-in format, or, for the lint command, a
 * module of the user's (`./my-format.mjs`, as ESLint allows) whose default export is a
 * function from the report input (findings, summary, rules…) to text.
 */
export async function formatterFor<C extends CommandName>(command: C, value: string, cwd = process.cwd()): Promise<Formatter<C>> {
  const builtIn = formatsOf(command).find((f) => f.name === value);
  if (builtIn) return builtIn.load();
  if (command === 'lint' && isPath(value)) return (await userFormatter(resolve(cwd, value))) as unknown as Formatter<C>;
  const formats = formatsOf(command).map((f) => f.name).join(', ');
  throw new UsageError(command === 'lint' ? 'unknown-format-or-module' : 'unknown-format', { format: value, formats });
}

async function userFormatter(file: string): Promise<Formatter<'lint'>> {
  if (!existsSync(file)) throw new UsageError('formatter-not-found', { file });
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (err) {
    throw new UsageError('formatter-failed', { file, message: err instanceof Error ? err.message : String(err) });
  }
  const fn = mod.default;
  if (typeof fn !== 'function') throw new UsageError('formatter-not-function', { file });
  return (input: ReportInput) => {
    let out: unknown;
    try {
      out = (fn as (input: FormatInputs['lint']) => unknown)(input);
    } catch (err) {
      throw new UsageError('formatter-failed', { file, message: err instanceof Error ? err.message : String(err) });
    }
    if (typeof out !== 'string') throw new UsageError('formatter-not-text', { file, type: typeof out });
    return out;
  };
}

export type { CommandName, ExplainInput, FormatInputs, Formatter, GraphInput, ReportInput, RulesInput } from './context.js';
