import { relative, sep } from 'node:path';
import type { Command } from 'commander';
import type { LintResult, StageTiming } from '../../engine/lint.js';
import { formatterFor, showsCatalogue } from '../../formats/index.js';
import type { SeveritySetting } from '../../types.js';
import { Progress } from '../progress.js';
import { UsageError } from '../../errors.js';
import { checkNotInput, writeFileAtomic } from '../output.js';
import { catalogueOptions, collect, common, formatOption, inputsOf, parseCount, terminalWidth, TOOL, useColor, VERSION, type Cli, type CommonOptions } from '../shared.js';

interface LintCliOptions extends Omit<CommonOptions, 'format'> {
  format: string[];
  cache?: boolean;
  cacheLocation?: string;
  maxWarnings?: string;
  quiet?: boolean;
  rule: string[];
  stats?: boolean;
  bom: boolean;
}

/** `duty-lint [paths...]`: lint, the program's own command. */
export function defineLint(program: Command, cli: Cli): void {
  program
    .name('duty-lint')
    .description('Lint government duty catalogues (三定职责、权责清单) written as YAML: overlaps between\n' +
      'departments, orphaned duties, and mismatches with the higher-level mandate.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files and folders to lint', ['.'])
    .addOption(formatOption('lint'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--quiet', 'report errors only')
    .option('--rule <id=severity>', 'override a rule\'s severity (off|info|warn|error); repeatable', collect, [])
    .option('--no-bom', 'CSV without the UTF-8 byte order mark (which Excel needs to read Chinese: docs/csv.md)')
    .option('--stats', 'print per-stage timings to stderr after the report')
    .option('--cache', 'keep results in .duty-lint-cache/: unchanged files are not parsed again, and after an edit only the governments it can affect are re-linted')
    .option('--cache-location <dir>', 'where --cache keeps its data (default: .duty-lint-cache at the catalogue root)')
    .configureOutput({ writeOut: cli.io.stdout, writeErr: cli.io.stderr })
    .enablePositionalOptions()
    .exitOverride()
    .addHelpText('after', `
Without a command, duty-lint lints the paths.

Examples:
  duty-lint examples/zhenjiang                 lint a catalogue folder
  duty-lint zj/rz --format json -o report.json write the JSON report to a file
  duty-lint . -f stylish -f markdown:report.md -f csv:report.csv -f html:report.html
                                               one run: the terminal report and three files
  duty-lint . --rule unfunded-duty=warn        turn on a rule for this run
  duty-lint . --max-warnings 0                 CI: fail on warnings too, not only errors
  duty-lint . --quiet                          show errors only (warnings neither shown nor failed on)
  duty-lint graph examples/zhenjiang --format json
  duty-lint explain zj.rz.amr/food-risk-monitoring zj.rz.health/food-risk-monitoring --in examples/zhenjiang

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings at the failing
severity, 2 usage, config or internal error.`);
  common(program);

  program.action(async (paths: string[], opts: LintCliOptions) => {
    cli.lang = opts.lang ?? cli.lang;
    const outputs = parseOutputs(opts.format, opts.outputFile);
    const [formatters, { lint }, { reportInput }, { RULE_IDS }] = await Promise.all([
      Promise.all(outputs.map((o) => formatterFor('lint', o.format))), import('../../engine/lint.js'), import('../../engine/report-input.js'),
      import('../../rules/index.js'),
    ]);
    const rules = parseRuleOverrides(opts.rule, RULE_IDS);
    const maxWarnings = opts.maxWarnings === undefined ? undefined : parseCount('--max-warnings', opts.maxWarnings);
    const progress = new Progress(cli.io.stderr, cli.io.stderrIsTTY && !cli.io.env.CI);
    const result = await lint({
      ...catalogueOptions(paths, opts, cli), rules,
      ...(opts.cache || opts.cacheLocation ? { cache: opts.cacheLocation ?? true } : {}),
      whole: outputs.some((o) => showsCatalogue('lint', o.format)),
      onStage: (s) => progress.setStage(s),
      onFiles: (done, total) => progress.files(done, total),
    }).finally(() => progress.clear());
    cli.lang = result.lang;
    // --quiet, as in ESLint: warnings and infos are not reported, counted or failed on.
    const files = outputs.flatMap((o) => (o.file === undefined ? [] : [o.file]));
    checkNotInput(files, inputsOf(result));
    const input = reportInput(result, {
      ...(opts.quiet ? { findings: result.findings.filter((f) => f.severity === 'error') } : {}),
      displayRoot: displayRoot(result), tool: TOOL, bom: opts.bom,
    });
    const color = files.length < outputs.length && await useColor({ color: opts.color }, cli.io);
    // Every report is rendered before any is written: a formatter that fails leaves no report half-updated.
    const texts = outputs.map((o, i) => formatters[i]!(o.file === undefined ? { ...input, color, width: terminalWidth(cli.io) } : { ...input, color: false }));
    outputs.forEach((o, i) => (o.file === undefined ? cli.io.stdout(texts[i]!) : writeFileAtomic(o.file, texts[i]!)));
    const { summary } = input;
    if (opts.stats) cli.io.stderr(formatStats(result));
    const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
    cli.exitCode = summary.errors > 0 || tooManyWarnings ? 1 : 0;
  });
}

/** A report to produce: a format, and the file it goes to (standard output without one). */
interface Output {
  format: string;
  file?: string;
}

/** `-f FORMAT[:FILE]`, repeatable; `--output-file` is the file of the one format given without a file. */
function parseOutputs(values: readonly string[], outputFile: string | undefined): Output[] {
  const outputs = (values.length > 0 ? values : ['stylish']).map((value): Output => {
    const colon = value.indexOf(':');
    return colon > 0 && colon < value.length - 1 ? { format: value.slice(0, colon), file: value.slice(colon + 1) } : { format: value };
  });
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError('output-several-stdout', { formats: toStdout.map((o) => o.format).join(', '), example: toStdout[1]!.format });
  }
  if (outputFile !== undefined) {
    if (toStdout.length === 0) throw new UsageError('output-file-unused', { path: outputFile });
    toStdout[0]!.file = outputFile;
  }
  return outputs;
}

function parseRuleOverrides(values: string[], ruleIds: readonly string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const m = /^([a-z-]+)=(off|info|warn|error)$/.exec(value.trim());
    if (!m) throw new UsageError('bad-rule-option', { value });
    if (!ruleIds.includes(m[1]!)) throw new UsageError('unknown-rule', { rule: m[1]!, rules: ruleIds.join(', ') });
    out[m[1]!] = m[2] as SeveritySetting;
  }
  return out;
}

/** Paths in the terminal report are relative to where the user stands, so they can be opened. */
function displayRoot(result: LintResult): string {
  const rel = relative(process.cwd(), result.root).split(sep).join('/');
  return rel === '' ? '' : `${rel}/`;
}

function formatStats(result: LintResult): string {
  const name = (t: StageTiming) => (t.within ? `  ${t.stage.slice(t.within.length + 1)}` : t.stage);
  const width = Math.max(...result.timings.map((t) => name(t).length));
  const total = result.timings.filter((t) => !t.within).reduce((s, t) => s + t.ms, 0);
  const note = (t: StageTiming) => (t.beside ? '  (on a second thread, beside the stages above)' : t.within ? '  (summed over threads)' : '');
  const lines = result.timings.map((t) => `  ${name(t).padEnd(width)}  ${t.ms.toFixed(1).padStart(9)} ms${note(t)}`);
  const cache = result.relinted === undefined ? '' : `Cache: re-linted ${result.relinted} of ${result.files.length} files, the rest's findings reused.\n`;
  return `\nTimings:\n${lines.join('\n')}\n  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(9)} ms\n${cache}`;
}
