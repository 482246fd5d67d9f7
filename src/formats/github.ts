import type { Finding, Lang, Severity } from '../types.js';
import { repositoryPath, SEVERITIES } from './ci.js';
import type { Formatter, ReportInput } from './context.js';

/**
 * Findings written per severity. GitHub shows at most 10 annotations of each severity per
 * step and 50 in all per job, so none past 50 of one severity could ever be shown; those
 * past 10 still stand out in the log. The JSON or SARIF report has every finding.
 */
export const MAX_PER_SEVERITY = 50;

const COMMAND: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

interface Words {
  summary: (n: number, e: number, w: number, i: number) => string;
  left: (n: number) => string;
}

const WORDS: Record<Lang, Words> = {
  en: {
    summary: (n, e, w, i) => n === 0
      ? 'No problems'
      : `${n} problem${n === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info${i === 1 ? '' : 's'})`,
    left: (n) => `; ${n} more not annotated (over ${MAX_PER_SEVERITY} of one severity): the JSON or SARIF report has every finding`,
  },
  zh: {
    summary: (n, e, w, i) => (n === 0 ? '没有问题' : `共 ${n} 个问题（${e} 个错误，${w} 个警告，${i} 个提示）`),
    left: (n) => `；另有 ${n} 个未标注（同一级别超过 ${MAX_PER_SEVERITY} 个），JSON 或 SARIF 报告含全部问题`,
  },
};

/** A workflow command's message, escaped as the runner unescapes it. */
export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A workflow command's property value (file, title): `:` and `,` would end it. */
export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands: an annotation per finding, on the line of the file (the
 * path relative to the repository root) in the pull request and the run's summary.
 *
 * The first line is a notice with the counts, so that it is always among the annotations
 * shown; then the errors, the warnings and the infos (as notices), each in report order and
 * at most MAX_PER_SEVERITY of each, errors first so that GitHub's cap per job never crowds
 * them out. The Markdown for `$GITHUB_STEP_SUMMARY` is not this format's.
 */
export const formatGithub: Formatter = (input) => {
  const { errors, warnings, infos } = input.summary;
  const shown = SEVERITIES.flatMap((s) => input.findings.filter((f) => f.severity === s).slice(0, MAX_PER_SEVERITY));
  const words = WORDS[input.lang];
  const left = input.findings.length - shown.length;
  const summary = words.summary(errors + warnings + infos, errors, warnings, infos) + (left > 0 ? words.left(left) : '');
  const lines = [
    `::notice title=${escapeProperty(input.tool.name)}::${escapeData(`${input.tool.name}: ${summary}`)}`,
    ...shown.map((f) => command(f, input)),
  ];
  return lines.join('\n') + '\n';
};

function command(f: Finding, input: ReportInput): string {
  const properties = [
    `file=${escapeProperty(repositoryPath(input, f.file))}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `title=${escapeProperty(`${input.tool.name} ${f.rule}`)}`,
  ];
  return `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`;
}
