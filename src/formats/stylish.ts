import Table from 'cli-table3';
import type { Finding, Lang, Severity } from '../types.js';
import type { Formatter, ReportInput } from './context.js';
import { displayWidth, padEnd, padStart, painter, paintSeverity, printable, SEVERITY_LABEL, tableStyle, wrap } from './text.js';
import { maxOf } from '../arrays.js';

const WORDS: Record<Lang, {
  rule: string; total: string; clean: (files: number, duties: number) => string;
  problems: (n: number, e: number, w: number, i: number) => string; suppressed: (n: number) => string;
  baselined: (n: number) => string;
}> = {
  en: {
    rule: 'rule', total: 'total',
    clean: (files, duties) => `No problems found in ${files} file${files === 1 ? '' : 's'} (${duties} dut${duties === 1 ? 'y' : 'ies'}).`,
    problems: (n, e, w, i) => `✖ ${n} problem${n === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info${i === 1 ? '' : 's'})`,
    suppressed: (n) => `${n} finding${n === 1 ? '' : 's'} accepted by ignore entries`,
    baselined: (n) => `${n} finding${n === 1 ? '' : 's'} in the baseline`,
  },
  zh: {
    rule: '规则', total: '合计',
    clean: (files, duties) => `未发现问题：共检查 ${files} 个文件（${duties} 项职责）。`,
    problems: (n, e, w, i) => `✖ 共 ${n} 个问题（${e} 个错误，${w} 个警告，${i} 个提示）`,
    suppressed: (n) => `另有 ${n} 个问题已按 ignore 条目接受`,
    baselined: (n) => `另有 ${n} 个问题已记入基线`,
  },
};

const SEVERITIES: Severity[] = ['error', 'warn', 'info'];

/** Narrower than this, a message column would be too short to read: lines overflow instead. */
const MIN_MESSAGE_WIDTH = 30;

/**
 * ESLint's stylish layout: findings grouped by file, `line:column  severity  message  rule`,
 * columns aligned by display width, then a table of counts per rule and severity. A message
 * too long for the terminal wraps under itself, the rule id staying at the end of its first
 * line where the eye and `grep` find it.
 */
export const formatStylish: Formatter = (input) => {
  const { findings, summary, lang, color, displayRoot, width = 80 } = input;
  const c = painter(color);
  const words = WORDS[lang];
  const notes = [
    ...(summary.suppressed > 0 ? [c.dim(words.suppressed(summary.suppressed))] : []),
    ...(summary.baselined ? [c.dim(words.baselined(summary.baselined))] : []),
  ];
  if (findings.length === 0) return [c.green(words.clean(summary.files, summary.duties)), ...notes].join('\n') + '\n';

  const out: string[] = [];
  for (const [file, group] of groupByFile(findings)) {
    out.push(c.underline(printable(displayRoot + file)));
    const posWidth = maxOf(group, (f) => `${f.line}:${f.column}`.length);
    const sevWidth = maxOf(group, (f) => displayWidth(SEVERITY_LABEL[lang][f.severity]));
    const ruleWidth = maxOf(group, (f) => f.rule.length);
    const indent = 2 + posWidth + 2 + sevWidth + 2;
    const room = Math.max(MIN_MESSAGE_WIDTH, width - indent - 2 - ruleWidth);
    const messages = group.map((f) => printable(oneLine(f.message)));
    const msgWidth = Math.min(room, maxOf(messages, displayWidth));
    for (const [k, f] of group.entries()) {
      const pos = c.dim(padStart(`${f.line}:${f.column}`, posWidth));
      const sev = paintSeverity(c, f.severity, padEnd(SEVERITY_LABEL[lang][f.severity], sevWidth));
      const message = messages[k]!;
      // Two columns kept for a closing mark that hangs at the end of a wrapped line.
      const [first, ...rest] = (displayWidth(message) > msgWidth ? wrap(message, msgWidth - 2) : message).split('\n');
      out.push(`  ${pos}  ${sev}  ${padEnd(first!, msgWidth)}  ${c.dim(f.rule)}`);
      for (const line of rest) out.push(' '.repeat(indent) + line);
    }
    out.push('');
  }
  out.push(summaryTable(input));
  const { errors, warnings, infos } = summary;
  const line = words.problems(errors + warnings + infos, errors, warnings, infos);
  out.push(errors > 0 ? c.red.bold(line) : warnings > 0 ? c.yellow.bold(line) : c.blue.bold(line));
  out.push(...notes);
  return out.join('\n') + '\n';
};

function summaryTable({ findings, rules, lang, color }: ReportInput): string {
  const c = painter(color);
  const counts = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const row = counts.get(f.rule) ?? { error: 0, warn: 0, info: 0 };
    row[f.severity]++;
    counts.set(f.rule, row);
  }
  const table = new Table({
    head: [WORDS[lang].rule, ...SEVERITIES.map((s) => SEVERITY_LABEL[lang][s])],
    style: { ...tableStyle(color), compact: true },
    colAligns: ['left', 'right', 'right', 'right'],
  });
  const totals: Record<Severity, number> = { error: 0, warn: 0, info: 0 };
  // Rules in FORMAT.md's order (a program's own after them), so the table reads the same way every time.
  for (const { id } of rules) {
    const row = counts.get(id);
    if (!row) continue;
    for (const s of SEVERITIES) totals[s] += row[s];
    table.push([id, ...SEVERITIES.map((s) => (row[s] ? paintSeverity(c, s, String(row[s])) : c.dim('0')))]);
  }
  table.push([c.bold(WORDS[lang].total), ...SEVERITIES.map((s) => c.bold(String(totals[s])))]);
  return table.toString() + '\n';
}

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.file);
    if (g) g.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
