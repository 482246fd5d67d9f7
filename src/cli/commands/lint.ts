import { appendFileSync, realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { Option, type Command } from 'commander';
import type { LintResult, StageTiming } from '../../engine/lint.js';
import { formatterFor, showsCatalogue } from '../../formats/index.js';
import type { Severity, SeveritySetting } from '../../types.js';
import { Progress } from '../progress.js';
import { UsageError } from '../../errors.js';
import { checkNotInput, checkWritable, writeFileAtomic } from '../output.js';
import { withBaseline } from './baseline.js';
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
  /** A file, false with --no-baseline, undefined for duty-lint-baseline.json at the catalogue root when there is one. */
  baseline?: string | false;
  failOn: Severity;
  changedSince?: string;
  encoding?: string;
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
    .addOption(new Option('--fail-on <severity>', 'the least severity that fails the run (exit 1)').choices(['error', 'warn', 'info']).default('error'))
    .option('--baseline <file>', 'report and fail on findings not in this baseline only (default: duty-lint-baseline.json at the catalogue root, when there is one)')
    .option('--no-baseline', 'ignore the baseline: report every finding')
    .option('--quiet', 'report errors only')
    .option('--rule <id=severity>', 'override a rule\'s severity (off|info|warn|error); repeatable', collect, [])
    .option('--no-bom', 'CSV without the UTF-8 byte order mark (which Excel needs to read Chinese: docs/csv.md)')
    .option('--stats', 'print per-stage timings to stderr after the report')
    .option('--changed-since <rev>', 'report only findings touching files changed since a git revision (committed, staged or not); the whole catalogue is analysed')
    .option('--encoding <name>', 'what files that are not UTF-8 are in (gb18030, big5, utf-16le, windows-1252…): read them instead of reporting them (config: encoding)')
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
  duty-lint . --fail-on info                   fail on any finding, infos too
  duty-lint baseline && duty-lint .            accept today's findings: then only new ones fail
  duty-lint . --quiet                          show errors only (warnings neither shown nor failed on)
  duty-lint graph examples/zhenjiang --format json
  duty-lint explain zj.rz.amr/food-risk-monitoring zj.rz.health/food-risk-monitoring --in examples/zhenjiang

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings at the failing
severity (--fail-on, error by default), 2 usage, config or internal error.`);
  common(program);

  program.action(async (paths: string[], opts: LintCliOptions) => {
    cli.lang = opts.lang ?? cli.lang;
    const outputs = parseOutputs(opts.format, opts.outputFile);
    // A report that cannot be written is said before the lint, not after it (which may take a minute).
    checkWritable(outputs.flatMap((o) => (o.file === undefined ? [] : [o.file])));
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
      ...(opts.changedSince ? { changedSince: opts.changedSince } : {}),
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
      onStage: (s) => progress.setStage(s),
      onFiles: (done, total) => progress.files(done, total),
    }).finally(() => progress.clear());
    cli.lang = result.lang;
    // The baseline's findings are left out first: what it holds is neither shown nor failed on.
    const reported = await withBaseline(result, opts.baseline);
    // --quiet, as in ESLint: warnings and infos are not reported, counted or failed on.
    const files = outputs.flatMap((o) => (o.file === undefined ? [] : [o.file]));
    checkNotInput(files, inputsOf(result));
    const input = reportInput(reported, {
      ...(opts.quiet ? { findings: reported.findings.filter((f) => f.severity === 'error') } : {}),
      displayRoot: displayRoot(result), repositoryPrefix: await repositoryPrefix(result), tool: TOOL, bom: opts.bom,
    });
    const color = files.length < outputs.length && await useColor({ color: opts.color }, cli.io);
    // Every report is rendered before any is written: a formatter that fails leaves no report half-updated.
    const texts = outputs.map((o, i) => formatters[i]!(o.file === undefined ? { ...input, color, width: terminalWidth(cli.io) } : { ...input, color: false }));
    outputs.forEach((o, i) => (o.file === undefined ? cli.io.stdout(texts[i]!) : writeFileAtomic(o.file, texts[i]!)));
    // In GitHub Actions, annotations come with the Markdown report on the run's summary page.
    const stepSummary = cli.io.env.GITHUB_STEP_SUMMARY;
    if (stepSummary && outputs.some((o) => o.format === 'github')) {
      appendFileSync(stepSummary, (await formatterFor('lint', 'markdown'))({ ...input, color: false }));
    }
    const { summary } = input;
    if (result.skippedNamed.length > 0) {
      // As ESLint says of a file it was named but ignores: the user asked for it.
      const [{ renderMessage }, { printable }] = await Promise.all([import('../../messages/catalogue.js'), import('../../formats/text.js')]);
      for (const file of result.skippedNamed) cli.io.stderr(`duty-lint: ${printable(renderMessage(cli.lang, 'skipped-not-duty', { file: displayRoot(result) + file }))}\n`);
    }
    if (opts.stats) cli.io.stderr(formatStats(result));
    const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
    if (tooManyWarnings) {
      const { renderMessage } = await import('../../messages/catalogue.js');
      cli.io.stderr(`${renderMessage(cli.lang, 'too-many-warnings', { max: maxWarnings })}\n`);
    }
    const failing = { error: summary.errors, warn: summary.errors + summary.warnings, info: summary.errors + summary.warnings + summary.infos };
    cli.exitCode = failing[opts.failOn] > 0 || tooManyWarnings ? 1 : 0;
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

/** The catalogue root relative to its git work tree, for code hosts; where there is none, relative to where the user stands. */
async function repositoryPrefix(result: LintResult): Promise<string> {
  const { workTreeOf } = await import('../../load/git.js');
  const top = workTreeOf(result.root);
  return top ? folderPrefix(realpathSync(top), realpathSync(result.root)) : displayRoot(result);
}

/** Paths in the terminal report are relative to where the user stands, so they can be opened. */
function displayRoot(result: LintResult): string {
  return folderPrefix(process.cwd(), result.root);
}

/** `to` as seen from `from`, `/`-separated with a trailing slash, or '' when they are one folder. */
function folderPrefix(from: string, to: string): string {
  const rel = relative(from, to).split(sep).join('/');
  return rel === '' ? '' : `${rel}/`;
}

function formatStats(result: LintResult): string {
  const name = (t: StageTiming) => (t.within ? `  ${t.stage.slice(t.within.length + 1)}` : t.stage);
  const width = Math.max(...result.timings.map((t) => name(t).length));
  const total = result.timings.filter((t) => !t.within).reduce((s, t) => s + t.ms, 0);
  const note = (t: StageTiming) => (t.beside ? '  (on a second thread, beside the stages above)' : t.within ? '  (summed over threads)' : '');
  const lines = result.timings.map((t) => `  ${name(t).padEnd(width)}  ${t.ms.toFixed(1).padStart(9)} ms${note(t)}`);
  const cache = result.relinted === undefined ? '' : `Cache: re-linted ${result.relinted} of ${result.files.length} files, the rest's findings reused.\n`;
  const skipped = result.skipped.length === 0 ? '' : `Skipped ${result.skipped.length} YAML file${result.skipped.length === 1 ? '' : 's'} that declare no department or division (list them in the config's include to lint them).\n`;
  const partial = result.reportedFiles.length === result.files.length ? '' : `Reported on ${result.reportedFiles.length} of the ${result.files.length} files analysed.\n`;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const { linksFollowed, linkedDuplicates, notLinted } = result.discovery;
  const links = linksFollowed === 0 ? '' : `Followed ${plural(linksFollowed, 'symbolic link')} inside the catalogue${linkedDuplicates > 0 ? `; ${plural(linkedDuplicates, 'file')} reached through a link as well as directly linted once` : ''}.\n`;
  const notRead = notLinted === 0 ? '' : `Could not lint ${plural(notLinted, 'path')} (unreadable folders, links not followed, devices, pipes): each is a yaml-syntax finding.\n`;
  return `\nTimings:\n${lines.join('\n')}\n  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(9)} ms\n${cache}${skipped}${partial}${links}${notRead}`;
}
