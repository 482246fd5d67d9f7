import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../errors.js';
import type { LintResult, StageTiming } from '../engine/lint.js';
import { packageRoot } from '../package-root.js';
import { formatsOf, formatterFor, type CommandName } from '../formats/index.js';
import type { Lang, SeveritySetting } from '../types.js';
import { writeFileAtomic } from './output.js';
import { Progress } from './progress.js';

// Only what --help and --version need is imported up front: the linter, its rules and its
// formatters are imported by the command that runs them (an editor or a hook pays start-up
// on every call).
const VERSION = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
const TOOL = { name: 'duty-lint', version: VERSION };

interface CommonOptions {
  config?: string;
  format?: string;
  outputFile?: string;
  color: boolean;
  lang?: Lang;
  force?: boolean;
}

interface LintCliOptions extends CommonOptions {
  cache?: boolean;
  cacheLocation?: string;
  maxWarnings?: string;
  quiet?: boolean;
  rule: string[];
  stats?: boolean;
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/** Runs the CLI and returns its exit code: 0 clean, 1 findings at the failing severity, 2 usage or internal error. */
export async function main(argv: string[], io: Io): Promise<number> {
  let lang: Lang = langFromEnv(io.env);
  let exitCode = 0;
  const program = new Command('duty-lint');

  const formatOption = (command: CommandName) => new Option('-f, --format <format>',
    `output format: ${formatsOf(command).map((f) => f.name).join(', ')}${command === 'lint' ? ', or the path of a formatter module (./my-format.mjs)' : ''}`)
    .default('stylish');

  const common = (cmd: Command) => cmd
    .showHelpAfterError(`(run ${cmd === program ? 'duty-lint' : `duty-lint ${cmd.name()}`} --help for usage)`)
    .option('-c, --config <file>', 'config file (default: duty-lint.config.yaml found upwards from the first path)')
    .option('-o, --output-file <file>', 'write the report to a file (atomically; never overwrites without --force)')
    .option('--force', 'allow --output-file to replace an existing file')
    .option('--no-color', 'no colours (also NO_COLOR=1, or when output is not a terminal)')
    .addOption(new Option('--lang <lang>', 'language of messages (default: lang in config, else from LANG)').choices(['zh', 'en']));

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
    .option('--stats', 'print per-stage timings to stderr after the report')
    .option('--cache', 'keep results in .duty-lint-cache/: unchanged files are not parsed again, and after an edit only the governments it can affect are re-linted')
    .option('--cache-location <dir>', 'where --cache keeps its data (default: .duty-lint-cache at the catalogue root)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .enablePositionalOptions()
    .exitOverride()
    .addHelpText('after', `
Without a command, duty-lint lints the paths.

Examples:
  duty-lint examples/zhenjiang                 lint a catalogue folder
  duty-lint zj/rz --format json -o report.json write the JSON report to a file
  duty-lint . --rule unfunded-duty=warn        turn on a rule for this run
  duty-lint . --max-warnings 0                 CI: fail on warnings too, not only errors
  duty-lint . --quiet                          show errors only (warnings neither shown nor failed on)
  duty-lint graph examples/zhenjiang --format json
  duty-lint explain zj.rz.amr/food-risk-monitoring zj.rz.health/food-risk-monitoring --in examples/zhenjiang

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings at the failing
severity, 2 usage, config or internal error.`);
  common(program);

  program.action(async (paths: string[], opts: LintCliOptions) => {
    lang = opts.lang ?? lang;
    const [format, { lint }, { summarize }, { RULE_IDS }] = await Promise.all([
      formatterFor('lint', opts.format ?? 'stylish'), import('../engine/lint.js'), import('../findings/summary.js'), import('../rules/index.js'),
    ]);
    const rules = parseRuleOverrides(opts.rule, RULE_IDS);
    const maxWarnings = opts.maxWarnings === undefined ? undefined : parseCount('--max-warnings', opts.maxWarnings);
    const progress = new Progress(io.stderr, io.stderrIsTTY && !io.env.CI);
    const result = await lint({
      paths, rules, defaultLang: lang, ...(opts.config ? { config: opts.config } : {}), ...(opts.lang ? { lang: opts.lang } : {}),
      ...(opts.cache || opts.cacheLocation ? { cache: opts.cacheLocation ?? true } : {}),
      onStage: (s) => progress.setStage(s),
      onFiles: (done, total) => progress.files(done, total),
    }).finally(() => progress.clear());
    lang = result.lang;
    // --quiet, as in ESLint: warnings and infos are not reported, counted or failed on.
    const findings = opts.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    const summary = opts.quiet ? summarize(findings, result.summary) : result.summary;
    const report = format({
      findings,
      summary,
      rules: result.rules,
      lang: result.lang,
      color: await useColor(opts, io),
      displayRoot: displayRoot(result),
      tool: TOOL,
    });
    emit(report, opts, io);
    if (opts.stats) io.stderr(formatStats(result));
    const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
    exitCode = summary.errors > 0 || tooManyWarnings ? 1 : 0;
  });

  common(program.command('graph')
    .description('print the duty graph as duty-lint understood it, with inferred mandate edges and their scores')
    .argument('[paths...]', 'files and folders to read', ['.'])
    .addOption(formatOption('graph')))
    .action(async (paths: string[], opts: CommonOptions) => {
      lang = opts.lang ?? lang;
      const [format, { lint }] = await Promise.all([formatterFor('graph', opts.format ?? 'stylish'), import('../engine/lint.js')]);
      const result = await lint({ paths, defaultLang: lang, ...(opts.config ? { config: opts.config } : {}), ...(opts.lang ? { lang: opts.lang } : {}) });
      emit(format({ context: result.context, lang: result.lang, color: await useColor(opts, io) }), opts, io);
    });

  common(program.command('explain')
    .description('show why two duties match or do not: every piece of evidence, the terms and their weights, the thresholds, ' +
      'and which rule fires on them or would not, and why; with one duty, its nearest duties in its own government and above')
    .argument('<duty>', 'a duty, as DEPARTMENT_ID/DUTY_ID')
    .argument('[other]', 'a second duty')
    .addOption(new Option('--in <path>', 'a file or folder of the catalogue; repeatable').argParser(collect).default([], '.'))
    .addOption(formatOption('explain'))
    .addHelpText('after', `
Examples:
  duty-lint explain zj.rz.amr/food-risk-monitoring zj.rz.health/food-risk-monitoring --in examples/zhenjiang
  duty-lint explain zj.rz.edu/study-tour --in examples/zhenjiang --format json`))
    .action(async (ref: string, otherRef: string | undefined, opts: CommonOptions & { in: string[] }) => {
      lang = opts.lang ?? lang;
      const [format, { lint }, { explainDuty, explainPair }] = await Promise.all([
        formatterFor('explain', opts.format ?? 'stylish'), import('../engine/lint.js'), import('../explain/explain.js'),
      ]);
      const result = await lint({ paths: opts.in, defaultLang: lang, ...(opts.config ? { config: opts.config } : {}), ...(opts.lang ? { lang: opts.lang } : {}) });
      const find = (r: string) => {
        const duty = result.graph.dutyByRef.get(r);
        if (!duty) throw new UsageError('unknown-duty', { ref: r });
        return duty;
      };
      const duty = find(ref);
      const explanation = otherRef === undefined ? explainDuty(result.context, duty) : explainPair(result.context, duty, find(otherRef));
      emit(format({ explanation, lang: result.lang, color: await useColor(opts, io) }), opts, io);
    });

  common(program.command('rules')
    .description('list every rule: id, default severity and what it finds')
    .addOption(formatOption('rules')))
    .action(async (opts: CommonOptions) => {
      lang = opts.lang ?? lang;
      const [format, { RULES }] = await Promise.all([formatterFor('rules', opts.format ?? 'stylish'), import('../rules/index.js')]);
      emit(format({ rules: RULES, lang, color: await useColor(opts, io) }), opts, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    }
    if (err instanceof UsageError) {
      const { renderMessage } = await import('../messages/catalogue.js');
      const data = err.detail ? { ...err.data, message: renderMessage(lang, err.detail.messageId, err.detail.data) } : err.data;
      io.stderr(`duty-lint: ${renderMessage(lang, err.messageId, data)}\n`);
      return 2;
    }
    io.stderr(`duty-lint: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n` +
      'Please report this with the command and the files that caused it.\n');
    return 2;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
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

function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError('bad-number', { option, value, expected: 'a whole number ≥ 0' });
  return Number(value);
}

function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

async function useColor(opts: CommonOptions, io: Io): Promise<boolean> {
  if (!opts.color || opts.outputFile || 'NO_COLOR' in io.env) return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0';
  return io.stdoutIsTTY && (await import('chalk')).supportsColor !== false;
}

function emit(text: string, opts: CommonOptions, io: Io): void {
  if (opts.outputFile) writeFileAtomic(opts.outputFile, text, opts.force ?? false);
  else io.stdout(text);
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
